"""The resonance assessment over the paced blocks of a session (resonance-rate finder)."""

from __future__ import annotations

from collections.abc import Sequence

from anapana.core.plan import Plan
from anapana.hr.model import Assessment


def assess(rr_ms: Sequence[float], plan: Plan) -> Assessment:
    """Assess a recording whose first beat interval starts at plan time 0."""
    raise NotImplementedError
