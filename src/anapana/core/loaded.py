"""A valid session file as the library holds it: its header, its compiled plan, its hash.

Kept apart from the loader (which imports pydantic) so that a library read from the
plan cache never imports pydantic: the full `Session` model is built only on request.
"""

from __future__ import annotations

from anapana.core.record import Record

TYPE_CHECKING = False  # `typing` and `collections.abc` are not imported on the warm path
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from anapana.core.plan import Plan
    from anapana.core.session import Session


def session_id(path: Path) -> str:
    """A session's id is its file stem: `box-breathing.yaml` is `box-breathing`."""
    return path.stem


class SessionHeader(Record):
    """What the library shows of a session without its segments."""

    __slots__ = ("title", "summary", "description", "tags", "author",  # noqa: RUF023
                 "total_s", "open")
    title: str
    summary: str | None
    description: str | None
    tags: tuple[str, ...]
    author: str | None
    total_s: float
    """The plan's length, open phases counting 0 s."""
    open: bool
    """The plan has phases that wait for the user."""

    def __init__(self, title: str, summary: str | None = None,
                 description: str | None = None, tags: tuple[str, ...] = (),
                 author: str | None = None, total_s: float = 0.0, open: bool = False) -> None:
        self._set(title, summary, description, tags, author, total_s, open)


def header_of(session: Session, plan: Plan) -> SessionHeader:
    return SessionHeader(session.title, session.summary, session.description,
                         tuple(session.tags), session.author, plan.total_s, plan.open)


class LoadedSession(Record):
    """A valid session file with its compiled plan (equal only to itself)."""

    __slots__ = ("id", "path", "header", "sha256", "_plan", "_validated",  # noqa: RUF023
                 "_stored_plan", "_reload", "overlay")
    id: str
    path: Path
    header: SessionHeader
    sha256: str
    _plan: list[Plan]
    _validated: list[Session]
    """The plan and the validated model once built."""
    _stored_plan: Callable[[], Plan | None] | None
    """Reads the plan from the cache on first use; None (or its None) compiles afresh."""
    _reload: Callable[[Path], LoadedSession] | None
    """Reads and validates the file again (`loader.load_session`): given by whoever
    builds a session without its model, so this module never imports the loader."""
    overlay: Path | None
    """The text overlay whose words this session speaks (`core.session_text`), if any;
    `sha256` then covers both files, and `_reload` applies it again."""

    def __init__(self, id: str, path: Path, header: SessionHeader, sha256: str,
                 _plan: list[Plan] | None = None, _validated: list[Session] | None = None,
                 _stored_plan: Callable[[], Plan | None] | None = None,
                 _reload: Callable[[Path], LoadedSession] | None = None,
                 overlay: Path | None = None) -> None:
        self._set(id, path, header, sha256, [] if _plan is None else _plan,
                  [] if _validated is None else _validated, _stored_plan, _reload, overlay)

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    @property
    def plan(self) -> Plan:
        """The compiled plan (the library lists sessions from their header alone)."""
        if not self._plan:
            stored = self._stored_plan() if self._stored_plan is not None else None
            if stored is not None:
                self._plan.append(stored)
            else:
                self._load_again()
        return self._plan[0]

    @property
    def session(self) -> Session:
        """The validated model; read from the file again when it came from the cache.

        Raises SessionInvalid when the file no longer reads as it did.
        """
        if not self._validated:
            self._load_again()
        return self._validated[0]

    def _load_again(self) -> None:
        from anapana.core.problems import Problem, SessionInvalid

        if self._reload is None:
            raise RuntimeError(f"{self.path.name} was built without a way to read it again")
        again = self._reload(self.path)
        if again.sha256 != self.sha256:
            raise SessionInvalid(self.path, [Problem(
                self.path.name, 1, 1, "the file changed since the library read it")])
        if not self._plan:
            self._plan.append(again.plan)
        self._validated.append(again.session)
