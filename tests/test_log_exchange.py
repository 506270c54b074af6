"""Export to JSON and CSV (safe from formula injection) and merging imports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from anapana.log import CheckIn, Practice, PracticeLog, exchange, practice_json
from anapana.log.opening import open_log
from tests.fakes import FakeClock

CLOCK_START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(CLOCK_START)


def open_fresh(path: Path, clock: FakeClock) -> PracticeLog:
    return open_log(path, clock, [])[0]


@pytest.fixture
def log(tmp_path: Path, clock: FakeClock) -> Iterator[PracticeLog]:
    log = open_fresh(tmp_path / "a.sqlite3", clock)
    yield log
    log.close()


def practice(n: int, **changes: object) -> Practice:
    zone = timezone(timedelta(hours=n % 3 - 1))
    start = datetime(2026, 1, 1, 7, 0, tzinfo=zone) + timedelta(days=n)
    fields: dict[str, object] = {
        "uuid": f"5f0c6a4e-0000-4000-8000-{n:012d}",
        "session": "resonance",
        "title": "Resonance breathing",
        "sha256": "cd" * 32,
        "started_at": start,
        "planned_s": 600.0,
        "practised_s": 590.5,
        "status": "completed",
        "ended_at": start + timedelta(minutes=10),
        "last_seen_at": start + timedelta(minutes=10),
        "updated_at": start + timedelta(minutes=10),
        "before": CheckIn(2, ("anxious",)),
        "after": CheckIn(4, ("calm", "tender")),
        "note": f"Note {n}",
    }
    fields.update(changes)
    return Practice(**fields)  # type: ignore[arg-type]


DANGEROUS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tHYPERLINK", "\rline", '=HYPERLINK("x")']


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_cells_that_look_like_formulas_are_neutralized(log: PracticeLog, text: str) -> None:
    log.save_practice(practice(1, title=text, note=text, session=text, after=CheckIn(4, (text,))))
    out = io.StringIO()
    assert exchange.write_csv(log.practices(), out) == 1
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    cells = dict(zip(header, row, strict=True))
    for name in ("title", "note", "session", "feelings_after"):
        assert cells[name] == "'" + text, name
    assert cells["practised_s"] == "590.5"  # numbers stay numbers
    assert cells["mood_before"] == "2"


def test_ordinary_csv_cells_are_left_alone(log: PracticeLog) -> None:
    log.save_practice(practice(1, note="Quiet. Then a bird; then = nothing", title="Box 4-4-4-4"))
    out = io.StringIO()
    exchange.write_csv(log.practices(), out)
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    cells = dict(zip(header, row, strict=True))
    assert cells["note"] == "Quiet. Then a bird; then = nothing"
    assert cells["title"] == "Box 4-4-4-4"
    assert cells["feelings_after"] == "calm; tender"
    assert cells["mood_after"] == "4"
    assert set(practice_json.FIELDS) <= set(header)


def test_json_export_has_the_promised_fields(log: PracticeLog, clock: FakeClock) -> None:
    log.save_practice(practice(3))
    out = io.StringIO()
    exchange.write_json(log.practices(), out, clock.now())
    document = json.loads(out.getvalue())
    assert document["format"] == "anapana-log"
    (row,) = document["practices"]
    for name in (
        "id", "session", "title", "started_at", "ended_at", "planned_s", "practised_s",
        "status", "mood_before", "mood_after", "feelings_before", "feelings_after", "note",
    ):  # fmt: skip
        assert name in row
    assert row["started_at"] == "2026-01-04T07:00:00-01:00"
    assert row["feelings_after"] == ["calm", "tender"]


def test_importing_an_export_round_trips_and_never_duplicates(
    log: PracticeLog, tmp_path: Path, clock: FakeClock
) -> None:
    log.save_many([practice(n) for n in range(30)])
    out = io.StringIO()
    exchange.write_json(log.practices(), out, clock.now())
    other = open_fresh(tmp_path / "b.sqlite3", clock)
    try:
        result = exchange.import_rows(other, exchange.read_export(io.StringIO(out.getvalue())))
        assert (result.added, result.copies, result.unchanged) == (30, 0, 0)
        again = io.StringIO()
        exchange.write_json(other.practices(), again, clock.now())
        assert json.loads(again.getvalue()) == json.loads(out.getvalue())
        twice = exchange.import_rows(other, exchange.read_export(io.StringIO(out.getvalue())))
        assert (twice.added, twice.copies, twice.unchanged) == (0, 0, 30)
        assert other.count() == 30
    finally:
        other.close()


def test_a_note_edited_elsewhere_is_kept_beside_the_local_one(
    log: PracticeLog, clock: FakeClock
) -> None:
    log.save_many([practice(1), practice(2)])
    rows = [practice_json.to_dict(p) for p in log.practices()]
    rows[0]["note"] = "Edited on the laptop"
    rows[0]["updated_at"] = "2026-06-01T00:00:00+00:00"
    rows[1]["note"] = "An older copy"
    rows[1]["updated_at"] = "2025-01-01T00:00:00+00:00"
    result = exchange.import_rows(log, rows)
    assert (result.added, result.copies, result.unchanged) == (0, 2, 0)
    assert "both versions are kept" in result.summary()
    by_id = {p.uuid: p for p in log.practices()}
    assert by_id[rows[0]["id"]].note == "Note 1"  # nothing here was overwritten
    assert by_id[rows[1]["id"]].note == "Note 2"
    copies = sorted(p.note for p in by_id.values() if exchange.is_copy(p))
    assert copies == ["An older copy", "Edited on the laptop"]


def test_unreadable_rows_are_reported_and_the_rest_imported(log: PracticeLog) -> None:
    good = practice_json.to_dict(practice(5))
    running = dict(practice_json.to_dict(practice(6)), status="running", mood_after=4)
    rows = [good, {"id": "x"}, dict(good, id="d0d0d0d0-1", status="exploded"), "nope", running]
    result = exchange.import_rows(log, rows)
    assert result.added == 2
    assert len(result.rejected) == 3
    assert "row 2" in result.rejected[0] and "exploded" in result.rejected[1]
    imported = log.get(running["id"])
    assert imported is not None
    assert imported.status == "interrupted" and imported.after.mood == 4


def test_a_file_that_is_not_an_export_is_refused() -> None:
    with pytest.raises(exchange.ImportError_, match="not a JSON"):
        exchange.read_export(io.StringIO("id,title\n1,x\n"))
    with pytest.raises(exchange.ImportError_, match="not an Anapana"):
        exchange.read_export(io.StringIO('{"format": "something-else", "rows": 1}'))
