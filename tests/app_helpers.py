"""Helpers for the app tests: a fake clock, a sound sink that records, a window maker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from anapana.app.sound_sink import SilentSink
from anapana.core.plan import PlanCue, PlanSpeech
from tests.fakes import FakeClock

__all__ = ["FakeClock", "RecordingSink"]


@dataclass
class RecordingSink(SilentSink):
    """A sound sink that remembers what it was asked to do (no speech engine: lines are
    shown, never rendered, as with the silent sink)."""

    scheduled: list[tuple[PlanCue, float]] = field(default_factory=list)
    said: list[str] = field(default_factory=list)
    clears: int = 0
    muted: bool = False
    closed: bool = False
    language: str | None = None
    volumes: dict[str, float] = field(default_factory=dict)
    preloaded: list[PlanCue] = field(default_factory=list)
    speech_version: int = 0

    def preload(self, cues: Sequence[PlanCue]) -> None:
        self.preloaded = list(cues)

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        self.scheduled = [(cue, deadline_of(cue.at_s)) for cue in cues]

    def clear(self) -> None:
        self.clears += 1
        self.scheduled = []

    def say(self, speech: PlanSpeech) -> None:
        self.said.append(speech.text)

    def set_volume(self, channel: str, volume: float) -> None:
        self.volumes[channel] = volume

    def set_language(self, language: str | None) -> None:
        self.language = language

    def close(self) -> None:
        self.closed = True


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
