"""Which cues to hand the sound scheduler, and when each is due (no Qt, no clock).

The player knows when each event is due on the clock as long as nothing waits for the
user (`Player.clock_time_of_event`). A *cue window* is the run of cues from one event on
that share one offset between clock and plan time: it ends at an open phase (whose
length nobody knows) or at the end of the plan. The app hands over one window at a time
and the next one once the open phase has been continued.

Eyes-closed guidance changes what is played, never when: with `tones`, each breath phase
rings its own built-in tone in place of the session's breath cues; with `words`, each
breath phase is announced by a spoken word at its exact start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from anapana.core.guidance import phase_tone, phase_word
from anapana.core.plan import Plan, PlanCue, PlanEvent, PlanPhase, PlanSpeech

EyesClosed = Literal["off", "words", "tones"]

BREATH_CUE_EVENTS = frozenset({"inhale", "exhale", "hold"})
"""The session's own breath cues, which eyes-closed tones stand in for."""

LATE_S = 0.05
"""A cue due this long ago still plays (the frame that hands it over came a little late)."""


@dataclass(frozen=True, slots=True)
class CueWindow:
    cues: tuple[PlanCue, ...]
    """The cues still to play, in plan order (those already well past left out)."""
    offset: float | None
    """Clock time minus plan time of the window (None: nothing in it is foreseeable)."""
    end_index: int
    """The first event after the window (`len(events)` when it runs to the end)."""
    end_s: float
    """The plan time where the window stops (infinity when it runs to the end)."""


def cue_for(item: object, eyes_closed: str) -> PlanCue | None:
    """The cue an event plays, if any: with eyes-closed `tones`, a breath phase rings
    its tone and the session's own breath cues are left out."""
    if eyes_closed == "tones":
        if isinstance(item, PlanPhase):
            tone = phase_tone(item.kind)
            if tone:
                event = "hold" if item.kind.startswith("hold") else item.kind
                return PlanCue(item.start_s, tone, event)  # type: ignore[arg-type]
            return None
        if isinstance(item, PlanCue) and item.event in BREATH_CUE_EVENTS:
            return None
    return item if isinstance(item, PlanCue) else None


def spoken_word_for(phase: PlanPhase, eyes_closed: str, language: str | None) -> PlanSpeech | None:
    """The word spoken as `phase` begins (eyes-closed `words`), or None."""
    if eyes_closed != "words":
        return None
    word = phase_word(phase.kind, language)
    return PlanSpeech(phase.start_s, word) if word else None


def cue_window(
    events: Sequence[PlanEvent],
    start: int,
    due_of: Callable[[int], float | None],
    now: float,
    eyes_closed: str = "off",
) -> CueWindow:
    """The cues from event `start` on that can be scheduled now.

    `due_of(index)` is the clock time event `index` is due (None: not foreseeable).
    The window stops at the first cue that is not foreseeable, or whose offset differs
    from the first one's (it lies behind an open phase with a limit).
    """
    cues: list[PlanCue] = []
    offset: float | None = None
    index = start
    for index in range(start, len(events)):
        cue = cue_for(events[index].item, eyes_closed)
        if cue is None:
            continue
        due = due_of(index)
        if due is None:
            break
        this_offset = due - cue.at_s
        if offset is None:
            offset = this_offset
        elif abs(this_offset - offset) > 1e-6:
            break
        if due >= now - LATE_S:
            cues.append(cue)
    else:
        index = len(events)
    end_s = events[index].at_s if index < len(events) else float("inf")
    return CueWindow(tuple(cues), offset, index, end_s)


def origin_offset(events: Sequence[PlanEvent], cursor: int,
                  due_of: Callable[[int], float | None]) -> float | None:
    """Clock time minus plan time of the stretch playing at event `cursor` (None: not
    foreseeable, e.g. an open phase waits without a limit)."""
    for index in range(min(cursor, len(events) - 1), len(events)):
        due = due_of(index)
        if due is not None:
            return due - events[index].at_s
    return None


def first_event_after(events: Sequence[PlanEvent], cursor: int, plan_s: float) -> int:
    """The first event at or after `plan_s`, counting back from `cursor` only (events
    before the cursor that were skipped over stay behind)."""
    index = cursor
    while index > 0 and events[index - 1].at_s >= plan_s:
        index -= 1
    return index


def phase_word_speech(plan: Plan, from_s: float, until_s: float,
                      eyes_closed: str) -> list[PlanSpeech]:
    """The eyes-closed words due in [from_s, until_s) of plan time, at their phases."""
    if eyes_closed != "words":
        return []
    spoken: list[PlanSpeech] = []
    for phase in plan.phases:
        if from_s <= phase.start_s < until_s:
            word = spoken_word_for(phase, eyes_closed, plan.language)
            if word is not None:
                spoken.append(word)
    return spoken


def lead_in_intros(plan: Plan) -> list[int]:
    """Indexes in `plan.speech` of the intros that may be spoken during the lead-in:
    the lines at the very start of a session that starts by breathing."""
    if not plan.segments or plan.segments[0].kind != "breathe":
        return []
    return [i for i, item in enumerate(plan.speech) if item.at_s <= 1e-9]


def lead_in_for(lead_in_s: float, intro_lengths: Sequence[float | None],
                estimates: Sequence[float], gap_s: float,
                eyes_closed: str) -> tuple[float, bool]:
    """The lead-in grown to hold the intros, and whether they moved into it.

    `intro_lengths` are the rendered lengths (None: not heard), `estimates` the reading
    times to use instead. Intros that are only shown stay where they are unless eyes are
    closed (then the first breath must not be talked over).
    """
    if not intro_lengths:
        return lead_in_s, False
    heard = any(length is not None for length in intro_lengths)
    if not heard and eyes_closed == "off":
        return lead_in_s, False
    total = sum((length if length is not None else estimate) + gap_s
                for length, estimate in zip(intro_lengths, estimates, strict=True))
    return max(lead_in_s, total + 0.5), True
