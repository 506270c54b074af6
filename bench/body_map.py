"""What the body map and the caption cost while a body scan plays, in a real window.

    .venv/bin/python bench/body_map.py [--seconds 20] [--after 31] [--session body-scan-5]
                                       [--reduced-motion]

Re-runs itself under `xvfb-run -a -s "-screen 0 1280x800x24"` with QT_QPA_PLATFORM=xcb
when there is no display (or falls back to offscreen, and says so). Plays the session in
the real main window with the real clock (a lead-in of 0), measures from `--after`
seconds in (the second step of the short scan) and ends with one line:

    map_paints_per_s=… caption_paints_per_s=… ticks_per_s=… paint_ms_p50=… paint_ms_p99=… cpu_pct=…

map_paints_per_s counts paints of the body map (it should repaint only when its area or
its glow changes, far fewer than the ~60 frames a second); paint_ms_* time each of its
paints; cpu_pct is process CPU time over wall time, in % of one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import figures_line, percentile, rerun_under_xvfb


def measure(seconds: float, session: str, reduced_motion: bool,
            after: float) -> dict[str, float]:
    os.environ.setdefault("ANAPANA_HOME", tempfile.mkdtemp(prefix="anapana-bench-"))
    from PySide6.QtCore import QEvent, QObject, QTimer

    from anapana.app.composition import build_main_window
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SilentSink
    from anapana.paths import UserPaths

    app = make_application()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    settings.lead_in_s = 0
    settings.reduced_motion = reduced_motion
    window = build_main_window(settings, paths, checkin=False,
                        sound_factory=lambda _language: SilentSink())
    window.resize(1100, 720)
    window.show()
    window.after_shown()
    entry = window.store.find(session)
    assert entry is not None and entry.ok, f"no usable session {session}"

    class PaintTimer(QObject):
        """Counts paints of one widget and times each (from the event to its end)."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0
            self.started = 0.0
            self.times: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
                self.started = time.perf_counter()
                watched.removeEventFilter(self)  # time this paint alone, then listen again
                app.sendEvent(watched, event)
                self.times.append(time.perf_counter() - self.started)
                watched.installEventFilter(self)
                return True
            return False

    map_paints = PaintTimer()
    caption_paints = PaintTimer()
    ticks: list[float] = []
    results: dict[str, float] = {}

    def begin() -> None:
        window.start_session(entry)
        view = window.player_view
        assert view is not None
        view.body_map.installEventFilter(map_paints)
        view.caption.installEventFilter(caption_paints)
        window.controller.ticked.connect(lambda _state: ticks.append(time.perf_counter()))
        QTimer.singleShot(round(after * 1000), start)

    def start() -> None:
        ticks.clear()
        map_paints.count = caption_paints.count = 0
        map_paints.times.clear()
        results["wall0"] = time.perf_counter()
        results["cpu0"] = time.process_time()
        QTimer.singleShot(round(seconds * 1000), finish)

    def finish() -> None:
        wall = time.perf_counter() - results["wall0"]
        cpu = time.process_time() - results["cpu0"]
        times_ms = [1000 * t for t in map_paints.times]
        results.clear()
        results.update(
            map_paints_per_s=map_paints.count / wall,
            caption_paints_per_s=caption_paints.count / wall,
            ticks_per_s=len(ticks) / wall,
            paint_ms_p50=percentile(times_ms, 50),
            paint_ms_p99=percentile(times_ms, 99),
            cpu_pct=100 * cpu / wall,
        )
        window.close()
        app.quit()

    QTimer.singleShot(300, begin)
    app.exec()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--session", default="body-scan-5")
    parser.add_argument("--reduced-motion", action="store_true")
    parser.add_argument("--after", type=float, default=31.0,
                        help="seconds into the session to begin measuring")
    args = parser.parse_args()
    if (code := rerun_under_xvfb(__file__, offscreen_fallback=True)) is not None:
        return code
    where = os.environ.get("ANAPANA_BENCH_INNER") or "display"
    print(f"window: {where}, session {args.session}, {args.seconds:g} s, "
          f"reduced motion {'on' if args.reduced_motion else 'off'}")
    figures = measure(args.seconds, args.session, args.reduced_motion, args.after)
    print(figures_line(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
