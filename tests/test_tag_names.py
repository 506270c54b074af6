"""Session tags in the user's language: the bundled sessions' tag words are translated
where they are shown (the list's second line, the tag filter, the details pane), a tag of
the user's own is shown as written, the filter filters by the tag itself and a search
finds a tag by either name."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtGui import QPainter
from pytestqt.qtbot import QtBot

from anapana.app import library_view
from anapana.app.library_model import ENTRY_ROLE
from anapana.app.library_search import is_shown, search_words
from anapana.app.library_view import LibraryView
from anapana.app.tag_names import VOCABULARY, tag_name
from anapana.core.library import LibraryEntry, load_entry
from anapana.i18n import LANGUAGES
from anapana.i18n.ts_file import read_ts
from anapana.paths import bundled_sessions_dir

pytestmark = pytest.mark.gui
CATALOGUES = Path(library_view.__file__).resolve().parent.parent / "i18n"
OWN_TAG = "Zazen am Fluss"


def bundled() -> list[LibraryEntry]:
    return [load_entry(p, "bundled") for p in sorted(bundled_sessions_dir().glob("*.yaml"))]


def own_session(tmp_path: Path) -> LibraryEntry:
    path = tmp_path / "river.yaml"
    path.write_text(f"title: By the river\ntags: [sleep, '{OWN_TAG}']\n"
                    "segments:\n  - silence: Sit\n    duration: 5m\n", encoding="utf-8")
    entry = load_entry(path, "user")
    assert entry.ok, entry.problems
    return entry


def shown_entries(view: LibraryView) -> list[LibraryEntry]:
    rows = (view.filter.index(row, 0).data(ENTRY_ROLE) for row in range(view.filter.rowCount()))
    return [entry for entry in rows if entry is not None]


def filter_items(view: LibraryView) -> dict[str, str]:
    """The tag filter's items: shown name → the tag it filters by."""
    combo = view.tag_filter
    return {combo.itemText(i): combo.itemData(i) for i in range(1, combo.count())}


def test_the_vocabulary_holds_every_tag_the_bundled_sessions_use() -> None:
    used = {tag for path in bundled_sessions_dir().glob("*.yaml")
            for tag in yaml.safe_load(path.read_text(encoding="utf-8")).get("tags") or []}
    assert used - VOCABULARY == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tag_word_has_a_translation_in_every_catalogue(language: str) -> None:
    messages = {m.source: m for m in read_ts(CATALOGUES / f"anapana_{language}.ts").messages
                if m.context == "SessionTags"}
    assert set(messages) == set(VOCABULARY)
    assert all(m.finished and m.translation.strip() for m in messages.values())
    if language == "de":  # German writes every one of them differently
        assert all(m.translation != m.source for m in messages.values())


def test_in_english_every_tag_is_shown_as_written(qapp: Any) -> None:
    assert tag_name("body-scan") == "body-scan"
    assert tag_name(OWN_TAG) == OWN_TAG


def test_the_german_library_shows_german_tags_and_filters_by_the_tag_itself(
        qtbot: QtBot, german: None, tmp_path: Path) -> None:
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_entries([*bundled(), own_session(tmp_path)])
    items = filter_items(view)
    assert view.tag_filter.itemText(0) == "Alle Schlagwörter"
    assert items["Schlaf"] == "sleep" and items["Body-Scan"] == "body-scan"
    assert items[OWN_TAG] == OWN_TAG  # not in the vocabulary: as written
    assert "sleep" not in items and "body-scan" not in items

    view.tag_filter.setCurrentIndex(view.tag_filter.findText("Schlaf"))
    sleepy = shown_entries(view)
    assert sleepy and all(e.loaded and "sleep" in e.loaded.header.tags for e in sleepy)
    assert any(e.origin == "user" for e in sleepy)

    view.tag_filter.setCurrentIndex(view.tag_filter.findText(OWN_TAG))
    assert [e.id for e in shown_entries(view)] == ["river"]
    assert view.detail_meta.text() == f"5 Min. · Schlaf, {OWN_TAG} · deine Sitzung"


def test_the_german_list_line_shows_german_tags(qtbot: QtBot, german: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []
    draw_text = QPainter.drawText

    def spy(painter: QPainter, *args: Any) -> Any:
        drawn.extend(a for a in args if isinstance(a, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_entries([e for e in bundled() if e.id == "body-scan-20"])
    view.show()
    view.list.grab()
    line = next(text for text in drawn if text.startswith("20 Min."))
    assert line == "20 Min. · Body-Scan · Entspannung · Schlaf"


def test_a_search_finds_a_tag_by_its_shown_name_and_by_the_tag(
        german: None, tmp_path: Path) -> None:
    entries = [*bundled(), own_session(tmp_path)]
    for words in ("selbstmitgefühl", "self-compassion"):
        found = {e.id for e in entries if is_shown(e, search_words(words), "", "", tag_name)}
        assert found == {"self-compassion-break"}, words
    found = {e.id for e in entries if is_shown(e, search_words("zazen fluss"), "", "", tag_name)}
    assert found == {"river"}


def test_the_filter_lists_tags_in_the_order_of_their_french_names(
        qtbot: QtBot, qapp: Any, catalogue_cache: Path) -> None:
    from PySide6.QtCore import QLocale

    from anapana.app.translations import install_translations

    locale = QLocale()
    install_translations(qapp, "fr", catalogue_cache)
    try:
        view = LibraryView()
        qtbot.addWidget(view)
        view.set_entries(bundled())
        names = list(filter_items(view))
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(locale)
    # accented words among their letter, not after z
    assert names.index("calme") < names.index("écriture") < names.index("émotions") \
        < names.index("évaluation") < names.index("humeur")
    assert names.index("énergie") < names.index("évaluation")
