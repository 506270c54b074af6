"""PySide6's per-import `__feature__` check answered by reading the file: the same answer
as PySide6's own for every kind of module, without keeping each module's lines in
`linecache`. Run in a fresh process: the check is process-wide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import linecache, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
from anapana.app import pyside_feature_check
assert pyside_feature_check.install()
assert pyside_feature_check.install()  # twice changes nothing
import anapana.app.timers, anapana.core.plan, json, _socket, PySide6.QtGui
modules = [anapana.app.timers, anapana.core.plan, json, _socket, PySide6.QtCore,
           PySide6.QtGui, sys]
mine = [feature._mod_uses_pyside(m) for m in modules]
theirs = [original(m) for m in modules]
print("answers", mine, theirs)
linecache.clearcache()
from anapana.app.fonts import scaled_font  # uses PySide6; imported after the change
print("cached", [name for name in linecache.cache if name.endswith("fonts.py")])
print("uses", feature.pyside_feature_dict.get("anapana.app.fonts"))
"""


def test_the_check_reads_the_file_and_answers_as_pyside_does() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    mine, theirs = lines["answers"].split("] [")
    assert mine + "]" == "[" + theirs  # the same answer for each module
    assert mine.startswith("[True, False, False, False")  # it does tell them apart
    assert lines["cached"] == "[]"  # PySide6's way kept every line of it
    assert lines["uses"] == "0"  # a module that uses PySide6, without features
