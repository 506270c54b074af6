"""Content checks on the bundled session library in `sessions/`.

These read the YAML directly (safe loader only) and do not use the app's loader,
so they guard the library's content: every file has the texts a person needs to
choose a session, ids are usable, body-scan guidance is never silent, and the
breath-hold session carries its safety note. Whether each file is *valid* format 1
is checked by the loader's own test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

LIBRARY = Path(__file__).resolve().parent.parent / "sessions"
KEBAB_CASE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
REQUIRED_TEXTS = ("title", "summary", "description")
ALLOWED_CUES = {"rise", "fall", "tick", "chime", "bowl", "gong", "none"}


def library_files() -> list[Path]:
    return sorted(LIBRARY.glob("*.yaml")) + sorted(LIBRARY.glob("*.yml"))


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: the top level must be a mapping"
    return data


def segments_of(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every segment, looking inside `repeat` groups."""
    for segment in items:
        yield segment
        if "repeat" in segment:
            yield from segments_of(segment["segments"])


def cue_maps(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "cues" in data:
        yield data["cues"]
    for segment in segments_of(data["segments"]):
        if "cues" in segment:
            yield segment["cues"]


FILES = library_files()
IDS = [path.stem for path in FILES]


def test_library_has_at_least_fifteen_sessions() -> None:
    assert len(FILES) >= 15, [p.name for p in FILES]


def test_ids_are_unique_kebab_case() -> None:
    bad = [stem for stem in IDS if not KEBAB_CASE.fullmatch(stem)]
    assert bad == []
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_session_has_texts_tags_and_segments(path: Path) -> None:
    data = load(path)
    for key in REQUIRED_TEXTS:
        assert isinstance(data.get(key), str), f"{path.name}: {key} missing"
        assert data[key].strip(), f"{path.name}: {key} is empty"
    assert "\n" not in data["summary"].strip(), f"{path.name}: summary must be one line"
    tags = data.get("tags")
    assert isinstance(tags, list), f"{path.name}: tags missing"
    assert tags, f"{path.name}: no tags"
    assert all(isinstance(tag, str) and tag for tag in tags)
    segments = data.get("segments")
    assert isinstance(segments, list), f"{path.name}: segments missing"
    assert segments, f"{path.name}: no segments"
    assert data.get("format", 1) == 1
    assert data.get("language") == "en"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_body_scan_steps_have_spoken_guidance(path: Path) -> None:
    for segment in segments_of(load(path)["segments"]):
        if "body_scan" not in segment:
            continue
        steps = segment["steps"]
        assert steps, f"{path.name}: a body scan without steps"
        for step in steps:
            if isinstance(step, str):
                assert step.strip(), f"{path.name}: an empty step"
                continue
            assert str(step.get("focus", "")).strip(), f"{path.name}: a step without focus"
            if "say" in step:
                assert str(step["say"]).strip(), f"{path.name}: {step['focus']}: empty say"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_cues_use_built_in_names(path: Path) -> None:
    for cues in cue_maps(load(path)):
        unknown = {str(sound) for sound in cues.values()} - ALLOWED_CUES
        assert unknown == set(), f"{path.name}: {unknown}"


def test_body_scans_of_each_advertised_length_exist() -> None:
    for minutes in (5, 10, 20, 45):
        assert f"body-scan-{minutes}" in IDS


def test_long_body_scan_moves_from_the_feet_to_the_head() -> None:
    data = load(LIBRARY / "body-scan-45.yaml")
    (scan,) = [s for s in data["segments"] if "body_scan" in s]
    focuses = [(step if isinstance(step, str) else step["focus"]).lower() for step in scan["steps"]]
    assert len(focuses) >= 30
    first_toes = next(i for i, focus in enumerate(focuses) if "toes" in focus)
    crown = next(i for i, focus in enumerate(focuses) if "crown" in focus)
    assert first_toes < crown
    assert any("whole body" in focus for focus in focuses[crown:])


def test_wim_hof_rounds_carry_the_safety_note() -> None:
    (path,) = [p for p in FILES if "wim-hof" in p.stem]
    description = load(path)["description"].lower()
    for word in ("water", "driving", "dizzy", "pregnan", "heart", "epilepsy"):
        assert word in description, word


def test_wim_hof_rounds_repeat_with_an_open_retention() -> None:
    (path,) = [p for p in FILES if "wim-hof" in p.stem]
    groups = [s for s in load(path)["segments"] if "repeat" in s]
    assert groups and groups[0]["repeat"] >= 3
    patterns = [s.get("pattern") for s in segments_of(groups[0]["segments"])]
    assert "open" in repr(patterns)


def test_new_session_template_shows_each_kind_and_the_schema_command() -> None:
    template = LIBRARY.parent / "assets" / "templates" / "new-session.yaml"
    text = template.read_text(encoding="utf-8")
    assert "anapana schema > anapana.schema.json" in text
    assert "yaml-language-server" not in text
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    assert data["title"].strip()
    kinds = {next(iter(segment)) for segment in data["segments"]}
    assert kinds == {"breathe", "body_scan", "silence", "prompt"}
    assert "repeat:" in text  # shown as a comment
