"""Reading a session file's YAML safely, remembering where every key and value stands.

The file is parsed into YAML events with PyYAML's C parser and turned into plain Python
data by hand, in one pass and without recursion, so that:
- only plain data is built (any tag that would construct an object is refused, and a
  standard tag on text it does not fit, like `!!int abc`, is a problem at its place),
- every key and value keeps its line and column for error messages,
- nesting deeper than `MAX_DEPTH`, an alias bomb or a recursive alias is refused at its
  place instead of eating the stack or memory (an alias shares the anchored value, and
  counts as all the values it stands for),
- no number is NaN or infinite,
- `4:6` stays the text "4:6" (YAML 1.1 would read it as the number 246).
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from anapana.core.problems import Problem, SessionInvalid
from anapana.core.session_file import read_limited

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_VALUES = 100_000
"""How many values a file may expand to, aliases included."""
MAX_DEPTH = 40
"""How deeply lists and mappings may nest (a session needs about 6, plus 2 per `repeat`)."""

Path_ = tuple[str | int, ...]

_Y = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_Y + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_TAG_WORDS = {
    _Y + "int": "a whole number", _Y + "float": "a number", _Y + "bool": "true or false",
    _Y + "null": "nothing (null)", _Y + "timestamp": "a date or time",
}
_NOT_TEXT = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD"
                       "\U00010000-\U0010FFFF]")
"""What YAML does not allow in a file: control characters, NUL, lone surrogates."""
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCT = yaml.constructor.SafeConstructor()


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


def _mark(event: yaml.Event) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1) if start is not None else Mark(1, 1)


def _short(tag: str) -> str:
    return tag.replace(_Y, "!!")


class _TooBig(Exception):
    """Building cannot go on: the file is too big, too deep, or not one document."""

    def __init__(self, mark: Mark, message: str) -> None:
        self.mark = mark
        self.message = message


@dataclass
class _Collection:
    """A list or mapping being built, with what its next child needs to know."""

    path: Path_
    mark: Mark
    value: list[Any] | dict[str, Any] | None
    anchor: str | None
    first_value: int
    """The value count when it began, to know how many values an anchor stands for."""
    discard: bool = False
    key: object = None
    key_mark: Mark | None = None
    awaiting_key: bool = True
    skip_value: bool = False
    order: list[str] = field(default_factory=list)

    def child_path(self) -> Path_:
        if isinstance(self.value, list):
            return (*self.path, len(self.value))
        if self.awaiting_key or self.skip_value:
            return (*self.path, "<key>")
        return (*self.path, str(self.key))


class _Builder:
    """Plain data from a stream of YAML events; problems are collected, not raised."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.count = 0
        self.problems: list[Problem] = []
        self.stack: list[_Collection] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        """Anchor -> (its value, how many values it stands for)."""
        self.open_anchors: set[str] = set()
        self.discarding = 0
        self.result: Any = None
        self.done = False

    def problem(self, mark: Mark, message: str) -> None:
        if not self.discarding:
            self.problems.append(Problem(self.source.path.name, mark.line, mark.column,
                                         message))

    def _count(self, mark: Mark, amount: int = 1) -> None:
        self.count += amount
        if self.count > MAX_VALUES:
            raise _TooBig(mark, f"the file expands to more than {MAX_VALUES:,} values "
                                "(aliases?); expected a session of reasonable size")

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.ScalarEvent | yaml.AliasEvent
                      | yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._begin_value(event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self._end_collection()
        elif isinstance(event, yaml.DocumentStartEvent) and self.done:
            raise _TooBig(_mark(event), "a second document (---) begins here; expected one "
                                        "session per file")

    def _begin_value(self, event: yaml.Event) -> None:
        mark = _mark(event)
        path = self.stack[-1].child_path() if self.stack else ()
        if isinstance(event, yaml.AliasEvent):
            self._alias(event, mark, path)
            return
        self._count(mark)
        self.source.values.setdefault(path, mark)
        if isinstance(event, yaml.ScalarEvent):
            value = self._scalar(event, mark)
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self._deliver(value, mark)
            return
        if len(self.stack) >= MAX_DEPTH:
            raise _TooBig(mark, f"lists and mappings nest more than {MAX_DEPTH} levels deep "
                                "here; expected a session's plain shape")
        assert isinstance(event, yaml.CollectionStartEvent)
        is_list = isinstance(event, yaml.SequenceStartEvent)
        expected = _Y + ("seq" if is_list else "map")
        discard = event.tag not in (None, "!", expected)
        if discard:
            kind = "a list" if is_list else "a mapping"
            tag = str(event.tag)
            if tag in _SCALAR_TAGS or tag in (_Y + "seq", _Y + "map"):
                self.problem(mark, f"the tag {_short(tag)} does not fit {kind}")
            else:
                self.problem(mark, f"the tag {_short(tag)} is not allowed: session "
                                   "files hold plain data only")
            self.discarding += 1
        if event.anchor:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Collection(path, mark, [] if is_list else {}, event.anchor,
                                      self.count, discard))

    def _end_collection(self) -> None:
        done = self.stack.pop()
        value: Any = done.value
        if done.discard:
            self.discarding -= 1
            value = None
        if isinstance(done.value, dict):
            self.source.key_order[done.path] = done.order
        if done.anchor:
            self.open_anchors.discard(done.anchor)
            self.anchors[done.anchor] = (value, self.count - done.first_value + 1)
        self._deliver(value, done.mark)

    def _alias(self, event: yaml.AliasEvent, mark: Mark, path: Path_) -> None:
        self.source.values.setdefault(path, mark)
        name = event.anchor or ""
        if name in self.open_anchors:
            self.problem(mark, f"the alias *{name} refers to itself; expected plain data")
            self._count(mark)
            self._deliver(None, mark)
            return
        if name not in self.anchors:
            self.problem(mark, f"the alias *{name} has no anchor &{name} before it")
            self._count(mark)
            self._deliver(None, mark)
            return
        value, size = self.anchors[name]
        self._count(mark, size)
        self._deliver(value, mark)

    def _deliver(self, value: Any, mark: Mark) -> None:
        if not self.stack:
            self.result = value
            self.done = True
            return
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            parent.value.append(value)
            return
        assert isinstance(parent.value, dict)
        if parent.awaiting_key:
            parent.awaiting_key = False
            parent.key_mark = mark
            parent.skip_value = False
            if value is _MERGE:
                self.problem(mark, "merge keys (<<) are not supported; write the keys out")
                parent.skip_value = True
            elif not isinstance(value, str | int | float) or isinstance(value, bool):
                if value is not None or not self.problems or \
                        (self.problems[-1].line, self.problems[-1].column) != \
                        (mark.line, mark.column):  # one problem per place
                    self.problem(mark, "expected a plain word as key")
                parent.skip_value = True
            else:
                key = str(value)
                if key in parent.value:
                    self.problem(mark, f"duplicate key '{key}'")
                    parent.skip_value = True
                else:
                    parent.key = key
                    parent.order.append(key)
                    self.source.keys[(*parent.path, key)] = mark
            return
        parent.awaiting_key = True
        if not parent.skip_value:
            parent.value[str(parent.key)] = value

    def _scalar(self, event: yaml.ScalarEvent, mark: Mark) -> Any:
        text = event.value
        tag = event.tag
        if tag is None:
            tag = _RESOLVER.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, text, event.implicit)
        elif tag == "!":
            tag = _Y + "str"
        explicit = event.tag not in (None, "!")
        if tag == _Y + "merge" and not explicit and self.stack and self.stack[-1].awaiting_key:
            return _MERGE
        if tag in (_Y + "map", _Y + "seq"):
            self.problem(mark, f"the tag {_short(tag)} needs a "
                               f"{'mapping' if tag.endswith('map') else 'list'}, "
                               "not a plain value")
            return None
        if tag not in _SCALAR_TAGS and tag != _Y + "merge":
            self.problem(mark, f"the tag {_short(tag)} is not allowed: session files hold "
                               "plain data only")
            return None
        if tag in (_Y + "str", _Y + "merge"):
            return text
        if ":" in text and tag in (_Y + "int", _Y + "float") and not explicit:
            return text  # a ratio like 4:6, never YAML 1.1's base 60
        node = yaml.ScalarNode(tag, text)
        try:
            if tag == _Y + "timestamp":
                if explicit:
                    _CONSTRUCT.construct_yaml_timestamp(node)
                return text
            if tag == _Y + "int":
                value: Any = _CONSTRUCT.construct_yaml_int(node)
            elif tag == _Y + "float":
                value = _CONSTRUCT.construct_yaml_float(node)
            elif tag == _Y + "bool":
                value = _CONSTRUCT.construct_yaml_bool(node)
            else:
                if explicit and text not in ("", "~", "null", "Null", "NULL"):
                    raise ValueError(text)
                return None
        except (ValueError, KeyError, IndexError, TypeError, OverflowError, AttributeError,
                yaml.YAMLError):
            self.problem(mark, f"the tag {_short(tag)} needs {_TAG_WORDS[tag]}, "
                               f"got {_quoted(text)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(mark, f"expected a finite number, got {text.strip()}")
            return None
        return value


class _Merge:
    """The `<<` merge key, which session files do not support."""


_MERGE = _Merge()


def _quoted(text: str) -> str:
    short = text if len(text) <= 40 else text[:37] + "..."
    return '"' + short.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


def _position_of(text: bytes, offset: int) -> Mark:
    before = text[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return Mark(line, column)


def _text_position(text: str, offset: int) -> Mark:
    line = text.count("\n", 0, offset) + 1
    return Mark(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


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
    odd = _NOT_TEXT.search(text)
    if odd:
        mark = _text_position(text, odd.start())
        raise SessionInvalid(path, [Problem(
            name, mark.line, mark.column,
            f"the file holds a control character (U+{ord(odd.group()):04X}); expected "
            "plain text")])
    source = Source(path=path, data=None, text=text, sha256=hashlib.sha256(raw).hexdigest())
    builder = _Builder(source)
    try:
        for event in yaml.parse(text, Loader=_Loader):
            builder.feed(event)
    except yaml.MarkedYAMLError as error:
        raise SessionInvalid(path, [_syntax_problem(name, text, error)]) from None
    except yaml.YAMLError as error:
        raise SessionInvalid(path, [Problem(name, 1, 1, "not valid YAML: " + " ".join(
            str(error).split()))]) from None
    except _TooBig as too_big:
        raise SessionInvalid(path, [Problem(name, too_big.mark.line, too_big.mark.column,
                                            too_big.message)]) from None
    if not builder.done:
        raise SessionInvalid(path, [Problem(
            name, 1, 1, "the file is empty; expected a session with a title and segments")])
    if builder.problems:
        raise SessionInvalid(path, builder.problems)
    data = builder.result
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise SessionInvalid(path, [Problem(
            name, 1, 1, f"expected a mapping with title and segments at the top, got {kind}")])
    source.data = data
    return source


def _syntax_problem(name: str, text: str, error: yaml.MarkedYAMLError) -> Problem:
    where = error.problem_mark or error.context_mark
    line = where.line + 1 if where else 1
    column = where.column + 1 if where else 1
    problem = error.problem or "is not valid YAML"
    at_tab = where is not None and text[where.index:where.index + 1] == "\t"
    if at_tab or "\t" in problem or "'\\t'" in problem:
        problem = "a tab character; YAML is indented with spaces, not tabs"
    elif error.context:
        problem = f"{problem} ({error.context})"
    return Problem(name, line, column, "not valid YAML: " + " ".join(problem.split()))
