"""Helpers for the app tests: a fake clock, a sound sink that records, a window maker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anapana.core.plan import PlanCue, PlanSpeech
from tests.fakes import FakeClock

__all__ = ["FakeClock", "RecordingSink"]


@dataclass
class RecordingSink:
    """A sound sink that remembers what it was asked to do."""

    scheduled: list[tuple[PlanCue, float]] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    clears: int = 0
    muted: bool = False
    closed: bool = False
    language: str | None = None

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        self.scheduled = [(cue, deadline_of(cue.at_s)) for cue in cues]

    def clear(self) -> None:
        self.clears += 1
        self.scheduled = []

    def say(self, speech: PlanSpeech) -> None:
        self.said.append(speech.text)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def close(self) -> None:
        self.closed = True


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
