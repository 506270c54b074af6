"""Frame rate, CPU, memory and startup of the player, measured in a real window.

    .venv/bin/python bench/frames.py [--seconds 30] [--session box-breathing]

Re-runs itself under `xvfb-run -a -s "-screen 0 1280x800x24"` with QT_QPA_PLATFORM=xcb
when there is no display (or falls back to offscreen, and says so). Plays a bundled
breathing session in the real main window with the real clock for `--seconds` and
prints the figures, ending with one line:

    fps=… frame_p99_ms=… cpu_pct=… rss_mb=… startup_s=… startup_ratio=…

fps counts repaints of the pacing figure per second; frame_p99_ms is the 99th
percentile of the time between frames; cpu_pct is process CPU time (all threads) over
wall time, in % of one core; rss_mb the resident memory at the end. startup_s is the
time from starting `python -m anapana` to its main window's first paint, and
startup_ratio divides it by the same time for an empty QMainWindow measured in this run
(median of 3 runs each).
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BASELINE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class Window(QMainWindow):
    shown = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.shown:
            self.shown = True
            print("anapana: shown", flush=True)
            app.quit()
w = Window()
w.resize(1100, 720)
w.show()
app.exec()
"""


def _time_to_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert process.stdout is not None
    elapsed = float("nan")
    for line in process.stdout:
        if "anapana: shown" in line:
            elapsed = time.perf_counter() - start
            break
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return elapsed


APP_ONLY = "from anapana.app.main import run_app; raise SystemExit(run_app())"


def measure_startup(runs: int = 3) -> tuple[float, float, float]:
    home = tempfile.mkdtemp(prefix="anapana-bench-")
    env = dict(os.environ, ANAPANA_HOME=home, ANAPANA_REPORT_SHOWN="1", ANAPANA_QUIT_AFTER_MS="100")
    app_times = []
    module_times = []
    base_times = []
    _time_to_shown([sys.executable, "-c", BASELINE], env)  # warm the disk cache
    for _ in range(runs):
        base_times.append(_time_to_shown([sys.executable, "-c", BASELINE], env))
        app_times.append(_time_to_shown([sys.executable, "-m", "anapana"], env))
        module_times.append(_time_to_shown([sys.executable, "-c", APP_ONLY], env))
    shutil.rmtree(home, ignore_errors=True)
    return (statistics.median(app_times), statistics.median(base_times),
            statistics.median(module_times))


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_frames(seconds: float, session: str) -> dict[str, float]:
    os.environ.setdefault("ANAPANA_HOME", tempfile.mkdtemp(prefix="anapana-bench-"))
    from PySide6.QtCore import QEvent, QObject, QTimer

    from anapana.app.composition import build_main_window
    from anapana.app.main import make_application
    from anapana.app.settings import Settings
    from anapana.app.sound_sink import SoundLayer
    from anapana.paths import UserPaths

    app = make_application()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    settings.lead_in_s = 0
    window = build_main_window(
        settings,
        paths,
        checkin=False,
        sound_factory=lambda language: SoundLayer(backend="silent", speak=False, language=language),
    )
    window.resize(1100, 720)
    window.show()
    window.after_shown()
    entry = window.store.find(session)
    assert entry is not None and entry.ok, f"no usable session {session}"

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    ticks: list[float] = []
    counter = PaintCounter()
    results: dict[str, float] = {}

    def begin() -> None:
        window.start_session(entry)
        assert window.player_view is not None
        window.player_view.figure.installEventFilter(counter)
        window.controller.ticked.connect(lambda _state: ticks.append(time.perf_counter()))
        QTimer.singleShot(1500, measure)

    def measure() -> None:
        ticks.clear()
        counter.count = 0
        results["wall0"] = time.perf_counter()
        results["cpu0"] = time.process_time()
        QTimer.singleShot(round(seconds * 1000), finish)

    def finish() -> None:
        wall = time.perf_counter() - results["wall0"]
        cpu = time.process_time() - results["cpu0"]
        intervals = sorted(b - a for a, b in itertools.pairwise(ticks))
        p99 = intervals[min(len(intervals) - 1, int(0.99 * len(intervals)))] if intervals else 0
        results.update(
            fps=counter.count / wall,
            ticks_per_s=len(ticks) / wall,
            frame_p99_ms=1000 * p99,
            cpu_pct=100 * cpu / wall,
            rss_mb=rss_mb(),
            frame_max_ms=1000 * (intervals[-1] if intervals else 0),
        )
        window.close()
        app.quit()

    QTimer.singleShot(300, begin)
    app.exec()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--session", default="box-breathing")
    parser.add_argument("--no-startup", action="store_true", help="skip the startup runs")
    args = parser.parse_args()

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ.setdefault("ANAPANA_BENCH_INNER", "offscreen")  # asked for explicitly
    if not os.environ.get("DISPLAY") and not os.environ.get("ANAPANA_BENCH_INNER"):
        if shutil.which("xvfb-run"):
            env = dict(os.environ, QT_QPA_PLATFORM="xcb", ANAPANA_BENCH_INNER="xvfb")
            command = [
                "xvfb-run",
                "-a",
                "-s",
                "-screen 0 1280x800x24",
                sys.executable,
                str(Path(__file__).resolve()),
                *sys.argv[1:],
            ]
            return subprocess.call(command, env=env)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["ANAPANA_BENCH_INNER"] = "offscreen"
    where = os.environ.get("ANAPANA_BENCH_INNER") or "display"
    platform = os.environ.get("QT_QPA_PLATFORM", "default")
    print(
        f"window: {where} (QT_QPA_PLATFORM={platform}), session {args.session}, "
        f"{args.seconds:g} s, python {sys.version.split()[0]}"
    )
    if where == "offscreen":
        print("note: measured offscreen (no Xvfb, or QT_QPA_PLATFORM=offscreen was set), "
              "which skips the X server's work")

    if args.no_startup:
        startup_s, baseline_s = float("nan"), float("nan")
    else:
        startup_s, baseline_s, module_s = measure_startup()
        print(f"startup: `python -m anapana` {startup_s:.3f} s, empty QMainWindow "
              f"{baseline_s:.3f} s; the app module alone (run_app, without the command "
              f"line's imports) {module_s:.3f} s, ratio {module_s / baseline_s:.2f}")
    figures = measure_frames(args.seconds, args.session)
    print(
        f"frames: {figures['fps']:.1f} figure repaints/s, {figures['ticks_per_s']:.1f} "
        f"ticks/s, frame interval p99 {figures['frame_p99_ms']:.1f} ms, "
        f"max {figures['frame_max_ms']:.1f} ms"
    )
    ratio = startup_s / baseline_s if baseline_s == baseline_s and baseline_s > 0 else float("nan")
    print(
        f"fps={figures['fps']:.1f} frame_p99_ms={figures['frame_p99_ms']:.1f} "
        f"cpu_pct={figures['cpu_pct']:.1f} rss_mb={figures['rss_mb']:.0f} "
        f"startup_s={startup_s:.3f} startup_ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
