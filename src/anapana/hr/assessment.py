"""The resonance assessment over the paced blocks of a session (the resonance-rate finder).

Blocks are the plan's breathing segments; a block's rate is 60 s over its median breath.
The first `skip_s` (30 s) of each block are left out while heart rate settles into the
new pace. Over the rest of each block the assessment measures, after artifact
correction (artifacts.py):

- **peak-to-trough**: the mean heart-rate swing of the block's whole breaths;
- **LF power** and **LF peak** (height and frequency): the Welch spectrum of the RR
  tachogram over the block's window, 0.04–0.15 Hz;
- **phase synchrony**: how steadily heart rate rises and falls in step with the breath
  (breath_locked.py).

Choosing the rate, after Shaffer & Meehan 2020 (Front. Neurosci. 14:570400), who compare
the rates on these criteria and pick the one that does best across them: each criterion
is scaled by its best value among the rates (so 1 is the best rate on it), and the
scaled values are averaged with peak-to-trough counted twice — the swing itself is what
resonance enlarges (Lehrer, Vaschillo & Vaschillo 2000) and what the breath-by-breath
display shows. The rate with the highest score is recommended, among the rates where
heart rate clearly follows the breath (phase synchrony at least 0.6 and the LF peak
within 0.015 Hz of the pace); when it follows at none, nothing is recommended. A block
needs at least three whole breaths covered by the recording to count.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from anapana.core.plan import Plan
from anapana.hr.artifacts import correct_artifacts
from anapana.hr.breath_locked import Breath, paced_breaths, phase_relation, swings
from anapana.hr.metrics import band_powers, resample, spectrum, time_domain
from anapana.hr.model import Assessment, RateResult, Reason, RRSeries
from anapana.hr.reason_text import reason_text

SKIP_S = 30.0
MIN_BREATHS = 3
MIN_PHASE_SYNC = 0.6
MAX_PEAK_OFFSET_HZ = 0.015
"""A pace is a candidate only if heart rate follows the breath there: phase synchrony at
least MIN_PHASE_SYNC and the LF peak within MAX_PEAK_OFFSET_HZ of the breathing rate
(a single LF peak at the pace, one of Shaffer & Meehan's criteria). Noise alone (a
loose strap, a file of random intervals) seldom passes both."""
WEIGHTS = {"peak_trough": 2.0, "lf_power": 1.0, "lf_peak": 1.0, "phase_sync": 1.0}


@dataclass(frozen=True, slots=True)
class Block:
    segment: int
    per_min: float
    start_s: float
    end_s: float
    breaths: tuple[Breath, ...]


def paced_blocks(plan: Plan, skip_s: float = SKIP_S) -> list[Block]:
    """The plan's breathing segments as blocks, each window starting after `skip_s`."""
    by_segment: dict[int, list[Breath]] = {}
    for breath in paced_breaths(plan):
        by_segment.setdefault(breath.segment, []).append(breath)
    blocks: list[Block] = []
    for segment in plan.segments:
        breaths = by_segment.get(segment.index)
        if not breaths:
            continue
        end = max(b.end_s for b in breaths)
        # A short block keeps at least half of itself to measure.
        skip = min(skip_s, (end - segment.start_s) / 2.0)
        start = segment.start_s + skip
        inside = tuple(b for b in breaths if b.start_s >= start - 1e-6 and b.end_s <= end)
        per_min = 60.0 / statistics.median(b.duration_s for b in breaths)
        blocks.append(Block(segment.index, round(per_min, 2), start, end, inside))
    return blocks


def _rate(block: Block, times: list[float], hr: list[float],
          hr_grid: tuple[np.ndarray, np.ndarray], rr_grid: tuple[np.ndarray, np.ndarray]
          ) -> RateResult:
    lo = int(np.searchsorted(times, block.start_s))
    hi = int(np.searchsorted(times, block.end_s))
    empty = RateResult(block.per_min, block.start_s, block.end_s, None, None, None, None,
                       breaths=0, beats=hi - lo, segment=block.segment)
    if not times or times[0] > block.start_s:
        return empty
    block_swings = swings(times, hr, block.breaths)
    if len(block_swings) < MIN_BREATHS:
        return empty
    peak_trough = statistics.fmean(s.swing_bpm for s in block_swings)
    end = min(block.end_s, times[-1])  # a recording may stop a moment before the plan

    grid, rr_values = rr_grid
    window = (grid >= block.start_s) & (grid < end)
    lf_power = lf_peak_hz = lf_peak = None
    if np.count_nonzero(window) >= 64:
        # One Hann-windowed segment over the whole block: 90 s gives 0.011 Hz bins,
        # fine enough to tell 4.5 from 5 breaths a minute after zero-padding.
        freqs, psd = spectrum(rr_values[window], segment_s=end - block.start_s)
        bands = band_powers(freqs, psd)
        lf_power, lf_peak_hz, lf_peak = bands.lf_power_ms2, bands.lf_peak_hz, \
            bands.lf_peak_ms2_hz
    relation = phase_relation(hr_grid[0], hr_grid[1],
                              [b for b in block.breaths if b.end_s <= end])
    return RateResult(
        per_min=block.per_min, start_s=block.start_s, end_s=end,
        peak_trough_bpm=peak_trough, lf_peak_hz=lf_peak_hz, lf_power_ms2=lf_power,
        phase_sync=relation.sync if relation else None,
        phase_lag_deg=relation.lag_deg if relation else None,
        lf_peak_ms2_hz=lf_peak, breaths=len(block_swings), beats=hi - lo,
        segment=block.segment)


