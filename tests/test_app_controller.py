"""The player controller on a fake clock: signals named as facts, cues handed over with
their deadlines, skipped events never reported, and the practice recorded."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.controller import PlayerController
from anapana.app.recording import PracticeRecording
from anapana.core.clock import SYSTEM_CLOCK
from anapana.core.library import load_entry
from anapana.core.plan import Plan, PlanPhase, PlanSegment
from anapana.log.opening import open_log
from anapana.log.recorder import Recorder
from tests.app_helpers import FakeClock, RecordingSink, write
from tests.fakes import FakeClock as LogClock

pytestmark = pytest.mark.gui


def plan_of(path: Path) -> Plan:
    entry = load_entry(path, "user")
    assert entry.loaded is not None, entry.problems
    return entry.loaded.plan


def bundled(name: str) -> Plan:
    """A copy of a library session in tests/examples, which stays put as the library changes."""
    return plan_of(Path(__file__).parent / "examples" / f"{name}.yaml")


def skip_5_s_in(controller: PlayerController, clock: FakeClock, plan: Plan) -> None:
    """Play `plan` with no lead-in for 5 s, then skip to the next segment."""
    controller.load(plan, lead_in_s=0.0)
    controller.start()
    clock.advance(5.0)
    controller.tick()
    assert controller.skip_segment()


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def controller(qtbot: QtBot, clock: FakeClock, sink: RecordingSink) -> PlayerController:
    return PlayerController(clock, sound=sink, run_timer=False)


def test_signals_follow_the_plan(controller: PlayerController, clock: FakeClock) -> None:
    phases: list[PlanPhase] = []
    segments: list[PlanSegment] = []
    statuses: list[str] = []
    finished: list[object] = []
    controller.phase_changed.connect(phases.append)
    controller.segment_changed.connect(segments.append)
    controller.status_changed.connect(statuses.append)
    controller.session_finished.connect(finished.append)
    plan = bundled("relaxing-breath-4-7-8")
    controller.load(plan, lead_in_s=2.0)
    controller.start()
    assert statuses == ["countdown"]
    clock.advance(2.0 + 5.0)
    controller.tick()
    assert statuses == ["countdown", "playing"]
    assert [p.kind for p in phases] == ["inhale", "hold_in"]
    assert [s.title for s in segments] == [plan.segments[0].title]
    clock.advance(plan.total_s)
    controller.tick()
    assert statuses[-1] == "finished" and len(finished) == 1
    assert len(phases) == len(plan.phases)
    assert not controller.frame_timer.isActive()


def test_a_late_frame_never_shifts_the_breath(controller: PlayerController,
                                              clock: FakeClock) -> None:
    controller.load(bundled("box-breathing"), lead_in_s=0.0)
    controller.start()
    clock.advance(9.37)  # one long stall instead of ~560 frames
    state = controller.tick()
    assert state is not None
    assert state.plan_s == pytest.approx(9.37)
    assert state.phase is not None and state.phase.kind == "exhale"


def test_skipped_events_are_not_reported_or_said(controller: PlayerController,
                                                 clock: FakeClock, sink: RecordingSink) -> None:
    phases: list[PlanPhase] = []
    controller.phase_changed.connect(phases.append)
    plan = bundled("evening-inner-healing")
    controller.load(plan, lead_in_s=0.0)
    controller.start()
    clock.advance(5.0)
    controller.tick()
    seen = len(phases)
    assert controller.skip_segment()
    clock.advance(0.01)
    controller.tick()
    new = phases[seen:]
    assert new and all(p.segment == 1 for p in new)
    assert sink.scheduled and all(cue.at_s >= plan.segments[1].start_s
                                  for cue, _ in sink.scheduled)


def test_cues_behind_an_open_phase_wait_for_continue(qtbot: QtBot, tmp_path: Path,
                                                     clock: FakeClock,
                                                     sink: RecordingSink) -> None:
    session = write(tmp_path / "open.yaml", """title: Open hold
segments:
  - breathe: Retention
    pattern: [{exhale: 2}, {hold: open}]
    cycles: 1
  - silence: After
    duration: 10
    bells: 5
