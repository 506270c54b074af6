"""The player core against a fake clock: states, events, pause, skip, open phases, stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from anapana.core.plan import PlanCue, PlanPhase, PlanSegment, PlanSpeech
from anapana.core.player import Player
from tests.fakes import FakeClock
from tests.helpers import load_text

SESSION = """\
title: Player test
segments:
  - breathe: Box
    intro: Breathe with the square.
    pattern: 4-4-4-4
    cycles: 2
  - body_scan: Scan
    step: 10
    steps: [Feet, Knees, Hands]
  - prompt: Pause
    text: Continue when ready.
    duration: open
  - silence: Sit
    duration: 60
    bells: 20
"""


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(tmp_path: Path, clock: FakeClock) -> Player:
    return Player(load_text(tmp_path, SESSION).plan, clock=clock, lead_in_s=3)


def cue_events(events: list) -> list[str]:
    return [e.item.event for e in events if isinstance(e.item, PlanCue)]


def test_ready_then_countdown_then_playing(player: Player, clock: FakeClock) -> None:
    assert player.state().status == "ready"
    player.start()
    state = player.state()
    assert state.status == "countdown" and state.countdown_s == 3.0
    clock.advance(1.25)
    assert player.state().countdown_s == pytest.approx(1.75)
    assert player.poll() == []  # nothing plays during the lead-in
    clock.advance(1.75)
    state = player.state()
    assert state.status == "playing" and state.phase is not None
    assert state.phase.kind == "inhale" and state.cycle == 0 and state.plan_s == 0.0
    assert cue_events(player.poll()) == ["start", "inhale"]


def test_state_through_a_box_cycle(player: Player, clock: FakeClock) -> None:
    player.start()
    clock.advance(3 + 2)  # halfway through the first inhale
    state = player.state()
    assert state.phase is not None and state.phase.kind == "inhale"
    assert state.phase_progress == pytest.approx(0.5)
    assert state.phase_left_s == pytest.approx(2)
    assert state.fill == pytest.approx(0.5)
    assert state.segment is not None and state.segment.title == "Box"
    assert state.session_left_s == pytest.approx(player.plan.total_s - 2)
    clock.advance(4)  # into the hold after the inhale: full and flat
    held = player.state()
    assert held.phase is not None and held.phase.kind == "hold_in" and held.fill == 1.0
    clock.advance(1)
    assert player.state().fill == 1.0
    clock.advance(3)  # plan 10 s: halfway through the exhale
    assert player.state().fill == pytest.approx(0.5)
    clock.advance(4)  # plan 14 s: resting empty in the hold after the exhale
    assert player.state().fill == 0.0 and player.state().cycle == 0
    clock.advance(2.5)  # plan 16.5 s: the second cycle's inhale
    assert player.state().cycle == 1


def test_fill_is_continuous_across_every_phase_change(player: Player, clock: FakeClock) -> None:
    player.start()
    clock.advance(3)
    previous = player.state().fill
    for _ in range(int(32 / 0.02)):
        clock.advance(0.02)
        fill = player.state().fill
        assert 0.0 <= fill <= 1.0
        assert abs(fill - previous) < 0.02  # eased: never a jump
        previous = fill


def test_events_come_once_in_order_and_none_are_lost(player: Player, clock: FakeClock) -> None:
    player.start()
    seen = []
    for _ in range(200):
        clock.advance(0.37)
        seen.extend(player.poll())
    kinds = [type(e.item) for e in seen]
    assert kinds[:4] == [PlanCue, PlanSegment, PlanSpeech, PlanPhase]
    # it stops at the open prompt: its own phase and speech, not what follows
    assert isinstance(seen[-1].item, PlanSpeech) and seen[-1].item.text == "Continue when ready."
    assert player.state().status == "waiting"
    assert len(seen) == len(set(map(id, seen)))


def test_pause_shifts_the_timeline_and_nothing_accumulates(player: Player,
                                                           clock: FakeClock) -> None:
    player.start()
    clock.advance(3 + 5)
    player.pause()
    assert player.state().status == "paused"
    clock.advance(100)
    state = player.state()
    assert state.plan_s == pytest.approx(5) and state.practised_s == pytest.approx(5)
    assert player.poll() != [] and player.poll() == []
    player.resume()
    clock.advance(1)
    state = player.state()
    assert state.status == "playing" and state.plan_s == pytest.approx(6)
    assert state.practised_s == pytest.approx(6)


def test_skip_goes_to_the_next_segment_without_playing_the_skipped(player: Player,
                                                                   clock: FakeClock) -> None:
    player.start()
    clock.advance(3 + 1)
    player.poll()
    assert player.skip_segment()
    state = player.state()
    assert state.segment is not None and state.segment.title == "Scan"
    assert state.step is not None and state.step.text == "Feet"
    assert state.next_step is not None and state.next_step.text == "Knees"
    events = player.poll()
    assert cue_events(events) == ["step"]  # no exhale or hold cues from the skipped box
    assert isinstance(events[0].item, PlanSegment)
    clock.advance(10.5)
    assert player.state().step.text == "Knees"  # type: ignore[union-attr]


def test_continue_past_an_open_phase(player: Player, clock: FakeClock) -> None:
    player.start()
    clock.advance(3 + 32 + 30 + 5)  # box 32 s, scan 30 s, then the open prompt
    state = player.state()
    assert state.status == "waiting" and state.prompt == "Continue when ready."
    assert state.phase_left_s is None and state.waited_s == pytest.approx(5)
    player.poll()
    clock.advance(50)
    assert player.state().plan_s == pytest.approx(62)  # plan time stands still
    assert player.next_event_clock_time() is None  # nobody knows when they will continue
    assert player.continue_open()
    clock.advance(20)
    state = player.state()
    assert state.status == "playing" and state.segment.title == "Sit"  # type: ignore[union-attr]
    assert cue_events(player.poll()) == ["bell"]
    assert state.practised_s == pytest.approx(32 + 30 + 55 + 20)


def test_an_open_phase_with_a_limit_continues_by_itself(tmp_path: Path,
                                                        clock: FakeClock) -> None:
    plan = load_text(tmp_path, "title: T\nsegments:\n  - breathe: Hold\n"
                               "    pattern: [{exhale: 2}, {hold: {open: true, max: 10}}]\n"
                               "    cycles: 1\n  - breathe: After\n    pattern: 2-2\n"
                               "    cycles: 1\n").plan
    player = Player(plan, clock=clock)
    player.start()
    player.poll()
    clock.advance(5)
    state = player.state()
    assert state.status == "waiting" and state.phase_left_s == pytest.approx(7)
    assert player.next_event_clock_time() == pytest.approx(clock.seconds - 3)  # the hold's own
    player.poll()
    hold_end = player.next_event_clock_time()
    assert hold_end == pytest.approx(clock.seconds + 7)
    clock.advance(8)
    state = player.state()
    assert state.status == "playing" and state.plan_s == pytest.approx(3)
    assert state.segment.title == "After"  # type: ignore[union-attr]


def test_next_event_time_names_events_due_but_not_yet_polled(player: Player,
                                                              clock: FakeClock) -> None:
    player.start()
    assert player.next_event_clock_time() == pytest.approx(clock.seconds + 3)  # the start cue
    clock.advance(3 + 4.5)  # the start and inhale cues, then the hold at 4 s are all due
    due = player.next_event_clock_time()
    assert due == pytest.approx(clock.seconds - 4.5)  # already past: poll now
    player.poll()
    assert player.next_event_clock_time() == pytest.approx(clock.seconds + 3.5)  # exhale at 8 s
    player.stop()
    assert player.next_event_clock_time() is None


def test_stop_ends_and_silences(player: Player, clock: FakeClock) -> None:
    player.start()
    clock.advance(10)
    player.poll()
    player.stop()
    clock.advance(10)
    assert player.state().status == "stopped"
    assert player.poll() == []
    assert player.state().practised_s == pytest.approx(7)


def test_practised_time_stops_at_the_end(tmp_path: Path, clock: FakeClock) -> None:
    plan = load_text(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pattern: 2-2\n"
                               "    cycles: 1\n  - prompt: P\n"
                               "    duration: {open: true, max: 6}\n").plan
    player = Player(plan, clock=clock)
    player.start()
    clock.advance(500)  # a stalled app looks only now
    state = player.state()
    assert state.status == "finished" and state.practised_s == pytest.approx(4 + 6)


def test_pausing_in_the_lead_in_then_skipping_it_counts_all_practice(
        player: Player, clock: FakeClock) -> None:
    player.start()
    clock.advance(1)
    player.pause()
    clock.advance(4)
    player.resume()
    clock.advance(1)
    player.skip_segment()  # skip the rest of the lead-in
    clock.advance(4)
    state = player.state()
    assert state.plan_s == pytest.approx(4) and state.practised_s == pytest.approx(4)


def test_finishing_plays_the_end_cue(tmp_path: Path, clock: FakeClock) -> None:
    plan = load_text(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pattern: 2-2\n"
                               "    cycles: 1\n").plan
    player = Player(plan, clock=clock)
    player.start()
    clock.advance(3.9)
    assert cue_events(player.poll()) == ["start", "inhale", "exhale"]
    assert player.next_event_clock_time() == pytest.approx(clock.seconds + 0.1)
    clock.advance(0.2)
    assert cue_events(player.poll()) == ["end"]
    state = player.state()
    assert state.status == "finished" and state.session_progress == 1.0


def test_skipping_the_last_segment_finishes(tmp_path: Path, clock: FakeClock) -> None:
    plan = load_text(tmp_path, "title: T\nsegments:\n  - silence: S\n    duration: 60\n"
                               "    bells: 10\n").plan
    player = Player(plan, clock=clock)
    player.start()
    player.poll()
    player.skip_segment()
    assert cue_events(player.poll()) == ["end"]
    assert player.state().status == "finished"


def test_state_at_is_a_pure_function_of_the_instant(player: Player, clock: FakeClock) -> None:
    player.start()
    at = clock.seconds + 3 + 17.5
    first = player.state_at(at)
    clock.advance(40)
    player.poll()
    assert player.state_at(at) == first
