"""Words that Qt-free modules hand to the app for translation, and their English.

The sound channels, the heart-rate assessment, the log's notices and the History page's
wording are Qt-free but their words are shown in the user's language. Such a module
marks a word with `QT_TRANSLATE_NOOP(context, text)` (the mark `pyside6-lupdate` finds;
list the module in `scripts/translations.py` WORDING) and says it through a `translate`
callable with the signature of Qt's `QCoreApplication.translate`: the app passes Qt's
(`anapana.app.translations.qt_translate`), the command line and tests use `english`.
"""

from __future__ import annotations

import re
from typing import Protocol

_PLACEHOLDER = re.compile(r"%([1-9])")


class Translate(Protocol):
    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translation tools without translating it (PySide6's own is
    typed as returning `object`); translate it where it is shown."""
    del context
    return text


def english_plural(text: str, n: int) -> str:
    """`%n session(s)` as English reads it, for a source string nobody translated."""
    if n >= 0:
        text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The untranslated source text (what Qt shows without a translator, plurals read)."""
    del context, disambiguation
    return english_plural(text, n)


def arg(text: str, *values: object) -> str:
    """`%1`…`%9` filled in one pass (like QString.arg), so a value holding `%2` (a file
    name) stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)
