"""Captions, pure: which spoken line is on screen, frame by frame, with no Qt and no clock."""

from __future__ import annotations

import pytest

from anapana.core.captions import CaptionTrack, estimated_duration, opacity
from anapana.core.plan import PlanSpeech


def track(*lines: tuple[float, str]) -> CaptionTrack:
    return CaptionTrack([PlanSpeech(at, text) for at, text in lines])


def shown(t: CaptionTrack, plan_s: float, practised_s: float | None = None) -> str | None:
    caption = t.update(plan_s, plan_s if practised_s is None else practised_s)
    return caption.text if caption is not None else None


def test_estimate_is_words_at_a_calm_pace_plus_a_second() -> None:
    assert estimated_duration("Bring your attention to your feet.") == pytest.approx(6 / 2.5 + 1)
    assert estimated_duration("") == 1.0


def test_line_shows_from_its_time_for_its_estimated_length() -> None:
    t = track((10.0, "Feel the feet"), (40.0, "Now the knees"))  # 3 words: 2.2 s
    assert shown(t, 0.0) is None
    assert shown(t, 9.99) is None
    assert shown(t, 10.0) == "Feel the feet"
    assert shown(t, 12.1) == "Feel the feet"
    assert shown(t, 12.3) is None
    assert shown(t, 39.0) is None
    assert shown(t, 40.05) == "Now the knees"


def test_a_real_length_replaces_the_estimate() -> None:
    t = track((0.0, "Feel the feet"))
    t.set_duration(0, 5.0)
    assert shown(t, 4.9) == "Feel the feet"
    assert shown(t, 5.1) is None


def test_nonsense_lengths_are_ignored() -> None:
    t = track((0.0, "Feel the feet"))
    for bad in (float("nan"), -1.0, 0.0, 1e9):
        t.set_duration(0, bad)
    t.set_duration(7, 3.0)
    assert t.duration(0) == estimated_duration("Feel the feet")


def test_lines_due_together_follow_one_another() -> None:
    t = track((0.0, "An intro of five words"), (0.0, "Feel the feet"))  # 3.0 s, then 2.2 s
    assert shown(t, 0.0) == "An intro of five words"
    assert shown(t, 2.9) == "An intro of five words"
    assert shown(t, 3.1) == "Feel the feet"
    assert shown(t, 5.1) == "Feel the feet"
    assert shown(t, 5.3) is None


def test_caption_stays_while_an_open_phase_waits_by_practised_time() -> None:
    t = track((0.0, "Hold until you need to breathe"))  # 6 words: 3.4 s
    assert shown(t, 0.0, 0.0) == "Hold until you need to breathe"
    # the plan position stands still while the open hold waits; practised time runs on
    assert shown(t, 0.0, 3.0) == "Hold until you need to breathe"
    assert shown(t, 0.0, 3.5) is None
    assert shown(t, 0.0, 60.0) is None


def test_caption_waits_out_a_pause() -> None:
    t = track((0.0, "Feel the feet"))
    assert shown(t, 1.0, 1.0) == "Feel the feet"
    assert shown(t, 1.0, 1.0) == "Feel the feet"  # paused: nothing moves
    assert shown(t, 2.1, 2.1) == "Feel the feet"
    assert shown(t, 2.3, 2.3) is None


def test_a_skip_clears_the_caption_and_shows_the_line_skipped_to() -> None:
    t = track((0.0, "One two three four five six seven eight"), (100.0, "Rest"),
              (300.0, "Close now"))
    assert shown(t, 0.5) == "One two three four five six seven eight"
    # the player leaps from 0.6 s to the next segment at 300 s in one frame
    assert shown(t, 300.0, 0.6) == "Close now"
    assert shown(t, 300.5, 1.1) == "Close now"


def test_a_skip_to_a_place_without_a_line_shows_nothing() -> None:
    t = track((0.0, "One two three four five six seven eight"), (100.0, "Rest"))
    assert shown(t, 0.5) is not None
    assert shown(t, 50.0, 0.6) is None
    assert shown(t, 100.0, 50.6) == "Rest"


def test_a_line_whose_whole_length_passed_in_a_stalled_frame_is_passed_over() -> None:
    t = track((10.0, "Feel the feet"), (20.0, "Now the knees"))
    assert shown(t, 9.0) is None
    assert shown(t, 20.1) == "Now the knees"


def test_a_line_seen_late_keeps_its_own_timing() -> None:
    t = track((10.0, "Feel the feet"))  # 2.2 s
    caption = t.update(11.0, 11.0)
    assert caption is not None and caption.shown_s == pytest.approx(1.0)
    assert caption.left_s == pytest.approx(1.2)


def test_opacity_fades_in_and_out_and_is_steady_without_fading() -> None:
    assert opacity(0.0, 5.0, 0.6) == 0.0
    assert opacity(0.3, 5.0, 0.6) == pytest.approx(0.5)
    assert opacity(2.0, 3.0, 0.6) == 1.0
    assert opacity(4.7, 0.3, 0.6) == pytest.approx(0.5)
    assert opacity(0.0, 5.0, 0.0) == 1.0
    assert opacity(5.0, 0.0, 0.0) == 0.0


def test_the_engine_reports_lead_once_given() -> None:
    t = track((0.0, "Feel the feet"), (30.0, "Now the knees"))
    assert not t.driven
    t.line_started("Feel the feet", 0.4)
    assert t.driven
    # the engine's line runs longer than the estimate: the caption stays until it ends
    caption = t.update(5.0, 5.0)
    assert caption is not None and caption.text == "Feel the feet" and caption.index == 0
    assert caption.shown_s == pytest.approx(4.6)
    t.line_ended(6.0)
    caption = t.update(6.3, 6.3)
    assert caption is not None and caption.left_s == pytest.approx(0.3)  # fading out
    assert shown(t, 6.7) is None
    # the plan's own schedule no longer shows lines by itself
    assert shown(t, 30.0) is None
    t.line_started("Now the knees", 30.1)
    assert shown(t, 30.2) == "Now the knees"


def test_an_ended_report_without_a_line_is_harmless() -> None:
    t = track((0.0, "Feel the feet"))
    t.line_ended(1.0)
    t.line_started("", 1.0)
    assert t.update(1.5, 1.5) is None


def test_without_fading_an_ended_line_goes_at_once() -> None:
    t = track((0.0, "Feel the feet"))
    t.line_started("Feel the feet", 0.0)
    t.line_ended(2.0, linger_s=0.0)
    assert shown(t, 1.99) == "Feel the feet"
    assert shown(t, 2.0) is None


def test_a_line_left_out_is_never_shown_by_the_plan() -> None:
    t = track((0.0, "An intro said in the lead-in"), (0.0, "Feel the feet"))
    t.leave_out(0)
    assert shown(t, 0.0) == "Feel the feet"
