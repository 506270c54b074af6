"""Problems found in a session file, each pointing at a file, line and column."""

from __future__ import annotations

from pathlib import Path

from anapana.core.record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

_breaks: re.Pattern[str] | None = None
"""Line breaks and control characters, compiled on first use: compiling costs a fresh
process a millisecond, and a warm library load reports no problem."""


def one_line(text: str) -> str:
    """`text` with line breaks and control characters escaped: one problem, one line."""
    global _breaks
    if text.isprintable():  # no control character, line or paragraph separator
        return text
    if _breaks is None:
        import re

        _breaks = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
    return _breaks.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class Problem(Record):
    """One thing wrong with a session file. Lines and columns count from 1."""

    __slots__ = ("file", "line", "column", "message")  # noqa: RUF023
    file: str
    line: int
    column: int
    message: str

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        # A file name or a quoted value may hold a line break; a report never does.
        self._set(one_line(file), line, column, one_line(message))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class SessionInvalid(Exception):
    """A session file that cannot be used, with every problem found in it."""

    def __init__(self, path: Path | str, problems: list[Problem]) -> None:
        self.path = Path(path)
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        super().__init__("\n".join(str(p) for p in self.problems))
