"""Which sessions a search and a tag let through, as pure functions (no window)."""

from __future__ import annotations

from pathlib import Path

from anapana.app.library_search import entry_matches, is_shown, search_words, shown_ids
from anapana.core.library import LibraryEntry, load_entry
from anapana.paths import bundled_sessions_dir


def bundled() -> list[LibraryEntry]:
    return [load_entry(p, "bundled") for p in sorted(bundled_sessions_dir().glob("*.yaml"))]


def broken(tmp_path: Path) -> LibraryEntry:
    path = tmp_path / "wobbly.yaml"
    path.write_text("title: Wobbly\nsegments:\n  - breathe: One\n    pattern: 4-x\n")
    entry = load_entry(path, "user")
    assert not entry.ok
    return entry


def test_every_word_must_be_found_somewhere() -> None:
    entries = bundled()
    assert shown_ids(entries, search_words("BOX"), "") == {"box-breathing"}
    assert shown_ids(entries, search_words("box  calm-nonsense"), "") == set()
    assert shown_ids(entries, [], "") == {e.id for e in entries}
    # The group's name finds its members, in English or as the interface shows it.
    compassion = shown_ids(entries, search_words("compassion and emotions"), "")
    assert "loving-kindness-10" in compassion
    box = next(e for e in entries if e.id == "box-breathing")
    assert entry_matches(box, ["atmung"], "", group_name="atmung")
    assert not entry_matches(box, ["atmung"], "")


def test_a_tag_narrows_and_a_broken_file_is_never_hidden_by_one(tmp_path: Path) -> None:
    entries = [*bundled(), broken(tmp_path)]
    metta = shown_ids(entries, [], "metta")
    assert metta == {"loving-kindness-10", "loving-kindness-20", "wobbly"}
    wobbly = entries[-1]
    assert is_shown(wobbly, [], "")
    assert is_shown(wobbly, ["wobbly"], "metta")  # it has no tags to match: words decide
    assert not is_shown(wobbly, ["box"], "")
    assert not is_shown(wobbly, ["box"], "metta")
