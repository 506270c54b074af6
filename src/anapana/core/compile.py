"""Compiling a validated session into its plan: every phase, cue and spoken line, timed.

Times come from a compensated running sum, so even a 10,000-phase plan ends
within a microsecond of its exact length. `repeat` groups are expanded as they
are compiled, and compiling stops with an error as soon as the plan grows past
the limits, so a `repeat` bomb costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anapana.core.body_areas import Side, infer_areas, step_side
from anapana.core.cue_names import DEFAULT_CUES
from anapana.core.durations import Open, format_seconds
from anapana.core.plan import (
    Plan,
    PlanCue,
    PlanEvent,
    PlanPhase,
    PlanSegment,
    PlanSpeech,
    SegmentKind,
)
from anapana.core.problems import Problem, SessionInvalid
from anapana.core.session import (
    MIN_PHASE_S,
    BodyScan,
    Breathe,
    Cues,
    Prompt,
    Ramp,
    Repeat,
    Session,
    Silence,
)
from anapana.core.yaml_source import Path_, Source

MAX_PHASES = 10_000
MAX_BELLS = 10_000
MAX_TOTAL_S = 4 * 3600.0
_HOLDS = ("hold_in", "hold_out")
_CUE_OF_PHASE = {"inhale": "inhale", "exhale": "exhale", "hold_in": "hold", "hold_out": "hold"}


class _Stop(Exception):
    """Compiling cannot go on (a limit was passed)."""


class _Time:
    """A running sum of seconds with Neumaier compensation: no drift over 10,000 phases."""

    def __init__(self) -> None:
        self._sum = 0.0
        self._carry = 0.0

    def add(self, value: float) -> None:
        total = self._sum + value
        if abs(self._sum) >= abs(value):
            self._carry += (self._sum - total) + value
        else:
            self._carry += (value - total) + self._sum
        self._sum = total

    @property
    def now(self) -> float:
        return self._sum + self._carry


@dataclass
class _Builder:
    source: Source
    base_dir: Path
    time: _Time = field(default_factory=_Time)
    segments: list[PlanSegment] = field(default_factory=list)
    phases: list[PlanPhase] = field(default_factory=list)
    cues: list[PlanCue] = field(default_factory=list)
    speech: list[PlanSpeech] = field(default_factory=list)
    events: list[PlanEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    bells: int = 0
    pending_intros: list[tuple[str, Path_]] = field(default_factory=list)
    """`repeat` groups' intros (outer first), spoken as their first segment begins."""

    def fail(self, path: Path_, message: str, *, fatal: bool = False) -> None:
        self.problems.append(self.source.problem(path, message))
        if fatal:
            raise _Stop

    # -- emitting ----------------------------------------------------------------

    def cue(self, at: float, event: str, cues: dict[str, str]) -> None:
        sound = cues[event]
        if sound == "none":
            return
        path = (self.base_dir / sound) if sound.lower().endswith(".wav") else None
        cue = PlanCue(at, sound, event, path)  # type: ignore[arg-type]
        self.cues.append(cue)
        self.events.append(PlanEvent(at, cue))

    def say(self, at: float, text: str | None, recording: Path | None = None,
            path: Path_ = ()) -> None:
        if not text and recording is None:
            return
        mark = self.source.mark_of(path)
        line = PlanSpeech(at, text or "", recording, mark.line, mark.column)
        self.speech.append(line)
        self.events.append(PlanEvent(at, line))

    def phase(self, path: Path_, kind: str, seconds: float | Open, segment: int,
              cycle: int | None = None, text: str | None = None,
              areas: tuple[str, ...] | None = None,
              side: Side | None = None) -> PlanPhase | None:
        if isinstance(seconds, float | int) and (
                seconds <= 0 or (kind in _HOLDS and seconds < MIN_PHASE_S)):
            return None  # a hold ramped up from 0 starts once it is long enough to notice
        if len(self.phases) >= MAX_PHASES:
            self.fail(path, f"the session expands to more than {MAX_PHASES:,} phases; "
                            "expected fewer cycles, steps or repeats", fatal=True)
        start = self.time.now
        if isinstance(seconds, Open):
            phase = PlanPhase(start, None, kind, segment, cycle, text,  # type: ignore[arg-type]
                              seconds.max_s, areas, side)
        else:
            phase = PlanPhase(start, float(seconds), kind, segment, cycle,  # type: ignore[arg-type]
                              text, areas=areas, side=side)
            self.time.add(float(seconds))
            if self.time.now > MAX_TOTAL_S + 1e-6:
                self.fail(path, f"the session runs longer than {format_seconds(MAX_TOTAL_S)}; "
                                "expected at most 4 hours", fatal=True)
        self.phases.append(phase)
        self.events.append(PlanEvent(start, phase))
        return phase

    # -- segments ------------------------------------------------------------------

    def segment(self, path: Path_, item: object, cues: dict[str, str]) -> None:
        if isinstance(item, Repeat):
            inner = _merge(cues, item.cues)
            for round_ in range(item.repeat):
                for j, child in enumerate(item.segments):
                    if round_ == 0 and j == 0 and item.intro:
                        self.pending_intros.append((item.intro, (*path, "intro")))
                    self.segment((*path, "segments", j), child, inner)
            return
        kind: SegmentKind
        if isinstance(item, Breathe):
            kind, title = "breathe", item.breathe or "Breathe"
        elif isinstance(item, BodyScan):
            kind, title = "body_scan", item.body_scan or "Body scan"
        elif isinstance(item, Silence):
            kind, title = "silence", item.silence or "Silence"
        elif isinstance(item, Prompt):
            kind, title = "prompt", item.prompt or "Pause"
        else:  # pragma: no cover - the models admit nothing else
            raise TypeError(item)
        index = len(self.segments)
        if index >= MAX_PHASES:
            self.fail(path, f"the session expands to more than {MAX_PHASES:,} segments; "
                            "expected fewer repeats", fatal=True)
        start = self.time.now
        first_phase = len(self.phases)
        first_event = len(self.events)
        self.events.append(PlanEvent(start, _SEGMENT_PLACEHOLDER))
        own = _merge(cues, item.cues)
        for intro, intro_path in self.pending_intros:
            self.say(start, intro, path=intro_path)
        self.pending_intros.clear()
        self.say(start, item.intro, path=(*path, "intro"))
        if isinstance(item, Breathe):
            self.breathe(path, item, index, own)
        elif isinstance(item, BodyScan):
            self.body_scan(path, item, index, own)
        elif isinstance(item, Silence):
            self.silence(path, item, index, own)
        else:
            self.phase(path, "prompt", item.duration, index, text=item.text or title)
            self.say(start, item.text, path=(*path, "text"))
        is_open = any(p.open for p in self.phases[first_phase:])
        plan_segment = PlanSegment(index, kind, title, start, self.time.now - start,
                                   is_open, item.intro,
                                   write=isinstance(item, Prompt) and item.write)
        self.segments.append(plan_segment)
        self.events[first_event] = PlanEvent(start, plan_segment)

    def breathe(self, path: Path_, item: Breathe, index: int, cues: dict[str, str]) -> None:
        cycles = breath_cycles(item)
        if cycles is None:
            self.fail((*path, "duration"), "a pattern made only of open phases has no length "
                                           "to fill a duration; give cycles: instead",
                      fatal=True)
            return
        for number, cycle in enumerate(cycles):
            for kind, seconds in cycle:
                at = self.time.now
                phase = self.phase(path, kind, seconds, index, cycle=number)
                if phase is not None:
                    self.cue(at, _CUE_OF_PHASE[kind], cues)
        if not any(p.segment == index for p in self.phases[-1:]):
            self.fail((*path, "pattern"), "the pattern has no phase longer than 0 seconds",
                      fatal=True)

    def body_scan(self, path: Path_, item: BodyScan, index: int, cues: dict[str, str]) -> None:
        timed = sum(s.duration for s in item.steps if s.duration is not None)
        untimed = sum(1 for s in item.steps if s.duration is None)
        share: float | None = None
        if item.step is not None and item.duration is not None:
            self.fail((*path, "step"), "give step: (the length of each step) or duration: "
                                       "(shared by the steps), not both", fatal=True)
        if item.step is not None:
            share = item.step
        elif item.duration is not None:
            left = item.duration - timed
            if untimed and left <= 0:
                self.fail((*path, "duration"),
                          f"the timed steps already take {format_seconds(timed)} of the "
                          f"segment's {format_seconds(item.duration)}; nothing is left for "
                          f"the {untimed} step{'s' if untimed > 1 else ''} without a duration",
                          fatal=True)
            if untimed:
                share = left / untimed
                if share < MIN_PHASE_S:
                    self.fail((*path, "duration"),
                              f"duration: shared by {untimed} steps, each would last {share:.2f} "
                              f"seconds; expected at least {MIN_PHASE_S}", fatal=True)
            elif abs(left) > 0.001:
                self.fail((*path, "duration"),
                          f"the steps' durations add up to {format_seconds(timed)}, but "
                          f"duration: says {format_seconds(item.duration)}", fatal=True)
        elif untimed:
            first = next(i for i, s in enumerate(item.steps) if s.duration is None)
            self.fail((*path, "steps", first),
                      "this step has no duration: give each step a duration, a step: length "
                      "for all of them, or a duration: for the segment to share", fatal=True)
        for number, step in enumerate(item.steps):
            seconds = step.duration if step.duration is not None else share
            assert seconds is not None
            at = self.time.now
            areas = step.area.areas if step.area is not None else infer_areas(step.focus)
            side = step_side(step.area, step.focus) if areas else None
            self.phase((*path, "steps", number), "step", seconds, index, text=step.focus,
                       areas=areas, side=side)
            recording = None
            step_cues = cues
            if step.sound is not None and step.sound.lower().endswith(".wav"):
                recording = self.base_dir / step.sound
            elif step.sound is not None:
                step_cues = {**cues, "step": step.sound}
            self.cue(at, "step", step_cues)
            self.say(at, step.say or step.focus, recording,
                     path=(*path, "steps", number, "say" if step.say else "focus"))

    def silence(self, path: Path_, item: Silence, index: int, cues: dict[str, str]) -> None:
        start = self.time.now
        self.phase(path, "silence", item.duration, index)
        if item.bells is None:
            return
        if isinstance(item.bells, list):
            offsets = sorted(item.bells)
            for i, offset in enumerate(item.bells):
                if offset >= item.duration:
                    self.fail((*path, "bells", i),
                              f"bells: a bell at {format_seconds(offset)} is at or after the "
                              f"segment's end ({format_seconds(item.duration)})")
        else:
            count = int(item.duration / item.bells + 1e-9)
            if self.bells + count > MAX_BELLS:
                self.fail((*path, "bells"), f"bells: the session would ring more than "
                                            f"{MAX_BELLS:,} bells; expected a longer interval",
                          fatal=True)
            offsets = [k * item.bells for k in range(1, count + 1)
                       if k * item.bells < item.duration - 1e-6]
        self.bells += len(offsets)
        if self.bells > MAX_BELLS:
            self.fail((*path, "bells"), f"bells: the session would ring more than "
                                        f"{MAX_BELLS:,} bells; expected fewer", fatal=True)
        for offset in offsets:
            if offset < item.duration:
                self.cue(start + offset, "bell", cues)


