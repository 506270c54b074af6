"""A cache of compiled plans, so an unchanged library loads without pydantic or YAML.

An entry is keyed by the session file's content hash, its path, and a stamp of the
code that compiled it (the app version and the size and time of the core modules), so
an edited file, a moved file or a new version of Anapana compiles afresh. What the
library lists (each session's header, by path and content hash) sits in one index
file, read once; each plan has its own file, read when the plan is first wanted. All
are plain JSON written atomically into an owner-only folder. Reading trusts nothing:
any entry that is not exactly what this module writes is ignored and rebuilt. Only
valid sessions are cached (their problems are always found by the loader), and only
plans that name no other file (a `.wav` cue or recording may vanish meanwhile).

A file is not read again when its `os.stat` (size, modification and change times in
nanoseconds, inode, device) is the one the index recorded with its content hash, and it
last changed at least `RACY_NS` before the index was written: any write changes the
change time, which no program can set back. Otherwise its content is hashed as before,
and the index records its stat afresh. The margin covers a file written twice within
one tick of the filesystem's clock while it was being read (Git's "racy" entries).

The warm path (index read, every header checked, files stat'ed) imports neither
`hashlib` nor `typing` nor `dataclasses` nor the `json` package: each would cost a fresh
process more than the whole scan. JSON is read by the C scanner that `json.loads` itself
uses (`_loads`), without the package's Python half.
"""

from __future__ import annotations

import functools  # already loaded by `re`, which `pathlib` imports
import os
import stat
from pathlib import Path

from anapana import __version__
from anapana.core.cue_names import CUE_EVENTS
from anapana.core.loaded import LoadedSession, SessionHeader, session_id
from anapana.core.problems import SessionInvalid
from anapana.core.session_file import MAX_FILE_BYTES, read_limited

TYPE_CHECKING = False  # `typing` and `collections.abc` only for the annotations
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType
    from typing import Any

    # Imported when a plan is first read: listing the library needs only the headers.
    from anapana.core.plan import Plan

CACHE_FORMAT = 2
"""Larger files are not looked up (the loader refuses them anyway, at 1 MiB)."""
MAX_ENTRY_BYTES = 16 * 1024 * 1024
INDEX = "index.json"
RACY_NS = 2_000_000_000
"""A file changed this close before the index was written is hashed, whatever its stat."""
_CODE = ("compile.py", "session.py", "loader.py", "loaded.py", "plan.py", "plan_cache.py",
         "yaml_source.py", "durations.py", "session_text.py", "body_areas.py",
         "cue_names.py", "record.py")

_SEGMENT_KINDS = frozenset({"breathe", "body_scan", "silence", "prompt"})
_PHASE_KINDS = frozenset({"inhale", "hold_in", "exhale", "hold_out", "step", "silence",
                          "prompt"})
_CUE_EVENTS = frozenset(CUE_EVENTS)
_CHECKINS = frozenset({"before", "after", "both", "none"})


def _code_stamp() -> str:
    core = os.path.dirname(os.path.abspath(__file__))
    parts = [f"{CACHE_FORMAT}", __version__]
    for name in _CODE:
        try:
            info = os.stat(os.path.join(core, name))
            parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:-")
    return "|".join(parts)


def read_bounded(path: Path) -> bytes | None:
    """The file's bytes, or None when the loader would refuse to read it (a FIFO, a device,
    over the size limit, unreadable): the loader then says why, without blocking."""
    try:
        return read_limited(path)
    except SessionInvalid:
        return None


def _sha256(data: bytes) -> str:
    import hashlib  # OpenSSL's start-up: only when a file must be read after all

    return hashlib.sha256(data).hexdigest()


def content_hash(path: Path, overlay: Path | None = None) -> str | None:
    """The hash the loader gives this file (and overlay) now; None when unreadable."""
    raw = read_bounded(path)
    if raw is None:
        return None
    if overlay is None:
        return _sha256(raw)
    raw_overlay = read_bounded(overlay)
    if raw_overlay is None:
        return None
    return _sha256(f"{_sha256(raw)}\0{_sha256(raw_overlay)}".encode())


def _signature(path: Path, overlay: Path | None) -> list[int] | None:
    """What `os.stat` says of the file (and overlay); None for anything but regular files
    within the loader's size limit."""
    stamp: list[int] = []
    for file in (path,) if overlay is None else (path, overlay):
        try:
            info = os.stat(file)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        stamp += (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)
    return stamp


def _settled(signature: list[int], written_ns: int) -> bool:
    """Every file last changed well before the index was written (see `RACY_NS`)."""
    return all(changed < written_ns - RACY_NS for changed in signature[2::5])


def _load_file(path: Path) -> LoadedSession:
    """Read and validate a cached session's file, when its full model is asked for."""
    from anapana.core.loader import load_session  # pydantic loads only on this request

    return load_session(path)


