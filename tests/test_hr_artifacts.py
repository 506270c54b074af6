"""Artifact correction (Lipponen & Tarvainen 2019) on series with known faults."""

from __future__ import annotations

import math

import numpy as np
import pytest

from anapana.hr.artifacts import correct_artifacts, detect


def clean_series(n: int = 600, seed: int = 1) -> list[float]:
    """RR swinging with breathing at 0.1 Hz plus beat noise, like a calm subject."""
    rng = np.random.default_rng(seed)
    rr: list[float] = []
    t = 0.0
    for _ in range(n):
        value = 900 + 70 * math.sin(2 * math.pi * 0.1 * t) + rng.normal(0, 8)
        rr.append(float(value))
        t += value / 1000
    return rr


def test_a_clean_series_is_left_alone() -> None:
    for seed in range(5):
        rr = clean_series(seed=seed)
        result = correct_artifacts(rr)
        assert result.corrected == 0
        assert result.rr_ms == rr


def test_ectopic_missed_and_extra_beats_are_found_and_corrected() -> None:
    truth = clean_series()
    bad = list(truth)
    # Ectopic at 100: a premature beat and its compensatory pause (sum unchanged).
    bad[100] = truth[100] * 0.62
    bad[101] = truth[101] + truth[100] * 0.38
    # Ectopic at 400: the same, later in the series.
    bad[400] = truth[400] * 0.7
    bad[401] = truth[401] + truth[400] * 0.3
    # Missed at 200: the strap lost the beat between 200 and 201.
    bad[200] = truth[200] + truth[201]
    del bad[201]
    # Extra: a spurious beat splits truth[300] (at 299 after the deletion) in two.
    whole = bad[299]
    bad[299:300] = [whole * 0.4, whole * 0.6]
    assert len(bad) == len(truth)

    found = detect(bad)
    # The paper's S11/S12 rule flags the compensatory pause after a premature beat.
    assert 101 in found.ectopic and 401 in found.ectopic
    assert found.missed == [200]
    assert found.extra == [299]

    result = correct_artifacts(bad)
    assert (result.ectopic, result.missed, result.extra) == (2, 1, 1)
    assert result.corrected == 4
    assert len(result.rr_ms) == len(truth)
    fixed = np.array(result.rr_ms)
    error = np.abs(fixed - np.array(truth))
    # Moved and inserted beats land between their neighbours: within a few % of truth.
    assert error.max() < 0.05 * 900
    assert error[[100, 101, 200, 201, 300, 400, 401]].max() < 45
    # Nothing else changed, and every later beat keeps its time.
    untouched = np.ones(len(truth), dtype=bool)
    untouched[[99, 100, 101, 102, 199, 200, 201, 202, 298, 299, 300, 399, 400, 401, 402]] = False
    assert np.allclose(fixed[untouched], np.array(truth)[untouched])
    assert sum(result.rr_ms) == pytest.approx(sum(truth))
    assert set(result.changed) == {100, 101, 200, 201, 300, 400, 401}


def test_two_missed_beats_in_a_row_are_split_in_three() -> None:
    truth = clean_series(seed=3)
    bad = [*truth[:250], truth[250] + truth[251] + truth[252], *truth[253:]]
    result = correct_artifacts(bad)
    assert result.missed == 2
    assert len(result.rr_ms) == len(truth)
    assert np.abs(np.array(result.rr_ms[250:253]) - np.array(truth[250:253])).max() < 60


def test_real_data_needs_few_corrections() -> None:
    from tests.test_hr_metrics import sample

    nni = sample("Long")
    result = correct_artifacts(nni)
    assert result.corrected < 0.01 * len(nni)
    assert len(correct_artifacts([800, 810]).rr_ms) == 2  # too short to judge: unchanged
