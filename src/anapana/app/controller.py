"""The player controller: one QObject that owns the core `Player` and the frame timer.

Each frame it asks the player for the state at the clock's reading now, hands that to
the views (`ticked`), and turns the core's events into signals named as facts
(`phase_changed`, `segment_changed`, `session_finished`...). Cues go to the sound sink
with their clock deadlines (a thread plays them on time, not the frame timer), speech as
it comes. Which cues, and when, is worked out by `anapana.core.cue_windows`; the
practice log listens to the signals (`anapana.app.recording`), the controller keeps no
recording policy.

Spoken lines are rendered ahead (the sink's `prepare_speech`, at `load`) and handed to
the sink with the cues, on the voice channel, at the times of the speech timeline
(`anapana.sound.speech_plan.resolve`: a line that would collide with the one before waits
for it). `speech_started(text)` / `speech_ended()` follow that timeline (captions), also
when nothing can be heard. An intro at the very start of a breathing session is spoken
during the lead-in, which grows to hold it, so the first breath is announced on time;
eyes-closed phase words sound at their exact phase times and never wait.

The clock is an input: tests pass a fake one and call `tick()` instead of running the
timer. A stalled event loop drops frames; it never slows or shifts the breath.

The frame timer runs at 60 frames a second only while something on screen moves: the
views say, through `add_frame_demand`, how long until they next look different, the
controller adds its next event and spoken line, and the timer waits for the soonest
(`frame_pacing`), at most a second. A still hold, a pause, a silent sit or a hidden
window costs a tick or two a second; `request_frame()` brings a frame at once (the
window was exposed again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.cue_windows import (
    LATE_S,
    cue_window,
    first_event_after,
    lead_in_for,
    lead_in_intros,
    origin_offset,
    phase_word_speech,
    spoken_word_for,
)
from anapana.core.guidance import phase_words
from anapana.core.plan import Plan, PlanCue, PlanPhase, PlanSegment, PlanSpeech
from anapana.core.player import Player, PlayerState
from anapana.sound.speech_plan import (
    GAP_S,
    SpeechTimeline,
    SpokenLine,
    estimate_s,
    plan_timeline,
)

from .frame_pacing import FRAME_S, NEVER, frame_wait_s
from .sound_sink import SilentSink, SoundSink
from .timers import make_timer

if TYPE_CHECKING:
    from anapana.log.practice import CheckIn

FRAME_MS = 16
"""About 60 frames a second (the timer is precise; a late frame is simply dropped)."""


SPEECH_RENDER_WATCH_S = 120.0
"""How far into a session frames keep watching for lines rendered late (a voice that
renders nothing, or a line that fails, must not keep the timer at 60 frames for good)."""

def _plan_time(state: PlayerState) -> float:
    """Plan time, negative during the lead-in (where intros may be spoken)."""
    return -state.countdown_s if state.status == "countdown" else state.plan_s


class PlayerController(QObject):
    ticked = Signal(object)
    """A new frame's `PlayerState`."""
    phase_changed = Signal(object)
    """A `PlanPhase` began."""
    segment_changed = Signal(object)
    """A `PlanSegment` began."""
    status_changed = Signal(str)
    """The player's status changed (countdown, playing, waiting, paused...)."""
    practice_started = Signal(object)
    """`start()` began a practice (the lead-in, if any): the check-in given, or None."""
    session_finished = Signal(object)
    """The session came to its end (the final `PlayerState`)."""
    session_stopped = Signal(object)
    """The user stopped the session early (the final `PlayerState`)."""
    muted_changed = Signal(bool)
    """The sound was muted or unmuted (the sink holds the state; settings keep it)."""
    speech_started = Signal(str)
    """A spoken line began (its text, for a caption), heard or not."""
    speech_ended = Signal()
    """The line being spoken ended, or was cut by a pause, skip or stop."""

    def __init__(
        self,
        clock: Clock = SYSTEM_CLOCK,
        *,
        sound: SoundSink | None = None,
        run_timer: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.sound: SoundSink = sound if sound is not None else SilentSink()
        self._run_timer = run_timer
        self._timer = make_timer(self, interval_ms=FRAME_MS, precise=True, name="frame",
                                 on_timeout=self._on_timer_timeout)
        self._frame_demands: list[Callable[[PlayerState], float]] = []
        self.frame_wait_s = FRAME_S
        """How long the frame timer waits after the last frame (also without a timer)."""
        self._speech_rendered = True
        """Every spoken line of the plan is rendered (or nothing renders them)."""
        self.player: Player | None = None
        self.session_id = ""
        self.sha256 = ""
        self._status = "ready"
        self._reschedule = False
        """Hand the cues over again at the next frame (after a skip)."""
        self._skipped_to_end = False
        """The user skipped past the last segment: the session ended early, not completed."""
        self.state: PlayerState | None = None
        self.eyes_closed = "off"
        """`words` speaks "in", "hold", "out" at each breath phase; `tones` plays a
        distinct tone for each instead of the session's breath cues."""
        self.timeline = SpeechTimeline()
        """Where each spoken line sounds, in plan time (lead-in intros before 0)."""
        self._lead_lines: frozenset[int] = frozenset()
        """Indexes in `plan.speech` of the intros moved into the lead-in."""
        self._speech_version = -1
        self._caption: SpokenLine | None = None
        self._caption_floor_s = float("-inf")
        """Lines starting before this plan time are not captioned (cut by pause or skip)."""

    # -- loading and control -------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return self.player.plan if self.player is not None else None

    @property
    def muted(self) -> bool:
        return self.sound.muted

    @property
    def frame_timer(self) -> QTimer:
        return self._timer

    def add_frame_demand(self, demand: Callable[[PlayerState], float]) -> None:
        """`demand(state)` says, after each frame, how many seconds until its view next
        looks different by itself (0: it moves; `NEVER`: not by itself)."""
        self._frame_demands.append(demand)

    def request_frame(self) -> None:
        """A frame as soon as the event loop can (a hidden window was shown again)."""
        if self._timer.isActive():
            self._timer.start(0)

    def load(self, plan: Plan, *, lead_in_s: float = 3.0, session_id: str = "",
             sha256: str = "") -> None:
        """Get ready to play `plan` (stops whatever was playing, without recording it)."""
        self._halt()
        self._prepare_speech(plan)
        lead_in_s = self._lead_in_for(plan, lead_in_s)
        self.player = Player(plan, clock=self._clock, lead_in_s=lead_in_s)
        self.session_id = session_id or plan.session_id
        self.sha256 = sha256
        self._status = "ready"
        self._reschedule = False
        self._skipped_to_end = False
        self.state = self.player.state()
        self._caption_floor_s = float("-inf")
        self._speech_rendered = False
        self._rebuild_timeline()
        self.sound.preload(plan.cues)

    # -- speech ---------------------------------------------------------------------
    def _prepare_speech(self, plan: Plan) -> None:
        """Start rendering: the first line, the phase words, then the rest in order."""
        # A step's own recording is played instead; a missing one is spoken.
        texts = [item.text for item in plan.speech
                 if item.recording is None or not item.recording.is_file()]
        words = phase_words(plan.language) if self.eyes_closed == "words" else []
        self.sound.prepare_speech([*texts[:1], *words, *texts[1:]])

    def _lead_in_for(self, plan: Plan, lead_in_s: float) -> float:
        """The lead-in, grown to hold the intros of a session that starts by breathing.

        Those intros are spoken before the first breath, ending `GAP_S` before it, so the
        first phase word or cue comes exactly on time.
        """
        intros = lead_in_intros(plan)
        lengths = [self.sound.render_speech_now(plan.speech[i]) for i in intros]
        estimates = [estimate_s(plan.speech[i].text) for i in intros]
        lead_in_s, moved = lead_in_for(lead_in_s, lengths, estimates, GAP_S, self.eyes_closed)
        self._lead_lines = frozenset(intros) if moved else frozenset()
        return lead_in_s

    def _duration_of(self, item: PlanSpeech) -> float:
        known = self.sound.speech_duration(item)
        return known if known is not None else estimate_s(item.text)

    def _rebuild_timeline(self) -> None:
        plan = self.plan
        if plan is None:
            self.timeline = SpeechTimeline()
            return
        self._speech_version = self.sound.speech_version
        self.timeline = plan_timeline(plan, self._duration_of, self._lead_lines)

    def _update_caption(self, state: PlayerState) -> None:
        line: SpokenLine | None = None
        if state.status in ("countdown", "playing", "waiting"):
            line = self.timeline.spoken_at(_plan_time(state))
            if line is not None and line.at_s < self._caption_floor_s:
                line = None
        if line is self._caption:
            return
        if self._caption is not None:
            self.speech_ended.emit()
        self._caption = line
        if line is not None:
            self.speech_started.emit(line.text)

    def start(self, checkin: CheckIn | None = None) -> None:
        player = self._require()
        player.start()
        self.practice_started.emit(checkin)
        self._schedule_cues()
        if self._run_timer:
            self._timer.start(FRAME_MS)
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
        self._caption_floor_s = float("inf")
        self.tick()

    def resume(self) -> None:
        player = self._require()
        if not player.paused:
            return
        player.resume()
        self._caption_floor_s = _plan_time(player.state())  # a cut line is not picked up again
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
        self._caption_floor_s = player.state().plan_s - 0.05
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
        if muted == self.sound.muted:
            return
        self.sound.set_muted(muted)
        self.muted_changed.emit(muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self.sound.muted)

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
        first = player.unreported
        events = player.poll()
        frame_start = first if events else None
        language = player.plan.language
        for event in events:
            item = event.item
            if isinstance(item, PlanPhase):
                self.phase_changed.emit(item)
                word = spoken_word_for(item, self.eyes_closed, language)
                if word is not None:
                    self.sound.say(word)
            elif isinstance(item, PlanSegment):
                self.segment_changed.emit(item)
            elif isinstance(item, PlanSpeech):
                self.sound.say(item)
        # An open phase went on (by itself at its `max`, or continued), or a skip moved
        # the place: hand over the cues from where this frame began, so those due now
        # still ring.
        went_on = self._status == "waiting" and state.status in ("playing", "finished")
        more_speech = self.sound.speech_version != self._speech_version
        if more_speech:
            self._rebuild_timeline()
        if went_on or self._reschedule:
            self._reschedule = False
            self._schedule_cues(frame_start)
        elif more_speech and player.started and not player.paused \
                and state.status in ("countdown", "playing"):
            self._schedule_cues(first_event_after(player.plan.events, player.unreported,
                                                  _plan_time(state) - LATE_S))
        self._update_caption(state)
        if state.status != self._status:
            self._status = state.status
            self._on_player_status_changed(state)
        self.ticked.emit(state)
        self._pace(state)
        return state

    def _pace(self, state: PlayerState) -> None:
        """Set the frame timer to the soonest change on screen or in the plan."""
        waits = [demand(state) for demand in self._frame_demands]
        if min(waits, default=NEVER) > FRAME_S:
            waits.append(self._next_change_s(state))
        if min(waits, default=NEVER) > FRAME_S and self._speech_pending(state):
            # A line rendered late moves the cues from the frame that notices it: notice
            # it at once, as at 60 frames a second, so nothing just played is handed over
            # again (a frame woken right at a cue's time would otherwise re-ring it).
            waits.append(0.0)
        self.frame_wait_s = wait = frame_wait_s(waits)
        if self._timer.isActive():
            interval = round(wait * 1000) if wait <= FRAME_S else int(wait * 1000) + 1
            if interval != self._timer.interval():
                self._timer.start(interval)

    def _speech_pending(self, state: PlayerState) -> bool:
        """Whether spoken lines of this plan are still being rendered (while it plays)."""
        if self._speech_rendered or state.status not in ("countdown", "playing", "waiting") \
                or _plan_time(state) > SPEECH_RENDER_WATCH_S:
            return False
        plan = self.plan
        if plan is None:
            self._speech_rendered = True
            return False
        if self.sound.speech_version == 0 and _plan_time(state) >= 0:
            return False  # nothing rendered by the end of the lead-in: no voice renders
        if all(self.sound.speech_duration(item) is not None for item in plan.speech
               if item.recording is None or not item.recording.is_file()):
            self._speech_rendered = True
        return not self._speech_rendered

    def _next_change_s(self, state: PlayerState) -> float:
        """Seconds until the next event of the plan or the next spoken line's start or end
        (which the frame reports), from the clock's reading now."""
        player = self.player
        if player is None or state.status not in ("countdown", "playing", "waiting"):
            return NEVER
        soonest = NEVER
        due = player.next_event_clock_time()
        if due is not None:
            soonest = max(due - self._clock.monotonic(), 0.0)
        if state.status != "waiting":
            now_s = _plan_time(state)
            for line in self.timeline.lines:
                if line.at_s > now_s:
                    soonest = min(soonest, line.at_s - now_s)
                    break
                if line.end_s > now_s:
                    soonest = min(soonest, line.end_s - now_s)
        return soonest

    def _on_timer_timeout(self) -> None:
        self.tick()

    def _on_player_status_changed(self, state: PlayerState) -> None:
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
        self._update_caption(state)
        if ending == "stopped" and not self._skipped_to_end:
            self.sound.clear()  # a skip past the end still rings the end bell

    def _halt(self) -> None:
        self._timer.stop()
        self.sound.clear()

    def _require(self) -> Player:
        if self.player is None:
            raise RuntimeError("no session loaded")
        return self.player

    def _schedule_cues(self, start: int | None = None) -> None:
        """Hand the sound sink the cue window from event `start` (the first not yet
        reported by default), with the speech and phase words of the same stretch.

        Cues behind an open phase share a plan time with those before it; they are
        handed over again once that phase has been continued.
        """
        player = self._require()
        events = player.plan.events
        now = self._clock.monotonic()
        window = cue_window(events, player.unreported if start is None else start,
                            player.clock_time_of_event, now, self.eyes_closed)
        cues = list(window.cues)
        offset = window.offset
        if offset is None:
            offset = origin_offset(events, player.unreported, player.clock_time_of_event)
        if offset is not None:
            cues.extend(self._speech_cues(now - offset - LATE_S, window.end_s))
        base = offset if offset is not None else 0.0
        cues.sort(key=lambda cue: cue.at_s)
        self.sound.schedule(cues, lambda at_s: base + at_s)

    def _speech_cues(self, from_s: float, until_s: float) -> list[PlanCue]:
        """Rendered lines and phase words due in [from_s, until_s) of plan time."""
        plan = self._require().plan
        cues: list[PlanCue] = []
        for line in self.timeline.lines:
            if from_s <= line.at_s < until_s:
                sound = self.sound.speech_sound(plan.speech[line.index])
                if sound is not None:
                    cues.append(PlanCue(line.at_s, sound, "speech", line.recording))
        for word in phase_word_speech(plan, from_s, until_s, self.eyes_closed):
            sound = self.sound.speech_sound(word)
            if sound is not None:
                cues.append(PlanCue(word.at_s, sound, "speech"))
        return cues
