"""Reminder and tray settings in the app's settings file: calm defaults, round trips,
nonsense read as defaults, and the file shared with `anapana.app.settings.Settings`."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from anapana.app.desktop.preferences import DEFAULT_TRAY_SESSIONS, DesktopPreferences
from anapana.reminders import EVERY_DAY, QuietHours, ReminderPlan, ReminderState


def prefs_at(path: Path) -> DesktopPreferences:
    store = QSettings(str(path), QSettings.Format.IniFormat)
    prefs = DesktopPreferences(store)
    store.setParent(prefs)
    return prefs


def test_defaults_are_off_and_calm(tmp_path: Path) -> None:
    prefs = prefs_at(tmp_path / "s.ini")
    plan = prefs.reminder_plan
    assert plan == ReminderPlan()
    assert not plan.active
    assert plan.weekdays == EVERY_DAY
    assert prefs.reminder_state == ReminderState()
    assert prefs.close_to_tray is False
    assert prefs.tray_sessions == DEFAULT_TRAY_SESSIONS
    assert not (tmp_path / "s.ini").exists()  # reading writes nothing


def test_plan_and_state_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    plan = ReminderPlan(
        enabled=True,
        times=(time(8), time(18, 30)),
        weekdays=frozenset({0, 2, 4}),
        session_id="cyclic-sighing",
        snooze_minutes=20,
        quiet_hours=QuietHours(time(22), time(7)),
    )
    state = ReminderState(
        handled_until=datetime(2026, 11, 23, 8, 0, 5),
        snoozed_until=datetime(2026, 11, 23, 8, 20),
        paused_on=date(2026, 11, 22),
    )
    first = prefs_at(path)
    first.reminder_plan = plan
    first.reminder_state = state
    first.close_to_tray = True
    first.tray_sessions = ["silent-sit-20", "box-breathing", "silent-sit-20"]
    again = prefs_at(path)  # as after a restart
    assert again.reminder_plan == plan
    assert again.reminder_state == state
    assert again.close_to_tray is True
    assert again.tray_sessions == ("silent-sit-20", "box-breathing")
    text = path.read_text()
    assert "[reminders]" in text and "[desktop]" in text


def test_hand_edited_nonsense_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text(
        "[reminders]\n"
        "enabled=perhaps\n"
        "times=08:00, lunch, 25:00, 13:30\n"
        "weekdays=mon, someday, fri\n"
        "snooze_minutes=forever\n"
        "quiet_start=late\n"
        "quiet_end=07:00\n"
        "handled_until=yesterday\n"
        "paused_on=2026-13-45\n"
        "[desktop]\n"
        "close_to_tray=maybe\n"
    )
    prefs = prefs_at(path)
    plan = prefs.reminder_plan
    assert plan.enabled is False
    assert plan.times == (time(8), time(13, 30))
    assert plan.weekdays == frozenset({0, 4})
    assert plan.snooze_minutes == 10
    assert plan.quiet_hours is None
    assert prefs.reminder_state == ReminderState()
    assert prefs.close_to_tray is False


def test_snooze_minutes_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[reminders]\nsnooze_minutes=9999\n")
    assert prefs_at(path).reminder_plan.snooze_minutes == 240


def test_changes_are_announced_but_state_writes_are_not(qtbot: QtBot, tmp_path: Path) -> None:
    prefs = prefs_at(tmp_path / "s.ini")
    with qtbot.waitSignal(prefs.changed, timeout=1000) as changed:
        prefs.reminder_plan = ReminderPlan(enabled=True, times=(time(9),))
    assert changed.args == ["reminders/plan"]
    with qtbot.assertNotEmitted(prefs.changed):
        prefs.reminder_state = ReminderState(paused_on=date(2026, 1, 1))


def test_shares_the_app_settings_file_both_ways(qtbot: QtBot, tmp_path: Path) -> None:
    settings_module = pytest.importorskip("anapana.app.settings")
    app_settings = settings_module.Settings(tmp_path / "settings.ini")
    prefs = DesktopPreferences.for_settings(app_settings)
    app_settings.theme = "dark"
    prefs.reminder_plan = ReminderPlan(enabled=True, times=(time(7, 45),))
    assert app_settings.theme == "dark"
    # A reminder key written through the app's settings object reaches us as a change.
    with qtbot.waitSignal(prefs.changed, timeout=1000) as changed:
        app_settings._set("reminders/session", "box-breathing")
    assert changed.args == ["reminders/session"]
    assert prefs.reminder_plan.session_id == "box-breathing"
    reread = settings_module.Settings(tmp_path / "settings.ini")
    assert reread.theme == "dark"
    assert prefs_at(tmp_path / "settings.ini").reminder_plan.times == (time(7, 45),)
