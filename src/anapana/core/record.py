"""Small immutable values with slots, for the modules a warm library load imports.

`dataclasses` imports `inspect` (and with it `ast`, `dis`, `tokenize`, `enum`, `copy`)
and builds each class by `exec`: about a third of a fresh process's library load. The
few classes on that path (a library entry, a session header, a problem, the user's
folders) derive from `Record` instead: equal when their fields are, hashable, printable,
and read-only after `__init__`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` itself is not imported on the warm path
if TYPE_CHECKING:
    from typing import Any


_put = object.__setattr__


class Record:
    """A value whose fields are its `__slots__`, in the constructor's order (its repr
    shows them so, hence the `noqa: RUF023`); a subclass's `__init__` calls `_set`."""

    __slots__: tuple[str, ...] = ()

    def _set(self, *values: Any) -> None:
        """Fill the fields, in `__slots__` order (positional: a warm library load builds
        thousands of these, and keywords cost three times as much)."""
        for name, value in zip(self.__slots__, values, strict=True):
            _put(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __reduce__(self) -> tuple[type[Record], tuple[Any, ...]]:
        # `copy` and `pickle` would restore the fields with setattr, which is refused.
        return type(self), self._fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__
                          if not name.startswith("_"))
        return f"{type(self).__name__}({shown})"
