"""Screenshots of the player's drawing, to compare before and after a change to painting.

    xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'openbox & env QT_QPA_PLATFORM=xcb \
        .venv/bin/python bench/screenshots_player.py OUT_DIR'

A fake clock puts the player at exact moments (box breathing mid-inhale and in a hold,
the same with reduced motion and the square figure, a body-scan step with the body map,
and a resonance session with the simulated heart trace); each picture
is the window as the screen shows it. Two runs of this script at the same code give the
same pixels, so `compare -metric AE a.png b.png` between a run before and one after a
change to painting shows whether anything visible moved.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes
from tests.fakes import FakeClock


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["ANAPANA_HOME"] = tempfile.mkdtemp(prefix="anapana-shots-")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.paths import UserPaths

    app = QApplication(sys.argv[:1])
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    settings.theme = "light"
    clock = FakeClock()
    window = build_main_window(settings, paths, checkin=False, clock=clock,
                        sound_factory=lambda _language: SilentSink(), open_log=False,
                        run_timer=False)
    window.resize(1000, 720)
    window.move(140, 40)
    window.show()
    window.after_shown()

    def settle() -> None:
        for _ in range(10):
            app.processEvents()
            time.sleep(0.03)

    def frames(seconds: float) -> None:
        """Tick 16 ms frames, as the frame timer would."""
        for _ in range(round(seconds / 0.016)):
            clock.advance(0.016)
            window.controller.tick()
            app.processEvents()

    def shoot(name: str) -> None:
        window.controller.tick()
        settle()
        screen = QGuiApplication.primaryScreen()
        frame = window.frameGeometry()
        shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        shot.save(str(out / name))
        print(f"saved={out / name}")

    def play(session_id: str, at_s: float) -> None:
        entry = window.store.find(session_id)
        assert entry is not None and entry.ok, session_id
        window.start_session(entry)
        clock.advance(settings.lead_in_s)
        window.controller.tick()
        frames(at_s)

    box = window.store.find("box-breathing")
    assert box is not None and box.loaded is not None
    inhale = next(p for p in box.loaded.plan.phases if p.kind == "inhale")
    for style, reduced, tag in (("circle", False, "circle"), ("circle", True, "reduced"),
                                ("square", False, "square")):
        settings.figure_style = style
        settings.reduced_motion = reduced
        play("box-breathing", inhale.start_s + 1.6)
        shoot(f"box-inhale-{tag}.png")
        frames(inhale.duration_s + 1.1 - 1.6)  # into the hold after the inhale
        shoot(f"box-hold-{tag}.png")
        window.controller.stop()
    settings.figure_style = "circle"
    settings.reduced_motion = False
    entry = window.store.find("body-scan-5")
    assert entry is not None and entry.loaded is not None
    steps = [p for p in entry.loaded.plan.phases if p.kind == "step"]
    play("body-scan-5", steps[3].start_s + 1.5)
    shoot("body-scan-caption.png")
    window.controller.stop()
    # The heart trace from the simulator (a strap's stand-in) from here on.
    window.parts.hr_simulate = 5.5
    if window.parts._heart is not None:
        window.parts._heart.simulate_per_min = 5.5
    play("resonance-pace-5-5", 40.0)
    shoot("heart-trace.png")
    window.controller.stop()
    window.controller.close()
    window.close()
    settle()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
