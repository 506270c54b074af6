"""RR files: one beat-to-beat interval in milliseconds per line (as Kubios reads them).

Blank lines and `#` comments (whole-line or after a value) are ignored. A file is read
whole or refused whole: every problem is reported as `file:line: message`, the first
few dozen of them, and nothing of a refused file is used.
"""

from __future__ import annotations

import re
from pathlib import Path

from anapana.hr.model import RRSeries

MIN_RR_MS = 200.0
"""300 beats a minute: nothing shorter is a heartbeat. (Spurious extra beats from a
strap can come as short as this; they are kept for artifact correction, and the live
heart track keeps the same range, so an exported series always reads back.)"""
MAX_RR_MS = 3000.0
"""20 beats a minute: longer intervals are a lost signal, not a beat."""
MIN_BEATS = 10
MAX_BEATS = 200_000
"""About two days at rest: more is refused rather than analysed for minutes."""
MAX_FILE_BYTES = 8 * 1024 * 1024
"""About three days of beats at rest; larger files are refused before they are read."""
MAX_PROBLEMS = 20

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


class RRFileError(ValueError):
    """A refused RR file; `problems` are `file:line: message` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def read_rr_file(path: Path) -> RRSeries:
    """The intervals of an RR file, or RRFileError saying what is wrong and where."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise RRFileError([f"{name}: is a folder, not an RR file"]) from None
    except FileNotFoundError:
        raise RRFileError([f"{name}: no such file"]) from None
    except OSError as error:
        raise RRFileError([f"{name}: cannot be read ({error.strerror or error})"]) from None
    if len(data) > MAX_FILE_BYTES:
        raise RRFileError([f"{name}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; "
                           "an RR file holds one short number a line"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RRFileError([f"{name}:{line}: not UTF-8 text (an RR file is plain text, "
                           "one interval in milliseconds a line)"]) from None
    return parse_rr_text(text, name)


def parse_rr_text(text: str, name: str = "<text>") -> RRSeries:
    """The intervals in `text` (the content of an RR file) or RRFileError."""
    intervals: list[float] = []
    problems: list[str] = []
    more = 0

    def problem(line: int, message: str) -> None:
        nonlocal more
        if len(problems) < MAX_PROBLEMS:
            problems.append(f"{name}:{line}: {message}")
        else:
            more += 1

    if "\x00" in text:
        raise RRFileError([f"{name}:{text[: text.index(chr(0))].count(chr(10)) + 1}: "
                           "binary data (a NUL byte); an RR file is plain text"])
    for number, raw in enumerate(text.splitlines(), start=1):
        value_text = raw.split("#", 1)[0].strip()
        if not value_text:
            continue
        shown = value_text if len(value_text) <= 30 else value_text[:27] + "..."
        if not _NUMBER.fullmatch(value_text):
            problem(number, f"expected one interval in milliseconds (like 850), got {shown!r}")
            continue
        value = float(value_text)
        if value < 0:
            problem(number, f"a negative interval ({shown} ms); intervals are positive")
        elif value < MIN_RR_MS:
            hint = " (in seconds? write milliseconds)" if 0 < value <= 3 else ""
            problem(number, f"{shown} ms is shorter than any heartbeat "
                            f"(at least {MIN_RR_MS:g} ms expected){hint}")
        elif value > MAX_RR_MS:
            problem(number, f"{shown} ms is longer than any heartbeat at rest "
                            f"(at most {MAX_RR_MS:g} ms expected)")
        else:
            intervals.append(value)
            if len(intervals) > MAX_BEATS:
                raise RRFileError([f"{name}:{number}: more than {MAX_BEATS:,} intervals; "
                                   "split the recording into shorter files"])
    if more:
        problems.append(f"{name}: ... and {more} more problems")
    if problems:
        raise RRFileError(problems)
    if len(intervals) < MIN_BEATS:
        raise RRFileError([f"{name}: only {len(intervals)} intervals; at least "
                           f"{MIN_BEATS} are needed"])
    return RRSeries.from_intervals(intervals)
