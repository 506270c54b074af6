"""A practice as a JSON object: the one shape export, import and rescue files share.

`to_dict` writes it, `from_dict` reads it back. The export (`anapana.log.exchange`)
writes times to the second with the practice's own offset (`...+01:00`) and durations
to the millisecond, and leaves out what only this computer knows. A rescue file
(`anapana.log.rescue`) asks for `exact=True`: nothing rounded, plus `last_seen_at` and
the `owner` process, so a replay gives back the very row the disk refused.

`from_dict` takes only what it can store faithfully and names the first problem of a
row (times outside 1970–2100, durations that are negative or longer than a day, wrong
types, nesting deeper than the format, notes over 1 MiB). An imported practice that
was still running is interrupted here (its process is not on this computer); a rescued
one keeps its status and owner, so `mark_interrupted` can tell whether it still runs.

A row the log holds damaged (see `anapana.log.row`) is written with what could be
read: unreadable fields are empty and a `damaged` list says what went wrong.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from anapana.log.owner import ProcessIdentity
from anapana.log.practice import STATUSES, CheckIn, Practice, Status
from anapana.log.row import END_EPOCH_S, FIRST_EPOCH_S, MAX_DURATION_S

FIELDS = (
    "id",
    "session",
    "title",
    "started_at",
    "ended_at",
    "planned_s",
    "practised_s",
    "status",
    "mood_before",
    "mood_after",
    "feelings_before",
    "feelings_after",
    "note",
    "sha256",
    "updated_at",
)
EXACT_FIELDS = (*FIELDS, "last_seen_at", "owner")
MAX_NOTE_BYTES = 1024 * 1024
MAX_ID = 100
MAX_TEXT = 1000  # session, title and sha256 are short names, never prose
MAX_FEELINGS = 20
MAX_FEELING = 40


def _iso(moment: datetime | None, exact: bool) -> str | None:
    if moment is None:
        return None
    return moment.isoformat() if exact else moment.isoformat(timespec="seconds")


def to_dict(practice: Practice, *, exact: bool = False) -> dict[str, Any]:
    """The practice as a JSON object; times keep the local offset of the practice.

    `exact` keeps every digit and adds what a replay needs (`last_seen_at`, `owner`).
    A damaged row leaves what can't be read empty and lists its damage in `damaged`.
    """
    row: dict[str, Any] = {
        "id": practice.uuid,
        "session": practice.session,
        "title": practice.title,
        "started_at": _iso(practice.started_at, exact),
        "ended_at": _iso(practice.ended_at, exact),
        "planned_s": practice.planned_s if exact else round(practice.planned_s, 3),
        "practised_s": practice.practised_s if exact else round(practice.practised_s, 3),
        "status": practice.status,
        "mood_before": practice.before.mood,
        "mood_after": practice.after.mood,
        "feelings_before": list(practice.before.feelings),
        "feelings_after": list(practice.after.feelings),
        "note": practice.note,
        "sha256": practice.sha256,
        "updated_at": _iso(practice.updated_at, exact),
    }
    if exact:
        owner = practice.owner
        row["last_seen_at"] = _iso(practice.last_seen_at, exact)
        row["owner"] = None if owner is None else {"pid": owner.pid, "start": owner.start}
    if practice.damage:
        for damage in practice.damage:
            if damage.lost and damage.field in row:
                row[damage.field] = None
        if any(d.field == "utc_offset_s" for d in practice.damage):
            for name in ("started_at", "ended_at", "updated_at", "last_seen_at"):
                if row.get(name) is not None:
                    row[name] = _iso(datetime.fromisoformat(row[name]).astimezone(UTC), exact)
        row["damaged"] = [str(damage) for damage in practice.damage]
    return row


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _moment(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a date and time, not {_kind(value)}")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{name} {value[:40]!r} is not a date and time") from None
    moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    try:
        epoch = moment.timestamp()
    except (OverflowError, ValueError, OSError):
        epoch = -1.0
    if not FIRST_EPOCH_S <= epoch < END_EPOCH_S:
        raise ValueError(f"{name} {value[:40]!r} is outside 1970–2100")
    return moment


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number of seconds, not {_kind(value)}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds):
        raise ValueError(f"{name} must be a finite number of seconds")
    if seconds < 0:
        raise ValueError(f"{name} is negative")
    if seconds > MAX_DURATION_S:
        raise ValueError(f"{name} is longer than a day")
    return seconds


def _text(row: dict[str, Any], name: str, default: str = "", limit: int = MAX_TEXT) -> str:
    value = row.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text, not {_kind(value)}")
    if len(value) > limit:
        size = "1 MiB" if limit == MAX_NOTE_BYTES else f"{limit:,} characters"
        raise ValueError(f"{name} is over {size}")
    return value


def _words(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list of words, not {_kind(value)}")
    if not all(isinstance(item, str) for item in value):
        raise ValueError(f"{name} must hold only words")
    words = tuple(item for item in value if item.strip())
    if len(words) > MAX_FEELINGS or any(len(word) > MAX_FEELING for word in words):
        raise ValueError(
            f"{name} holds more than {MAX_FEELINGS} words or a word over {MAX_FEELING} letters"
        )
    return words


def _mood(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise ValueError(f"{name} must be a mood from 1 to 5 or empty")
    return value


def _depth(value: Any, limit: int) -> bool:
    """Whether `value` nests no deeper than `limit` levels (a list or object is one)."""
    if isinstance(value, dict | list):
        if limit <= 0:
            return False
        items = value.values() if isinstance(value, dict) else value
        return all(_depth(item, limit - 1) for item in items)
    return True


def _status(value: Any) -> Status:
    for status in STATUSES:
        if value == status:
            return status
    raise ValueError(f"unknown status {str(value)[:40]!r}")


def _owner(value: Any) -> ProcessIdentity | None:
    if value is None:
        return None
    pid = value.get("pid") if isinstance(value, dict) else None
    start = value.get("start") if isinstance(value, dict) else None
    if isinstance(pid, bool) or not isinstance(pid, int) or not isinstance(start, str):
        raise ValueError("owner is not a process")
    return ProcessIdentity(pid, start[:MAX_TEXT])


def from_dict(row: Any, *, rescued: bool = False) -> Practice:
    """The practice a `to_dict` object describes; raises ValueError with a short reason.

    `rescued` reads a rescue file's exact object: the status and owner are kept, and
    the times are taken as the recorder gave them (the wall clock may have been set
    back during the session, so an end before the start is not refused there).
    """
    if not isinstance(row, dict):
        raise ValueError(f"a practice must be an object, not {_kind(row)}")
    # A row is an object whose values are at most lists of words (or the owner).
    if not _depth(row, 2):
        raise ValueError("it nests deeper than an Anapana export does")
    uuid = row.get("id")
    if not isinstance(uuid, str) or not 8 <= len(uuid) <= MAX_ID:
        raise ValueError("missing id")
    started = _moment(row.get("started_at"), "started_at")
    ended = None if row.get("ended_at") is None else _moment(row["ended_at"], "ended_at")
    if not rescued and ended is not None and ended < started:
        raise ValueError("ended_at is before started_at")
    status = _status(row.get("status"))
    if status == "running" and not rescued:
        status = "interrupted"  # its process is not here: it can only have been interrupted
    updated = _moment(row["updated_at"], "updated_at") if row.get("updated_at") else ended
    planned = _seconds(row.get("planned_s", 0), "planned_s")
    practised = _seconds(row.get("practised_s", 0), "practised_s")
    if not rescued and practised > planned + MAX_DURATION_S:
        raise ValueError("practised_s is more than a day longer than planned_s")
    note = _text(row, "note", limit=MAX_NOTE_BYTES)
    if len(note.encode("utf-8", "surrogatepass")) > MAX_NOTE_BYTES:
        raise ValueError("note is over 1 MiB")
    session = _text(row, "session")
    title = _text(row, "title")
    if rescued:
        seen = row.get("last_seen_at")
        last_seen = _moment(seen, "last_seen_at") if seen is not None else ended or started
        owner = _owner(row.get("owner"))
    else:
        title = title or session or "Practice"
        last_seen, owner = ended or started, None
    return Practice(
        uuid=uuid,
        session=session,
        title=title,
        sha256=_text(row, "sha256"),
        started_at=started,
        planned_s=planned,
        practised_s=practised,
        status=status,
        ended_at=ended,
        last_seen_at=last_seen,
        updated_at=updated or started,
        before=CheckIn(
            _mood(row.get("mood_before"), "mood_before"),
            _words(row.get("feelings_before"), "feelings_before"),
        ),
        after=CheckIn(
            _mood(row.get("mood_after"), "mood_after"),
            _words(row.get("feelings_after"), "feelings_after"),
        ),
        note=note,
        owner=owner,
    )
