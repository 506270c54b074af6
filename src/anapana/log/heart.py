"""The heart side of a practice: what a strap (or the simulator) measured, kept per practice.

One `heart_records` row per practice that had a heart signal, keyed by the practice's
uuid: the seconds with a signal, mean heart rate, RMSSD, the mean breath swing (heart
rate peak-to-trough per paced breath), the raw RR series (ms, one a line: what
`anapana history --rr ID` prints, and Kubios reads), and for the resonance-rate finder
the per-rate results and the chosen rate. Qt-free; every statement is parameterized.
"""

from __future__ import annotations

import json
import math
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TextIO

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.log.store import PracticeLog

RR_LINE_LIMIT = 200_000
"""About two days of beats: more than any practice; a bigger stored value is refused."""


@dataclass(frozen=True, slots=True)
class HeartRecord:
    practice_uuid: str
    source: str = ""
    """What gave the beats, in words ("Polar H10 …", "Simulated heart (5.5/min)")."""
    signal_s: float = 0.0
    """How long a heart signal was present during the practice."""
    mean_hr_bpm: float | None = None
    rmssd_ms: float | None = None
    mean_swing_bpm: float | None = None
    rr_ms: tuple[float, ...] = ()
    first_beat_s: float | None = None
    """Plan time of the start of the first interval."""
    assessment: dict[str, Any] | None = None
    """For the resonance-rate finder: `Assessment.to_json()` (per-rate results)."""
    chosen_per_min: float | None = None
    beats: int = field(default=0)

    @property
    def rr_text(self) -> str:
        return "".join(f"{_ms_text(v)}\n" for v in self.rr_ms)


