"""The app's entry point: `anapana` and `anapana run FILE_OR_ID [--no-checkin]`.

Creates the QApplication, applies the settings and theme, builds the library page from
the plan cache (when it holds every session) so that the window's first paint shows it,
and shows the window; the plan preview, the single-instance server, tray and reminders
come once it is on screen. Two environment variables help tests and benchmarks:
`ANAPANA_QUIT_AFTER_MS` closes the app cleanly that long after it is shown, and
`ANAPANA_REPORT_SHOWN` prints `anapana: shown` on stdout when the window has first been
painted. `ANAPANA_STARTUP_PROBE=1` (for `bench/startup.py`) prints the monotonic clock
at the window's first paint (with the rows its library list held), as the list's first
paint with sessions in it ends, and once the plan preview has been painted, then quits.
`ANAPANA_HR_SIMULATE=5.5` (or `anapana run ID --hr-simulate 5.5`) puts a simulated heart
in place of a strap, for demos and tests.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from anapana.paths import UserPaths, assets_dir

from . import theme
from .composition import build_main_window
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
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon on its windows (and the tray's, which takes it from here).

    Set once the window has been painted: showing a window with an icon decodes every
    size for the window manager (~5-8 ms here, in `show`), and the first look is the
    window's content; Qt hands the icon to windows already shown.
    """
    from PySide6.QtGui import QIcon

    # PNG sizes rather than the SVG: loading Qt's SVG plugin costs ~25 ms.
    icon = QIcon()
    for size in (32, 64, 128, 256):
        png = assets_dir() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)


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
    if not background:
        # The library (from the plan cache) is in the window's first paint; the preview,
        # the tray, reminders and the single-instance server wait until it is on screen.
        window.prepare_library()
    probe = bool(os.environ.get("ANAPANA_STARTUP_PROBE"))
    if probe:
        window.first_painted.connect(lambda: _mark_first_paint(window))
    # What the first look does not need waits for the window's first paint; a window
    # that is never painted (minimised at start) still gets it within a second.
    started = False
    desktop: list[DesktopIntegration] = []

    def after_shown() -> None:
        nonlocal started
        if not started:
            started = True
            gc.enable()  # off while starting (`anapana.cli`); `window.after_shown` freezes
            # Sound buffers are given back when dropped: set before any is made (a session
            # or the preview), and after the first paint (ctypes costs its import).
            from anapana import heap

            heap.large_blocks_mapped()
            set_window_icon(app)  # before the tray, which shows the same icon
            # Listen first: a second `anapana run` during the library read then waits in
            # the socket's backlog and is answered after it, instead of opening a second
            # window of its own.
            desktop.append(_install_desktop(app, window, settings, background))
            window.after_shown(session)

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
    if probe:
        _report_library_painted(window, quit_in_order)
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


def _mark_first_paint(window: MainWindow) -> None:
    """The probe's first mark, with how many sessions the list held when it was painted,
    whether the shortcuts were made and PySide6's `QIcon` type built by then (both wait
    for the first paint: `tests/test_startup_imports.py`)."""
    rows = window.library.model.rowCount() if window.has_library else 0
    qicon = "QIcon" in vars(sys.modules["PySide6.QtGui"])  # built on first use
    print(f"anapana: painted at={time.monotonic():.6f} list_rows={rows}"
          f" shortcuts={int(window.has_shortcuts)} qicon={int(qicon)}", flush=True)


def _report_library_painted(window: MainWindow, quit_in_order: Callable[[], None]) -> None:
    """The start-up probe's marks: the library list painted with its sessions, then the
    plan preview (built after the list) painted; then it quits."""
    def mark(name: str, extra: str = "") -> None:
        print(f"anapana: {name} at={time.monotonic():.6f}{extra}", flush=True)

    def preview_painted() -> None:
        icon = not QApplication.windowIcon().isNull()
        mark("preview shown", f" shortcuts={int(window.has_shortcuts)} window_icon={int(icon)}")
        quit_in_order()

    def list_painted(rows: int) -> None:
        if rows == 0:  # painted before the sessions were in it: not shown yet
            return
        window.library.list.painted.disconnect(list_painted)
        # Marked as the list's paint ends, as the bare window marks its own.
        mark("library shown", f" sessions={len(window.store.entries)} list_rows={rows}")
        # The preview is built after this paint, and may be painted before a watch on it
        # alone could be set: every paint in the app is watched until one is the preview's.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(_PreviewPaint(window, preview_painted))

    def watch_list() -> None:
        window.library.list.painted.connect(list_painted)

    if window.has_library:  # built for the first paint
        watch_list()
    else:  # built once the window is painted (a cold plan cache): watched from then on
        window.first_painted.connect(lambda: single_shot(0, window, watch_list))


class _PreviewPaint(QObject):
    """The start-up probe's watch for the plan preview's first paint (in any part of it)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is not None and event.type() == QEvent.Type.Paint:
            preview = self._window.library.preview
            if isinstance(preview, QWidget) and isinstance(watched, QWidget) and (
                    watched is preview or preview.isAncestorOf(watched)):
                then, self._then = self._then, None
                single_shot(0, self, then)  # once this paint has been finished
        return False
