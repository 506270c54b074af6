"""Handing freed memory back to the system (glibc's allocator; elsewhere nothing happens).

Sound and speech are numpy buffers of a few hundred KB to a few MB, made and dropped
on worker threads. glibc serves a large request from its heap once a large block has
been freed (its mmap threshold climbs up to 32 MB), and a heap keeps freed pages: box
breathing held about 28 MB of freed buffers that way (measured with bench/memory.py).
A fixed threshold keeps every large buffer in its own mapping, unmapped when freed;
`trim()` returns what smaller freed blocks leave in the heaps, after a burst of work
such as starting a session or rendering its spoken lines.

It also empties `linecache`: PySide6 reads the whole source of every module imported
after it (`shibokensupport.feature`, to see whether the module uses `__feature__`) into
that cache and never lets go, about 115,000 lines held while box breathing plays. A
traceback reads the lines it needs again.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import sys
from functools import cache

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number (malloc.h)."""
LARGE_BYTES = 256 * 1024
"""Blocks this large or larger get a mapping of their own."""


@cache
def _libc() -> ctypes.CDLL | None:
    """glibc, or None (another C library, another system, or no ctypes support)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        # musl has neither gnu_get_libc_version nor malloc_trim.
        libc.gnu_get_libc_version.restype = ctypes.c_char_p
        libc.gnu_get_libc_version()
    except (OSError, AttributeError):
        return None
    return libc


def large_blocks_mapped() -> bool:
    """Keep large blocks in mappings of their own from now on; False where unsupported."""
    libc = _libc()
    return libc is not None and libc.mallopt(M_MMAP_THRESHOLD, LARGE_BYTES) == 1


def trim() -> bool:
    """Drop cached source lines and return freed heap memory to the system; True when
    the allocator returned some."""
    linecache.clearcache()
    libc = _libc()
    return libc is not None and libc.malloc_trim(0) == 1
