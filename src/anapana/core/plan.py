"""The plan: a session compiled to exact times, as `anapana plan --json` prints it.

A plan is plain immutable data. Every time is in seconds from the session start;
open phases (those that wait for the user) count 0 s towards later start times.
The player walks a plan; the sound layer plays its cues; the app draws it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

PhaseKind = Literal["inhale", "hold_in", "exhale", "hold_out", "step", "silence", "prompt"]
SegmentKind = Literal["breathe", "body_scan", "silence", "prompt"]
CueEvent = Literal["start", "end", "inhale", "exhale", "hold", "step", "bell", "speech"]
"""`speech` is not written in session files: the app schedules rendered lines with it."""

BREATH_KINDS: frozenset[str] = frozenset({"inhale", "hold_in", "exhale", "hold_out"})


def ms(value: float) -> float:
    """Round a time to the millisecond, as the JSON contract wants."""
    return round(value, 3) + 0.0  # + 0.0 turns -0.0 into 0.0


@dataclass(frozen=True, slots=True)
class PlanSegment:
    index: int
    kind: SegmentKind
    title: str
    start_s: float
    duration_s: float
    """Fixed length; open phases inside count 0 s."""
    open: bool = False
    intro: str | None = None
    write: bool = False
    """A writing prompt: what is written goes into the practice's journal note."""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "index": self.index,
            "kind": self.kind,
            "title": self.title,
            "start_s": ms(self.start_s),
            "duration_s": ms(self.duration_s),
        }
        if self.write:
            data["write"] = True
        return data


@dataclass(frozen=True, slots=True)
class PlanPhase:
    start_s: float
    duration_s: float | None
    """None for an open phase (it waits for the user, up to `max_s`)."""
    kind: PhaseKind
    segment: int
    cycle: int | None = None
    """0-based breath cycle within the segment, or the step number of a body scan."""
    text: str | None = None
    """A body-scan step's focus or a prompt's text."""
    max_s: float | None = None
    """For an open phase: continue by itself after this long (None: wait forever)."""
    areas: tuple[str, ...] | None = None
    """A body-scan step's body areas (canonical names from `body_areas.AREAS`), from its
    `area:` or read from its focus words; empty when it names none. None for other phases."""
    side: Literal["left", "right"] | None = None
    """A step about one side of the body ("Left foot"); None for both or neither."""

    @property
    def open(self) -> bool:
        return self.duration_s is None

    @property
    def end_s(self) -> float:
        return self.start_s + (self.duration_s or 0.0)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start_s": ms(self.start_s),
            "duration_s": None if self.duration_s is None else ms(self.duration_s),
            "kind": self.kind,
            "segment": self.segment,
        }
        if self.cycle is not None:
            data["cycle"] = self.cycle
        if self.text is not None:
            data["text"] = self.text
        if self.areas is not None:
            data["areas"] = list(self.areas)
        if self.side is not None:
            data["side"] = self.side
        if self.duration_s is None:
            data["open"] = True
            if self.max_s is not None:
                data["max_s"] = ms(self.max_s)
        return data


@dataclass(frozen=True, slots=True)
class PlanCue:
    at_s: float
    sound: str
    """A built-in cue name, or a `.wav` path as written in the session file."""
    event: CueEvent
    path: Path | None = None
    """The resolved file of a `.wav` sound; None for built-in cues."""

    def to_json(self) -> dict[str, Any]:
        return {"at_s": ms(self.at_s), "sound": self.sound, "event": self.event}


@dataclass(frozen=True, slots=True)
class PlanSpeech:
    at_s: float
    text: str
    recording: Path | None = None
    """A body-scan step's own `sound:` recording, played instead of speaking `text`."""
    line: int = field(default=0, compare=False)
    """Where the session file says it (1-based; 0 when unknown), for warnings."""
    column: int = field(default=0, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"at_s": ms(self.at_s), "text": self.text}


@dataclass(frozen=True, slots=True)
class Plan:
    title: str
    total_s: float
    segments: tuple[PlanSegment, ...]
    phases: tuple[PlanPhase, ...]
    cues: tuple[PlanCue, ...]
    speech: tuple[PlanSpeech, ...]
    format: int = 1
    session_id: str = ""
    language: str | None = None
    checkin: Literal["before", "after", "both", "none"] = "both"
    reflect: str | None = None
    events: tuple[PlanEvent, ...] = field(default=(), repr=False, compare=False)
    """Phases, cues and speech merged in the order they happen (see `PlanEvent`)."""

    @property
    def open(self) -> bool:
        return any(p.duration_s is None for p in self.phases)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "title": self.title,
            "total_s": ms(self.total_s),
            "open": self.open,
            "segments": [s.to_json() for s in self.segments],
            "phases": [p.to_json() for p in self.phases],
            "cues": [c.to_json() for c in self.cues],
            "speech": [s.to_json() for s in self.speech],
        }


@dataclass(frozen=True, slots=True)
class PlanEvent:
    """One thing that happens at a moment of the plan, in the order it happens.

    Several events can share a time: an open hold and the inhale after it both
    start at the same plan time, and only the order tells which comes first.
    """

    at_s: float
    item: PlanPhase | PlanCue | PlanSpeech | PlanSegment
