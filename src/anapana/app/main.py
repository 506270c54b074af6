"""The app's entry point: `anapana` and `anapana run FILE_OR_ID [--no-checkin]`.

Creates the QApplication, applies the settings and theme, shows the main window, and
only then reads the library (so the window appears at once). Two environment
variables help tests and benchmarks: `ANAPANA_QUIT_AFTER_MS` closes the app cleanly
that long after it is shown, and `ANAPANA_REPORT_SHOWN` prints `anapana: shown` on
stdout when the window has first been painted.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from anapana.paths import UserPaths, assets_dir

from . import theme
from .main_window import MainWindow
from .settings import Settings

if TYPE_CHECKING:
    from anapana.app.desktop import DesktopIntegration

APP_ID = "io.github.anapana.Anapana"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Anapana")
    app.setApplicationDisplayName("Anapana")
    app.setOrganizationName("anapana")
    app.setDesktopFileName(APP_ID)
    # PNG sizes rather than the SVG: loading Qt's SVG plugin costs ~25 ms at startup.
    icon = QIcon()
    for size in (32, 64, 128, 256):
        png = assets_dir() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def _install_desktop(app: QApplication, window: MainWindow, settings: Settings,
                     background: bool) -> DesktopIntegration:
    """Single instance, tray, reminders and About (after the window is up: they can wait)."""
    from anapana.app.desktop import install_desktop
    from anapana.app.desktop.reminder_panel import ReminderSettingsPanel

    desktop = install_desktop(app, window, window.open_session, settings,
                              window.is_practising, session_title=window.session_title)
    window.quit_action.triggered.disconnect(window.close)
    window.quit_action.triggered.connect(desktop.quit)  # close-to-tray must not keep Quit
    window.about_requested.connect(desktop.show_about)

    def reminder_page() -> list[QWidget]:
        sessions = [(e.id, e.loaded.header.title) for e in window.store.entries
                    if e.loaded is not None]
        return [ReminderSettingsPanel(desktop.preferences, sessions,
                                      tray_available=desktop.tray is not None)]

    window.settings_pages = reminder_page
    if background:
        desktop.show_window(background=True)
    return desktop


def run_app(session: str | None = None, checkin: bool = True, background: bool = False) -> int:
    """Open the app (straight into `session`, an id or a path, when given).

    `background` (at login) starts it in the tray without a window, where there is a
    tray; elsewhere the window starts minimised. The command line has already offered
    the request to an Anapana that is running (`anapana.app.desktop.handoff`).
    """
    app = make_application()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    theme.apply(app, theme.resolve(settings.theme))
    window = MainWindow(settings, paths, checkin=checkin)
    window.restore_geometry()
    if os.environ.get("ANAPANA_REPORT_SHOWN"):
        window.first_painted.connect(_report_shown)
    # Read the library only once the window has been painted, so it appears at once;
    # a window that is never painted (minimised at start) still gets it within a second.
    started = False
    desktop: list[object] = []

    def after_shown() -> None:
        nonlocal started
        if not started:
            started = True
            window.after_shown(session)
            desktop.append(_install_desktop(app, window, settings, background))

    window.first_painted.connect(lambda: QTimer.singleShot(0, after_shown))
    QTimer.singleShot(1000, after_shown)
    if not background:
        window.show()
    quit_after = os.environ.get("ANAPANA_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(max(int(quit_after), 0), window.close)
        QTimer.singleShot(max(int(quit_after), 0) + 50, app.quit)
    code = app.exec()
    window.deleteLater()
    return code


def _report_shown() -> None:
    print("anapana: shown", flush=True)
