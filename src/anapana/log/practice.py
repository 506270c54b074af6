"""One practice as the log remembers it, and the words of a check-in.

A practice is one sitting with one session: when it started (UTC plus the local
offset of that moment), how long was planned and practised, how it ended, the mood
and feelings before and after, and the journal note.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, get_args

from anapana.log.owner import ProcessIdentity

Status = Literal["running", "completed", "stopped", "interrupted"]
STATUSES: tuple[Status, ...] = get_args(Status)
Ending = Literal["completed", "stopped", "interrupted"]

# Mood on a 1–5 scale, always shown with a kind word, never a bare number.
MOOD_WORDS: dict[int, str] = {1: "heavy", 2: "low", 3: "okay", 4: "good", 5: "bright"}

# Offered as optional chips; any other word a user imports is kept as it is.
FEELINGS: tuple[str, ...] = (
    "calm",
    "content",
    "grateful",
    "tender",
    "hopeful",
    "tired",
    "restless",
    "anxious",
    "sad",
    "irritable",
    "scattered",
    "numb",
)


def mood_word(mood: int | None) -> str:
    """The word for a mood, or an empty string when none was given."""
    return MOOD_WORDS.get(mood, "") if mood is not None else ""


def valid_mood(value: object) -> int | None:
    """A mood 1–5, or None for anything else (a skipped check-in, a bad import)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= 5 else None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """How someone felt at one moment; both parts are optional."""

    mood: int | None = None
    feelings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.mood is not None and valid_mood(self.mood) is None:
            raise ValueError(f"mood must be 1 to 5, got {self.mood!r}")


@dataclass(frozen=True, slots=True)
class Damage:
    """One field of a stored row that could not be read as it should be.

    `lost` means the value could not be read at all and a stand-in is shown (an export
    leaves it empty); otherwise the odd value itself is kept and shown.
    """

    field: str
    reason: str
    lost: bool = True

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Practice:
    """A row of the log. Times are timezone-aware; `started_at` keeps the local offset.

    `damage` is empty for every row the app wrote; a row damaged on disk or by another
    tool is still read, with what went wrong named there.
    """

    uuid: str
    session: str
    title: str
    sha256: str
    started_at: datetime
    planned_s: float
    last_seen_at: datetime
    updated_at: datetime
    practised_s: float = 0.0
    status: Status = "running"
    ended_at: datetime | None = None
    before: CheckIn = field(default_factory=CheckIn)
    after: CheckIn = field(default_factory=CheckIn)
    note: str = ""
    owner: ProcessIdentity | None = None
    damage: tuple[Damage, ...] = ()

    def lost(self, name: str) -> bool:
        """Whether field `name` could not be read (a stand-in is in its place)."""
        return any(d.field == name and d.lost for d in self.damage)

    def damaged(self, name: str) -> bool:
        return any(d.field == name for d in self.damage)
