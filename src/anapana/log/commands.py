"""What `anapana history`, `anapana history --import` and `anapana paths` do.

The command line (`anapana.cli`) parses arguments and calls these; each returns an
exit code and writes only to the streams it is given. Notices about the log (a damaged
file set aside, an upgrade, interrupted practices) go to `err`.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Literal, TextIO

from anapana.log import exchange, history
from anapana.log.clock import Clock, SystemClock
from anapana.log.practice import Practice, mood_word
from anapana.log.store import LogUnavailable, PracticeLog, backup_files
from anapana.paths import UserPaths

HistoryFormat = Literal["text", "json", "csv"]


def describe_paths(paths: UserPaths) -> list[tuple[str, Path]]:
    """Where the user's things live, for `anapana paths` and the About box."""
    return [
        ("Practice log", paths.log_db),
        ("Settings", paths.settings),
        ("Your sessions", paths.sessions),
        ("App logs", paths.logs),
    ]


def parse_since(text: str) -> date:
    """`--since 2026-01-31`; raises ValueError with a message for the user."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since expects a date like 2026-01-31, got {text!r}") from None


def _open(paths: UserPaths, clock: Clock, err: TextIO) -> PracticeLog | None:
    try:
        log, notices = PracticeLog.open(paths.log_db, clock)
    except LogUnavailable as error:
        print(f"anapana: {error}", file=err)
        return None
    for notice in notices:
        print(f"anapana: {notice.message}", file=err)
    return log


def _text_line(practice: Practice) -> str:
    moods = ""
    if practice.before.mood or practice.after.mood:
        before = mood_word(practice.before.mood) or "–"
        moods = f"  {before} → {mood_word(practice.after.mood) or '–'}"
    note = practice.note.strip().splitlines()[0][:60] if practice.note.strip() else ""
    status = "" if practice.status == "completed" else f" ({practice.status})"
    return (
        f"{practice.started_at:%Y-%m-%d %H:%M}  {practice.practised_s / 60:5.1f} min"
        f"  {practice.title}{status}{moods}" + (f"  “{note}”" if note else "")
    )


def history_command(
    paths: UserPaths,
    fmt: HistoryFormat = "text",
    since: date | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    clock: Clock | None = None,
) -> int:
    """`anapana history [--json|--csv] [--since DATE]`: the log, oldest first."""
    clock = clock or SystemClock()
    if not paths.log_db.exists():  # just looking creates nothing
        if fmt == "json":
            exchange.write_json([], out, clock.now())
        elif fmt == "csv":
            exchange.write_csv([], out)
        else:
            print("No practices yet. They will show here after your first session.", file=out)
        return 0
    log = _open(paths, clock, err)
    if log is None:
        return 1
    try:
        since_day = None if since is None else history.day_number(since)
        practices = log.practices(since_day=since_day)
        if fmt == "json":
            exchange.write_json(practices, out, clock.now())
        elif fmt == "csv":
            exchange.write_csv(practices, out)
        else:
            count = 0
            for practice in practices:
                print(_text_line(practice), file=out)
                count += 1
            if count == 0:
                print("No practices yet. They will show here after your first session.", file=out)
            else:
                totals = history.totals(log)
                print(
                    f"\n{totals.sessions} sessions, {totals.minutes} minutes,"
                    f" {totals.days} days practised in all.",
                    file=out,
                )
    finally:
        log.close()
    return 0


def import_command(
    paths: UserPaths,
    source: Path,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    clock: Clock | None = None,
) -> int:
    """`anapana history --import FILE`: merge a JSON export into the log."""
    try:
        with source.open(encoding="utf-8") as stream:
            rows = exchange.read_export(stream)
    except (OSError, UnicodeDecodeError, exchange.ImportError_) as error:
        print(f"anapana: {source}: {error}", file=err)
        return 2
    log = _open(paths, clock or SystemClock(), err)
    if log is None:
        return 1
    try:
        result = exchange.import_rows(log, rows)
    finally:
        log.close()
    print(result.summary(), file=out)
    return 0


def delete_all_data(log: PracticeLog) -> int:
    """Erase every practice and note, and the log's backup copies. Returns practices erased."""
    count = log.delete_everything()
    if log.path is not None:
        for copy in backup_files(log.path):
            copy.unlink(missing_ok=True)
    return count
