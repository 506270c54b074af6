"""Problems found in a session file, each pointing at a file, line and column."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` with line breaks and control characters escaped: one problem, one line."""
    return _BREAKS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a session file. Lines and columns count from 1."""

    file: str
    line: int
    column: int
    message: str

    def __post_init__(self) -> None:
        # A file name or a quoted value may hold a line break; a report never does.
        object.__setattr__(self, "file", one_line(self.file))
        object.__setattr__(self, "message", one_line(self.message))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class SessionInvalid(Exception):
    """A session file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        super().__init__("\n".join(str(p) for p in self.problems))