_SEGMENT_PLACEHOLDER = PlanSegment(-1, "silence", "", 0.0, 0.0)


def _merge(cues: dict[str, str], override: Cues | None) -> dict[str, str]:
    if override is None:
        return cues
    changes = {k: v for k, v in override.model_dump().items() if v is not None}
    return {**cues, **changes}


def _value_at(value: float | Ramp | Open, fraction: float) -> float | Open:
    if isinstance(value, Ramp):
        return value.at(fraction)
    return value


def _cycle(item: Breathe, fraction: float) -> list[tuple[str, float | Open]]:
    if item.pattern is not None:
        return [(spec.kind, _value_at(spec.value, fraction)) for spec in item.pattern]
    assert item.pace is not None
    pace = item.pace.at(fraction) if isinstance(item.pace, Ramp) else item.pace
    length = 60.0 / pace
    ratio = item.ratio or (1.0, 1.0)
    kinds: tuple[str, ...] = (("inhale", "exhale") if len(ratio) == 2
                              else ("inhale", "hold_in", "exhale", "hold_out"))
    parts = sum(ratio)
    return [(kind, length * part / parts) for kind, part in zip(kinds, ratio, strict=True)]


def _length_of(cycle: list[tuple[str, float | Open]]) -> float:
    return sum(s for _, s in cycle if not isinstance(s, Open))


