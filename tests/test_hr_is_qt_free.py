"""The heart-rate analysis and its commands work with Qt missing: they never import it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import anapana.hr

HR = Path(anapana.hr.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")
ANALYSIS = ["__init__", "model", "rr_file", "artifacts", "metrics", "breath_locked",
            "assessment", "simulate"]


def test_no_analysis_module_imports_qt() -> None:
    for name in ANALYSIS:
        path = HR / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.startswith(QT_MODULES) for n in names), f"{name}.py imports {names}"


def test_hr_commands_run_with_qt_blocked(tmp_path: Path) -> None:
    out = tmp_path / "rr.txt"
    script = (
        "import sys\n"
        f"for name in {QT_MODULES!r}: sys.modules[name] = None\n"
        "from anapana.cli import main\n"
        f"codes = [main(['hr', 'simulate', '--resonance', '6', '--out', {str(out)!r}]),\n"
        f"         main(['hrv', 'summary', {str(out)!r}, '--json'])]\n"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules\n"
        "               if sys.modules[m] is not None)\n"
        "sys.exit(max(codes))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"ANAPANA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert '"rmssd_ms"' in done.stdout
