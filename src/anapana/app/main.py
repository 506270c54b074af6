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
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from anapana.paths import UserPaths, assets_dir

from . import theme
from .main_window import MainWindow
from .settings import Settings

APP_ID = "io.github.anapana.Anapana"


def _check_session(session: str) -> int:
    """0 when `session` names a file or a known id; otherwise say why (as the CLI does).

    Only names are looked at here (loading a file waits until the window shows, and a
    broken file is then shown in the library with its errors).
    """
    from anapana.paths import bundled_sessions_dir

    candidate = Path(session)
    if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
        if candidate.is_file():
            return 0
        print(f"anapana: no such file: {session}", file=sys.stderr)
        return 2
    user = UserPaths.from_environment()
    for folder in (user.sessions, bundled_sessions_dir()):
        for suffix in (".yaml", ".yml"):
            if (folder / f"{session}{suffix}").is_file():
                return 0
    print(f"anapana: no session called {session!r}; `anapana list` shows them", file=sys.stderr)
    return 2


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


def _hand_over(session: str | None, checkin: bool) -> bool:
    """Give the request to an Anapana already running for this user (True: it took it)."""
    if os.environ.get("ANAPANA_NO_HANDOFF"):
        return False
    from anapana.app.desktop.handoff import forward_to_running_instance

    request: dict[str, object] = (
        {"action": "run", "session": session, "checkin": checkin} if session
        else {"action": "show"})
    try:
        return forward_to_running_instance(request)
    except (OSError, ValueError):
        return False


def _install_desktop(app: QApplication, window: MainWindow, settings: Settings) -> object:
    """Single instance, tray and reminders (after the window is up: they can wait)."""
    from anapana.app.desktop import install_desktop

    return install_desktop(app, window, window.open_session, settings, window.is_practising,
                           session_title=window.session_title)


def run_app(session: str | None = None, checkin: bool = True) -> int:
    """Open the app (straight into `session`, an id or a path, when given)."""
    if session:
        problem = _check_session(session)
        if problem:
            return problem
        if Path(session).exists():
            session = str(Path(session).resolve())  # another instance may run elsewhere
    if _hand_over(session, checkin):
        return 0
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
            desktop.append(_install_desktop(app, window, settings))

    window.first_painted.connect(lambda: QTimer.singleShot(0, after_shown))
    QTimer.singleShot(1000, after_shown)
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