def _load_translated_file(path: Path, overlay: Path) -> LoadedSession:
    """The same for a session in the words of a text overlay."""
    from anapana.core.loader import load_translated

    return load_translated(path, overlay)


class _Batch:
    """`PlanCache.batch()`: the index written once when the outermost batch ends."""

    __slots__ = ("cache",)

    def __init__(self, cache: PlanCache) -> None:
        self.cache = cache

    def __enter__(self) -> None:
        self.cache._batching += 1

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.cache._batching -= 1
        if not self.cache._batching:
            self.cache.save()


class PlanCache:
    """Compiled plans in `folder`, which is created owner-only on the first write."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._stamp = _code_stamp()
        self._usable: bool | None = None
        self._index: dict[str, Any] | None = None
        """Headers by the file's path: [sha256, header row, stat], as read (checked on
        use)."""
        self._written_ns = 0
        """When the index read was written (its modification time)."""
        self._seen: dict[str, list[int] | None] = {}
        """The stat of each file hashed by `find`, for `put` to record with its header."""
        self._batching = 0
        self._unsaved = False

    def _key(self, path: Path, sha256: str) -> str:
        text = "\0".join((self._stamp, str(path.resolve()), sha256))
        return _sha256(text.encode("utf-8", "surrogatepass"))

    def _folder_ok(self, create: bool) -> bool:
        """The folder is a real directory of ours that nobody else can write into.

        A folder others may write into is left as it is (it may be a shared one) and unused.
        """
        if self._usable is not None:
            return self._usable
        try:
            if create:
                self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            info = self.folder.lstat()
        except OSError:
            return False
        ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        ok = stat.S_ISDIR(info.st_mode) and ours and not info.st_mode & 0o022
        self._usable = ok
        return ok

    def _entries(self) -> dict[str, Any]:
        """The index, read on first use; an index that is not ours counts as empty."""
        if self._index is None:
            self._index = {}
            try:
                data, self._written_ns = _read_json(self.folder / INDEX)
                if (isinstance(data, dict) and data.get("format") == CACHE_FORMAT
                        and data.get("code") == self._stamp
                        and isinstance(data.get("entries"), dict)):
                    self._index = data["entries"]
            except _UNTRUSTED:
                pass
        return self._index

    def find(self, path: Path, overlay: Path | None = None
             ) -> tuple[LoadedSession | None, str | None]:
        """The cached entry for the file as it is now (or None), and its content hash when
        the file had to be read (None when it was not, or could not be)."""
        name = _index_name(path, overlay)
        signature = _signature(path, overlay)  # before reading: a later write shows
        if not self._folder_ok(create=False):
            self._usable = None  # may be created by a later put
            self._seen[name] = signature
            return None, content_hash(path, overlay)
        entry = self._entries().get(name)
        if (signature is not None and isinstance(entry, list) and len(entry) == 3
                and entry[2] == signature and _settled(signature, self._written_ns)
                and isinstance(entry[0], str)):
            hit = self._from_index(path, entry[0], overlay)
            if hit is not None:
                return hit, entry[0]
        sha256 = content_hash(path, overlay)
        if sha256 is None:
            return None, None
        hit = self._from_index(path, sha256, overlay)
        if hit is None:
            self._seen[name] = signature  # for `put`, once the loader has read it too
        elif signature is not None:  # the same content: next time its stat will do
            entry[2] = signature  # type: ignore[index]  # `_from_index` checked its shape
            self._unsaved = True
            if not self._batching:
                self.save()
        return hit, sha256

    def get(self, path: Path, sha256: str, overlay: Path | None = None) -> LoadedSession | None:
        """The cached entry for this content at this path, or None (`overlay`: the text
        overlay the entry speaks, whose bytes `sha256` covers too)."""
        if not self._folder_ok(create=False):
            self._usable = None  # may be created by a later put
            return None
        return self._from_index(path, sha256, overlay)

    def _from_index(self, path: Path, sha256: str, overlay: Path | None
                    ) -> LoadedSession | None:
        try:
            header = _decode_entry(self._entries().get(_index_name(path, overlay)), sha256)
        except _UNTRUSTED:
            return None

        def stored_plan() -> Plan | None:
            plan_file = self.folder / f"{self._key(path, sha256)}.plan.json"
            try:
                return _decode_plan(_read_json(plan_file)[0], path, sha256)
            except _UNTRUSTED:
                return None

        return LoadedSession(session_id(path), path, header, sha256, _stored_plan=stored_plan,
                             _reload=_load_file if overlay is None
                             else functools.partial(_load_translated_file, overlay=overlay),
                             overlay=overlay)

    def put(self, loaded: LoadedSession) -> None:
        """Remember a valid session's plan; quietly does nothing when it cannot."""
        if not cacheable(loaded.plan) or not self._folder_ok(create=True):
            return
        key = self._key(loaded.path, loaded.sha256)
        plan, header = _encode(loaded)
        name = _index_name(loaded.path, loaded.overlay)
        # The stat taken before `find` read the file: a later change shows as a new stat.
        header.append(self._seen.pop(name, None))
        # The plan first: the index never points at a plan not yet written.
        if self._write(self.folder / f"{key}.plan.json", plan):
            self._entries()[name] = header
            self._unsaved = True
            if not self._batching:
                self.save()

    def batch(self) -> _Batch:
        """Write the index once at the end of many `put`s (a library scan), not after each."""
        return _Batch(self)

    def save(self) -> None:
        """Write the index if it changed, leaving out files that are gone."""
        if not self._unsaved or self._index is None:
            return
        self._unsaved = False
        kept = {name: entry for name, entry in self._index.items() if _exists(name)}
        self._index = kept
        self._write(self.folder / INDEX,
                    {"format": CACHE_FORMAT, "code": self._stamp, "entries": kept})

    def _write(self, target: Path, data: dict[str, Any]) -> bool:
        import contextlib
        import json
        import tempfile  # only when writing: a warm start need not import these

        try:
            fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
        except OSError:
            return False
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, target)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return False
        return True


