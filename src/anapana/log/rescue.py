"""Writes the log refused, kept in a small JSON file until the log can take them.

When the disk is still failing as the app quits, `Recorder.rescue(folders)` puts the
practices that wait in memory (rows, check-ins, journal notes) into one private file
(0600, written to a temporary name, flushed to disk, then renamed). The folders are
tried in order, because a full disk may still allow one of them: the entry layer
passes the log's own `rescue/` folder, the user's config folder and the system's
temporary folder (`anapana.paths.UserPaths.rescue_folders`).

The practices are written as `anapana.log.practice_json` objects with `exact=True`.
The next `open_log` calls `replay`: every rescue file that belongs to that log
is written into it and deleted. Practices carry stable UUIDs and a rescued copy only
replaces an older one (`anapana.log.merge`), so replaying the same file twice changes
nothing. A file that can't be read is left where it is and reported; opening the log
never fails because of one.

A file's name holds a key made from the log's path (`rescue-<key>-...json`), so the
shared folders can hold files for several logs (tests, portable installs) without one
log taking another's practices. The log's own `rescue/` folder takes any rescue file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import stat
import sys
import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from anapana.log import merge, practice_json
from anapana.log.notices import LogNotices, Notice
from anapana.log.practice import Practice
from anapana.log.store import PracticeLog

logger = logging.getLogger(__name__)

FORMAT = "anapana-rescue"
FORMAT_VERSION = 2
_PREFIX = "rescue-"


def logkey(log_path: Path) -> str:
    """A short, stable name for one log file, used in the rescue file's name."""
    try:
        where = log_path.resolve()
    except (OSError, RuntimeError):
        where = log_path.absolute()
    return hashlib.sha256(str(where).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def file_name(log_path: Path, moment: datetime) -> str:
    """A new rescue file name for that log: the key, the moment, and a random part."""
    stamp = moment.strftime("%Y%m%dT%H%M%S")
    return f"{_PREFIX}{logkey(log_path)}-{stamp}-{uuidlib.uuid4().hex[:8]}.json"


# -- the file's contents ---------------------------------------------------------------


def read(path: Path) -> list[Practice]:
    """The practices in one rescue file; raises OSError or ValueError if it can't be read."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not an Anapana rescue file")
    version = document.get("version")
    if version not in (1, FORMAT_VERSION):
        raise ValueError(f"rescue file format {version!r} is not known here")
    rows = document.get("practices")
    if not isinstance(rows, list):
        raise ValueError("no list of practices")
    if version == 1:  # written before the export and rescue shared one shape
        rows = [_from_version_1(row) for row in rows]
    return [practice_json.from_dict(row, rescued=True) for row in rows]


def _from_version_1(row: Any) -> Any:
    """Version 1 named the id `uuid`; everything else already had its current name."""
    if not isinstance(row, dict) or "id" in row:
        return row
    return {("id" if name == "uuid" else name): value for name, value in row.items()}


# -- writing ---------------------------------------------------------------------------


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system lets a folder be fsynced)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_private(folder: Path) -> None:
    """Raise OSError unless `folder` is a real folder of ours that nobody else can write.

    The temp-folder fallback sits in a place every user can write to: another user could
    make the folder first and delete or plant rescue files there.
    """
    if not hasattr(os, "getuid"):
        return  # Windows: the per-user temp folder is private already
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise OSError(f"{folder} is not a plain folder")
    if info.st_uid != os.getuid() or info.st_mode & 0o022:
        raise OSError(f"{folder} is not private to this user")


def write_into(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as `folder/name`, all or nothing, owner-only. Raises OSError."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _check_private(folder)
    target = folder / name
    temporary = folder / f".{name}.{uuidlib.uuid4().hex[:8]}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)
    return target


def write(
    practices: Sequence[Practice], log_path: Path, folders: Iterable[Path], name: str
) -> Path | None:
    """Keep `practices` in the first folder that takes the file; None if none did."""
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "log": str(log_path),
        "practices": [practice_json.to_dict(practice, exact=True) for practice in practices],
    }
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    for folder in folders:
        try:
            return write_into(folder, name, data)
        except OSError as error:
            logger.warning("could not keep unsaved practices in %s: %s", folder, error)
    return None


# -- replaying -------------------------------------------------------------------------


def rescue_files(log_path: Path, folders: Iterable[Path]) -> list[Path]:
    """The rescue files waiting for this log, oldest first (names hold the moment)."""
    own = log_path.parent / "rescue"
    mine = f"{_PREFIX}{logkey(log_path)}-*.json"
    found: dict[Path, None] = {}
    for folder in folders:
        pattern = f"{_PREFIX}*.json" if folder == own else mine
        try:
            if not folder.exists():
                continue
            _check_private(folder)
            for path in sorted(folder.glob(pattern)):
                found.setdefault(path, None)
        except OSError:
            continue
    return sorted(found, key=lambda path: path.name.split("-", 2)[-1])


@dataclass(slots=True)
class Replayed:
    """What a replay did, for the notice."""

    added: int = 0
    updated: int = 0
    notes: int = 0
    unreadable: list[Path] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)

    def notices(self, words: LogNotices | None = None) -> list[Notice]:
        """What to tell the user, said by `words` (English when None)."""
        words = words or LogNotices()
        notices: list[Notice] = []
        recovered = words.recovered(self.added, self.notes, self.updated)
        if recovered is not None:
            notices.append(Notice("writes-recovered", recovered))
        for path in self.unreadable:
            notices.append(Notice("rescue-unreadable", words.rescue_unreadable(str(path)), path))
        if self.waiting:
            notices.append(Notice("rescue-waiting", words.rescue_waiting(), self.waiting[0]))
        return notices


def _apply(log: PracticeLog, practices: Sequence[Practice], result: Replayed) -> None:
    """Write the rescued copies that are newer than (or missing from) the log."""
    for practice in practices:
        existing = log.get(practice.uuid)
        if merge.compare(existing, practice) in (merge.Standing.SAME, merge.Standing.OLDER):
            continue
        log.save_practice(practice, durable=True)
        if existing is None:
            result.added += 1
        else:
            result.updated += 1
        if practice.note and (existing is None or existing.note != practice.note):
            result.notes += 1


def replay(log: PracticeLog, log_path: Path, folders: Iterable[Path]) -> Replayed:
    """Write every waiting rescue file into the log and delete it. Never raises."""
    result = Replayed()
    try:
        files = rescue_files(log_path, folders)
    except Exception:  # a rescue must never stop the log from opening
        logger.exception("could not look for rescued practices")
        return result
    for path in files:
        try:
            practices = read(path)
        except (OSError, ValueError, TypeError, RecursionError) as error:
            logger.warning("rescue file %s could not be read: %s", path, error)
            result.unreadable.append(path)
            continue
        try:
            _apply(log, practices, result)
        except (sqlite3.Error, OSError) as error:
            logger.warning("rescued practices could not be written yet: %s", error)
            result.waiting.append(path)
            continue
        try:
            path.unlink()
        except OSError as error:  # harmless: replaying it again changes nothing
            logger.warning("rescue file %s could not be deleted: %s", path, error)
    return result
