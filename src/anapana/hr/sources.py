"""Where heart beats come from: one interface, and the sources that need no radio.

A `HeartRateSource` hands `HeartSample`s and `SourceState` changes to the listeners
given to `subscribe`. The Bluetooth source (`anapana.hr.ble`) calls them from its own
thread; the Qt side turns them into queued signals. The replay and simulator sources
here have no thread and no clock of their own: time is an input, `advance(now_s)`
delivers the beats that have happened by `now_s`, so tests step them exactly and the
app drives them from its frame timer.

`HeartSample.time_s` is on the caller's monotonic clock (the one `start` and
`advance` are given): the app maps it to plan time the same way for every source.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anapana.core.plan import Plan

logger = logging.getLogger(__name__)


class SourceState(StrEnum):
    IDLE = "idle"
    """Not started, or stopped."""
    SEARCHING = "searching"
    """Looking for the strap (at start, and between reconnection attempts)."""
    CONNECTED = "connected"
    """Beats are arriving."""
    NO_CONTACT = "no_contact"
    """Connected, but the strap says it does not touch the skin."""
    LOST = "lost"
    """The signal went away; the source is trying again by itself."""


@dataclass(frozen=True, slots=True)
class HeartSample:
    time_s: float
    """When it arrived, on the monotonic clock the source was given."""
    bpm: float
    rr_ms: tuple[float, ...] = ()
    """The intervals completed since the last sample, oldest first (may be empty)."""
    contact: bool | None = None
    """Skin contact, or None when the strap cannot tell."""


SampleListener = Callable[[HeartSample], None]
StateListener = Callable[[SourceState], None]


class HeartRateSource:
    """The interface every source keeps; subclasses call `_emit` and `_set_state`.

    Listeners may be called from another thread (the BLE source's); a listener that
    raises is logged and dropped from that call, never allowed to stop the source.
    """

    name = "Heart-rate source"
    own_thread = False
    """True for sources that deliver by themselves; the others need `advance` calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sample_listeners: list[SampleListener] = []
        self._state_listeners: list[StateListener] = []
        self._state = SourceState.IDLE
        self.battery_pct: int | None = None

    @property
    def state(self) -> SourceState:
        return self._state

    def subscribe(self, on_sample: SampleListener | None = None,
                  on_state: StateListener | None = None) -> None:
        with self._lock:
            if on_sample is not None:
                self._sample_listeners.append(on_sample)
            if on_state is not None:
                self._state_listeners.append(on_state)

    def start(self, now_s: float) -> None:
        raise NotImplementedError

    def advance(self, now_s: float) -> None:
        """Deliver what has happened by `now_s` (sources with their own thread ignore it)."""

    def stop(self) -> None:
        self._set_state(SourceState.IDLE)

    def _emit(self, sample: HeartSample) -> None:
        with self._lock:
            listeners = list(self._sample_listeners)
        for listener in listeners:
            try:
                listener(sample)
            except Exception:
                logger.exception("a heart-sample listener failed")

    def _set_state(self, state: SourceState) -> None:
        if state == self._state:
            return
        self._state = state
        with self._lock:
            listeners = list(self._state_listeners)
        for listener in listeners:
            try:
                listener(state)
            except Exception:
                logger.exception("a heart-state listener failed")


class BeatTrainSource(HeartRateSource):
    """Plays a fixed series of RR intervals as beats, from the moment it is started.

    One sample per beat, as a strap's notification with one RR interval. `gaps` are
    (from_s, to_s) stretches after the start with no signal (state LOST), for demos
    and tests of the calm "signal lost" display. At the end of the series: LOST.
    """

    def __init__(self, rr_ms: Sequence[float], *, name: str = "Recorded beats",
                 gaps: Sequence[tuple[float, float]] = ()) -> None:
        super().__init__()
        self.name = name
        self._rr = [float(v) for v in rr_ms if v > 0]
        self._gaps = [(float(a), float(b)) for a, b in gaps]
        self._start: float | None = None
        self._next = 0
        self._next_at_s = 0.0
        """Time of the next beat after the start, in seconds."""

    def start(self, now_s: float) -> None:
        self._start = now_s
        self._next = 0
        self._next_at_s = self._rr[0] / 1000.0 if self._rr else 0.0
        self._set_state(SourceState.CONNECTED if self._rr else SourceState.LOST)

    def stop(self) -> None:
        self._start = None
        super().stop()

    def _in_gap(self, since_s: float) -> bool:
        return any(a <= since_s < b for a, b in self._gaps)

    def advance(self, now_s: float) -> None:
        if self._start is None:
            return
        since = now_s - self._start
        while self._next < len(self._rr) and self._next_at_s <= since:
            rr = self._rr[self._next]
            at = self._next_at_s
            self._next += 1
            if self._next < len(self._rr):
                self._next_at_s += self._rr[self._next] / 1000.0
            if self._in_gap(at):
                continue
            self._set_state(SourceState.CONNECTED)
            self._emit(HeartSample(self._start + at, 60000.0 / rr, (rr,), True))
        if self._next >= len(self._rr) or self._in_gap(since):
            self._set_state(SourceState.LOST)


class ReplaySource(BeatTrainSource):
    """A recorded RR file (one interval in ms a line), read by `anapana.hr.rr_file`."""

    def __init__(self, path: Path) -> None:
        from anapana.hr.rr_file import read_rr_file

        series = read_rr_file(path)  # RRFileError (a ValueError) names file and line
        super().__init__(series.intervals_ms, name=f"Replay of {path.name}")


class SimulatedSource(BeatTrainSource):
    """A simulated person following `plan`, resonating at `resonance_per_min`.

    The beats are `anapana.hr.simulate.simulate_rr`'s for the whole plan, counted from
    `start` (call it when the plan's time 0 begins).
    """

    def __init__(self, plan: Plan, resonance_per_min: float, seed: int = 0, *,
                 gaps: Sequence[tuple[float, float]] = ()) -> None:
        from anapana.hr.simulate import simulate_rr

        rr = simulate_rr(plan, resonance_per_min, seed)
        super().__init__(rr, name=f"Simulated heart ({resonance_per_min:g}/min)", gaps=gaps)
