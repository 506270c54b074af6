"""Smoke test of bench/hr_assessment.py: it runs with one subject a rate and ends with its
figures line (the hit rate is reported by the bench, never asserted here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_bench_prints_the_hit_rate_figures() -> None:
    done = subprocess.run([sys.executable, "hr_assessment.py", "--subjects", "1"],
                          cwd=BENCH, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(BENCH)})
    assert done.returncode == 0, done.stderr
    figures = dict(pair.split("=") for pair in done.stdout.strip().splitlines()[-1].split())
    assert set(figures) >= {"subjects", "hit_rate", "hit_rate_4.5", "hit_rate_5",
                            "hit_rate_5.5", "hit_rate_6", "hit_rate_6.5", "near_rate"}
    assert float(figures["subjects"]) == 5
    assert 0 <= float(figures["hit_rate"]) <= 1
