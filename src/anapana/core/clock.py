"""Time as an input: everything that needs the time asks a `Clock` it was given.

Two readings, because they answer different questions. `monotonic()` measures
intervals and deadlines (where the breath is, when a cue is due, when the next save
is): it never jumps when the wall clock is set. `now()` is the wall-clock moment with
the local UTC offset attached: what a practice remembers, which day it counts for,
when a reminder is due.

`SYSTEM_CLOCK` reads this computer's clocks; the app and the command line hand it
down from their entry point. Tests pass a fake that moves only when told to
(`tests/fakes.py`), so no test sleeps and nothing here is ever patched.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """What the player, the log, sound scheduling, reminders and heart-rate sources need."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never go backwards."""
        ...

    def now(self) -> datetime:
        """The current moment, timezone-aware, in the user's local offset."""
        ...


class SystemClock:
    """The real clocks of this computer."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()


SYSTEM_CLOCK: Clock = SystemClock()
"""The one real clock; it holds no state, so sharing it is safe."""
