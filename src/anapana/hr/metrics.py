"""HRV metrics of an RR series: time domain, and frequency domain with scipy."""

from __future__ import annotations

from collections.abc import Sequence

from anapana.hr.model import FrequencyDomain, TimeDomain


def time_domain(rr_ms: Sequence[float]) -> TimeDomain:
    raise NotImplementedError


def frequency_domain(rr_ms: Sequence[float]) -> FrequencyDomain:
    raise NotImplementedError
