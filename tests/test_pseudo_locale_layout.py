"""In the pseudo-locale (every text 40 % longer, accented, bracketed) the main pages and
dialogs show every label and button whole, and none lies over another.

German and French run about that much longer than English; a fixed width or a label
without word wrap that fits "Pause" but not "Unterbrechen" fails here before a
translator sees it. The pseudo catalogue is made from the German catalogue's sources.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from anapana.i18n.pseudo import pseudo_catalogue, pseudo_text
from anapana.paths import UserPaths
from tests.app_helpers import FakeClock, RecordingSink

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parent.parent
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    lrelease = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    source = tmp_path / "anapana_pseudo.ts"
    pseudo_catalogue(ROOT / "src" / "anapana" / "i18n" / "anapana_de.ts", source)
    compiled = tmp_path / "anapana_pseudo.qm"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True,
                   timeout=120)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    assert QCoreApplication.translate("PlayerView", "Pause") == pseudo_text("Pause")
    yield
    QCoreApplication.removeTranslator(translator)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def layout_problems(root: QWidget) -> list[str]:
    """Labels and buttons too small for their text, and ones lying over each other."""
    problems: list[str] = []
    leaves: list[tuple[QWidget, QRect]] = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        name = f"{type(widget).__name__} {text[:50]!r}"
        if isinstance(widget, QLabel):
            if not text.strip() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{name} is cut off: needs {needed} px of height, has "
                                    f"{widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{name} is cut off: needs {widget.sizeHint().width()} px, "
                                f"has {widget.width()}")
        else:
            if not text.strip():
                continue
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                problems.append(f"{name} is cut off: needs {hint.width()}x{hint.height()}, "
                                f"has {widget.width()}x{widget.height()}")
        top_left = widget.mapTo(root, QPoint(0, 0))
        leaves.append((widget, QRect(top_left, widget.size())))
    for index, (first, first_rect) in enumerate(leaves):
        for second, second_rect in leaves[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if _in_different_scroll_views(first, second):
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{type(first).__name__} {first.text()[:30]!r} overlaps "  # type: ignore[attr-defined]
                                f"{type(second).__name__} {second.text()[:30]!r}")  # type: ignore[attr-defined]
    return problems


def _in_different_scroll_views(first: QWidget, second: QWidget) -> bool:
    def view(widget: QWidget) -> QWidget | None:
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    return view(first) is not view(second)


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, pseudo: None) -> Iterator[QWidget]:
    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings

    paths = UserPaths.from_environment()
    sink = RecordingSink()
    win = build_main_window(Settings(paths.settings), paths, checkin=False, clock=FakeClock(),
                     sound_factory=lambda _l: sink, open_log=True, run_timer=False)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    win.after_shown()
    yield win
    win.close()


def test_the_library_player_and_completion_fit(window: QWidget, qtbot: QtBot) -> None:
    from anapana.app.main_window import MainWindow

    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.store.loaded, timeout=20_000)
    QApplication.processEvents()
    found = [f"library: {p}" for p in layout_problems(window)]
    entry = window.store.find("body-scan-5")
    assert entry is not None and entry.ok
    window.start_session(entry, checkin=False)
    QApplication.processEvents()
    found += [f"player: {p}" for p in layout_problems(window)]
    window.player_view.pause_button.click()  # "Resume", the longer word
    QApplication.processEvents()
    found += [f"player, paused: {p}" for p in layout_problems(window)]
    window.player_view.request_stop()
    QApplication.processEvents()
    found += [f"the end: {p}" for p in layout_problems(window)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("dialog", ["settings", "checkin", "about", "voices", "reminders"])
def test_the_dialogs_fit(dialog: str, qtbot: QtBot, anapana_home: Path, pseudo: None,
                         tmp_path: Path) -> None:
    from anapana.app.settings import Settings

    paths = UserPaths.from_environment()
    widget: QWidget
    if dialog == "settings":
        from anapana.app.settings_dialog import SettingsDialog

        widget = SettingsDialog(Settings(paths.settings))
    elif dialog == "checkin":
        from anapana.app.checkin import CheckInForm

        widget = CheckInForm("before")
        widget.resize(640, 420)
    elif dialog == "about":
        from anapana.app.desktop.about import AboutDialog

        widget = AboutDialog(paths)
    elif dialog == "voices":
        from anapana.app.voice_manager import VoiceManager
        from anapana.sound.tts.voice_store import VoiceStore

        widget = VoiceManager(VoiceStore(tmp_path / "voices"))
    else:
        from anapana.app.desktop.preferences import DesktopPreferences
        from anapana.app.desktop.reminder_panel import ReminderSettingsPanel

        settings = Settings(paths.settings)  # kept alive: the preferences use its store
        widget = ReminderSettingsPanel(
            DesktopPreferences(settings._store),
            [("box-breathing", "Box breathing")], autostart_enabled=lambda: False,
            set_autostart=lambda _on: None)
        widget.resize(widget.sizeHint())
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    found = layout_problems(widget)
    assert not found, "\n".join(found)
