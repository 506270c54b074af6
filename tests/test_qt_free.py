"""The core, the log, the reminders and the heart-rate analysis work with Qt missing:
none of their modules imports it, and their commands run with Qt blocked."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import anapana

SRC = Path(anapana.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")
QT_FREE = [
    *sorted((SRC / "core").rglob("*.py")),
    *sorted((SRC / "log").rglob("*.py")),
    SRC / "reminders.py",
    *sorted((SRC / "hr").rglob("*.py")),
    SRC / "lazy_exports.py",
    *sorted((SRC / "i18n").rglob("*.py")),
]


def imported_names(path: Path) -> list[str]:
    """Every module `path` imports, at any depth of its code."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_every_qt_free_package_is_checked() -> None:
    packages = {path.relative_to(SRC).parts[0] for path in QT_FREE}
    assert packages == {"core", "log", "reminders.py", "hr", "lazy_exports.py", "i18n"}
    assert all(path.is_file() for path in QT_FREE)


@pytest.mark.parametrize("path", QT_FREE, ids=lambda path: str(path.relative_to(SRC)))
def test_the_module_imports_no_qt(path: Path) -> None:
    qt = [name for name in imported_names(path) if name.startswith(QT_MODULES)]
    assert not qt, f"{path.relative_to(SRC)} imports {qt}"


@pytest.mark.parametrize(("commands", "then_import", "expected"), [
    pytest.param([["list", "--json"], ["plan", "box-breathing", "--json"], ["schema"]],
                 ["anapana.core.player", "anapana.core.breath"], '"title": "Box breathing"',
                 id="session files"),
    pytest.param([["hr", "simulate", "--resonance", "6", "--out", "{home}/rr.txt"],
                  ["hrv", "summary", "{home}/rr.txt", "--json"]],
                 [], '"rmssd_ms"', id="heart rate"),
])
def test_the_commands_run_with_qt_blocked(tmp_path: Path, commands: list[list[str]],
                                          then_import: list[str], expected: str) -> None:
    calls = [[word.format(home=tmp_path) for word in command] for command in commands]
    script = (
        "import importlib, sys\n"
        f"for name in {QT_MODULES!r}: sys.modules[name] = None\n"
        "from anapana.cli import main\n"
        f"codes = [main(args) for args in {calls!r}]\n"
        f"for name in {then_import!r}: importlib.import_module(name)\n"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules\n"
        "               if sys.modules[m] is not None)\n"
        "sys.exit(max(codes))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"ANAPANA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
