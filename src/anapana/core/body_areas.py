"""The body areas a body-scan step can name, and how they are read from words.

A step's `area:` names one area, several (`lower legs and knees`, or a list), or `none`.
When a step gives no `area:`, `infer_areas` reads its focus words instead: the body map
lights whatever it recognises and simply shows no highlight for words it does not know.
The canonical names are what the plan carries and the body map draws.

A step about one side ("Left foot", `area: right hand`) carries that side too, and the
body map lights only that half. The figure faces you like a mirror: your left side is
drawn on the left of the screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Literal

Side = Literal["left", "right"]

AREAS: tuple[str, ...] = (
    "feet", "lower legs", "knees", "thighs", "hips and pelvis", "belly", "chest", "back",
    "hands", "arms", "shoulders", "neck and throat", "face", "head", "whole body",
)
"""The canonical areas, from the feet up; the body map draws each of them."""

WHOLE_BODY = "whole body"
NO_AREA = "none"
"""Written as `area: none`: a step that is about no part of the body (thoughts, sounds)."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    # feet
    "foot": ("feet",), "toes": ("feet",), "toe": ("feet",), "soles": ("feet",),
    "sole": ("feet",), "heels": ("feet",), "heel": ("feet",),
    # lower legs
    "lower leg": ("lower legs",), "ankles": ("lower legs",), "ankle": ("lower legs",),
    "calves": ("lower legs",), "calf": ("lower legs",), "shins": ("lower legs",),
    "shin": ("lower legs",),
    "knee": ("knees",),
    "thigh": ("thighs",), "upper legs": ("thighs",), "upper leg": ("thighs",),
    "legs": ("lower legs", "knees", "thighs"), "leg": ("lower legs", "knees", "thighs"),
    # hips and pelvis
    "hips": ("hips and pelvis",), "hip": ("hips and pelvis",), "pelvis": ("hips and pelvis",),
    "buttocks": ("hips and pelvis",), "seat": ("hips and pelvis",),
    "sit bones": ("hips and pelvis",), "sitting bones": ("hips and pelvis",),
    # trunk
    "abdomen": ("belly",), "stomach": ("belly",), "tummy": ("belly",), "navel": ("belly",),
    "heart": ("chest",), "ribs": ("chest",), "rib cage": ("chest",), "ribcage": ("chest",),
    "lungs": ("chest",),
    "lower back": ("back",), "upper back": ("back",), "spine": ("back",),
    "shoulder blades": ("back",),
    "torso": ("belly", "chest", "back"), "trunk": ("belly", "chest", "back"),
    "breath": ("belly", "chest"), "breathing": ("belly", "chest"),
    # arms
    "hand": ("hands",), "fingers": ("hands",), "finger": ("hands",), "palms": ("hands",),
    "palm": ("hands",), "thumbs": ("hands",), "wrists": ("hands",), "wrist": ("hands",),
    "arm": ("arms",), "elbows": ("arms",), "elbow": ("arms",), "forearms": ("arms",),
    "upper arms": ("arms",),
    "shoulder": ("shoulders",),
    # neck and head
    "neck": ("neck and throat",), "throat": ("neck and throat",),
    "jaw": ("face",), "eyes": ("face",), "eye": ("face",), "mouth": ("face",),
    "lips": ("face",), "tongue": ("face",), "nose": ("face",), "cheeks": ("face",),
    "forehead": ("face",), "brow": ("face",), "ears": ("head",), "scalp": ("head",),
    "top of the head": ("head",), "crown": ("head",), "back of the head": ("head",),
    # everything
    "body": (WHOLE_BODY,), "the whole body": (WHOLE_BODY,), "entire body": (WHOLE_BODY,),
    "everywhere": (WHOLE_BODY,),
}
"""More words for the areas, as people write them; one word may mean several areas."""

_WORDS: dict[str, tuple[str, ...]] = {**{a: (a,) for a in AREAS}, **SYNONYMS}
_SIDES = re.compile(r"\b(left|right|both|the|your|my)\b")
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|/|\band\b)\s*")
# Longest phrases first, so "lower back" wins over "back" and "whole body" over "body".
_PHRASES = sorted(_WORDS, key=len, reverse=True)
_FIND = re.compile(r"\b(" + "|".join(re.escape(p) for p in _PHRASES) + r")\b")


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def vocabulary() -> tuple[str, ...]:
    """Every word `area:` accepts, canonical names first (for messages and the schema)."""
    return (*AREAS, *SYNONYMS, NO_AREA)


