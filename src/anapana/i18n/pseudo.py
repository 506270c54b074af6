"""A pseudo-locale made from the catalogues' sources: every text longer (by 40 %),
accented and bracketed, so that clipped, overlapping or untranslated words stand out.

`[Ƀŕéàţĥé îñ ·· ··]`: the brackets show where a text starts and ends (a clipped one
loses its closing bracket), the accents show every word that went through translation
(a plain English word on screen was missed), the dots are the room longer languages need.
Placeholders (`%1`, `%n`) and markup (`<a href="care">`) are kept as they are.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from anapana.i18n.ts_file import Message, read_ts, write_ts

GROWTH = 0.4
"""German and French run 30–40 % longer than English; Dutch and Italian about as much."""

_ACCENTED = str.maketrans(
    "abcdeghiklnorstuwyzABCDEGHIKLNORSTUWYZ",
    "àƀçđéĝĥîķļñöŕšţüŵýžÀƁÇĐÉĜĤÎĶĻÑÖŔŠŢÜŴÝŽ")
_KEEP = re.compile(r"(%\d|%n|%L\d|<[^>]*>|&[a-z]+;)")


def pseudo_text(source: str) -> str:
    """The pseudo-translation of one source text."""
    parts = _KEEP.split(source)
    shown = "".join(part if index % 2 else part.translate(_ACCENTED)
                    for index, part in enumerate(parts))
    letters = sum(len(part) for index, part in enumerate(parts) if not index % 2)
    extra = max(2, math.ceil(letters * GROWTH))
    # Padding in short words, so that word-wrapped labels wrap as real sentences do.
    padding = " ".join("·" * min(4, extra - i) for i in range(0, extra, 4))
    return f"[{shown} {padding}]"


def pseudo_catalogue(sources: Path, target: Path) -> int:
    """Write `target` (a .ts) with every message of `sources` pseudo-translated."""
    catalogue = read_ts(sources)
    messages = []
    for message in catalogue.messages:
        text = pseudo_text(message.source)
        messages.append(Message(message.context, message.source, message.comment,
                                message.locations, message.numerus,
                                "" if message.numerus else text,
                                [text, text] if message.numerus else [], finished=True))
    write_ts(target, "en", messages)
    return len(messages)
