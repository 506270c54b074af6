"""Any row SQLite can hold is read, listed as damaged and exported: never an exception.

The hostile rows are written the way another tool (or a bad disk) could leave them:
straight into the file with raw SQL, including a `practices` table with no types or
checks at all, text that is not UTF-8, blobs, NaN-turned-NULL, 1e308 and times no
calendar holds.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import Recorder, history
from anapana.log.commands import history_command
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
SRC = Path(__file__).resolve().parents[1] / "src"

COLUMNS = (
    "uuid, session, title, sha256, started_at, utc_offset_s, local_day, ended_at,"
    " last_seen_at, updated_at, planned_s, practised_s, status, owner_pid, owner_start,"
    " mood_before, mood_after, feelings_before, feelings_after, note"
)
GOOD_DAY = int(NOW.timestamp()) // 86400
# Each hostile row: the SQL values of all 20 columns above, the uuid first.
HOSTILE = [
    "'bad-date-text', 's', 't', '', 'yesterday', 0, 'x', NULL, 0, 0, 60, 60, 'completed',"
    " NULL, '', NULL, NULL, '[]', '[]', ''",
    "'bad-date-huge', 's', 't', '', 9000000000000000000, 0, 99999999999, NULL, 0, 0, 60, 60,"
    " 'completed', NULL, '', NULL, NULL, '[]', '[]', ''",
    "'bad-date-1900', 's', 't', '', -2208988800, 0, -25567, NULL, 0, 0, 60, 60, 'completed',"
    " NULL, '', NULL, NULL, '[]', '[]', ''",
    "CAST(x'ff00fe' AS TEXT), CAST(x'c328' AS TEXT), '', '', {now}, 0, {day}, NULL,"
    " {now}, {now}, 60, 60, 'completed', NULL, '', NULL, NULL, '[]', '[]',"
    " CAST(x'4e6f7465ed' AS TEXT)",
    "x'00ff', x'0102', x'03', x'04', {now}, 0, {day}, NULL, {now}, {now}, x'ff', x'ff',"
    " x'ff', x'ff', x'ff', x'ff', x'ff', x'ff', x'ff', x'00ff'",
    "1, 2.5, 3, 4, {now}.5, 'east', {day}, 'later', 'x', 'y', 'ten', 'twenty',"
    " 7, 'pid', 8, 'good', 9.5, '{{\"a\": 1}}', 5, 12345",
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
    " NULL, NULL, NULL, NULL, NULL, NULL",
    "'bad-huge', 's', 't', '', {now}, 1000000000, {day}, NULL, {now}, {now}, 1e308, 1e308,"
    " 'completed', NULL, '', 1e308, -1e308, '[\"calm\"]', '[]', ''",
    "'bad-inf', 's', 't', '', {now}, 0, {day}, NULL, {now}, {now}, 9e999, -9e999,"
    " 'running', 99999999999, '', 6, 0, '" + "[" * 5000 + "', '" + "[" * 50 + "', ''",
]
# Values the app's own table refuses (NOT NULL, its status and mood checks are kept on).
UNTYPED_ONLY = (6,)


def make_hostile_log(path: Path, *, typed: bool) -> None:
    """A version-2 log holding one good row and every hostile row."""
    clock = FakeClock(NOW - timedelta(hours=2), timedelta(minutes=5))
    log, _ = open_log(path, clock, [])
    recorder = Recorder(log, clock, new_id=lambda: "good-0000-row")
    recorder.start(session="box", title="Box breathing", sha256="", planned_s=300)
    recorder.finish("completed", 300)
    recorder.save_note("A good note")
    conn = log.connection
    if typed:
        conn.execute("PRAGMA ignore_check_constraints = ON")
    else:  # another tool's table: no types, no checks, NULL anywhere
        conn.execute("ALTER TABLE practices RENAME TO old")
        conn.execute(f"CREATE TABLE practices (id INTEGER PRIMARY KEY, {COLUMNS})")
        conn.execute("INSERT INTO practices SELECT * FROM old")
        conn.execute("DROP TABLE old")
    now = int(NOW.timestamp()) - 3600
    for number, values in enumerate(HOSTILE):
        if typed and number in UNTYPED_ONLY:
            continue
        sql = f"INSERT INTO practices ({COLUMNS}) VALUES ({values.format(now=now, day=GOOD_DAY)})"
        conn.execute(sql)
    log.close()


def rows_by_json(paths: UserPaths) -> tuple[list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    assert history_command(paths, "json", None, out, err, FakeClock(NOW)) == 0
    # Strict JSON: no NaN or Infinity may reach the file.
    document = json.loads(out.getvalue(), parse_constant=lambda name: pytest.fail(name))
    return document["practices"], err.getvalue()


@pytest.fixture(params=["typed", "untyped"])
def paths(request: pytest.FixtureRequest, tmp_path: Path) -> UserPaths:
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")
    make_hostile_log(paths.log_db, typed=request.param == "typed")
    return paths


def test_every_export_reads_every_row_and_marks_the_damaged_ones(paths: UserPaths) -> None:
    rows, err = rows_by_json(paths)
    assert "Traceback" not in err
    stored = sqlite3.connect(paths.log_db).execute("SELECT count(*) FROM practices").fetchone()[0]
    assert len(rows) == stored
    good = [row for row in rows if row["id"] == "good-0000-row"]
    assert len(good) == 1 and "damaged" not in good[0] and good[0]["note"] == "A good note"
    damaged = [row for row in rows if row["id"] != "good-0000-row"]
    assert damaged and all(row.get("damaged") for row in damaged)
    by_id = {str(row["id"]): row for row in rows}
    assert by_id["bad-date-text"]["started_at"] is None  # unreadable: left empty
    assert by_id["bad-date-1900"]["started_at"].startswith("1900-")  # readable: kept
    assert any("outside 1970" in d for d in by_id["bad-date-1900"]["damaged"])
    for row in rows:  # nothing that is not a finite number where numbers belong
        for name in ("planned_s", "practised_s"):
            value = row[name]
            assert value is None or (isinstance(value, float | int) and math.isfinite(value))
    text = [row for row in rows if "UTF-8" in json.dumps(row.get("damaged", []))]
    assert text and "\ufffd" in json.dumps(text[0], ensure_ascii=False)

    out = io.StringIO()
    assert history_command(paths, "csv", None, out, io.StringIO(), FakeClock(NOW)) == 0
    table = list(csv.reader(io.StringIO(out.getvalue())))
    assert table[0][-1] == "damaged" and len(table) == stored + 1

    out = io.StringIO()
    assert history_command(paths, "text", None, out, io.StringIO(), FakeClock(NOW)) == 0
    assert "damaged in the log" in out.getvalue() and "Box breathing" in out.getvalue()


def test_the_charts_queries_leave_damaged_numbers_out(paths: UserPaths) -> None:
    log, _ = open_log(paths.log_db, FakeClock(NOW), [])
    try:
        totals = history.totals(log)
        assert math.isfinite(totals.practised_s) and totals.minutes < 10_000
        today = history.today(NOW)
        by_day = history.minutes_by_day(log, date(1960, 1, 1), today)
        assert all(math.isfinite(m) and 0 <= m <= 1440 for m in by_day.values())
        mood = history.mood_summary(log, today)
        for value in (mood.before, mood.after, mood.recent_shift):
            assert value is None or 1 <= abs(value) <= 5 or value == 0
        page, _ = log.page()
        assert len(page) == log.count()
        assert sum(1 for _ in log.practices(search="t")) >= 1
    finally:
        log.close()


def test_the_real_command_prints_a_damaged_log_without_a_traceback(paths: UserPaths) -> None:
    env = dict(
        os.environ,
        ANAPANA_HOME=str(paths.data.parent),
        PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    for args in (["history"], ["history", "--json"], ["history", "--csv"]):
        done = subprocess.run(
            [sys.executable, "-m", "anapana", *args], capture_output=True, env=env, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        assert b"good-0000-row" in done.stdout or b"Box breathing" in done.stdout
