"""HRV metrics of an RR series: the time domain, and the frequency domain with scipy.

Time domain after the Task Force of the ESC and NASPE (1996), as pyhrv computes it:
SDNN is the sample standard deviation (n − 1), RMSSD the root mean square of successive
differences, pNN50 the share of successive differences larger than 50 ms. Mean HR is
the mean of the beat-by-beat rates (60000 / RR), as pyhrv and Kubios report it.

Frequency domain: the RR tachogram (each interval placed at the beat that ends it) is
resampled evenly at 4 Hz by cubic spline, its linear trend removed, and its power
spectral density estimated by Welch's method (Hann window, 50 % overlap, segments of
up to 256 s, zero-padded to a fine frequency grid). Powers are the integrals over LF
0.04–0.15 Hz and HF 0.15–0.4 Hz, in ms². scipy is imported here, inside the functions,
so the rest of Anapana runs without it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from anapana.hr.model import FrequencyDomain, TimeDomain

Array = npt.NDArray[np.float64]

RESAMPLE_HZ = 4.0
LF_BAND = (0.04, 0.15)
HF_BAND = (0.15, 0.4)
SEGMENT_S = 256.0
NFFT_MIN = 4096

SCIPY_HINT = "heart-rate spectra need scipy: pip install 'anapana[hr]'"


class MissingScipy(RuntimeError):
    """scipy (the `hr` extra) is not installed."""


def time_domain(rr_ms: Sequence[float]) -> TimeDomain:
    """Mean HR, RMSSD, SDNN and pNN50 of `rr_ms` (at least two intervals)."""
    rr = np.asarray(rr_ms, dtype=np.float64)
    if rr.size < 2:
        raise ValueError("time-domain metrics need at least two intervals")
    diffs = np.diff(rr)
    return TimeDomain(
        mean_hr_bpm=float(np.mean(60000.0 / rr)),
        rmssd_ms=float(math.sqrt(float(np.mean(diffs * diffs)))),
        sdnn_ms=float(np.std(rr, ddof=1)),
        pnn50_pct=float(100.0 * np.count_nonzero(np.abs(diffs) > 50.0) / diffs.size),
        mean_rr_ms=float(np.mean(rr)),
        beats=int(rr.size),
    )


def _scipy_signal() -> Any:
    try:
        import scipy.signal
    except ImportError as error:
        raise MissingScipy(SCIPY_HINT) from error
    return scipy.signal


def resample(beat_times_s: Sequence[float] | Array, values: Sequence[float] | Array,
             fs: float = RESAMPLE_HZ) -> tuple[Array, Array]:
    """`values` given at `beat_times_s`, resampled evenly at `fs` by cubic spline.

    Returns the sample times and values over [first beat, last beat].
    """
    try:
        from scipy.interpolate import CubicSpline
    except ImportError as error:
        raise MissingScipy(SCIPY_HINT) from error
    t = np.asarray(beat_times_s, dtype=np.float64)
    v = np.asarray(values, dtype=np.float64)
    if t.size < 4 or t[-1] - t[0] < 2.0 / fs:
        return np.zeros(0), np.zeros(0)
    grid = np.arange(t[0], t[-1], 1.0 / fs)
    return grid, np.asarray(CubicSpline(t, v)(grid), dtype=np.float64)


def spectrum(samples: Sequence[float] | Array, fs: float = RESAMPLE_HZ,
             segment_s: float = SEGMENT_S) -> tuple[Array, Array]:
    """Welch PSD of evenly sampled values (linear trend removed): frequencies, density."""
    signal = _scipy_signal()
    x = np.asarray(samples, dtype=np.float64)
    nperseg = min(x.size, int(segment_s * fs))
    nfft = max(NFFT_MIN, 1 << (nperseg - 1).bit_length())
    freqs, psd = signal.welch(x, fs=fs, window="hann", nperseg=nperseg,
                              noverlap=nperseg // 2, nfft=nfft, detrend="linear",
                              scaling="density")
    return np.asarray(freqs, dtype=np.float64), np.asarray(psd, dtype=np.float64)


def _band_power(freqs: Array, psd: Array, band: tuple[float, float]) -> float:
    inside = (freqs >= band[0]) & (freqs < band[1])
    if np.count_nonzero(inside) < 2:
        return 0.0
    return float(np.trapezoid(psd[inside], freqs[inside]))


def band_powers(freqs: Array, psd: Array) -> FrequencyDomain:
    """LF and HF power and the LF peak of a spectrum."""
    lf = (freqs >= LF_BAND[0]) & (freqs < LF_BAND[1])
    peak_hz: float | None = None
    peak_height = 0.0
    if np.any(lf) and float(np.max(psd[lf])) > 0:
        k = int(np.argmax(np.where(lf, psd, -np.inf)))
        peak_hz = float(freqs[k])
        peak_height = float(psd[k])
    return FrequencyDomain(lf_power_ms2=_band_power(freqs, psd, LF_BAND),
                           hf_power_ms2=_band_power(freqs, psd, HF_BAND),
                           lf_peak_hz=peak_hz, lf_peak_ms2_hz=peak_height)


def frequency_domain(rr_ms: Sequence[float]) -> FrequencyDomain:
    """LF and HF power and the LF peak frequency of a whole RR series."""
    rr = np.asarray(rr_ms, dtype=np.float64)
    times = np.cumsum(rr) / 1000.0
    _, values = resample(times, rr)
    if values.size < int(60 * RESAMPLE_HZ):
        raise ValueError("the frequency domain needs at least a minute of beats")
    freqs, psd = spectrum(values)
    return band_powers(freqs, psd)
