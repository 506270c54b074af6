"""Session text overlays: the keys a file has, checking an overlay, and the plan it gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from anapana.core.library import load_entry
from anapana.core.loader import load_session, load_translated
from anapana.core.plan_cache import PlanCache
from anapana.core.problems import SessionInvalid
from anapana.core.session_text import (
    OVERLAY_LANGUAGES,
    overlay_path,
    text_fields,
)
from anapana.core.yaml_source import read_source

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = ROOT / "sessions"

BASE = """\
format: 1
title: Feet and breath
summary: A short scan.
reflect: What did you notice?
segments:
  - body_scan: Scan
    intro: Lie down.
    steps:
      - Left foot
      - focus: Both hands
        say: Feel both hands.
        duration: 6s
    duration: 20s
  - repeat: 2
    segments:
      - breathe: Slow
        pattern: 4-6
        cycles: 2
      - prompt: Notice
        text: Notice the breath.
        duration: 5s
"""

KEYS = ["title", "summary", "reflect", "segments.0.title", "segments.0.intro",
        "segments.0.steps.0.focus", "segments.0.steps.1.focus", "segments.0.steps.1.say",
        "segments.1.segments.0.title", "segments.1.segments.1.title",
        "segments.1.segments.1.text"]

GERMAN = {
    "title": "Füße und Atem", "summary": "Ein kurzer Scan.", "reflect": "Was hast du bemerkt?",
    "segments.0.title": "Scan", "segments.0.intro": "Leg dich hin.",
    "segments.0.steps.0.focus": "Linker Fuß", "segments.0.steps.1.focus": "Beide Hände",
    "segments.0.steps.1.say": "Spüre beide Hände.", "segments.1.segments.0.title": "Langsam",
    "segments.1.segments.1.title": "Bemerken", "segments.1.segments.1.text": "Bemerke den Atem.",
}


def write(folder: Path, text: dict[str, Any], **header: Any) -> tuple[Path, Path]:
    base = folder / "scan.yaml"
    base.write_text(BASE, encoding="utf-8")
    language = header.get("language", "de")
    overlay = overlay_path(base, language if language in OVERLAY_LANGUAGES else "de")
    overlay.parent.mkdir(parents=True, exist_ok=True)
    document = {"translation": 1, "language": "de", **header, "text": text}
    overlay.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False),
                       encoding="utf-8")
    return base, overlay


def masked(plan_json: dict[str, Any]) -> dict[str, Any]:
    """A plan's JSON with every word taken out: what must not change between languages."""
    plan_json = {**plan_json, "title": "…"}
    plan_json["segments"] = [{**s, "title": "…"} for s in plan_json["segments"]]
    plan_json["phases"] = [{**p, "text": "…"} if "text" in p else p for p in plan_json["phases"]]
    plan_json["speech"] = [{**s, "text": "…"} for s in plan_json["speech"]]
    return plan_json


def test_text_fields_lists_each_text_by_position(tmp_path: Path) -> None:
    base, _ = write(tmp_path, GERMAN)
    fields = text_fields(read_source(base).data)
    assert list(fields) == KEYS
    assert fields["segments.0.steps.0.focus"] == ("segments", 0, "steps", 0)
    assert fields["segments.1.segments.1.text"] == ("segments", 1, "segments", 1, "text")


def test_an_overlay_changes_the_words_and_nothing_else(tmp_path: Path) -> None:
    base, overlay = write(tmp_path, GERMAN)
    english = load_session(base)
    german = load_translated(base, overlay)
    assert german.header.title == "Füße und Atem"
    assert german.plan.language == "de"
    assert german.plan.reflect == "Was hast du bemerkt?"
    assert [p.text for p in german.plan.phases if p.kind == "step"] == ["Linker Fuß",
                                                                       "Beide Hände"]
    assert masked(german.plan.to_json()) == masked(english.plan.to_json())
    # "Linker Fuß" names no area in English words: the areas are the base's.
    steps = [(p.areas, p.side) for p in german.plan.phases if p.kind == "step"]
    assert steps == [(("feet",), "left"), (("hands",), None)]
    assert steps == [(p.areas, p.side) for p in english.plan.phases if p.kind == "step"]
    shown = {id(p) for p in german.plan.phases}
    assert all(id(e.item) in shown for e in german.plan.events if e.item.__class__.__name__
               == "PlanPhase")  # the player's events are the plan's own phases


