"""The mark that shows `pyside6-lupdate` a word to translate, usable without Qt.

Qt-free modules (the sound channels, the heart-rate assessment, the log's notices) keep
English words that the app shows in the user's language: they mark them here, and the
app translates them where it shows them, in the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the translation tools without translating it (PySide6's own is
    typed as returning `object`); translate it where it is shown."""
    del context
    return text
