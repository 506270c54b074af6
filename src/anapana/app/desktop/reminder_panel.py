"""The settings page for reminders, the tray and start at login.

Meant to sit in the app's Settings dialog as one more page (a plain QWidget). Like the
rest of that dialog, each change is saved at once. Reminders are off until the first box
is ticked; the other reminder controls wait, greyed, until then. "Start at login" writes
or removes the autostart entry when the box changes, never on building the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from anapana.reminders import (
    SNOOZE_RANGE,
    WEEKDAY_NAMES,
    QuietHours,
    ReminderPlan,
    format_times,
    parse_times,
)

from . import autostart
from .preferences import DesktopPreferences

JUST_OPEN = ""
"""The suggested-session choice that only brings the app forward."""


class ReminderSettingsPanel(QWidget):
    """Reminders (times, days, session, Later, quiet hours), tray and login settings."""

    def __init__(
        self,
        preferences: DesktopPreferences,
        sessions: Sequence[tuple[str, str]],
        *,
        tray_available: bool = True,
        autostart_enabled: Callable[[], bool] = autostart.is_autostart_enabled,
        set_autostart: Callable[[bool], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self._set_autostart = set_autostart or _set_autostart
        plan = preferences.reminder_plan

        self.enabled = QCheckBox(self.tr("Offer gentle reminders to pause"), self)
        self.enabled.setChecked(plan.enabled)

        self.times = QLineEdit(format_times(plan.times), self)
        self.times.setPlaceholderText("08:00, 18:30")
        self.times.setAccessibleName(self.tr("Reminder times, separated by commas"))
        # The locale's own short day names (Monday first, as the reminder plan counts).
        self.days = [QCheckBox(QLocale().dayName(day, QLocale.FormatType.ShortFormat), self)
                     for day in range(1, len(WEEKDAY_NAMES) + 1)]
        for index, box in enumerate(self.days):
            box.setChecked(index in plan.weekdays)
        days_row = QHBoxLayout()
        for box in self.days:
            days_row.addWidget(box)

        self.session = QComboBox(self)
        self.session.setAccessibleName(self.tr("Session a reminder suggests"))
        self.session.addItem(self.tr("Just open Anapana"), JUST_OPEN)
        for session_id, title in sessions:
            self.session.addItem(title, session_id)
        if plan.session_id and self.session.findData(plan.session_id) < 0:
            self.session.addItem(plan.session_id, plan.session_id)
        self.session.setCurrentIndex(max(self.session.findData(plan.session_id), 0))

        self.snooze = QSpinBox(self)
        self.snooze.setRange(*SNOOZE_RANGE)
        self.snooze.setSuffix(self.tr(" min"))
        self.snooze.setValue(plan.snooze_minutes)
        self.snooze.setAccessibleName(self.tr("Later waits this many minutes"))

        quiet = plan.quiet_hours
        self.quiet = QCheckBox(self.tr("Quiet hours, from"), self)
        self.quiet.setChecked(quiet is not None)
        self.quiet_start = QTimeEdit(_qtime(quiet.start.hour if quiet else 22,
                                            quiet.start.minute if quiet else 0), self)
        self.quiet_end = QTimeEdit(_qtime(quiet.end.hour if quiet else 7,
                                          quiet.end.minute if quiet else 0), self)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        self.quiet_start.setAccessibleName(self.tr("Quiet hours start"))
        self.quiet_end.setAccessibleName(self.tr("Quiet hours end"))
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel(self.tr("to"), self))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)

        self.note = QLabel(
            self.tr("Reminders stay quiet while you practise. They only come while Anapana runs; "
                    "starting it at login, in the tray, keeps them coming."), self)
        self.note.setWordWrap(True)

        self.close_to_tray = QCheckBox(
            self.tr("Keep Anapana in the tray when the window closes"), self)
        self.close_to_tray.setChecked(preferences.close_to_tray)
        self.close_to_tray.setEnabled(tray_available)
        self.login = QCheckBox(self.tr("Start Anapana quietly when I log in"), self)
        self.login.setChecked(autostart_enabled())

        form = QFormLayout()
        form.addRow(self.tr("At"), self.times)
        form.addRow(self.tr("On"), days_row)
        form.addRow(self.tr("Suggest"), self.session)
        form.addRow(self.tr("Later waits"), self.snooze)
        form.addRow("", quiet_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.close_to_tray)
        layout.addWidget(self.login)
        layout.addStretch(1)

        self._reminder_controls: list[QWidget] = [
            self.times, *self.days, self.session, self.snooze, self.quiet,
            self.quiet_start, self.quiet_end,
        ]
        self._update_enabled()

        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.times.editingFinished.connect(self._on_times_editing_finished)
        for box in self.days:
            box.toggled.connect(self._save_plan)
        self.session.currentIndexChanged.connect(self._save_plan)
        self.snooze.valueChanged.connect(self._save_plan)
        self.quiet.toggled.connect(self._on_quiet_toggled)
        self.quiet_start.timeChanged.connect(self._save_plan)
        self.quiet_end.timeChanged.connect(self._save_plan)
        self.close_to_tray.toggled.connect(self._on_close_to_tray_toggled)
        self.login.toggled.connect(self._on_login_toggled)

    def plan(self) -> ReminderPlan:
        """The plan the controls show now."""
        start, end = self.quiet_start.time(), self.quiet_end.time()
        quiet = QuietHours(start.toPython(), end.toPython())  # type: ignore[arg-type]
        return ReminderPlan(
            enabled=self.enabled.isChecked(),
            times=parse_times(self.times.text()),
            weekdays=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            session_id=str(self.session.currentData() or ""),
            snooze_minutes=self.snooze.value(),
            quiet_hours=quiet if self.quiet.isChecked() and start != end else None,
        )

    def _save_plan(self) -> None:
        self.preferences.reminder_plan = self.plan()

    def _update_enabled(self) -> None:
        on = self.enabled.isChecked()
        for control in self._reminder_controls:
            control.setEnabled(on)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setEnabled(on and self.quiet.isChecked())

    def _on_enabled_toggled(self, on: bool) -> None:
        if on and not parse_times(self.times.text()):
            self.times.setText("08:00")  # a gentle start; easy to change
        self._update_enabled()
        self._save_plan()

    def _on_quiet_toggled(self, _on: bool) -> None:
        self._update_enabled()
        self._save_plan()

    def _on_times_editing_finished(self) -> None:
        # Show the times as they were understood (sorted, anything else left out).
        self.times.setText(format_times(parse_times(self.times.text())))
        self._save_plan()

    def _on_close_to_tray_toggled(self, on: bool) -> None:
        self.preferences.close_to_tray = on

    def _on_login_toggled(self, on: bool) -> None:
        self._set_autostart(on)


def _qtime(hour: int, minute: int) -> QTime:
    return QTime(hour, minute)


def _set_autostart(on: bool) -> Path | bool:
    return autostart.enable_autostart() if on else autostart.disable_autostart()
