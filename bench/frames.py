"""Frame rate, CPU, memory and startup of the player, measured in a real window.

    .venv/bin/python bench/frames.py [--seconds 30] [--session box-breathing]

Re-runs itself under `xvfb-run -a -s "-screen 0 1280x800x24"` with QT_QPA_PLATFORM=xcb
when there is no display (or falls back to offscreen, and says so). Plays a bundled
breathing session in the real main window with the real clock for `--seconds` and
prints the figures, ending with one line of `key=value` figures:

    fps=… frame_p99_ms=… cpu_pct=… reference_cpu_pct=… cpu_ratio=… … silent_cpu_pct=…
    … rss_mb=… startup_s=… startup_ratio=… load_avg=…

figure_step_max_px and curve_step_max_px are the largest move of the disc's radius and of
the breath curve from one frame to the next while the figure moves, in device pixels
(1: no frame skips a pixel, so no stepping shows; while the disc moves a frame comes
every 16 ms and paints only what moved by a whole pixel, so fps, the figure's repaints,
is below ticks_per_s). floor_cpu_pct is the least a 60-frame PySide6 animation costs
here (a bare window whose 16 ms timer's Python slot repaints a 4x4 square);
figure_cache_mb the memory the pacing figure's kept pictures take. disc_floor_cpu_pct
is the least a 60 Hz disc of the figure's size costs here: a bare window whose 16 ms
Python timer copies a pre-rendered plate as large as the figure's largest disc
(disc_side_px, measured from the app's window at the bench size); cpu_over_disc_floor
divides cpu_pct by it.

The breathing part (the session's intro is skipped) is measured first: fps counts
repaints of the pacing figure per second (a frame that would draw the same pixels is
not painted), ticks_per_s the frame timer's frames, curve_fps the breath curve's
repaints; frame_p99_ms is the 99th percentile of the time between frames while the
figure moves (inhales and exhales); cpu_pct is process CPU time (all threads) over
wall time, in % of one core. reference_cpu_pct is a bare PySide6 window blitting a
disc and a strip of the same sizes at 60 frames a second, run just before and after (cpu_ratio
divides by it: the machine is shared and noisy, so compare ratios). Then, for
`--quiet-seconds` each: the session paused (paused_cpu_pct), the window minimised
(hidden_cpu_pct, hidden_paints_per_s: nothing should be painted), and the first
minutes of a silent sit (silent_cpu_pct, silent_ticks_per_s). rss_mb is the resident
memory after the breathing part; load_avg the machine's 1-minute load average. startup_s is the
time from starting `python -m anapana` to its main window's first paint, and
startup_ratio divides it by the same time for an empty QMainWindow measured in this run
(median of 3 runs each).
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _util import bare_window_script, figures_line, percentile, rerun_under_xvfb

ROOT = Path(__file__).resolve().parent.parent

BASELINE = bare_window_script('"anapana: shown"', quit_when_shown=True)


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


# The window, its 16 ms timer and the CPU it took over `seconds` (after a second to
# settle), shared by every bare window measured here; KEY names the figures.
_MEASURED = r"""
w = Window()
w.resize(1100, 720)
w.show()
timer = QTimer()
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.timeout.connect(w.tick)
timer.start(16)
seconds = float(sys.argv[1])
def begin():
    global wall0, cpu0, frame0
    wall0, cpu0, frame0 = time.perf_counter(), time.process_time(), w.frame
    QTimer.singleShot(round(seconds * 1000), end)
def end():
    wall = time.perf_counter() - wall0
    print(f"KEY_cpu_pct={100 * (time.process_time() - cpu0) / wall:.2f} "
          f"KEY_fps={(w.frame - frame0) / wall:.1f}", flush=True)
    app.quit()
QTimer.singleShot(1000, begin)
app.exec()
"""

REFERENCE = r"""
import sys, time
from PySide6.QtCore import QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QRadialGradient
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
class Window(QWidget):
    # The least a 60-frame animation of the same size can cost: a disc pixmap blitted into
    # its rectangle and a 1000x100 strip blitted below it, every frame.
    def __init__(self):
        super().__init__()
        self.disc = QPixmap(420, 420)
        self.disc.fill(Qt.GlobalColor.transparent)
        p = QPainter(self.disc)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = QRadialGradient(QPointF(210, 210), 209)
        g.setColorAt(0, QColor("#bfe6e0")); g.setColorAt(1, QColor("#3a8f91"))
        p.setBrush(g); p.setPen(Qt.PenStyle.NoPen); p.drawEllipse(QPointF(210, 210), 209, 209)
        p.end()
        self.strip = QPixmap(2000, 100)
        self.strip.fill(QColor("#dfe9e2"))
        self.frame = 0
    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(event.rect(), QColor("#f5f1e8"))
        s = 0.7 + 0.3 * abs((self.frame % 240) - 120) / 120
        p.drawPixmap(QRect(round(550 - 210 * s), round(260 - 210 * s), round(420 * s),
                           round(420 * s)), self.disc)
        p.drawPixmap(50, 560, self.strip, self.frame % 1000, 0, 1000, 100)
        p.end()
    def tick(self):
        self.frame += 1
        self.update(QRect(340, 50, 420, 420))
        self.update(QRect(50, 560, 1000, 100))
