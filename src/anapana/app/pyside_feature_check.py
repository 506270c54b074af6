"""PySide6's `__feature__` check of each imported module, at the cost of reading the file.

Once PySide6 is loaded, its import hook asks of every module imported after it whether
the module's source mentions "PySide6" (only such a module may use
`from __feature__ import snake_case`). It finds out with `inspect.getsource`: the file
read through `linecache` (encoding detection, every line kept in the cache for good),
0.1–2.5 ms a module, about 15 ms over the ~56 modules the window imports before its
first paint. The same question is answered here by searching the file's bytes, with the
same answer for every source file, and PySide6's own way for anything else (no file, a
compiled module). Anapana uses no `__feature__`; the answer is kept right anyway, so a
library that does still gets its features.

Touches a private function of PySide6 (`shibokensupport.feature._mod_uses_pyside`, in
6.11 and 6.12 here): where it is not there, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_anapana_reads_the_file"


def install() -> bool:
    """Answer PySide6's check by reading the file; True when it is in place.

    Call once PySide6 is imported (its hook exists only then)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(mod_uses_pyside, _MARK, True)
    setattr(feature, "_mod_uses_pyside", mod_uses_pyside)  # noqa: B010  # private: no stub
    return True