def breath_cycles(item: Breathe) -> list[list[tuple[str, float | Open]]] | None:
    """The cycles a breathe segment runs; None when a duration cannot be filled.

    With `cycles: N`, cycle k takes the ramp fraction k/(N-1). With `duration: D`,
    a cycle starting t seconds in takes min(t/D, 1), and the segment runs the whole
    number of cycles whose total is closest to D (a tie takes more; at least one).
    """
    if item.cycles is not None:
        n = item.cycles
        limit = min(n, MAX_PHASES + 1)
        return [_cycle(item, k / (n - 1) if n > 1 else 0.0) for k in range(limit)]
    assert item.duration is not None
    target = item.duration
    cycles: list[list[tuple[str, float | Open]]] = []
    elapsed = _Time()
    phase_count = 0
    while True:
        cycle = _cycle(item, min(elapsed.now / target, 1.0))
        length = _length_of(cycle)
        if length <= 0:
            return None
        before = elapsed.now
        after = before + length
        if after > target + 1e-9:
            if not cycles or (after - target) <= (target - before) + 1e-9:
                cycles.append(cycle)
            return cycles
        cycles.append(cycle)
        elapsed.add(length)
        phase_count += len(cycle)
        if abs(elapsed.now - target) <= 1e-9 or phase_count > MAX_PHASES:
            return cycles


