"""Speech engines: espeak-ng's voice list and WAV read, the voice chosen by language,
and the engine chosen by order (no Qt, no real program needed)."""

from __future__ import annotations

import shutil
import struct
import subprocess
from typing import Any

import numpy as np
import pytest

from anapana.sound.tts.engine import (
    CALM_RATE,
    RenderedSpeech,
    SpeechEngine,
    SpeechError,
    Voice,
    cache_key,
    choose,
)
from anapana.sound.tts.espeak_ng import EspeakEngine, parse_voices, parse_wav

LISTING = """Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  en-029          --/M      English_(Caribbean) gmw/en-029           (en 10)
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 3  en-uk           --/M      english-mb-en1     mb/mb-en1            (en-gb 3)(en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
 5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)
 5  de              --/M      German             gmw/de
 5  variant         --/M      Storm              !v/Storm             (en-us 5)
 5  fr-fr           --/M      French             roa/fr
"""


def espeak_wav(samples: np.ndarray, rate: int = 22050) -> bytes:
    """What `espeak-ng --stdout` writes: sizes are placeholders (it streams)."""
    data = samples.astype("<i2").tobytes()
    return (b"RIFF" + struct.pack("<I", 0x7FFFF024) + b"WAVE" + b"fmt "
            + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
            + b"data" + struct.pack("<I", 0x7FFFF000) + data)


class FakeRun:
    """Stands in for subprocess.run: answers --voices and renders a fixed tone."""

    def __init__(self, listing: str = LISTING, fail: bool = False) -> None:
        self.listing = listing
        self.fail = fail
        self.calls: list[tuple[list[str], bytes | None]] = []

    def __call__(self, command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((command, kwargs.get("input")))
        if "--voices" in command:
            return subprocess.CompletedProcess(command, 0, self.listing.encode(), b"")
        if self.fail:
            return subprocess.CompletedProcess(command, 1, b"", b"voice not found")
        tone = (8000 * np.sin(np.arange(2205) / 5)).astype(np.int16)
        return subprocess.CompletedProcess(command, 0, espeak_wav(tone), b"")


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch) -> EspeakEngine:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    return EspeakEngine(run=FakeRun())


def test_voices_leave_out_mbrola_and_variants_and_keep_the_first_of_each_tag() -> None:
    voices = parse_voices(LISTING)
    assert [v.id for v in voices] == ["en-029", "en-gb", "en-us", "de", "fr-fr"]
    us = voices[2]
    assert (us.engine, us.name, us.language, us.licence) == (
        "espeak-ng", "English (America)", "en-US", "GPL-3.0-or-later")


def test_english_gets_a_neutral_voice_never_the_first_listed(engine: EspeakEngine) -> None:
    assert engine.voices()[0].id == "en-029"  # the first in the list: Caribbean
    assert engine.voice_for("en").id == "en-us"
    assert engine.voice_for(None).id == "en-us"
    assert engine.voice_for("en-GB").id == "en-gb"  # a region that exists is honoured
    assert engine.voice_for("en-AU").id == "en-us"  # one that does not: the neutral one
    assert engine.voice_for("de-CH").id == "de"
    assert engine.voice_for("fr").id == "fr-fr"
    assert engine.voice_for("xx") is None


def test_render_passes_text_on_stdin_at_a_calm_rate(engine: EspeakEngine) -> None:
    voice = engine.voice_for("en")
    assert voice is not None
    spoken = engine.render("-v xx --stdout is only words", voice)
    command, stdin = engine._run.calls[-1]  # type: ignore[attr-defined]
    assert command[1:] == ["--stdout", "-v", "en-us", "-s", str(round(175 * CALM_RATE))]
    assert stdin == b"-v xx --stdout is only words"
    assert isinstance(spoken, RenderedSpeech)
    assert spoken.rate == 22050 and len(spoken.samples) == 2205
    assert spoken.duration_s == pytest.approx(0.1)


def test_a_failing_render_is_a_speech_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    engine = EspeakEngine(run=FakeRun(fail=True))
    with pytest.raises(SpeechError, match="voice not found"):
        engine.render("hello", Voice("espeak-ng", "en-us", "English", "en-US"))


