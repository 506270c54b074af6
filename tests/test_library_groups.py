"""The library's order, as pure functions: groups by kind, then natural sort by title."""

from __future__ import annotations

from pathlib import Path

from anapana.app.library_groups import GROUPS, group_of, grouped, natural_key
from anapana.core.library import LibraryEntry, load_entry
from anapana.paths import bundled_sessions_dir


def bundled() -> list[LibraryEntry]:
    return [load_entry(p, "bundled") for p in sorted(bundled_sessions_dir().glob("*.yaml"))]


def test_numbers_sort_as_numbers() -> None:
    titles = ["Body scan, 45 minutes", "Body scan, 5 minutes", "Body scan, 10 minutes",
              "Resonance pace, 6.5 breaths", "Resonance pace, 4.5 breaths",
              "Resonance pace, 5 breaths"]
    assert sorted(titles, key=natural_key) == [
        "Body scan, 5 minutes", "Body scan, 10 minutes", "Body scan, 45 minutes",
        "Resonance pace, 4.5 breaths", "Resonance pace, 5 breaths",
        "Resonance pace, 6.5 breaths"]
    assert natural_key("Box") == natural_key("box")


def test_every_bundled_session_has_a_group_of_its_kind() -> None:
    groups = {entry.id: group_of(entry) for entry in bundled()}
    assert set(groups.values()) == set(GROUPS) - {"Your sessions"}
    assert groups["box-breathing"] == "Breathing"
    assert groups["body-scan-45"] == "Body scans"
    assert groups["evening-inner-healing"] == "Compassion and emotions"
    assert groups["silent-sit-20"] == "Sits"
    assert groups["breathing-space-3"] == "Meditation"
    assert groups["morning-arrive"] == "Meditation"


def test_user_files_are_your_sessions_even_when_broken(tmp_path: Path) -> None:
    good = tmp_path / "mine.yaml"
    good.write_text("title: Mine\ntags: [breathing]\nsegments:\n  - silence: S\n"
                    "    duration: 1m\n", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [\n", encoding="utf-8")
    entries = [load_entry(good, "user"), load_entry(broken, "user")]
    assert [group_of(e) for e in entries] == ["Your sessions", "Your sessions"]
    (group, members), = grouped(entries)
    assert group == "Your sessions" and [e.id for e in members] == ["broken", "mine"]


def test_grouped_keeps_the_group_order() -> None:
    order = [group for group, _members in grouped(bundled())]
    assert order == [g for g in GROUPS if g in order]
