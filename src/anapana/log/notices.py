"""What the user is told about their log, in plain words: notices and write failures.

Opening the log (`anapana.log.opening`) and replaying rescued writes
(`anapana.log.rescue`) report what happened as `Notice`s; the command line prints
them, the app shows them. A failed write is described by `describe_write_error`
while the data waits in memory; the app passes its `translate` (see
`anapana.i18n.wording`) so that the sentence is in the user's language.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from anapana.i18n.wording import QT_TRANSLATE_NOOP, Translate, arg, english


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should be told about their log, in plain words."""

    # "log-replaced", "log-upgraded", "practices-interrupted", "log-read-only",
    # "writes-recovered", "rescue-unreadable", "rescue-waiting", "wal-kept"
    kind: str
    message: str
    path: Path | None = None


class LogUnavailable(Exception):
    """The log cannot be opened at all; `str()` is a message for the user."""


def is_disk_full(error: BaseException) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or (
        isinstance(error, OSError) and error.errno == 28
    )


DISK_FULL = QT_TRANSLATE_NOOP(
    "LogNotices", "The disk is full, so the practice log can't be saved just now.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "LogNotices", "The practice log is read-only, so it can't be saved just now.")
BUSY = QT_TRANSLATE_NOOP(
    "LogNotices", "Another Anapana window is writing to the log; saving again shortly.")
NOT_SAVED = QT_TRANSLATE_NOOP("LogNotices", "The practice log can't be saved just now (%1).")
NOT_OPEN = QT_TRANSLATE_NOOP("LogNotices", "The practice log isn't open.")


def describe_write_error(error: BaseException, translate: Translate = english) -> str:
    """A calm sentence for a failed write; the data itself is still held in memory.
    In English, or through the app's `translate` (context `LogNotices`)."""
    code = getattr(error, "sqlite_errorcode", None)
    base = code & 0xFF if isinstance(code, int) else None
    if is_disk_full(error):
        return translate("LogNotices", DISK_FULL)
    if base == sqlite3.SQLITE_READONLY:
        return translate("LogNotices", READ_ONLY)
    if base in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return translate("LogNotices", BUSY)
    return arg(translate("LogNotices", NOT_SAVED), str(error))