def test_not_installed_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    engine = EspeakEngine(run=FakeRun())
    assert not engine.available()
    assert engine.voices() == []
    with pytest.raises(SpeechError):
        engine.render("hello", Voice("espeak-ng", "en-us", "English", "en-US"))


@pytest.mark.parametrize("blob", [b"", b"RIFF", b"RIFF\0\0\0\0WAVEdata\0\0\0\0",
                                  b"not a wav at all, just text"])
def test_broken_wav_output_is_a_speech_error(blob: bytes) -> None:
    with pytest.raises(SpeechError):
        parse_wav(blob)


def test_streamed_wav_is_read_to_its_end() -> None:
    samples = np.arange(-50, 51, dtype=np.int16)
    read, rate = parse_wav(espeak_wav(samples, 16000) + b"\x01")  # an odd byte is left
    assert rate == 16000
    assert np.array_equal(read, samples)


class Stub:
    def __init__(self, name: str, voices: list[Voice], available: bool = True) -> None:
        self.name = name
        self._voices = voices
        self._available = available

    def available(self) -> bool:
        return self._available

    def voices(self) -> list[Voice]:
        return self._voices

    def voice_for(self, language: str | None) -> Voice | None:
        base = (language or "en").split("-")[0]
        return next((v for v in self._voices if v.language.split("-")[0] == base), None)

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        return RenderedSpeech(np.zeros(10, dtype=np.int16), 22050, text, voice.key)


def test_the_first_engine_with_a_voice_for_the_language_is_chosen() -> None:
    piper = Stub("piper", [Voice("piper", "de_DE-thorsten", "Thorsten", "de-DE")])
    espeak = Stub("espeak-ng", [Voice("espeak-ng", "en-us", "English", "en-US"),
                                Voice("espeak-ng", "de", "German", "de")])
    engines: list[SpeechEngine] = [piper, espeak]
    german = choose(engines, "de")
    assert german is not None and german.engine is piper
    english = choose(engines, "en")
    assert english is not None and english.engine is espeak
    assert english.skipped == ("piper",)
    assert choose([Stub("piper", piper._voices, available=False), espeak], "de").engine is espeak  # type: ignore[union-attr]
    assert choose(engines, "ja") is None


def test_a_preferred_voice_wins_when_it_fits_the_language() -> None:
    espeak = Stub("espeak-ng", [Voice("espeak-ng", "en-us", "US", "en-US"),
                                Voice("espeak-ng", "en-gb", "GB", "en-GB")])
    chosen = choose([espeak], "en", preferred_voice="espeak-ng:en-gb")
    assert chosen is not None and chosen.voice.id == "en-gb"
    other = choose([espeak], "de", preferred_voice="espeak-ng:en-gb")
    assert other is None  # an English voice is never used for German


def test_a_broken_engine_is_passed_over() -> None:
    class Broken(Stub):
        def available(self) -> bool:
            raise RuntimeError("boom")

    espeak = Stub("espeak-ng", [Voice("espeak-ng", "en-us", "US", "en-US")])
    chosen = choose([Broken("piper", []), espeak], "en")
    assert chosen is not None and chosen.engine is espeak


def test_cache_keys_differ_by_text_voice_rate_and_output_rate() -> None:
    us = Voice("espeak-ng", "en-us", "US", "en-US")
    gb = Voice("espeak-ng", "en-gb", "GB", "en-GB")
    base = cache_key("Feet", us, 0.85, 44100)
    assert base == cache_key("Feet", us, 0.85, 44100)
    assert len({base, cache_key("Feet.", us, 0.85, 44100), cache_key("Feet", gb, 0.85, 44100),
                cache_key("Feet", us, 0.9, 44100), cache_key("Feet", us, 0.85, 48000)}) == 5


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_real_espeak_ng_renders_speech() -> None:
    engine = EspeakEngine()
    voice = engine.voice_for("en")
    assert voice is not None and voice.id in ("en-us", "en-gb")
    spoken = engine.render("Bring your attention to your feet.", voice)
    assert 1.0 < spoken.duration_s < 5.0
    assert np.abs(spoken.samples.astype(np.int32)).max() > 1000