@pytest.mark.parametrize("base", sorted(SESSIONS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_bundled_overlay_keeps_the_plan(base: Path) -> None:
    english = load_session(base).plan
    for language in OVERLAY_LANGUAGES:
        overlay = overlay_path(base, language)
        if not overlay.is_file():
            continue  # completeness is test_translations_complete's business
        translated = load_translated(base, overlay).plan
        assert translated.language == language
        assert masked(translated.to_json()) == masked(english.to_json()), overlay
        assert [(p.areas, p.side) for p in translated.phases] == \
            [(p.areas, p.side) for p in english.phases]


def problems_of(base: Path, overlay: Path) -> list[str]:
    with pytest.raises(SessionInvalid) as raised:
        load_translated(base, overlay)
    return [str(p) for p in raised.value.problems]


def test_missing_and_extra_keys_are_named_at_their_place(tmp_path: Path) -> None:
    text = {k: v for k, v in GERMAN.items() if k != "segments.0.steps.1.say"}
    text["segments.0.steps.1.sag"] = "Spüre beide Hände."
    base, overlay = write(tmp_path, text)
    found = problems_of(base, overlay)
    assert any("missing key 'segments.0.steps.1.say' (the text at scan.yaml line 11)" in p
               and p.startswith("scan.yaml:3:1:") for p in found), found
    extra = [p for p in found if "extra key 'segments.0.steps.1.sag'" in p]
    assert extra and "did you mean 'segments.0.steps.1.say'" in extra[0]
    assert extra[0].startswith("scan.yaml:")


def test_values_language_and_version_are_checked(tmp_path: Path) -> None:
    base, overlay = write(tmp_path, {**GERMAN, "title": ["Füße"], "summary": "  "},
                          translation=2, language="klingon")
    found = problems_of(base, overlay)
    assert any(p.startswith("scan.yaml:1:14: translation: 2 is not a version") for p in found)
    assert any(p.startswith("scan.yaml:2:11: unknown language 'klingon'") for p in found)
    assert any("'title' must be text" in p for p in found)
    assert any("'summary' is empty" in p for p in found)


def test_hostile_overlays_are_refused_with_a_place(tmp_path: Path) -> None:
    base, overlay = write(tmp_path, GERMAN)
    for text in ("translation: 1\nlanguage: de\ntext: !!python/object:os.system {}\n",
                 "translation: 1\nlanguage: de\ntext: [a, b\n", "- a list\n", ""):
        overlay.write_text(text, encoding="utf-8")
        found = problems_of(base, overlay)
        assert found and all(p.startswith("scan.yaml:") for p in found), found


def test_the_library_speaks_the_language_and_caches_it_apart(tmp_path: Path) -> None:
    base, overlay = write(tmp_path, GERMAN)
    cache = PlanCache(tmp_path / "cache")
    english = load_entry(base, "bundled", cache)
    first = load_entry(base, "bundled", cache, "de")
    again = load_entry(base, "bundled", cache, "de")
    assert english.loaded is not None and english.loaded.header.title == "Feet and breath"
    assert first.loaded is not None and again.loaded is not None
    assert again.loaded._stored_plan is not None  # read from the cache
    assert again.loaded.header.title == "Füße und Atem"
    assert again.loaded.plan.language == "de"
    assert again.loaded.plan == first.loaded.plan  # body areas and sides included
    assert [p.areas for p in again.loaded.plan.phases if p.kind == "step"] == [("feet",),
                                                                             ("hands",)]
    assert again.loaded.session.language == "de"  # read again through the overlay
    assert load_entry(base, "bundled", cache).loaded.header.title == "Feet and breath"  # type: ignore[union-attr]
    # The overlay changes: the cached German entry is not used any more.
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("Füße und Atem", "Füße"),
                       encoding="utf-8")
    assert load_entry(base, "bundled", cache, "de").loaded.header.title == "Füße"  # type: ignore[union-attr]
    # No overlay for a language, or a broken one: the session keeps its own words.
    assert load_entry(base, "bundled", cache, "fr").loaded.header.title == "Feet and breath"  # type: ignore[union-attr]
    overlay.write_text("translation: 1\nlanguage: de\ntext: {}\n", encoding="utf-8")
    assert load_entry(base, "bundled", None, "de").loaded.header.title == "Feet and breath"  # type: ignore[union-attr]


def test_validate_checks_overlays(tmp_path: Path) -> None:
    base, overlay = write(tmp_path, {**GERMAN, "extra": "x"})
    for target in (base, overlay):
        result = subprocess.run([sys.executable, "-m", "anapana", "validate", str(target)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 1
        assert f"{overlay}:" in result.stdout and "extra key 'extra'" in result.stdout


def test_the_overlay_language_chooses_the_voice() -> None:
    from anapana.sound.tts.engine import base_language
    from anapana.sound.tts.espeak_ng import EspeakEngine

    engine = EspeakEngine()
    if not engine.available():
        pytest.skip("espeak-ng is not installed")
    plan = load_translated(SESSIONS / "body-scan-5.yaml",
                           overlay_path(SESSIONS / "body-scan-5.yaml", "de")).plan
    for language in OVERLAY_LANGUAGES:
        voice = engine.voice_for(language)
        assert voice is not None and base_language(voice.language) == base_language(language)
    voice = engine.voice_for(plan.language)
    assert voice is not None and voice.language == "de"
