"""Heart rate locked to the pacer's breaths: swing per breath and phase relation."""

from __future__ import annotations

from collections.abc import Sequence

from anapana.core.plan import Plan


def breath_swings(beat_times_s: Sequence[float], hr_bpm: Sequence[float],
                  plan: Plan) -> list[float]:
    """Heart-rate peak-to-trough (bpm) of each whole paced breath of `plan`."""
    raise NotImplementedError
