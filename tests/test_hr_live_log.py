"""Heart rows in the practice log: the v2 → v3 migration, saving, weekly figures and
`anapana history --rr`."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.cli import main
from anapana.log import Practice, schema
from anapana.log.heart import (
    HeartRecord,
    heart_by_week,
    heart_of,
    resolve_practice,
    rr_command,
    save_heart,
)
from anapana.log.history import day_number
from anapana.log.opening import backup_files, open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def _practice(uuid: str, started: datetime) -> Practice:
    return Practice(uuid=uuid, session="resonance-rate-finder", title="Resonance-rate finder",
                    sha256="", started_at=started, planned_s=660.0, last_seen_at=started,
                    updated_at=started, practised_s=660.0, status="completed")


def test_a_v2_log_is_copied_then_gains_the_heart_table(tmp_path: Path) -> None:
    from tests.test_log_migrations import build_v2

    path = tmp_path / "log.sqlite3"
    build_v2(path)
    log, notices = open_log(path, FakeClock(NOW), [])
    try:
        assert schema.user_version(log.connection) == 3
        assert notices[0].kind == "log-upgraded"
        assert log.count() == 3
        tables = {n for (n,) in log.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "heart_records" in tables
    finally:
        log.close()
    copies = backup_files(path)
    assert len(copies) == 1 and ".v2-" in copies[0].name
    copy = sqlite3.connect(copies[0])
    assert schema.user_version(copy) == 2
    copy.close()


def test_save_read_and_delete_with_the_practice(tmp_path: Path) -> None:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    log.save_practice(_practice("11111111-aaaa", NOW))
    rates = {"rates": [{"per_min": 5.5, "peak_trough_bpm": 14.2}], "best_per_min": 5.5}
    save_heart(log, HeartRecord("11111111-aaaa", "Simulated heart", 640.0, 63.5, 48.2, 12.9,
                                (1000.0, 976.5625, 1024.0), 0.0, rates), NOW)
    record = heart_of(log, "11111111-aaaa")
    assert record is not None
    assert record.rr_ms == (1000.0, 976.6, 1024.0)  # stored to 0.1 ms, as Kubios reads it
    assert record.beats == 3 and record.mean_hr_bpm == 63.5 and record.rmssd_ms == 48.2
    assert record.assessment == rates and record.chosen_per_min is None
    log.delete_everything()
    assert heart_of(log, "11111111-aaaa") is None
    log.close()


def test_weekly_heart_rate_and_rmssd(tmp_path: Path) -> None:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    monday = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
    for i, (days, hr, rmssd) in enumerate([(0, 60, 40), (2, 64, 50), (7, 70, 30)]):
        uuid = f"uuid-{i:04d}-xxxx"
        log.save_practice(_practice(uuid, monday + timedelta(days=days)))
        save_heart(log, HeartRecord(uuid, "s", 600, hr, rmssd, None, (900.0,) * 5), NOW)
    log.save_practice(_practice("no-heart-0000", monday))
    weeks = heart_by_week(log, day_number(monday.date()) - 30, day_number(NOW.date()))
    assert [(w.week_start.isoformat(), w.sessions, w.mean_hr_bpm, w.rmssd_ms)
            for w in weeks] == [("2026-11-16", 2, 62.0, 45.0), ("2026-11-23", 1, 70.0, 30.0)]
    log.close()


def test_resolve_practice_by_number_prefix_and_latest(tmp_path: Path) -> None:
    log, _ = open_log(tmp_path / "log.sqlite3", FakeClock(NOW), [])
    log.save_practice(_practice("abcdef01-1111", NOW - timedelta(days=1)))
    log.save_practice(_practice("abcdef02-2222", NOW))
    save_heart(log, HeartRecord("abcdef01-1111", rr_ms=(800.0,)), NOW)
    assert resolve_practice(log, "latest") == ("abcdef01-1111", "")
    assert resolve_practice(log, "2") == ("abcdef02-2222", "")
    assert resolve_practice(log, "abcdef02")[0] == "abcdef02-2222"
    assert "more than one" in resolve_practice(log, "abcdef")[1]
    assert "too short" in resolve_practice(log, "ab")[1]
    assert "no practice" in resolve_practice(log, "99")[1]
    assert resolve_practice(log, "abc%ef")[0] is None  # LIKE wildcards are literal
    log.close()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserPaths:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path / "home"))
    return UserPaths.from_environment()


def test_history_rr_prints_one_interval_in_ms_a_line(
        home: UserPaths, capsys: pytest.CaptureFixture[str]) -> None:
    log, _ = open_log(home.log_db, FakeClock(NOW), [])
    log.save_practice(_practice("feedbeef-0001", NOW))
    save_heart(log, HeartRecord("feedbeef-0001", rr_ms=(1000.0, 812.5, 1187.3)), NOW)
    log.close()
    assert main(["history", "--rr", "latest"]) == 0
    out = capsys.readouterr().out
    assert out == "1000\n812.5\n1187.3\n"
    assert [float(line) for line in out.split()] == [1000.0, 812.5, 1187.3]
    assert main(["history", "--rr", "1"]) == 0
    assert capsys.readouterr().out == out


def test_history_rr_says_why_when_there_is_nothing(home: UserPaths) -> None:
    err = io.StringIO()
    assert rr_command(home, "latest", io.StringIO(), err) == 1
    assert "no practices yet" in err.getvalue()
    log, _ = open_log(home.log_db, FakeClock(NOW), [])
    log.save_practice(_practice("cafe0000-0001", NOW))
    log.close()
    err = io.StringIO()
    assert rr_command(home, "cafe0000", io.StringIO(), err) == 1
    assert "no heart recording" in err.getvalue()
    err = io.StringIO()
    assert rr_command(home, "latest", io.StringIO(), err) == 2
    assert "no practice with a heart signal" in err.getvalue()
