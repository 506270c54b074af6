"""Rendered speech is brought to the bell's loudness, never clipped, true peak ≤ −1 dBFS."""

from __future__ import annotations

import numpy as np
import pytest

from anapana.sound import loudness, synth

RATE = 44100


def speechlike(seconds: float = 3.0, crest: float = 8.0, seed: int = 1) -> np.ndarray:
    """Noise bursts with syllable-like envelopes and a few sharp peaks (crest ~20 dB)."""
    rng = np.random.default_rng(seed)
    t = np.arange(round(seconds * RATE)) / RATE
    envelope = np.clip(np.sin(2 * np.pi * 3 * t), 0, None) ** 2
    x = rng.normal(size=len(t)) * envelope * 0.05
    x[rng.integers(0, len(t), 40)] *= crest * 6
    return x


@pytest.mark.parametrize("scale", [0.01, 0.3, 3.0])
def test_speech_ends_at_the_bells_loudness_within_2_db(scale: float) -> None:
    out = loudness.normalise(speechlike() * scale, RATE)
    assert abs(loudness.active_rms_db(out, RATE) - synth.TARGET_RMS_DB) <= 2.0


@pytest.mark.parametrize("scale", [0.01, 0.3, 3.0])
def test_true_peak_stays_at_or_under_minus_1_dbfs(scale: float) -> None:
    out = loudness.normalise(speechlike() * scale, RATE)
    assert 20 * np.log10(loudness.true_peak(out)) <= -1.0 + 1e-6
    assert np.abs(out).max() < 1.0  # never clipped


def test_the_limiter_only_dips_near_the_peaks() -> None:
    x = np.full(RATE, 0.25)
    x[RATE // 2] = 0.9  # one sharp peak
    out = loudness.limit(x, 0.5, RATE)
    assert np.abs(out).max() <= 0.5 + 1e-9
    near = round(0.01 * RATE)
    assert np.allclose(out[: RATE // 2 - near], 0.25)  # far from it: untouched
    assert np.allclose(out[RATE // 2 + near :], 0.25)
    assert 0.25 * 0.5 / 0.9 - 1e-9 <= out[RATE // 2 - 10] < 0.25  # a smooth dip around it


def test_a_loud_bell_like_sound_needs_no_limiting() -> None:
    bell = synth.synthesize("chime").astype(np.float64)
    assert np.allclose(loudness.limit(bell, 0.99, RATE), bell)


def test_silence_stays_silence() -> None:
    out = loudness.normalise(np.zeros(1000), RATE)
    assert out.dtype == np.float32 and not out.any()


def test_true_peak_sees_between_the_samples() -> None:
    n = np.arange(4096)
    tone = np.sin(2 * np.pi * n / 4 + np.pi / 4)  # samples at ±0.707, the wave reaches 1
    assert np.abs(tone).max() == pytest.approx(0.7071, abs=1e-3)
    assert loudness.true_peak(tone) == pytest.approx(1.0, abs=0.02)


def test_ends_fade_so_a_line_never_clicks() -> None:
    out = loudness.normalise(np.full(RATE, 0.2), RATE)
    assert abs(out[0]) < 1e-6 and abs(out[-1]) < 1e-6


def test_peaks_between_samples_are_kept_under_the_ceiling_too() -> None:
    n = np.arange(RATE)
    tone = 0.5 * np.sin(2 * np.pi * n / 4 + np.pi / 4)  # true peak 3 dB over its samples
    out = loudness.normalise(tone, RATE, target_rms_db=-3.0)
    assert 20 * np.log10(loudness.true_peak(out)) <= -1.0 + 1e-6
