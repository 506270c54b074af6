"""The reminders settings page: off until ticked, every change saved at once, login entry
only on the user's word (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from anapana.app.desktop.preferences import DesktopPreferences
from anapana.app.desktop.reminder_panel import ReminderSettingsPanel
from anapana.reminders import EVERY_DAY, QuietHours, ReminderPlan

pytestmark = [pytest.mark.gui]

SESSIONS = [("box-breathing", "Box breathing"), ("cyclic-sighing", "Cyclic sighing")]


@pytest.fixture
def preferences(tmp_path: Path) -> DesktopPreferences:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prefs = DesktopPreferences(store)
    store.setParent(prefs)
    return prefs


class Login:
    def __init__(self) -> None:
        self.calls: list[bool] = []

    def set(self, on: bool) -> None:
        self.calls.append(on)


def make(qtbot: QtBot, preferences: DesktopPreferences, login: Login | None = None,
         **kw: object) -> ReminderSettingsPanel:
    login = login or Login()
    panel = ReminderSettingsPanel(
        preferences, SESSIONS, autostart_enabled=lambda: False, set_autostart=login.set,
        **kw,  # type: ignore[arg-type]
    )
    qtbot.addWidget(panel)
    return panel


def test_off_at_first_with_the_details_greyed(
    qtbot: QtBot, preferences: DesktopPreferences
) -> None:
    panel = make(qtbot, preferences)
    assert not panel.isVisible()
    assert not panel.enabled.isChecked()
    assert not panel.times.isEnabled() and not panel.session.isEnabled()
    assert preferences.reminder_plan == ReminderPlan()


def test_turning_on_saves_a_gentle_default_and_each_change(
    qtbot: QtBot, preferences: DesktopPreferences
) -> None:
    panel = make(qtbot, preferences)
    panel.enabled.setChecked(True)
    plan = preferences.reminder_plan
    assert plan.enabled and plan.times == (time(8),) and plan.weekdays == EVERY_DAY
    assert panel.times.isEnabled()

    panel.times.setText("18:30, 7:15, later")
    panel.times.editingFinished.emit()
    assert panel.times.text() == "07:15, 18:30"
    panel.days[5].setChecked(False)
    panel.days[6].setChecked(False)
    panel.session.setCurrentIndex(panel.session.findData("cyclic-sighing"))
    panel.snooze.setValue(25)
    panel.quiet.setChecked(True)
    panel.quiet_start.setTime(QTime(21, 30))
    panel.quiet_end.setTime(QTime(6, 45))
    assert preferences.reminder_plan == ReminderPlan(
        enabled=True,
        times=(time(7, 15), time(18, 30)),
        weekdays=frozenset(range(5)),
        session_id="cyclic-sighing",
        snooze_minutes=25,
        quiet_hours=QuietHours(time(21, 30), time(6, 45)),
    )


def test_shows_what_is_saved(qtbot: QtBot, preferences: DesktopPreferences) -> None:
    preferences.reminder_plan = ReminderPlan(
        enabled=True, times=(time(9),), weekdays=frozenset({1}), session_id="my-own",
        snooze_minutes=5, quiet_hours=QuietHours(time(23), time(6)),
    )
    panel = make(qtbot, preferences)
    assert panel.plan() == preferences.reminder_plan  # an unknown session id is kept
    assert panel.session.currentText() == "my-own"


def test_tray_and_login_boxes(qtbot: QtBot, preferences: DesktopPreferences) -> None:
    login = Login()
    panel = make(qtbot, preferences, login)
    assert login.calls == []  # building the page writes nothing
    panel.close_to_tray.setChecked(True)
    assert preferences.close_to_tray is True
    panel.login.setChecked(True)
    panel.login.setChecked(False)
    assert login.calls == [True, False]


def test_close_to_tray_needs_a_tray(qtbot: QtBot, preferences: DesktopPreferences) -> None:
    panel = make(qtbot, preferences, tray_available=False)
    assert not panel.close_to_tray.isEnabled()
