"""Where a session's text overlays live and which languages they may be in.

Its own small module: the library looks for an overlay on every start, and reading one
(`core.session_text`) imports far more than finding it needs.
"""

from __future__ import annotations

TYPE_CHECKING = False  # `pathlib` only for the annotations: callers hand in paths
if TYPE_CHECKING:
    from pathlib import Path

OVERLAY_LANGUAGES: tuple[str, ...] = ("de", "fr", "es", "it", "pt-BR", "nl")
"""The languages an overlay may be in (BCP 47, as a session's `language:`)."""
TRANSLATIONS_FOLDER = "translations"
"""Overlays live in `<sessions folder>/translations/<lang>/`."""


def overlay_path(base: Path, language: str) -> Path:
    """Where the overlay of `base` in `language` lives (it may not exist)."""
    return base.parent / TRANSLATIONS_FOLDER / language / base.name


def overlay_language(ui_language: str) -> str | None:
    """The overlay folder for a UI language (`pt_BR` → `pt-BR`); None for English."""
    tag = ui_language.replace("_", "-")
    return next((lang for lang in OVERLAY_LANGUAGES if lang.lower() == tag.lower()), None)
