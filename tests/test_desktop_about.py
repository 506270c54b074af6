"""The About and help dialog: version, licence, data folders, a session guide whose
example really loads, and the kind note that this is not therapy (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from anapana import __version__
from anapana.app.desktop.about import (
    EXAMPLE_SESSION,
    AboutDialog,
    about_html,
    guide_html,
)
from anapana.core.loader import load_session
from anapana.paths import UserPaths

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """QTextDocument needs the application object."""


@pytest.fixture
def paths(tmp_path: Path) -> UserPaths:
    return UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().split())


def test_about_names_version_licence_and_where_things_live(paths: UserPaths) -> None:
    text = plain(about_html(paths))
    assert f"Anapana {__version__}" in text
    assert "MIT licence" in text
    for folder in (paths.sessions, paths.log_db, paths.settings, paths.logs):
        assert str(folder) in text
    assert "not therapy" in text
    assert "professional" in text


def test_the_guide_points_to_the_format_and_the_tools(paths: UserPaths) -> None:
    html = guide_html(paths)
    text = plain(html)
    for words in ("anapana validate", "anapana plan", "anapana schema", str(paths.sessions)):
        assert words in text
    assert "docs/session-format.md" in html
    assert "github.com" not in html


def test_the_guide_example_is_a_valid_session(tmp_path: Path) -> None:
    path = tmp_path / "a-short-pause.yaml"
    path.write_text(EXAMPLE_SESSION, encoding="utf-8")
    loaded = load_session(path)
    assert loaded.session.title == "A short pause"
    assert loaded.plan.total_s == pytest.approx(240.0)


def test_the_dialog_never_shows_itself_and_touches_no_disk(
    qtbot: QtBot, paths: UserPaths, tmp_path: Path
) -> None:
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)
    assert not dialog.isVisible()
    assert list(tmp_path.iterdir()) == []
    assert dialog.tabs.count() == 2
    assert "MIT" in dialog.page_text(0)
    assert "anapana schema" in dialog.page_text(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reject()
    assert not dialog.isVisible()


def test_no_guilt_in_the_words(paths: UserPaths) -> None:
    text = plain(about_html(paths) + guide_html(paths)).lower()
    for unkind in ("missed", "streak", "you must", "failure", "!"):
        assert unkind not in text


def _links(html: str) -> list[str]:
    import re

    return re.findall(r'href="([^"]+)"', html)


def test_links_go_only_to_places_that_exist(paths: UserPaths, tmp_path: Path) -> None:
    from urllib.parse import unquote, urlparse

    from anapana.paths import format_guide

    html = about_html(paths) + guide_html(paths)
    links = _links(html)
    assert links, "the guide and the folders are linked"
    assert not [link for link in links if not link.startswith("file://")]  # no web address
    guide = format_guide().as_uri()
    assert guide in links and format_guide().is_file()
    for link in links:
        target = Path(unquote(urlparse(link).path))
        assert target == format_guide() or target.is_relative_to(tmp_path), link


def test_without_the_bundled_guide_it_is_named_not_linked(paths: UserPaths,
                                                          tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "session-format.md"
    html = about_html(paths, guide=missing) + guide_html(paths, guide=missing)
    assert missing.as_uri() not in html
    assert "docs/session-format.md" in plain(html)


def test_the_care_note_comes_first_and_says_where_to_find_help(paths: UserPaths) -> None:
    text = plain(about_html(paths))
    assert text.index("A gentle note") < text.index("Where your things live")
    assert "someone you trust" in text and "emergency number" in text
