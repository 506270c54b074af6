"""The desktop entry and AppStream metadata in other languages: packaging/po/<lang>.po,
merged by msgfmt into the installed files, which still pass their validators."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from anapana.i18n import LANGUAGES
from tests.script_module import load_script

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "packaging" / "po"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "io.github.anapana.Anapana.desktop"
METAINFO = LINUX / "io.github.anapana.Anapana.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install gettext desktop-file-utils "
                    "appstream)")
    return path


def _script() -> ModuleType:
    return load_script("translations")


def _entries(po: Path) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs of a .po file written without line wrapping."""
    text = po.read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "(.*)"\nmsgstr "(.*)"$', text, re.M)
    return [(msgid, msgstr) for msgid, msgstr in pairs if msgid]


def test_every_language_has_a_po_file_with_every_string() -> None:
    template = {msgid for msgid, _ in _entries(PO / "anapana-desktop.pot")}
    assert "Breathing and Meditation Timer" in template
    assert "Anapana" in template  # the desktop entry's Name; the metainfo's is not translated
    assert (PO / "LINGUAS").read_text(encoding="utf-8").split() == list(LANGUAGES)
    for language in LANGUAGES:
        assert {msgid for msgid, _ in _entries(PO / f"{language}.po")} == template, language


def test_the_installed_files_are_the_merge_of_templates_and_po(tmp_path: Path) -> None:
    """Run `python scripts/translations.py desktop` after changing a template or a .po."""
    _tool("msgfmt")
    _script().merge_desktop_files(PO, tmp_path)
    for made in (DESKTOP, METAINFO):
        assert (tmp_path / made.name).read_text(encoding="utf-8") == \
            made.read_text(encoding="utf-8"), f"{made.name} is out of date"


def test_translated_files_still_validate(tmp_path: Path) -> None:
    """Each language's name and summary reach the merged files, which stay valid."""
    _tool("msgfmt")
    _script().merge_desktop_files(PO, tmp_path)
    desktop = (tmp_path / DESKTOP.name).read_text(encoding="utf-8")
    metainfo = (tmp_path / METAINFO.name).read_text(encoding="utf-8")
    for language in LANGUAGES:
        strings = dict(_entries(PO / f"{language}.po"))
        generic = strings["Breathing and Meditation Timer"]
        summary = strings["Guided breathing, body scans and quiet sitting"]
        assert generic and summary, f"{language}.po is not filled in"
        assert f"GenericName[{language}]={generic}" in desktop, language
        assert f'<summary xml:lang="{language.replace("_", "-")}">{summary}' in metainfo \
            or f'<summary xml:lang="{language}">{summary}' in metainfo, language
    result = subprocess.run([_tool("desktop-file-validate"), str(tmp_path / DESKTOP.name)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net",
                             str(tmp_path / METAINFO.name)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_strings_are_translated(language: str) -> None:
    """TRANSLATION COMPLETENESS: fails, with the count, until packaging/po/<lang>.po is
    filled in."""
    entries = _entries(PO / f"{language}.po")
    empty = [msgid for msgid, msgstr in entries if not msgstr]
    assert not empty, (f"TRANSLATION INCOMPLETE: packaging/po/{language}.po: {len(empty)} of "
                       f"{len(entries)} strings untranslated; first: {empty[:3]}")
