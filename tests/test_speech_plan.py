"""The speech timeline: the later line waits; overlaps reported with the file's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from anapana.core.plan import PlanSpeech
from anapana.sound.speech_plan import (
    GAP_S,
    estimate_s,
    find_overlaps,
    open_phases_before,
    plan_timeline,
    resolve,
)
from tests.helpers import load_text

SCAN = """\
title: Scan
segments:
  - body_scan: Scan
    steps:
      - focus: Feet
        say: A long line about the feet.
        duration: 4
      - focus: Legs
        say: Legs.
        duration: 10
      - focus: Hips
        duration: 10
"""


def lengths(table: dict[str, float]) -> object:
    return lambda item: table.get(item.text, 1.0)


def test_the_later_line_waits_for_the_one_before() -> None:
    speech = [PlanSpeech(0.0, "a"), PlanSpeech(2.0, "b"), PlanSpeech(3.0, "c"),
              PlanSpeech(20.0, "d")]
    timeline = resolve(speech, lengths({"a": 5.0, "b": 1.0, "c": 1.0, "d": 1.0}))  # type: ignore[arg-type]
    starts = [round(line.at_s, 6) for line in timeline.lines]
    assert starts == [0.0, 5.0 + GAP_S, 6.0 + 2 * GAP_S, 20.0]
    assert timeline.lines[1].waited_s == pytest.approx(3.0 + GAP_S)
    assert timeline.lines[3].waited_s == 0.0


def test_spoken_at_tells_the_line_sounding_then() -> None:
    timeline = resolve([PlanSpeech(0.0, "a"), PlanSpeech(10.0, "b")],
                       lengths({"a": 2.0, "b": 3.0}))  # type: ignore[arg-type]
    assert timeline.spoken_at(-0.1) is None
    assert timeline.spoken_at(0.0).text == "a"  # type: ignore[union-attr]
    assert timeline.spoken_at(1.99).text == "a"  # type: ignore[union-attr]
    assert timeline.spoken_at(2.0) is None
    assert timeline.spoken_at(12.0).text == "b"  # type: ignore[union-attr]
    assert timeline.spoken_at(13.5) is None


def test_a_line_never_waits_across_an_open_phase() -> None:
    a, b = PlanSpeech(0.0, "a"), PlanSpeech(1.0, "b")
    stretch = {id(a): 0, id(b): 1}
    timeline = resolve([a, b], lengths({"a": 5.0}), lambda item: stretch[id(item)])  # type: ignore[arg-type]
    assert [line.at_s for line in timeline.lines] == [0.0, 1.0]


def test_a_line_running_past_its_step_is_reported_at_its_line(tmp_path: Path) -> None:
    plan = load_text(tmp_path, SCAN).plan
    found = find_overlaps(plan, lengths({"A long line about the feet.": 6.0}))  # type: ignore[arg-type]
    assert len(found) == 1
    assert found[0].item.line == 6 and found[0].item.column == 14
    assert "2.0 s longer than its step" in found[0].message
    # A focus word said in place of a line points at the focus.
    assert plan.speech[2].text == "Hips" and plan.speech[2].line == 11


def test_a_line_running_into_the_next_is_reported(tmp_path: Path) -> None:
    plan = load_text(tmp_path, SCAN.replace("  - body_scan: Scan\n",
                                            "  - body_scan: Scan\n    intro: Welcome.\n")).plan
    assert [s.text for s in plan.speech][:2] == ["Welcome.", "A long line about the feet."]
    found = find_overlaps(plan, lengths({"Welcome.": 1.0}))  # type: ignore[arg-type]
    assert len(found) == 1 and found[0].item.text == "Welcome."
    assert "runs into the next line" in found[0].message and found[0].item.line == 4
    assert find_overlaps(plan, lengths({"Welcome.": 0.0})) == []  # type: ignore[arg-type]


def test_lines_around_an_open_phase_do_not_collide(tmp_path: Path) -> None:
    plan = load_text(tmp_path, """\
title: Hold
segments:
  - breathe: Hold
    intro: Let the breath go and hold, for as long as is comfortable.
    pattern: [{exhale: 2}, {hold: {open: true}}]
    cycles: 1
  - prompt: After
    text: Breathe in fully.
    duration: 10
""").plan
    assert find_overlaps(plan, lengths({plan.speech[0].text: 8.0})) == []  # type: ignore[arg-type]
    counts = open_phases_before(plan)
    assert [counts[id(s)] for s in plan.speech] == [0, 1]


def test_a_repeated_line_is_reported_once(tmp_path: Path) -> None:
    plan = load_text(tmp_path, """\
title: Rounds
segments:
  - repeat: 3
    segments:
      - breathe: Quick
        intro: This intro is far too long for the two seconds it is given here.
        pattern: {inhale: 1, exhale: 1}
        cycles: 1
""").plan
    found = find_overlaps(plan, lengths({plan.speech[0].text: 5.0}))  # type: ignore[arg-type]
    assert len(plan.speech) == 3 and len(found) == 1


def test_the_estimate_grows_with_words_and_pauses() -> None:
    assert estimate_s("Feet") < estimate_s("Bring your attention to your feet") \
        < estimate_s("Bring your attention to your feet. Notice, then rest.")
    assert estimate_s("one two three four five six seven eight nine ten") == pytest.approx(
        10 / 2.5 + 0.2)


BOX_WITH_INTROS = """\
title: Box
segments:
  - breathe: Box
    intro: Breathe with the square.
    pattern: 4-4-4-4
    cycles: 2
  - body_scan: Scan
    intro: Now the body.
    steps:
      - focus: Feet
        say: Feel the feet.
        duration: 10
"""


def test_intros_moved_into_the_lead_in_end_a_gap_before_the_first_breath(
        tmp_path: Path) -> None:
    plan = load_text(tmp_path, BOX_WITH_INTROS).plan
    texts = [item.text for item in plan.speech]
    intro = texts.index("Breathe with the square.")
    table = {"Breathe with the square.": 3.0, "Now the body.": 2.0, "Feel the feet.": 1.5}
    timeline = plan_timeline(plan, lengths(table), {intro})  # type: ignore[arg-type]
    first = timeline.lines[0]
    assert first.index == intro and first.at_s == pytest.approx(-3.0 - GAP_S)
    assert first.end_s == pytest.approx(-GAP_S) and first.planned_s == 0.0
    later = {line.text: line for line in timeline.lines[1:]}
    # The others keep their plan times (or wait, by `resolve`), with their own indexes.
    assert later["Now the body."].at_s == pytest.approx(32.0)
    assert later["Feel the feet."].at_s == pytest.approx(32.0 + 2.0 + GAP_S)
    assert [texts[line.index] for line in timeline.lines] == [line.text for line in timeline.lines]
    # Without lead lines, the intro sounds at its own time.
    assert plan_timeline(plan, lengths(table)).lines[0].at_s == 0.0  # type: ignore[arg-type]