def _index_name(path: Path, overlay: Path | None) -> str:
    """A session's name in the index: its path, and its overlay's for a translation."""
    return str(path) if overlay is None else f"{path}\0{overlay}"


def _exists(name: object) -> bool:
    try:
        return isinstance(name, str) and os.path.lexists(name.split("\0")[0])
    except (OSError, ValueError):  # an index entry of someone else's making
        return False


_UNTRUSTED = (OSError, ValueError, TypeError, KeyError, IndexError, RecursionError,
              MemoryError)


class _Bad(ValueError):
    """An entry that is not what this module writes."""


class _Strict:
    """What `_json.make_scanner` asks of a decoder: `json.loads`'s defaults, but NaN and
    Infinity are refused (this module never writes them)."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int

    @staticmethod
    def parse_constant(name: str) -> Any:
        raise _Bad(name)


def _loads(text: str) -> Any:
    """JSON as `json.loads` reads it, but with nothing before or after the value.

    The C scanner alone: the `json` package's import (its decoder compiles regular
    expressions) would be a tenth of a warm library load. Malformed text raises
    ValueError, nesting too deep RecursionError."""
    try:
        from _json import make_scanner
    except ImportError:  # not CPython: the package, and its whitespace rules
        import json

        return json.loads(text)
    try:
        value, end = make_scanner(_Strict)(text, 0)  # type: ignore[arg-type]  # any decoder-like object
    except StopIteration:
        raise _Bad from None
    if end != len(text):
        raise _Bad
    return value


def _read_json(entry: Path) -> tuple[Any, int]:
    """A regular file's JSON, not following a symbolic link, within the size limit, and
    when it was written."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(entry, flags), "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            raise _Bad
        raw = file.read(MAX_ENTRY_BYTES + 1)
    return _loads(raw.decode("utf-8")), info.st_mtime_ns


def cacheable(plan: Plan) -> bool:
    return (all(c.path is None for c in plan.cues)
            and all(s.recording is None for s in plan.speech))


# --- the entry's JSON form: every dataclass as a list of its fields, in order -------------

def _encode(loaded: LoadedSession) -> tuple[dict[str, Any], list[Any]]:
    """The plan's entry and the header's index entry (`put` adds the file's stat)."""
    plan = loaded.plan
    where: dict[int, tuple[str, int]] = {}
    for tag, items in (("g", plan.segments), ("p", plan.phases), ("c", plan.cues),
                       ("s", plan.speech)):
        for i, item in enumerate(items):
            where[id(item)] = (tag, i)
    events = []
    for event in plan.events:
        tag, index = where[id(event.item)]
        events.append([event.at_s, tag, index])
    h = loaded.header
    stamp = {"format": CACHE_FORMAT, "sha256": loaded.sha256, "path": str(loaded.path)}
    header = [loaded.sha256, [h.title, h.summary, h.description, list(h.tags), h.author,
                              h.total_s, h.open]]
    return {
        **stamp,
        "plan": [plan.title, plan.total_s, plan.format, plan.session_id, plan.language,
                 plan.checkin, plan.reflect],
        "segments": [[s.index, s.kind, s.title, s.start_s, s.duration_s, s.open, s.intro,
                      s.write] for s in plan.segments],
        "phases": [[p.start_s, p.duration_s, p.kind, p.segment, p.cycle, p.text, p.max_s,
                    None if p.areas is None else list(p.areas), p.side]
                   for p in plan.phases],
        "cues": [[c.at_s, c.sound, c.event] for c in plan.cues],
        "speech": [[s.at_s, s.text] for s in plan.speech],
        "events": events,
    }, header


