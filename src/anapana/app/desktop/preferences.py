"""The desktop settings: reminders (`reminders/…`) and the tray (`desktop/…`), in QSettings.

They live in the app's settings file, next to the keys `anapana.app.settings.Settings`
keeps. Qt shares one in-memory copy of a settings file between the QSettings objects of
a process, so this reader and `Settings` always see each other's writes. Reading never
fails: a value hand-edited into nonsense reads as the calm default (reminders off).

Keys:
    reminders/enabled          false
    reminders/times            "08:00, 18:30"
    reminders/weekdays         "mon,tue,wed,thu,fri,sat,sun"
    reminders/session          suggested session id ("" brings the app forward)
    reminders/snooze_minutes   10
    reminders/quiet_start, reminders/quiet_end   "22:00", "07:00" (empty: none)
    reminders/handled_until, reminders/snoozed_until, reminders/paused_on   (state)
    desktop/close_to_tray      false
    desktop/tray_sessions      "box-breathing, breathing-space-3"
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from anapana.reminders import (
    EVERY_DAY,
    SNOOZE_RANGE,
    QuietHours,
    ReminderPlan,
    ReminderState,
    format_clock,
    format_times,
    format_weekdays,
    parse_clock,
    parse_times,
    parse_weekdays,
)

DEFAULT_TRAY_SESSIONS = ("box-breathing", "breathing-space-3", "cyclic-sighing")
_STATE_KEYS = ("reminders/handled_until", "reminders/snoozed_until", "reminders/paused_on")


class AppSettings(Protocol):
    """What is used of `anapana.app.settings.Settings`: its file and its change signal."""

    @property
    def path(self) -> object: ...

    @property
    def changed(self) -> object: ...


class DesktopPreferences(QObject):
    """Typed access to the reminder and tray settings; `changed(key)` after each write."""

    changed = Signal(str)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @classmethod
    def for_settings(
        cls, settings: AppSettings, parent: QObject | None = None
    ) -> DesktopPreferences:
        """Share the app's settings file, and pass on its changes to our keys."""
        store = QSettings(str(settings.path), QSettings.Format.IniFormat)
        preferences = cls(store, parent)
        store.setParent(preferences)
        signal = getattr(settings, "changed", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(preferences._on_settings_changed)
        return preferences

    def _on_settings_changed(self, key: str) -> None:
        if key.startswith(("reminders/", "desktop/")) and key not in _STATE_KEYS:
            self.changed.emit(key)

    # helpers ---------------------------------------------------------------------
    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        if isinstance(value, list):  # QSettings reads "a, b" back as a list
            return ", ".join(str(v) for v in value)
        return default if value is None else str(value)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "on")

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._store.value(key, default)).strip())
        except ValueError:
            return default
        return min(max(value, low), high)

    def _moment(self, key: str) -> datetime | None:
        try:
            return datetime.fromisoformat(self._text(key)) if self._text(key) else None
        except ValueError:
            return None

    def _write(self, values: dict[str, object], *, announce: str | None) -> None:
        for key, value in values.items():
            if value is None or value == "":
                self._store.remove(key)
            else:
                self._store.setValue(key, value)
        self._store.sync()
        if announce:
            self.changed.emit(announce)

    # reminders -------------------------------------------------------------------
    @property
    def reminder_plan(self) -> ReminderPlan:
        times = parse_times(self._text("reminders/times"))
        weekdays_text = self._text("reminders/weekdays", format_weekdays(EVERY_DAY))
        start = parse_clock(self._text("reminders/quiet_start"))
        end = parse_clock(self._text("reminders/quiet_end"))
        return ReminderPlan(
            enabled=self._bool("reminders/enabled", False),
            times=times,
            weekdays=parse_weekdays(weekdays_text),
            session_id=self._text("reminders/session").strip(),
            snooze_minutes=self._int("reminders/snooze_minutes", 10, *SNOOZE_RANGE),
            quiet_hours=QuietHours(start, end) if start and end and start != end else None,
        )

    @reminder_plan.setter
    def reminder_plan(self, plan: ReminderPlan) -> None:
        quiet = plan.quiet_hours
        self._write(
            {
                "reminders/enabled": plan.enabled,
                "reminders/times": format_times(plan.times),
                "reminders/weekdays": format_weekdays(plan.weekdays),
                "reminders/session": plan.session_id,
                "reminders/snooze_minutes": plan.snooze_minutes,
                "reminders/quiet_start": format_clock(quiet.start) if quiet else "",
                "reminders/quiet_end": format_clock(quiet.end) if quiet else "",
            },
            announce="reminders/plan",
        )

    @property
    def reminder_state(self) -> ReminderState:
        paused_text = self._text("reminders/paused_on")
        try:
            paused = date.fromisoformat(paused_text) if paused_text else None
        except ValueError:
            paused = None
        return ReminderState(
            handled_until=self._moment("reminders/handled_until"),
            snoozed_until=self._moment("reminders/snoozed_until"),
            paused_on=paused,
        )

    @reminder_state.setter
    def reminder_state(self, state: ReminderState) -> None:
        # The service writes this itself; no `changed`, or it would reschedule in a loop.
        self._write(
            {
                "reminders/handled_until": _iso(state.handled_until),
                "reminders/snoozed_until": _iso(state.snoozed_until),
                "reminders/paused_on": state.paused_on.isoformat() if state.paused_on else "",
            },
            announce=None,
        )

    # tray ------------------------------------------------------------------------
    @property
    def close_to_tray(self) -> bool:
        return self._bool("desktop/close_to_tray", False)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._write({"desktop/close_to_tray": bool(value)}, announce="desktop/close_to_tray")

    @property
    def tray_sessions(self) -> tuple[str, ...]:
        """Session ids offered in the tray menu, in order."""
        if not self._store.contains("desktop/tray_sessions"):
            return DEFAULT_TRAY_SESSIONS
        parts = re.split(r"[,;]+", self._text("desktop/tray_sessions"))
        seen: dict[str, None] = {}
        for part in parts:
            if part.strip():
                seen.setdefault(part.strip(), None)
        return tuple(seen)

    @tray_sessions.setter
    def tray_sessions(self, ids: tuple[str, ...] | list[str]) -> None:
        clean = [i.strip() for i in ids if i.strip() and "," not in i]
        self._store.setValue("desktop/tray_sessions", ", ".join(clean))
        self._store.sync()
        self.changed.emit("desktop/tray_sessions")


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""
