"""The importer stores only what it can store faithfully, and never overwrites anything.

Each refused row is named by its number with the reason; deeply nested JSON is a clear
message; a practice here with the same id as an imported one stays as it is, the
imported version is kept beside it, and importing the same file again (even one that
holds an id twice) changes nothing.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from anapana.log import CheckIn, Practice, PracticeLog, exchange, practice_json
from anapana.log.commands import import_command
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[PracticeLog]:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    yield log
    log.close()


def good(n: int = 1, **changes: Any) -> dict[str, Any]:
    start = datetime(2026, 1, 1, 7, 0, tzinfo=UTC) + timedelta(days=n)
    practice = Practice(
        uuid=f"5f0c6a4e-0000-4000-8000-{n:012d}",
        session="resonance",
        title="Resonance breathing",
        sha256="cd" * 32,
        started_at=start,
        planned_s=600.0,
        practised_s=590.5,
        status="completed",
        ended_at=start + timedelta(minutes=10),
        last_seen_at=start + timedelta(minutes=10),
        updated_at=start + timedelta(minutes=10),
        before=CheckIn(2, ("anxious",)),
        after=CheckIn(4, ("calm",)),
        note=f"Note {n}",
    )
    return dict(practice_json.to_dict(practice), **changes)


REFUSED = [
    (dict(started_at="1969-12-31T23:00:00+00:00"), "outside 1970–2100"),
    (dict(started_at="2100-01-01T00:00:01+00:00"), "outside 1970–2100"),
    (dict(started_at="0001-01-01T00:00:00+14:00"), "outside 1970–2100"),
    (dict(started_at="yesterday"), "is not a date"),
    (dict(started_at=1767250800), "must be a date"),
    (dict(ended_at="2026-01-01T00:00:00+00:00"), "before started_at"),
    (dict(practised_s=-1), "negative"),
    (dict(planned_s=-0.5), "negative"),
    (dict(practised_s=86_401), "longer than a day"),
    (dict(planned_s=10**400), "finite"),
    (dict(practised_s=float("nan")), "finite"),
    (dict(practised_s=float("inf")), "finite"),
    (dict(practised_s="600"), "must be a number"),
    (dict(planned_s=True), "must be a number"),
    (dict(session={"id": "box"}), "session must be text"),
    (dict(title=["Box"]), "title must be text"),
    (dict(note=42), "note must be text"),
    (dict(sha256=None, note=None, title=7), "title must be text"),
    (dict(mood_before="good"), "mood_before must be a mood"),
    (dict(mood_after=9), "mood_after must be a mood"),
    (dict(feelings_before="calm"), "must be a list"),
    (dict(feelings_after=["calm", 3]), "only words"),
    (dict(feelings_after=[["calm"]]), "nests deeper"),
    (dict(extra={"a": {"b": 1}}), "nests deeper"),
    (dict(note="x" * (1024 * 1024 + 1)), "over 1 MiB"),
    (dict(note="é" * (512 * 1024 + 1)), "over 1 MiB"),
    (dict(status="exploded"), "unknown status"),
]


@pytest.mark.parametrize(("changes", "reason"), REFUSED)
def test_a_row_that_cannot_be_stored_faithfully_is_refused_with_its_number(
    log: PracticeLog, changes: dict[str, Any], reason: str
) -> None:
    rows: list[Any] = [good(1), good(2, **changes), good(3)]
    result = exchange.import_rows(log, rows)
    assert result.added == 2
    assert len(result.rejected) == 1
    assert result.rejected[0].startswith("row 2:")
    assert reason in result.rejected[0]
    assert "row 2" in result.summary()
    assert log.get(rows[1]["id"]) is None
    stored = log.connection.execute("SELECT session, title, note FROM practices").fetchall()
    assert all("{" not in str(v) and "[" not in str(v) for row in stored for v in row)


def test_the_largest_note_allowed_is_kept_whole(log: PracticeLog) -> None:
    note = "é" * (512 * 1024)  # exactly 1 MiB of UTF-8
    result = exchange.import_rows(log, [good(1, note=note)])
    assert result.added == 1 and not result.rejected
    kept = log.get(good(1)["id"])
    assert kept is not None and kept.note == note


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_a_clear_message(depth: int, tmp_path: Path) -> None:
    text = '{"format": "anapana-log", "practices": [' + "[" * depth + "]" * depth + "]}"
    try:
        rows = exchange.read_export(io.StringIO(text))
    except exchange.ImportError_ as error:
        assert "nests" in str(error)
        return
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    try:
        result = exchange.import_rows(log, rows)
    finally:
        log.close()
    assert result.rejected and "row 1" in result.rejected[0]


def dump(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM practices ORDER BY uuid").fetchall()
    finally:
        conn.close()


def test_an_import_keeps_both_versions_and_a_second_import_changes_nothing(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    paths = UserPaths(data=home / "data", config=home / "config", logs=home / "logs")
    log, _ = open_log(paths.log_db, FakeClock(NOW), [])
    local = [practice_json.from_dict(good(n)) for n in (1, 2)]
    log.save_many(local)
    log.close()
    before = dump(paths.log_db)
    rows = [
        good(1),  # the same as here
        good(2, note="Written on the laptop", updated_at="2026-06-01T00:00:00+00:00"),
        good(3, note="First of two with one id"),
        good(3, note="Second of two with one id"),
        good(3, note="First of two with one id"),  # the file repeats itself
        good(2, note="Written on the laptop", updated_at="2026-06-02T00:00:00+00:00"),
    ]
    source = tmp_path / "export.json"
    source.write_text(json.dumps({"format": "anapana-log", "version": 1, "practices": rows}))

    env = dict(
        os.environ,
        ANAPANA_HOME=str(home),
        PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    first = subprocess.run(
        [sys.executable, "-m", "anapana", "history", "--import", str(source)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "1 practices added" in first.stdout
    assert "2 practices in the file differed" in first.stdout
    assert "both versions are kept" in first.stdout
    after = dump(paths.log_db)
    # Nothing here changed: every row that was here is still here, byte for byte.
    assert set(before) <= set(after)
    assert len(after) == len(before) + 3
    notes = sorted(row[-1] for row in after)
    assert notes == sorted(
        ["Note 1", "Note 2", "Written on the laptop", "First of two with one id",
         "Second of two with one id"]
    )  # fmt: skip

    second = subprocess.run(
        [sys.executable, "-m", "anapana", "history", "--import", str(source)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("0 practices added, 6 already here.")
    assert dump(paths.log_db) == after


def test_a_deeply_nested_file_through_the_command_is_one_calm_line(tmp_path: Path) -> None:
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "c", logs=tmp_path / "l")
    source = tmp_path / "deep.json"
    source.write_text("[" * 200_000 + "]" * 200_000)
    err = io.StringIO()
    assert import_command(paths, source, io.StringIO(), err, FakeClock(NOW)) == 2
    assert "nests" in err.getvalue() and "deep.json" in err.getvalue()
    assert "Traceback" not in err.getvalue()
