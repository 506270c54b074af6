"""Regenerate the screenshots in docs/screenshots (run under Xvfb, see below).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python bench/screenshots.py [OUT_DIR]

A fake clock puts the player exactly where each picture wants it; the window is a real
one (xcb) and each picture is `QWidget.grab()` of the whole window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes
from tests.fakes import FakeClock

HERE = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ANAPANA_HOME", tempfile.mkdtemp(prefix="anapana-shots-"))
    from anapana.app.composition import build_main_window
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.paths import UserPaths

    app = make_application()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    settings.theme = "light"
    clock = FakeClock()
    window = build_main_window(settings, paths, checkin=False, clock=clock,
                        sound_factory=lambda _lang: SilentSink(), open_log=False,
                        run_timer=False)
    window.resize(1200, 760)
    window.show()

    def settle(ms: int = 150) -> None:
        end = QTimer()
        end.setSingleShot(True)
        end.start(ms)
        while end.isActive():
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        window.grab().save(str(out / name))
        print("wrote", out / name)

    window.after_shown()
    # a broken user file, so the library shows how problems look
    broken = paths.sessions / "my-evening.yaml"
    broken.write_text("title: My evening\nsegments:\n  - breathe: Slow\n    pattern: 4-x\n"
                      "    duration: 2m\n")
    window.store.reload()
    window.library.select("coherent-breathing-10")
    shoot("library.png")

    def play(session_id: str, at_s: float) -> None:
        entry = window.store.find(session_id)
        assert entry is not None and entry.ok
        window.start_session(entry)
        clock.advance(settings.lead_in_s + at_s)
        window.controller.tick()

    play("box-breathing", 1.6)
    shoot("player-inhale.png")
    window.controller.stop()
    play("body-scan-10", 200.0)
    shoot("body-scan.png")
    window.controller.stop()
    settings.theme = "dark"
    play("relaxing-breath-4-7-8", 5.5)
    shoot("dark.png")
    window.set_focus_mode(True)
    settle(400)
    window.controller.tick()
    shoot("focus.png")
    window.set_focus_mode(False)
    window.controller.stop()
    settle()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