def _check_session_cues(builder: _Builder, segments: Sequence[object], path: Path_) -> None:
    """`start` and `end` cues belong to the whole session, not to a segment or group."""
    for i, segment in enumerate(segments):
        own = getattr(segment, "cues", None)
        for name in ("start", "end"):
            if own is not None and getattr(own, name) is not None:
                builder.fail((*path, i, "cues", name),
                             f"cues: {name} belongs to the whole session; set it in the "
                             "top-level cues:")
        if isinstance(segment, Repeat):
            _check_session_cues(builder, segment.segments, (*path, i, "segments"))


def _least_phases(segment: object) -> int:
    """At least how many phases a segment makes (saturating just past the limit)."""
    if isinstance(segment, Repeat):
        inner = min(sum(_least_phases(child) for child in segment.segments), MAX_PHASES + 1)
        return min(segment.repeat * inner, MAX_PHASES + 1)
    if isinstance(segment, Breathe) and segment.cycles is not None:
        return min(segment.cycles, MAX_PHASES + 1)  # a cycle with no phase is refused anyway
    if isinstance(segment, BodyScan):
        return min(len(segment.steps), MAX_PHASES + 1)
    return 1


def _check_size(builder: _Builder, segments: Sequence[object], path: Path_) -> None:
    """Refuse a plan that must pass the phase limit, before expanding any of it.

    The problem is placed at the innermost `repeat` that passes the limit on its own.
    """
    total = 0
    for i, segment in enumerate(segments):
        least = _least_phases(segment)
        total = min(total + least, MAX_PHASES + 1)
        if total <= MAX_PHASES:
            continue
        if isinstance(segment, Repeat) and least > MAX_PHASES:
            inner = (*path, i, "segments")
            if any(_least_phases(child) > MAX_PHASES for child in segment.segments):
                _check_size(builder, segment.segments, inner)
                return
            builder.fail((*path, i, "repeat"),
                         f"the session expands to more than {MAX_PHASES:,} phases; "
                         "expected fewer cycles, steps or repeats", fatal=True)
        builder.fail((*path, i), f"the session expands to more than {MAX_PHASES:,} phases; "
                                 "expected fewer cycles, steps or repeats", fatal=True)


def compile_plan(session: Session, source: Source, session_id: str = "") -> Plan:
    """The plan of a validated session; raises SessionInvalid for limits it passes."""
    builder = _Builder(source, source.path.parent)
    cues = _merge(dict(DEFAULT_CUES), session.cues)
    _check_session_cues(builder, session.segments, ("segments",))
    try:
        _check_size(builder, session.segments, ("segments",))
    except _Stop:
        raise SessionInvalid(source.path, builder.problems) from None
    builder.cue(0.0, "start", cues)
    try:
        for i, segment in enumerate(session.segments):
            builder.segment(("segments", i), segment, cues)
    except _Stop:
        pass
    if builder.problems:
        raise SessionInvalid(source.path, builder.problems)
    total = builder.time.now
    builder.cue(total, "end", cues)
    return Plan(
        title=session.title,
        total_s=total,
        segments=tuple(builder.segments),
        phases=tuple(builder.phases),
        cues=tuple(builder.cues),
        speech=tuple(builder.speech),
        format=session.format,
        session_id=session_id,
        language=session.language,
        checkin=session.checkin,
        reflect=session.reflect,
        events=tuple(builder.events),
    )
