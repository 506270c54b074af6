"""The words the player shows: phase names, times, and the kind words at the end."""

from __future__ import annotations

import math

PHASE_WORDS: dict[str, str] = {
    "inhale": "Breathe in",
    "hold_in": "Hold",
    "exhale": "Breathe out",
    "hold_out": "Hold",
    "silence": "Sit quietly",
    "step": "",
    "prompt": "",
}


def phase_word(kind: str | None) -> str:
    return PHASE_WORDS.get(kind or "", "")


def clock_text(seconds: float) -> str:
    """`4:05`, or `1:02:03` past an hour; rounds up so 0:00 only shows at the very end."""
    total = max(math.ceil(seconds - 1e-6), 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def seconds_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return str(max(math.ceil(seconds - 1e-6), 0))


def practised_text(seconds: float) -> str:
    """`12 minutes`, `1 minute 5 seconds`, `40 seconds` — words, for the completion screen."""
    total = round(seconds)
    minutes, secs = divmod(total, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("" if minutes == 1 else "s"))
    if secs or not parts:
        parts.append(f"{secs} second" + ("" if secs == 1 else "s"))
    return " ".join(parts)


FINISHED_WORDS = "Thank you for taking this time."
STOPPED_WORDS = "Every moment of practice counts."
