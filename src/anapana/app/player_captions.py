"""Which spoken line the player page shows as a caption, frame by frame.

The plan's spoken lines (`CaptionTrack`), timed as the speech engine rendered them (the
controller's speech timeline, looked at again whenever it is rebuilt), and the lines
said in the lead-in, before the plan's clock starts. Qt-free apart from what it is
handed; `player_view.PlayerView` asks it once a frame and shows the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from anapana.core.captions import FADE_S, Caption, CaptionTrack
from anapana.core.plan import Plan
from anapana.core.player import PlayerState

if TYPE_CHECKING:
    from anapana.sound.speech_plan import SpeechTimeline


def caption_time(state: PlayerState) -> float:
    """A time for captions that runs through the lead-in (negative there) and the
    practice, and stands still while paused."""
    return state.practised_s - state.countdown_s


class PlayerCaptions:
    """The caption of each frame, for one plan at a time."""

    def __init__(self, timeline: Callable[[], SpeechTimeline]) -> None:
        self._timeline = timeline
        """The controller's speech timeline now (`anapana.sound.speech_plan`)."""
        self._track: CaptionTrack | None = None
        self._timeline_seen: SpeechTimeline | None = None

    def prepare(self, plan: Plan) -> None:
        self._track = CaptionTrack(plan.speech)
        self._timeline_seen = None

    def at(self, state: PlayerState) -> Caption | None:
        """The line on screen in this frame (None: no caption)."""
        track = self._track
        if track is None:
            return None
        self._sync_timeline(track)
        if state.status == "countdown" or state.countdown_s > 0:
            return self._lead_in_caption(state)
        if state.status in ("playing", "waiting", "paused"):
            return track.update(state.plan_s, caption_time(state))
        return None

    def line_started(self, text: str, state: PlayerState | None) -> None:
        """The speech engine began a line."""
        if self._track is None:
            return
        # A line reported while the lead-in still runs, though the timeline has nothing
        # sounding yet, is the session's first: it begins when the session does.
        early = state is not None and state.countdown_s > 0 \
            and self._lead_in_caption(state) is None
        now = caption_time(state) if state is not None else 0.0
        self._track.line_started(text, 0.0 if early else now)

    def line_ended(self, state: PlayerState | None, reduced_motion: bool) -> None:
        """The speech engine finished a line: it lingers while it fades."""
        if self._track is not None:
            linger = 0.0 if reduced_motion else FADE_S
            self._track.line_ended(caption_time(state) if state is not None else 0.0, linger)

    def _sync_timeline(self, track: CaptionTrack) -> None:
        """Take each line's length as the speech engine rendered it, and leave the
        lines it says in the lead-in to the lead-in (the timeline is rebuilt as renders
        finish, so this looks again whenever it changes)."""
        timeline = self._timeline()
        if timeline is self._timeline_seen:
            return
        self._timeline_seen = timeline
        for line in timeline.lines:
            if line.at_s < 0:
                track.leave_out(line.index)
            else:
                track.set_duration(line.index, line.duration_s)

    def _lead_in_caption(self, state: PlayerState) -> Caption | None:
        """A line said before the session starts (an intro moved into the lead-in).

        The plan's position stands at 0 through the lead-in, so the timeline is asked
        about the true, negative time.
        """
        now = -state.countdown_s
        line = self._timeline().spoken_at(now)
        if line is None or line.at_s >= 0:
            return None
        return Caption(line.index, line.text, now - line.at_s, line.end_s - now)
