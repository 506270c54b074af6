"""Export the log as JSON or CSV, and import a JSON export back without duplicates.

Each practice carries a stable UUID (`id`), so importing the same export twice, or
an export from another computer, merges: a practice already here is kept, unless the
imported copy was changed later (`updated_at`), e.g. a note edited elsewhere.

CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
`@`, a tab or a carriage return) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TextIO

from anapana.log.practice import STATUSES, CheckIn, Practice, Status, valid_mood
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
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def practice_to_dict(practice: Practice) -> dict[str, Any]:
    """One export row; times keep the local offset of the practice (`...+01:00`)."""
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
    writer.writerow(FIELDS)
    count = 0
    for practice in practices:
        row = practice_to_dict(practice)
        writer.writerow([_csv_cell(row[name]) for name in FIELDS])
        count += 1
    return count


@dataclass(slots=True)
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"{self.added} practices added, {self.updated} updated, {self.unchanged} already here."
        )
        if self.rejected:
            text += f" {len(self.rejected)} could not be read: " + "; ".join(self.rejected[:5])
        return text


class ImportError_(ValueError):  # not the builtin ImportError
    """The file is not an Anapana export at all."""


def _moment(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a date and time")
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1e7:
        raise ValueError(f"{name} must be a number of seconds")
    return float(value)


def _words(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(item)[:40] for item in value if isinstance(item, str) and item.strip())[:20]


def practice_from_dict(row: Any) -> Practice:
    """Validate one imported row; raises ValueError with a short reason."""
    if not isinstance(row, dict):
        raise ValueError("not an object")
    uuid = row.get("id")
    if not isinstance(uuid, str) or not 8 <= len(uuid) <= 64:
        raise ValueError("missing id")
    started = _moment(row.get("started_at"), "started_at")
    ended = None if row.get("ended_at") is None else _moment(row["ended_at"], "ended_at")
    status: Status
    for status in STATUSES:
        if row.get("status") == status:
            break
    else:
        raise ValueError(f"unknown status {row.get('status')!r}")
    if status == "running":  # its process is not here: it can only have been interrupted
        status = "interrupted"
    updated = _moment(row["updated_at"], "updated_at") if row.get("updated_at") else ended
    note = row.get("note") or ""
    return Practice(
        uuid=uuid,
        session=str(row.get("session") or ""),
        title=str(row.get("title") or row.get("session") or "Practice"),
        sha256=str(row.get("sha256") or ""),
        started_at=started,
        planned_s=_seconds(row.get("planned_s", 0), "planned_s"),
        practised_s=_seconds(row.get("practised_s", 0), "practised_s"),
        status=status,
        ended_at=ended,
        last_seen_at=ended or started,
        updated_at=updated or started,
        before=CheckIn(valid_mood(row.get("mood_before")), _words(row.get("feelings_before"))),
        after=CheckIn(valid_mood(row.get("mood_after")), _words(row.get("feelings_after"))),
        note=str(note),
    )


def read_export(source: TextIO) -> list[Any]:
    try:
        document = json.load(source)
    except ValueError as error:
        raise ImportError_(f"this is not a JSON file ({error})") from error
    if isinstance(document, dict) and document.get("format") == FORMAT:
        rows = document.get("practices")
    else:
        rows = document
    if not isinstance(rows, list):
        raise ImportError_("this JSON file is not an Anapana log export")
    return rows


def import_rows(log: PracticeLog, rows: Iterable[Any]) -> ImportResult:
    """Merge exported rows into the log in one transaction."""
    result = ImportResult()
    incoming: dict[str, Practice] = {}
    for number, row in enumerate(rows, start=1):
        try:
            practice = practice_from_dict(row)
        except (ValueError, TypeError) as error:
            result.rejected.append(f"row {number}: {error}")
            continue
        if practice.uuid in incoming:
            result.unchanged += 1
            continue
        existing = log.get(practice.uuid)
        if existing is None:
            result.added += 1
        elif practice.updated_at > existing.updated_at and existing.status != "running":
            result.updated += 1
        else:
            result.unchanged += 1
            continue
        incoming[practice.uuid] = practice
    if incoming:
        log.save_many(list(incoming.values()))
    return result
