"""What the user is told about their log, in plain words: notices and write failures.

Opening the log (`anapana.log.opening`) and replaying rescued writes
(`anapana.log.rescue`) report what happened as `Notice`s, and a log that can't be opened as
`LogUnavailable`; the command line prints them, the app shows them. A failed write is
described by `describe_write_error` while the data waits in memory. All of these
sentences are said by `LogNotices` through the app's `translate` (see
`anapana.i18n.wording`), so they are in the user's language; the command line keeps
English.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from anapana.i18n.numbers import ENGLISH, Numbers
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


class LogNotices:
    """Every sentence opening the log and replaying rescued writes says, in the user's
    language: the app passes its `translate`, the command line `english`.

    Its words go through `self.tr(…)` (context `LogNotices`, the class name) so that
    `pyside6-lupdate` finds them and marks `%n` counts as plurals (it does so only in
    `tr` calls). Values (paths, file names, SQLite's own words) fill `%1`, `%2` … after
    translating, so a name holding `%2` stays as it is; numbers are written by `numbers`
    (`%Ln` counts by Qt, in the locale's digits too).
    """

    def __init__(self, translate: Translate = english, numbers: Numbers = ENGLISH) -> None:
        self._translate = translate
        self._numbers = numbers

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self._translate("LogNotices", text, disambiguation, n)

    @property
    def translate(self) -> Translate:
        """The `translate` these words are said through (for `wal.problem`'s reasons)."""
        return self._translate

    @property
    def numbers(self) -> Numbers:
        """How these words write numbers (for `wal.problem`'s reasons)."""
        return self._numbers

    def write_error(self, error: BaseException) -> str:
        return describe_write_error(error, self._translate)

    # -- opening went well, with something to tell ---------------------------------------
    def interrupted(self, count: int) -> str:
        return self.tr("%Ln practice(s) ended unexpectedly; the time practised was kept and"
                       " marked as interrupted.", None, count)

    def upgraded(self, copy: str) -> str:
        return arg(self.tr("Your practice log was updated to a newer format; the old file is"
                           " kept as %1."), copy)

    def replaced(self, aside: str, rescued: int) -> str:
        if rescued:
            return arg(self.tr("Your practice log could not be read, so it was kept aside as %1"
                               " and a fresh log was started; %Ln practice(s) could be rescued"
                               " from it. Nothing was deleted.", None, rescued), aside)
        return arg(self.tr("Your practice log could not be read, so it was kept aside as %1"
                           " and a fresh log was started. Nothing was deleted."), aside)

    def read_only(self, disk_full: bool) -> str:
        if disk_full:
            return self.tr("The disk is full, so your practice log is open for reading only:"
                           " your history is shown, and new practices and notes are kept safe"
                           " until they can be written.")
        return self.tr("The practice log can't be written just now, so it is open for reading"
                       " only: your history is shown, and new practices and notes are kept"
                       " safe until they can be written.")

    def journal_kept(self, journal: str, reason: str, copy: str) -> str:
        return arg(self.tr("Part of your practice log's journal (%1) looks damaged (%2). A copy"
                           " of the log and its journal was kept as %3 before opening it, and"
                           " everything that could be read was kept. Nothing was deleted."),
                   journal, reason, copy)

    def journal_no_room(self, journal: str, reason: str, error: str) -> str:
        return arg(self.tr("Part of your practice log's journal (%1) looks damaged (%2), and"
                           " there is no room to keep a copy of it (%3). The log is open for"
                           " reading only, so nothing in it is lost; new practices are kept"
                           " safe meanwhile."), journal, reason, error)

    # -- rescued writes ------------------------------------------------------------------
    def recovered(self, added: int, notes: int, updated: int) -> str | None:
        """What a replay added back; None when it added nothing."""
        if added and notes:
            return arg(self.tr("Recovered %1 and %2 that could not be saved last time.",
                               "%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”"),
                       self.tr("%Ln practice(s)", "recovered", added),
                       self.tr("%Ln journal note(s)", "recovered", notes))
        if added:
            return self.tr("Recovered %Ln practice(s) that could not be saved last time.",
                           None, added)
        if notes:
            return self.tr("Recovered %Ln journal note(s) that could not be saved last time.",
                           None, notes)
        if updated:
            return self.tr("Recovered the latest details of %Ln practice(s) that could not be"
                           " saved last time.", None, updated)
        return None

    def rescue_unreadable(self, path: str) -> str:
        return arg(self.tr("Some practices kept aside last time could not be read back; the"
                           " file is left as it is at %1. Nothing was deleted."), path)

    def rescue_waiting(self) -> str:
        return self.tr("Some practices kept aside last time can't be added to the log just"
                       " now; they are kept safe and will be added next time.")

    # -- the log can't be opened (`LogUnavailable`) ------------------------------------
    def no_folder(self, error: str) -> str:
        return arg(self.tr("The folder for the practice log can't be made: %1"), error)

    def newer(self, path: str, why: str) -> str:
        return arg(self.tr("The practice log %1 was written by a newer Anapana (%2); please"
                           " update Anapana to keep using it. It has not been changed, and"
                           " nothing new is written to it."), path, why)

    def newer_format(self, version: int) -> str:
        return arg(self.tr("format %1", "why the log looks written by a newer Anapana"),
                   self._numbers.integer(version))

    def unknown_tables(self, tables: str) -> str:
        return arg(self.tr("it holds tables this version doesn't know: %1",
                           "why the log looks written by a newer Anapana"), tables)

    def cannot_open(self, error: str) -> str:
        return arg(self.tr("The practice log can't be opened: %1"), error)

    def cannot_even_read(self, error: str) -> str:
        return arg(self.tr("The practice log can't be opened, even to read it: %1"), error)

    def needs_update_read_only(self, path: str) -> str:
        return arg(self.tr("The practice log %1 needs updating to this Anapana's format, and it"
                           " can't be written just now (the disk is full or read-only). It has"
                           " not been changed."), path)

    def cannot_carry_over(self, path: str, error: str) -> str:
        return arg(self.tr("The practice log %1 can't be updated to this version's format (%2);"
                           " it has not been changed."), path, error)

    def cannot_update(self, error: str) -> str:
        return arg(self.tr("The practice log can't be updated: %1"), error)

    def cannot_set_aside(self, path: str, error: str) -> str:
        return arg(self.tr("The practice log %1 could not be read, and it can't be kept aside"
                           " just now (%2); it has not been changed."), path, error)

    def no_fresh_log(self, aside: str, error: str) -> str:
        return arg(self.tr("The practice log could not be read, so it was kept aside as %1; a"
                           " fresh log can't be started just now (%2)."), aside, error)

    def link_refused(self, name: str) -> str:
        return arg(self.tr("%1 is a link; Anapana doesn't write to the practice log through"
                           " links. Remove the link to go on."), name)

    def link_unfollowable(self, path: str) -> str:
        return arg(self.tr("The practice log %1 is a link that can't be followed."), path)

    def link_outside(self, path: str, target: str, folder: str) -> str:
        return arg(self.tr("The practice log %1 is a link to %2, outside the data folder %3."
                           " Anapana only keeps your log inside its own folder, so it neither"
                           " reads nor changes that file; move it into the folder (or remove"
                           " the link)."), path, target, folder)
