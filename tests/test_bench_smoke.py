"""Smoke test of the bench scripts: each runs with tiny settings and ends with its figures.

The figures are reported, never asserted: a busy CI machine must not fail a test for
being slow. What is checked is that each script runs to the end and that its last
line is `key=value` pairs holding the figures the targets are read from.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # launches whole programs, as the packaging tests do

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

TIMING_KEYS = [
    f"{state}_{figure}"
    for state in ("idle", "busy")
    for figure in ("p50_ms", "p99_ms", "max_ms", "drift_ms")
] + ["naive_idle_drift_ms", "naive_busy_drift_ms", "qtimer_idle_p99_ms", "qtimer_busy_p99_ms"]
CORE_KEYS = [
    "state_at_us",
    "compile_bodyscan45_ms",
    "compile_largest_ms",
    "library_load_ms",
    "compile_10k_ms",
]


def parse_figures(line: str) -> dict[str, float]:
    """`a=1.5 b=2` as {"a": 1.5, "b": 2.0}; raises ValueError on anything else."""
    figures: dict[str, float] = {}
    for pair in line.split():
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise ValueError(f"not a key=value figure: {pair!r}")
        figures[key] = float(value)
    if not figures:
        raise ValueError("no figures on the last line")
    return figures


def run_bench(script: str, *args: str) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines, f"{script} printed nothing"
    return lines[-1]


def test_parse_figures_refuses_a_table_line() -> None:
    assert parse_figures("a=1.5 b=-2 c=nan") == pytest.approx(
        {"a": 1.5, "b": -2.0, "c": math.nan}, nan_ok=True
    )
    with pytest.raises(ValueError):
        parse_figures("deadline loop, idle   6   0.055")
    with pytest.raises(ValueError):
        parse_figures("state_at_us=fast")


def test_timing_bench_ends_with_its_figures() -> None:
    figures = parse_figures(run_bench("timing.py", "--seconds", "2", "--qtimer"))
    missing = [key for key in TIMING_KEYS if key not in figures]
    assert not missing, f"missing figures: {missing}"
    for key in TIMING_KEYS:
        assert math.isfinite(figures[key]), f"{key} is {figures[key]}"
    # Every lateness and drift is a time after the deadline (never before).
    assert figures["idle_p50_ms"] >= 0.0
    assert figures["idle_p50_ms"] <= figures["idle_p99_ms"] <= figures["idle_max_ms"]


def test_core_bench_ends_with_its_figures() -> None:
    line = run_bench("core.py", "--calls", "2000", "--repeat", "1", "--processes", "1")
    figures = parse_figures(line)
    missing = [key for key in CORE_KEYS if key not in figures]
    assert not missing, f"missing figures: {missing}"
    for key in CORE_KEYS:
        assert math.isfinite(figures[key]) and figures[key] > 0.0, f"{key} is {figures[key]}"


STARTUP_KEYS = ["startup_ratio", "first_paint_ratio", "preview_ratio", "bare_ms",
                "library_shown_ms", "first_paint_list_rows"]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_startup_bench_ends_with_its_figures() -> None:
    figures = parse_figures(run_bench("startup.py", "--runs", "1"))
    missing = [key for key in STARTUP_KEYS if key not in figures]
    assert not missing, f"missing figures: {missing}"
    for key in STARTUP_KEYS:
        assert math.isfinite(figures[key]) and figures[key] > 0.0, f"{key} is {figures[key]}"
    assert "load_avg" in figures
    assert not any(key.startswith("rss_") for key in figures)  # bench/memory.py's


def test_fuzz_bench_ends_with_its_figures() -> None:
    figures = parse_figures(run_bench("fuzz_sessions.py", "--mutants", "200", "--seed", "3"))
    for key in ("mutants", "refused", "accepted", "tracebacks", "slowest_ms"):
        assert key in figures, key
    assert figures["mutants"] == 200
    assert figures["refused"] + figures["accepted"] + figures["tracebacks"] == 200


MEMORY_KEYS = ["rss_bare_mb", "rss_box_mb", "rss_box_peak_mb", "rss_bodyscan_mb",
               "box_over_bare"]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_memory_bench_ends_with_its_figures() -> None:
    figures = parse_figures(run_bench("memory.py", "--seconds", "2", "--library-s", "2"))
    for key in MEMORY_KEYS:
        assert key in figures, f"missing figure: {key}"
        assert math.isfinite(figures[key]) and figures[key] > 0.0, f"{key} is {figures[key]}"
    assert figures["rss_box_mb"] > figures["rss_bare_mb"]


FRAMES_KEYS = ["fps", "frame_p99_ms", "cpu_pct", "reference_cpu_pct", "floor_cpu_pct",
               "disc_floor_cpu_pct", "cpu_over_disc_floor", "disc_side_px", "ticks_per_s",
               "figure_step_max_px", "curve_step_max_px", "paused_cpu_pct", "silent_cpu_pct"]


def test_frames_bench_ends_with_its_figures() -> None:
    figures = parse_figures(run_bench("frames.py", "--no-startup", "--seconds", "2",
                                      "--quiet-seconds", "0.5"))
    for key in FRAMES_KEYS:
        assert key in figures, f"missing figure: {key}"
        assert math.isfinite(figures[key]) and figures[key] >= 0.0, f"{key} is {figures[key]}"
    assert figures["disc_floor_cpu_pct"] > 0.0
    assert figures["disc_side_px"] > 100  # the figure's largest disc at the bench's size
    assert figures["cpu_over_disc_floor"] == \
        pytest.approx(figures["cpu_pct"] / figures["disc_floor_cpu_pct"], rel=0.01)
