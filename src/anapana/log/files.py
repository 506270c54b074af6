"""Private files and folders, made and tightened without ever following a symlink.

`chmod` on a path follows a link: a link planted where the log, a backup or an export
should be would hand its target's mode to us. Here every mode is changed through a
descriptor opened with `O_NOFOLLOW` (`fchmod`), and only on things this user owns.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TextIO, cast

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_POSIX = sys.platform != "win32"


class LinkRefused(OSError):
    """A path that is a symbolic link where a plain file or folder of ours must be."""


def _tighten(fd: int, mode: int) -> None:
    info = os.fstat(fd)
    if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & ~mode:
        os.fchmod(fd, stat.S_IMODE(info.st_mode) & mode)


def _open_nofollow(path: Path, flags: int, mode: int = 0o600) -> int:
    try:
        return os.open(path, flags | _NOFOLLOW, mode)
    except OSError as error:
        if _NOFOLLOW and error.errno == 40 and path.is_symlink():  # ELOOP
            raise LinkRefused(error.errno, "is a symbolic link", str(path)) from error
        raise


def private_folder(folder: Path) -> None:
    """Make `folder` (and its parents) and keep it owner-only (0700).

    A folder that is itself a link (the user moved their data elsewhere) is used as it
    is: its mode is the user's choice, and changing it would go through the link.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not _POSIX or folder.is_symlink():
        return
    fd = os.open(folder, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
    try:
        # A shared folder (sticky or open to all, like /tmp) holds other people's files:
        # closing it would break them, and it is not a data folder of ours.
        if not os.fstat(fd).st_mode & (stat.S_ISVTX | stat.S_IWOTH):
            _tighten(fd, 0o700)
    except OSError:
        pass  # a read-only disk: the folder is there to read from, as it is
    finally:
        os.close(fd)


def private_file(path: Path, *, create: bool = True) -> None:
    """Create `path` owner-only (0600), or tighten it; never through a link.

    Raises `LinkRefused` for a link, OSError when the file can't be opened for writing.
    """
    flags = os.O_RDWR | (os.O_CREAT if create else 0)
    fd = _open_nofollow(path, flags, 0o600)
    try:
        if _POSIX:
            _tighten(fd, 0o600)
    finally:
        os.close(fd)


def tighten_if_present(path: Path) -> None:
    """Make an existing file owner-only; a missing one is fine, a link is left alone."""
    if not _POSIX:
        return
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except FileNotFoundError:
        return
    except OSError:
        return  # a link (ELOOP) or unreadable: not ours to change
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            _tighten(fd, 0o600)
    finally:
        os.close(fd)


def open_private_text(path: Path) -> TextIO:
    """Open `path` for writing text (UTF-8, newline untranslated), owner-only, no links.

    For exports: they hold every journal note. An existing file is truncated and
    tightened to 0600; a link in its place is refused (`LinkRefused`).
    """
    fd = _open_nofollow(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if _POSIX:
            _tighten(fd, 0o600)
        return cast(TextIO, os.fdopen(fd, "w", encoding="utf-8", newline=""))
    except BaseException:
        os.close(fd)
        raise


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or below it (both already resolved)."""
    return path == folder or folder in path.parents