""")
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(session), lead_in_s=0.0)
    controller.start()
    assert all(cue.event != "bell" for cue, _ in sink.scheduled)
    clock.advance(60.0)
    state = controller.tick()
    assert state is not None and state.status == "waiting"
    assert controller.continue_open()
    bells = [deadline for cue, deadline in sink.scheduled if cue.event == "bell"]
    assert bells == [pytest.approx(clock.seconds + 5.0)]


def test_the_practice_is_recorded(controller: PlayerController, clock: FakeClock,
                                  tmp_path: Path) -> None:
    log, _notices = open_log(tmp_path / "log.sqlite3", SYSTEM_CLOCK, [])
    log_clock = LogClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    recording = PracticeRecording(controller, Recorder(log, log_clock, save_every_s=5.0))
    plan = bundled("box-breathing")
    controller.load(plan, lead_in_s=0.0, session_id="box-breathing", sha256="abc")
    controller.start()
    practice = recording.recorder.practice
    assert practice is not None and practice.status == "running"
    clock.advance(12.0)
    controller.pause()
    saved = log.get(practice.uuid)
    assert saved is not None and saved.practised_s == pytest.approx(12.0)
    controller.resume()
    clock.advance(3.0)
    controller.stop()
    saved = log.get(practice.uuid)
    assert saved is not None
    assert saved.status == "stopped" and saved.practised_s == pytest.approx(15.0)
    log.close()


def test_eyes_closed_tones_stand_in_for_the_breath_cues(controller: PlayerController,
                                                        sink: RecordingSink) -> None:
    controller.eyes_closed = "tones"
    controller.load(bundled("box-breathing"), lead_in_s=0)
    controller.start()
    sounds = [(cue.event, cue.sound) for cue, _ in sink.scheduled[:6]]
    assert sounds == [("start", "bowl"), ("inhale", "in"), ("hold", "hold"),
                      ("exhale", "out"), ("hold", "hold"), ("inhale", "in")]
    assert not any(cue.sound in ("rise", "fall") for cue, _ in sink.scheduled)
    deadlines = [due for _, due in sink.scheduled[1:5]]
    assert [round(b - a, 6) for a, b in itertools.pairwise(deadlines)] == [4, 4, 4]


def test_eyes_closed_words_speak_each_breath_phase(controller: PlayerController,
                                                   sink: RecordingSink,
                                                   clock: FakeClock) -> None:
    controller.eyes_closed = "words"
    controller.load(bundled("relaxing-breath-4-7-8"), lead_in_s=0)
    controller.start()
    for _ in range(40):  # the lead-in grew to hold the intro
        clock.advance(1)
        controller.tick()
    words = [text for text in sink.said if text in ("in", "hold", "out")]
    assert words[:4] == ["in", "hold", "out", "in"]
    assert any(cue.sound == "rise" for cue, _ in sink.scheduled)  # the session's own cues stay


def frames_until(controller: PlayerController, clock: FakeClock, seconds: float) -> None:
    """Tick 16 ms frames, as the frame timer would, for `seconds`."""
    for _ in range(round(seconds / 0.016)):
        clock.advance(0.016)
        controller.tick()


def test_cues_due_when_an_open_phase_continues_by_itself_are_played(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock, sink: RecordingSink) -> None:
    session = write(tmp_path / "capped.yaml", """title: Capped hold
segments:
  - breathe: Retention
    pattern: [{exhale: 2}, {hold: {open: true, max: 5}}, {inhale: 2}]
    cycles: 1
""")
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(session), lead_in_s=0.0)
    begin = clock.seconds
    controller.start()
    frames_until(controller, clock, 6.5)  # the hold waits, then goes on by itself at 7 s
    assert controller.state is not None and controller.state.status == "waiting"
    frames_until(controller, clock, 0.6)
    assert controller.state.status == "playing"
    inhales = [due for cue, due in sink.scheduled if cue.event == "inhale"]
    assert inhales == [pytest.approx(begin + 7.0)]


def test_a_final_capped_prompt_still_rings_the_end_bell(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock, sink: RecordingSink) -> None:
    session = write(tmp_path / "prompt.yaml", """title: Silence then a prompt
segments:
  - silence: Sit
    duration: 5
  - prompt: Rest here a moment.
    duration: {open: true, max: 10}
""")
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(session), lead_in_s=0.0)
    begin = clock.seconds
    controller.start()
    frames_until(controller, clock, 14.5)
    assert controller.state is not None and controller.state.status == "waiting"
    frames_until(controller, clock, 0.6)
    assert controller.state.status == "finished"
    ends = [due for cue, due in sink.scheduled if cue.event == "end"]
    assert ends == [pytest.approx(begin + 15.0)]


def test_time_waiting_in_an_open_phase_is_saved(qtbot: QtBot, tmp_path: Path,
                                                clock: FakeClock, sink: RecordingSink) -> None:
    session = write(tmp_path / "open.yaml", """title: Open hold
segments:
  - breathe: Retention
    pattern: [{exhale: 2}, {hold: open}]
    cycles: 1
""")
    log, _notices = open_log(tmp_path / "log.sqlite3", SYSTEM_CLOCK, [])
    log_clock = LogClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    recorder = Recorder(log, log_clock, save_every_s=5.0)
    controller = PlayerController(clock, sound=sink, run_timer=False)
    PracticeRecording(controller, recorder, controller)
    controller.load(plan_of(session), lead_in_s=0.0)
    controller.start()
    practice = recorder.practice
    assert practice is not None
    for _ in range(40):  # 2 s of exhale, then 38 s waiting on the open hold
        clock.advance(1.0)
        log_clock.advance(1.0)
        controller.tick()
    assert controller.state is not None and controller.state.status == "waiting"
    saved = log.get(practice.uuid)
    assert saved is not None and saved.practised_s >= 35.0
    log.close()


def test_a_skip_hands_over_the_new_segments_cues_from_its_start(
        controller: PlayerController, clock: FakeClock, sink: RecordingSink) -> None:
    plan = bundled("evening-inner-healing")
    skip_5_s_in(controller, clock, plan)
    start = plan.segments[1].start_s
    cues_at_start = [cue for cue in plan.cues if cue.at_s == start]
    assert cues_at_start, "the body scan begins with a cue"
    assert [cue for cue, _ in sink.scheduled[:len(cues_at_start)]] == cues_at_start
    assert sink.scheduled[0][1] == pytest.approx(clock.seconds)


def test_skipping_the_last_segment_rings_the_end_bell(
        controller: PlayerController, clock: FakeClock, sink: RecordingSink) -> None:
    plan = bundled("box-breathing")
    skip_5_s_in(controller, clock, plan)
    assert controller.state is not None and controller.state.status == "finished"
    assert [(cue.event, due) for cue, due in sink.scheduled] == [
        ("end", pytest.approx(clock.seconds))]
