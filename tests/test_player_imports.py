"""What the app holds while the library is open and while box breathing plays: the plan
preview and the player draw with QPainter, so pyqtgraph (about 50 MB resident) is never
imported on that path, and the library imports no numpy either (the sound mixer and the
breath curve need it once a session plays).

The real main window runs in a fresh interpreter (offscreen, its own user folder,
sound off so no device is needed): the library is shown, its plan preview built and
painted, then box breathing is picked and plays for a few seconds on the real clock
and frame timer. The process reports which heavy modules it holds at each point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
from anapana.app.composition import build_main_window
from anapana.app.main import make_application
from anapana.app.settings import Settings
from anapana.paths import UserPaths

HEAVY = ("numpy", "pyqtgraph")

def held():
    return sorted(name for name in HEAVY
                  if any(m == name or m.startswith(name + ".") for m in sys.modules))

def run_until(done, seconds):
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    return done()

app = make_application()
paths = UserPaths.from_environment()
window = build_main_window(Settings(paths.settings), paths, checkin=False)
window.resize(1100, 720)
window.show()
window.after_shown()
painted = []
preview_ready = run_until(lambda: window.library.preview is not None, 60)
if preview_ready:
    from PySide6.QtWidgets import QAbstractScrollArea
    from anapana.app.first_paint import after_first_paint
    preview = window.library.preview
    # (a graphics view, as the preview once was, paints its viewport)
    target = preview.viewport() if isinstance(preview, QAbstractScrollArea) else preview
    target.update()
    after_first_paint(target, lambda: painted.append(True))
    run_until(lambda: bool(painted), 30)
at_library = held()
entry = window.store.find("box-breathing")
window.start_session(entry)
run_until(lambda: False, 3.0)
state = window.controller.tick()
report = {
    "preview": type(window.library.preview).__name__,
    "preview_painted": bool(painted),
    "playing": state is not None and window.controller.plan is not None
               and window.controller.plan.title == entry.loaded.plan.title,
    "at_library": at_library,
    "playing_holds": held(),
}
print("REPORT " + json.dumps(report), flush=True)
window.controller.stop()
window.close()
"""


def test_library_and_box_breathing_need_no_pyqtgraph(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[sound]\nbackend=silent\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANAPANA_HOME=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                      env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=240, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    report = json.loads(lines[-1][len("REPORT "):])
    # The paths were really taken: the preview was built and painted, the session played.
    assert report["preview"] == "PlanPreview" and report["preview_painted"], report
    assert report["playing"], report
    assert report["at_library"] == [], f"imported to show the library: {report}"
    assert "pyqtgraph" not in report["playing_holds"], f"imported to play: {report}"
