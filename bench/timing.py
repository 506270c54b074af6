"""How late cues are dispatched when a plan plays against the real clock.

Plays a plan of `--seconds` (default 120) with `Player` on `time.monotonic`, the way
the app will: wake at `player.next_event_clock_time()` (sleep until shortly before
the deadline, then spin to it), `poll()`, and note for every cue how long after its
due time it was handed on (the dispatch lateness). The end-of-session drift is when
the `end` cue went out minus `start + total_s`. Each way of playing runs idle and
then with a busy process spinning beside it.

For comparison it also plays the plan the naive way, counting ticks: sleep a fixed
step, add the step to the plan time, and play what is due. Every sleep overshoots a
little and the overshoots add up, which is why the player works from absolute
deadlines. `--qtimer` adds a run driven by single-shot `QTimer`s (Qt.PreciseTimer)
aimed at the same deadlines, as the app's event loop would.

Lateness here is dispatch lateness only: the audio path adds its own (see
`../shared/tools/audio-timing`). Targets: p99 ≤ 2 ms, max ≤ 5 ms, drift ≤ 1 ms.

    python bench/timing.py [--seconds 120] [--step-ms 10] [--qtimer]
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from _util import figures_line, percentile, verdict
from anapana.core.clock import SYSTEM_CLOCK
from anapana.core.loader import load_session
from anapana.core.plan import Plan, PlanCue
from anapana.core.player import Player

TARGET_P99_MS = 2.0
TARGET_MAX_MS = 5.0
TARGET_DRIFT_MS = 1.0
SPIN_S = 0.002
"""Default of `--spin-ms`: wake this long before a deadline and spin the rest.

