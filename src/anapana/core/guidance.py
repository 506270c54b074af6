"""Eyes-closed guidance: what to say or play at each breath phase (no Qt).

With the eyes closed the pacer is heard, not seen: each phase can be announced by a
short word ("in", "hold", "out") or by a distinct soft tone (the built-in cues `in`,
`hold` and `out`: high, middle and low).
"""

from __future__ import annotations

PHASE_TONES: dict[str, str] = {
    "inhale": "in",
    "hold_in": "hold",
    "exhale": "out",
    "hold_out": "hold",
}
"""The built-in tone for each breath phase kind."""

_WORDS: dict[str, dict[str, str]] = {
    "en": {"inhale": "in", "hold": "hold", "exhale": "out"},
    "de": {"inhale": "ein", "hold": "halten", "exhale": "aus"},
    "fr": {"inhale": "inspire", "hold": "retiens", "exhale": "expire"},
    "es": {"inhale": "inhala", "hold": "sostén", "exhale": "exhala"},
    "nl": {"inhale": "in", "hold": "vasthouden", "exhale": "uit"},
}


def phase_word(kind: str, language: str | None = None) -> str | None:
    """The word to speak at the start of a phase of `kind`, or None (not a breath phase).

    `language` is a BCP 47 tag; languages without their own words use English.
    """
    base = (language or "en").replace("_", "-").split("-")[0].lower()
    words = _WORDS.get(base, _WORDS["en"])
    if kind == "inhale":
        return words["inhale"]
    if kind == "exhale":
        return words["exhale"]
    if kind in ("hold_in", "hold_out"):
        return words["hold"]
    return None


def phase_tone(kind: str) -> str | None:
    """The built-in tone for a phase of `kind`, or None (not a breath phase)."""
    return PHASE_TONES.get(kind)


def phase_words(language: str | None = None) -> list[str]:
    """Every phase word of `language` once (rendered ahead when eyes-closed words are on)."""
    words: list[str] = []
    for kind in ("inhale", "hold_in", "exhale"):
        word = phase_word(kind, language)
        if word and word not in words:
            words.append(word)
    return words
