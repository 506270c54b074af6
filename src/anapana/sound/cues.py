"""Playing a plan's cues on time: a thread that wakes at each cue's absolute deadline.

The player owns plan time; it hands the scheduler the upcoming `PlanCue`s and a function
turning a plan time into a deadline on the `monotonic()` reading of the `Clock` both are
given (`anapana.core.clock`). The scheduler sleeps until a
little before each deadline, has the output mix the cue ahead (`prepare(..., at=)`),
spins the last `spin_s`, and plays the cue (aiming at ≤ 5 ms late). Pausing clears
pending cues; resuming or skipping reschedules from the new place, and cues already past
are not played. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.plan import PlanCue
from anapana.sound.output import Channel, SoundOutput

log = logging.getLogger(__name__)

TOGETHER_S = 0.001
"""Cues due within this of each other are played together."""
REMEMBERED = 64
"""How many dispatched cues are remembered, so a schedule handed over again right after
one played cannot play it a second time."""

CHANNEL_OF_EVENT: dict[str, Channel] = {
    "inhale": "breath",
    "exhale": "breath",
    "hold": "breath",
    "start": "bell",
    "end": "bell",
    "step": "bell",
    "bell": "bell",
    "speech": "voice",
}


def channel_of(cue: PlanCue) -> Channel:
    """Breath cues go to the breath channel, rendered speech and recordings to the voice
    one; bells, steps, start and end to the bell one."""
    return CHANNEL_OF_EVENT.get(cue.event, "bell")


@dataclass(frozen=True, slots=True)
class CuePlayed:
    """A record of one dispatch: when it was due, and when the play call returned."""

    cue: PlanCue
    deadline: float
    returned: float

    @property
    def late_s(self) -> float:
        return self.returned - self.deadline


@dataclass(order=True, slots=True)
class _Pending:
    deadline: float
    order: int
    cue: PlanCue = field(compare=False)


def sound_of(cue: PlanCue) -> str:
    """What to hand the output: the resolved file of a `.wav` cue, else the cue's name."""
    return str(cue.path) if cue.path is not None else cue.sound


