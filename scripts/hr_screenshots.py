"""Screenshots of the heart-rate features in a real window (run under Xvfb with openbox).

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & sleep 1; \
        QT_QPA_PLATFORM=xcb .venv/bin/python scripts/hr_screenshots.py docs/screenshots'

Uses the simulated heart (as `anapana run ID --hr-simulate 5.5`) and a clock that the
script moves, so each picture shows a chosen moment; nothing here needs a strap.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes
from tests.fakes import FakeClock


def main(out: Path) -> int:
    home = Path(tempfile.mkdtemp(prefix="anapana-shots-"))
    os.environ["ANAPANA_HOME"] = str(home)
    os.environ["ANAPANA_NO_HANDOFF"] = "1"
    from anapana.app.composition import build_main_window
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.paths import UserPaths

    app = make_application()
    paths = UserPaths.from_environment()
    clock = FakeClock()
    settings = Settings(paths.settings)
    settings.theme = "light"
    window = build_main_window(settings, paths, checkin=False, clock=clock,
                        sound_factory=lambda _l: SilentSink(), run_timer=False,
                        hr_simulate=5.5)
    window.resize(1100, 720)
    window.show()
    window.after_shown()

    def run(seconds: float, step: float = 0.1) -> None:
        for _ in range(round(seconds / step)):
            clock.advance(step)
            window.controller.tick()
            app.processEvents()

    def shot(name: str) -> None:
        for _ in range(20):
            app.processEvents()
        screen = app.primaryScreen()
        frame = window.frameGeometry()
        image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        image.save(str(out / name))
        print(f"wrote {out / name}")

    entry = window.store.find("coherent-breathing-10")
    assert entry is not None
    window.start_session(entry)
    run(settings.lead_in_s + 96.5)
    shot("heart-live.png")
    window.controller.stop()
    entry = window.store.find("resonance-rate-finder")
    assert entry is not None
    window.start_session(entry)
    plan = window.controller.plan
    assert plan is not None
    run(settings.lead_in_s + plan.total_s + 2, 0.5)
    shot("heart-result.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
