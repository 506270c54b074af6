"""Opening the practice log: the one way in, with everything that must happen first.

`open_log(path, clock, rescue_folders)` creates the folder and the file privately
(0700/0600), turns on WAL and a busy timeout so a second app instance waits instead of
failing, keeps a copy of a damaged WAL before SQLite could drop frames from it, sets a
damaged file aside and starts a fresh one (salvaging the rows it still can), copies
the file before each schema migration, then adds the writes kept aside when the disk
failed last time (`anapana.log.rescue`) and marks practices whose process died
(SIGKILL, power loss) as `interrupted`. What the user should hear about comes back as
`Notice`s; the CLI prints them, the app shows them.

The rescue folders are an input: the entry layer (`UserPaths.rescue_folders`) knows
where the user's folders are; nothing in `anapana.log` reads the environment.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from anapana.core.clock import Clock
from anapana.i18n.numbers import ENGLISH, Numbers
from anapana.i18n.wording import Translate, english
from anapana.log import files, rescue, schema, wal
from anapana.log.notices import LogNotices, LogUnavailable, Notice, is_disk_full
from anapana.log.row import COLUMNS, UPSERT, decode_text
from anapana.log.store import PracticeLog

BUSY_TIMEOUT_MS = 3000
_CORRUPT_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def open_log(
    path: Path,
    clock: Clock,
    rescue_folders: Sequence[Path],
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    translate: Translate = english,
    numbers: Numbers = ENGLISH,
) -> tuple[PracticeLog, list[Notice]]:
    """Open (creating, repairing or upgrading as needed) the log file at `path`.

    Writes kept aside when the disk failed last time are added from the rescue files
    for this log in `rescue_folders` (the folders `Recorder.rescue` tries), then the
    practices left running by a process that is gone are marked interrupted.

    When the disk is full or read-only the log is opened for reading only
    (`read_only`, with a "log-read-only" notice): the history still shows, and the
    recorder keeps new practices until they can be written.

    Raises `LogUnavailable` when the file can't be opened at all: no such folder can
    be made, the path is a link out of the data folder, or the log comes from a
    newer Anapana (such a file is neither changed nor moved).

    Every notice and `LogUnavailable` message is said through `translate` (the app's is
    Qt's, see `notices.LogNotices`), its numbers written by `numbers` (the app's follow
    QLocale); the command line keeps `english` and `ENGLISH`.
    """
    words = LogNotices(translate, numbers)
    log, real_path, notices, writable = _open_file(path, clock, busy_timeout_ms, words)
    if not writable:
        return log, notices
    try:
        # Before marking: a rescued practice left running by a quit app is closed too.
        notices.extend(rescue.replay(log, real_path, rescue_folders).notices(words))
        interrupted = log.mark_interrupted()
    except sqlite3.OperationalError as error:
        notices.append(Notice("log-read-only", words.write_error(error), real_path))
        return log, notices
    if interrupted:
        notices.append(Notice("practices-interrupted", words.interrupted(interrupted)))
    return log, notices


def _open_file(
    path: Path, clock: Clock, busy_timeout_ms: int, words: LogNotices
) -> tuple[PracticeLog, Path, list[Notice], bool]:
    """The log file at `path`, created, repaired or upgraded as needed.

    Returns the log, its real path, the notices, and whether it can be written now
    (a full or read-only disk opens it for reading only, and a locked file may refuse
    the upgrade step).
    """
    notices: list[Notice] = []
    try:
        files.private_folder(path.parent)
    except OSError as error:
        raise LogUnavailable(words.no_folder(str(error))) from error
    path = _checked_path(path, words)
    newer = _newer_format(path, words)
    if newer is not None:
        raise LogUnavailable(words.newer(str(path), newer))
    kept, wal_notices = _keep_damaged_wal(path, clock, words)
    notices.extend(wal_notices)
    read_only = False
    try:
        if kept is False:  # no room to copy a damaged WAL: don't let SQLite drop it
            raise _CannotWrite("no room to keep a copy of the damaged journal")
        conn = _connect_checked(path, busy_timeout_ms, words)
    except sqlite3.DatabaseError as error:
        if _cannot_write(error) and path.exists():
            conn = _connect_read_only(path, busy_timeout_ms, error, words,
                                      immutable=kept is False)
            read_only = True
            notices.append(Notice("log-read-only", _read_only_message(error, path, words),
                                  path))
        elif not _is_corrupt(error):
            raise LogUnavailable(words.cannot_open(str(error))) from error
        else:
            conn = _replace_damaged(path, clock, busy_timeout_ms, notices, words)
    log = PracticeLog(conn, path, read_only=read_only)
    version = schema.user_version(conn)
    if version > schema.CURRENT_VERSION:
        conn.close()
        raise LogUnavailable(words.newer(str(path), words.newer_format(version)))
    if read_only:
        if version < schema.CURRENT_VERSION:
            conn.close()
            raise LogUnavailable(words.needs_update_read_only(str(path)))
        return log, path, notices, False
    if 0 < version < schema.CURRENT_VERSION:
        copy = path.with_name(f"{path.name}.v{version}-{_stamp(clock.now())}.bak")
        _copy_log(conn, copy)
        notices.append(Notice("log-upgraded", words.upgraded(copy.name), copy))
    try:
        schema.migrate(conn)
    except (ValueError, TypeError, OverflowError, sqlite3.IntegrityError) as error:
        # A row an old version stored that the upgrade can't carry over: the step
        # rolled back, the file and its copy are as they were.
        conn.close()
        raise LogUnavailable(words.cannot_carry_over(str(path), str(error))) from error
    except sqlite3.OperationalError as error:
        if schema.user_version(conn) < schema.CURRENT_VERSION:
            conn.close()
            raise LogUnavailable(words.cannot_update(str(error))) from error
        notices.append(Notice("log-read-only", words.write_error(error), path))
        return log, path, notices, False
    return log, path, notices, True


def _replace_damaged(
    path: Path, clock: Clock, busy_timeout_ms: int, notices: list[Notice], words: LogNotices
) -> sqlite3.Connection:
    try:
        aside = _set_aside(path, clock)
    except OSError as error:
        raise LogUnavailable(
            words.cannot_set_aside(str(path), str(error.strerror or error))
        ) from error
    rescued = _salvage_rows(aside, path, busy_timeout_ms, words)
    try:
        conn = _connect_checked(path, busy_timeout_ms, words)
    except sqlite3.DatabaseError as error:
        raise LogUnavailable(words.no_fresh_log(aside.name, str(error))) from error
    notices.append(Notice("log-replaced", words.replaced(aside.name, rescued), aside))
    return conn


def _connect_checked(
    path: Path, busy_timeout_ms: int, words: LogNotices
) -> sqlite3.Connection:
    """Connect for writing and prove the file is a readable Anapana log.

    Raises `_CannotWrite` when the file can't be opened for writing, and
    DatabaseError when it is not a readable log.
    """
    try:
        _private_file(path)
    except files.LinkRefused as error:
        raise LogUnavailable(words.link_refused(str(error.filename))) from error
    except OSError as error:
        if error.errno in _CANNOT_WRITE_ERRNOS:
            raise _CannotWrite(str(error)) from error
        raise sqlite3.OperationalError(str(error)) from error
    conn = _connect(str(path), False, busy_timeout_ms)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL survives a killed process; notes ask for FULL (see save_practice).
        conn.execute("PRAGMA synchronous = NORMAL")
        _prove_log(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(
    path: Path, busy_timeout_ms: int, why: BaseException, words: LogNotices, *,
    immutable: bool = False
) -> sqlite3.Connection:
    """Open for reading only; `immutable` when even SQLite's shared index can't be made."""
    uri = path.resolve().as_uri()
    tries = ["immutable=1"] if immutable else ["mode=ro", "immutable=1"]
    for query in tries:
        conn = _connect(f"{uri}?{query}", True, busy_timeout_ms)
        try:
            _prove_log(conn)
        except sqlite3.DatabaseError:
            conn.close()
            continue
        return conn
    raise LogUnavailable(words.cannot_even_read(str(why)))


def _set_aside(path: Path, clock: Clock) -> Path:
    aside = path.with_name(f"{path.name}.unreadable-{_stamp(clock.now())}.bak")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.unreadable-{_stamp(clock.now())}-{n}.bak")
    for suffix in ("-wal", "-shm"):  # a WAL belongs to its file; move them together
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))
    path.replace(aside)
    return aside


def _salvage_rows(aside: Path, path: Path, busy_timeout_ms: int, words: LogNotices) -> int:
    """Best effort: copy the rows still readable from a damaged current-format log."""
    rows: list[tuple[Any, ...]] = []
    try:
        damaged = sqlite3.connect(f"{aside.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    damaged.text_factory = decode_text
    try:
        if schema.user_version(damaged) != schema.CURRENT_VERSION:
            return 0
        # Row by row: a batch would be lost whole at the first damaged page.
        for row in damaged.execute(f"SELECT {COLUMNS} FROM practices"):
            rows.append(row)
    except sqlite3.Error:
        pass  # keep what was read before the damage
    finally:
        damaged.close()
    if not rows:
        return 0
    conn = _connect_checked(path, busy_timeout_ms, words)
    try:
        schema.migrate(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(UPSERT.replace("INSERT", "INSERT OR IGNORE", 1), rows)
        conn.execute("COMMIT")
        # Count what landed, not what was read: a damaged page can yield a row twice.
        return int(conn.execute("SELECT COUNT(*) FROM practices").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def _copy_log(conn: sqlite3.Connection, target: Path) -> None:
    _private_file(target)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()


def _is_corrupt(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, _Damaged | _NotALog):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CORRUPT_CODES


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _private_file(path: Path) -> None:
    """Create the file owner-only; tighten an existing one. SQLite gives -wal/-shm the same mode.

    Never through a link: a -wal or -shm link would make SQLite write through it, so one
    is refused like a link in the log's own place.
    """
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.is_symlink():
            raise files.LinkRefused(40, "is a symbolic link", str(extra))
    files.private_file(path)
    for suffix in ("-wal", "-shm"):
        files.tighten_if_present(path.with_name(path.name + suffix))


def backup_files(log_path: Path) -> list[Path]:
    """Copies made before migrations and damaged files set aside: they hold user data too."""
    return sorted(log_path.parent.glob(f"{log_path.name}.*.bak*"))


_CANNOT_WRITE_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT)
_CANNOT_WRITE_CODES = (
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_PERM,
)
_KNOWN_TABLES = schema.KNOWN_TABLES
_ROW_RULES = ("CHECK constraint failed", "NULL value in ")


class _CannotWrite(sqlite3.OperationalError):
    """The file is there but can't be opened for writing (read-only or full disk)."""


