"""The reminder service and its corner note on a fake clock (pytest-qt, offscreen).

The schedule logic has its own tests (test_reminders.py); these check the Qt side: the one
single-shot timer and its wait, the note that never takes the focus, its three buttons,
staying quiet while practising or in quiet hours, rescheduling on settings changes and on
wake from sleep, and that no timer is left running.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from anapana.app.desktop.preferences import DesktopPreferences
from anapana.app.desktop.reminder_note import ReminderNote
from anapana.app.desktop.reminder_service import MAX_WAIT_S, ReminderService
from anapana.reminders import GENTLE_LINE, QuietHours, ReminderPlan, ReminderState
from tests.fakes import FakeClock

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform cannot size or stack windows; nothing is wrong.
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

MON = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def no_timer_left_running(qtbot: QtBot) -> Iterator[None]:
    yield
    gc.collect()
    running = [t for t in gc.get_objects() if isinstance(t, QTimer) and _alive_and_active(t)]
    assert running == [], "a test left a QTimer running"


def _alive_and_active(timer: QTimer) -> bool:
    try:
        return timer.isActive()
    except RuntimeError:  # its C++ side is gone already
        return False


@pytest.fixture
def preferences(tmp_path: Path) -> DesktopPreferences:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prefs = DesktopPreferences(store)
    store.setParent(prefs)
    return prefs


@pytest.fixture
def clock() -> FakeClock:
    # The service reads wall-clock time and drops the offset, so the naive moments the
    # tests set below read as the same wall-clock times.
    return FakeClock(datetime(MON.year, MON.month, MON.day, 7, 0, tzinfo=UTC))


class Practice:
    def __init__(self) -> None:
        self.on = False

    def __call__(self) -> bool:
        return self.on


@pytest.fixture
def practice() -> Practice:
    return Practice()


@pytest.fixture
def service(
    qtbot: QtBot, preferences: DesktopPreferences, clock: FakeClock, practice: Practice
) -> Iterator[ReminderService]:
    svc = ReminderService(
        preferences, practice, session_title={"box-breathing": "Box breathing"}.get, clock=clock
    )
    yield svc
    svc.stop()
    if svc.note is not None:
        svc.note.close()
        svc.note.deleteLater()


def morning_plan(**kw: object) -> ReminderPlan:
    values: dict[str, object] = dict(enabled=True, times=(time(8, 0),), session_id="box-breathing")
    values.update(kw)
    return ReminderPlan(**values)  # type: ignore[arg-type]


# -- the timer -----------------------------------------------------------------------


def test_off_by_default_no_timer(service: ReminderService) -> None:
    service.reschedule()
    assert service.next_due is None
    assert not service.timer.isActive()


def test_one_single_shot_timer_to_the_next_due_moment(
    service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 11, 23, 7, 59, 30)
    preferences.reminder_plan = morning_plan()  # a settings change reschedules
    assert service.next_due == datetime(2026, 11, 23, 8, 0)
    assert service.timer.isSingleShot()
    assert service.timer.isActive()
    assert service.timer.interval() == 30_000


def test_a_long_wait_is_capped_so_a_silent_sleep_costs_at_most_an_hour(
    service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 11, 23, 9, 0)
    preferences.reminder_state = ReminderState(handled_until=clock.moment)
    preferences.reminder_plan = morning_plan()
    assert service.next_due == datetime(2026, 11, 24, 8, 0)
    assert service.timer.interval() == MAX_WAIT_S * 1000
    # When that capped timer ends, nothing is due yet: it is simply set again.
    clock.moment += timedelta(hours=1)
    assert service.check_now() is False
    assert service.timer.interval() == MAX_WAIT_S * 1000
    clock.moment = datetime(2026, 11, 24, 7, 30)
    service.check_now()
    assert service.timer.interval() == 30 * 60 * 1000


def test_turning_reminders_off_stops_the_timer(
    service: ReminderService, preferences: DesktopPreferences
) -> None:
    preferences.reminder_plan = morning_plan()
    assert service.timer.isActive()
    preferences.reminder_plan = morning_plan(enabled=False)
    assert not service.timer.isActive()
    assert service.next_due is None


def test_the_real_timer_fires_the_reminder(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 11, 23, 8, 0) - timedelta(milliseconds=20)
    preferences.reminder_plan = morning_plan()
    assert 0 < service.timer.interval() <= 20
    clock.moment = datetime(2026, 11, 23, 8, 0)  # the fake clock says "it is time"
    with qtbot.waitSignal(service.reminder_shown, timeout=2000) as shown:
        pass
    assert shown.args[0].startswith(GENTLE_LINE)
    assert service.next_due == datetime(2026, 11, 24, 8, 0)


# -- the note ------------------------------------------------------------------------


def test_due_reminder_shows_the_note_with_kind_words(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan()
    clock.moment = datetime(2026, 11, 23, 8, 0)
    assert service.check_now() is True
    note = service.note
    assert note is not None and note.isVisible()
    text = note.message.text()
    assert text.startswith(GENTLE_LINE)
    assert "Box breathing" in text
    assert "missed" not in text.lower()
    assert preferences.reminder_state.handled_until == clock.moment


def test_the_note_never_takes_the_focus(qtbot: QtBot) -> None:
    note = ReminderNote()
    qtbot.addWidget(note)
    flags = note.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert note.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not note.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    for button in (note.begin_button, note.later_button, note.not_today_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus

    # Someone is typing in another window; the note appears; the typing goes on.
    other = QWidget()
    qtbot.addWidget(other)
    editor = QLineEdit(other)
    other.show()
    other.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: editor.hasFocus(), timeout=2000)
    note.set_text(GENTLE_LINE, 10)
    note.place_in_corner()
    note.show()
    qtbot.waitExposed(note)
    assert editor.hasFocus()
    assert not note.isActiveWindow()
    qtbot.keyClicks(editor, "still typing")
    assert editor.text() == "still typing"


def test_note_is_not_shown_by_building_it(qtbot: QtBot) -> None:
    note = ReminderNote()
    qtbot.addWidget(note)
    assert not note.isVisible()


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("begin_button", "begin_chosen"),
        ("later_button", "later_chosen"),
        ("not_today_button", "not_today_chosen"),
    ],
)
def test_each_button_emits_its_signal_and_hides_the_note(
    qtbot: QtBot, button: str, signal: str
) -> None:
    note = ReminderNote()
    qtbot.addWidget(note)
    note.show()
    others = {"begin_chosen", "later_chosen", "not_today_chosen"} - {signal}
    first, second = (getattr(note, name) for name in sorted(others))
    with (
        qtbot.waitSignal(getattr(note, signal), timeout=1000),
        qtbot.assertNotEmitted(first),
        qtbot.assertNotEmitted(second),
    ):
        qtbot.mouseClick(getattr(note, button), Qt.MouseButton.LeftButton)
    assert not note.isVisible()


def test_begin_asks_for_the_suggested_session(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan()
    clock.moment = datetime(2026, 11, 23, 8, 0)
    service.check_now()
    assert service.note is not None
    with qtbot.waitSignal(service.begin_requested, timeout=1000) as begun:
        qtbot.mouseClick(service.note.begin_button, Qt.MouseButton.LeftButton)
    assert begun.args == ["box-breathing"]
    assert not service.note.isVisible()


def test_later_snoozes_for_the_chosen_minutes(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan(snooze_minutes=15)
    clock.moment = datetime(2026, 11, 23, 8, 0)
    service.check_now()
    assert service.note is not None
    with qtbot.assertNotEmitted(service.begin_requested):
        qtbot.mouseClick(service.note.later_button, Qt.MouseButton.LeftButton)
    assert preferences.reminder_state.snoozed_until == datetime(2026, 11, 23, 8, 15)
    assert service.next_due == datetime(2026, 11, 23, 8, 15)
    assert service.timer.interval() == 15 * 60 * 1000
    clock.moment = datetime(2026, 11, 23, 8, 15)
    assert service.check_now() is True
    assert service.note.isVisible()


def test_not_today_waits_for_tomorrow(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan(times=(time(8), time(12), time(18)))
    clock.moment = datetime(2026, 11, 23, 8, 0)
    service.check_now()
    assert service.note is not None
    qtbot.mouseClick(service.note.not_today_button, Qt.MouseButton.LeftButton)
    assert preferences.reminder_state.paused_on == MON
    assert service.paused_today()
    assert service.next_due == datetime(2026, 11, 24, 8, 0)
    service.resume_today()
    assert service.next_due == datetime(2026, 11, 23, 12, 0)


# -- staying quiet -------------------------------------------------------------------


def test_practising_lets_the_reminder_go_quietly(
    service: ReminderService, preferences: DesktopPreferences, clock: FakeClock, practice: Practice
) -> None:
    preferences.reminder_plan = morning_plan()
    clock.moment = datetime(2026, 11, 23, 8, 0)
    practice.on = True
    assert service.check_now() is False
    assert service.note is None
    # Let go, not saved up: after the session nothing pops up for the 08:00 reminder.
    practice.on = False
    clock.moment = datetime(2026, 11, 23, 8, 20)
    assert service.check_now() is False
    assert service.next_due == datetime(2026, 11, 24, 8, 0)


def test_quiet_hours_keep_it_quiet(
    service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan(
        times=(time(6, 30), time(9)), quiet_hours=QuietHours(time(22), time(7))
    )
    clock.moment = datetime(2026, 11, 23, 6, 30)
    assert service.check_now() is False
    assert service.note is None
    assert service.next_due == datetime(2026, 11, 23, 9, 0)


# -- waking up -----------------------------------------------------------------------


def test_waking_from_sleep_reschedules(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock
) -> None:
    preferences.reminder_plan = morning_plan()
    assert service.timer.interval() == 60 * 60 * 1000  # 07:00 → 08:00
    clock.moment = datetime(2026, 11, 23, 7, 58)  # the machine slept; the timer did not run
    with qtbot.assertNotEmitted(service.schedule_changed):
        service._on_system_prepare_for_sleep(True)  # going to sleep: nothing to do
    with qtbot.waitSignal(service.schedule_changed, timeout=1000):
        service._on_system_prepare_for_sleep(False)
    assert service.timer.interval() == 2 * 60 * 1000


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_logind_wake_signal_on_a_private_bus_reschedules(
    qtbot: QtBot, service: ReminderService, preferences: DesktopPreferences, clock: FakeClock,
    tmp_path: Path,
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        listener = QDBusConnection.connectToBus(address, "anapana-test-listener")
        logind = QDBusConnection.connectToBus(address, "anapana-test-logind")
        assert listener.isConnected() and logind.isConnected()
        assert logind.registerService("org.freedesktop.login1")
        preferences.reminder_plan = morning_plan()
        assert service.watch_system_sleep(listener)
        clock.moment = datetime(2026, 11, 23, 7, 50)
        woke = QDBusMessage.createSignal(
            "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
        )
        woke.setArguments([False])
        with qtbot.waitSignal(service.schedule_changed, timeout=5000):
            assert logind.send(woke)
        assert service.timer.interval() == 10 * 60 * 1000
    finally:
        QDBusConnection.disconnectFromBus("anapana-test-listener")
        QDBusConnection.disconnectFromBus("anapana-test-logind")
        daemon.terminate()
        daemon.wait(5)
        if daemon.stdout is not None:
            daemon.stdout.close()


# -- the stored state survives a restart ---------------------------------------------


def test_a_restart_does_not_repeat_a_handled_reminder(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, practice: Practice
) -> None:
    path = str(tmp_path / "settings.ini")
    first = DesktopPreferences(QSettings(path, QSettings.Format.IniFormat))
    first.reminder_plan = morning_plan()
    clock.moment = datetime(2026, 11, 23, 8, 0)
    svc = ReminderService(first, practice, clock=clock)
    assert svc.check_now() is True
    svc.stop()
    assert svc.note is not None
    svc.note.deleteLater()

    again = DesktopPreferences(QSettings(path, QSettings.Format.IniFormat))
    clock.moment = datetime(2026, 11, 23, 8, 5)
    svc2 = ReminderService(again, practice, clock=clock)
    assert svc2.check_now() is False
    svc2.stop()