def _ms_text(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0") if math.isfinite(value) else "nan"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None


def _rr_from_text(text: str) -> tuple[float, ...]:
    values: list[float] = []
    for line in text.splitlines()[:RR_LINE_LIMIT]:
        try:
            value = float(line)
        except ValueError:
            continue  # a hand-edited row: skip what is not a number rather than fail
        if math.isfinite(value) and value > 0:
            values.append(value)
    return tuple(values)


def save_heart(log: PracticeLog, record: HeartRecord, now: datetime) -> None:
    """Insert or replace the heart row of one practice."""
    assessment = None if record.assessment is None else json.dumps(
        record.assessment, ensure_ascii=False, allow_nan=False)
    log.connection.execute(
        "INSERT INTO heart_records (practice_uuid, source, signal_s, beats, mean_hr_bpm,"
        " rmssd_ms, mean_swing_bpm, first_beat_s, rr_ms, assessment, chosen_per_min, saved_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(practice_uuid) DO UPDATE SET source = excluded.source,"
        " signal_s = excluded.signal_s, beats = excluded.beats,"
        " mean_hr_bpm = excluded.mean_hr_bpm, rmssd_ms = excluded.rmssd_ms,"
        " mean_swing_bpm = excluded.mean_swing_bpm, first_beat_s = excluded.first_beat_s,"
        " rr_ms = excluded.rr_ms, assessment = excluded.assessment,"
        " chosen_per_min = excluded.chosen_per_min, saved_at = excluded.saved_at",
        (
            record.practice_uuid, record.source, float(record.signal_s),
            len(record.rr_ms), _number(record.mean_hr_bpm), _number(record.rmssd_ms),
            _number(record.mean_swing_bpm), _number(record.first_beat_s), record.rr_text,
            assessment, _number(record.chosen_per_min), int(now.timestamp() // 1),
        ),
    )  # fmt: skip


def heart_of(log: PracticeLog, practice_uuid: str) -> HeartRecord | None:
    row = log.connection.execute(
        "SELECT practice_uuid, source, signal_s, mean_hr_bpm, rmssd_ms, mean_swing_bpm,"
        " rr_ms, first_beat_s, assessment, chosen_per_min, beats"
        " FROM heart_records WHERE practice_uuid = ?", (practice_uuid,)).fetchone()
    if row is None:
        return None
    (uuid, source, signal_s, mean_hr, rmssd, swing, rr_text, first_beat, assessment_text,
     chosen, beats) = row  # fmt: skip
    assessment: dict[str, Any] | None = None
    if assessment_text:
        try:
            value = json.loads(assessment_text)
        except ValueError:
            value = None
        assessment = value if isinstance(value, dict) else None
    return HeartRecord(
        str(uuid), str(source or ""), float(signal_s or 0.0), _number(mean_hr),
        _number(rmssd), _number(swing), _rr_from_text(str(rr_text or "")),
        _number(first_beat), assessment, _number(chosen), int(beats or 0))


def resolve_practice(log: PracticeLog, ref: str) -> tuple[str | None, str]:
    """A practice's uuid from what a user types: `latest`, a row number, or a uuid
    (or its first 6+ characters). Returns (uuid, '') or (None, why not)."""
    ref = ref.strip()
    conn = log.connection
    if ref.lower() in ("latest", "last"):
        row = conn.execute(
            "SELECT p.uuid FROM practices p JOIN heart_records h ON h.practice_uuid = p.uuid"
            " ORDER BY p.started_at DESC, p.id DESC LIMIT 1").fetchone()
        return (str(row[0]), "") if row else (None, "no practice with a heart signal yet")
    if ref.isdigit():
        row = conn.execute("SELECT uuid FROM practices WHERE id = ?", (int(ref),)).fetchone()
        return (str(row[0]), "") if row else (None, f"no practice number {ref}")
    if len(ref) < 6:
        return None, (f"{ref!r} is too short: give a practice number, 6 or more characters"
                      " of its id, or latest")
    escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT uuid FROM practices WHERE uuid LIKE ? ESCAPE '\\' LIMIT 2",
                        (escaped + "%",)).fetchall()
    if len(rows) == 1:
        return str(rows[0][0]), ""
    return None, (f"no practice with id {ref!r}" if not rows
                  else f"{ref!r} matches more than one practice: give more of its id")


@dataclass(frozen=True, slots=True)
class HeartWeek:
    week_start: date
    sessions: int
    mean_hr_bpm: float | None
    rmssd_ms: float | None


def heart_by_week(log: PracticeLog, first_day: int, last_day: int) -> list[HeartWeek]:
    """Mean heart rate and RMSSD of the practices with a heart signal, week by week
    (weeks start on Monday; day numbers as `history.day_number`)."""
    from anapana.log.history import day_of

    # 1970-01-01 was a Thursday: day + 3 counts from a Monday.
    rows = log.connection.execute(
        "SELECT (p.local_day + 3) / 7, count(*), avg(h.mean_hr_bpm), avg(h.rmssd_ms)"
        " FROM practices p JOIN heart_records h ON h.practice_uuid = p.uuid"
        " WHERE p.local_day BETWEEN ? AND ? AND h.beats > 0"
        " GROUP BY (p.local_day + 3) / 7 ORDER BY 1", (first_day, last_day))
    return [HeartWeek(day_of(int(week) * 7 - 3), int(n), _number(hr), _number(rmssd))
            for week, n, hr, rmssd in rows]


def rr_command(
    paths: Any,
    ref: str,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    clock: Clock | None = None,
) -> int:
    """`anapana history --rr ID`: the practice's RR intervals, one in ms a line."""
    from anapana.log.commands import open_and_report  # the app never needs the CLI's half

    if not paths.log_db.exists():  # just looking creates nothing
        print("anapana: no practices yet, so no heart recordings.", file=err)
        return 1
    log = open_and_report(paths, clock or SYSTEM_CLOCK, err)
    if log is None:
        return 1
    try:
        uuid, why = resolve_practice(log, ref)
        if uuid is None:
            print(f"anapana history --rr: {why}", file=err)
            return 2
        try:
            record = heart_of(log, uuid)
        except sqlite3.Error as error:
            print(f"anapana: the heart recording can't be read: {error}", file=err)
            return 1
        if record is None or not record.rr_ms:
            print(f"anapana history --rr: practice {uuid} has no heart recording.", file=err)
            return 1
        out.write(record.rr_text)
    finally:
        log.close()
    return 0


def summarize_rr(rr_ms: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean heart rate and RMSSD of an RR series, for a stored row (None when too short).

    Ectopic, missed and extra beats are corrected first (`anapana.hr.artifacts`), then
    `anapana.hr.metrics.time_domain` computes the figures; the log must never fail to
    save because the analysis could not run, so its errors give (None, None)."""
    if len(rr_ms) < 3:
        return None, None
    try:
        from anapana.hr.artifacts import correct_artifacts
        from anapana.hr.metrics import time_domain

        result = time_domain(correct_artifacts(list(rr_ms)).rr_ms)
    except Exception:
        return None, None
    return _number(result.mean_hr_bpm), _number(result.rmssd_ms)
