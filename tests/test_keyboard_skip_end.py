"""Skipping past the last segment ends the session early: the log keeps the real
practised time and says "stopped", never "completed"; the end bell still rings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime
from pathlib import Path

import pytest

from anapana.app.controller import PlayerController
from anapana.app.recording import PracticeRecording
from anapana.core.clock import SYSTEM_CLOCK
from anapana.core.library import load_entry
from anapana.core.plan import Plan
from anapana.log.opening import open_log
from anapana.log.recorder import Recorder
from anapana.paths import bundled_sessions_dir
from tests.app_helpers import FakeClock, RecordingSink
from tests.fakes import FakeClock as LogClock


def bundled(session: str) -> Plan:
    entry = load_entry(bundled_sessions_dir() / f"{session}.yaml", "bundled")
    assert entry.loaded is not None, entry.problems
    return entry.loaded.plan

pytestmark = [pytest.mark.gui]


@pytest.mark.parametrize("session", ["body-scan-5", "box-breathing"])
def test_a_skip_past_the_end_is_logged_as_ended_early(qapp: object, tmp_path: Path,
                                                      session: str) -> None:
    clock = FakeClock()
    sink = RecordingSink()
    log, _notices = open_log(tmp_path / "log.sqlite3", SYSTEM_CLOCK, [])
    recorder = Recorder(log, LogClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC)))
    controller = PlayerController(clock, sound=sink, run_timer=False)
    PracticeRecording(controller, recorder, controller)
    stopped: list[object] = []
    finished: list[object] = []
    controller.session_stopped.connect(stopped.append)
    controller.session_finished.connect(finished.append)
    controller.load(bundled(session), lead_in_s=0.0, session_id=session)
    controller.start()
    clock.advance(7.0)
    controller.tick()
    for _ in range(len(bundled(session).segments)):  # to the last part, then past it
        assert controller.skip_segment()
    practice = recorder.practice
    assert practice is not None
    saved = log.get(practice.uuid)
    assert saved is not None
    assert saved.status == "stopped"
    assert saved.practised_s == pytest.approx(7.0)
    assert len(stopped) == 1 and not finished
    assert [cue.event for cue, _due in sink.scheduled] == ["end"]
    controller.close()
    log.close()


def test_a_session_played_to_its_end_is_still_completed(qapp: object, tmp_path: Path) -> None:
    clock = FakeClock()
    log, _notices = open_log(tmp_path / "log.sqlite3", SYSTEM_CLOCK, [])
    recorder = Recorder(log, LogClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC)))
    controller = PlayerController(clock, sound=RecordingSink(), run_timer=False)
    PracticeRecording(controller, recorder, controller)
    plan = bundled("relaxing-breath-4-7-8")
    controller.load(plan, lead_in_s=0.0)
    controller.start()
    clock.advance(plan.total_s + 1)
    controller.tick()
    practice = recorder.practice
    assert practice is not None
    saved = log.get(practice.uuid)
    assert saved is not None and saved.status == "completed"
    controller.close()
    log.close()
