"""Small helpers shared by the bench scripts: percentiles and the closing figures line.

Every bench script ends with one line of `key=value` figures so that a person, CI or
`tests/test_bench_smoke.py` can read the numbers without parsing the table above it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0 to 100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def figures_line(figures: Mapping[str, float]) -> str:
    """`key=value` pairs on one line, numbers rounded to a readable precision."""
    return " ".join(f"{key}={_number(value)}" for key, value in figures.items())


def _number(value: float) -> str:
    if math.isnan(value):
        return "nan"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.3f}"
    return f"{value:.4f}"


def verdict(value: float, target: float) -> str:
    """'met' or 'MISSED' for a figure that must stay at or under its target."""
    return "met" if value <= target else "MISSED"