def _cannot_write(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, _CannotWrite):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CANNOT_WRITE_CODES


def _disk_full_at(folder: Path) -> bool:
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _read_only_message(error: BaseException, path: Path, words: LogNotices) -> str:
    cause = error.__cause__ if error.__cause__ is not None else error
    # SQLite often says only "disk I/O error" when the -shm file can't grow: ask the disk.
    return words.read_only(
        is_disk_full(cause) or is_disk_full(error) or _disk_full_at(path.parent))


def _connect(target: str, uri: bool, busy_timeout_ms: int) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target,
        uri=uri,
        timeout=busy_timeout_ms / 1000,
        # Autocommit; an explicit BEGIN where several statements belong together.
        isolation_level=None,
    )
    # One row of text that is not UTF-8 must not stop the history (see `row`).
    conn.text_factory = decode_text
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms):d}")
    except BaseException:
        conn.close()
        raise
    return conn


def _prove_log(conn: sqlite3.Connection) -> None:
    """Raise `_NotALog` or `_Damaged` unless this is a readable Anapana log."""
    version = schema.user_version(conn)
    tables = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if (version == 0 and tables) or (version > 0 and "practices" not in tables):
        raise _NotALog("this file is not an Anapana practice log")
    # A row breaking a CHECK or NOT NULL rule is a damaged row, shown as such (see
    # `row`), not a damaged file: only damage to the file's structure sets it aside.
    problems = [
        str(message)
        for (message,) in conn.execute("PRAGMA quick_check(20)")
        if message != "ok" and not str(message).startswith(_ROW_RULES)
    ]
    if problems:
        raise _Damaged(f"quick_check: {problems[0]}")


