"""The tray icon: favourite sessions one click away, the app, a pause, quit.

Only built where `QSystemTrayIcon.isSystemTrayAvailable()`. The menu offers each
favourite session (it starts it), "Open Anapana", "Pause reminders for today" (or
"Resume reminders today" while paused), "About Anapana" and "Quit". A click on the icon
opens the app. Notifications go through `showMessage`, which never takes the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

NOTIFICATION_MS = 20_000


class Tray(QObject):
    """Owns the `QSystemTrayIcon` and its menu; emits what the user asked for."""

    session_requested = Signal(str)
    """A favourite session was chosen (its id)."""
    open_requested = Signal()
    pause_requested = Signal(bool)
    """True: pause reminders for today; False: resume them."""
    about_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()
    """The last notification was clicked."""

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Anapana")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self.message_clicked)

        self._session_actions: list[QAction] = []
        self._sessions_end = self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open Anapana"))
        self.pause_action = self.menu.addAction(self.tr("Pause reminders for today"))
        self.menu.addSeparator()
        self.about_action = self.menu.addAction(self.tr("About Anapana"))
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self._paused = False

        self.open_action.triggered.connect(self.open_requested)
        self.pause_action.triggered.connect(lambda: self.pause_requested.emit(not self._paused))
        self.about_action.triggered.connect(self.about_requested)
        self.quit_action.triggered.connect(self.quit_requested)

    @property
    def session_actions(self) -> list[QAction]:
        return list(self._session_actions)

    def set_sessions(self, sessions: Sequence[tuple[str, str]]) -> None:
        """The favourites: (session id, title) pairs, in menu order."""
        for action in self._session_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self._session_actions = []
        for session_id, title in sessions:
            action = QAction(title, self.menu)
            action.setData(session_id)
            action.triggered.connect(
                lambda _=False, sid=session_id: self.session_requested.emit(sid)
            )
            self.menu.insertAction(self._sessions_end, action)
            self._session_actions.append(action)
        self._sessions_end.setVisible(bool(self._session_actions))

    def set_reminders(self, active: bool, paused_today: bool) -> None:
        """The pause entry only shows while reminders are on."""
        self._paused = paused_today
        self.pause_action.setVisible(active)
        self.pause_action.setText(
            self.tr("Resume reminders today") if paused_today
            else self.tr("Pause reminders for today")
        )

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self.icon.icon(), NOTIFICATION_MS)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def dispose(self) -> None:
        self.icon.hide()
        self.icon.setContextMenu(None)  # type: ignore[arg-type]  # None detaches it
        self.menu.deleteLater()
