"""The library in the window's first paint: built before `show` from the plan cache alone,
and only then; with a cold cache (the first start, an edited file) nothing is parsed
before the window is painted, and the sessions still all come right after."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import anapana.core.library as core_library
from anapana.app.composition import build_main_window
from anapana.app.library_model import ENTRY_ROLE
from anapana.app.main_window import MainWindow
from anapana.app.settings import Settings
from anapana.core.library import LibraryEntry
from anapana.paths import UserPaths, bundled_sessions_dir
from tests.app_fixtures import APP_TEST_MARKS
from tests.app_helpers import FakeClock, RecordingSink, write

pytestmark = APP_TEST_MARKS

MINE = """title: Quiet minute
segments:
  - breathe: Slow
    pattern: 4-6
    duration: 1m
"""


def new_window(qtbot: QtBot) -> MainWindow:
    paths = UserPaths.from_environment()
    sink = RecordingSink()
    win = build_main_window(Settings(paths.settings), paths, checkin=False, clock=FakeClock(),
                            sound_factory=lambda _l: sink, open_log=False, run_timer=False)
    qtbot.addWidget(win)
    return win


def listed_ids(win: MainWindow) -> set[str]:
    model = win.library.model
    entries = [model.index(row, 0).data(ENTRY_ROLE) for row in range(model.rowCount())]
    return {e.id for e in entries if isinstance(e, LibraryEntry)}


def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every session file parsed (not taken from the plan cache) from now on."""
    import anapana.core.loader as loader

    parsed: list[Path] = []
    real = loader.load_or_problems

    def counting(path: Path) -> object:
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(loader, "load_or_problems", counting)
    return parsed


def test_a_warm_cache_fills_the_library_before_the_first_paint(
        qtbot: QtBot, anapana_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(UserPaths.from_environment().sessions / "quiet.yaml", MINE)
    first = new_window(qtbot)
    first.after_shown()  # fills the plan cache, as a first start does
    first.close()
    parsed = parses(monkeypatch)
    win = new_window(qtbot)
    assert win.prepare_library()
    assert parsed == []  # everything from the cache
    assert win.has_library and not win.isVisible()  # ready before show
    files = {p.stem for p in bundled_sessions_dir().glob("*.yaml")} | {"quiet"}
    assert listed_ids(win) == files
    assert win.library.current_entry() is not None  # a session chosen, its details shown
    win.show()
    win.after_shown()
    assert listed_ids(win) == files  # nothing read twice or lost


def test_a_cold_cache_builds_nothing_before_the_first_paint(
        qtbot: QtBot, anapana_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = parses(monkeypatch)
    win = new_window(qtbot)
    assert not win.prepare_library()
    assert parsed == []  # stopped at the first file the cache does not hold, unparsed
    assert not win.has_library and not win.store.loaded
    win.show()
    win.after_shown()
    files = {p.stem for p in bundled_sessions_dir().glob("*.yaml")}
    assert listed_ids(win) == files
    assert len(parsed) == len(files)


def test_an_edited_file_waits_for_the_first_paint(
        qtbot: QtBot, anapana_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = UserPaths.from_environment().sessions / "quiet.yaml"
    write(mine, MINE)
    first = new_window(qtbot)
    first.after_shown()
    first.close()
    write(mine, MINE.replace("Quiet minute", "Quieter minute"))
    parsed = parses(monkeypatch)
    win = new_window(qtbot)
    assert not win.prepare_library()
    assert parsed == [] and not win.store.loaded
    win.show()
    win.after_shown()
    assert parsed == [mine]  # only the edited file parsed, after the first paint
    entry = win.store.find("quiet")
    assert entry is not None and entry.loaded is not None
    assert entry.loaded.header.title == "Quieter minute"
    assert core_library.session_files(mine.parent) == [mine]


def test_the_preview_and_the_clear_button_come_once_the_window_is_shown(
        qtbot: QtBot, anapana_home: Path) -> None:
    """Before the first paint the chosen session's details show without its plan (reading
    it checks the file's hash); once shown, the preview draws that plan and the search
    field has its clear button, as the settled window always had."""
    first = new_window(qtbot)
    first.after_shown()  # fills the plan cache
    first.close()
    win = new_window(qtbot)
    assert win.prepare_library()
    entry = win.library.current_entry()
    assert entry is not None and entry.loaded is not None
    assert entry.loaded._plan == []  # not read for the first look
    assert win.library.detail_title.text() == entry.loaded.header.title
    assert not win.library.search.isClearButtonEnabled()
    win.show()
    win.after_shown()
    qtbot.waitUntil(lambda: win.library.preview is not None)
    assert win.library.search.isClearButtonEnabled()
    shown = win.library.current_entry()
    assert shown is not None and shown.loaded is not None and shown.loaded._plan != []


def test_the_shortcuts_come_once_the_window_is_shown(qtbot: QtBot, anapana_home: Path) -> None:
    """Quit, About and Search are made after the first paint (the actions and the key
    bindings cost milliseconds before it), and are there once the window is shown."""
    win = new_window(qtbot)
    win.prepare_library()
    assert not win.has_shortcuts
    assert not any(action.shortcut().toString() for action in win.actions())
    win.after_shown()
    assert win.has_shortcuts
    from PySide6.QtGui import QKeySequence

    keys = [action.shortcut() for action in win.actions()]
    wanted = [QKeySequence(QKeySequence.StandardKey.Quit),  # as this platform binds them
              QKeySequence(QKeySequence.StandardKey.HelpContents),
              QKeySequence(QKeySequence.StandardKey.Find)]
    assert keys == wanted
    assert any(not key.isEmpty() for key in keys)
    win.after_shown()  # a second time makes no second set
    assert len(win.actions()) == 3
