"""The player: where in a plan we are at any instant, and what happened since.

The player never counts ticks. It keeps a small control record (when the
timeline started, how long it was paused, which open phases the user has
continued past) and computes everything else from the clock's current reading,
so a stalled caller may miss a frame but can never slow or shift the breath.
The clock is an input (`anapana.core.clock`): the system's by default, a fake one in tests.

Plan time vs. clock time: plan time runs with the clock while playing, stands
still while paused and while an open phase waits for the user, and jumps when a
segment is skipped. An open phase with a `max_s` continues by itself after that
long.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from anapana.core.breath import BreathTrack
from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.plan import Plan, PlanCue, PlanEvent, PlanPhase, PlanSegment, PlanSpeech

Status = Literal["ready", "countdown", "playing", "waiting", "paused", "finished", "stopped"]


@dataclass(frozen=True, slots=True)
class PlayerState:
    """Everything the screen needs at one instant."""

    status: Status
    """`waiting`: an open phase waits for Continue. `paused` wins over the others."""
    plan_s: float
    """Position on the plan timeline (open phases count 0 s)."""
    practised_s: float
    """Time actually spent practising: pauses and the lead-in excluded, open waits included."""
    countdown_s: float
    """Seconds left in the lead-in before the session begins (0 once it has begun)."""
    segment: PlanSegment | None
    phase: PlanPhase | None
    phase_index: int
    phase_progress: float
    """0 to 1 through the current phase (an open phase: through its `max_s`, else 0)."""
    phase_left_s: float | None
    """None while an open phase waits without a limit."""
    segment_left_s: float
    session_left_s: float
    session_progress: float
    fill: float
    """How full the breath is, 0 to 1: eased, continuous, flat during holds."""
    cycle: int | None
    """The breath cycle within the segment (0-based), for breathing phases."""
    step: PlanPhase | None
    """The current body-scan step."""
    next_step: PlanPhase | None
    """The body-scan step after this one, in the same segment, for a preview."""
    prompt: str | None
    """The text of the current prompt phase."""
    waited_s: float
    """How long the current open phase has waited."""

    @property
    def is_over(self) -> bool:
        return self.status in ("finished", "stopped")


@dataclass(frozen=True, slots=True)
class _Position:
    plan_s: float
    cursor: int
    """How many of the plan's events have happened."""
    waiting: int | None
    """The index (into `phases`) of the open phase waiting for the user, if any."""
    waited_s: float


