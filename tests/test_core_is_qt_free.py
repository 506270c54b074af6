"""The core and the file commands work with Qt missing: they never import it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import anapana.core

CORE = Path(anapana.core.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")


def test_no_core_module_imports_qt() -> None:
    for path in sorted(CORE.glob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(QT_MODULES), f"{path.name} imports {name}"


def test_file_commands_run_with_qt_blocked(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        f"for name in {QT_MODULES!r}: sys.modules[name] = None\n"
        "from anapana.cli import main\n"
        "codes = [main(['list', '--json']), main(['plan', 'box-breathing', '--json']),\n"
        "         main(['schema'])]\n"
        "import anapana.core.player, anapana.core.breath\n"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules\n"
        "               if sys.modules[m] is not None)\n"
        "sys.exit(max(codes))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"ANAPANA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert '"title": "Box breathing"' in done.stdout
