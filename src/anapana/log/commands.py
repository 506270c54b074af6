"""What `anapana history`, `anapana history --import` and `anapana paths` do.

The command line (`anapana.cli`) parses arguments and calls these; each returns an
exit code and writes only to the streams it is given. Notices about the log (a damaged
file set aside, an upgrade, interrupted practices) go to `err`.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Literal, TextIO

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.log import exchange, history
from anapana.log.notices import LogUnavailable, describe_write_error
from anapana.log.opening import backup_files, open_log
from anapana.log.practice import Practice, mood_word
from anapana.log.store import PracticeLog
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


def open_and_report(paths: UserPaths, clock: Clock, err: TextIO) -> PracticeLog | None:
    """Open the user's log for a command, printing its notices; None if it can't be."""
    try:
        log, notices = open_log(paths.log_db, clock, paths.rescue_folders)
    except LogUnavailable as error:
        print(f"anapana: {error}", file=err)
        return None
    for notice in notices:
        print(f"anapana: {notice.message}", file=err)
    return log


def _text_line(practice: Practice) -> str:
    if practice.damage:
        return _damaged_line(practice)
    moods = ""
    if practice.before.mood or practice.after.mood:
        before = mood_word(practice.before.mood) or "–"
        moods = f"  {before} → {mood_word(practice.after.mood) or '–'}"
    note = practice.note.strip().splitlines()[0][:60] if practice.note.strip() else ""
    status = "" if practice.status == "completed" else f" ({practice.status})"
    if exchange.is_copy(practice):
        status += " (imported copy)"
    return (
        f"{practice.started_at:%Y-%m-%d %H:%M}  {practice.practised_s / 60:5.1f} min"
        f"  {practice.title}{status}{moods}" + (f"  “{note}”" if note else "")
    )


def _damaged_line(practice: Practice) -> str:
    """A damaged row: what could be read, and what could not."""
    when = (
        "????-??-?? ??:??"
        if practice.lost("started_at")
        else f"{practice.started_at:%Y-%m-%d %H:%M}"
    )
    minutes = "    ?" if practice.damaged("practised_s") else f"{practice.practised_s / 60:5.1f}"
    title = " ".join(practice.title.split())[:60]
    return (
        f"{when}  {minutes} min  {title} (damaged in the log:"
        f" {'; '.join(str(d) for d in practice.damage[:3])})"
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
    clock = clock or SYSTEM_CLOCK
    if not paths.log_db.exists():  # just looking creates nothing
        if fmt == "json":
            exchange.write_json([], out, clock.now())
        elif fmt == "csv":
            exchange.write_csv([], out)
        else:
            print("No practices yet. They will show here after your first session.", file=out)
        return 0
    log = open_and_report(paths, clock, err)
    if log is None:
        return 1
    try:
        return _write_history(log, fmt, since, out, clock)
    except sqlite3.DatabaseError as error:
        # What was written so far stays written; the rest of the file can't be read.
        print(
            f"anapana: part of the practice log could not be read ({error}); what could be"
            " read is shown above. Nothing was changed.",
            file=err,
        )
        return 1
    finally:
        log.close()


def _write_history(
    log: PracticeLog, fmt: HistoryFormat, since: date | None, out: TextIO, clock: Clock
) -> int:
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
    log = open_and_report(paths, clock or SYSTEM_CLOCK, err)
    if log is None:
        return 1
    try:
        result = exchange.import_rows(log, rows)
    except sqlite3.Error as error:  # one transaction: nothing was half-imported
        print(f"anapana: {describe_write_error(error)} Nothing was imported.", file=err)
        return 1
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
