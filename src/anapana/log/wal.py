"""Checks a log's write-ahead file (`-wal`) before SQLite opens it.

SQLite trusts a WAL only up to its first frame whose checksum fails, and a WAL whose
header fails is ignored whole: committed transactions after that point are dropped
without a word, and the next write overwrites them. `problem(db)` reads the WAL the
way SQLite would (https://www.sqlite.org/fileformat.html#the_write_ahead_log) and says
whether any committed frame would be lost, so the caller can keep a copy first.

A WAL that another process has open is live: its index is what counts and no
recovery runs, so it is not checked (`in_use`).
"""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from pathlib import Path

from anapana.i18n.numbers import ENGLISH, Numbers
from anapana.i18n.wording import QT_TRANSLATE_NOOP, Translate, arg, english

_MAGIC = (0x377F0682, 0x377F0683)  # little- or big-endian checksums
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_MAX_CHECKED_BYTES = 256 * 1024 * 1024  # a bigger WAL is not a log we wrote: copy it aside


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def in_use(db_path: Path) -> bool:
    """Whether another process has the log open (it holds a lock on the `-shm` file)."""
    if sys.platform == "win32":
        return True  # no way to ask here: leave the WAL to SQLite
    import fcntl

    shm = db_path.with_name(db_path.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        # SQLite's "DMS" byte (offset 128 of the -shm): every connection holds a read lock.
        query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        with contextlib.suppress(OSError):
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
            return bool(struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK)
        return False
    finally:
        os.close(fd)



# Why the journal looks damaged, said inside the "wal-kept" notice (`LogNotices`).
TOO_LARGE = QT_TRANSLATE_NOOP("LogNotices", "it is unusually large (%1)")
UNREADABLE = QT_TRANSLATE_NOOP("LogNotices", "it can't be read (%1)")
HEADER_SHORT = QT_TRANSLATE_NOOP("LogNotices", "its header is cut short")
NOT_A_JOURNAL = QT_TRANSLATE_NOOP("LogNotices", "its header is not a SQLite journal header")
HEADER_CHECKSUM = QT_TRANSLATE_NOOP("LogNotices", "its header checksum does not match")
PAGE_SIZE_DIFFERS = QT_TRANSLATE_NOOP("LogNotices", "its page size does not match the log's")
PAGE_SIZE_INVALID = QT_TRANSLATE_NOOP("LogNotices", "its page size is not valid")
COMMIT_CHECKSUM = QT_TRANSLATE_NOOP("LogNotices", "a committed change in it fails its checksum")
COMMITS_AFTER_BAD_FRAME = QT_TRANSLATE_NOOP(
    "LogNotices", "committed changes in it follow a frame that fails its checksum")

def problem(db_path: Path, translate: Translate = english,
            numbers: Numbers = ENGLISH) -> str | None:
    """Why SQLite would drop committed frames of this log's WAL, or None if it won't;
    said through `translate` (context `LogNotices`), as `notices.LogNotices` says the rest,
    its size written by `numbers` (`1.2 GB`, in German `1,2 GB`)."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        size = wal.stat().st_size
    except OSError:
        return None
    if size == 0:
        return None
    if size > _MAX_CHECKED_BYTES:
        return arg(translate("LogNotices", TOO_LARGE), numbers.data_size(size))
    try:
        data = wal.read_bytes()
        with db_path.open("rb") as db:
            db_header = db.read(100)
    except OSError as error:
        return arg(translate("LogNotices", UNREADABLE), error.strerror or error)
    if len(data) < _HEADER:
        return translate("LogNotices", HEADER_SHORT)
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    if magic not in _MAGIC or version != _VERSION:
        return translate("LogNotices", NOT_A_JOURNAL)
    big_endian = magic == _MAGIC[1]
    if _checksum(data[:24], big_endian) != (c1, c2):
        return translate("LogNotices", HEADER_CHECKSUM)
    if len(db_header) == 100:
        db_page = struct.unpack(">H", db_header[16:18])[0]
        db_page = 65536 if db_page == 1 else db_page
        if db_page != page_size:
            return translate("LogNotices", PAGE_SIZE_DIFFERS)
    if page_size < 512 or page_size & (page_size - 1):
        return translate("LogNotices", PAGE_SIZE_INVALID)
    frame = _FRAME_HEADER + page_size
    s0, s1 = c1, c2
    offset = _HEADER
    while offset + frame <= len(data):
        head = data[offset : offset + _FRAME_HEADER]
        _page, commit_size, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            break  # left over from an earlier run of the WAL: SQLite ignores it, rightly
        s0, s1 = _checksum(head[:8], big_endian, s0, s1)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER : offset + frame], big_endian, s0, s1)
        if (s0, s1) != (f_c1, f_c2):
            lost = _lost_after(data, offset, frame, salt1, salt2, commit_size)
            return None if lost is None else translate("LogNotices", lost)
        offset += frame
    return None


def _lost_after(
    data: bytes, bad: int, frame: int, salt1: int, salt2: int, bad_commit: int
) -> str | None:
    """A frame failed its checksum: were committed frames of this run written after it?"""
    if bad_commit:
        return COMMIT_CHECKSUM
    offset = bad + frame
    while offset + frame <= len(data):
        _page, commit_size, f_salt1, f_salt2 = struct.unpack(">4I", data[offset : offset + 16])
        if (f_salt1, f_salt2) == (salt1, salt2) and commit_size:
            return COMMITS_AFTER_BAD_FRAME
        offset += frame
    # Only an unfinished transaction is cut off: it never committed, nothing is lost.
    return None
