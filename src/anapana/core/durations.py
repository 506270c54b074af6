"""Reading durations: `90`, `2.5`, `"90s"`, `"5m"`, `"1m30s"`, `"1h"`, and `open`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0}
_DURATION = re.compile(r"^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*m)?\s*"
                       r"(?:(\d+(?:\.\d+)?)\s*s)?\s*$")


@dataclass(frozen=True, slots=True)
class Open:
    """A length the user decides: the phase waits for Continue, up to `max_s` if given."""

    max_s: float | None = None


def describe(value: object) -> str:
    """A short, quoted picture of a bad value for an error message."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return '"' + text.replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def parse_seconds(value: object) -> float:
    """A fixed duration in seconds; raises ValueError with a readable message."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f'expected a duration like 90, "90s", "5m" or "1m30s", '
                         f"got {describe(value)}")
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:
            raise ValueError(f"expected a duration of at most a few hours, got a number "
                             f"with {len(str(value))} digits") from None
    elif isinstance(value, str):
        match = _DURATION.match(value)
        if not match or not any(match.groups()):
            try:
                seconds = float(value)
            except ValueError:
                raise ValueError(f'expected a duration like 90, "90s", "5m" or "1m30s", '
                                 f"got {describe(value)}") from None
        else:
            hours, minutes, secs = (float(g) if g else 0.0 for g in match.groups())
            seconds = hours * 3600 + minutes * 60 + secs
    else:
        raise ValueError(f'expected a duration like 90, "90s", "5m" or "1m30s", '
                         f"got {describe(value)}")
    if not math.isfinite(seconds):
        raise ValueError(f"expected a finite duration, got {describe(value)}")
    if seconds < 0:
        raise ValueError(f"expected a duration of 0 or more, got {describe(value)}")
    return seconds


def parse_open(value: object) -> Open | None:
    """`open` or `{open: true, max: D}` as an `Open`; None when `value` is not open."""
    if value == "open":
        return Open()
    if isinstance(value, dict) and "open" in value:
        unknown = sorted(set(value) - {"open", "max"})
        if unknown:
            raise ValueError(f"unknown key '{unknown[0]}' in an open length; "
                             "expected {open: true, max: 3m}")
        if value["open"] is not True:
            raise ValueError(f"expected open: true, got open: {describe(value['open'])}")
        if "max" not in value:
            return Open()
        max_s = parse_seconds(value["max"])
        if max_s <= 0:
            raise ValueError("max of an open length must be more than 0")
        return Open(max_s)
    return None


def format_seconds(seconds: float) -> str:
    """A human length: `45 s`, `4 min`, `1 h 5 min`, `19 min 4 s`."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs or not parts:
        parts.append(f"{secs} s")
    return " ".join(parts)
