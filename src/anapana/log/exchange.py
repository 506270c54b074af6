"""Export the log as JSON or CSV, and import a JSON export back without duplicates.

Each practice carries a stable UUID (`id`), so importing the same export twice, or
an export from another computer, merges. Nothing here is ever overwritten: when an
imported practice has the id of one here but different details (a note edited on
another computer), the practice here stays as it is and the imported version is added
beside it as a copy, with an id made from the original's and the copy's contents
(`copy_id`), so importing the file again finds that copy and changes nothing. The
summary says how many copies were made. Whether two versions are the same is the log's
one rule (`anapana.log.merge`).

Each row is the shape `anapana.log.practice_json` writes and reads; the importer only
takes what it can store faithfully, and each row it refuses is named by its number with
the reason. A row the log holds damaged is exported with what could be read.

CSV cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
`@`, a tab or a carriage return) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TextIO

from anapana.log import merge, practice_json
from anapana.log.practice import Practice
from anapana.log.store import PracticeLog

FORMAT = "anapana-log"
FORMAT_VERSION = 1
CSV_FIELDS = (*practice_json.FIELDS, "damaged")
_COPY = re.compile(r"~[0-9a-f]{12}$")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_copy(practice: Practice) -> bool:
    """Whether this practice is an imported version kept beside a different one here."""
    return _COPY.search(practice.uuid) is not None


def write_json(practices: Iterable[Practice], out: TextIO, exported_at: datetime) -> int:
    """Stream a JSON export; returns the number of practices written."""
    header = json.dumps(
        {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": exported_at.isoformat(timespec="seconds"),
        }
    )
    out.write(header[:-1] + ', "practices": [')
    count = 0
    for practice in practices:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(practice_json.to_dict(practice), ensure_ascii=False))
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
        row = practice_json.to_dict(practice)
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


def copy_id(practice: Practice) -> str:
    """The id of the imported copy of `practice`: the same contents always give the same id."""
    digest = hashlib.sha256(
        json.dumps(merge.details(practice), sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    base = _COPY.sub("", practice.uuid)[: practice_json.MAX_ID - 13]
    return f"{base}~{digest[:12]}"


def import_rows(log: PracticeLog, rows: Iterable[Any]) -> ImportResult:
    """Merge exported rows into the log in one transaction; nothing here is overwritten."""
    result = ImportResult()
    incoming: dict[str, Practice] = {}
    for number, row in enumerate(rows, start=1):
        try:
            practice = practice_json.from_dict(row)
        except (ValueError, TypeError, RecursionError) as error:
            result.rejected.append(f"row {number}: {error}")
            continue
        here = incoming.get(practice.uuid) or log.get(practice.uuid)
        standing = merge.compare(here, practice)
        if standing is merge.Standing.NEW:
            incoming[practice.uuid] = practice
            result.added += 1
            continue
        # A practice still running here is being recorded on this computer: leave it be.
        if standing is merge.Standing.SAME or (here is not None and here.status == "running"):
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
