"""Plain data of the heart-rate analysis: RR series, metrics and the resonance assessment.

Everything here is immutable and Qt-free; times are seconds of plan time (0 = the
session's start) and intervals are milliseconds, as Kubios and chest straps give them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Literal


def _round(value: float | None, digits: int) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, digits) + 0.0  # + 0.0 turns -0.0 into 0.0


@dataclass(frozen=True, slots=True)
class RRSeries:
    """Beat-to-beat (RR) intervals in ms, with the plan time of the beat before the first.

    The beat closing interval k falls at `start_s` plus the running sum of intervals 0..k;
    an RR file's beats count from plan time 0 (`start_s` = 0).
    """

    intervals_ms: tuple[float, ...]
    start_s: float = 0.0

    @classmethod
    def from_intervals(cls, intervals_ms: Iterable[float], start_s: float = 0.0) -> RRSeries:
        return cls(tuple(float(v) for v in intervals_ms), float(start_s))

    @classmethod
    def from_beat_times(cls, beat_times_s: Sequence[float]) -> RRSeries:
        """From the times of successive beats (s): the first beat starts the series."""
        if not beat_times_s:
            return cls((), 0.0)
        times = [float(t) for t in beat_times_s]
        return cls(tuple((b - a) * 1000.0 for a, b in pairwise(times)),
                   times[0])

    @property
    def beat_times_s(self) -> list[float]:
        """The time of the beat that closes each interval."""
        times: list[float] = []
        total_ms = self.start_s * 1000.0
        carry = 0.0  # Kahan: no drift over a night of beats
        for interval in self.intervals_ms:
            y = interval - carry
            t = total_ms + y
            carry = (t - total_ms) - y
            total_ms = t
            times.append(total_ms / 1000.0)
        return times

    @property
    def hr_bpm(self) -> list[float]:
        """Instantaneous heart rate of each interval (beats a minute)."""
        return [60000.0 / v for v in self.intervals_ms]

    def __len__(self) -> int:
        return len(self.intervals_ms)


@dataclass(frozen=True, slots=True)
class TimeDomain:
    """Time-domain HRV (Task Force 1996): mean HR, RMSSD, SDNN (sample SD), pNN50."""

    mean_hr_bpm: float
    rmssd_ms: float
    sdnn_ms: float
    pnn50_pct: float
    mean_rr_ms: float = 0.0
    beats: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "beats": self.beats,
            "mean_rr_ms": _round(self.mean_rr_ms, 2),
            "mean_hr_bpm": _round(self.mean_hr_bpm, 2),
            "rmssd_ms": _round(self.rmssd_ms, 2),
            "sdnn_ms": _round(self.sdnn_ms, 2),
            "pnn50_pct": _round(self.pnn50_pct, 2),
        }


@dataclass(frozen=True, slots=True)
class FrequencyDomain:
    """Spectral HRV of the RR tachogram resampled at 4 Hz (Welch): powers in ms²."""

    lf_power_ms2: float
    hf_power_ms2: float
    lf_peak_hz: float | None
    lf_peak_ms2_hz: float = 0.0
    """The height of the LF peak (ms²/Hz)."""

    @property
    def lf_hf_ratio(self) -> float | None:
        return self.lf_power_ms2 / self.hf_power_ms2 if self.hf_power_ms2 > 0 else None

    def to_json(self) -> dict[str, Any]:
        return {
            "lf_power_ms2": _round(self.lf_power_ms2, 2),
            "hf_power_ms2": _round(self.hf_power_ms2, 2),
            "lf_peak_hz": _round(self.lf_peak_hz, 4),
            "lf_peak_ms2_hz": _round(self.lf_peak_ms2_hz, 1),
        }


@dataclass(frozen=True, slots=True)
class RateResult:
    """What one paced-breathing block of the resonance-rate finder measured."""

    per_min: float
    """The pacer's rate in breaths a minute."""
    start_s: float
    """Start of the analysed window (plan time, after the settling skip)."""
    end_s: float
    peak_trough_bpm: float | None
    """Mean over whole breaths of the heart rate's highest minus lowest value."""
    lf_peak_hz: float | None
    lf_power_ms2: float | None
    phase_sync: float | None
    """0..1: how steadily heart rate rises with the in-breath and falls with the out-breath
    (1: in step every breath; 0: opposite or no steady relation)."""
    phase_lag_deg: float | None = None
    """Mean lag of the heart rate's breath-frequency swing behind lung volume, in degrees
    (positive: heart rate peaks after the end of the in-breath)."""
    lf_peak_ms2_hz: float | None = None
    breaths: int = 0
    beats: int = 0
    segment: int = -1
    score: float = 0.0
    """The combined criteria score that ranks the rates (see assessment.py)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "per_min": _round(self.per_min, 2),
            "start_s": _round(self.start_s, 3),
            "end_s": _round(self.end_s, 3),
            "breaths": self.breaths,
            "beats": self.beats,
            "peak_trough_bpm": _round(self.peak_trough_bpm, 2),
            "lf_peak_hz": _round(self.lf_peak_hz, 4),
            "lf_power_ms2": _round(self.lf_power_ms2, 1),
            "lf_peak_ms2_hz": _round(self.lf_peak_ms2_hz, 1),
            "phase_sync": _round(self.phase_sync, 3),
            "phase_lag_deg": _round(self.phase_lag_deg, 1),
            "score": _round(self.score, 3),
        }


ReasonKind = Literal["no-paced-breathing", "too-few-beats", "not-following", "only-one",
                     "best"]


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a pace is suggested, or why none is: the facts `hr.reason_text` puts in words."""

    kind: ReasonKind
    per_min: float | None = None
    """The suggested pace (kinds "only-one" and "best")."""
    swing_bpm: float | None = None
    """Its heart-rate swing from peak to trough ("best")."""
    led: tuple[str, ...] = ()
    """The criteria (`assessment.WEIGHTS` keys) on which it did best of all ("best")."""
    close_per_min: float | None = None
    """A pace that scored within 5 % of it, if any ("best")."""
    min_breaths: int = 0
    """The whole breaths a pace needs to count ("too-few-beats")."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """The resonance assessment of one recording over a session's paced blocks."""

    mean_hr_bpm: float
    rmssd_ms: float
    sdnn_ms: float
    artifacts_corrected: int
    rates: list[RateResult] = field(default_factory=list)
    best_per_min: float | None = None
    """The recommended rate, or None when no block had enough clean heart data."""
    reason: str = ""
    """The recommendation (or why there is none) in plain English words."""
    why: Reason | None = None
    """The same as facts, for the app to say in the user's language."""

    def to_json(self) -> dict[str, Any]:
        return {
            "mean_hr_bpm": _round(self.mean_hr_bpm, 2),
            "rmssd_ms": _round(self.rmssd_ms, 2),
            "sdnn_ms": _round(self.sdnn_ms, 2),
            "artifacts_corrected": self.artifacts_corrected,
            "rates": [r.to_json() for r in self.rates],
            "best_per_min": _round(self.best_per_min, 2),
            "reason": self.reason,
        }
