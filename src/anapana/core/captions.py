"""Captions: which spoken line is on screen now, worked out from the player's clock.

A caption shows a line of the plan's `speech` from the moment it is due for as long as
it is spoken: the rendered length when the speech engine has told us
(`CaptionTrack.set_duration`), otherwise an estimate from its words. Lines due together
(a segment's intro and its first step) follow one another, as speech does: a later line
waits for the earlier one to finish.

When the speech engine says when each line really starts and ends (`line_started`,
`line_ended`: the controller's `speech_started` / `speech_ended`), the track follows
that instead of its own schedule, and a caption fades out once its line has ended.

Time is an input: `update` is given the plan position and the practised time of each
frame. Practised time runs on while an open phase waits and stops while paused, so a
caption neither vanishes during a wait nor runs out during a pause. A skip (the plan
position leaps ahead) clears what was showing, as it silences what was being said.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from anapana.core.plan import PlanSpeech

WORDS_PER_S = 2.5
"""A calm speaking rate, for lines whose rendered length is not known."""
PAUSE_AFTER_S = 1.0
"""Added to the estimate: a caption lingers a moment after its last word."""
FADE_S = 0.6
"""How long a caption takes to fade in or out (none with reduced motion)."""
_LEAP_S = 0.5
"""A plan position moving this much further than practised time was a skip."""


def estimated_duration(text: str) -> float:
    """Seconds a line takes to say at a calm pace, plus a moment to read its end."""
    return len(text.split()) / WORDS_PER_S + PAUSE_AFTER_S


def opacity(shown_s: float, left_s: float, fade_s: float = FADE_S) -> float:
    """0–1: rising over the first `fade_s` of a caption and falling over its last."""
    if fade_s <= 0:
        return 1.0 if left_s > 0 else 0.0
    return max(0.0, min(1.0, shown_s / fade_s, left_s / fade_s))


@dataclass(frozen=True, slots=True)
class Caption:
    """The line on screen at one instant."""

    index: int
    """Which line of the plan's `speech`."""
    text: str
    shown_s: float
    """How long it has been on screen (practised time)."""
    left_s: float
    """How long it stays on screen."""


class CaptionTrack:
    """Follows a plan's spoken lines frame by frame; `update` says which one shows."""

    def __init__(self, speech: Sequence[PlanSpeech]) -> None:
        self._lines = tuple(speech)
        self._durations: dict[int, float] = {}
        self._left_out: set[int] = set()
        self._due = 0
        """How many lines have become due."""
        self._queue: deque[tuple[int, float]] = deque()
        """Lines due but waiting for the one on screen: (index, practised time due)."""
        self._current: tuple[int, float] | None = None
        """The line on screen and the practised time it appeared."""
        self._last: tuple[float, float] | None = None
        self._driven = False
        self._spoken: tuple[str, float, float] | None = None
        """Engine-driven: the line's text, when it began and when its caption goes
        (practised time; infinite while it is still being said)."""

    @property
    def lines(self) -> tuple[PlanSpeech, ...]:
        return self._lines

    def duration(self, index: int) -> float:
        """The line's length: as rendered when known, else estimated from its words."""
        known = self._durations.get(index)
        return known if known is not None else estimated_duration(self._lines[index].text)

    def set_duration(self, index: int, seconds: float) -> None:
        """The speech engine's real length of line `index` (ignored if nonsensical)."""
        if 0 <= index < len(self._lines) and seconds == seconds and 0 < seconds < 3600:
            self._durations[index] = float(seconds)

    def leave_out(self, index: int) -> None:
        """Never show line `index` by the plan's times (it is shown elsewhere: said
        in the lead-in, before the session starts)."""
        self._left_out.add(index)

    @property
    def driven(self) -> bool:
        """Whether the speech engine's own start and end times drive the captions."""
        return self._driven

    def line_started(self, text: str, practised_s: float) -> None:
        """The engine began saying `text` now: from here on, its reports lead."""
        self._driven = True
        self._spoken = (text, practised_s, float("inf")) if text.strip() else None

    def line_ended(self, practised_s: float, linger_s: float = FADE_S) -> None:
        """The line being said ended (or was cut by a skip, a pause or a stop); its
        caption stays `linger_s` more to fade out (0: it goes at once)."""
        if self._spoken is not None:
            text, start, end = self._spoken
            self._spoken = (text, start, min(end, practised_s + max(linger_s, 0.0)))

    def clear(self) -> None:
        """Nothing on screen, nothing waiting (a skip or a stop silenced it)."""
        self._queue.clear()
        self._current = None

    def update(self, plan_s: float, practised_s: float) -> Caption | None:
        """The caption at this frame of a playing (or waiting, or paused) session."""
        if self._driven:
            return self._spoken_caption(practised_s)
        if self._last is not None:
            last_plan, last_practised = self._last
            moved, lived = plan_s - last_plan, practised_s - last_practised
            if moved < -1e-6 or moved > max(lived, 0.0) + _LEAP_S:
                self.clear()
                # The lines of the place skipped to are still said; those before it are not.
                self._due = self._count_before(plan_s - _LEAP_S)
        self._last = (plan_s, practised_s)
        while self._due < len(self._lines) and self._lines[self._due].at_s <= plan_s + 1e-9:
            line = self._lines[self._due]
            # A line whose whole length already lies behind (a stalled frame) is passed.
            if plan_s - line.at_s < self.duration(self._due) \
                    and self._due not in self._left_out:
                self._queue.append((self._due, practised_s - (plan_s - line.at_s)))
            self._due += 1
        while True:
            if self._current is not None:
                index, start = self._current
                end = start + self.duration(index)
                if practised_s < end:
                    return Caption(index, self._lines[index].text, practised_s - start,
                                   end - practised_s)
                self._current = None
                previous_end: float | None = end
            else:
                previous_end = None
            if not self._queue:
                return None
            index, due = self._queue.popleft()
            start = due if previous_end is None else max(due, previous_end)
            self._current = (index, start)

    def _spoken_caption(self, practised_s: float) -> Caption | None:
        if self._spoken is None:
            return None
        text, start, end = self._spoken
        if practised_s >= end:
            self._spoken = None
            return None
        index = next((i for i, line in enumerate(self._lines) if line.text == text), -1)
        return Caption(index, text, max(practised_s - start, 0.0), end - practised_s)

    def _count_before(self, plan_s: float) -> int:
        count = 0
        while count < len(self._lines) and self._lines[count].at_s < plan_s:
            count += 1
        return count
