"""How a `Practice` maps onto a row of the `practices` table, both ways.

`COLUMNS` names the columns in the order both directions use; `practice_row` gives
the parameters for `UPSERT`. Reading is the careful half. The app only writes rows it
can read back, but a log is a file: another tool, a bad disk or an old bug can leave
text that is not UTF-8, a blob or text where a number belongs, a time no calendar
holds, NaN or 1e308. One such row must never stop the history, the export or the app.
`decode_text` is the connection's text factory (it never raises); `practice_from_row`
never raises either and lists each problem in `Practice.damage`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from anapana.log.owner import ProcessIdentity
from anapana.log.practice import STATUSES, CheckIn, Damage, Practice, Status, valid_mood

COLUMNS = (
    "uuid, session, title, sha256, started_at, utc_offset_s, local_day, ended_at,"
    " last_seen_at, updated_at, planned_s, practised_s, status, owner_pid, owner_start,"
    " mood_before, mood_after, feelings_before, feelings_after, note"
)
UPSERT = (
    f"INSERT INTO practices ({COLUMNS})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT(uuid) DO UPDATE SET session = excluded.session, title = excluded.title,"
    " sha256 = excluded.sha256, started_at = excluded.started_at,"
    " utc_offset_s = excluded.utc_offset_s, local_day = excluded.local_day,"
    " ended_at = excluded.ended_at, last_seen_at = excluded.last_seen_at,"
    " updated_at = excluded.updated_at, planned_s = excluded.planned_s,"
    " practised_s = excluded.practised_s, status = excluded.status,"
    " owner_pid = excluded.owner_pid, owner_start = excluded.owner_start,"
    " mood_before = excluded.mood_before, mood_after = excluded.mood_after,"
    " feelings_before = excluded.feelings_before, feelings_after = excluded.feelings_after,"
    " note = excluded.note"
)


def epoch(moment: datetime | None) -> int | None:
    """Whole seconds since 1970 (UTC), as the table stores times."""
    return None if moment is None else int(moment.timestamp() // 1)


def _offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def local_day(moment: datetime) -> int:
    """Days since 1970-01-01 on the calendar of the moment's own offset."""
    return (int(moment.timestamp() // 1) + _offset_s(moment)) // 86400


def practice_row(practice: Practice) -> tuple[Any, ...]:
    """The parameters for `UPSERT`, in `COLUMNS` order."""
    started = practice.started_at
    owner = practice.owner if practice.status == "running" else None
    return (
        practice.uuid,
        practice.session,
        practice.title,
        practice.sha256,
        epoch(started),
        _offset_s(started),
        local_day(started),
        epoch(practice.ended_at),
        epoch(practice.last_seen_at),
        epoch(practice.updated_at),
        float(practice.planned_s),
        float(practice.practised_s),
        practice.status,
        owner.pid if owner is not None else None,
        owner.start if owner is not None else "",
        practice.before.mood,
        practice.after.mood,
        json.dumps(list(practice.before.feelings), ensure_ascii=False),
        json.dumps(list(practice.after.feelings), ensure_ascii=False),
        practice.note,
    )


# The range a practice time may sit in: 1970-01-01 to 2100-01-01 (UTC).
FIRST_EPOCH_S = 0
END_EPOCH_S = 4_102_444_800
MAX_DURATION_S = 86_400.0
_MAX_OFFSET_S = 18 * 3600  # real zones stay within ±14 h; datetime refuses ±24 h
_STAND_IN = datetime(1970, 1, 1, tzinfo=UTC)
_MAX_FEELINGS_TEXT = 64 * 1024


class Undecodable(str):
    """Text from the log that was not valid UTF-8; bad bytes are shown as U+FFFD."""

    __slots__ = ()


def decode_text(raw: bytes) -> str:
    """The connection's text factory: strict UTF-8, or an `Undecodable` with replacements."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return Undecodable(raw.decode("utf-8", "replace"))


class _Reader:
    def __init__(self) -> None:
        self.damage: list[Damage] = []

    def note(self, name: str, reason: str, *, lost: bool = True) -> None:
        self.damage.append(Damage(name, reason, lost))

    def text(self, name: str, value: Any, default: str = "") -> str:
        if isinstance(value, Undecodable):
            self.note(
                name, "is not valid UTF-8 text (unreadable bytes shown as \ufffd)", lost=False
            )
            return str(value)
        if isinstance(value, str):
            return value
        if isinstance(value, bytes | bytearray):
            self.note(name, "is stored as bytes, not text", lost=False)
            return bytes(value).decode("utf-8", "replace")
        if value is None:
            if default:
                self.note(name, "is missing")
            return default
        self.note(name, f"is a {type(value).__name__}, not text", lost=False)
        return str(value)

    def number(self, name: str, value: Any) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                number = float(value)
            except OverflowError:
                number = math.inf
            if math.isfinite(number):
                if not 0 <= number <= MAX_DURATION_S:
                    self.note(name, f"{number:g} s is out of range", lost=False)
                return number
            self.note(name, "is not a finite number")
            return 0.0
        self.note(name, "is not a number" if value is not None else "is missing")
        return 0.0

    def epoch(self, name: str, value: Any, zone: timezone) -> datetime | None:
        """The moment, or None when it can't be read (the caller picks a stand-in)."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.note(name, "is not a time")
            return None
        try:
            moment = datetime.fromtimestamp(value, zone)
        except (OverflowError, OSError, ValueError):
            self.note(name, "is a time no calendar holds")
            return None
        if not FIRST_EPOCH_S <= value < END_EPOCH_S:
            self.note(name, "is outside 1970–2100", lost=False)
        return moment

    def feelings(self, name: str, value: Any) -> tuple[str, ...]:
        text = self.text(name, value, "[]")
        if len(text) > _MAX_FEELINGS_TEXT:
            self.note(name, "is too long to be a list of feelings")
            return ()
        try:
            words = json.loads(text)
        except (ValueError, RecursionError):
            self.note(name, "is not a list of words")
            return ()
        if not isinstance(words, list):
            self.note(name, "is not a list of words")
            return ()
        kept = tuple(word for word in words if isinstance(word, str))
        if len(kept) != len(words):
            self.note(name, "holds something other than words", lost=False)
        return kept

    def mood(self, name: str, value: Any) -> int | None:
        mood = valid_mood(value)
        if mood is None and value is not None:
            self.note(name, "is not a mood from 1 to 5")
        return mood


def _status(reader: _Reader, value: Any) -> Status:
    for status in STATUSES:
        if value == status:
            return status
    reader.note("status", "is not a known ending")
    return "stopped"


def practice_from_row(row: Sequence[Any]) -> Practice:
    """A `Practice` from the `COLUMNS` of one row, whatever the row holds."""
    (uuid, session, title, sha256, started, offset, _day, ended, seen, updated, planned,
     practised, status, owner_pid, owner_start, mood_before, mood_after, feelings_before,
     feelings_after, note) = row  # fmt: skip
    reader = _Reader()
    if isinstance(offset, int) and not isinstance(offset, bool) and abs(offset) <= _MAX_OFFSET_S:
        zone = timezone(timedelta(seconds=offset))
    else:
        reader.note("utc_offset_s", "is not a time zone offset")
        zone = UTC
    started_at = reader.epoch("started_at", started, zone)
    if started_at is None:
        if started is None:
            reader.note("started_at", "is missing")
        started_at = _STAND_IN
    ended_at = reader.epoch("ended_at", ended, zone)
    last_seen_at = reader.epoch("last_seen_at", seen, zone) or started_at
    updated_at = reader.epoch("updated_at", updated, zone) or started_at
    pid = owner_pid if isinstance(owner_pid, int) and not isinstance(owner_pid, bool) else None
    start_text = owner_start if isinstance(owner_start, str) else ""
    return Practice(
        uuid=reader.text("uuid", uuid, "?"),
        session=reader.text("session", session),
        title=reader.text("title", title, "Practice"),
        sha256=reader.text("sha256", sha256),
        started_at=started_at,
        planned_s=reader.number("planned_s", planned),
        last_seen_at=last_seen_at,
        updated_at=updated_at,
        practised_s=reader.number("practised_s", practised),
        status=_status(reader, status),
        ended_at=ended_at,
        before=CheckIn(
            reader.mood("mood_before", mood_before),
            reader.feelings("feelings_before", feelings_before),
        ),
        after=CheckIn(
            reader.mood("mood_after", mood_after),
            reader.feelings("feelings_after", feelings_after),
        ),
        note=reader.text("note", note),
        owner=ProcessIdentity(pid, start_text) if pid is not None else None,
        damage=tuple(reader.damage),
    )
