"""Small helpers shared by the bench scripts: percentiles and the closing figures line.

Every bench script ends with one line of `key=value` figures so that a person, CI or
`tests/test_bench_smoke.py` can read the numbers without parsing the table above it.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

XVFB_RUN = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]


def rerun_under_xvfb(script: str, *, offscreen_fallback: bool = False) -> int | None:
    """Without a display, run `script` again (same arguments) under Xvfb with the xcb
    platform and return its exit code; None when this process should go on measuring.

    Where xvfb-run is missing, `offscreen_fallback` goes on with Qt's offscreen platform
    (said in the bench's output), otherwise the exit code is 2 with the package to install.
    """
    if offscreen_fallback and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ.setdefault("ANAPANA_BENCH_INNER", "offscreen")  # asked for explicitly
    if os.environ.get("DISPLAY") or os.environ.get("ANAPANA_BENCH_INNER"):
        return None
    if shutil.which("xvfb-run"):
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", ANAPANA_BENCH_INNER="xvfb")
        command = [*XVFB_RUN, sys.executable, str(Path(script).resolve()), *sys.argv[1:]]
        return subprocess.call(command, env=env)
    if not offscreen_fallback:
        print("xvfb-run is needed (apt-get install xvfb xauth)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ANAPANA_BENCH_INNER"] = "offscreen"
    return None


def bare_window_script(announce: str, *, quit_when_shown: bool) -> str:
    """A program showing an empty 1100×720 QMainWindow, the floor any PySide6 window
    pays; at its first paint it prints `announce` (a Python expression; `time` is
    imported) and, with `quit_when_shown`, quits."""
    quit_line = "\n            app.quit()" if quit_when_shown else ""
    return f"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Window(QMainWindow):
    shown = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.shown:
            self.shown = True
            print({announce}, flush=True){quit_line}
w = Window()
w.resize(1100, 720)
w.show()
app.exec()
"""


def rss_kb(pid: int) -> int | None:
    """The process's resident memory (VmRSS) in KiB; None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 to 100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def figures_line(figures: Mapping[str, float]) -> str:
    """`key=value` pairs on one line, numbers rounded to a readable precision."""
    return " ".join(f"{key}={_number(value)}" for key, value in figures.items())


def _number(value: float) -> str:
    if math.isnan(value):
        return "nan"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.3f}"
    return f"{value:.4f}"


def verdict(value: float, target: float) -> str:
    """'met' or 'MISSED' for a figure that must stay at or under its target."""
    return "met" if value <= target else "MISSED"
