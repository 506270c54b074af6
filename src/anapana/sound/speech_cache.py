"""Rendered speech kept on disk, so a session's lines are rendered once (no Qt).

One file per line under the user's cache folder (`anapana.paths`), named by
`engine.cache_key` (a hash of text, voice, rate and output rate). A file holds a small
header (magic, rate, frame count, SHA-256 of the samples) and int16 mono samples: a file
that is truncated, altered or not ours is deleted and the line rendered again. The folder
is kept under `max_bytes` by removing the least recently used files.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import struct
import tempfile
from pathlib import Path

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

MAGIC = b"ANSPCH1\0"
_HEADER = struct.Struct("<8sII32s")
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
_KEY = re.compile(r"^[0-9a-f]{64}$")


class SpeechCache:
    """Rendered lines by key: `get` (None when absent or damaged) and `put`."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    def _path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"not a cache key: {key!r}")
        return self.folder / f"{key}.pcm"

    def has(self, key: str) -> bool:
        """Whether a file is stored for `key` (`get` still checks it)."""
        return self._path(key).is_file()

    def length(self, key: str) -> tuple[int, int] | None:
        """(frames, rate) from the header of the file stored for `key`, without reading
        its samples (`get` checks them); None when absent or not ours."""
        try:
            with self._path(key).open("rb") as stored:
                head = stored.read(_HEADER.size)
                size = os.fstat(stored.fileno()).st_size
        except OSError:
            return None
        header = _header_fits(head, size)
        return None if header is None else (header[0], header[1])

    def get(self, key: str) -> tuple[npt.NDArray[np.int16], int] | None:
        """The samples and rate stored for `key`; None (and the file gone) when damaged."""
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except OSError:
            return None
        samples = _decode(blob)
        if samples is None:
            log.info("speech cache entry %s is damaged; rendering it again", path.name)
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        return samples

    def put(self, key: str, samples: npt.NDArray[np.int16], rate: int) -> None:
        """Store; a full or read-only disk only loses the cache, never the session."""
        path = self._path(key)
        data = np.ascontiguousarray(samples, dtype="<i2").tobytes()
        blob = _HEADER.pack(MAGIC, rate, len(samples), hashlib.sha256(data).digest()) + data
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.folder, suffix=".part")
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(temp, path)  # readers never see half a file
        except OSError as error:
            log.info("speech cache not written: %s", error)
            return
        self.trim()

    def trim(self) -> None:
        """Remove the least recently used files until the folder fits `max_bytes`."""
        try:
            entries = [(p.stat(), p) for p in self.folder.glob("*.pcm")]
        except OSError:
            return
        total = sum(stat.st_size for stat, _ in entries)
        for stat, path in sorted(entries, key=lambda pair: pair[0].st_mtime):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= stat.st_size


def _header_fits(head: bytes, file_size: int) -> tuple[int, int, bytes] | None:
    """(frames, rate, digest) from a file's first bytes when they are our header and
    match a file of `file_size` bytes; None for anything else (short, foreign, odd rate,
    a frame count the file does not hold)."""
    if len(head) < _HEADER.size:
        return None
    magic, rate, frames, digest = _HEADER.unpack_from(head)
    if magic != MAGIC or not 8000 <= rate <= 192000 or file_size != _HEADER.size + 2 * frames:
        return None
    return int(frames), int(rate), bytes(digest)


def _decode(blob: bytes) -> tuple[npt.NDArray[np.int16], int] | None:
    header = _header_fits(blob, len(blob))
    if header is None:
        return None
    _frames, rate, digest = header
    data = blob[_HEADER.size :]
    if hashlib.sha256(data).digest() != digest:
        return None
    return np.frombuffer(data, dtype="<i2").astype(np.int16), rate


def default_folder() -> Path:
    """`ANAPANA_HOME/cache/speech` when set, else the platform's user cache folder."""
    home = os.environ.get("ANAPANA_HOME")
    if home:
        return Path(home) / "cache" / "speech"
    import platformdirs

    return Path(platformdirs.user_cache_dir("anapana")) / "speech"
