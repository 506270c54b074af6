"""Heart-rate analysis, free of Qt: RR files, artifact correction, HRV metrics,
breath-locked swings, the resonance assessment and a simulator.

Like `anapana.core`, nothing here imports Qt or reads the clock: times are inputs
(plan seconds). scipy (the `hr` extra) is imported only inside the spectral
functions, so everything else works without it.
"""

from anapana.hr.assessment import assess
from anapana.hr.breath_locked import breath_swings
from anapana.hr.metrics import time_domain
from anapana.hr.model import Assessment, FrequencyDomain, RateResult, RRSeries, TimeDomain
from anapana.hr.simulate import simulate_rr

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
