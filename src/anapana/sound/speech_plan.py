"""Where each spoken line of a plan sounds, once its length is known (no Qt).

Every line is rendered before it plays, so its length is known and overlaps are settled
by the plan, not by a queue at run time. The one rule (`resolve`): **the later line
waits** — a line that would start while the one before is still speaking starts
`GAP_S` after it ends, and the lines after it keep their own times unless they collide
too. Eyes-closed phase words are not lines of the plan: they sound at their exact phase
times and never wait (`anapana.core.guidance`).

A line that runs past its step (the body-scan step or segment it belongs to) or into the
next line is reported by `find_overlaps` — `anapana plan` prints them as warnings with the
session file's line, `anapana validate --strict` fails on them. When no engine can
render (for validation on a machine without one), `estimate_s` stands in for the length.

The timeline is also how the app learns what is being said at each moment (captions):
`SpeechTimeline.spoken_at(t)` is the line sounding at plan time `t`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from anapana.core.plan import Plan, PlanSpeech

GAP_S = 0.3
"""The pause a waiting line leaves after the one before it."""
WORDS_PER_MINUTE = 150.0
"""A calm speaking pace, for estimates when no engine can render."""


def estimate_s(text: str, rate: float = 1.0) -> float:
    """A guess at how long `text` takes to say at a calm pace (`rate` speeds it up)."""
    words = max(1, len(text.split()))
    pauses = sum(text.count(mark) for mark in ".,;:!?—")
    return (words / (WORDS_PER_MINUTE * max(rate, 0.1) / 60.0)) + 0.25 * pauses + 0.2


@dataclass(frozen=True, slots=True)
class SpokenLine:
    """One line of the plan as it will sound: from `at_s` for `duration_s` (plan time)."""

    at_s: float
    duration_s: float
    text: str
    planned_s: float
    """Where the plan put it; `at_s` is later when it had to wait."""
    index: int
    """Its place in `plan.speech`."""
    recording: Path | None = None

    @property
    def end_s(self) -> float:
        return self.at_s + self.duration_s

    @property
    def waited_s(self) -> float:
        return self.at_s - self.planned_s


@dataclass(frozen=True, slots=True)
class SpeechTimeline:
    """The plan's lines in order of their (resolved) start."""

    lines: tuple[SpokenLine, ...] = ()

    def spoken_at(self, t: float) -> SpokenLine | None:
        """The line sounding at plan time `t`, or None."""
        starts = [line.at_s for line in self.lines]
        i = bisect.bisect_right(starts, t) - 1
        if i >= 0 and t < self.lines[i].end_s:
            return self.lines[i]
        return None

    def starting_between(self, t0: float, t1: float) -> list[SpokenLine]:
        """Lines starting in (t0, t1]."""
        return [line for line in self.lines if t0 < line.at_s <= t1]


def open_phases_before(plan: Plan) -> dict[int, int]:
    """For each speech item (by `id`), how many open phases come before it in the plan.

    An open phase takes no plan time but waits for the person: lines on either side of
    one never collide, whatever their plan times say.
    """
    counts: dict[int, int] = {}
    seen = 0
    for event in plan.events:
        item = event.item
        if isinstance(item, PlanSpeech):
            counts[id(item)] = seen
        elif getattr(item, "duration_s", 0.0) is None:  # an open phase
            seen += 1
    return counts


def resolve(
    speech: Sequence[PlanSpeech],
    duration_of: Callable[[PlanSpeech], float],
    stretch_of: Callable[[PlanSpeech], int] | None = None,
) -> SpeechTimeline:
    """Apply the rule: a line that would start while the one before still speaks waits.

    `stretch_of` numbers the stretches between open phases (`open_phases_before`); a
    line never waits for one in an earlier stretch.
    """
    lines: list[SpokenLine] = []
    busy_until = float("-inf")
    stretch = None
    for index, item in sorted(enumerate(speech), key=lambda pair: (pair[1].at_s, pair[0])):
        duration = max(0.0, float(duration_of(item)))
        this_stretch = stretch_of(item) if stretch_of is not None else 0
        if this_stretch != stretch:
            stretch, busy_until = this_stretch, float("-inf")
        start = item.at_s if item.at_s >= busy_until else busy_until + GAP_S
        lines.append(SpokenLine(start, duration, item.text, item.at_s, index, item.recording))
        busy_until = start + duration
    return SpeechTimeline(tuple(lines))


def plan_timeline(
    plan: Plan,
    duration_of: Callable[[PlanSpeech], float],
    lead_lines: Collection[int] = (),
) -> SpeechTimeline:
    """Every line of `plan` where it sounds, indexes as in `plan.speech`.

    The lines `lead_lines` (intros moved into the lead-in) are spoken one after another
    before plan time 0, the last ending `GAP_S` before it, so the first breath comes on
    time; the others follow `resolve`.
    """
    lead = sorted(lead_lines)
    before: list[SpokenLine] = []
    at = 0.0
    for i in reversed(lead):
        item = plan.speech[i]
        length = duration_of(item)
        at -= length + GAP_S
        before.insert(0, SpokenLine(at, length, item.text, item.at_s, i, item.recording))
    index_of = [i for i in range(len(plan.speech)) if i not in lead_lines]
    rest = [plan.speech[i] for i in index_of]
    stretches = open_phases_before(plan)
    timed = resolve(rest, duration_of, lambda item: stretches.get(id(item), 0)).lines
    after = tuple(SpokenLine(line.at_s, line.duration_s, line.text, line.planned_s,
                             index_of[line.index], line.recording) for line in timed)
    return SpeechTimeline((*before, *after))


