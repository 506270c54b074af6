"""RR files: one interval in ms per line, blank lines and `#` comments ignored."""

from __future__ import annotations

from pathlib import Path

from anapana.hr.model import RRSeries


class RRFileError(ValueError):
    """A refused RR file; `problems` are `file:line: message` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def read_rr_file(path: Path) -> RRSeries:
    raise NotImplementedError


def parse_rr_text(text: str, name: str = "<text>") -> RRSeries:
    raise NotImplementedError
