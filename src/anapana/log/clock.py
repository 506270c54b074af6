"""Time as an input: the log and the recorder ask a clock instead of reading the system one.

`now()` is the wall-clock moment with the local UTC offset attached (what a practice
remembers); `monotonic()` measures intervals (when the next save is due). Tests pass a
`FakeClock` and move it by hand.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """What the log needs to know about time."""

    def now(self) -> datetime:
        """The current moment, timezone-aware, in the user's local offset."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never jump backwards."""
        ...


class SystemClock:
    """The real clocks of this computer."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to; for tests and benchmarks."""

    def __init__(self, start: datetime, utc_offset: timedelta = timedelta(0)) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._zone = timezone(utc_offset)
        self._now = start.astimezone(self._zone)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds
