"""The app's entry point: `anapana` and `anapana run FILE_OR_ID [--no-checkin]`.

Creates the QApplication, applies the settings and theme, shows the main window, and
only then reads the library (so the window appears at once). Two environment
variables help tests and benchmarks: `ANAPANA_QUIT_AFTER_MS` closes the app cleanly
that long after it is shown, and `ANAPANA_REPORT_SHOWN` prints `anapana: shown` on
stdout when the window has first been painted. `ANAPANA_STARTUP_PROBE=1` (for
`bench/startup.py`) prints the monotonic clock at the first paint, once the library's
list has been painted with its sessions and once the plan preview has, then quits.
`ANAPANA_HR_SIMULATE=5.5` (or `anapana run ID --hr-simulate 5.5`) puts a simulated heart
in place of a strap, for demos and tests.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from anapana import heap
from anapana.paths import UserPaths, assets_dir

from . import theme
from .composition import build_main_window
from .first_paint import after_first_paint
from .main_window import MainWindow
from .quit_signals import QuitSignals
from .settings import Settings
from .timers import single_shot
from .translations import install_translations, ui_language

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
    heap.large_blocks_mapped()  # sound buffers are given back when dropped
    app = make_application()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    install_translations(app, ui_language(settings.language), paths.cache or paths.data / "cache")
    theme.apply(app, theme.resolve(settings.theme))
    hr_simulate = None
    if os.environ.get("ANAPANA_HR_SIMULATE"):  # heart_live's: imported only when asked for
        from .heart_live import simulate_rate_from_env

        hr_simulate = simulate_rate_from_env()
    window = build_main_window(settings, paths, checkin=checkin, hr_simulate=hr_simulate)
    window.restore_geometry()
    if os.environ.get("ANAPANA_REPORT_SHOWN"):
        window.first_painted.connect(_report_shown)
    probe = bool(os.environ.get("ANAPANA_STARTUP_PROBE"))
    if probe:
        window.first_painted.connect(
            lambda: print(f"anapana: painted at={time.monotonic():.6f}", flush=True))
    # Read the library only once the window has been painted, so it appears at once;
    # a window that is never painted (minimised at start) still gets it within a second.
    started = False
    desktop: list[DesktopIntegration] = []

    def after_shown() -> None:
        nonlocal started
        if not started:
            started = True
            # Listen first: a second `anapana run` during the library read then waits in
            # the socket's backlog and is answered after it, instead of opening a second
            # window of its own.
            desktop.append(_install_desktop(app, window, settings, background))
            window.after_shown(session)
            if probe:
                _report_library_painted(window, quit_in_order)

    window.first_painted.connect(lambda: single_shot(0, window, after_shown))
    single_shot(1000, window, after_shown)

    def quit_in_order() -> None:
        """The Quit menu's path, for a signal or the desktop session ending."""
        if desktop:
            desktop[0].quit()  # also passes close-to-tray
        else:
            window.close()
        window.save_before_quit()  # in case the close was refused
        app.quit()

    quit_signals = install_quit_paths(app, window, quit_in_order)
    if not background:
        window.show()
    quit_after = os.environ.get("ANAPANA_QUIT_AFTER_MS")
    if quit_after:
        single_shot(max(int(quit_after), 0), app, window.close)
        single_shot(max(int(quit_after), 0) + 50, app, app.quit)
    code = app.exec()
    quit_signals.close()
    window.deleteLater()
    return code


def install_quit_paths(app: QApplication, window: MainWindow,
                       quit_in_order: Callable[[], None]) -> QuitSignals:
    """Every way the app can be ended runs the Quit path, or at least saves first.

    SIGTERM, SIGINT and SIGHUP quit in order; logging out saves at once (the session
    manager may end the app without another word) and then quits in order; and whatever
    else quits the app (`QApplication.quit`) saves before the event loop ends.
    """
    quit_signals = QuitSignals(parent=app)
    quit_signals.received.connect(lambda _number: quit_in_order())

    def session_ending(_manager: object) -> None:
        window.save_before_quit()
        single_shot(0, app, quit_in_order)  # from the event loop, not inside the request

    app.commitDataRequest.connect(session_ending)
    app.aboutToQuit.connect(window.save_before_quit)
    return quit_signals


def _report_shown() -> None:
    print("anapana: shown", flush=True)


def _report_library_painted(window: MainWindow, quit_in_order: Callable[[], None]) -> None:
    """The start-up probe's marks: the library list painted with its sessions, then the
    plan preview (built after the list) painted; then it quits."""
    def mark(name: str, extra: str = "") -> None:
        print(f"anapana: {name} at={time.monotonic():.6f}{extra}", flush=True)

    def preview_painted() -> None:
        mark("preview shown")
        quit_in_order()

    def wait_for_preview() -> None:
        preview = window.library.preview
        if isinstance(preview, QAbstractScrollArea):  # a graphics view paints its viewport
            after_first_paint(preview.viewport(), preview_painted)
        elif isinstance(preview, QWidget):  # a plain widget may have painted already
            after_first_paint(preview, preview_painted)
            preview.update()
        else:
            single_shot(10, window, wait_for_preview)

    def library_painted() -> None:
        mark("library shown", f" sessions={len(window.store.entries)}")
        if window.library.preview is not None:  # built first: painted with the list
            preview_painted()
        else:
            wait_for_preview()

    after_first_paint(window.library.list.viewport(), library_painted)
