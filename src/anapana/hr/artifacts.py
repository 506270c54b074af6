"""Correction of ectopic, missed and extra beats in RR series.

Detection follows Lipponen & Tarvainen 2019 ("A robust algorithm for heart rate
variability time series artefact correction using novel beat classification", J Med
Eng Technol 43:173–181), the method Kubios uses, with its published constants:

- dRR (successive differences) and mRR (deviation from an 11-beat median, negative
  values doubled) are each divided by a time-varying threshold: 5.2 × the quartile
  deviation of their absolute values over a 91-beat window.
- A beat is *ectopic* when its dRR is large and the neighbouring dRR points the other
  way (the S11/S12 plane, c1 = 0.13, c2 = 0.17); *long* or *short* when dRR and the next
  two dRR (S21/S22) say so or |mRR| > 3; a long beat about twice the median is a
  *missed* beat, a short one whose sum with the next is about the median an *extra* beat.

Correction keeps every later beat where it was, so breath-locked timing survives:
- missed: the interval is split in two (or three, four) equal parts (a beat inserted);
- extra: the interval is merged with the next (the extra beat removed);
- ectopic, long or short: the misplaced beat is moved to the middle of its neighbours,
  i.e. the interval and the neighbour whose sum is nearest twice the local median are
  both set to their mean (Kubios interpolates the beat's time the same way).
Detection and correction run twice: a second pass catches what the first uncovered.

numpy only (no scipy): the running quantiles and medians shrink at the ends instead
of padding with zeros.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

C1 = 0.13
C2 = 0.17
ALPHA = 5.2
WINDOW = 91
MEDIAN_ORDER = 11
PASSES = 2
CHUNK = 4096


@dataclass(frozen=True, slots=True)
class Correction:
    """A corrected RR series and what was changed."""

    rr_ms: list[float]
    corrected: int
    """How many beats were corrected (moved, inserted or removed)."""
    ectopic: int = 0
    missed: int = 0
    extra: int = 0
    long_short: int = 0
    changed: list[int] = field(default_factory=list)
    """Indexes into `rr_ms` of intervals that a correction produced or changed."""


@dataclass(frozen=True, slots=True)
class Detection:
    """Beat classes found by the decision rules (indexes into the RR series)."""

    ectopic: list[int]
    missed: list[int]
    extra: list[int]
    long_short: list[int]


def _running(values: Array, width: int, quantiles: Sequence[float]) -> Array:
    """Quantiles over centred windows of `width`; near the ends the window shrinks.

    Returns an array of shape (len(quantiles), len(values)).
    """
    n = values.size
    half = width // 2
    out = np.empty((len(quantiles), n))
    if n > 2 * half:
        # Interior windows are all full: vectorised (nanquantile loops per row), in
        # chunks so that a day of beats never needs more than a few MB at once.
        full = np.lib.stride_tricks.sliding_window_view(values, width)
        for first in range(0, full.shape[0], CHUNK):
            rows = full[first:first + CHUNK]
            out[:, half + first:half + first + rows.shape[0]] = np.quantile(
                rows, quantiles, axis=1)
    for k in (*range(min(half, n)), *range(max(half, n - half), n)):
        out[:, k] = np.quantile(values[max(0, k - half):k + half + 1], quantiles)
    return out


def _threshold(values: Array) -> Array:
    q1, q3 = _running(np.abs(values), WINDOW, (0.25, 0.75))
    threshold: Array = ALPHA * (q3 - q1) / 2.0
    # A perfectly regular stretch has no spread; a tiny floor avoids dividing by 0.
    return np.maximum(threshold, 1e-6)


def _running_median(values: Array) -> Array:
    result: Array = _running(values, MEDIAN_ORDER, (0.5,))[0]
    return result


def detect(rr_ms: Sequence[float]) -> Detection:
    """Classify the beats of `rr_ms` (ms) after Lipponen & Tarvainen 2019 (Figure 1)."""
    return _detect(np.asarray(rr_ms, dtype=np.float64))[0]


def _detect(rr: Array) -> tuple[Detection, Array, Array]:
    """The classes, the running median and the mRR threshold (both in ms)."""
    empty = Detection([], [], [], [])
    if rr.size < 4:
        return empty, rr.copy(), np.zeros(rr.size)
    drrs = np.diff(rr, prepend=rr[0])
    drrs[0] = np.mean(drrs[1:])
    th1 = _threshold(drrs)
    drrs = drrs / th1
    pad = np.pad(drrs, 2, mode="reflect")
    s12 = np.zeros(rr.size)
    s22 = np.zeros(rr.size)
    for d in range(rr.size):
        p = d + 2
        if pad[p] > 0:
            s12[d] = max(pad[p - 1], pad[p + 1])
        elif pad[p] < 0:
            s12[d] = min(pad[p - 1], pad[p + 1])
        if pad[p] >= 0:
            s22[d] = min(pad[p + 1], pad[p + 2])
        else:
            s22[d] = max(pad[p + 1], pad[p + 2])
    medrr = _running_median(rr)
    mrrs = rr - medrr
    mrrs[mrrs < 0] *= 2.0
    th2 = _threshold(mrrs)
    mrrs = mrrs / th2

    found = Detection([], [], [], [])
    i = 0
    while i < rr.size - 2:
        if abs(drrs[i]) <= 1 and abs(mrrs[i]) <= 3:
            i += 1
            continue
        ectopic = (drrs[i] > 1 and s12[i] < -C1 * drrs[i] - C2) or (
            drrs[i] < -1 and s12[i] > -C1 * drrs[i] + C2)
        if ectopic:
            found.ectopic.append(i)
            i += 1
            continue
        candidates = [i]
        if abs(drrs[i + 1]) < abs(drrs[i + 2]):
            candidates.append(i + 1)
        for j in candidates:
            long_beat = drrs[j] > 1 and s22[j] < -1
            odd = abs(mrrs[j]) > 3
            short_beat = drrs[j] < -1 and s22[j] > 1
            if not (long_beat or odd or short_beat):
                continue
            missed = abs(rr[j] / 2 - medrr[j]) < th2[j]
            extra = j + 1 < rr.size and abs(rr[j] + rr[j + 1] - medrr[j]) < th2[j]
            if short_beat and extra:
                found.extra.append(j)
            elif long_beat and missed:
                found.missed.append(j)
            elif j not in found.long_short:
                found.long_short.append(j)
        i += 1
    # A missed beat more than twice the median (two or three lost) is still missed.
    for j in list(found.long_short):
        ratio = rr[j] / medrr[j] if medrr[j] > 0 else 0.0
        if 1.75 <= ratio <= 4.4 and abs(rr[j] / round(ratio) - medrr[j]) < th2[j]:
            found.long_short.remove(j)
            found.missed.append(j)
    return found, medrr, th2


def _correct_once(rr: list[float]) -> tuple[list[float], dict[str, int], int, list[int]]:
    found, medrr, th2 = _detect(np.asarray(rr, dtype=np.float64))
    applied = {"ectopic": 0, "missed": 0, "extra": 0, "long_short": 0}
    if not (found.ectopic or found.missed or found.extra or found.long_short):
        return rr, applied, 0, []
    action: dict[int, str] = {}
    for j in found.missed:
        action[j] = "missed"
    for j in found.extra:
        action.setdefault(j, "extra")
    for j in found.ectopic:
        action.setdefault(j, "ectopic")
    for j in found.long_short:
        action.setdefault(j, "long_short")
    out: list[float] = []
    changed: list[int] = []
    count = 0
    j = 0
    while j < len(rr):
        kind = action.get(j)
        if kind == "missed":
            parts = max(2, min(4, round(rr[j] / medrr[j])))
            changed.extend(range(len(out), len(out) + parts))
            out.extend([rr[j] / parts] * parts)
            count += parts - 1
            applied["missed"] += parts - 1
            j += 1
        elif kind == "extra" and j + 1 < len(rr):
            changed.append(len(out))
            out.append(rr[j] + rr[j + 1])
            count += 1
            applied["extra"] += 1
            j += 2
        elif kind is not None and abs(rr[j] - medrr[j]) >= th2[j]:
            # Ectopic, long or short, and truly off the local median (a flag on a beat
            # that merely follows a compensatory pause is left alone): pair it with the
            # neighbour that, together, spans two normal beats best.
            target = 2.0 * medrr[j]
            after = abs(rr[j] + rr[j + 1] - target) if j + 1 < len(rr) else np.inf
            before = abs(out[-1] + rr[j] - target) if out and (len(out) - 1) not in changed \
                else np.inf
            pair = {j, j + 1} if after <= before else {j, j - 1}
            kind = "ectopic" if pair & set(found.ectopic) else "long_short"
            if after <= before and j + 1 < len(rr):
                mean = (rr[j] + rr[j + 1]) / 2.0
                changed.extend([len(out), len(out) + 1])
                out.extend([mean, mean])
                j += 2
            elif before < np.inf:
                mean = (out[-1] + rr[j]) / 2.0
                out[-1] = mean
                changed.extend([len(out) - 1, len(out)])
                out.append(mean)
                j += 1
            else:
                out.append(rr[j])
                j += 1
                continue
            count += 1
            applied[kind] += 1
        else:
            out.append(rr[j])
            j += 1
    return out, applied, count, changed


def correct_artifacts(rr_ms: Sequence[float]) -> Correction:
    """`rr_ms` with ectopic, missed and extra beats corrected (see the module docstring)."""
    rr = [float(v) for v in rr_ms]
    totals = {"ectopic": 0, "missed": 0, "extra": 0, "long_short": 0}
    count = 0
    changed: set[int] = set()
    for _ in range(PASSES):
        rr, applied, fixed, changed_now = _correct_once(rr)
        if not fixed:
            break
        count += fixed
        # Indexes shift when beats are inserted or removed; the last pass's are exact.
        changed = set(changed_now) | {i for i in changed if i < len(rr)}
        for kind, n in applied.items():
            totals[kind] += n
    return Correction(rr, count, totals["ectopic"], totals["missed"], totals["extra"],
                      totals["long_short"], sorted(changed))
