"""A simulated heart for demos and tests: RR intervals of a person following a plan."""

from __future__ import annotations

from anapana.core.plan import Plan


def simulate_rr(plan: Plan, resonance_per_min: float, seed: int = 0, *,
                artifacts: bool = True) -> list[float]:
    """RR intervals (ms) from plan time 0 to the plan's end; deterministic per seed."""
    raise NotImplementedError
