"""The player controller: one QObject that owns the core `Player` and the frame timer.

Each frame it asks the player for the state at the clock's reading now, hands that to
the views (`ticked`), and turns the core's events into signals named as facts
(`phase_changed`, `segment_changed`, `session_finished`...). Cues go to the sound sink
with their clock deadlines (a thread plays them on time, not the frame timer), speech as
it comes. It records the practice through the log's `Recorder` when given one.

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

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.plan import Plan, PlanCue, PlanPhase, PlanSegment, PlanSpeech
from anapana.core.player import Player, PlayerState
from anapana.sound.guidance import phase_tone, phase_word
from anapana.sound.speech_plan import (
    GAP_S,
    SpeechTimeline,
    SpokenLine,
    estimate_s,
    open_phases_before,
    resolve,
)

from .frame_pacing import FRAME_S, NEVER, frame_wait_s
from .sound_sink import SilentSink, SoundSink

if TYPE_CHECKING:
    from anapana.log.practice import CheckIn
    from anapana.log.recorder import Recorder

FRAME_MS = 16
"""About 60 frames a second (the timer is precise; a late frame is simply dropped)."""


SPEECH_RENDER_WATCH_S = 120.0
"""How far into a session frames keep watching for lines rendered late (a voice that
renders nothing, or a line that fails, must not keep the timer at 60 frames for good)."""

BREATH_CUE_EVENTS = frozenset({"inhale", "exhale", "hold"})


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
    session_started = Signal()
    """The lead-in ended and the session began."""
    session_finished = Signal(object)
    """The session came to its end (the final `PlayerState`)."""
    session_stopped = Signal(object)
    """The user stopped the session early (the final `PlayerState`)."""
    muted_changed = Signal(bool)
    speech_started = Signal(str)
    """A spoken line began (its text, for a caption), heard or not."""
    speech_ended = Signal()
    """The line being spoken ended, or was cut by a pause, skip or stop."""

    def __init__(
        self,
        clock: Clock = SYSTEM_CLOCK,
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
        self._frame_demands: list[Callable[[PlayerState], float]] = []
        self.frame_wait_s = FRAME_S
        """How long the frame timer waits after the last frame (also without a timer)."""
        self._speech_rendered = True
        """Every spoken line of the plan is rendered (or nothing renders them)."""
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
        self.timeline = SpeechTimeline()
        """Where each spoken line sounds, in plan time (lead-in intros before 0)."""
        self._lead_lines: frozenset[int] = frozenset()
        """Indexes in `plan.speech` of the intros moved into the lead-in."""
        self._speech_version = -1
        self._caption: SpokenLine | None = None
        self._caption_floor_s = float("-inf")
        """Lines starting before this plan time are not captioned (cut by pause or skip)."""
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
        self._cursor = 0
        self._reschedule = False
        self._recorded_second = -1
        self._skipped_to_end = False
        self._event_index = {id(e.item): i for i, e in enumerate(plan.events)}
        self.state = self.player.state()
        self._caption_floor_s = float("-inf")
        self._speech_rendered = False
        self._rebuild_timeline()
        preload = getattr(self.sound, "preload", None)
        if preload is not None:
            preload(plan.cues)

    # -- speech ---------------------------------------------------------------------
    def _prepare_speech(self, plan: Plan) -> None:
        """Start rendering: the first line, the phase words, then the rest in order."""
        prepare = getattr(self.sound, "prepare_speech", None)
        if prepare is None:
            return
        # A step's own recording is played instead; a missing one is spoken.
        texts = [item.text for item in plan.speech
                 if item.recording is None or not item.recording.is_file()]
        words: list[str] = []
        if self.eyes_closed == "words":
            for kind in ("inhale", "hold_in", "exhale"):
                word = phase_word(kind, plan.language)
                if word:
                    words.append(word)
        prepare([*texts[:1], *words, *texts[1:]])

    def _lead_in_for(self, plan: Plan, lead_in_s: float) -> float:
        """The lead-in, grown to hold the intros of a session that starts by breathing.

        Those intros are spoken before the first breath, ending `GAP_S` before it, so the
        first phase word or cue comes exactly on time.
        """
        self._lead_lines = frozenset()
        if not plan.segments or plan.segments[0].kind != "breathe":
            return lead_in_s
        intros = [i for i, item in enumerate(plan.speech) if item.at_s <= 1e-9]
        if not intros:
            return lead_in_s
        render_now = getattr(self.sound, "render_speech_now", None)
        total = 0.0
        heard = False
        for i in intros:
            item = plan.speech[i]
            length = render_now(item) if render_now is not None else None
            heard = heard or length is not None
            total += (length if length is not None else estimate_s(item.text)) + GAP_S
        if not heard and self.eyes_closed == "off":
            return lead_in_s  # only shown: it may share the first breath with the circle
        self._lead_lines = frozenset(intros)
        return max(lead_in_s, total + 0.5)

    def _duration_of(self, item: PlanSpeech) -> float:
        duration = getattr(self.sound, "speech_duration", None)
        known = duration(item) if duration is not None else None
        return known if known is not None else estimate_s(item.text)

    def _rebuild_timeline(self) -> None:
        plan = self.plan
        if plan is None:
            self.timeline = SpeechTimeline()
            return
        self._speech_version = getattr(self.sound, "speech_version", 0)
        lead = [plan.speech[i] for i in sorted(self._lead_lines)]
        lead_lines: list[SpokenLine] = []
        at = 0.0
        for i, item in reversed(list(zip(sorted(self._lead_lines), lead, strict=True))):
            length = self._duration_of(item)
            at -= length + GAP_S
            lead_lines.insert(0, SpokenLine(at, length, item.text, item.at_s, i, item.recording))
        rest = [item for i, item in enumerate(plan.speech) if i not in self._lead_lines]
        stretches = open_phases_before(plan)
        timed = resolve(rest, self._duration_of, lambda item: stretches.get(id(item), 0)).lines
        index_of = [i for i in range(len(plan.speech)) if i not in self._lead_lines]
        timed = tuple(SpokenLine(line.at_s, line.duration_s, line.text, line.planned_s,
                                 index_of[line.index], line.recording) for line in timed)
        self.timeline = SpeechTimeline((*lead_lines, *timed))

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
        if self.recorder is not None:
            self.recorder.start(session=self.session_id, title=player.plan.title,
                                sha256=self.sha256, planned_s=player.plan.total_s,
                                checkin=checkin)
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
        if self.recorder is not None:
            self.recorder.checkpoint(player.state().practised_s)
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
        more_speech = getattr(self.sound, "speech_version", 0) != self._speech_version
        if more_speech:
            self._rebuild_timeline()
        if went_on or self._reschedule:
            self._reschedule = False
            self._schedule_cues(self._cursor if frame_start is None else frame_start)
        elif more_speech and player.started and not player.paused \
                and state.status in ("countdown", "playing"):
            self._schedule_cues(self._first_event_after(_plan_time(state) - 0.05))
        self._update_caption(state)
        if state.status != self._status:
            previous, self._status = self._status, state.status
            self._on_player_status_changed(previous, state)
        elif self.recorder is not None and state.status in ("playing", "waiting") \
                and int(state.practised_s) != self._recorded_second:
            self._recorded_second = int(state.practised_s)  # once a second is plenty
            self.recorder.progress(state.practised_s)
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
        duration = getattr(self.sound, "speech_duration", None)
        plan = self.plan
        version = getattr(self.sound, "speech_version", None)
        if duration is None or plan is None or version is None:
            self._speech_rendered = True
            return False
        if version == 0 and _plan_time(state) >= 0:
            return False  # nothing rendered by the end of the lead-in: no voice renders
        if all(duration(item) is not None for item in plan.speech
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

    def _first_event_after(self, plan_s: float) -> int:
        """The first event at or after `plan_s` that was not skipped over."""
        events = self._require().plan.events
        index = self._cursor
        while index > 0 and events[index - 1].at_s >= plan_s:
            index -= 1
        return index

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
        self._update_caption(state)
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
        now = self._clock.monotonic()
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
        else:
            index = len(events)
        # Speech and phase words of the same stretch (up to the open phase that stops it).
        stretch_end = events[index].at_s if index < len(events) else float("inf")
        if offset is None:
            offset = self._origin_offset()
        if offset is not None:
            cues.extend(self._speech_cues(now - offset - 0.05, stretch_end))
        base = offset if offset is not None else 0.0
        cues.sort(key=lambda cue: cue.at_s)
        self.sound.schedule(cues, lambda at_s: base + at_s)

    def _origin_offset(self) -> float | None:
        """Clock time minus plan time of the stretch now playing (None: not foreseeable)."""
        player = self._require()
        events = player.plan.events
        for index in range(min(self._cursor, len(events) - 1), len(events)):
            due = player.clock_time_of_event(index)
            if due is not None:
                return due - events[index].at_s
        return None

    def _speech_cues(self, from_s: float, until_s: float) -> list[PlanCue]:
        """Rendered lines and phase words due in [from_s, until_s) of plan time."""
        player = self._require()
        sound_of = getattr(self.sound, "speech_sound", None)
        if sound_of is None:
            return []
        cues: list[PlanCue] = []
        for line in self.timeline.lines:
            if from_s <= line.at_s < until_s:
                sound = sound_of(player.plan.speech[line.index])
                if sound is not None:
                    cues.append(PlanCue(line.at_s, sound, "speech", line.recording))
        if self.eyes_closed == "words":
            language = player.plan.language
            for phase in player.plan.phases:
                if not from_s <= phase.start_s < until_s:
                    continue
                word = phase_word(phase.kind, language)
                sound = sound_of(PlanSpeech(phase.start_s, word)) if word else None
                if sound is not None:
                    cues.append(PlanCue(phase.start_s, sound, "speech"))
        return cues
