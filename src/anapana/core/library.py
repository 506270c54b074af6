"""The library: every session file the app knows, bundled and the user's own.

A broken file never hides the others: it is listed with its problems.
"""

from __future__ import annotations

import os

from anapana.core.loaded import LoadedSession, session_id
from anapana.core.problems import Problem
from anapana.core.record import Record

TYPE_CHECKING = False  # `typing`, `collections.abc`: not imported on the warm path
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import Literal

    from anapana.core.plan_cache import PlanCache

    Origin = Literal["bundled", "user"]
else:
    Origin = str
SESSION_SUFFIXES = (".yaml", ".yml")


class LibraryEntry(Record):
    """One session file of the library: its session, or the problems that keep it out."""

    __slots__ = ("id", "path", "origin", "loaded", "problems")  # noqa: RUF023
    id: str
    path: Path
    origin: Origin
    loaded: LoadedSession | None
    problems: tuple[Problem, ...]

    def __init__(self, id: str, path: Path, origin: Origin, loaded: LoadedSession | None,
                 problems: tuple[Problem, ...] = ()) -> None:
        self._set(id, path, origin, loaded, problems)

    @property
    def ok(self) -> bool:
        return self.loaded is not None


def session_files(folder: Path) -> list[Path]:
    """The session files in a folder (not its subfolders), sorted by name."""
    if not folder.is_dir():
        return []
    # Names, not paths, are filtered and sorted (normcase: in the order pathlib sorts
    # them): comparing 500 Path objects costs a warm start more than stat'ing the files.
    with os.scandir(folder) as found:
        names = [entry.name for entry in found if not entry.name.startswith(".")
                 and entry.name.lower().endswith(SESSION_SUFFIXES)]
    return [folder / name for name in sorted(names, key=os.path.normcase)]


def load_entry(path: Path, origin: Origin, cache: PlanCache | None = None,
               language: str | None = None) -> LibraryEntry:
    """Load one file, from `cache` when it holds this very content (then without pydantic
    and, when the file's size and times are as the cache saw them, without reading it).

    With a `language` (`de`, `pt_BR`…) that the file has a valid text overlay for, the
    entry speaks that language; a missing or broken overlay leaves it in its own words
    (`anapana validate` reports broken overlays)."""
    if language is not None:
        translated = _translated_entry(path, origin, cache, language)
        if translated is not None:
            return translated
    sha256 = None
    if cache is not None:
        hit, sha256 = cache.find(path)
        if hit is not None:
            return LibraryEntry(hit.id, path, origin, hit)
    from anapana.core.loader import load_or_problems  # imports pydantic: only when needed

    result = load_or_problems(path)
    if isinstance(result, list):
        return LibraryEntry(session_id(path), path, origin, None, tuple(result))
    if cache is not None and result.sha256 == sha256:  # unchanged between the two reads
        cache.put(result)
    return LibraryEntry(result.id, path, origin, result)


def _translated_entry(path: Path, origin: Origin, cache: PlanCache | None,
                      language: str) -> LibraryEntry | None:
    from anapana.core.overlay_names import overlay_language, overlay_path

    tag = overlay_language(language)
    if tag is None:
        return None
    overlay = overlay_path(path, tag)
    if not overlay.is_file():
        return None
    sha256 = None
    if cache is not None:
        hit, sha256 = cache.find(path, overlay)
        if hit is not None:
            return LibraryEntry(hit.id, path, origin, hit)
    from anapana.core.loader import load_translated
    from anapana.core.problems import SessionInvalid

    try:
        result = load_translated(path, overlay)
    except SessionInvalid:
        return None
    if cache is not None and result.sha256 == sha256:
        cache.put(result)
    return LibraryEntry(result.id, path, origin, result)


def scan(folders: Iterable[tuple[Path, Origin]],
         cache: PlanCache | None = None, language: str | None = None) -> list[LibraryEntry]:
    """Load every session file of the given folders, in order (in `language` where an
    overlay gives it)."""
    if cache is None:
        return [load_entry(path, origin, None, language) for folder, origin in folders
                for path in session_files(folder)]
    with cache.batch():  # the cache's index written once, at the end
        return [load_entry(path, origin, cache, language) for folder, origin in folders
                for path in session_files(folder)]


def find(entries: Iterable[LibraryEntry], ref: str) -> LibraryEntry | None:
    """The entry for an id (a user's file wins over a bundled one of the same id)."""
    matches = [e for e in entries if e.id == ref]
    users = [e for e in matches if e.origin == "user"]
    return (users or matches)[0] if matches else None