def _checked_path(path: Path, words: LogNotices) -> Path:
    """The log's real path; a link out of the data folder is refused (it isn't ours)."""
    if not path.is_symlink():
        return path
    folder = path.parent.resolve()
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError) as error:
        raise LogUnavailable(words.link_unfollowable(str(path))) from error
    if not files.is_inside(target, folder):
        raise LogUnavailable(words.link_outside(str(path), str(target), str(folder)))
    return target


def _newer_format(path: Path, words: LogNotices) -> str | None:
    """Why the log looks written by a newer Anapana, asked without changing anything."""
    if not path.is_file():
        return None
    try:
        # immutable: no lock, no -wal or -shm made beside a file that may not be ours to touch.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.text_factory = decode_text
        version = schema.user_version(conn)
        tables = {
            str(name)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error:
        return None  # unreadable: the damaged-file path decides
    finally:
        conn.close()
    if version > schema.CURRENT_VERSION:
        return words.newer_format(version)
    unknown = sorted(t for t in tables - _KNOWN_TABLES if not t.startswith("sqlite_"))
    if version > 0 and unknown:
        return words.unknown_tables(", ".join(unknown[:5]))
    return None


def _keep_damaged_wal(
    path: Path, clock: Clock, words: LogNotices
) -> tuple[bool | None, list[Notice]]:
    """Copy the log and its WAL aside when SQLite would drop committed frames from it.

    Returns (None, []) when the WAL is fine, (True, [notice]) once copies are kept, and
    (False, [notice]) when no copy could be made: then the log must not be opened for
    writing, or SQLite's recovery would drop those frames for good.
    """
    if not path.is_file() or wal.in_use(path):
        return None, []
    reason = wal.problem(path, words.translate, words.numbers)
    if reason is None:
        return None, []
    journal = path.with_name(path.name + "-wal")
    copy = path.with_name(f"{path.name}.wal-damaged-{_stamp(clock.now())}.bak")
    n = 1
    while copy.exists() or copy.with_name(copy.name + "-wal").exists():
        n += 1
        copy = path.with_name(f"{path.name}.wal-damaged-{_stamp(clock.now())}-{n}.bak")
    try:
        _copy_private(path, copy)
        _copy_private(journal, copy.with_name(copy.name + "-wal"))
    except OSError as error:
        for made in (copy, copy.with_name(copy.name + "-wal")):
            with contextlib.suppress(OSError):
                made.unlink()
        why = str(error.strerror or error)
        return False, [
            Notice("wal-kept", words.journal_no_room(journal.name, reason, why), journal)
        ]
    return True, [Notice("wal-kept", words.journal_kept(journal.name, reason, copy.name), copy)]


def _copy_private(source: Path, target: Path) -> None:
    """Copy a file byte for byte into a new owner-only file (never through a link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with source.open("rb") as reader:
        fd = os.open(target, flags, 0o600)
        with os.fdopen(fd, "wb") as writer:
            shutil.copyfileobj(reader, writer)
            writer.flush()
            os.fsync(writer.fileno())


class _NotALog(sqlite3.DatabaseError):
    """A readable SQLite file that holds something else: set aside like a damaged one."""


class _Damaged(sqlite3.DatabaseError):
    """SQLite's own integrity check found damage."""