def _criteria(rate: RateResult) -> dict[str, float | None]:
    return {"peak_trough": rate.peak_trough_bpm, "lf_power": rate.lf_power_ms2,
            "lf_peak": rate.lf_peak_ms2_hz, "phase_sync": rate.phase_sync}


def score_rates(rates: list[RateResult]) -> list[RateResult]:
    """`rates` with their `score`: the weighted mean of each criterion over its best."""
    valid = [r for r in rates if r.peak_trough_bpm is not None]
    best: dict[str, float] = {}
    for name in WEIGHTS:
        values = [v for r in valid if (v := _criteria(r)[name]) is not None]
        best[name] = max(values) if values else 0.0
    scored: list[RateResult] = []
    for rate in rates:
        if rate.peak_trough_bpm is None:
            scored.append(rate)
            continue
        total = 0.0
        for name, weight in WEIGHTS.items():
            value = _criteria(rate)[name]
            if value is not None and best[name] > 0:
                total += weight * max(0.0, value) / best[name]
        scored.append(_replace_score(rate, total / sum(WEIGHTS.values())))
    return scored


def _replace_score(rate: RateResult, score: float) -> RateResult:
    return replace(rate, score=score)


def _reason(rates: list[RateResult], best: RateResult) -> Reason:
    valid = [r for r in rates if r.peak_trough_bpm is not None]
    if len(valid) == 1:
        return Reason("only-one", per_min=best.per_min)
    led = []
    for name in WEIGHTS:
        values = [(v, r) for r in valid if (v := _criteria(r)[name]) is not None]
        if values and max(values, key=lambda item: item[0])[1] is best:
            led.append(name)
    others = sorted((r for r in valid if r is not best), key=lambda r: -r.score)
    runner = others[0]
    close = runner.per_min if runner.score > 0.95 * best.score else None
    return Reason("best", per_min=best.per_min, swing_bpm=best.peak_trough_bpm,
                  led=tuple(led), close_per_min=close)


def _follows(rate: RateResult) -> bool:
    """Heart rate follows the breath: in step, and its LF peak at the breathing rate."""
    return ((rate.phase_sync or 0.0) >= MIN_PHASE_SYNC and rate.lf_peak_hz is not None
            and abs(rate.lf_peak_hz - rate.per_min / 60.0) <= MAX_PEAK_OFFSET_HZ)


def recommend(rates: list[RateResult]) -> tuple[RateResult | None, Reason]:
    """The best of scored `rates` (None when none was measured) and why
    (`hr.reason_text` says it in words)."""
    valid = [r for r in rates if r.peak_trough_bpm is not None]
    if not rates:
        return None, Reason("no-paced-breathing")
    if not valid:
        return None, Reason("too-few-beats", min_breaths=MIN_BREATHS)
    following = [r for r in valid if _follows(r)]
    if not following:
        return None, Reason("not-following")
    best = max(following, key=lambda r: (r.score, r.peak_trough_bpm or 0.0))
    return best, _reason(rates, best)


def assess(rr_ms: Sequence[float], plan: Plan, skip_s: float = SKIP_S) -> Assessment:
    """Assess a recording whose first beat interval starts at plan time 0.

    Raises ValueError for fewer than two intervals, and metrics.MissingScipy when
    scipy is not installed.
    """
    correction = correct_artifacts(rr_ms)
    overall = time_domain(correction.rr_ms)
    series = RRSeries.from_intervals(correction.rr_ms)
    times = series.beat_times_s
    hr = series.hr_bpm
    # For the phase, each beat's rate belongs to the middle of its interval: placed at the
    # closing beat it would seem to lag the breath by half a beat (about 15°).
    hr_grid = resample([t - rr / 2000.0 for t, rr in zip(times, series.intervals_ms,
                                                          strict=True)], hr)
    rr_grid = resample(times, list(series.intervals_ms))
    blocks = paced_blocks(plan, skip_s)
    rates = score_rates([_rate(b, times, hr, hr_grid, rr_grid) for b in blocks])
    best, why = recommend(rates)
    return Assessment(
        mean_hr_bpm=overall.mean_hr_bpm, rmssd_ms=overall.rmssd_ms, sdnn_ms=overall.sdnn_ms,
        artifacts_corrected=correction.corrected, rates=rates,
        best_per_min=best.per_min if best else None, reason=reason_text(why), why=why)

