"""Export the log as JSON or CSV, and import a JSON export back without duplicates.

Each practice carries a stable UUID (`id`), so importing the same export twice, or
an export from another computer, merges. Nothing here is ever overwritten: when an
imported practice has the id of one here but different details (a note edited on
another computer), the practice here stays as it is and the imported version is added
beside it as a copy, with an id made from the original's and the copy's contents
(`copy_id`), so importing the file again finds that copy and changes nothing. The
summary says how many copies were made.

The importer only takes what it can store faithfully; each row it refuses is named
by its number with the reason (times outside 1970–2100, durations that are negative
or longer than a day, wrong types, nesting deeper than the format, notes over 1 MiB).

A row the log holds damaged (see `anapana.log.row`) is exported with what could be
read: unreadable fields are empty and a `damaged` list says what went wrong.

CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
`@`, a tab or a carriage return) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TextIO

from anapana.log.practice import STATUSES, CheckIn, Practice, Status
from anapana.log.row import END_EPOCH_S, FIRST_EPOCH_S, MAX_DURATION_S
from anapana.log.store import PracticeLog

FORMAT = "anapana-log"
FORMAT_VERSION = 1
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
CSV_FIELDS = (*FIELDS, "damaged")
MAX_NOTE_BYTES = 1024 * 1024
MAX_ID = 100
MAX_TEXT = 1000  # session, title and sha256 are short names, never prose
MAX_FEELINGS = 20
MAX_FEELING = 40
_COPY = re.compile(r"~[0-9a-f]{12}$")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def practice_to_dict(practice: Practice) -> dict[str, Any]:
    """One export row; times keep the local offset of the practice (`...+01:00`).

    A damaged row leaves what can't be read empty and lists its damage in `damaged`.
    """
    row = _export_row(practice)
    if practice.damage:
        for damage in practice.damage:
            if damage.lost and damage.field in row:
                row[damage.field] = None
        if any(d.field == "utc_offset_s" for d in practice.damage):
            for name in ("started_at", "ended_at", "updated_at"):
                row[name] = None if row[name] is None else _iso(_as_utc(row[name]))
        row["damaged"] = [str(damage) for damage in practice.damage]
    return row


def _as_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def is_copy(practice: Practice) -> bool:
    """Whether this practice is an imported version kept beside a different one here."""
    return _COPY.search(practice.uuid) is not None


def _export_row(practice: Practice) -> dict[str, Any]:
    return {
        "id": practice.uuid,
        "session": practice.session,
        "title": practice.title,
        "started_at": _iso(practice.started_at),
        "ended_at": _iso(practice.ended_at),
        "planned_s": round(practice.planned_s, 3),
        "practised_s": round(practice.practised_s, 3),
        "status": practice.status,
        "mood_before": practice.before.mood,
        "mood_after": practice.after.mood,
        "feelings_before": list(practice.before.feelings),
        "feelings_after": list(practice.after.feelings),
        "note": practice.note,
        "sha256": practice.sha256,
        "updated_at": _iso(practice.updated_at),
    }


def write_json(practices: Iterable[Practice], out: TextIO, exported_at: datetime) -> int:
    """Stream a JSON export; returns the number of practices written."""
    header = json.dumps(
        {"format": FORMAT, "version": FORMAT_VERSION, "exported_at": _iso(exported_at)}
    )
    out.write(header[:-1] + ', "practices": [')
    count = 0
    for practice in practices:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(practice_to_dict(practice), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def neutralize(cell: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _csv_cell(value: Any) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str):
        return neutralize(value)
    return value  # type: ignore[no-any-return]


def write_csv(practices: Iterable[Practice], out: TextIO) -> int:
    # The default "\r\n" line end also makes the writer quote cells holding a lone "\r".
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    count = 0
    for practice in practices:
        row = practice_to_dict(practice)
        writer.writerow([_csv_cell(row.get(name)) for name in CSV_FIELDS])
        count += 1
    return count


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    copies: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.added} practices added, {self.unchanged} already here."
        if self.copies:
            which = "1 practice" if self.copies == 1 else f"{self.copies} practices"
            text += (
                f" {which} in the file differed from the one here with the same id: both"
                " versions are kept, the imported one listed as an imported copy."
            )
        if self.rejected:
            text += f" {len(self.rejected)} could not be imported: " + "; ".join(self.rejected[:5])
            if len(self.rejected) > 5:
                text += f"; and {len(self.rejected) - 5} more"
        return text


class ImportError_(ValueError):  # not the builtin ImportError
    """The file is not an Anapana export at all."""


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


def practice_from_dict(row: Any) -> Practice:
    """Validate one imported row; raises ValueError with a short reason."""
    if not isinstance(row, dict):
        raise ValueError(f"a practice must be an object, not {_kind(row)}")
    # A row is an object whose values are at most lists of words.
    if not _depth(row, 2):
        raise ValueError("it nests deeper than an Anapana export does")
    uuid = row.get("id")
    if not isinstance(uuid, str) or not 8 <= len(uuid) <= MAX_ID:
        raise ValueError("missing id")
    started = _moment(row.get("started_at"), "started_at")
    ended = None if row.get("ended_at") is None else _moment(row["ended_at"], "ended_at")
    if ended is not None and ended < started:
        raise ValueError("ended_at is before started_at")
    status: Status
    for status in STATUSES:
        if row.get("status") == status:
            break
    else:
        raise ValueError(f"unknown status {str(row.get('status'))[:40]!r}")
    if status == "running":  # its process is not here: it can only have been interrupted
        status = "interrupted"
    updated = _moment(row["updated_at"], "updated_at") if row.get("updated_at") else ended
    planned = _seconds(row.get("planned_s", 0), "planned_s")
    practised = _seconds(row.get("practised_s", 0), "practised_s")
    if practised > planned + MAX_DURATION_S:
        raise ValueError("practised_s is more than a day longer than planned_s")
    note = _text(row, "note", limit=MAX_NOTE_BYTES)
    if len(note.encode("utf-8", "surrogatepass")) > MAX_NOTE_BYTES:
        raise ValueError("note is over 1 MiB")
    session = _text(row, "session")
    return Practice(
        uuid=uuid,
        session=session,
        title=_text(row, "title") or session or "Practice",
        sha256=_text(row, "sha256"),
        started_at=started,
        planned_s=planned,
        practised_s=practised,
        status=status,
        ended_at=ended,
        last_seen_at=ended or started,
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
    )


def read_export(source: TextIO) -> list[Any]:
    try:
        document = json.load(source)
    except RecursionError:
        raise ImportError_(
            "it nests lists or objects far deeper than an Anapana export does"
        ) from None
    except ValueError as error:
        raise ImportError_(f"this is not a JSON file ({error})") from error
    if isinstance(document, dict) and document.get("format") == FORMAT:
        rows = document.get("practices")
    else:
        rows = document
    if not isinstance(rows, list):
        raise ImportError_("this JSON file is not an Anapana log export")
    return rows


def _content(practice: Practice) -> dict[str, Any]:
    """What an import compares: the export row, less the id and the moment of the last edit."""
    row = practice_to_dict(practice)
    for name in ("id", "updated_at", "damaged"):
        row.pop(name, None)
    if row["status"] == "running":  # a running practice exports as running, imports interrupted
        row["status"] = "interrupted"
    return row


def copy_id(practice: Practice) -> str:
    """The id of the imported copy of `practice`: the same contents always give the same id."""
    digest = hashlib.sha256(
        json.dumps(_content(practice), sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    base = _COPY.sub("", practice.uuid)[: MAX_ID - 13]
    return f"{base}~{digest[:12]}"


def import_rows(log: PracticeLog, rows: Iterable[Any]) -> ImportResult:
    """Merge exported rows into the log in one transaction; nothing here is overwritten."""
    result = ImportResult()
    incoming: dict[str, Practice] = {}
    for number, row in enumerate(rows, start=1):
        try:
            practice = practice_from_dict(row)
        except (ValueError, TypeError, RecursionError) as error:
            result.rejected.append(f"row {number}: {error}")
            continue
        here = incoming.get(practice.uuid) or log.get(practice.uuid)
        if here is None:
            incoming[practice.uuid] = practice
            result.added += 1
            continue
        if here.status == "running" or _content(here) == _content(practice):
            result.unchanged += 1
            continue
        copy = replace(practice, uuid=copy_id(practice))
        copy_here = incoming.get(copy.uuid) or log.get(copy.uuid)
        if copy_here is not None:
            result.unchanged += 1
            continue
        incoming[copy.uuid] = copy
        result.copies += 1
    if incoming:
        log.save_many(list(incoming.values()))
    return result
