"""A warm library load (every file unchanged since the plan cache saw it) stays light.

In a fresh process, listing the bundled library from a filled plan cache must not import
the loader's world (pydantic, PyYAML, the session model, the compiler, the plan classes)
nor the standard modules moved off that path (`hashlib`, `dataclasses`, `typing`,
`tempfile`, the `json` package...): each of them costs a fresh process milliseconds. What
`pathlib` brings along by itself in this Python is not held against the library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

KEPT_OUT = (
    "pydantic", "yaml", "anapana.core.loader", "anapana.core.session",
    "anapana.core.compile", "anapana.core.plan", "anapana.core.session_text",
    "anapana.core.yaml_source", "hashlib", "dataclasses", "typing", "inspect", "tempfile",
    "contextlib", "collections.abc", "difflib", "copy", "platformdirs", "json",
)
"""Modules a warm load must not import (the first four import pydantic or PyYAML)."""

PROBE = """
import sys
from pathlib import Path
before = set(sys.modules)
from anapana.core.library import scan
from anapana.core.plan_cache import PlanCache
from anapana.paths import bundled_sessions_dir
language = sys.argv[2] or None
entries = scan([(bundled_sessions_dir(), "bundled")], PlanCache(Path(sys.argv[1])), language)
imported = set(sys.modules) - before
import json
print(json.dumps({"ok": all(e.ok for e in entries), "count": len(entries),
                  "imported": sorted(imported)}))
"""

STDLIB_ONLY = "import sys, pathlib, os, stat; print(' '.join(sorted(sys.modules)))"


def load(cache: Path, language: str = "") -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(cache), language], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def stdlib_brings() -> set[str]:
    """What this Python's `pathlib` imports by itself."""
    done = subprocess.run([sys.executable, "-c", STDLIB_ONLY], check=True,
                          capture_output=True, text=True)
    return set(done.stdout.split())


def test_a_warm_library_load_imports_none_of_the_cold_path(tmp_path: Path) -> None:
    first = load(tmp_path / "plans")  # fills the cache: pydantic and all
    assert first["ok"] and "pydantic" in first["imported"]  # type: ignore[operator]
    warm = load(tmp_path / "plans")
    assert warm["ok"] and warm["count"] == first["count"]
    imported = set(warm["imported"])  # type: ignore[call-overload]
    unwanted = sorted(m for m in KEPT_OUT if m in imported and m not in stdlib_brings())
    assert unwanted == [], f"a warm library load imported {unwanted}"


def test_a_translated_warm_library_load_stays_as_light(tmp_path: Path) -> None:
    load(tmp_path / "plans", "de")
    warm = load(tmp_path / "plans", "de")
    assert warm["ok"]
    imported = set(warm["imported"])  # type: ignore[call-overload]
    unwanted = sorted(m for m in KEPT_OUT if m in imported and m not in stdlib_brings())
    assert unwanted == [], f"a warm library load in German imported {unwanted}"
