"""A simulated heart for demos, tests and the benchmark: RR intervals of a person
following a plan, with a chosen resonance rate.

The model (all of it deterministic per seed; every subject's parameters are drawn
from the seed):

- **Breathing.** In breathing segments the person follows the pacer, a little late
  (0.1–0.5 s) and with a small wobble; elsewhere (settling, prompts) they breathe by
  themselves at 11–16 breaths a minute.
- **Resonance.** The baroreflex loop is modelled as a damped oscillator at the
  subject's resonance frequency fr. Breathing at f drives a heart-rate swing of
  relative size |H(f)|, H = 2iζr / (1 − r² + 2iζr), r = f/fr: the band-pass form,
  which peaks exactly at fr (half-swing 3.5–7 bpm there). The damping ratio ζ is
  drawn from 0.15–0.3, so breathing 1.5 times faster than resonance leaves a third
  to three fifths of the swing, and one 0.5-breath step away about 85–96 % of it: a choice
  of this model, not a measured population figure. The phase against lung volume is
  0° at resonance; heart rate leads below fr and lags above it (Vaschillo et al.).
  The swing builds up and dies away over about 8 s.
- **Fast vagal RSA.** A swing of 0.7–1.5 bpm in step with lung volume at any rate.
- **Slow changes.** Heart rate 56–76 bpm at rest, a trend of −4 to +1 bpm over the
  session, slow wandering below 0.02 Hz (about ±1.5 bpm) and a weak Mayer wave near
  0.1 Hz that runs regardless of breathing.
- **Beats.** Integral pulse frequency modulation turns heart rate into beat times;
  each beat is jittered (SD 4–8 ms).
- **Artifacts** (unless `artifacts=False`): about 0.4 % of beats ectopic (premature at
  60–75 % of the interval, with a compensatory pause), 0.3 % missed (the strap drops a
  beat: two intervals merge) and 0.15 % extra (an interval split in two).

Intervals are rounded to the millisecond, as straps report them. This is a model for
testing the analysis, not a claim about any one person's physiology.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from anapana.core.plan import Plan
from anapana.hr.breath_locked import paced_breaths

Array = npt.NDArray[np.float64]

DT = 0.05
BUILD_UP_S = 8.0


def resonance_gain(breath_hz: float, resonance_hz: float, damping: float) -> complex:
    """The oscillator's band-pass response at `breath_hz`: 1 at 0° at resonance, less and
    leading below it, less and lagging above it."""
    r = breath_hz / resonance_hz
    # 2iζr / (1 − r² + 2iζr): the band-pass form peaks exactly at fr (the plain
    # oscillator's amplitude peaks a little below its natural frequency).
    return complex(0.0, 2.0 * damping * r) / complex(1.0 - r * r, 2.0 * damping * r)


def _smooth_noise(rng: np.random.Generator, n: int, dt: float, corner_hz: float) -> Array:
    """Gaussian noise low-passed below `corner_hz`, scaled to unit SD."""
    white = rng.normal(size=n)
    alpha = 1.0 - math.exp(-2.0 * math.pi * corner_hz * dt)
    out = np.empty(n)
    level = 0.0
    for k in range(n):
        level += alpha * (white[k] - level)
        out[k] = level
    sd = float(np.std(out))
    return out / sd if sd > 0 else out


def simulate_rr(plan: Plan, resonance_per_min: float, seed: int = 0, *,
                artifacts: bool = True) -> list[float]:
    """RR intervals (ms) from plan time 0 to the plan's end; deterministic per seed.

    The first interval starts with a beat at plan time 0.
    """
    if not 2.0 <= resonance_per_min <= 12.0:
        raise ValueError("a resonance rate between 2 and 12 breaths a minute, please")
    rng = np.random.default_rng(seed)
    fr = resonance_per_min / 60.0
    damping = rng.uniform(0.15, 0.3)
    swing_at_resonance = rng.uniform(3.5, 7.0)
    vagal = rng.uniform(0.7, 1.5)
    hr0 = rng.uniform(56.0, 76.0)
    trend = rng.uniform(-4.0, 1.0)
    follow_lag_s = rng.uniform(0.1, 0.5)
    spontaneous_hz = rng.uniform(11.0, 16.0) / 60.0
    mayer_hz = rng.uniform(0.085, 0.11)
    mayer_amp = rng.uniform(0.2, 0.6)
    jitter_ms = rng.uniform(4.0, 8.0)

    total = max(plan.total_s, 10.0)
    n = int(total / DT) + 2
    t = np.arange(n) * DT

    # Breath phase theta (lung volume highest at pi) and breathing frequency, per sample.
    theta = np.empty(n)
    freq = np.empty(n)
    breaths = paced_breaths(plan)
    spont_rate = spontaneous_hz * (1.0 + 0.08 * _smooth_noise(rng, n, DT, 0.02))
    spont_phase = 2.0 * math.pi * np.cumsum(spont_rate) * DT
    theta[:] = spont_phase
    freq[:] = spont_rate
    shifted = t - follow_lag_s
    for breath in breaths:
        inside = (shifted >= breath.start_s) & (shifted < breath.end_s)
        if not np.any(inside):
            continue
        s = shifted[inside]
        up = breath.volume_peak_s - breath.start_s
        down = breath.end_s - breath.volume_peak_s
        theta[inside] = np.where(
            s < breath.volume_peak_s,
            math.pi * (s - breath.start_s) / max(up, 1e-3),
            math.pi + math.pi * (s - breath.volume_peak_s) / max(down, 1e-3))
        freq[inside] = 1.0 / breath.duration_s
    # The paced stretches and the spontaneous ones join without a phase jump mattering:
    # the swing's amplitude and phase are smoothed below.
    theta += 0.15 * _smooth_noise(rng, n, DT, 0.2)

    # Complex swing amplitude (bpm) for the current breathing rate, built up over ~8 s.
    target = np.array([swing_at_resonance * resonance_gain(f, fr, damping) for f in freq])
    amplitude = np.empty(n, dtype=np.complex128)
    alpha = 1.0 - math.exp(-DT / (BUILD_UP_S / 3.0))
    level = target[0]
    for k in range(n):
        level += alpha * (target[k] - level)
        amplitude[k] = level
    volume = np.exp(1j * (theta - math.pi))  # real part: lung volume's fundamental
    rsa = np.real(amplitude * volume) + vagal * np.real(volume)

    drift = trend * t / total + 1.5 * _smooth_noise(rng, n, DT, 0.01)
    mayer = mayer_amp * np.sin(2.0 * math.pi * mayer_hz * t + rng.uniform(0, 2 * math.pi))
    hr = np.clip(hr0 + drift + rsa + mayer, 35.0, 150.0)

    # Integral pulse frequency modulation: a beat each time the integral passes a whole.
    cumulative = np.concatenate([[0.0], np.cumsum(hr[:-1] / 60.0 * DT)])
    counts = np.arange(1, int(cumulative[-1]) + 1, dtype=np.float64)
    beats = np.interp(counts, cumulative, t)
    beats = beats[beats <= total]
    beats = beats + rng.normal(0.0, jitter_ms / 1000.0, beats.size)
    times = [0.0, *sorted(float(b) for b in beats if b > 0.3)]

    if artifacts:
        times = _add_artifacts(times, rng)
    rr = np.diff(np.asarray(times)) * 1000.0
    return [float(round(v)) for v in rr]


def _add_artifacts(times: list[float], rng: np.random.Generator) -> list[float]:
    out = [times[0]]
    k = 1
    while k < len(times):
        u = rng.uniform()
        interval = times[k] - out[-1]
        if u < 0.004 and k + 1 < len(times):
            # Ectopic: this beat comes early; the next arrives on time (compensatory pause).
            out.append(out[-1] + interval * rng.uniform(0.6, 0.75))
        elif u < 0.007 and k + 1 < len(times) and times[k + 1] - out[-1] < 2.9:
            pass  # missed: the strap loses this beat
        elif u < 0.0085 and interval > 0.56:
            split = max(0.26, interval * rng.uniform(0.35, 0.6))
            out.extend([out[-1] + split, times[k]])  # extra: a spurious beat in between
        else:
            out.append(times[k])
        k += 1
    return out
