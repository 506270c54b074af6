"""Small helpers shared by the core tests: write a session file, compile it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from anapana.core.loader import LoadedSession, load_session


def load_text(folder: Path, text: str, name: str = "session.yaml") -> LoadedSession:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_session(path)


def plan_json(folder: Path, text: str) -> dict[str, Any]:
    return load_text(folder, text).plan.to_json()


def breathing(pattern: str, length: str) -> str:
    return f"title: T\nsegments:\n  - breathe: B\n    pattern: {pattern}\n    {length}\n"
