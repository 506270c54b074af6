"""How mood moves with each practice: the average change from before to after, by title.

Only sessions with both check-ins count. A practice done once or twice says little, so
each result carries its count and `enough` tells the view whether to say so; the order
puts the better-supported results first. Qt-free, answered by one aggregate query.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from anapana.log.store import PracticeLog

FEW = 3
"""Below this many check-in pairs an average is shown as too few to say much."""

# Text titles only: a damaged title (a blob, a number) can't name a row. The mood range
# lets only real check-ins through (text and blobs compare above every number in SQLite).
TITLE_CHARS = 200
"""A title is shown at most this long (another tool may have stored a whole book)."""

_QUERY = (
    f"SELECT substr(title, 1, {TITLE_CHARS}), count(*), avg(mood_after - mood_before)"
    " FROM practices"
    " WHERE typeof(title) = 'text' AND length(trim(title)) > 0"
    " AND mood_before BETWEEN 1 AND 5 AND mood_after BETWEEN 1 AND 5"
    " GROUP BY title"
)


@dataclass(frozen=True, slots=True)
class MoodChange:
    """Sessions of one practice with both check-ins, and their mean (after − before)."""

    title: str
    count: int
    mean_shift: float

    @property
    def enough(self) -> bool:
        return self.count >= FEW


def ordered(changes: Iterable[MoodChange]) -> list[MoodChange]:
    """Well-supported practices first (largest change first), then the few, most tried first."""
    return sorted(
        changes,
        key=lambda c: (not c.enough, -c.mean_shift if c.enough else -c.count, c.title.casefold()),
    )


def mood_change_by_practice(log: PracticeLog) -> list[MoodChange]:
    rows = log.connection.execute(_QUERY)
    return ordered(
        MoodChange(title, int(count), float(shift))
        for title, count, shift in rows
        if isinstance(title, str) and shift is not None
    )
