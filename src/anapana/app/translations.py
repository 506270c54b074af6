"""The app's words in the user's language: Qt translators, and `arg` for placeholders.

Sources are English with `%1`, `%2` placeholders (filled by `arg`) and `%n` for counted
things (filled by Qt, which also picks the plural form). English itself needs no
catalogue: `EnglishPlurals` turns `minute(s)` into `minute` or `minutes`.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from anapana.i18n import LANGUAGES
from anapana.i18n.wording import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from anapana.i18n.wording import arg as arg
from anapana.i18n.wording import english_plural

log = logging.getLogger(__name__)
CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"

_PLURAL = re.compile(r"\((s|es)\)")


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` as a Qt-free module's `Translate`
    (`anapana.i18n.wording`); an untranslated `%n item(s)` still reads as English."""
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)


class EnglishPlurals(QTranslator):
    """The English plural of a counted source text: `%n minute(s)` → `1 minute`, `5 minutes`.

    Installed first, so a real catalogue (installed later) is asked before it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0 or "(" not in source:
            return None  # type: ignore[return-value]  # a null QString: Qt keeps the source
        return _PLURAL.sub("" if n == 1 else r"\1", source)

    def isEmpty(self) -> bool:
        return False


# -- loading the catalogues ------------------------------------------------------------

UI_LANGUAGES: tuple[str, ...] = ("en", *LANGUAGES)
"""What the interface can speak: English (the sources) and the translated languages."""
PSEUDO = "pseudo"
"""`LANGUAGE=pseudo anapana`: longer, accented, bracketed words (`anapana.i18n.pseudo`),
to see clipped labels and words that miss the translation system."""

_installed: list[QTranslator] = []
"""The translators in use (Qt holds them by pointer only: they must stay alive)."""
_language: list[str] = ["en"]
"""The language `install_translations` set up last."""


def installed_language() -> str:
    """The interface language in use (`en` until `install_translations` sets another)."""
    return _language[0]


def ui_language(chosen: str = "", environ: Mapping[str, str] | None = None,
                system: str | None = None) -> str:
    """The interface language: the chosen one, else the first the system asks for that the
    app speaks (LANGUAGE's list, then LC_ALL, LC_MESSAGES, LANG, as gettext does), else
    English. `pt` means Brazilian Portuguese (the only Portuguese there is)."""
    if chosen in UI_LANGUAGES or chosen == PSEUDO:
        return chosen
    env = os.environ if environ is None else environ
    wanted: list[str] = []
    if env.get("LANGUAGE"):
        wanted += env["LANGUAGE"].split(":")
    wanted += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if not any(wanted):
        wanted.append(system if system is not None else QLocale.system().name())
    for name in wanted:
        found = _supported(name)
        if found is not None:
            return found
    return "en"


def _supported(name: str) -> str | None:
    if name == PSEUDO:
        return PSEUDO
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if not base or base in ("C", "POSIX"):
        return None
    language = base.split("_", 1)[0].lower()
    if language == "pt":
        return "pt_BR"
    if language == "en":
        return "en"
    return language if language in LANGUAGES else None


def catalogue_path(language: str, cache: Path | None = None) -> Path | None:
    """The compiled catalogue: shipped beside the sources (wheel, bundle), or compiled
    from the `.ts` into `cache` on first use in a source checkout (the pseudo-locale is
    always made there, from the German catalogue's sources)."""
    shipped = CATALOGUES / f"anapana_{language}.qm"
    if shipped.is_file():
        return shipped
    source = CATALOGUES / f"anapana_{'de' if language == PSEUDO else language}.ts"
    if cache is None or not source.is_file():
        return None
    compiled = cache / "i18n" / f"anapana_{language}.qm"
    import subprocess  # only to compile a catalogue: kept off the way to the first paint

    try:
        if compiled.is_file() and compiled.stat().st_mtime >= source.stat().st_mtime:
            return compiled
        compiled.parent.mkdir(parents=True, exist_ok=True)
        if language == PSEUDO:
            from anapana.i18n.pseudo import pseudo_catalogue

            pseudo_source = compiled.with_suffix(".ts")
            pseudo_catalogue(source, pseudo_source)
            source = pseudo_source
        lrelease = _lrelease()
        if lrelease is None:
            log.warning("no pyside6-lrelease to compile %s; the app stays in English", source)
            return None
        partial = compiled.with_name(compiled.name + ".part")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(partial)],
                       check=True, timeout=60, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        partial.replace(compiled)
    except (OSError, ValueError, subprocess.SubprocessError) as error:
        log.warning("could not compile %s: %s", source, error)
        return None
    return compiled


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def install_translations(app: QCoreApplication, language: str = "en",
                         cache: Path | None = None) -> list[str]:
    """Install the translators for `language` (English plurals always, then Qt's own
    words and the app's); set the default QLocale so numbers and dates follow. Returns
    what was loaded, for the log. Safe to call again: the previous ones are removed."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    english = EnglishPlurals(app)
    app.installTranslator(english)
    _installed.append(english)
    loaded: list[str] = []
    _language[0] = language
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = catalogue_path(language, cache)
        for folder, name in ((qt_folder, f"qtbase_{language}.qm"),
                             (str(own.parent) if own else "", own.name if own else "")):
            translator = QTranslator(app)
            if name and translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(str(Path(folder) / name))
        if language != PSEUDO:
            QLocale.setDefault(QLocale(language))
    return loaded
