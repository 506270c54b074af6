"""The heart during one practice, on the plan's time axis (Qt-free, so tests need no display).

Samples arrive stamped with the monotonic clock (`HeartSample.time_s`); the player's
plan time is a different axis that stops while paused. Each frame the app tells the
track where the two stand (`note_frame`); a beat is placed on plan time through the
latest offset seen while playing. A sample that carries several RR intervals puts its
last beat at its arrival and the others before it, one interval apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from anapana.core.plan import Plan
from anapana.hr.sources import HeartSample, SourceState

ODD_BEAT = 0.25
"""A beat more than this far (as a fraction) from the median of the last few is left
out of the trace and the swing: one ectopic or missed beat would otherwise dwarf the
breath's own rise and fall. The log keeps every beat; its figures are corrected by
`anapana.hr.artifacts` (Lipponen & Tarvainen 2019) instead."""


@dataclass(frozen=True, slots=True)
class Beat:
    plan_s: float
    rr_ms: float
    odd: bool = False
    """Far from its neighbours (likely an ectopic, missed or extra beat)."""

    @property
    def bpm(self) -> float:
        return 60000.0 / self.rr_ms


def breath_windows(plan: Plan) -> list[tuple[float, float]]:
    """(start, end) of every paced breath: from one inhale's start to the next one's."""
    breath = [p for p in plan.phases
              if p.kind in ("inhale", "hold_in", "exhale", "hold_out") and not p.open]
    starts = [p.start_s for p in breath if p.kind == "inhale"]
    last_end = max((p.end_s for p in breath), default=0.0)
    windows: list[tuple[float, float]] = []
    if not starts:
        return windows  # a body scan or a silent sit: no paced breath
    for start, end in zip(starts, [*starts[1:], last_end], strict=True):
        if 0 < end - start < 60.0:  # not across a body scan or a silence
            windows.append((start, end))
    return windows


def swing(beats: list[Beat], start: float, end: float) -> float | None:
    """Heart rate's highest minus lowest value over one breath (needs 3 regular beats)."""
    rates = [b.bpm for b in beats if start <= b.plan_s < end and not b.odd]
    return max(rates) - min(rates) if len(rates) >= 3 else None


class HeartTrack:
    """Beats of one practice in plan time, and what the player shows of them."""

    def __init__(self, plan: Plan, source_name: str = "") -> None:
        self.plan = plan
        self.source_name = source_name
        self.beats: list[Beat] = []
        self.rates: list[tuple[float, float]] = []
        """(plan_s, bpm) of samples without RR intervals (optical sensors)."""
        self._windows = breath_windows(plan)
        self._offset: float | None = None
        self._playing = False
        self._state = SourceState.IDLE
        self._signal_since: float | None = None
        self.signal_s = 0.0

    # -- input --------------------------------------------------------------------------
    def note_frame(self, clock_s: float, plan_s: float, playing: bool) -> None:
        """Where plan time stands on the monotonic clock now (call every frame)."""
        if playing:
            self._offset = plan_s - clock_s
        self._count_signal(clock_s)
        self._playing = playing
        self._restart_count(clock_s)

    def note_state(self, state: SourceState, clock_s: float) -> None:
        self._count_signal(clock_s)
        self._state = state
        self._restart_count(clock_s)

    def _count_signal(self, clock_s: float) -> None:
        if self._signal_since is not None:
            self.signal_s += max(0.0, clock_s - self._signal_since)

    def _restart_count(self, clock_s: float) -> None:
        on = self._playing and self._state in (SourceState.CONNECTED, SourceState.NO_CONTACT)
        self._signal_since = clock_s if on else None

    def add(self, sample: HeartSample) -> None:
        if self._offset is None or not self._playing:
            return  # before plan time 0, or paused: not part of the practice
        at = sample.time_s + self._offset
        rr = [v for v in sample.rr_ms if 200.0 <= v <= 3000.0 and math.isfinite(v)]
        if not rr:
            if 20 <= sample.bpm <= 250:
                self.rates.append((at, float(sample.bpm)))
            return
        times = [at]
        for value in reversed(rr[1:]):
            times.append(times[-1] - value / 1000.0)
        for t, value in zip(reversed(times), rr, strict=True):
            if t >= 0:
                recent = sorted(b.rr_ms for b in self.beats[-5:])
                median = recent[len(recent) // 2] if len(recent) >= 3 else value
                self.beats.append(Beat(t, value, abs(value - median) > ODD_BEAT * median))

    # -- what is shown ----------------------------------------------------------------
    def points(self) -> tuple[list[float], list[float]]:
        """Plan times and heart rates to draw (beats, or the strap's rate without RR)."""
        if self.beats:
            regular = [b for b in self.beats if not b.odd]
            return [b.plan_s for b in regular], [b.bpm for b in regular]
        return [t for t, _ in self.rates], [r for _, r in self.rates]

    def last_swing(self, plan_s: float) -> float | None:
        """The swing of the last whole breath that ended by `plan_s`."""
        for start, end in reversed(self._windows):
            if end <= plan_s:
                return swing(self.beats, start, end)
        return None

    def swings(self) -> list[float]:
        return [s for start, end in self._windows
                if (s := swing(self.beats, start, end)) is not None]

    def rr_ms(self) -> list[float]:
        return [b.rr_ms for b in self.beats]

    def rr_from_plan_zero(self) -> list[float]:
        """The RR series with its first interval starting at plan time 0, as the
        assessment (`anapana.hr.assess`) and an RR file expect: the stretch before the
        first beat counts as one interval."""
        if not self.beats:
            return []
        first = self.beats[0]
        head = first.plan_s * 1000.0
        return [head, *[b.rr_ms for b in self.beats[1:]]]
