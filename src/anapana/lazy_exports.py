"""A package's public names, each imported from its home module on first use.

Used by package `__init__` modules whose submodules are costly to import (numpy for
the heart-rate analysis, SQLite for the log, Qt for the desktop integration) while a
light sibling must load at start-up. Qt-free and dependent on nothing in Anapana, so
any layer can use it.

    __getattr__, __dir__ = lazy_exports(globals(), {"assess": "assessment", ...})

Type checkers do not run `__getattr__`: keep the names' imports under `TYPE_CHECKING`
and in `__all__` too.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package_globals: dict[str, Any], homes: Mapping[str, str],
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module `__getattr__` and `__dir__` (PEP 562) for a package whose public
    names live in submodules: `homes` maps each name to its submodule, relative to the
    package. A name, once imported, is kept in the package so later lookups are plain."""
    package = package_globals["__name__"]

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        package_globals[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*package_globals, *homes})

    return __getattr__, __dir__
