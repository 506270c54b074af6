"""The player controller: one QObject that owns the core `Player` and the frame timer.

Each frame it asks the player for the state at the clock's reading now, hands that to
the views (`ticked`), and turns the core's events into signals named as facts
(`phase_changed`, `segment_changed`, `session_finished`...). Cues go to the sound sink
with their clock deadlines (a thread plays them on time, not the frame timer), speech as
it comes. It records the practice through the log's `Recorder` when given one.

The clock is an input: tests pass a fake one and call `tick()` instead of running the
timer. A stalled event loop drops frames; it never slows or shifts the breath.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from anapana.core.plan import Plan, PlanCue, PlanPhase, PlanSegment, PlanSpeech
from anapana.core.player import Player, PlayerState
from anapana.sound.guidance import phase_tone, phase_word

from .sound_sink import SilentSink, SoundSink

if TYPE_CHECKING:
    from anapana.log.practice import CheckIn
    from anapana.log.recorder import Recorder

FRAME_MS = 16
"""About 60 frames a second (the timer is precise; a late frame is simply dropped)."""


BREATH_CUE_EVENTS = frozenset({"inhale", "exhale", "hold"})


class PlayerController(QObject):
    ticked = Signal(object)
    """A new frame's `PlayerState`."""
    phase_changed = Signal(object)
    """A `PlanPhase` began."""
    segment_changed = Signal(object)
    """A `PlanSegment` began."""
    status_changed = Signal(str)
    """The player's status changed (countdown, playing, waiting, paused...)."""
    session_started = Signal()
    """The lead-in ended and the session began."""
    session_finished = Signal(object)
    """The session came to its end (the final `PlayerState`)."""
    session_stopped = Signal(object)
    """The user stopped the session early (the final `PlayerState`)."""
    muted_changed = Signal(bool)

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        sound: SoundSink | None = None,
        recorder: Recorder | None = None,
        run_timer: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.sound: SoundSink = sound if sound is not None else SilentSink()
        self.recorder = recorder
        self._run_timer = run_timer
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.player: Player | None = None
        self.session_id = ""
        self.sha256 = ""
        self._status = "ready"
        self._muted = False
        self._cursor = 0
        """How many of the plan's events have been reported (the next one's index)."""
        self._reschedule = False
        """Hand the cues over again at the next frame (after a skip)."""
        self._recorded_second = -1
        self._skipped_to_end = False
        """The user skipped past the last segment: the session ended early, not completed."""
        self._event_index: dict[int, int] = {}
        self.state: PlayerState | None = None
        self.eyes_closed = "off"
        """`words` speaks "in", "hold", "out" at each breath phase; `tones` plays a
        distinct tone for each instead of the session's breath cues."""

    # -- loading and control -------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return self.player.plan if self.player is not None else None

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def frame_timer(self) -> QTimer:
        return self._timer

    def load(self, plan: Plan, *, lead_in_s: float = 3.0, session_id: str = "",
             sha256: str = "") -> None:
        """Get ready to play `plan` (stops whatever was playing, without recording it)."""
        self._halt()
        self.player = Player(plan, clock=self._clock, lead_in_s=lead_in_s)
        self.session_id = session_id or plan.session_id
        self.sha256 = sha256
        self._status = "ready"
        self._cursor = 0
        self._reschedule = False
        self._recorded_second = -1
        self._skipped_to_end = False
        self._event_index = {id(e.item): i for i, e in enumerate(plan.events)}
        self.state = self.player.state()
        preload = getattr(self.sound, "preload", None)
        if preload is not None:
            preload(plan.cues)

    def start(self, checkin: CheckIn | None = None) -> None:
        player = self._require()
        player.start()
        if self.recorder is not None:
            self.recorder.start(session=self.session_id, title=player.plan.title,
                                sha256=self.sha256, planned_s=player.plan.total_s,
                                checkin=checkin)
        self._schedule_cues()
        if self._run_timer:
            self._timer.start()
        self.tick()

    def toggle_pause(self) -> None:
        player = self._require()
        if player.paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        player = self._require()
        if self.state is None or self.state.is_over or not player.started or player.paused:
            return
        player.pause()
        self.sound.clear()
        if self.recorder is not None:
            self.recorder.checkpoint(player.state().practised_s)
        self.tick()

    def resume(self) -> None:
        player = self._require()
        if not player.paused:
            return
        player.resume()
        self._schedule_cues()
        self.tick()

    def skip_segment(self) -> bool:
        player = self._require()
        if player.paused or not player.started:
            return False
        self.sound.clear()
        before = player.state()
        moved = player.skip_segment()
        if moved and before.status != "countdown" and player.state().is_over:
            self._skipped_to_end = True
        self._reschedule = True  # from the new place, once the frame has polled it
        self.tick()
        return moved

    def continue_open(self) -> bool:
        player = self._require()
        if player.paused:
            return False
        done = player.continue_open()
        if done:
            self.tick()  # the frame sees waiting -> playing and hands the cues over
        return done

    def stop(self) -> None:
        """The user ends the session early."""
        player = self.player
        if player is None or not player.started or (self.state and self.state.is_over):
            return
        player.stop()
        self.tick()

    def set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        self.sound.set_muted(muted)
        self.muted_changed.emit(muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)

    def close(self) -> None:
        """Stop the timer and sound; an unfinished practice is recorded as stopped."""
        if self.player is not None and self.state is not None and not self.state.is_over \
                and self.player.started:
            self.player.stop()
            self.tick()
        self._halt()
        self.sound.close()

    # -- frames ------------------------------------------------------------------
    def tick(self) -> PlayerState | None:
        """One frame: the state now, the events since the last frame, the signals."""
        player = self.player
        if player is None:
            return None
        state = player.state()
        self.state = state
        # Where this frame's events begin: cues due at this very moment are among those
        # polled, and after a skip the first one polled is the new place (the core's poll
        # leaves skipped events out).
        frame_start: int | None = None
        for event in player.poll():
            index = self._event_index.get(id(event.item), self._cursor)
            if frame_start is None:
                frame_start = index
            self._cursor = index + 1
            item = event.item
            if isinstance(item, PlanPhase):
                self.phase_changed.emit(item)
                if self.eyes_closed == "words":
                    word = phase_word(item.kind, player.plan.language)
                    if word:
                        self.sound.say(PlanSpeech(item.start_s, word))
            elif isinstance(item, PlanSegment):
                self.segment_changed.emit(item)
            elif isinstance(item, PlanSpeech):
                self.sound.say(item)
        # An open phase went on (by itself at its `max`, or continued), or a skip moved
        # the place: hand over the cues from where this frame began, so those due now
        # still ring.
        went_on = self._status == "waiting" and state.status in ("playing", "finished")
        if went_on or self._reschedule:
            self._reschedule = False
            self._schedule_cues(self._cursor if frame_start is None else frame_start)
        if state.status != self._status:
            previous, self._status = self._status, state.status
            self._on_player_status_changed(previous, state)
        elif self.recorder is not None and state.status in ("playing", "waiting") \
                and int(state.practised_s) != self._recorded_second:
            self._recorded_second = int(state.practised_s)  # once a second is plenty
            self.recorder.progress(state.practised_s)
        self.ticked.emit(state)
        return state

    def _on_timer_timeout(self) -> None:
        self.tick()

    def _on_player_status_changed(self, previous: str, state: PlayerState) -> None:
        if previous == "countdown" and state.status in ("playing", "waiting"):
            self.session_started.emit()
        self.status_changed.emit(state.status)
        if state.status == "finished" and self._skipped_to_end:
            # Skipping past the end is ending early: the log keeps the real practised
            # time and says so, never "completed".
            self._end("stopped", state)
            self.session_stopped.emit(state)
        elif state.status == "finished":
            self._end("completed", state)
            self.session_finished.emit(state)
        elif state.status == "stopped":
            self._end("stopped", state)
            self.session_stopped.emit(state)

    def _end(self, ending: str, state: PlayerState) -> None:
        self._timer.stop()
        if ending == "stopped" and not self._skipped_to_end:
            self.sound.clear()  # a skip past the end still rings the end bell
        if self.recorder is not None:
            self.recorder.finish(ending, state.practised_s)  # type: ignore[arg-type]

    def _halt(self) -> None:
        self._timer.stop()
        self.sound.clear()

    def _require(self) -> Player:
        if self.player is None:
            raise RuntimeError("no session loaded")
        return self.player

    def _schedule_cues(self, start: int | None = None) -> None:
        """Hand the sound sink the cues up to the next open phase, with their deadlines.

        They are taken from event `start` on (the cursor by default). Cues behind an
        open phase share a plan time with those before it; they are handed over again
        once that phase has been continued.
        """
        player = self._require()
        events = player.plan.events
        now = self._clock()
        cues: list[PlanCue] = []
        offset: float | None = None
        tones = self.eyes_closed == "tones"
        for index in range(self._cursor if start is None else start, len(events)):
            item = events[index].item
            if tones and isinstance(item, PlanPhase) and phase_tone(item.kind):
                item = PlanCue(item.start_s, phase_tone(item.kind) or "",
                               "hold" if item.kind.startswith("hold") else item.kind)  # type: ignore[arg-type]
            elif tones and isinstance(item, PlanCue) and item.event in BREATH_CUE_EVENTS:
                continue  # the tones stand in for the session's own breath cues
            if not isinstance(item, PlanCue):
                continue
            due = player.clock_time_of_event(index)
            if due is None:
                break
            this_offset = due - item.at_s
            if offset is None:
                offset = this_offset
            elif abs(this_offset - offset) > 1e-6:
                break
            if due >= now - 0.05:
                cues.append(item)
        base = offset if offset is not None else 0.0
        self.sound.schedule(cues, lambda at_s: base + at_s)
