"""Cue windows, eyes-closed tones and words, and the lead-in, as pure functions (no Qt,
no clock): what the controller hands the sound scheduler and when each cue is due."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from anapana.core.cue_windows import (
    cue_for,
    cue_window,
    first_event_after,
    lead_in_for,
    lead_in_intros,
    origin_offset,
    phase_word_speech,
    spoken_word_for,
)
from anapana.core.guidance import phase_words
from anapana.core.plan import Plan, PlanCue, PlanPhase, PlanSpeech
from anapana.core.player import Player
from tests.fakes import FakeClock
from tests.helpers import load_text

BOX = """\
title: Box
segments:
  - breathe: Box
    intro: Breathe with the square.
    pattern: 4-4-4-4
    cycles: 2
"""

CAPPED = """\
title: Capped hold
segments:
  - breathe: Retention
    pattern: [{exhale: 2}, {hold: {open: true, max: 5}}, {inhale: 2}]
    cycles: 1
"""

OPEN = """\
title: Open pause
segments:
  - silence: Sit
    duration: 10
  - prompt: Pause
    text: Continue when ready.
    duration: open
  - silence: Again
    duration: 10
"""


def plan_of(tmp_path: Path, text: str) -> Plan:
    return load_text(tmp_path, text).plan


def on_a_clock(plan: Plan, origin: float) -> list[float | None]:
    """Every event due at `origin + at_s`: a plan with nothing waiting."""
    return [origin + event.at_s for event in plan.events]


def test_a_window_runs_to_the_end_with_one_offset(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    due = on_a_clock(plan, 500.0)
    window = cue_window(plan.events, 0, due.__getitem__, now=500.0)
    assert window.offset == pytest.approx(500.0)
    assert window.end_index == len(plan.events) and window.end_s == float("inf")
    assert [cue.event for cue in window.cues][:3] == ["start", "inhale", "exhale"]
    assert list(window.cues) == [e.item for e in plan.events if isinstance(e.item, PlanCue)]


def test_cues_well_past_are_left_out_and_a_little_late_ones_kept(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    due = on_a_clock(plan, 500.0)
    window = cue_window(plan.events, 0, due.__getitem__, now=500.04)
    assert [cue.at_s for cue in window.cues][:3] == [0.0, 0.0, 8.0]  # 40 ms late: kept
    window = cue_window(plan.events, 0, due.__getitem__, now=500.06)
    assert window.cues[0].at_s == 8.0
    assert window.offset == pytest.approx(500.0)  # the offset counts the cues left out too


def test_a_window_stops_where_nothing_is_foreseeable(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, OPEN)
    clock = FakeClock()
    player = Player(plan, clock=clock)
    player.start()
    window = cue_window(plan.events, 0, player.clock_time_of_event, clock.seconds)
    assert window.offset == pytest.approx(clock.seconds)
    assert [cue.event for cue in window.cues] == ["start"]
    stop = plan.events[window.end_index]  # the end bell, behind the open prompt
    assert isinstance(stop.item, PlanCue) and stop.item.event == "end"
    assert window.end_s == pytest.approx(20.0)
    assert player.clock_time_of_event(window.end_index) is None


def test_a_window_stops_at_a_limited_open_phase_whose_offset_differs(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, CAPPED)
    clock = FakeClock()
    player = Player(plan, clock=clock)
    player.start()
    window = cue_window(plan.events, 0, player.clock_time_of_event, clock.seconds)
    assert [cue.event for cue in window.cues] == ["start", "exhale"]
    stop = plan.events[window.end_index]  # the inhale after the hold shares its plan time
    assert isinstance(stop.item, PlanCue) and stop.item.event == "inhale"
    assert window.end_s == pytest.approx(2.0)
    # ...but is due up to 5 s later on the clock (the hold's limit).
    assert player.clock_time_of_event(window.end_index) == pytest.approx(clock.seconds + 7.0)


def test_nothing_foreseeable_gives_no_offset() -> None:
    window = cue_window([], 0, lambda _i: None, now=0.0)
    assert window.cues == () and window.offset is None and window.end_index == 0


def test_eyes_closed_tones_stand_in_for_the_breath_cues(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    window = cue_window(plan.events, 0, on_a_clock(plan, 0.0).__getitem__, 0.0, "tones")
    sounds = [(cue.event, cue.sound) for cue in window.cues[:6]]
    assert sounds == [("start", "bowl"), ("inhale", "in"), ("hold", "hold"),
                      ("exhale", "out"), ("hold", "hold"), ("inhale", "in")]
    assert not any(cue.sound in ("rise", "fall") for cue in window.cues)
    times = [cue.at_s for cue in window.cues[1:5]]
    assert [b - a for a, b in itertools.pairwise(times)] == [4, 4, 4]


def test_cue_for_leaves_other_events_alone(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    inhale = next(p for p in plan.phases if p.kind == "inhale")
    rise = next(e.item for e in plan.events
                if isinstance(e.item, PlanCue) and e.item.event == "inhale")
    assert cue_for(inhale, "off") is None and cue_for(inhale, "words") is None
    assert cue_for(rise, "off") is rise and cue_for(rise, "tones") is None
    tone = cue_for(inhale, "tones")
    assert tone == PlanCue(inhale.start_s, "in", "inhale")
    assert cue_for(PlanSpeech(0.0, "Hello"), "tones") is None


def test_eyes_closed_words_are_spoken_at_each_breath_phase(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    words = phase_word_speech(plan, 0.0, 16.0, "words")
    assert [(w.at_s, w.text) for w in words] == [(0.0, "in"), (4.0, "hold"), (8.0, "out"),
                                                 (12.0, "hold")]
    assert phase_word_speech(plan, 0.0, 16.0, "tones") == []
    phase = plan.phases[0]
    assert spoken_word_for(phase, "words", "de-DE") == PlanSpeech(phase.start_s, "ein")
    assert spoken_word_for(phase, "off", None) is None
    silence = PlanPhase(0.0, 5.0, "silence", 0)
    assert spoken_word_for(silence, "words", None) is None


def test_phase_words_are_every_word_once() -> None:
    assert phase_words("en") == ["in", "hold", "out"]
    assert phase_words("fr-CA") == ["inspire", "retiens", "expire"]
    assert phase_words("xx") == ["in", "hold", "out"]  # no words of its own: English


def test_origin_offset_and_the_first_event_after(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    due = on_a_clock(plan, 42.0)
    assert origin_offset(plan.events, 3, due.__getitem__) == pytest.approx(42.0)
    assert origin_offset(plan.events, 0, lambda _i: None) is None
    # Counted back from the cursor: the events at 8 s and later.
    cursor = next(i for i, e in enumerate(plan.events) if e.at_s > 12.0)
    first = first_event_after(plan.events, cursor, 8.0)
    assert plan.events[first].at_s == 8.0 and plan.events[first - 1].at_s < 8.0
    assert first_event_after(plan.events, 0, 8.0) == 0  # never before the cursor's start


def test_the_lead_in_grows_to_hold_heard_intros(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX)
    intros = lead_in_intros(plan)
    assert [plan.speech[i].text for i in intros] == ["Breathe with the square."]
    assert lead_in_for(3.0, [6.0], [2.0], 0.4, "off") == (pytest.approx(6.9), True)
    assert lead_in_for(10.0, [6.0], [2.0], 0.4, "off") == (10.0, True)
    # Only shown: it may share the first breath with the circle...
    assert lead_in_for(3.0, [None], [2.0], 0.4, "off") == (3.0, False)
    # ...unless the eyes are closed: then its reading time is made room for.
    assert lead_in_for(3.0, [None], [4.0], 0.4, "words") == (pytest.approx(4.9), True)
    assert lead_in_for(3.0, [], [], 0.4, "words") == (3.0, False)


def test_a_session_that_does_not_start_by_breathing_keeps_its_intros(tmp_path: Path) -> None:
    assert lead_in_intros(plan_of(tmp_path, OPEN)) == []


def test_unreported_is_where_the_next_poll_begins(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, BOX + """\
  - silence: Sit
    duration: 30
""")
    clock = FakeClock()
    player = Player(plan, clock=clock)
    player.start()
    assert player.unreported == 0
    clock.advance(5.0)
    first = player.unreported
    polled = player.poll()
    assert plan.events[first] is polled[0]
    assert plan.events[player.unreported - 1] is polled[-1]
    assert plan.events[player.unreported].at_s > 5.0
    player.skip_segment()  # to the silence: the box's remaining events are passed over
    start = player.unreported
    assert plan.events[start].item is plan.segments[1]
    assert player.poll()[0].item is plan.segments[1]