class CueScheduler:
    """Plays cues at their deadlines on its own thread.

    `output` is any `SoundOutput`; `on_played` hears every dispatch (for logs and the
    bench); `on_error` hears a cue that could not be played (once per sound).
    """

    def __init__(
        self,
        output: SoundOutput,
        *,
        clock: Clock = SYSTEM_CLOCK,
        spin_s: float = 0.002,
        prepare_s: float = 1.0,
        mix_lead_s: float = 0.03,
        late_limit_s: float = 0.25,
        on_played: Callable[[CuePlayed], None] | None = None,
        on_error: Callable[[PlanCue, Exception], None] | None = None,
        start: bool = True,
    ) -> None:
        self.output = output
        self._clock = clock
        self.spin_s = spin_s
        self.prepare_s = prepare_s
        self.mix_lead_s = mix_lead_s
        self.late_limit_s = late_limit_s
        self._on_played = on_played
        self._on_error = on_error
        self._pending: list[_Pending] = []
        self._dispatched: deque[tuple[float, PlanCue]] = deque(maxlen=REMEMBERED)
        self._prepared: set[str] = set()
        self._failed: set[str] = set()
        self._wake = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        if start:
            self._thread = threading.Thread(target=self._run, name="anapana-cues", daemon=True)
            self._thread.start()

    # the player's side ----------------------------------------------------
    def schedule(self, cues: Iterable[PlanCue], deadline_of: Callable[[float], float]) -> None:
        """Replace what is pending with `cues`, each due at `deadline_of(cue.at_s)`.

        Cues more than `late_limit_s` in the past are dropped (they were skipped over).
        """
        now = self._clock.monotonic()
        pending = [_Pending(deadline_of(cue.at_s), index, cue) for index, cue in enumerate(cues)]
        pending = [p for p in pending if p.deadline >= now - self.late_limit_s]
        pending.sort()
        with self._wake:
            # The same cue at the same deadline was played already (a schedule handed over
            # again just after it, e.g. when a spoken line became ready): not twice.
            played = [(deadline, cue) for deadline, cue in self._dispatched
                      if deadline >= now - 2 * self.late_limit_s]
            self._pending = [p for p in pending if not any(
                abs(deadline - p.deadline) <= TOGETHER_S and cue == p.cue
                for deadline, cue in played)]
            self._wake.notify()

    reschedule = schedule

    def clear(self) -> None:
        """Cancel every pending cue (on pause, stop or before a skip)."""
        with self._wake:
            self._pending = []
            self._wake.notify()

    @property
    def pending(self) -> tuple[PlanCue, ...]:
        with self._wake:
            return tuple(p.cue for p in self._pending)

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._pending = []
            self._wake.notify()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=1.0)

    # the thread's side -----------------------------------------------------
    def take_due(self, now: float) -> list[_Pending]:
        """Pop the cues due by `now` (those too late are dropped, not returned)."""
        with self._wake:
            due = []
            while self._pending and self._pending[0].deadline <= now:
                item = self._pending.pop(0)
                if now - item.deadline <= self.late_limit_s:
                    due.append(item)
                    self._dispatched.append((item.deadline, item.cue))
                else:
                    log.info(
                        "cue %s dropped: %.0f ms late", item.cue.sound, 1000 * (now - item.deadline)
                    )
            return due

    def dispatch(self, item: _Pending) -> None:
        """Play one cue now; a broken sound is reported once and never stops the others."""
        cue = item.cue
        sound = sound_of(cue)
        try:
            self.output.play(sound, channel_of(cue))
        except Exception as error:
            self._report(cue, sound, error)
            return
        returned = self._clock.monotonic()
        if self._on_played is not None:
            self._on_played(CuePlayed(cue, item.deadline, returned))

    def _prepare_upcoming(self, now: float) -> None:
        with self._wake:
            upcoming = [p.cue for p in self._pending if p.deadline - now <= self.prepare_s]
        for cue in upcoming:
            sound = sound_of(cue)
            key = f"{sound}\0{channel_of(cue)}\0{self.output.volume(channel_of(cue))}"
            if key in self._prepared or sound in self._failed:
                continue
            self._prepared.add(key)
            with contextlib.suppress(Exception):  # reported when it is due
                self.output.prepare(sound, channel_of(cue))

    def preload(self, cues: Iterable[PlanCue]) -> None:
        """Decode every sound of `cues` now, in the caller's thread (call it on load)."""
        for cue in cues:
            with contextlib.suppress(Exception):  # reported when it is due
                self.output.prepare(sound_of(cue), channel_of(cue))

    def _together(self, first: _Pending) -> list[_Pending]:
        """The pending cues due at the same moment as `first` (a step's chime and line)."""
        with self._wake:
            return [p for p in self._pending if abs(p.deadline - first.deadline) <= TOGETHER_S]

    def _mix_ahead(self, item: _Pending) -> None:
        """Let the output mix the next cue (and those due with it) with what will still
        ring at its deadline."""
        group = self._together(item)
        many = getattr(self.output, "prepare_many", None)
        with contextlib.suppress(Exception):  # reported when it is due
            if len(group) > 1 and many is not None:
                many([(sound_of(p.cue), channel_of(p.cue)) for p in group], at=item.deadline)
            else:
                self.output.prepare(sound_of(item.cue), channel_of(item.cue), at=item.deadline)

    def dispatch_together(self, items: list[_Pending]) -> None:
        """Play cues due at the same moment in one go (one mix, one buffer)."""
        play_many = getattr(self.output, "play_many", None)
        if len(items) < 2 or play_many is None:
            for item in items:
                self.dispatch(item)
            return
        playable = []
        for item in items:
            sound = sound_of(item.cue)
            try:  # decoded already (cached): this only finds a broken sound
                self.output.prepare(sound, channel_of(item.cue))
            except Exception as error:
                self._report(item.cue, sound, error)
                continue
            playable.append(item)
        try:
            play_many([(sound_of(p.cue), channel_of(p.cue)) for p in playable])
        except Exception as error:
            for item in playable:
                self._report(item.cue, sound_of(item.cue), error)
            return
        returned = self._clock.monotonic()
        if self._on_played is not None:
            for item in playable:
                self._on_played(CuePlayed(item.cue, item.deadline, returned))

    def _report(self, cue: PlanCue, sound: str, error: Exception) -> None:
        if sound not in self._failed:
            self._failed.add(sound)
            log.warning("cue %s could not be played: %s", sound, error)
            if self._on_error is not None:
                self._on_error(cue, error)

    def _run(self) -> None:
        mixed_for: _Pending | None = None
        while True:
            with self._wake:
                if self._closed:
                    return
                if not self._pending:
                    self._wake.wait()
                    continue
                first = self._pending[0]
                wait_s = first.deadline - self.spin_s - self._clock.monotonic()
                if wait_s > self.mix_lead_s:
                    # Short naps: the schedule may change, and upcoming sounds get ready.
                    self._wake.wait(min(wait_s - self.mix_lead_s, self.prepare_s / 4))
                    napped = True
                else:
                    napped = False
            if napped:
                self._prepare_upcoming(self._clock.monotonic())
                continue
            if mixed_for is not first:
                mixed_for = first
                self._mix_ahead(first)
                continue  # look at the clock and the schedule again
            if wait_s > 0:
                with self._wake:
                    if self._pending and self._pending[0] is first:
                        self._wake.wait(wait_s)
                continue
            # The last ~2 ms: spin, sleep is too coarse.
            while self._clock.monotonic() < first.deadline:
                pass
            self.dispatch_together(self.take_due(self._clock.monotonic()))
