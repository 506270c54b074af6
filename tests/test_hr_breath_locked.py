"""Breath-locked heart rate: swing per breath and phase against the pacer."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from anapana.core.plan import Plan
from anapana.hr.breath_locked import breath_swings, paced_breaths, phase_relation
from tests.helpers import load_text

SESSION = """\
title: Two paces
segments:
  - silence: Settle
    duration: 30s
  - breathe: Six
    pattern: 5-5
    duration: 2m
  - breathe: Five with holds
    pattern: 4-1-6-1
    duration: 2m
"""


@pytest.fixture
def plan(tmp_path: Path) -> Plan:
    return load_text(tmp_path, SESSION).plan


def volume_phase(plan: Plan, t: float) -> float:
    """Lung volume's phase at plan time t: 0 at the in-breath's start, pi at its peak."""
    for b in paced_breaths(plan):
        if b.start_s <= t < b.end_s:
            if t < b.volume_peak_s:
                return math.pi * (t - b.start_s) / (b.volume_peak_s - b.start_s)
            return math.pi + math.pi * (t - b.volume_peak_s) / (b.end_s - b.volume_peak_s)
    return 0.0


def beats(plan: Plan, swing: float, shift_rad: float = 0.0) -> tuple[list[float], list[float]]:
    """Beats every 0.8 s whose rate swings ±swing/2 with lung volume (shifted later)."""
    times = list(np.arange(0.8, plan.total_s + 5, 0.8))
    hr = [70 - swing / 2 * math.cos(volume_phase(plan, t) - shift_rad) for t in times]
    return times, hr


def test_breaths_follow_the_plan(plan: Plan) -> None:
    breaths = paced_breaths(plan)
    six = [b for b in breaths if b.segment == 1]
    five = [b for b in breaths if b.segment == 2]
    assert len(six) == 12 and len(five) == 10
    assert six[0].start_s == pytest.approx(30) and six[0].duration_s == pytest.approx(10)
    assert six[0].volume_peak_s == pytest.approx(35)  # the end of the in-breath
    assert five[0].volume_peak_s == pytest.approx(150 + 4.5)  # the middle of the hold
    assert five[0].duration_s == pytest.approx(12)


def test_swing_of_each_breath(plan: Plan) -> None:
    times, hr = beats(plan, swing=12.0)
    swings = breath_swings(times, hr, plan)
    assert len(swings) == 22
    assert swings == pytest.approx([12.0] * 22, abs=0.6)
    # Wherever in the breath heart rate peaks, the swing is its highest minus its lowest.
    late_times, late_hr = beats(plan, swing=8.0, shift_rad=2.0)
    assert breath_swings(late_times, late_hr, plan) == pytest.approx([8.0] * 22, abs=0.6)
    # Breaths the beats do not reach yet are left out, as are breaths with few beats.
    cut = [t for t in times if t < 99.9]  # the breath from 90 s to 100 s is not over
    assert len(breath_swings(cut, hr[: len(cut)], plan)) == 6
    sparse = times[::20]
    assert breath_swings(sparse, hr[::20], plan) == []
    assert breath_swings([], [], plan) == []


@pytest.mark.parametrize(("shift_deg", "sync"), [(0, 1.0), (45, 0.85), (90, 0.5), (180, 0.0)])
def test_phase_of_heart_rate_against_lung_volume(plan: Plan, shift_deg: float,
                                                 sync: float) -> None:
    times, hr = beats(plan, 10.0, math.radians(shift_deg))
    grid = np.arange(0, plan.total_s, 0.25)
    relation = phase_relation(grid, np.interp(grid, times, hr), paced_breaths(plan)[:12])
    assert relation is not None
    assert relation.breaths == 12
    assert abs((relation.lag_deg - shift_deg + 180) % 360 - 180) < 4
    assert relation.consistency == pytest.approx(1.0, abs=0.01)
    assert relation.sync == pytest.approx(sync, abs=0.03)


def test_a_wandering_phase_is_not_in_step(plan: Plan) -> None:
    rng = np.random.default_rng(5)
    times = list(np.arange(0.8, plan.total_s, 0.8))
    hr = list(70 + rng.normal(0, 3, len(times)))
    grid = np.arange(0, plan.total_s, 0.25)
    relation = phase_relation(grid, np.interp(grid, times, hr), paced_breaths(plan))
    assert relation is not None and relation.sync < 0.5
    assert phase_relation(grid, np.zeros(grid.size), paced_breaths(plan)) is None