sleep() overshoots by 0.05 to 1 ms idle, more under load."""
CYCLE = (2.3, 0.9, 3.1, 1.2)
"""Inhale, hold, exhale, hold: uneven gaps of 0.9 to 3.1 s between cues, 7.5 s a cycle."""


@dataclass(frozen=True, slots=True)
class Run:
    """What one play-through measured."""

    name: str
    lateness_s: list[float]
    drift_s: float
    cpu_s: float
    wall_s: float
    load: float

    def p(self, q: float) -> float:
        return percentile(self.lateness_s, q) * 1000.0

    @property
    def max_ms(self) -> float:
        return max(self.lateness_s) * 1000.0 if self.lateness_s else math.nan

    @property
    def drift_ms(self) -> float:
        return self.drift_s * 1000.0

    @property
    def cpu_pct(self) -> float:
        return 100.0 * self.cpu_s / self.wall_s if self.wall_s > 0 else math.nan


# -- the plan --------------------------------------------------------------------


def session_text(seconds: float) -> str:
    """A session of exactly `seconds`: whole breath cycles, then a silence with bells."""
    cycle_s = sum(CYCLE)
    cycles = int(seconds // cycle_s)
    rest = round(seconds - cycles * cycle_s, 3)
    lines = [
        "title: Timing bench",
        "cues: {hold: tick}",
        "segments:",
    ]
    if cycles:
        lines += [
            "  - breathe: Paced",
            f"    pattern: {'-'.join(str(s) for s in CYCLE)}",
            f"    cycles: {cycles}",
        ]
    if rest > 0 or not cycles:
        lines += [
            "  - silence: Bells",
            f"    duration: {rest if cycles else seconds}",
            "    bells: 0.7",
        ]
    return "\n".join(lines) + "\n"


def build_plan(seconds: float, folder: Path) -> Plan:
    path = folder / "timing-bench.yaml"
    path.write_text(session_text(seconds), encoding="utf-8")
    return load_session(path).plan


# -- ways of playing ---------------------------------------------------------------


def play_to_deadlines(plan: Plan, spin_s: float = SPIN_S) -> tuple[list[float], float]:
    """The app's way: poll, then sleep until just before the next deadline, spin to it.

    `next_event_clock_time()` names the first event not yet polled (a past time when it
    is already due), so the loop never holds a due cue back.
    """
    clock = time.monotonic
    player = Player(plan, SYSTEM_CLOCK)
    player.start()
    origin = player.clock_time_of_event(0)
    assert origin is not None
    origin -= plan.events[0].at_s
    lateness: list[float] = []
    drift = math.nan
    while True:
        events = player.poll()
        dispatched = clock()
        for event in events:
            if isinstance(event.item, PlanCue):
                lateness.append(dispatched - (origin + event.at_s))
                if event.item.event == "end":
                    drift = dispatched - (origin + plan.total_s)
        due = player.next_event_clock_time()
        if due is None:
            return lateness, drift
        ahead = due - clock()
        if ahead > spin_s:
            time.sleep(ahead - spin_s)
        while clock() < due:
            pass


def play_by_ticks(plan: Plan, step_s: float) -> tuple[list[float], float]:
    """The naive way: sleep a fixed step and add it to the plan time, tick after tick."""
    clock = time.monotonic
    cues = [e for e in plan.events if isinstance(e.item, PlanCue)]
    lateness: list[float] = []
    drift = math.nan
    start = clock()
    plan_s = 0.0
    i = 0
    while i < len(cues):
        while i < len(cues) and cues[i].at_s <= plan_s + 1e-9:
            late = clock() - (start + cues[i].at_s)
            lateness.append(late)
            item = cues[i].item
            if isinstance(item, PlanCue) and item.event == "end":
                drift = clock() - (start + plan.total_s)
            i += 1
        time.sleep(step_s)
        plan_s += step_s
    return lateness, drift


def play_with_qtimer(plan: Plan, early_s: float = 0.0) -> tuple[list[float], float]:
    """A precise single-shot QTimer aimed at each deadline (it counts whole milliseconds).

    With `early_s`, the timer is aimed that much early and the rest is spun.
    """
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    clock = time.monotonic
    player = Player(plan, SYSTEM_CLOCK)
    lateness: list[float] = []
    drift = [math.nan]
    origin = [0.0]
    due = [0.0]
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def on_timeout() -> None:
        if not player.started:  # start inside the running loop, as the app's Start button will
            player.start()
            first = player.clock_time_of_event(0)
            assert first is not None
            origin[0] = due[0] = first - plan.events[0].at_s
        while clock() < due[0]:
            pass
        events = player.poll()
        dispatched = clock()
        for event in events:
            if isinstance(event.item, PlanCue):
                lateness.append(dispatched - (origin[0] + event.at_s))
                if event.item.event == "end":
                    drift[0] = dispatched - (origin[0] + plan.total_s)
        following = player.next_event_clock_time()
        if following is None:
            app.quit()
            return
        due[0] = following
        timer.start(max(math.ceil((following - early_s - clock()) * 1000.0), 0))

    timer.timeout.connect(on_timeout)
    timer.start(0)
    app.exec()
    timer.timeout.disconnect(on_timeout)
    return lateness, drift[0]


# -- load beside it ----------------------------------------------------------------


def _spin() -> None:
    count = 0
    while True:
        count += 1


@contextmanager
def busy(workers: int) -> Iterator[None]:
    """Processes that spin on the CPU for as long as the block runs."""
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_spin, daemon=True) for _ in range(workers)]
    for process in processes:
        process.start()
    time.sleep(0.3)  # let them get going before anything is measured
    try:
        yield
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)


def measure(name: str, play: Callable[[], tuple[list[float], float]]) -> Run:
    load = os.getloadavg()[0]
    wall0, cpu0 = time.monotonic(), time.process_time()
    lateness, drift = play()
    wall, cpu = time.monotonic() - wall0, time.process_time() - cpu0
    return Run(name, lateness, drift, cpu, wall, load)


# -- report --------------------------------------------------------------------------


def print_table(runs: list[Run]) -> None:
    header = (
        f"{'run':<32}{'cues':>6}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
        f"{'drift ms':>10}{'cpu %':>7}{'load':>6}"
    )
    print(header)
    print("-" * len(header))
    for run in runs:
        print(
            f"{run.name:<32}{len(run.lateness_s):>6}{run.p(50):>9.3f}{run.p(99):>9.3f}"
            f"{run.max_ms:>9.3f}{run.drift_ms:>10.3f}{run.cpu_pct:>7.1f}{run.load:>6.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--seconds",
        type=float,
        default=120.0,
        help="length of the plan each run plays (default 120)",
    )
    parser.add_argument(
        "--step-ms",
        type=float,
        default=10.0,
        help="the naive loop's fixed sleep step (default 10 ms)",
    )
    parser.add_argument(
        "--busy-workers",
        type=int,
        default=1,
        help="spinning processes beside the busy runs (default 1: the other core)",
    )
    parser.add_argument(
        "--spin-ms",
        type=float,
        default=SPIN_S * 1000.0,
        help="wake this long before each deadline and spin the rest (default 2 ms)",
    )
    parser.add_argument(
        "--qtimer", action="store_true", help="also play with single-shot QTimers (needs PySide6)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        plan = build_plan(args.seconds, Path(folder))
    cue_count = sum(isinstance(e.item, PlanCue) for e in plan.events)
    print(
        f"plan: {plan.total_s:g} s, {len(plan.phases)} phases, {cue_count} cues; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}"
    )
    print(
        f"deadline loop: sleep until {args.spin_ms:g} ms before each cue, then spin; "
        f"naive loop: sleep {args.step_ms:g} ms per tick\n"
    )

    step_s = args.step_ms / 1000.0
    spin_s = args.spin_ms / 1000.0
    runs: dict[str, Run] = {}
    ways: list[tuple[str, str, Callable[[], tuple[list[float], float]]]] = [
        ("deadline", "deadline loop", lambda: play_to_deadlines(plan, spin_s)),
        ("naive", f"naive {args.step_ms:g} ms ticks", lambda: play_by_ticks(plan, step_s)),
    ]
    if args.qtimer:
        ways.append(("qtimer", "QTimer (precise)", lambda: play_with_qtimer(plan)))
        ways.append(
            (
                "qtimer_spin",
                f"QTimer {args.spin_ms:g} ms early + spin",
                lambda: play_with_qtimer(plan, early_s=spin_s),
            )
        )
    for key, label, play in ways:
        runs[f"{key}_idle"] = measure(f"{label}, idle", play)
        with busy(args.busy_workers):
            runs[f"{key}_busy"] = measure(f"{label}, busy", play)
    print_table(list(runs.values()))

    print()
    for state in ("idle", "busy"):
        run = runs[f"deadline_{state}"]
        print(
            f"deadline loop, {state}: p99 ≤ {TARGET_P99_MS:g} ms "
            f"{verdict(run.p(99), TARGET_P99_MS)}, max ≤ {TARGET_MAX_MS:g} ms "
            f"{verdict(run.max_ms, TARGET_MAX_MS)}, drift ≤ {TARGET_DRIFT_MS:g} ms "
            f"{verdict(abs(run.drift_ms), TARGET_DRIFT_MS)}"
        )
    naive = runs["naive_idle"]
    if plan.total_s > 0:
        per_minute = naive.drift_ms * 60.0 / plan.total_s
        print(f"naive loop, idle: drifts {per_minute:+.1f} ms per minute of session")

    figures: dict[str, float] = {}
    for state in ("idle", "busy"):
        run = runs[f"deadline_{state}"]
        figures |= {
            f"{state}_p50_ms": run.p(50),
            f"{state}_p99_ms": run.p(99),
            f"{state}_max_ms": run.max_ms,
            f"{state}_drift_ms": run.drift_ms,
        }
    figures |= {
        "idle_cpu_pct": runs["deadline_idle"].cpu_pct,
        "naive_idle_drift_ms": runs["naive_idle"].drift_ms,
        "naive_busy_drift_ms": runs["naive_busy"].drift_ms,
    }
    if args.qtimer:
        for key in ("qtimer", "qtimer_spin"):
            for state in ("idle", "busy"):
                run = runs[f"{key}_{state}"]
                figures |= {
                    f"{key}_{state}_p99_ms": run.p(99),
                    f"{key}_{state}_max_ms": run.max_ms,
                    f"{key}_{state}_drift_ms": run.drift_ms,
                }
    print()
    print(figures_line(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
