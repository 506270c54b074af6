"""Heart rate locked to the pacer's breaths: the swing of each breath and the phase relation.

A *breath* is one cycle of a breathing segment of the plan, from the start of its
in-breath to the end of its last phase (out-breath or hold). Heart rate rises with the
in-breath and falls with the out-breath (respiratory sinus arrhythmia); at the resonance
rate the swing is largest and heart rate moves in step with lung volume (Lehrer,
Vaschillo & Vaschillo 2000: 0° between breathing and heart rate at resonance).

- *Swing* (peak-to-trough): the highest minus the lowest beat-by-beat heart rate
  (60000 / RR) among the beats that fall within the breath, as biofeedback programs
  show it after each breath.
- *Phase*: heart rate (each beat's rate at the middle of its interval) resampled at
  4 Hz is projected onto the breath's own cycle (a one-bin Fourier transform over
  exactly one breath); its angle against lung volume,
  taken to peak at the end of the in-breath (the middle of a hold after it), is that
  breath's lag. Over a block, `phase_sync` = R · (1 + cos(mean lag)) / 2, where R is the
  consistency of the lags (mean resultant length): 1 when heart rate peaks with lung
  volume in every breath, 0 when it runs opposite or wanders.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from anapana.core.plan import Plan

MIN_BEATS_PER_BREATH = 3


@dataclass(frozen=True, slots=True)
class Breath:
    """One paced breath of a plan."""

    segment: int
    cycle: int
    start_s: float
    end_s: float
    volume_peak_s: float
    """When lung volume is highest: the end of the in-breath (mid-hold if a hold follows)."""

    @property
    def duration_s(self) -> float:
        return self.end_s - self.start_s


@dataclass(frozen=True, slots=True)
class BreathSwing:
    breath: Breath
    swing_bpm: float
    beats: int


def paced_breaths(plan: Plan) -> list[Breath]:
    """The whole, timed breath cycles of the plan's breathing segments, in order."""
    by_cycle: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    broken: set[tuple[int, int]] = set()
    breathing = {s.index for s in plan.segments if s.kind == "breathe"}
    for phase in plan.phases:
        if phase.segment not in breathing or phase.cycle is None:
            continue
        key = (phase.segment, phase.cycle)
        if phase.duration_s is None:
            broken.add(key)  # an open hold has no time of its own to lock onto
            continue
        by_cycle.setdefault(key, []).append((phase.start_s, phase.end_s, phase.kind))
    breaths: list[Breath] = []
    for key, phases in sorted(by_cycle.items(), key=lambda item: item[1][0][0]):
        if key in broken or not phases or phases[0][2] != "inhale":
            continue
        start, end = phases[0][0], phases[-1][1]
        peak = phases[0][1]
        if len(phases) > 1 and phases[1][2] == "hold_in":
            peak = (phases[1][0] + phases[1][1]) / 2.0
        if end - start > 0.5:
            breaths.append(Breath(key[0], key[1], start, end, peak))
    return breaths


def swings(beat_times_s: Sequence[float], hr_bpm: Sequence[float],
           breaths: Sequence[Breath]) -> list[BreathSwing]:
    """The heart-rate swing of each breath that the beats cover completely."""
    result: list[BreathSwing] = []
    if not beat_times_s:
        return result
    last = beat_times_s[-1]
    for breath in breaths:
        if breath.end_s > last:
            break  # not over yet (or the recording stopped)
        lo = bisect.bisect_left(beat_times_s, breath.start_s)
        hi = bisect.bisect_left(beat_times_s, breath.end_s)
        if hi - lo < MIN_BEATS_PER_BREATH:
            continue
        inside = hr_bpm[lo:hi]
        result.append(BreathSwing(breath, max(inside) - min(inside), hi - lo))
    return result


def breath_swings(beat_times_s: Sequence[float], hr_bpm: Sequence[float],
                  plan: Plan) -> list[float]:
    """Heart-rate peak-to-trough (bpm) of each whole paced breath of `plan`.

    `beat_times_s` are plan times of beats, ascending; `hr_bpm` the rate of the interval
    each beat closes. Breaths not yet over, or with fewer than three beats, are left out.
    """
    return [s.swing_bpm for s in swings(beat_times_s, hr_bpm, paced_breaths(plan))]


@dataclass(frozen=True, slots=True)
class PhaseRelation:
    lag_deg: float
    """Mean lag of heart rate behind lung volume (positive: heart rate peaks later)."""
    consistency: float
    """Mean resultant length of the per-breath lags (0..1)."""
    sync: float
    """consistency · (1 + cos(lag)) / 2 (0..1)."""
    breaths: int


def phase_relation(grid_s: Sequence[float] | np.ndarray, hr_samples: Sequence[float] | np.ndarray,
                   breaths: Sequence[Breath]) -> PhaseRelation | None:
    """The phase of heart rate against the pacer over `breaths`, from evenly sampled HR."""
    t = np.asarray(grid_s, dtype=np.float64)
    hr = np.asarray(hr_samples, dtype=np.float64)
    vectors: list[complex] = []
    for breath in breaths:
        inside = (t >= breath.start_s) & (t < breath.end_s)
        if np.count_nonzero(inside) < 8:
            continue
        theta = 2.0 * math.pi * (t[inside] - breath.start_s) / breath.duration_s
        values = hr[inside] - float(np.mean(hr[inside]))
        z = complex(np.sum(values * np.exp(-1j * theta)))
        if abs(z) == 0:
            continue
        hr_peak = -math.atan2(z.imag, z.real)  # heart rate ∝ cos(theta − hr_peak)
        volume_peak = 2.0 * math.pi * (breath.volume_peak_s - breath.start_s) / breath.duration_s
        lag = hr_peak - volume_peak
        vectors.append(complex(math.cos(lag), math.sin(lag)))
    if not vectors:
        return None
    mean = sum(vectors) / len(vectors)
    consistency = abs(mean)
    lag = math.atan2(mean.imag, mean.real)
    return PhaseRelation(math.degrees(lag), consistency,
                         consistency * (1.0 + math.cos(lag)) / 2.0, len(vectors))
