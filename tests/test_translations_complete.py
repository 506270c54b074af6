"""Every language is complete: the interface catalogues and the session text overlays.

TRANSLATION COMPLETENESS: `test_catalogue_has_no_unfinished_entries[<lang>]` fails, with
the count, until the translators have filled `src/anapana/i18n/anapana_<lang>.ts`
(`python scripts/translations.py check` prints the same counts). The other tests here
check what is filled in: placeholders and plural forms as the source has them, the
catalogues up to date with the code, and every bundled session overlaid in every language.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from anapana.core.loader import load_translated
from anapana.core.problems import SessionInvalid
from anapana.core.session_text import OVERLAY_LANGUAGES, overlay_path
from anapana.i18n import LANGUAGES
from anapana.i18n.ts_file import is_counted, plural_count, problems_of, read_ts
from tests.script_module import load_script

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "src" / "anapana" / "i18n"
SESSIONS = sorted((ROOT / "sessions").glob("*.yaml"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_unfinished_entries(language: str) -> None:
    messages = read_ts(CATALOGUES / f"anapana_{language}.ts").messages
    unfinished = [m for m in messages if not m.finished]
    assert not unfinished, (
        f"TRANSLATION INCOMPLETE: {language}: {len(unfinished)} of {len(messages)} entries "
        f"unfinished (python scripts/translations.py todo {language}); first: "
        + "; ".join(f"{m.context}: {m.source!r}" for m in unfinished[:3]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    messages = read_ts(CATALOGUES / f"anapana_{language}.ts").messages
    wrong = [f"{m.context}: {m.source!r}: {problem}" for m in messages if m.finished
             for problem in problems_of(m, language)]
    assert not wrong, "\n".join(wrong)
    for message in messages:
        assert message.numerus == is_counted(message.source), message.source
        if message.numerus:
            assert len(message.forms) == plural_count(language), message.source


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """A string added to the app without `scripts/translations.py update` fails here."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = CATALOGUES / f".test_fresh_{tmp_path.name}.ts"
    sources = [str(p) for p in load_script("translations").sources()]  # as `update` does
    try:
        subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", "-silent",
                        "-no-obsolete", *sources, "-ts", str(fresh)], check=True, timeout=120)
        wanted = {m.key for m in read_ts(fresh).messages}
    finally:
        fresh.unlink(missing_ok=True)
    for language in LANGUAGES:
        held = {m.key for m in read_ts(CATALOGUES / f"anapana_{language}.ts").messages}
        assert wanted == held, (f"{language}: run `python scripts/translations.py update`; "
                                f"new: {sorted(wanted - held)[:5]}, "
                                f"gone: {sorted(held - wanted)[:5]}")


@pytest.mark.parametrize("language", OVERLAY_LANGUAGES)
def test_every_session_has_a_valid_overlay(language: str) -> None:
    missing, invalid = [], []
    for base in SESSIONS:
        overlay = overlay_path(base, language)
        if not overlay.is_file():
            missing.append(base.name)
            continue
        try:
            load_translated(base, overlay)
        except SessionInvalid as error:
            invalid.append(str(error))
    assert not missing, f"{language}: no overlay for {len(missing)} sessions: {missing}"
    assert not invalid, "\n".join(invalid)


def test_no_overlay_is_left_without_its_session() -> None:
    names = {p.name for p in SESSIONS}
    strays = [str(p.relative_to(ROOT)) for p in (ROOT / "sessions" / "translations").rglob("*")
              if p.is_file() and (p.parent.name not in OVERLAY_LANGUAGES or p.name not in names)]
    assert not strays, strays


def texts_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in texts_of(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in texts_of(item)]
    return []


def test_french_overlays_keep_french_typography() -> None:
    """A no-break space before `: ; ? !` and inside « », so a line never wraps there
    (speech is unaffected: engines get plain spaces, `tts.engine.spoken_form`)."""
    plain_space = re.compile(r"\S [:;?!»]|« \S")
    found = []
    for path in sorted((ROOT / "sessions" / "translations" / "fr").glob("*.yaml")):
        for text in texts_of(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found += [f"{path.name}: …{m.group()}…" for m in plain_space.finditer(text)]
    assert not found, "\n".join(found[:10])
