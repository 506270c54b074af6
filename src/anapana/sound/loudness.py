"""Bringing rendered speech to the cues' loudness without clipping (no Qt).

Speech is scaled so its active RMS (`synth.active_rms_db`, the measure the cues are matched
on) equals the bell's, `synth.TARGET_RMS_DB`; a smooth look-ahead limiter then keeps its
true peak (estimated on a 4x oversampled copy) at or below `PEAK_LIMIT_DB`. Speech peaks
sit 15–20 dB above its RMS, so at the bell's loudness a few syllables need a little gain
reduction: the limiter lowers only those, over a few milliseconds, instead of turning
the whole line down (which would leave it quieter than the bells).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from anapana.sound import synth

PEAK_LIMIT_DB = -1.0
"""True peak ceiling, dBFS."""
LIMIT_MARGIN_DB = 0.3
"""The limiter aims this far under the ceiling, so inter-sample peaks stay under it."""
LOOKAHEAD_S = 0.004
FADE_S = 0.005

Floats = npt.NDArray[np.float64]


def true_peak(x: npt.ArrayLike, oversample: int = 4) -> float:
    """The largest absolute value of `x` between samples too (band-limited oversampling)."""
    samples = np.asarray(x, dtype=np.float64).reshape(-1)
    if len(samples) == 0:
        return 0.0
    sample_peak = float(np.abs(samples).max())
    if oversample <= 1 or len(samples) < 4:
        return sample_peak
    size, overlap = 1 << 15, 256  # power-of-two blocks keep the FFTs fast
    best = sample_peak
    for start in range(0, len(samples), size - 2 * overlap):
        chunk = np.zeros(size)
        part = samples[start : start + size]
        chunk[: len(part)] = part
        up = np.fft.irfft(np.fft.rfft(chunk), n=size * oversample) * oversample
        # The block's edges ring (it is treated as periodic): judge only its middle.
        lo = 0 if start == 0 else overlap * oversample
        hi = len(part) * oversample if len(part) < size else (size - overlap) * oversample
        best = max(best, float(np.abs(up[lo:hi]).max(initial=0.0)))
    return best


def _moving(values: Floats, width: int, op: str) -> Floats:
    """A centred moving minimum or mean over `width` samples (edges padded)."""
    if width <= 1:
        return values
    pad = width // 2
    padded = np.pad(values, (pad, width - pad - 1), mode="edge")
    if op == "mean":
        sums = np.concatenate(([0.0], np.cumsum(padded)))
        return (sums[width:] - sums[:-width]) / width
    return _running_min(padded, width)


def _running_min(x: Floats, width: int) -> Floats:
    """min(x[i : i + width]) for each i (van Herk / Gil-Werman: linear time)."""
    count = len(x) - width + 1
    blocks = -(-len(x) // width)
    padded = np.pad(x, (0, blocks * width - len(x)), constant_values=np.inf).reshape(blocks, width)
    prefix = np.minimum.accumulate(padded, axis=1).reshape(-1)
    suffix = np.minimum.accumulate(padded[:, ::-1], axis=1)[:, ::-1].reshape(-1)
    index = np.arange(count)
    smallest: Floats = np.minimum(suffix[index], prefix[index + width - 1])
    return smallest


def limit(x: Floats, ceiling: float, rate: int) -> Floats:
    """`x` with a smooth gain dip wherever |x| would pass `ceiling` (never above it)."""
    magnitude = np.abs(x)
    if magnitude.max(initial=0.0) <= ceiling:
        return x
    needed = np.minimum(1.0, ceiling / np.maximum(magnitude, 1e-12))
    width = max(3, round(LOOKAHEAD_S * rate)) | 1
    # A minimum over twice the width, then a mean over the width: every value the mean
    # takes covers the sample itself, so the smoothed gain never exceeds what it needs.
    gain = _moving(_moving(needed, 2 * width + 1, "min"), width, "mean")
    return x * gain


def _fades(x: Floats, rate: int) -> Floats:
    length = min(len(x) // 2, max(2, round(FADE_S * rate)))
    if length < 2:
        return x
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, length))
    out = x.copy()
    out[:length] *= ramp
    out[-length:] *= ramp[::-1]
    return out


def normalise(
    x: npt.ArrayLike,
    rate: int,
    target_rms_db: float = synth.TARGET_RMS_DB,
    peak_limit_db: float = PEAK_LIMIT_DB,
) -> npt.NDArray[np.float32]:
    """Mono speech scaled to `target_rms_db` active RMS, true peak ≤ `peak_limit_db`.

    Silence stays silence. Returns float32 in -1..1.
    """
    samples = np.asarray(x, dtype=np.float64).reshape(-1)
    level = _active_rms_db(samples, rate)
    if not np.isfinite(level):
        return np.zeros(len(samples), dtype=np.float32)
    out = _fades(samples * 10 ** ((target_rms_db - level) / 20), rate)
    ceiling = 10 ** ((peak_limit_db - LIMIT_MARGIN_DB) / 20)
    for _ in range(3):  # limiting lowers the RMS a little: lift again, limit again
        out = limit(out, ceiling, rate)
        shortfall = target_rms_db - _active_rms_db(out, rate)
        if shortfall < 0.1:
            break
        out = out * 10 ** (shortfall / 20)
    out = limit(out, ceiling, rate)
    limit_linear = 10 ** (peak_limit_db / 20)
    peak = true_peak(out)
    if peak > limit_linear:  # inter-sample overshoot the margin did not cover
        out = out * (limit_linear * 0.995 / peak)
    return out.astype(np.float32)


def _active_rms_db(x: Floats, rate: int) -> float:
    """`synth.active_rms_db` for any sample rate (its window is 20 ms at `synth.RATE`)."""
    if rate == synth.RATE:
        return synth.active_rms_db(x)
    size = max(1, round(0.02 * rate))
    count = len(x) // size
    if count == 0:
        return float("-inf")
    power = (x[: count * size].reshape(count, size) ** 2).mean(axis=1)
    loudest = float(power.max())
    if loudest <= 0:
        return float("-inf")
    active = power[power >= loudest * 10 ** (-30 / 10)]
    return float(10 * np.log10(active.mean()))


def active_rms_db(x: npt.ArrayLike, rate: int) -> float:
    """The active RMS (dBFS) of mono `x` at `rate`, as the cues are measured."""
    return _active_rms_db(np.asarray(x, dtype=np.float64).reshape(-1), rate)
