"""Every example of the session format contract, compiled and checked against its plan."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from anapana.core.problems import SessionInvalid
from tests.helpers import breathing, load_text, plan_json

CONTRACT = Path(__file__).parents[2] / "shared" / "session-format.md"


def kinds(plan: dict) -> list[tuple[str, float | None]]:
    return [(p["kind"], p["duration_s"]) for p in plan["phases"]]


def test_whole_example_of_the_contract(tmp_path: Path) -> None:
    if CONTRACT.exists():
        text = re.search(r"```yaml\n(.*?)```", CONTRACT.read_text(), re.S).group(1)  # type: ignore[union-attr]
    else:  # the same example, kept here for checkouts without ../shared
        text = (Path(__file__).parent / "examples" / "evening-unwind.yaml").read_text()
    plan = plan_json(tmp_path, text)
    assert plan["format"] == 1 and plan["title"] == "Evening unwind" and plan["open"] is True
    assert [s["kind"] for s in plan["segments"]] == [
        "breathe", "breathe", "body_scan", "silence", "prompt"]
    arrive, slow, scan, rest, close = plan["segments"]
    assert arrive["duration_s"] == 120.0  # 4-6 for 2m: 12 whole cycles
    assert abs(slow["duration_s"] - 300) < 60 / 5.5  # a whole number of ramped cycles
    assert scan["duration_s"] == 360.0 and rest["duration_s"] == 180.0
    assert close["duration_s"] == 0.0
    steps = [p for p in plan["phases"] if p["kind"] == "step"]
    # 6m shared by the four untimed steps after the 1m timed one: 75 s each
    assert [(s["text"], s["duration_s"]) for s in steps] == [
        ("Left foot", 75.0), ("Right foot", 75.0), ("Belly", 60.0),
        ("Shoulders", 75.0), ("Face and jaw", 75.0)]
    bells = [c["at_s"] for c in plan["cues"] if c["event"] == "bell"]
    assert bells == [rest["start_s"] + 60, rest["start_s"] + 120]
    last = plan["phases"][-1]
    assert last == {"start_s": plan["total_s"], "duration_s": None, "kind": "prompt",
                    "segment": 4, "open": True, "text": "When you are ready, open your eyes."}
    assert plan["cues"][0] == {"at_s": 0.0, "sound": "bowl", "event": "start"}
    assert plan["cues"][-1] == {"at_s": plan["total_s"], "sound": "bowl", "event": "end"}
    # the file's cues override the defaults
    assert {c["sound"] for c in plan["cues"] if c["event"] == "inhale"} == {"rise"}
    speech = [s["text"] for s in plan["speech"]]
    assert speech[0] == "Let the breath find its own pace."
    assert "Notice the belly rise and fall." in speech
    assert speech[-1] == "When you are ready, open your eyes."
    assert [s["at_s"] for s in plan["speech"]] == sorted(s["at_s"] for s in plan["speech"])


def test_plan_json_has_exactly_the_contract_keys(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("4-6", "cycles: 1"))
    assert set(plan) == {"format", "title", "total_s", "open", "segments", "phases",
                         "cues", "speech"}
    assert set(plan["segments"][0]) == {"index", "kind", "title", "start_s", "duration_s"}
    assert plan["phases"][0] == {"start_s": 0.0, "duration_s": 4.0, "kind": "inhale",
                                 "segment": 0, "cycle": 0}


@pytest.mark.parametrize(("pattern", "expected"), [
    ("4-6", [("inhale", 4.0), ("exhale", 6.0)]),
    ("4-7-8", [("inhale", 4.0), ("hold_in", 7.0), ("exhale", 8.0)]),
    ("4-4-4-4", [("inhale", 4.0), ("hold_in", 4.0), ("exhale", 4.0), ("hold_out", 4.0)]),
    ("{inhale: 4, hold_in: 7, exhale: 8, hold_out: 0}",
     [("inhale", 4.0), ("hold_in", 7.0), ("exhale", 8.0)]),
    ("[{inhale: 2}, {inhale: 1}, {exhale: 6}, {hold: 2}]",
     [("inhale", 2.0), ("inhale", 1.0), ("exhale", 6.0), ("hold_out", 2.0)]),
    ("[{inhale: 3}, {hold: 1}, {exhale: 4}]",
     [("inhale", 3.0), ("hold_in", 1.0), ("exhale", 4.0)]),
    ('{inhale: "4s", exhale: "0m6s"}', [("inhale", 4.0), ("exhale", 6.0)]),
])
def test_the_three_pattern_forms(tmp_path: Path, pattern: str, expected: list) -> None:
    assert kinds(plan_json(tmp_path, breathing(pattern, "cycles: 1"))) == expected


def test_four_seven_eight_for_a_minute_is_three_cycles(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("4-7-8", "duration: 60"))
    assert plan["total_s"] == 57.0
    assert {p["cycle"] for p in plan["phases"]} == {0, 1, 2}


def test_box_for_five_minutes_is_nineteen_cycles(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("4-4-4-4", "duration: 5m"))
    assert plan["total_s"] == 304.0
    assert len(plan["phases"]) == 19 * 4


@pytest.mark.parametrize(("seconds", "cycles"), [
    (14, 1),   # 10 -> 1 cycle (|14-10|=4 < |14-20|=6)
    (15, 2),   # a tie takes the larger count
    (3, 1),    # at least one cycle
    (20, 2),
    (24.9, 2),
])
def test_closest_whole_cycle_rule(tmp_path: Path, seconds: float, cycles: int) -> None:
    plan = plan_json(tmp_path, breathing("4-6", f"duration: {seconds}"))
    assert plan["total_s"] == 10.0 * cycles


def test_pace_with_ratio(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, 'title: T\nsegments:\n  - breathe: B\n    pace: 6\n'
                               '    ratio: "4:6"\n    cycles: 2\n')
    assert kinds(plan) == [("inhale", 4.0), ("exhale", 6.0)] * 2
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pace: 5\n"
                               "    cycles: 1\n")
    assert kinds(plan) == [("inhale", 6.0), ("exhale", 6.0)]  # ratio 1:1 by default
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pace: 4\n"
                               "    ratio: 4:2:6:3\n    cycles: 1\n")  # unquoted ratio
    assert kinds(plan) == [("inhale", 4.0), ("hold_in", 2.0), ("exhale", 6.0),
                           ("hold_out", 3.0)]


def test_pace_ramp_interpolates_breaths_per_minute_over_cycles(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n"
                               "    pace: {from: 6, to: 4}\n    cycles: 3\n")
    lengths = [p["duration_s"] * 2 for p in plan["phases"] if p["kind"] == "inhale"]
    assert lengths == [10.0, 12.0, 15.0]  # 6, 5 and 4 breaths a minute


def test_phase_ramp_with_duration_follows_the_cycle_start(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("{inhale: 4, exhale: {from: 4, to: 8}}",
                                         "duration: 60"))
    exhales = [p for p in plan["phases"] if p["kind"] == "exhale"]
    cycle_starts = [p["start_s"] for p in plan["phases"] if p["kind"] == "inhale"]
    assert exhales[0]["duration_s"] == 4.0
    for start, exhale in zip(cycle_starts, exhales, strict=True):
        assert exhale["duration_s"] == pytest.approx(4 + 4 * min(start / 60, 1), abs=1e-3)


def test_open_phase_counts_zero_seconds(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: Retention\n"
                               "    pattern: [{exhale: 2}, {hold: open}]\n    cycles: 1\n"
                               "  - breathe: Recover\n    pattern: 2-2\n    cycles: 1\n")
    assert plan["open"] is True
    hold = plan["phases"][1]
    assert hold == {"start_s": 2.0, "duration_s": None, "kind": "hold_out", "segment": 0,
                    "cycle": 0, "open": True}
    assert plan["phases"][2]["start_s"] == 2.0
    assert plan["total_s"] == 6.0


def test_open_with_a_limit_carries_max(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - prompt: Close\n    text: Done.\n"
                               "    duration: {open: true, max: 3m}\n")
    assert plan["phases"][0]["max_s"] == 180.0
    assert plan["total_s"] == 0.0


def test_body_scan_step_default_and_sound(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - body_scan: Scan\n    step: 30s\n"
                               "    steps:\n      - Feet\n      - focus: Hands\n"
                               "        say: Soften the hands.\n        sound: gong\n")
    steps = [(p["text"], p["duration_s"]) for p in plan["phases"]]
    assert steps == [("Feet", 30.0), ("Hands", 30.0)]
    step_cues = [(c["at_s"], c["sound"]) for c in plan["cues"] if c["event"] == "step"]
    assert step_cues == [(0.0, "chime"), (30.0, "gong")]
    assert [s["text"] for s in plan["speech"]] == ["Feet", "Soften the hands."]


def test_silence_bells_interval_and_offsets(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pattern: 5-5\n"
                               "    cycles: 1\n  - silence: Sit\n    duration: 3m\n"
                               "    bells: 1m\n  - silence: Sit more\n    duration: 10m\n"
                               "    bells: [7m, 3m]\n")
    bells = [c["at_s"] for c in plan["cues"] if c["event"] == "bell"]
    assert bells == [70.0, 130.0, 190.0 + 180, 190.0 + 420]  # none at a segment's end


def test_repeat_groups_nest_and_segments_count_after_expansion(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, """\
        title: Rounds
        segments:
          - repeat: 2
            intro: Two rounds.
            segments:
              - breathe: Power
                pattern: 1-1
                cycles: 2
              - repeat: 2
                segments:
                  - silence: Rest
                    duration: 5
        """)
    assert [(s["index"], s["title"]) for s in plan["segments"]] == [
        (0, "Power"), (1, "Rest"), (2, "Rest"), (3, "Power"), (4, "Rest"), (5, "Rest")]
    assert plan["total_s"] == 2 * (4 + 10)
    assert plan["speech"] == [{"at_s": 0.0, "text": "Two rounds."}]


def test_nested_repeat_intros_are_all_spoken_outer_first(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, """\
        title: Rounds
        segments:
          - repeat: 2
            intro: Outer intro.
            segments:
              - repeat: 1
                intro: Inner intro.
                segments:
                  - silence: Rest
                    duration: 5
        """)
    assert plan["speech"] == [{"at_s": 0.0, "text": "Outer intro."},
                              {"at_s": 0.0, "text": "Inner intro."},
                              {"at_s": 5.0, "text": "Inner intro."}]


def test_a_prompt_of_no_length_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SessionInvalid, match="more than 0, or open"):
        plan_json(tmp_path, "title: T\nsegments:\n  - prompt: P\n    duration: 0\n")


def test_cue_none_is_left_out_and_segment_cues_override(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\ncues:\n  start: none\n  hold: tick\nsegments:\n"
                               "  - breathe: B\n    pattern: 1-1-1\n    cycles: 1\n"
                               "    cues: {inhale: none, exhale: chime}\n")
    assert [(c["event"], c["sound"]) for c in plan["cues"]] == [
        ("hold", "tick"), ("exhale", "chime"), ("end", "bowl")]


def test_zero_second_holds_are_left_out(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("4-0-4-0", "cycles: 2"))
    assert kinds(plan) == [("inhale", 4.0), ("exhale", 4.0)] * 2


def test_times_are_rounded_to_the_millisecond(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pace: 7\n"
                               "    cycles: 3\n")
    for phase in plan["phases"]:
        assert phase["start_s"] == round(phase["start_s"], 3)
    assert plan["phases"][1]["start_s"] == 4.286


def test_a_wav_cue_next_to_the_session(tmp_path: Path) -> None:
    import wave

    with wave.open(str(tmp_path / "bell.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(b"\x01\x00" * 4410)
    loaded = load_text(tmp_path, "title: T\ncues: {bell: bell.wav}\nsegments:\n"
                                 "  - silence: S\n    duration: 1m\n    bells: 30s\n")
    bell = next(c for c in loaded.plan.cues if c.event == "bell")
    assert bell.sound == "bell.wav" and bell.path == tmp_path / "bell.wav"


def test_limits_ten_thousand_phases_and_four_hours(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, breathing("1-1", "cycles: 5000"))
    assert len(plan["phases"]) == 10_000
    with pytest.raises(SessionInvalid, match="more than 10,000 phases"):
        plan_json(tmp_path, breathing("1-1-1", "cycles: 4000"))
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - silence: S\n    duration: 4h\n")
    assert plan["total_s"] == 14400.0


def test_a_ten_thousand_phase_plan_ends_within_a_millisecond(tmp_path: Path) -> None:
    loaded = load_text(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pace: 21\n"
                                 "    cycles: 5000\n")
    assert len(loaded.plan.phases) == 10_000
    assert abs(loaded.plan.total_s - 5000 * 60 / 21) < 1e-3
    last = loaded.plan.phases[-1]
    assert abs(last.start_s - (5000 * 60 / 21 - 30 / 21)) < 1e-3


def test_plan_command_prints_exactly_the_json(tmp_path: Path) -> None:
    path = tmp_path / "box.yaml"
    path.write_text(breathing("4-4-4-4", "duration: 5m"))
    done = subprocess.run([sys.executable, "-m", "anapana", "plan", str(path), "--json"],
                          capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == plan_json(tmp_path, path.read_text())


def test_a_writing_prompt_says_so_in_the_plan_and_others_do_not(tmp_path: Path) -> None:
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - prompt: Write\n    text: Go.\n"
                               "    duration: 15m\n    write: true\n"
                               "  - prompt: Close\n    duration: 5\n")
    writing, close = plan["segments"]
    assert writing["write"] is True and writing["duration_s"] == 900.0
    assert "write" not in close
    plan = plan_json(tmp_path, "title: T\nsegments:\n  - prompt: P\n    write: false\n")
    assert "write" not in plan["segments"][0]


@pytest.mark.parametrize("value", ["1", "yes please", "[true]"])
def test_write_takes_only_true_or_false(tmp_path: Path, value: str) -> None:
    with pytest.raises(SessionInvalid) as caught:
        load_text(tmp_path, f"title: T\nsegments:\n  - prompt: P\n    write: {value}\n")
    assert "write: expected true or false" in str(caught.value)


def test_write_belongs_to_prompts_only(tmp_path: Path) -> None:
    with pytest.raises(SessionInvalid) as caught:
        load_text(tmp_path, "title: T\nsegments:\n  - silence: S\n    duration: 5\n"
                            "    write: true\n")
    assert "write" in str(caught.value)
