"""Freed memory goes back to the system (glibc): large buffers live in mappings of their
own, and `trim` drops the source lines PySide6 caches for every imported module."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from pathlib import Path

import pytest

from anapana import heap

ROOT = Path(__file__).resolve().parent.parent
glibc = pytest.mark.skipif(heap._libc() is None, reason="needs glibc's allocator")

FREE_BUFFERS = r"""
import sys
from anapana import heap
if sys.argv[1] == "mapped":
    assert heap.large_blocks_mapped()
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
first = bytearray(8 * 2**20)  # freeing a large block raises glibc's own threshold
del first
before = rss_mb()
buffers, kept = [], []
for _ in range(24):  # sound-sized buffers, each with a small thing kept above it
    buffers.append(bytearray(1024 * 1024))
    kept.append(bytearray(4000))
del buffers
print(f"{rss_mb() - before:.1f}")
"""


def _held_after_freeing(mode: str) -> float:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", FREE_BUFFERS, mode], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    return float(done.stdout.strip())


@glibc
def test_freed_large_buffers_are_given_back() -> None:
    # 24 MB of freed 1 MB buffers stay resident with glibc's defaults (checked here).
    assert _held_after_freeing("mapped") < 4.0


@glibc
def test_trim_drops_cached_source_lines() -> None:
    assert linecache.getlines(heap.__file__)
    assert heap.__file__ in linecache.cache
    heap.trim()
    assert heap.__file__ not in linecache.cache