class Player:
    """Plays a plan against a clock. Create it, `start()`, then ask `state()`/`poll()`."""

    def __init__(self, plan: Plan, clock: Clock = SYSTEM_CLOCK, lead_in_s: float = 0.0) -> None:
        self.plan = plan
        self._clock = clock
        self._lead_in_s = max(lead_in_s, 0.0)
        self._track = BreathTrack(plan.phases)
        self._event_times = [e.at_s for e in plan.events]
        self._phase_starts = [p.start_s for p in plan.phases]
        self._segment_starts = [s.start_s for s in plan.segments]
        self._open_phases = [i for i, p in enumerate(plan.phases) if p.open]
        event_of = {id(e.item): i for i, e in enumerate(plan.events)}
        self._segment_event = [event_of[id(s)] for s in plan.segments]
        self._phase_event = [event_of[id(p)] for p in plan.phases]
        self._end_cursor = next(
            (i for i, e in enumerate(plan.events)
             if isinstance(e.item, PlanCue) and e.item.event == "end"),
            len(plan.events),
        )
        self._boundary = {i: self._events_done_with(i) for i in self._open_phases}
        # The control record: all that changes.
        self._origin: float | None = None  # clock reading at plan time 0
        self._started_at = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._passed_open = 0  # open phases before this index in _open_phases are done
        self._floor_cursor = 0  # events before this index are skipped, never reported
        self._stopped_at: float | None = None
        self._skipped_to_end = False
        self._polled = 0

    # -- control ---------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._origin is not None

    def start(self) -> None:
        """Begin the lead-in (if any) and then the session, from the clock's reading now."""
        if self._origin is not None:
            return
        now = self._clock.monotonic()
        self._started_at = now + self._lead_in_s
        self._origin = self._started_at

    def pause(self) -> None:
        now = self._clock.monotonic()
        if self._origin is None or self._paused_at is not None or self._is_over(now):
            return
        self._paused_at = now

    def resume(self) -> None:
        if self._paused_at is None or self._origin is None:
            return
        pause = self._clock.monotonic() - self._paused_at
        self._origin += pause
        self._paused_total += pause
        self._paused_at = None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def continue_open(self) -> bool:
        """Go on past the open phase that waits for the user. False if none waits."""
        now = self._now()
        position = self._position(now)
        if position.waiting is None or self._origin is None:
            return False
        waited_index = self._open_phases.index(position.waiting)
        self._passed_open = waited_index + 1
        self._origin = now - self.plan.phases[position.waiting].start_s
        return True

    def skip_segment(self) -> bool:
        """Jump to the start of the next segment; its events play, the skipped ones don't."""
        now = self._now()
        if self._origin is None or self._is_over(now):
            return False
        position = self._position(now)
        if position.plan_s < 0:
            self._origin = self._started_at = now  # skipping the lead-in starts the session
            self._paused_total = 0.0  # pauses in the lead-in are not practice to subtract
            return True
        current = self._segment_index_at(position)
        following = current + 1
        if following >= len(self.plan.segments):
            self._skipped_to_end = True
            self._origin = now - self.plan.total_s
            self._passed_open = len(self._open_phases)
            self._floor_cursor = max(self._floor_cursor, self._end_cursor)
            return True
        target = self.plan.segments[following]
        self._origin = now - target.start_s
        self._passed_open = sum(1 for i in self._open_phases
                                if self.plan.phases[i].segment < following)
        self._floor_cursor = max(self._floor_cursor, self._segment_event[following])
        return True

    def stop(self) -> None:
        if self._stopped_at is None:
            self._stopped_at = self._now()

    # -- questions -------------------------------------------------------------

    def state(self) -> PlayerState:
        """The state at the clock's reading now."""
        return self.state_at(self._clock.monotonic())

    def poll(self) -> list[PlanEvent]:
        """The events that happened since the last poll, in order (skipped ones left out)."""
        cursor = self._cursor_at(self._clock.monotonic())
        first = self.unreported
        events = list(self.plan.events[first:cursor])
        self._polled = max(first, cursor)
        return events

    @property
    def unreported(self) -> int:
        """Index in `plan.events` of the first event `poll` has not reported yet (the
        events a skip passed over count as reported). Read just before `poll`, it is the
        index of the first event that poll returns."""
        return max(self._polled, self._floor_cursor)

    def clock_time_of_event(self, index: int) -> float | None:
        """The clock reading at which event `index` is due, if playing on undisturbed.

        None while paused or stopped, and for events behind an open phase that waits
        for the user without a limit (nobody knows when they will continue).
        """
        if self._origin is None or self._paused_at is not None or self._stopped_at is not None:
            return None
        delay = 0.0
        for k in range(self._passed_open, len(self._open_phases)):
            phase_index = self._open_phases[k]
            if self._boundary[phase_index] > index:
                break
            max_s = self.plan.phases[phase_index].max_s
            if max_s is None:
                return None
            delay += max_s
        return self._origin + self.plan.events[index].at_s + delay

    def next_event_clock_time(self) -> float | None:
        """When the next event not yet polled is due on the clock (None: not foreseeable)."""
        if self._stopped_at is not None:
            return None
        # The first event not yet polled: one already due comes back with its (past) time,
        # so the caller polls at once instead of waiting for the event after it.
        index = self.unreported
        if index >= len(self.plan.events):
            return None
        return self.clock_time_of_event(index)

    def state_at(self, now: float) -> PlayerState:
        position = self._position(now)
        plan = self.plan
        total = plan.total_s
        if self._origin is None:
            status: Status = "ready"
        elif self._stopped_at is not None:
            status = "stopped"
        elif self._is_over(now):
            status = "finished"
        elif self._paused_at is not None:
            status = "paused"
        elif position.plan_s < 0:
            status = "countdown"
        elif position.waiting is not None:
            status = "waiting"
        else:
            status = "playing"
        plan_s = min(max(position.plan_s, 0.0), total)
        countdown = max(-position.plan_s, 0.0) if status in ("countdown", "paused") else 0.0
        segment_index = self._segment_index_at(position)
        segment = plan.segments[segment_index] if plan.segments else None

        phase_index = self._phase_index_at(position)
        phase = plan.phases[phase_index] if plan.phases else None
        phase_left: float | None
        if phase is None:
            progress, phase_left, fill = 1.0, 0.0, self._track.level_at(plan_s)
        elif position.waiting is not None:
            waited = position.waited_s
            limit = phase.max_s
            progress = min(waited / limit, 1.0) if limit else 0.0
            phase_left = max(limit - waited, 0.0) if limit is not None else None
            fill = self._track.level_in_phase(phase_index, waited)
        else:
            into = max(plan_s - phase.start_s, 0.0)
            length = phase.duration_s or 0.0
            progress = min(into / length, 1.0) if length > 0 else 1.0
            phase_left = max(length - into, 0.0)
            fill = self._track.level_in_phase(phase_index, into)
        if status in ("finished", "stopped") and self._skipped_to_end:
            progress = 1.0
        segment_left = (
            max(segment.start_s + segment.duration_s - plan_s, 0.0) if segment else 0.0
        )
        step = phase if phase is not None and phase.kind == "step" else None
        next_step = None
        if step is not None and phase_index + 1 < len(plan.phases):
            candidate = plan.phases[phase_index + 1]
            if candidate.kind == "step" and candidate.segment == step.segment:
                next_step = candidate
        return PlayerState(
            status=status,
            plan_s=plan_s,
            practised_s=self._practised(now),
            countdown_s=countdown,
            segment=segment,
            phase=phase,
            phase_index=phase_index,
            phase_progress=progress,
            phase_left_s=phase_left,
            segment_left_s=segment_left,
            session_left_s=max(total - plan_s, 0.0),
            session_progress=plan_s / total if total > 0 else float(status == "finished"),
            fill=fill,
            cycle=phase.cycle if phase is not None and phase.kind != "step" else None,
            step=step,
            next_step=next_step,
            prompt=phase.text if phase is not None and phase.kind == "prompt" else None,
            waited_s=position.waited_s,
        )

    # -- the arithmetic ------------------------------------------------------------

    def _now(self) -> float:
        now = self._clock.monotonic()
        if self._paused_at is not None:
            return self._paused_at
        return now

    def _effective(self, now: float) -> float:
        """`now`, held still while paused, after a stop and once the session has ended."""
        if self._stopped_at is not None:
            now = min(now, self._stopped_at)
        if self._paused_at is not None:
            now = min(now, self._paused_at)
        finish = self._finish_time()
        return now if finish is None else min(now, finish)

    def _finish_time(self) -> float | None:
        """The clock reading at which the session ends, if nothing waits for the user."""
        if self._origin is None:
            return None
        delay = 0.0
        for k in range(self._passed_open, len(self._open_phases)):
            max_s = self.plan.phases[self._open_phases[k]].max_s
            if max_s is None:
                return None
            delay += max_s
        return self._origin + self.plan.total_s + delay

    def _practised(self, now: float) -> float:
        if self._origin is None:
            return 0.0
        now = self._effective(now)
        return max(now - self._started_at - self._paused_total, 0.0)

    def _position(self, now: float) -> _Position:
        if self._origin is None:
            return _Position(-self._lead_in_s, 0, None, 0.0)
        t = self._effective(now) - self._origin
        for k in range(self._passed_open, len(self._open_phases)):
            index = self._open_phases[k]
            phase = self.plan.phases[index]
            if t < phase.start_s:
                break
            waited = t - phase.start_s
            if phase.max_s is None or waited < phase.max_s:
                cursor = max(self._boundary[index], self._floor_cursor)
                return _Position(phase.start_s, cursor, index, waited)
            t -= phase.max_s  # it continued by itself
        t = min(t, self.plan.total_s)
        cursor = bisect_right(self._event_times, t) if t >= 0 else 0
        return _Position(t, max(cursor, self._floor_cursor), None, 0.0)

    def _events_done_with(self, phase_index: int) -> int:
        """The cursor while open phase `phase_index` waits: its own cue and speech done."""
        events = self.plan.events
        i = self._phase_event[phase_index] + 1
        while i < len(events) and i != self._end_cursor:
            if not isinstance(events[i].item, PlanCue | PlanSpeech):
                break
            i += 1
        return i

    def _cursor_at(self, now: float) -> int:
        if self._origin is None:
            return 0
        if self._stopped_at is not None:
            return self._polled  # nothing more happens after a stop
        return self._position(now).cursor

    def _is_over(self, now: float) -> bool:
        if self._stopped_at is not None:
            return True
        if self._origin is None:
            return False
        position = self._position(now)
        return position.waiting is None and position.plan_s >= self.plan.total_s

    def _segment_index_at(self, position: _Position) -> int:
        if position.waiting is not None:
            return self.plan.phases[position.waiting].segment
        return max(bisect_right(self._segment_starts, max(position.plan_s, 0.0)) - 1, 0)

    def _phase_index_at(self, position: _Position) -> int:
        if position.waiting is not None:
            return position.waiting
        return max(bisect_right(self._phase_starts, max(position.plan_s, 0.0)) - 1, 0)
