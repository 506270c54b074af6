"""What the command line gets: `anapana history`, `--import`, `anapana paths`, deleting all."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import CheckIn, Recorder
from anapana.log.commands import (
    delete_all_data,
    describe_paths,
    history_command,
    import_command,
    parse_since,
)
from anapana.log.opening import backup_files, open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path / "home"))
    return UserPaths.from_environment()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 7, 0, tzinfo=UTC), timedelta(hours=1))


def seed(paths: UserPaths, clock: FakeClock, days: int = 5) -> None:
    log, _ = open_log(paths.log_db, clock, [])
    recorder = Recorder(log, clock)
    for day in range(days):
        recorder.start(
            session="box", title=f"=Box {day}", sha256="", planned_s=300, checkin=CheckIn(2)
        )
        clock.advance(300)
        recorder.finish("completed", 300)
        recorder.record_checkin("after", CheckIn(4, ("calm",)))
        recorder.save_note(f"Day {day}")
        clock.advance(86400 - 300)
    log.close()


def test_paths_names_every_user_folder(paths: UserPaths) -> None:
    described = dict(describe_paths(paths))
    assert described["Practice log"] == paths.log_db
    assert set(described.values()) == {paths.log_db, paths.settings, paths.sessions, paths.logs}
    assert all(str(p).startswith(str(paths.data.parent)) for p in described.values())


def test_history_as_json_since_a_date(paths: UserPaths, clock: FakeClock) -> None:
    seed(paths, clock)
    out, err = io.StringIO(), io.StringIO()
    assert history_command(paths, "json", date(2026, 3, 3), out, err, clock) == 0
    rows = json.loads(out.getvalue())["practices"]
    assert [r["title"] for r in rows] == ["=Box 2", "=Box 3", "=Box 4"]
    assert rows[0]["note"] == "Day 2" and rows[0]["mood_before"] == 2
    assert err.getvalue() == ""


def test_history_as_csv_is_safe_to_open_in_a_spreadsheet(
    paths: UserPaths, clock: FakeClock
) -> None:
    seed(paths, clock, days=2)
    out = io.StringIO()
    assert history_command(paths, "csv", None, out, io.StringIO(), clock) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["title"] for r in rows] == ["'=Box 0", "'=Box 1"]


def test_history_as_text_is_plain_and_kind(paths: UserPaths, clock: FakeClock) -> None:
    out = io.StringIO()
    assert history_command(paths, "text", None, out, io.StringIO(), clock) == 0
    assert "No practices yet" in out.getvalue()
    assert not paths.log_db.exists()  # just looking creates nothing
    seed(paths, clock, days=3)
    out = io.StringIO()
    assert history_command(paths, "text", None, out, io.StringIO(), clock) == 0
    text = out.getvalue()
    assert "2026-03-01 08:00    5.0 min  =Box 0  low → good  “Day 0”" in text
    assert "3 sessions, 15 minutes, 3 days practised in all." in text


def test_exports_of_a_log_not_yet_made_are_empty_and_make_nothing(
    paths: UserPaths, clock: FakeClock
) -> None:
    out = io.StringIO()
    assert history_command(paths, "json", None, out, io.StringIO(), clock) == 0
    assert json.loads(out.getvalue())["practices"] == []
    out = io.StringIO()
    assert history_command(paths, "csv", None, out, io.StringIO(), clock) == 0
    assert out.getvalue().startswith("id,session,title,started_at")
    assert not paths.log_db.exists()


def test_history_tells_about_a_damaged_log(paths: UserPaths, clock: FakeClock) -> None:
    paths.log_db.parent.mkdir(parents=True)
    paths.log_db.write_bytes(b"\x00garbage" * 100)
    out, err = io.StringIO(), io.StringIO()
    assert history_command(paths, "json", None, out, err, clock) == 0
    assert "could not be read" in err.getvalue() and "kept aside" in err.getvalue()
    assert json.loads(out.getvalue())["practices"] == []


def test_history_of_a_newer_log_fails_clearly(paths: UserPaths, clock: FakeClock) -> None:
    seed(paths, clock, days=1)
    log, _ = open_log(paths.log_db, clock, [])
    log.connection.execute("PRAGMA user_version = 7")
    log.close()
    err = io.StringIO()
    assert history_command(paths, "json", None, io.StringIO(), err, clock) == 1
    assert "newer Anapana" in err.getvalue()


def test_import_command_merges_an_export(
    paths: UserPaths, clock: FakeClock, tmp_path: Path
) -> None:
    seed(paths, clock, days=4)
    export = tmp_path / "export.json"
    with export.open("w", encoding="utf-8") as stream:
        history_command(paths, "json", None, stream, io.StringIO(), clock)
    out = io.StringIO()
    assert import_command(paths, export, out, io.StringIO(), clock) == 0
    assert "0 practices added, 4 already here." in out.getvalue()
    err = io.StringIO()
    assert import_command(paths, tmp_path / "missing.json", io.StringIO(), err, clock) == 2
    assert "missing.json" in err.getvalue()


def test_delete_all_data_erases_practices_notes_and_copies(
    paths: UserPaths, clock: FakeClock
) -> None:
    seed(paths, clock, days=3)
    log, _ = open_log(paths.log_db, clock, [])
    copy = paths.log_db.with_name(paths.log_db.name + ".v1-20260101T000000Z.bak")
    copy.write_bytes(b"an old copy with notes")
    assert delete_all_data(log) == 3
    assert log.count() == 0
    log.close()
    assert backup_files(paths.log_db) == []
    assert b"Day 1" not in paths.log_db.read_bytes()


def test_since_must_be_a_date() -> None:
    assert parse_since("2026-01-31") == date(2026, 1, 31)
    with pytest.raises(ValueError, match="2026-01-31"):
        parse_since("last tuesday")