@dataclass(frozen=True, slots=True)
class Overlap:
    """A line that does not fit where the plan put it; `message` is for the user."""

    item: PlanSpeech
    message: str


_EPS = 1e-6


def _span_end(plan: Plan, at_s: float) -> float | None:
    """Where the step (a body-scan step) or segment holding plan time `at_s` ends
    (None: it is open, or the session's end, so a line may run on)."""
    for phase in plan.phases:
        if phase.kind == "step" and phase.duration_s is not None \
                and phase.start_s - _EPS <= at_s < phase.start_s + phase.duration_s - _EPS:
            return phase.start_s + phase.duration_s
    for segment in plan.segments:
        if segment.start_s - _EPS <= at_s < segment.start_s + segment.duration_s - _EPS:
            return None if segment.open else segment.start_s + segment.duration_s
    return None


def find_overlaps(plan: Plan, duration_of: Callable[[PlanSpeech], float]) -> list[Overlap]:
    """Lines that would run past their step or into the next line, in plan order; a line
    said several times (a repeated group) is reported once."""
    found: list[Overlap] = []
    stretches = open_phases_before(plan)
    ordered = sorted(plan.speech, key=lambda item: (stretches.get(id(item), 0), item.at_s))
    reported: set[tuple[int, int, str]] = set()
    for i, item in enumerate(ordered):
        end = item.at_s + duration_of(item)
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if nxt is not None and stretches.get(id(nxt), 0) != stretches.get(id(item), 0):
            nxt = None  # an open phase lies between them: the person decides when
        span_end = _span_end(plan, item.at_s)
        if span_end is None and plan.total_s - item.at_s > _EPS:
            span_end = float("inf") if _in_open(plan, item.at_s) else plan.total_s
        elif span_end is None:
            span_end = float("inf")  # said at the very end: it may finish after the bell
        quoted = _quote(item.text)
        where = (item.line, item.column, item.text)
        if where in reported and item.line:
            continue
        before = len(found)
        if nxt is not None and end > nxt.at_s + 1e-6 and nxt.at_s < span_end:
            found.append(Overlap(item, (
                f"the spoken line {quoted} takes about {end - item.at_s:.1f} s and runs into "
                f"the next line {_quote(nxt.text)} {end - nxt.at_s:.1f} s; the next line will "
                "wait for it")))
        elif end > span_end + 1e-6:
            found.append(Overlap(item, (
                f"the spoken line {quoted} takes about {end - item.at_s:.1f} s, "
                f"{end - span_end:.1f} s longer than its step; give the step more time or "
                "say less")))
        if len(found) > before:
            reported.add(where)
    return found


def _in_open(plan: Plan, at_s: float) -> bool:
    return any(p.duration_s is None and abs(p.start_s - at_s) < _EPS for p in plan.phases)


def _quote(text: str) -> str:
    return f'"{text[:40]}…"' if len(text) > 40 else f'"{text}"'


@dataclass(frozen=True, slots=True)
class LineLengths:
    """How long each line takes, and where that comes from (said in warnings)."""

    duration_of: Callable[[PlanSpeech], float]
    source: str


def line_lengths(plan: Plan, *, render: bool = True, cached_only: bool = False) -> LineLengths:
    """The lengths `find_overlaps` judges by: rendered by the best engine here (through
    the speech cache, so a second check is quick), else estimated at a calm pace.
    `cached_only` renders nothing new (quick: lines not rendered before are estimated).
    A recording's length is its own."""
    from anapana.core.wavfile import WavError, read_wav

    def recording_s(item: PlanSpeech) -> float | None:
        if item.recording is None:
            return None
        try:
            return read_wav(item.recording).duration_s
        except (OSError, WavError):
            return None

    renderer = None
    source = "estimated at a calm pace (no speech engine here)"
    if render:
        from anapana.sound.speech_cache import SpeechCache, default_folder
        from anapana.sound.speech_render import LineRenderer
        from anapana.sound.tts.engine import choose
        from anapana.sound.tts.installed import installed_engines

        choice = choose(installed_engines(), plan.language)
        if choice is not None:
            renderer = LineRenderer(choice, SpeechCache(default_folder()))
            source = f"as spoken by {choice.engine.name} ({choice.voice.name})"
            if cached_only:
                source += " where rendered before, else estimated"
    known: dict[str, float] = {}

    def duration_of(item: PlanSpeech) -> float:
        own = recording_s(item)
        if own is not None:
            return own
        if item.text not in known:
            length = None
            if renderer is not None and cached_only:
                cached = renderer.cache.get(renderer.key(item.text)) if renderer.cache else None
                length = len(cached[0]) / cached[1] if cached is not None else None
            elif renderer is not None:
                try:
                    length = renderer.render(item.text).duration_s
                except Exception:  # an engine failure: the estimate still judges the line
                    length = None
            known[item.text] = length if length is not None else estimate_s(item.text)
        return known[item.text]

    return LineLengths(duration_of, source)
