"""The built-in cue sounds, synthesized with numpy (no Qt, no files).

`scripts/make_sounds.py` writes these into `assets/sounds/NAME.wav`; tests compare what a
backend really played with them. Every cue is mono float32 at 44100 Hz, starts and ends on
silence (raised-cosine fades: no clicks), peaks at or below -1 dBFS and is scaled to the same
loudness (`TARGET_RMS_DB` over its active part; for long ringing sounds, their first second).

Tune a cue by editing its function and running `python scripts/make_sounds.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

RATE = 44100
TARGET_RMS_DB = -20.0
"""Loudness of every cue: RMS over its active part, in dB relative to full scale."""
PEAK_LIMIT_DB = -1.0
RINGING = frozenset({"bowl", "gong", "chime"})
"""Cues whose loudness is judged over their first second (they decay for long after)."""

Wave = npt.NDArray[np.float64]


def _time(seconds: float) -> Wave:
    return np.arange(round(seconds * RATE), dtype=np.float64) / RATE


def _fades(x: Wave, fade_in_s: float, fade_out_s: float) -> Wave:
    """Raised-cosine fade in and out, so the first and last samples are exactly zero."""
    out = x.copy()
    for length, ramp_slice in (
        (round(fade_in_s * RATE), slice(None, None)),
        (round(fade_out_s * RATE), slice(None, None, -1)),
    ):
        length = max(2, min(length, len(out) // 2))
        ramp = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, length))
        if ramp_slice.step == -1:
            out[-length:] *= ramp[::-1]
        else:
            out[:length] *= ramp
    return out


def _glide(start_hz: float, end_hz: float, seconds: float) -> Wave:
    """A soft tone whose pitch slides smoothly (an eased curve) between two notes."""
    t = _time(seconds)
    progress = 0.5 - 0.5 * np.cos(np.pi * t / seconds)
    freq = start_hz * (end_hz / start_hz) ** progress
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    tone = np.sin(phase) + 0.18 * np.sin(2 * phase) + 0.05 * np.sin(3 * phase)
    swell = np.sin(np.pi * np.clip(t / seconds, 0, 1)) ** 0.8  # breath-like swell
    return _fades(tone * swell, 0.12, 0.25)


def _partials(
    seconds: float,
    partials: list[tuple[float, float, float, float]],
    attack_s: float,
    seed: int,
) -> Wave:
    """Sum of decaying sine pairs: (frequency, amplitude, decay time, beat Hz) each.

    Each partial is two sines `beat` Hz apart: a struck bowl's slow wah-wah beating.
    """
    t = _time(seconds)
    rng = np.random.default_rng(seed)
    out = np.zeros_like(t)
    for freq, amp, decay_s, beat_hz in partials:
        envelope = amp * np.exp(-t / decay_s)
        phases = rng.uniform(0, 2 * np.pi, 2)
        pair = np.sin(2 * np.pi * (freq - beat_hz / 2) * t + phases[0]) + np.sin(
            2 * np.pi * (freq + beat_hz / 2) * t + phases[1]
        )
        out += envelope * 0.5 * pair
    attack = np.minimum(1.0, t / attack_s) if attack_s > 0 else 1.0
    return out * attack


def rise() -> Wave:
    """Inhale: a soft glide up a fifth (G3 to D4)."""
    return _glide(196.0, 293.7, 1.1)


def fall() -> Wave:
    """Exhale: a soft glide down a fifth (D4 to G3), a little longer than `rise`."""
    return _glide(293.7, 196.0, 1.3)


def tick() -> Wave:
    """A soft wooden tick: short, muted, for counting or a gentle pulse."""
    t = _time(0.16)
    body = np.exp(-t / 0.018) * (
        np.sin(2 * np.pi * 1150 * t) + 0.35 * np.sin(2 * np.pi * 2870 * t + 1.0)
    )
    knock = np.exp(-t / 0.006) * 0.4 * np.sin(2 * np.pi * 520 * t)
    return _fades(body + knock, 0.0015, 0.06)


def chime() -> Wave:
    """A small bright chime (a struck metal bar's partial ratios 1, 2.76, 5.40)."""
    return _fades(
        _partials(
            3.0,
            [(880.0, 1.0, 0.9, 0.0), (2428.8, 0.35, 0.4, 1.2), (4752.0, 0.12, 0.18, 0.0)],
            attack_s=0.002,
            seed=3,
        ),
        0.002,
        0.4,
    )


def bowl() -> Wave:
    """A singing bowl: inharmonic partials (about 1 : 2.71 : 5.12 : 8.27), slow beating,
    a long natural decay (about 10 s until it fades under hearing)."""
    partials = [
        (216.0, 1.0, 4.2, 0.9),
        (585.4, 0.55, 3.0, 1.7),
        (1106.0, 0.22, 1.8, 2.3),
        (1786.0, 0.09, 1.0, 3.1),
        (2610.0, 0.04, 0.6, 0.0),
    ]
    return _fades(_partials(10.0, partials, attack_s=0.006, seed=7), 0.003, 1.5)


def gong() -> Wave:
    """A soft low gong: a dense inharmonic cluster that blooms after the strike."""
    t = _time(8.0)
    cluster = _partials(
        8.0,
        [
            (98.0, 1.0, 3.5, 0.4),
            (146.0, 0.6, 3.0, 0.7),
            (196.8, 0.45, 2.5, 1.1),
            (242.0, 0.35, 2.2, 0.0),
            (311.0, 0.3, 1.8, 1.6),
            (380.0, 0.2, 1.4, 0.0),
            (458.0, 0.15, 1.1, 2.0),
        ],
        attack_s=0.012,
        seed=11,
    )
    bloom = _partials(
        8.0, [(523.0, 0.25, 1.6, 1.3), (690.0, 0.15, 1.2, 0.0)], attack_s=0.0, seed=12
    ) * (1 - np.exp(-t / 0.35))
    return _fades(cluster + bloom, 0.004, 1.5)


def _soft_tone(freq_hz: float, end_hz: float, seconds: float, tremolo_hz: float = 0.0) -> Wave:
    t = _time(seconds)
    progress = t / seconds
    freq = freq_hz * (end_hz / freq_hz) ** progress
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    tone = np.sin(phase) + 0.1 * np.sin(2 * phase)
    if tremolo_hz:
        tone *= 1 - 0.25 * (0.5 - 0.5 * np.cos(2 * np.pi * tremolo_hz * t))
    return _fades(tone, 0.04, 0.15)


def in_tone() -> Wave:
    """Eyes-closed "in": a high soft note bending slightly upwards (C5)."""
    return _soft_tone(523.3, 554.4, 0.45)


def hold_tone() -> Wave:
    """Eyes-closed "hold": a level middle note with a slow shimmer (G4)."""
    return _soft_tone(392.0, 392.0, 0.45, tremolo_hz=6.0)


def out_tone() -> Wave:
    """Eyes-closed "out": a low soft note bending slightly downwards (C4)."""
    return _soft_tone(261.6, 246.9, 0.55)


CUES: dict[str, Callable[[], Wave]] = {
    "rise": rise,
    "fall": fall,
    "tick": tick,
    "chime": chime,
    "bowl": bowl,
    "gong": gong,
    "in": in_tone,
    "hold": hold_tone,
    "out": out_tone,
}
"""Every built-in cue by the name a session file uses."""


def active_rms_db(x: npt.ArrayLike, window_s: float = 0.02, floor_db: float = 30.0) -> float:
    """RMS of the part that sounds: the windows within `floor_db` of the loudest one."""
    samples = np.asarray(x, dtype=np.float64).reshape(-1)
    size = max(1, round(window_s * RATE))
    count = len(samples) // size
    if count == 0:
        return float("-inf")
    power = (samples[: count * size].reshape(count, size) ** 2).mean(axis=1)
    loudest = float(power.max())
    if loudest <= 0:
        return float("-inf")
    active = power[power >= loudest * 10 ** (-floor_db / 10)]
    return float(10 * np.log10(active.mean()))


def loudness_db(name: str, x: npt.ArrayLike) -> float:
    """The loudness the cues are matched on (ringing cues: over their first second)."""
    samples = np.asarray(x, dtype=np.float64).reshape(-1)
    if name in RINGING:
        samples = samples[:RATE]
    return active_rms_db(samples)


def synthesize(name: str) -> npt.NDArray[np.float32]:
    """The cue `name`, mono float32 at `RATE`, at the common loudness.

    Raises KeyError for a name that is not a built-in cue.
    """
    raw = CUES[name]()
    gain = 10 ** ((TARGET_RMS_DB - loudness_db(name, raw)) / 20)
    out = raw * gain
    peak_limit = 10 ** (PEAK_LIMIT_DB / 20)
    peak = float(np.abs(out).max())
    if peak > peak_limit:  # never reached by the cues above; a safety net when tuning
        out *= peak_limit / peak
    return out.astype(np.float32)
