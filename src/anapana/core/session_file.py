"""Reading a session file's bytes safely, without YAML: used by the loader and by the plan
cache (which must hash a file without importing the YAML parser or blocking on a FIFO)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from anapana.core.problems import Problem, SessionInvalid

MAX_FILE_BYTES = 1024 * 1024


def _too_big(path: Path, size: int | None) -> SessionInvalid:
    amount = (f"the file is {size / MAX_FILE_BYTES:.1f} MiB" if size is not None
              else "the file is over 1 MiB")
    return SessionInvalid(path, [Problem(
        path.name, 1, 1, f"{amount}; session files are at most 1 MiB")])


_KIND_WORDS = {
    stat.S_IFDIR: "a folder", stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket",
}


def read_limited(path: Path) -> bytes:
    """A session file's bytes: a regular file of at most 1 MiB, read without ever blocking.

    Opened with O_NONBLOCK (a FIFO with no writer must not stall the library) and checked
    with fstat on the open file, so a FIFO, a device, a folder or a symlink to one of
    those is refused before a byte is read; then at most `MAX_FILE_BYTES + 1` bytes are
    read, so a file that grows, or lies about its size, costs no more than that.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
        | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise SessionInvalid(path, [Problem(
            path.name, 1, 1, f"cannot read the file: {error.strerror or error}")]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KIND_WORDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise SessionInvalid(path, [Problem(
                path.name, 1, 1, f"this is {kind}, not a file; expected a session file")])
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(path, info.st_size)  # before reading a byte of a huge file
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, MAX_FILE_BYTES + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise SessionInvalid(path, [Problem(
            path.name, 1, 1, f"cannot read the file: {error.strerror or error}")]) from None
    finally:
        os.close(fd)
    if total > MAX_FILE_BYTES:
        raise _too_big(path, None)  # it grew since fstat
    return b"".join(chunks)
