"""The sessions the library window lists, kept fresh while the user edits their files.

Bundled sessions are read once; the user's folder is watched (the folder and each
file, since editors often save by replacing the file) and re-read a moment after the
last change, so a saved edit shows up, or shows its error, within a second.
Unchanged files are not compiled again.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from .timers import make_timer
from .translations import installed_language

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry
    from anapana.core.loaded import LoadedSession
    from anapana.core.plan_cache import PlanCache

DEBOUNCE_MS = 250


class _CacheMiss(Exception):
    """A session is not in the plan cache as it is on disk (`load_from_cache`)."""


class _HitsOnly:
    """A plan cache that answers from what it holds and stops a load at the first file
    it does not hold, before that file is parsed (the library consults the cache first)."""

    def __init__(self, plans: PlanCache) -> None:
        self._plans = plans

    def find(self, path: Path, overlay: Path | None = None) -> tuple[LoadedSession, str | None]:
        hit, sha256 = self._plans.find(path, overlay)
        if hit is None:
            raise _CacheMiss(path)
        return hit, sha256

    def __getattr__(self, name: str) -> Any:
        return getattr(self._plans, name)


def unused_session_path(folder: Path, stem: str) -> Path:
    """`folder/stem.yaml`, or `stem-2.yaml`, `stem-3.yaml` … the first name not taken."""
    target = folder / f"{stem}.yaml"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}.yaml"
        number += 1
    return target


class LibraryStore(QObject):
    """Bundled and user sessions; `changed` after every (re)load."""

    changed = Signal()

    def __init__(self, bundled: Path, user: Path, parent: QObject | None = None,
                 plans: PlanCache | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.language = language if language is not None else installed_language()
        """Sessions show in this language where a text overlay gives it (English: none)."""
        self.bundled_folder = bundled
        self.user_folder = user
        self._bundled: list[LibraryEntry] | None = None
        self._user: list[LibraryEntry] = []
        self._cache: dict[Path, tuple[tuple[float, int], LibraryEntry]] = {}
        self._watcher: QFileSystemWatcher | None = None
        self._debounce = make_timer(self, interval_ms=DEBOUNCE_MS, single_shot=True,
                                    name="library reload", on_timeout=self._on_debounce_timeout)

    @property
    def entries(self) -> list[LibraryEntry]:
        return self._user + (self._bundled or [])  # the user's own first: what they edit

    @property
    def loaded(self) -> bool:
        return self._bundled is not None

    def load(self) -> None:
        """Read both folders and start watching the user's (call once the window shows)."""
        from anapana.core.library import load_entry, session_files

        with self._plans_batch():  # the plan cache's index written once, at the end
            if self._bundled is None:
                self._bundled = [load_entry(p, "bundled", self.plans, self.language)
                                 for p in session_files(self.bundled_folder)]
            self.watch()
            self._reload_user()

    def load_from_cache(self) -> bool:
        """`load`, if the plan cache holds every session as it is on disk (no file parsed,
        no pydantic: fit for before the window's first paint). False, with nothing
        read, when one would have to be parsed: the first start, an edited file, a new
        version; then `load` after the first paint does it."""
        if self.plans is None or self.loaded:
            return self.loaded
        plans = self.plans
        self.plans = cast("PlanCache", _HitsOnly(plans))
        try:
            self.load()
        except _CacheMiss:
            self._bundled, self._user, self._cache = None, [], {}
            return False
        finally:
            self.plans = plans
        return True

    def watch(self) -> None:
        if self._watcher is not None:
            return
        try:
            self.user_folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # nothing to watch; the library still lists the bundled sessions
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.addPath(str(self.user_folder))

    def stop_watching(self) -> None:
        self._debounce.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def _on_watcher_changed(self, _path: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self.reload()

    def reload(self) -> None:
        with self._plans_batch():
            self._reload_user()

    def _plans_batch(self) -> AbstractContextManager[None]:
        return self.plans.batch() if self.plans is not None else nullcontext()

    def _reload_user(self) -> None:
        from anapana.core.library import load_entry, session_files

        entries: list[LibraryEntry] = []
        seen: set[Path] = set()
        for path in session_files(self.user_folder):
            try:
                info = path.stat()
                stamp = (info.st_mtime, info.st_size)
            except OSError:
                continue
            seen.add(path)
            cached = self._cache.get(path)
            if cached is not None and cached[0] == stamp:
                entries.append(cached[1])
                continue
            entry = load_entry(path, "user", self.plans, self.language)
            self._cache[path] = (stamp, entry)
            entries.append(entry)
        for gone in set(self._cache) - seen:
            del self._cache[gone]
        self._user = entries
        if self._watcher is not None:
            watched = set(self._watcher.files())
            wanted = {str(p) for p in seen}
            for name in wanted - watched:
                self._watcher.addPath(name)
            stale = list(watched - wanted)
            if stale:
                self._watcher.removePaths(stale)
        self.changed.emit()

    def find(self, ref: str) -> LibraryEntry | None:
        """An entry by id (the user's wins) or by path, reading only what is needed."""
        from anapana.core.library import load_entry, session_files

        candidate = Path(ref)
        if candidate.suffix.lower() in (".yaml", ".yml") or candidate.exists():
            resolved = candidate.resolve()
            for entry in self.entries:
                if entry.path.resolve() == resolved:
                    return entry
            return load_entry(candidate, "user", language=self.language)
        for folder, origin in ((self.user_folder, "user"), (self.bundled_folder, "bundled")):
            for path in session_files(folder):
                if path.stem == ref:
                    for entry in self.entries:
                        if entry.path == path:
                            return entry
                    return load_entry(path, origin, self.plans,  # type: ignore[arg-type]
                                      self.language)
        return None
