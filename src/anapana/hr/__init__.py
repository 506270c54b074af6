"""Heart-rate analysis, free of Qt: RR files, artifact correction, HRV metrics,
breath-locked swings, the resonance assessment and a simulator.

Like `anapana.core`, nothing here imports Qt or reads the clock: times are inputs
(plan seconds). scipy (the `hr` extra) is imported only inside the spectral
functions, so everything else works without it.
"""

from typing import TYPE_CHECKING

from anapana.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from anapana.hr.assessment import assess
    from anapana.hr.breath_locked import breath_swings
    from anapana.hr.metrics import time_domain
    from anapana.hr.model import Assessment, FrequencyDomain, RateResult, RRSeries, TimeDomain
    from anapana.hr.simulate import simulate_rr

# Each name is imported on first use: the app imports `anapana.hr.sources` at start-up,
# which must not bring numpy in with the analysis.
_HOMES = {
    "assess": "assessment", "breath_swings": "breath_locked", "time_domain": "metrics",
    "Assessment": "model", "FrequencyDomain": "model", "RateResult": "model",
    "RRSeries": "model", "TimeDomain": "model", "simulate_rr": "simulate",
}

__getattr__, __dir__ = lazy_exports(globals(), _HOMES)

__all__ = [
    "Assessment",
    "FrequencyDomain",
    "RRSeries",
    "RateResult",
    "TimeDomain",
    "assess",
    "breath_swings",
    "simulate_rr",
    "time_domain",
]