def _ordered(found: Iterable[str]) -> tuple[str, ...]:
    chosen = set(found)
    if WHOLE_BODY in chosen:
        return (WHOLE_BODY,)
    return tuple(a for a in AREAS if a in chosen)


def _one(name: str) -> tuple[str, ...] | None:
    words = _normal(name)
    if words in _WORDS:
        return _WORDS[words]
    bare = " ".join(_SIDES.sub(" ", words).split())
    return _WORDS.get(bare)


def parse_area(value: object) -> tuple[str, ...]:
    """The canonical areas an `area:` value names; ValueError says what was expected.

    A value is one name (`thighs`), names joined by `and` or commas (`lower legs and
    knees`), a list of names, or `none` (an empty tuple: no highlight).
    """
    items: list[object] = list(value) if isinstance(value, list) else [value]
    if not items:
        raise ValueError("expected at least one body area, like [feet, lower legs]")
    found: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"expected a body area such as {', '.join(AREAS[:4])} or "
                             f"whole body, got {_describe(item)}")
        if _normal(item) == NO_AREA:
            if len(items) > 1:
                raise ValueError("none means no area: give it alone, not in a list")
            return ()
        whole = _one(item)
        if whole is not None:
            found.extend(whole)
            continue
        # Not one name: maybe several joined ("lower legs and knees"). A canonical
        # name with "and" in it was already matched whole above.
        for part in (p for p in _SPLIT.split(_normal(item)) if p):
            areas = _one(part)
            if areas is None:
                raise ValueError(_unknown(part))
            found.extend(areas)
    return _ordered(found)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _unknown(word: str) -> str:
    # A canonical name is the better suggestion when one is close enough; a word far
    # longer than any area is nobody's typo (and not worth comparing).
    close = [] if len(word) > 40 else (
        get_close_matches(word, AREAS, n=1, cutoff=0.75)
        or get_close_matches(word, [*AREAS, *SYNONYMS], n=1, cutoff=0.7))
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (f"unknown body area '{_short(word)}'{hint}; expected one of: "
            f"{', '.join(AREAS)}, or none")


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f'"{_short(value)}"' if value else "an empty string"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {_short(repr(value))}"


_SIDE_WORDS = re.compile(r"\b(left|right|both)\b")


def side_of(value: object) -> Side | Literal["both"] | None:
    """The side some words name: `left`, `right`, `both` (both named, or "both"), or None."""
    texts = value if isinstance(value, list) else [value]
    found = {m.group(1) for text in texts if isinstance(text, str)
             for m in _SIDE_WORDS.finditer(_normal(text))}
    if not found:
        return None
    if found in ({"left"}, {"right"}):
        return "left" if "left" in found else "right"
    return "both"


@dataclass(frozen=True, slots=True)
class BodyArea:
    """What a step's `area:` says: the canonical areas, and a side if it names one."""

    areas: tuple[str, ...]
    side: Side | Literal["both"] | None = None


def parse_body_area(value: object) -> BodyArea:
    """`parse_area` with the side the value names (ValueError as there)."""
    return BodyArea(parse_area(value), side_of(value))


def step_side(area: BodyArea | None, focus: str) -> Side | None:
    """The side a step lights: from its `area:` if that names one, else its focus words."""
    side = area.side if area is not None and area.side is not None else side_of(focus)
    return side if side != "both" else None


def schema_pattern() -> str:
    """A JSON Schema pattern for what `area:` accepts (for editors): names and synonyms in
    any case, with a side, joined by "and" or commas; or none."""

    def word(text: str) -> str:
        return "".join(f"[{c}{c.upper()}]" if c.isalpha() else
                       r"[\s-]+" if c == " " else re.escape(c) for c in text)

    names = "|".join(word(w) for w in _PHRASES)
    sides = r"(?:(?:" + "|".join(word(w) for w in ("left", "right", "both", "the", "your",
                                                     "my")) + r")[\s-]+)*"
    item = f"{sides}(?:{names})"
    joint = r"\s*(?:[,;&+/]|\s" + word("and") + r"\s)\s*"
    return rf"^\s*(?:{word(NO_AREA)}|{item}(?:{joint}{item})*)\s*$"


def infer_areas(focus: str) -> tuple[str, ...]:
    """The areas a step's focus words name ("Knees and thighs" → knees, thighs).

    Words it does not know are passed over; a focus with none it knows ("Settling",
    "Sounds") gives an empty tuple, which the body map shows as no highlight.
    """
    text = _normal(focus)
    found: list[str] = []
    for match in _FIND.finditer(text):
        found.extend(_WORDS[match.group(1)])
    return _ordered(found)

