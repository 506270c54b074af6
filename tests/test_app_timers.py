"""Every app timer comes from `anapana.app.timers`: tests can see which still run and
swap in their own; conftest fails a Qt test that leaves one running."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from anapana.app import timers
from anapana.app.controller import FRAME_MS, PlayerController
from tests.app_helpers import FakeClock, RecordingSink

pytestmark = pytest.mark.gui


def test_a_running_timer_is_seen_until_stopped(qtbot: QtBot) -> None:
    owner = QObject()
    timer = timers.make_timer(owner, interval_ms=250, single_shot=True, name="debounce")
    assert timer.interval() == 250 and timer.isSingleShot()
    assert timer.timerType() != Qt.TimerType.PreciseTimer
    assert timer not in timers.running()
    timer.start()
    assert timer in timers.running() and timers.describe(timer) == "debounce"
    timers.stop_all()
    assert timer not in timers.running()


def test_a_timer_without_a_name_is_described_by_its_owner(qtbot: QtBot) -> None:
    controller = PlayerController(FakeClock(), sound=RecordingSink(), run_timer=False)
    timer = timers.make_timer(controller, interval_ms=10)
    assert timers.describe(timer) == "PlayerController"


def test_a_deleted_timer_is_not_reported(qtbot: QtBot) -> None:
    owner = QObject()
    timers.make_timer(owner, interval_ms=100).start()
    assert len(timers.running()) == 1
    owner.deleteLater()
    qtbot.waitUntil(lambda: not timers.running(), timeout=1000)


def test_tests_can_swap_in_their_own_timers(qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeTimer(QTimer):
        """Never fires by itself: the test fires it."""

        def fire(self) -> None:
            self.timeout.emit()

    monkeypatch.setattr(timers, "factory", FakeTimer)
    ticks: list[object] = []
    clock = FakeClock()
    controller = PlayerController(clock, sound=RecordingSink())
    frame = controller.frame_timer
    assert isinstance(frame, FakeTimer)
    assert frame.interval() == FRAME_MS and frame.timerType() == Qt.TimerType.PreciseTimer
    controller.ticked.connect(ticks.append)
    frame.fire()
    assert ticks == []  # nothing loaded: a frame has nothing to say
    controller.close()


def test_single_shot_runs_once_and_goes(qtbot: QtBot) -> None:
    owner = QObject()
    ran: list[int] = []
    timer = timers.single_shot(10, owner, lambda: ran.append(1))
    assert timer in timers.running()
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    qtbot.waitUntil(lambda: timer not in timers.running(), timeout=1000)
    qtbot.wait(30)
    assert ran == [1]
