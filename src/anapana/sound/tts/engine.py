"""The speech engine interface: voices, rendered speech, and picking the best engine.

An engine turns a line of text into PCM ahead of time; the app then schedules that PCM on
the mixer's `voice` channel like any cue. Engines, best first (`ENGINE_ORDER`):
Piper (natural neural voices, when one is installed), espeak-ng (always-present fallback,
`espeak_ng`), speech-dispatcher through QTextToSpeech (only where neither exists);
`anapana.sound.tts.installed.installed_engines()` builds the ones this machine has.

An engine module provides a class satisfying `SpeechEngine`; `rate` is a speed factor
(1.0 is the engine's normal pace, `CALM_RATE` the app's default), so the same setting
means the same for every engine.

How the app learns what is being said (for captions), without Qt:
- `anapana.sound.speech_plan.SpokenLine` is one line of the plan with its rendered (or
  estimated) length in plan seconds: `at_s`, `end_s`, `text`. A `SpeechTimeline` holds them
  after overlaps are resolved; `timeline.spoken_at(t)` gives the line sounding at plan
  time `t` (or None). Pure: a view may ask it every frame.
- On the Qt side the `PlayerController` emits `speech_started(str)` with the text when a
  line begins (whether it is heard, muted, or only shown because no engine exists) and
  `speech_ended()` when it ends, is cut by a skip or pause, or the session stops.
No Qt in this module.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

ENGINE_ORDER: tuple[str, ...] = ("piper", "espeak-ng", "speechd")
"""Engine names, best first."""

CALM_RATE = 0.85
"""The default speed factor: a little slower than the engines' normal pace."""


class SpeechError(RuntimeError):
    """An engine could not render a line; the message is for the log (and the user)."""


@dataclass(frozen=True, slots=True)
class Voice:
    """One voice of one engine.

    `id` is what the engine needs to find it again (espeak-ng's voice name, a Piper
    model's file stem); `language` is a BCP 47 tag (`en-US`, `de`); `quality` is the
    engine's word for it (`low`, `medium`, `high`, or "" when it has none); `licence` an
    SPDX id or a short phrase ("" when unknown); `path` a model file, for engines that
    load one.
    """

    engine: str
    id: str
    name: str
    language: str
    quality: str = ""
    licence: str = ""
    path: Path | None = None

    @property
    def key(self) -> str:
        """Stable identity for caches and settings: `engine:id`."""
        return f"{self.engine}:{self.id}"


@dataclass(frozen=True, slots=True, eq=False)
class RenderedSpeech:
    """A line of speech as PCM: int16 mono `samples` at `rate` frames per second."""

    samples: npt.NDArray[np.int16]
    rate: int
    text: str = ""
    voice_key: str = ""

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


@runtime_checkable
class SpeechEngine(Protocol):
    """Renders text to PCM with one of its voices."""

    name: str

    def available(self) -> bool:
        """True when it can render here (its program or package and a voice exist)."""

    def voices(self) -> list[Voice]:
        """Its voices (empty when unavailable)."""

    def voice_for(self, language: str | None) -> Voice | None:
        """The voice it recommends for a BCP 47 language (None: none fits)."""

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        """`text` spoken by `voice`; raises `SpeechError` when it cannot."""


_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})


def spoken_form(text: str) -> str:
    """`text` as an engine is given it: no-break spaces (French typography puts them
    before `: ; ? !`) as plain spaces, so a line is spoken exactly as it was before its
    typography was corrected (espeak-ng pauses a little differently after one)."""
    return text.translate(_NO_BREAK_SPACES)


def base_language(tag: str | None) -> str:
    """`en-GB` → `en`; None or "" → `en`."""
    return (tag or "en").replace("_", "-").split("-")[0].lower() or "en"


def voice_matches(voice: Voice, language: str | None) -> int:
    """How well `voice` fits `language`: 2 exact tag, 1 same base language, 0 not."""
    want = (language or "en").replace("_", "-").lower()
    have = voice.language.replace("_", "-").lower()
    if have == want:
        return 2
    return 1 if base_language(have) == base_language(want) else 0


@dataclass(frozen=True, slots=True)
class Choice:
    """The engine and voice that will speak a session."""

    engine: SpeechEngine
    voice: Voice
    rate: float = CALM_RATE
    skipped: tuple[str, ...] = field(default=())
    """Engines tried before it, that were unavailable or had no voice for the language."""


def choose(
    engines: Iterable[SpeechEngine],
    language: str | None,
    *,
    preferred_voice: str = "",
    rate: float = CALM_RATE,
) -> Choice | None:
    """The first engine (in the order given) that is available and has a voice for
    `language`. `preferred_voice` (a `Voice.key`) wins wherever it is found and fits.
    """
    candidates = [e for e in engines if _safe_available(e)]
    if preferred_voice:
        for engine in candidates:
            for known in _safe_voices(engine):
                if known.key == preferred_voice and voice_matches(known, language):
                    return Choice(engine, known, rate)
    skipped: list[str] = []
    for engine in candidates:
        voice: Voice | None
        try:
            voice = engine.voice_for(language)
        except Exception:  # an engine must never stop a session
            voice = None
        if voice is not None:
            return Choice(engine, voice, rate, tuple(skipped))
        skipped.append(engine.name)
    return None


def _safe_available(engine: SpeechEngine) -> bool:
    try:
        return bool(engine.available())
    except Exception:
        return False


def _safe_voices(engine: SpeechEngine) -> list[Voice]:
    try:
        return list(engine.voices())
    except Exception:
        return []


def cache_key(text: str, voice: Voice, rate: float, output_rate: int) -> str:
    """What a rendered line is cached under: text, voice, rate and output rate, hashed."""
    blob = "\0".join(
        (
            "v1",
            voice.engine,
            voice.id,
            str(voice.path or ""),
            f"{rate:.3f}",
            str(output_rate),
            text,
        )
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()
