"""Screenshots of a body-scan step with its caption and the body map, in a real window.

Run under Xvfb with a window manager, e.g.
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & sleep 1; \
      QT_QPA_PLATFORM=xcb .venv/bin/python bench/screenshots_body_map.py docs/screenshots'
It plays `body-scan-5` on a fake clock to a moment inside one step (a second into its
spoken line, so the caption has faded in) and grabs the screen, once per theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes
from tests.fakes import FakeClock


def grab(window: QWidget, target: Path) -> None:
    """The window as the screen shows it, frame included (a window manager draws it)."""
    screen = QGuiApplication.primaryScreen()
    frame = window.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    shot.save(str(target))
    print(f"saved={target}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    step = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    home = Path(tempfile.mkdtemp(prefix="anapana-shots-"))
    os.environ["ANAPANA_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.paths import UserPaths

    app = QApplication(sys.argv[:1])
    for theme in ("light", "dark"):
        paths = UserPaths.from_environment()
        settings = Settings(paths.settings)
        settings.theme = theme
        clock = FakeClock()
        window = build_main_window(settings, paths, checkin=False, clock=clock,
                            sound_factory=lambda _language: SilentSink(), open_log=False,
                            run_timer=False)
        window.resize(1000, 720)
        window.move(140, 40)
        window.show()
        window.after_shown()
        entry = window.store.find("body-scan-5")
        assert entry is not None and entry.loaded is not None
        if theme == "light":  # the library's preview of the scan, as blocks
            window.library.select("body-scan-5")
            for _ in range(20):
                app.processEvents()
                time.sleep(0.05)
            grab(window, out / "body-scan-preview.png")
        window.start_session(entry)
        steps = [p for p in entry.loaded.plan.phases if p.kind == "step"]
        clock.advance(settings.lead_in_s + steps[step].start_s)
        window.controller.tick()
        for _ in range(30):  # a second and a half of frames: the caption fades in
            clock.advance(0.05)
            window.controller.tick()
        window.activateWindow()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.05)
        window.controller.tick()
        app.processEvents()
        grab(window, out / f"body-scan-map-{theme}.png")
        window.controller.close()
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