def _text(v: Any) -> str:
    if not isinstance(v, str):
        raise _Bad
    return v


def _opt_text(v: Any) -> str | None:
    return None if v is None else _text(v)


def _number(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _Bad
    return float(v)


def _opt_number(v: Any) -> float | None:
    return None if v is None else _number(v)


def _whole(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Bad
    return v


def _opt_whole(v: Any) -> int | None:
    return None if v is None else _whole(v)


def _flag(v: Any) -> bool:
    if not isinstance(v, bool):
        raise _Bad
    return v


def _one_of(allowed: frozenset[str]) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in allowed:
            raise _Bad
        return str(v)
    return check


def _row(v: Any, checks: tuple[Callable[[Any], Any], ...]) -> list[Any]:
    if not isinstance(v, list) or len(v) != len(checks):
        raise _Bad
    return [check(x) for check, x in zip(checks, v, strict=True)]


def _rows(v: Any, checks: tuple[Callable[[Any], Any], ...]) -> list[list[Any]]:
    if not isinstance(v, list):
        raise _Bad
    return [_row(x, checks) for x in v]


def _tags(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise _Bad
    return tuple(_text(t) for t in v)


_SEGMENT = (_whole, _one_of(_SEGMENT_KINDS), _text, _number, _number, _flag, _opt_text, _flag)
def _opt_areas(v: Any) -> tuple[str, ...] | None:
    return None if v is None else _tags(v)


def _opt_side(v: Any) -> str | None:
    if v is not None and v not in ("left", "right"):
        raise _Bad
    return v  # type: ignore[no-any-return]


# A body-scan step's areas and side come along: the body map lights them (a plan read
# from the cache without them left the map dark from the second start on).
_PHASE = (_number, _opt_number, _one_of(_PHASE_KINDS), _whole, _opt_whole, _opt_text,
          _opt_number, _opt_areas, _opt_side)
_CUE = (_number, _text, _one_of(_CUE_EVENTS))
_SPEECH = (_number, _text)
_EVENT = (_number, _one_of(frozenset("gpcs")), _whole)


def _check_stamp(data: Any, path: Path, sha256: str) -> None:
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        raise _Bad
    if data.get("sha256") != sha256 or data.get("path") != str(path):
        raise _Bad


def _decode_entry(entry: Any, sha256: str) -> SessionHeader:
    """An index entry, [sha256, header row, stat], for this very content.

    Checked field by field like a plan's rows, but spelled out: a warm start checks every
    session's header, and the generic `_row` costs three times as much."""
    if type(entry) is not list or len(entry) != 3 or entry[0] != sha256:
        raise _Bad
    row = entry[1]
    if type(row) is not list or len(row) != 7:
        raise _Bad
    title, summary, description, tags, author, total_s, is_open = row
    if (type(title) is not str or type(tags) is not list
            or not all(type(tag) is str for tag in tags)
            or type(total_s) not in (int, float) or type(is_open) is not bool):
        raise _Bad
    for text in (summary, description, author):
        if text is not None and type(text) is not str:
            raise _Bad
    return SessionHeader(title, summary, description, tuple(tags), author, float(total_s),
                         is_open)


def _decode_plan(data: Any, path: Path, sha256: str) -> Plan:
    from anapana.core.plan import Plan, PlanCue, PlanEvent, PlanPhase, PlanSegment, PlanSpeech

    _check_stamp(data, path, sha256)
    segments = tuple(PlanSegment(*row) for row in _rows(data["segments"], _SEGMENT))
    phases = tuple(PlanPhase(*row) for row in _rows(data["phases"], _PHASE))
    cues = tuple(PlanCue(*row) for row in _rows(data["cues"], _CUE))
    speech = tuple(PlanSpeech(*row) for row in _rows(data["speech"], _SPEECH))
    items: dict[str, tuple[Any, ...]] = {"g": segments, "p": phases, "c": cues, "s": speech}
    events = []
    for at_s, tag, index in _rows(data["events"], _EVENT):
        if not 0 <= index < len(items[tag]):
            raise _Bad
        events.append(PlanEvent(at_s, items[tag][index]))
    p_title, total_s, fmt, plan_id, language, checkin, reflect = _row(
        data["plan"], (_text, _number, _whole, _text, _opt_text, _one_of(_CHECKINS),
                       _opt_text))
    return Plan(title=p_title, total_s=total_s, segments=segments, phases=phases, cues=cues,
                speech=speech, format=fmt, session_id=plan_id, language=language,
                checkin=checkin, reflect=reflect, events=tuple(events))
