"""Ties the desktop pieces to the main window: one call, `install_desktop(...)`.

It starts the single-instance server (a second `anapana run ID` comes here), the tray
icon where there is a tray, and the reminder service; it keeps the window in the tray
on close when the user asked for that (an event filter, so the window's own code needs
no change), and stops everything when the app quits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from anapana.paths import UserPaths, assets_dir

from .about import AboutDialog
from .preferences import AppSettings, DesktopPreferences
from .reminder_service import ReminderService
from .single_instance import InstanceRequest, InstanceServer
from .tray import Tray

StartSession = Callable[[str, bool], None]
"""`start_session(session_id_or_path, checkin)`: open the session in the main window."""


def session_title_from_id(session_id: str) -> str:
    """A readable stand-in when no library title is known: "box-breathing" → "Box breathing"."""
    words = session_id.rsplit("/", 1)[-1].removesuffix(".yaml").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else session_id


class DesktopIntegration(QObject):
    """The single-instance server, the tray and the reminders, for one main window."""

    def __init__(
        self,
        app: QApplication,
        window: QWidget,
        start_session: StartSession,
        preferences: DesktopPreferences,
        is_practising: Callable[[], bool],
        *,
        paths: UserPaths | None = None,
        session_title: Callable[[str], str | None] | None = None,
        server_name: str | None = None,
        use_tray: bool | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.preferences = preferences
        self.paths = paths or UserPaths.from_environment()
        self._start_session = start_session
        self._is_practising = is_practising
        self._title_of = session_title or (lambda _sid: None)
        self._quitting = False
        self._told_about_tray = False
        self._about: AboutDialog | None = None

        self.server: InstanceServer | None = InstanceServer(server_name, self)
        if not self.server.start():
            # Another live Anapana owns the name (run_app should have forwarded to it).
            self.server = None
        else:
            self.server.request_received.connect(self._on_server_request_received)

        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Tray | None = Tray(_app_icon(app, window), self) if use_tray else None

        self.reminders = ReminderService(
            preferences, is_practising, tray=self.tray, session_title=self.title_of,
            now=now, parent=self,
        )
        self.reminders.begin_requested.connect(self._on_reminders_begin_requested)
        self.reminders.schedule_changed.connect(self._on_reminders_schedule_changed)
        preferences.changed.connect(self._on_preferences_changed)

        if self.tray is not None:
            self.tray.session_requested.connect(lambda sid: self.start(sid, True))
            self.tray.open_requested.connect(self.bring_forward)
            self.tray.pause_requested.connect(self.reminders.set_paused_today)
            self.tray.about_requested.connect(self.show_about)
            self.tray.quit_requested.connect(self.quit)
            self._refresh_tray_sessions()
            self.tray.show()

        window.installEventFilter(self)
        app.aboutToQuit.connect(self.shutdown)
        self.reminders.start()

    # what the lead calls -----------------------------------------------------------
    def show_window(self, background: bool = False) -> None:
        """Show the main window, unless started in the background with a tray to live in."""
        if background and self.tray is not None:
            return
        if background:
            self.window.showMinimized()
        else:
            self.window.show()

    def bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def start(self, session_id: str, checkin: bool = True) -> None:
        """Come forward and begin a session; never over one already under way."""
        self.bring_forward()
        if session_id and not self._is_practising():
            self._start_session(session_id, checkin)

    def show_about(self) -> None:
        if self._about is None:
            self._about = AboutDialog(self.paths, self.window)
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    def title_of(self, session_id: str) -> str:
        return self._title_of(session_id) or session_title_from_id(session_id)

    def quit(self) -> None:
        """Quit for real (from the tray): the window may still refuse, e.g. mid-session."""
        self._quitting = True
        if self.window.close():
            self.app.quit()
        else:
            self._quitting = False

    def shutdown(self) -> None:
        """Stop timers, the server and the tray icon; safe to call twice."""
        self.reminders.stop()
        if self.server is not None:
            self.server.close()
        if self.tray is not None:
            self.tray.dispose()
        if self._about is not None:
            self._about.close()

    # events --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and not self._quitting
            and self.preferences.close_to_tray
            and self.tray is not None
            and self.tray.visible
        ):
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self.window.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.tray.notify(
                    "Anapana", self.tr("Still here in the tray, whenever you'd like it."))
            return True
        return super().eventFilter(watched, event)

    def _on_server_request_received(self, request: InstanceRequest) -> None:
        if request.action == "run" and request.session:
            self.start(request.session, request.checkin)
        else:
            self.bring_forward()

    def _on_reminders_begin_requested(self, session_id: str) -> None:
        self.start(session_id, True)

    def _on_reminders_schedule_changed(self, _due: object) -> None:
        if self.tray is not None:
            self.tray.set_reminders(self.reminders.plan.active, self.reminders.paused_today())

    def _on_preferences_changed(self, key: str) -> None:
        if key == "desktop/tray_sessions":
            self._refresh_tray_sessions()

    def _refresh_tray_sessions(self) -> None:
        if self.tray is not None:
            ids = self.preferences.tray_sessions
            self.tray.set_sessions([(sid, self.title_of(sid)) for sid in ids])


def _app_icon(app: QApplication, window: QWidget) -> QIcon:
    for icon in (window.windowIcon(), app.windowIcon()):
        if not icon.isNull():
            return icon
    themed = QIcon.fromTheme("io.github.anapana.Anapana")
    if not themed.isNull():
        return themed
    return QIcon(str(assets_dir() / "icons" / "anapana.svg"))


def install_desktop(
    app: QApplication,
    window: QWidget,
    start_session: StartSession,
    settings: AppSettings | DesktopPreferences,
    is_practising: Callable[[], bool],
    *,
    paths: UserPaths | None = None,
    session_title: Callable[[str], str | None] | None = None,
    server_name: str | None = None,
    use_tray: bool | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> DesktopIntegration:
    """Set up single instance, tray and reminders for `window`; see `DesktopIntegration`.

    `settings` is the app's `Settings` (its file is shared) or a `DesktopPreferences`.
    `use_tray=None` uses a tray where the desktop has one.
    """
    preferences = (
        settings
        if isinstance(settings, DesktopPreferences)
        else DesktopPreferences.for_settings(settings, window)
    )
    return DesktopIntegration(
        app, window, start_session, preferences, is_practising, paths=paths,
        session_title=session_title, server_name=server_name, use_tray=use_tray, now=now,
    )


__all__ = ["DesktopIntegration", "StartSession", "install_desktop", "session_title_from_id"]
