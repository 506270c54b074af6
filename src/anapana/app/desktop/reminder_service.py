"""Gentle reminders on the desktop: one single-shot timer to the next due moment.

The schedule itself is `anapana.reminders` (pure); this QObject only asks it "when next?"
and sets one single-shot timer for then. The timer is set again after each reminder, on
every settings change, and when the computer wakes from sleep (logind's
`PrepareForSleep`, when the system bus is there). Nothing polls. Qt timers run on the
monotonic clock, which stops while the computer sleeps, so a wait is never set longer
than `MAX_WAIT_S`: where no wake-up signal arrives, a reminder is at most that late.

When due, a reminder is shown unless the user is practising (then it is let go, not
saved for later), inside quiet hours, or on a day they paused. With a tray it is a tray
notification (`showMessage` never takes the focus; clicking it begins the session);
without one, a `ReminderNote` in the corner with Begin, Later and Not today.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, Slot

from anapana.app.translations import arg
from anapana.reminders import ReminderPlan, ReminderState, seconds_until

from .preferences import DesktopPreferences
from .reminder_note import ReminderNote
from .tray import Tray

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

MAX_WAIT_S = 3600
"""Longest single wait: bounds the lateness after a sleep nobody told us about."""

TITLE = "Anapana"


class ReminderService(QObject):
    """Schedules and shows reminders; `begin_requested(session_id)` when one is taken up."""

    begin_requested = Signal(str)
    """The user chose Begin (the suggested session id; empty: just open the app)."""
    reminder_shown = Signal(str)
    """A reminder was offered (its words)."""
    schedule_changed = Signal(object)
    """The next due moment (`datetime`), or None when nothing is planned."""

    def __init__(
        self,
        preferences: DesktopPreferences,
        is_practising: Callable[[], bool],
        *,
        tray: Tray | None = None,
        session_title: Callable[[str], str | None] | None = None,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self._is_practising = is_practising
        self._tray = tray
        self._session_title = session_title or (lambda _id: None)
        self._now = now
        self._note: ReminderNote | None = None
        self._tray_message_pending = False
        self._next_due: datetime | None = None
        self._watching_sleep = False

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may wake up to 5 % early, which would only cost a rearm.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer_timeout)
        preferences.changed.connect(self._on_preferences_changed)
        if tray is not None:
            tray.message_clicked.connect(self._on_tray_message_clicked)

    # reading -------------------------------------------------------------------------
    @property
    def plan(self) -> ReminderPlan:
        return self.preferences.reminder_plan

    @property
    def state(self) -> ReminderState:
        return self.preferences.reminder_state

    @property
    def next_due(self) -> datetime | None:
        return self._next_due

    @property
    def note(self) -> ReminderNote | None:
        """The corner note, once one has been needed."""
        return self._note

    def paused_today(self) -> bool:
        return self.state.is_paused(self._now())

    # scheduling ----------------------------------------------------------------------
    def start(self) -> None:
        self.reschedule()
        self.watch_system_sleep()

    def stop(self) -> None:
        self.timer.stop()
        if self._note is not None:
            self._note.hide()

    def reschedule(self) -> None:
        """Work out the next due moment afresh and set the one timer for it."""
        now = self._now()
        due = self.plan.next_due(now, self.state)
        self._next_due = due
        if due is None:
            self.timer.stop()
        else:
            wait_ms = math.ceil(min(seconds_until(due, now), MAX_WAIT_S) * 1000)
            self.timer.start(wait_ms)
        self.schedule_changed.emit(due)

    def check_now(self) -> bool:
        """Offer a reminder if one is due now; True if it was shown. Then reschedule."""
        now = self._now()
        plan, state = self.plan, self.state
        shown = False
        if plan.is_due(now, state):
            # Shown or not (the user is practising), this reminder is dealt with.
            self.preferences.reminder_state = state.handled(now)
            if plan.should_fire(now, self._is_practising(), state):
                self._offer(plan)
                shown = True
        self.reschedule()
        return shown

    # the user's answers ------------------------------------------------------------------
    def begin(self) -> None:
        self._dismiss()
        self.begin_requested.emit(self.plan.session_id)

    def snooze(self) -> None:
        self._dismiss()
        now = self._now()
        self.preferences.reminder_state = self.state.snoozed(now, self.plan.snooze_minutes)
        self.reschedule()

    def pause_for_today(self) -> None:
        self._dismiss()
        self.preferences.reminder_state = self.state.paused_for_today(self._now())
        self.reschedule()

    def resume_today(self) -> None:
        self.preferences.reminder_state = self.state.resumed()
        self.reschedule()

    def set_paused_today(self, paused: bool) -> None:
        if paused:
            self.pause_for_today()
        else:
            self.resume_today()

    # showing ---------------------------------------------------------------------------
    def _offer(self, plan: ReminderPlan) -> None:
        title = self._session_title(plan.session_id) if plan.session_id else None
        # The words of `anapana.reminders.reminder_text`, in the UI language.
        text = self.tr("A quiet moment, if you'd like one.")
        if title:
            text += "\n" + arg(self.tr("%1 is here whenever you are."), title)
        tray = self._tray
        if tray is not None and tray.visible and tray.icon.supportsMessages():
            self._tray_message_pending = True
            tray.notify(TITLE, text)
        else:
            note = self._ensure_note()
            note.set_text(text, plan.snooze_minutes)
            note.place_in_corner()
            note.show()
        self.reminder_shown.emit(text)

    def _ensure_note(self) -> ReminderNote:
        if self._note is None:
            self._note = ReminderNote()
            self._note.begin_chosen.connect(self.begin)
            self._note.later_chosen.connect(self.snooze)
            self._note.not_today_chosen.connect(self.pause_for_today)
            self.destroyed.connect(self._note.deleteLater)
        return self._note

    def _dismiss(self) -> None:
        self._tray_message_pending = False
        if self._note is not None and self._note.isVisible():
            self._note.hide()

    # events ------------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        self.check_now()

    def _on_preferences_changed(self, key: str) -> None:
        if key.startswith("reminders/"):
            self.reschedule()

    def _on_tray_message_clicked(self) -> None:
        if self._tray_message_pending:
            self.begin()

    def watch_system_sleep(self, bus: QDBusConnection | None = None) -> bool:
        """Reschedule when the computer wakes (logind's signal), if the bus is there.

        `bus` defaults to the system bus; tests pass a private one.
        """
        if self._watching_sleep:
            return True
        if bus is None:
            try:
                from PySide6.QtDBus import QDBusConnection
            except ImportError:  # a Qt without D-Bus (Windows, macOS builds)
                return False
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        self._watching_sleep = bus.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            # PySide's stubs say bytes; at run time it takes (only) the str SLOT() gives.
            cast(bytes, SLOT("_on_system_prepare_for_sleep(bool)")),
        )
        return self._watching_sleep

    @Slot(bool)
    def _on_system_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.reschedule()
