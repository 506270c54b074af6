"""Stand-ins the tests hand to the code under test instead of the real thing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

DEFAULT_START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


class FakeClock:
    """An `anapana.core.clock.Clock` that moves only when told to: tests never sleep.

    `advance(s)` moves both readings together. `seconds` (the monotonic reading) may
    also be set on its own, for tests that only care about deadlines.
    """

    def __init__(
        self,
        start: datetime = DEFAULT_START,
        utc_offset: timedelta | None = None,
        *,
        seconds: float = 1000.0,
    ) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self.moment = start if utc_offset is None else start.astimezone(timezone(utc_offset))
        self.seconds = seconds

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.moment

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
        self.moment += timedelta(seconds=seconds)
