"""The library page: every session listed, search and tags, broken files with their error,
and the user's folder watched so a saved edit shows up (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot

from anapana.app.composition import build_main_window
from anapana.app.library_model import ENTRY_ROLE, GROUP_ROLE
from anapana.app.main_window import MainWindow
from anapana.app.settings import Settings
from anapana.core.library import LibraryEntry
from anapana.paths import UserPaths, bundled_sessions_dir
from tests.app_helpers import FakeClock, RecordingSink, write

pytestmark = [
    pytest.mark.gui,
    pytest.mark.usefixtures("no_running_timers"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

GOOD = """title: Quiet minute
summary: One minute of slow breathing.
tags: [mine]
segments:
  - breathe: Slow
    pattern: 4-6
    duration: 1m
"""


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path) -> Iterator[MainWindow]:
    paths = UserPaths.from_environment()
    sink = RecordingSink()
    win = build_main_window(Settings(paths.settings), paths, checkin=False, clock=FakeClock(),
                     sound_factory=lambda _l: sink, open_log=False, run_timer=False)
    opened: list[QUrl] = []
    win.open_url = lambda url: opened.append(url) or True  # type: ignore[assignment,func-returns-value]
    win.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def rows(win: MainWindow) -> list[QModelIndex]:
    """The rows the list shows (headings and sessions), in order."""
    model = win.library.list.model()
    return [model.index(row, 0) for row in range(model.rowCount())]


def listed(win: MainWindow) -> list[LibraryEntry]:
    """The sessions in the list, in order, without the group headings."""
    entries = [index.data(ENTRY_ROLE) for index in rows(win)]
    return [entry for entry in entries if entry is not None]


def headings(win: MainWindow) -> list[str]:
    return [index.data(GROUP_ROLE) for index in rows(win) if index.data(GROUP_ROLE)]


def test_every_bundled_session_is_listed_with_details(window: MainWindow,
                                                      qtbot: QtBot) -> None:
    window.after_shown()
    files = sorted(p.stem for p in bundled_sessions_dir().glob("*.yaml"))
    assert sorted(e.id for e in listed(window)) == files
    window.library.select("box-breathing")
    assert window.library.detail_title.text() == "Box breathing"
    assert window.library.detail_meta.text().startswith("5 min 16 s · breathing")
    assert "Mark Divine" in window.library.detail_text.text()
    assert window.library.start_button.isEnabled()
    # The preview (pyqtgraph) is built once the list has been painted.
    qtbot.waitUntil(lambda: window.library.preview is not None, timeout=60_000)


def test_search_and_tag_filter(window: MainWindow) -> None:
    window.after_shown()
    window.library.search.setText("box")
    assert [e.id for e in listed(window)] == ["box-breathing"]
    window.library.search.setText("")
    index = window.library.tag_filter.findData("sleep")
    assert index > 0
    window.library.tag_filter.setCurrentIndex(index)
    entries = listed(window)
    assert entries
    assert all(e.loaded is not None and "sleep" in e.loaded.session.tags for e in entries)
    window.library.search.setText("no such words anywhere")
    assert listed(window) == []
    assert window.library.empty_label.isVisible()


def test_a_broken_user_file_is_listed_with_its_error(window: MainWindow,
                                                     anapana_home: Path) -> None:
    paths = UserPaths.from_environment()
    write(paths.sessions / "wobbly.yaml",
          "title: Wobbly\nsegments:\n  - breathe: One\n    pattern: 4-x\n    duration: 1m\n")
    window.after_shown()
    broken = [e for e in listed(window) if e.id == "wobbly"]
    assert broken and not broken[0].ok
    window.library.select("wobbly")
    text = window.library.problem_text.text()
    assert window.library.problem_text.isVisible()
    assert "wobbly.yaml:4:" in text
    assert not window.library.start_button.isEnabled()
    assert window.library.edit_button.isVisible()


def test_an_edit_on_disk_shows_up_within_a_second(window: MainWindow, qtbot: QtBot) -> None:
    window.after_shown()
    target = UserPaths.from_environment().sessions / "quiet.yaml"
    write(target, GOOD)
    qtbot.waitUntil(lambda: any(e.id == "quiet" and e.ok for e in listed(window)), timeout=2000)
    window.library.select("quiet")
    assert window.library.detail_title.text() == "Quiet minute"
    write(target, GOOD.replace("pattern: 4-6", "pattern: 4-oops"))
    qtbot.waitUntil(lambda: any(e.id == "quiet" and not e.ok for e in listed(window)),
                    timeout=2000)
    assert "quiet.yaml:6:" in window.library.problem_text.text()
    target.unlink()
    qtbot.waitUntil(lambda: all(e.id != "quiet" for e in listed(window)), timeout=2000)


def test_new_session_copies_the_template_and_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    window.after_shown()
    window.library.new_button.click()
    made = UserPaths.from_environment().sessions / "my-session.yaml"
    assert made.is_file()
    assert window.opened == [QUrl.fromLocalFile(str(made))]  # type: ignore[attr-defined]
    entry = window.library.current_entry()
    assert entry is not None and entry.id == "my-session" and entry.ok
    window.library.new_button.click()
    assert (made.parent / "my-session-2.yaml").is_file()
    window.library.folder_button.click()
    assert window.opened[-1] == QUrl.fromLocalFile(str(made.parent))  # type: ignore[attr-defined]


def test_enter_on_the_list_starts_the_session(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window.after_shown()
    window.library.select("box-breathing")
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    assert window.player_view is not None
    assert window.stack.currentWidget() is window.player_view
    assert window.settings.last_session == "box-breathing"


def test_the_library_is_grouped_by_kind_and_sorted_naturally(window: MainWindow,
                                                             anapana_home: Path) -> None:
    write(UserPaths.from_environment().sessions / "quiet.yaml", GOOD)
    window.after_shown()
    assert headings(window) == ["Breathing", "Body scans", "Meditation",
                                "Compassion and emotions", "Sits", "Your sessions"]
    group = ""
    members: dict[str, list[str]] = {}
    for item in rows(window):
        if item.data(GROUP_ROLE):
            group = item.data(GROUP_ROLE)
            assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
            continue
        members.setdefault(group, []).append(item.data(ENTRY_ROLE).id)
    assert members["Body scans"] == ["body-scan-5", "body-scan-10", "body-scan-20",
                                     "body-scan-45"]
    assert members["Sits"] == ["silent-sit-10", "silent-sit-20", "silent-sit-30"]
    paces = [i for i in members["Breathing"] if i.startswith("resonance-pace")]
    assert paces == ["resonance-pace-4-5", "resonance-pace-5", "resonance-pace-5-5",
                     "resonance-pace-6", "resonance-pace-6-5"]
    assert members["Your sessions"] == ["quiet"]
    for kind in ("self-compassion-break", "loving-kindness-10", "evening-inner-healing",
                 "writing-it-out", "naming-what-you-feel", "rain-difficult-feeling"):
        assert kind in members["Compassion and emotions"], kind
    assert "mindfulness-of-breathing-10" in members["Meditation"]


def test_keys_walk_the_sessions_and_never_land_on_a_heading(window: MainWindow,
                                                            qtbot: QtBot) -> None:
    window.after_shown()
    lst = window.library.list
    window.library.select("wim-hof-style-rounds")  # the last of the Breathing group
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    entry = window.library.current_entry()
    assert entry is not None and entry.id == "body-scan-5"
    qtbot.keyClick(lst, Qt.Key.Key_Up)
    entry = window.library.current_entry()
    assert entry is not None and entry.id == "wim-hof-style-rounds"
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    entry = window.library.current_entry()
    assert entry is not None and entry.id == "relaxing-breath-4-7-8"  # "4-7-8 breathing"


def test_search_and_tags_keep_the_groups(window: MainWindow) -> None:
    window.after_shown()
    window.library.search.setText("body scan")
    assert headings(window)[0] == "Body scans"
    assert all(e.id.startswith("body-scan") or "body-scan" in e.loaded.session.tags  # type: ignore[union-attr]
               for e in listed(window))
    window.library.search.setText("")
    window.library.tag_filter.setCurrentIndex(window.library.tag_filter.findData("metta"))
    assert headings(window) == ["Compassion and emotions"]
    assert [e.id for e in listed(window)] == ["loving-kindness-10", "loving-kindness-20"]
    window.library.tag_filter.setCurrentIndex(0)
    window.library.search.setText("compassion and emotions")  # the group's name finds it
    assert headings(window) == ["Compassion and emotions"]


def test_a_keystroke_filters_the_rows_without_rebuilding_them(window: MainWindow) -> None:
    window.after_shown()
    library = window.library
    resets: list[str] = []
    library.model.modelReset.connect(lambda: resets.append("source"))
    rows_before = library.model.rowCount()
    for text in ("b", "bo", "box", "bo", ""):
        library.search.setText(text)
    assert resets == []  # the source rows stay; only the filter runs again
    assert library.model.rowCount() == rows_before
    assert library.list.model() is library.filter
    library.search.setText("box")
    assert library.filter.rowCount() == 2  # the Breathing heading and Box breathing
    entry = library.current_entry()
    assert entry is not None and entry.id == "box-breathing"
    assert library.detail_title.text() == "Box breathing"
    library.search.setText("")
    # The chosen session stays chosen when the filter lets everything through again.
    entry = library.current_entry()
    assert entry is not None and entry.id == "box-breathing"


def test_each_row_is_named_for_a_screen_reader(window: MainWindow) -> None:
    window.after_shown()
    model = window.library.list.model()
    texts = [model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
             for row in range(model.rowCount())]
    assert texts[0] == "Breathing"
    window.library.select("box-breathing")
    current = window.library.list.currentIndex()
    assert current.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Box breathing, 5 min 16 s, Breathing")
    assert current.data(Qt.ItemDataRole.AccessibleDescriptionRole)