""" + _MEASURED.replace("KEY", "reference")


FLOOR = REFERENCE.replace(
    "self.update(QRect(340, 50, 420, 420))\n        self.update(QRect(50, 560, 1000, 100))",
    "self.update(QRect(20, 20, 4, 4))").replace(
    "p.fillRect(event.rect(), QColor(\"#f5f1e8\"))",
    "p.fillRect(event.rect(), QColor(self.frame % 255, 0, 0))\n        p.end()\n        return",
).replace(
    "reference_cpu_pct=", "floor_cpu_pct=").replace("reference_fps=", "floor_fps=")
"""The least any 60-frame PySide6 animation costs here: a precise 16 ms timer whose Python
slot repaints a 4x4 square (Qt's timer, a Python call, one paint and flush a frame)."""


DISC_FLOOR = r"""
import sys, time
from PySide6.QtCore import QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QRadialGradient
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
side = max(int(sys.argv[2]), 8)
def plate(shade):
    # The figure's largest disc laid on its backdrop: one opaque square, drawn once.
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor("#f5f1e8"))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    g = QRadialGradient(QPointF(side / 2, side / 2), side / 2 - 1)
    g.setColorAt(0, QColor(shade)); g.setColorAt(1, QColor("#3a8f91"))
    p.setBrush(g); p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(side / 2, side / 2), side / 2 - 1, side / 2 - 1)
    p.end()
    return pixmap
class Window(QWidget):
    # The least a 60 Hz disc of the app's size costs here: a 16 ms Python timer, and a
    # Python paint that copies a plate of the disc's size (two, alternating, so that the
    # pixels do change) into its square.
    def __init__(self):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.plates = [plate("#bfe6e0"), plate("#c4e9e3")]
        self.frame = 0
    def paintEvent(self, event):
        p = QPainter(self)
        if event.rect().width() > side:
            p.fillRect(event.rect(), QColor("#f5f1e8"))
        p.drawPixmap(40, 40, self.plates[self.frame % 2])
        p.end()
    def tick(self):
        self.frame += 1
        self.update(QRect(40, 40, side, side))
""" + _MEASURED.replace("KEY", "disc_floor")
"""The least a 60-frame disc of the figure's size costs here: a bare window whose 16 ms
Python timer repaints a pre-rendered plate as large as the figure's largest disc (its
side, in pixels, is the second argument)."""


def measure_reference(seconds: float, program: str = REFERENCE,
                      *extra: str) -> dict[str, float]:
    """CPU of a bare PySide6 window animating a disc and a strip at 60 frames a second."""
    done = subprocess.run([sys.executable, "-c", program, str(seconds), *extra],
                          capture_output=True,
                          text=True, timeout=seconds + 60)
    figures: dict[str, float] = {}
    for line in done.stdout.splitlines():
        for pair in line.split():
            key, _, value = pair.partition("=")
            figures[key] = float(value)
    return figures


def largest_disc_side_px(figure: object) -> float:
    """The side of the figure's largest disc picture (a full breath), device pixels."""
    outer = figure._outer_radius() * figure.devicePixelRatioF()  # type: ignore[attr-defined]
    return float(2 * round(outer) + 2)


def load_avg() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def measure_frames(seconds: float, session: str, quiet_seconds: float) -> dict[str, float]:
    """Play `session` (its first breathing part) for `seconds`, then measure a pause, a
    hidden window and a silent sit for `quiet_seconds` each."""
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
    silent = window.store.find("silent-sit-10")
    assert entry is not None and entry.ok, f"no usable session {session}"
    assert silent is not None and silent.ok, "no silent-sit-10"

    class PaintCounter(QObject):
        """Counts paint events of the figure and of the breath curve (and their times)."""

        def __init__(self) -> None:
            super().__init__()
            self.figure = 0
            self.curve = 0
            self.figure_times: list[float] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                if watched is figure_widget[0]:
                    self.figure += 1
                    self.figure_times.append(time.perf_counter())
                else:
                    self.curve += 1
            return False

    figure_widget: list[QObject] = [QObject()]
    ticks: list[tuple[float, bool]] = []
    """Each frame's time, and whether the figure moves in it (an inhale or an exhale)."""
    counter = PaintCounter()
    results: dict[str, float] = {}
    span: dict[str, float] = {}

    steps: dict[str, list[int]] = {"figure": [], "curve": []}
    """Each frame's disc radius and breath-curve offset, in device pixels."""

    def on_tick(state: object) -> None:
        phase = getattr(state, "phase", None)
        moving = getattr(state, "status", "") == "playing" and phase is not None \
            and phase.kind in ("inhale", "exhale")
        ticks.append((time.perf_counter(), moving))
        view = window.player_view
        if view is not None and moving:
            steps["figure"].append(view.figure.disc_radius_px())
            offset = getattr(view.curve, "offset_px", None)
            if offset is not None:
                steps["curve"].append(offset)

    def watch() -> None:
        view = window.player_view
        assert view is not None
        figure_widget[0] = view.figure
        view.figure.installEventFilter(counter)
        curve = view.curve
        target = getattr(curve, "viewport", lambda: curve)()  # a graphics view paints there
        if isinstance(target, QObject):
            target.installEventFilter(counter)

    def begin_span() -> None:
        ticks.clear()
        steps["figure"].clear()
        steps["curve"].clear()
        counter.figure = counter.curve = 0
        counter.figure_times.clear()
        span["wall0"] = time.perf_counter()
        span["cpu0"] = time.process_time()

    def end_span(name: str) -> float:
        wall = time.perf_counter() - span["wall0"]
        cpu = time.process_time() - span["cpu0"]
        results[f"{name}_cpu_pct"] = 100 * cpu / wall
        results[f"{name}_ticks_per_s"] = len(ticks) / wall
        results[f"{name}_figure_paints_per_s"] = counter.figure / wall
        results[f"{name}_curve_paints_per_s"] = counter.curve / wall
        return wall

    def begin() -> None:
        window.start_session(entry)
        watch()
        window.controller.ticked.connect(on_tick)
        state = window.controller.state
        if state is not None and state.segment is not None and state.segment.kind != "breathe":
            window.controller.skip_segment()  # straight to the breathing, past the intro
        QTimer.singleShot(1500, measure)

    def measure() -> None:
        begin_span()
        QTimer.singleShot(round(seconds * 1000), finish_breathing)

    def finish_breathing() -> None:
        wall = end_span("breathing")
        moving = sorted(b[0] - a[0] for a, b in itertools.pairwise(ticks) if a[1] and b[1])
        every = sorted(b[0] - a[0] for a, b in itertools.pairwise(ticks))
        paints = sorted(b - a for a, b in itertools.pairwise(counter.figure_times))
        # How far the disc and the curve moved from one frame to the next (a new slice
        # of the curve, hundreds of pixels, is not a step on screen).
        figure_steps = [abs(b - a) for a, b in itertools.pairwise(steps["figure"])]
        curve_steps = [abs(b - a) for a, b in itertools.pairwise(steps["curve"])
                       if abs(b - a) < 100]
        results.update(
            figure_step_max_px=max(figure_steps, default=math.nan),
            curve_step_max_px=max(curve_steps, default=math.nan),
            fps=counter.figure / wall,
            ticks_per_s=len(ticks) / wall,
            frame_p99_ms=1000 * percentile(moving, 99),
            frame_p50_ms=1000 * percentile(moving, 50),
            frame_max_ms=1000 * (every[-1] if every else math.nan),
            paint_p99_ms=1000 * percentile(paints, 99),
            cpu_pct=results["breathing_cpu_pct"],
            rss_mb=rss_mb(),
            figure_cache_mb=window.player_view.figure.cache_bytes() / 2**20
            if window.player_view is not None else math.nan,
            disc_side_px=largest_disc_side_px(window.player_view.figure)
            if window.player_view is not None else math.nan,
        )
        window.controller.pause()
        QTimer.singleShot(500, lambda: (begin_span(), QTimer.singleShot(
            round(quiet_seconds * 1000), finish_pause)))

    def finish_pause() -> None:
        end_span("paused")
        window.controller.resume()
        window.showMinimized()
        QTimer.singleShot(500, lambda: (begin_span(), QTimer.singleShot(
            round(quiet_seconds * 1000), finish_hidden)))

    def finish_hidden() -> None:
        end_span("hidden")
        results["hidden_exposed"] = float(bool(
            window.windowHandle() is not None and window.windowHandle().isExposed()))
        window.showNormal()
        window.controller.stop()
        QTimer.singleShot(800, start_silent)

    def start_silent() -> None:
        window.start_session(silent)
        watch()
        QTimer.singleShot(1500, lambda: (begin_span(), QTimer.singleShot(
            round(quiet_seconds * 1000), finish_silent)))

    def finish_silent() -> None:
        end_span("silent")
        window.controller.stop()
        window.close()
        app.quit()

    QTimer.singleShot(300, begin)
    app.exec()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--session", default="box-breathing")
    parser.add_argument("--quiet-seconds", type=float, default=10.0,
                        help="how long each quiet span is measured (pause, hidden, silent sit)")
    parser.add_argument("--no-startup", action="store_true", help="skip the startup runs")
    parser.add_argument("--no-reference", action="store_true",
                        help="skip the bare PySide6 animation measured for comparison")
    args = parser.parse_args()

    if (code := rerun_under_xvfb(__file__, offscreen_fallback=True)) is not None:
        return code
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
    load_before = load_avg()
    reference = {} if args.no_reference else measure_reference(args.seconds)
    window_manager = None
    if where == "xvfb" and shutil.which("openbox"):
        # A window manager, so that minimising the window really unmaps it.
        window_manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL)
        time.sleep(0.5)
    try:
        figures = measure_frames(args.seconds, args.session, args.quiet_seconds)
    finally:
        if window_manager is not None:
            window_manager.terminate()
            window_manager.wait(timeout=10)
    if reference:
        # Once before and once after the app: the machine's load drifts between them.
        after = measure_reference(args.seconds)
        reference = {key: (value + after.get(key, value)) / 2 for key, value in reference.items()}
        reference.update(measure_reference(min(args.seconds, 10.0), FLOOR))
        side = figures.get("disc_side_px", math.nan)
        if side == side:
            reference.update(measure_reference(min(args.seconds, 10.0), DISC_FLOOR,
                                               str(int(side))))
    load_after = load_avg()
    print(
        f"breathing: {figures['fps']:.1f} figure repaints/s, "
        f"{figures['breathing_curve_paints_per_s']:.1f} curve repaints/s, "
        f"{figures['ticks_per_s']:.1f} ticks/s; frame interval while the figure moves "
        f"p50 {figures['frame_p50_ms']:.1f} ms, p99 {figures['frame_p99_ms']:.1f} ms; "
        f"longest gap {figures['frame_max_ms']:.1f} ms; CPU {figures['cpu_pct']:.1f} %"
    )
    for name in ("paused", "hidden", "silent"):
        print(f"{name}: CPU {figures[f'{name}_cpu_pct']:.2f} %, "
              f"{figures[f'{name}_ticks_per_s']:.1f} ticks/s, "
              f"{figures[f'{name}_figure_paints_per_s']:.1f} figure and "
              f"{figures[f'{name}_curve_paints_per_s']:.1f} curve repaints/s")
    ref_cpu = reference.get("reference_cpu_pct", math.nan)
    if reference:
        print(f"reference: a bare PySide6 window animating a disc and a strip at "
              f"{reference.get('reference_fps', math.nan):.1f} frames/s costs {ref_cpu:.1f} %")
    print(f"load average {load_before:.2f} before, {load_after:.2f} after (2 cores, shared)")
    disc_floor = reference.get("disc_floor_cpu_pct", math.nan)
    ratio = startup_s / baseline_s if baseline_s == baseline_s and baseline_s > 0 else float("nan")
    print(figures_line({
        "fps": figures["fps"],
        "frame_p99_ms": figures["frame_p99_ms"],
        "cpu_pct": figures["cpu_pct"],
        "reference_cpu_pct": ref_cpu,
        "cpu_ratio": figures["cpu_pct"] / ref_cpu if ref_cpu > 0 else math.nan,
        "floor_cpu_pct": reference.get("floor_cpu_pct", math.nan),
        "disc_floor_cpu_pct": disc_floor,
        "cpu_over_disc_floor": figures["cpu_pct"] / disc_floor if disc_floor > 0 else math.nan,
        "disc_side_px": figures.get("disc_side_px", math.nan),
        "ticks_per_s": figures["ticks_per_s"],
        "figure_step_max_px": figures["figure_step_max_px"],
        "curve_step_max_px": figures["curve_step_max_px"],
        "curve_fps": figures["breathing_curve_paints_per_s"],
        "paused_cpu_pct": figures["paused_cpu_pct"],
        "hidden_cpu_pct": figures["hidden_cpu_pct"],
        "hidden_paints_per_s": figures["hidden_figure_paints_per_s"]
        + figures["hidden_curve_paints_per_s"],
        "silent_cpu_pct": figures["silent_cpu_pct"],
        "silent_ticks_per_s": figures["silent_ticks_per_s"],
        "rss_mb": figures["rss_mb"],
        "figure_cache_mb": figures["figure_cache_mb"],
        "startup_s": startup_s,
        "startup_ratio": ratio,
        "load_avg": (load_before + load_after) / 2,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
