"""Reading a session file's YAML safely, remembering where every key and value stands.

The file is composed into YAML nodes with PyYAML's C loader and turned into
plain Python data by hand, so that:
- only plain data is built (any tag that would construct an object is refused),
- every key and value keeps its line and column for error messages,
- an alias bomb or a recursive alias is refused instead of eating memory,
- `4:6` stays the text "4:6" (YAML 1.1 would read it as the number 246).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from anapana.core.problems import Problem, SessionInvalid

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 1024 * 1024
MAX_VALUES = 100_000
"""How many values a file may expand to, aliases included."""

Path_ = tuple[str | int, ...]

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass(frozen=True, slots=True)
class Mark:
    line: int
    column: int


@dataclass
class Source:
    """A session file's data and the position of each of its parts."""

    path: Path
    data: Any
    text: str
    sha256: str
    """Of the file's bytes, as read: the practice log records which version was played."""
    values: dict[Path_, Mark] = field(default_factory=dict)
    keys: dict[Path_, Mark] = field(default_factory=dict)
    key_order: dict[Path_, list[str]] = field(default_factory=dict)

    def mark_of(self, path: Path_, *, key: bool = False) -> Mark:
        """Where `path` stands: its key when `key`, else its value; else its nearest parent."""
        probe = path
        while probe:
            table = self.keys if key else self.values
            if probe in table:
                return table[probe]
            if not key and probe in self.keys:
                return self.keys[probe]
            probe = probe[:-1]
            key = False
        return self.values.get((), Mark(1, 1))

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        mark = self.mark_of(path, key=key)
        return Problem(self.path.name, mark.line, mark.column, message)


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.count = 0
        self.problems: list[Problem] = []
        self.active: set[int] = set()
        self._scalars = yaml.constructor.SafeConstructor()

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = _mark(node)
        self.problems.append(Problem(self.source.path.name, mark.line, mark.column, message))

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _TooBig(node)
        self.source.values.setdefault(path, _mark(node))
        if node.tag not in _PLAIN_TAGS:
            self.problem(node, f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is "
                               "not allowed: session files hold plain data only")
            return None
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if id(node) in self.active:
            self.problem(node, "an alias refers to itself; expected plain data")
            return None
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self.mapping(node, path)
        finally:
            self.active.discard(id(node))

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        order: list[str] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(key_node, "merge keys (<<) are not supported; write the keys out")
                continue
            key = self.build(key_node, (*path, "<key>"))
            if not isinstance(key, str | int | float) or isinstance(key, bool):
                self.problem(key_node, "expected a plain word as key")
                continue
            key = str(key)
            if key in result:
                self.problem(key_node, f"duplicate key '{key}'")
                continue
            self.source.keys[(*path, key)] = _mark(key_node)
            order.append(key)
            result[key] = self.build(value_node, (*path, key))
        self.source.key_order[path] = order
        return result

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
            return str(node.value)
        if ":" in node.value and tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            return str(node.value)  # a ratio like 4:6, never YAML 1.1's base 60
        try:
            if tag == "tag:yaml.org,2002:int":
                return self._scalars.construct_yaml_int(node)
            if tag == "tag:yaml.org,2002:float":
                return self._scalars.construct_yaml_float(node)
            if tag == "tag:yaml.org,2002:bool":
                return self._scalars.construct_yaml_bool(node)
            if tag == "tag:yaml.org,2002:null":
                return None
        except (ValueError, yaml.YAMLError):
            self.problem(node, f"cannot read {node.value!r} as {tag.rsplit(':', 1)[-1]}")
            return None
        if tag in ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            self.problem(node, f"expected a {tag.rsplit(':', 1)[-1]}, got a plain value")
            return None
        return str(node.value)


class _TooBig(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


def _position_of(text: bytes, offset: int) -> Mark:
    before = text[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return Mark(line, column)


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


def read_source(path: Path) -> Source:
    """Read and parse a session file; raise SessionInvalid with every problem found."""
    name = path.name
    raw = read_limited(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        mark = _position_of(raw, error.start)
        raise SessionInvalid(path, [Problem(
            name, mark.line, mark.column,
            f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x}); "
            "save it as UTF-8")]) from None
    if "\x00" in text:
        mark = _position_of(raw, raw.index(b"\x00"))
        raise SessionInvalid(path, [Problem(name, mark.line, mark.column,
                                            "the file holds a NUL byte; expected text")])
    source = Source(path=path, data=None, text=text, sha256=hashlib.sha256(raw).hexdigest())
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        where = error.problem_mark or error.context_mark
        line = where.line + 1 if where else 1
        column = where.column + 1 if where else 1
        problem = error.problem or "is not valid YAML"
        at_tab = bool(where) and where is not None and text[where.index:where.index + 1] == "\t"
        if at_tab or "\t" in problem or "'\\t'" in problem:
            problem = "a tab character; YAML is indented with spaces, not tabs"
        elif error.context:
            problem = f"{problem} ({error.context})"
        raise SessionInvalid(path, [Problem(name, line, column,
                                            f"not valid YAML: {problem}")]) from None
    except yaml.YAMLError as error:
        raise SessionInvalid(path, [Problem(name, 1, 1, f"not valid YAML: {error}")]) from None
    if node is None:
        raise SessionInvalid(path, [Problem(
            name, 1, 1, "the file is empty; expected a session with a title and segments")])
    builder = _Builder(source)
    try:
        data = builder.build(node, ())
    except _TooBig as too_big:
        mark = _mark(too_big.node)
        raise SessionInvalid(path, [Problem(
            name, mark.line, mark.column,
            f"the file expands to more than {MAX_VALUES:,} values (aliases?); "
            "expected a session of reasonable size")]) from None
    if builder.problems:
        raise SessionInvalid(path, builder.problems)
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise SessionInvalid(path, [Problem(
            name, 1, 1, f"expected a mapping with title and segments at the top, got {kind}")])
    source.data = data
    return source
