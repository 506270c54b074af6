"""The breath fill level: how full the lungs are, 0 (empty) to 1 (full), over plan time.

The pacing figure and the breath curve both draw this one function. Inhales ease
up, exhales ease down, holds stay flat, and the level is continuous across every
phase change. Runs of consecutive inhales (cyclic sighing's two-part inhale) share
the rise in proportion to their lengths; exhales likewise. Outside breathing,
the level glides to a resting height and stays there.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from anapana.core.plan import PlanPhase

REST_LEVEL = 0.35
"""Where the figure settles during body scans, silences and prompts."""
REST_GLIDE_S = 3.0
OPEN_BREATH_S = 4.0
"""How long an open inhale or exhale takes to reach its target on screen."""


def ease(progress: float) -> float:
    """Sine ease-in-out: starts and ends gently, like a breath."""
    p = min(max(progress, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * p)


def _targets(phases: Sequence[PlanPhase]) -> list[tuple[float, float]]:
    """Start and end level of each phase, continuous from one to the next."""
    levels: list[tuple[float, float]] = []
    level = 0.0 if phases and phases[0].kind in ("inhale", "hold_out") else REST_LEVEL
    i = 0
    n = len(phases)
    while i < n:
        kind = phases[i].kind
        if kind in ("inhale", "exhale"):
            j = i
            while j < n and phases[j].kind == kind:
                j += 1
            goal = 1.0 if kind == "inhale" else 0.0
            lengths = [p.duration_s if p.duration_s is not None else OPEN_BREATH_S
                       for p in phases[i:j]]
            total = sum(lengths) or 1.0
            start = level
            done = 0.0
            for length in lengths:
                done += length
                end = start + (goal - start) * (done / total)
                levels.append((level, end))
                level = end
            i = j
            continue
        if kind in ("hold_in", "hold_out"):
            levels.append((level, level))
        else:
            levels.append((level, REST_LEVEL))
            level = REST_LEVEL
        i += 1
    return levels


class BreathTrack:
    """The fill level as a function of plan time, precomputed once per plan."""

    def __init__(self, phases: Sequence[PlanPhase]) -> None:
        self._phases = tuple(phases)
        self._starts = [p.start_s for p in self._phases]
        self._levels = _targets(self._phases)

    def level_in_phase(self, index: int, into_s: float) -> float:
        """The level `into_s` seconds after phase `index` began (open phases: time waited)."""
        if not self._phases:
            return REST_LEVEL
        phase = self._phases[index]
        start, end = self._levels[index]
        if start == end:
            return start
        if phase.kind in ("inhale", "exhale"):
            length = phase.duration_s if phase.duration_s is not None else OPEN_BREATH_S
        else:
            length = min(REST_GLIDE_S, phase.duration_s or REST_GLIDE_S)
        return start + (end - start) * ease(into_s / length if length > 0 else 1.0)

    def phase_index_at(self, plan_s: float) -> int:
        """The last phase that has begun at `plan_s` (open phases count 0 s)."""
        return max(bisect_right(self._starts, plan_s) - 1, 0)

    def level_at(self, plan_s: float) -> float:
        """The level at a plan time, as if no open phase waited."""
        if not self._phases:
            return REST_LEVEL
        index = self.phase_index_at(plan_s)
        return self.level_in_phase(index, plan_s - self._starts[index])

    def levels(self, times: Sequence[float]) -> list[float]:
        return [self.level_at(t) for t in times]
