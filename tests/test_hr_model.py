"""RR series: intervals and beat times, and the JSON forms of the results."""

from __future__ import annotations

import json
import math

import pytest

from anapana.hr.model import Assessment, RateResult, RRSeries, TimeDomain


def test_beat_times_are_the_running_sum_without_drift() -> None:
    series = RRSeries.from_intervals([800, 1000, 900], start_s=2.0)
    assert series.beat_times_s == pytest.approx([2.8, 3.8, 4.7])
    assert series.hr_bpm == pytest.approx([75.0, 60.0, 60000 / 900])
    # Two days of beats add up exactly (a plain running sum is off by ~1e-7 s here).
    long = RRSeries.from_intervals([833.3] * 200_000)
    assert long.beat_times_s[-1] == math.fsum([833.3] * 200_000) / 1000
    back = RRSeries.from_beat_times([1.0, 1.8, 2.8])
    assert back.start_s == 1.0 and back.intervals_ms == pytest.approx((800.0, 1000.0))
    assert len(RRSeries.from_beat_times([])) == 0


def test_json_forms_round_and_use_null_for_what_was_not_measured() -> None:
    rate = RateResult(5.5, 330.0, 420.0, 11.9149, 0.0918, 3791.47, 0.98612,
                      phase_lag_deg=float("nan"))
    measured = rate.to_json()
    assert measured["peak_trough_bpm"] == 11.91 and measured["phase_sync"] == 0.986
    assert measured["phase_lag_deg"] is None  # NaN is not JSON
    empty = RateResult(6.0, 210.0, 300.0, None, None, None, None).to_json()
    assert empty["peak_trough_bpm"] is None and empty["lf_power_ms2"] is None
    result = Assessment(66.8, 53.2, 88.4, 7, [rate], 5.5, "Because.")
    text = json.dumps(result.to_json(), allow_nan=False)
    assert json.loads(text)["best_per_min"] == 5.5
    assert TimeDomain(60.0, -0.0, 1.0, 0.0).to_json()["rmssd_ms"] == 0.0
