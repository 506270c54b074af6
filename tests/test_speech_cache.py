"""Rendered lines on disk: keyed by text, voice and rate; damaged entries rendered again;
the folder kept under its size; a line rendered once per key."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from anapana.sound.speech_cache import SpeechCache, default_folder
from anapana.sound.speech_render import LineRenderer
from anapana.sound.tts.engine import CALM_RATE, Choice, RenderedSpeech, Voice

KEY = "a" * 64


class CountingEngine:
    name = "counting"

    def __init__(self) -> None:
        self.rendered: list[tuple[str, str, float]] = []

    def available(self) -> bool:
        return True

    def voices(self) -> list[Voice]:
        return [Voice("counting", "v1", "One", "en-US"), Voice("counting", "v2", "Two", "en-US")]

    def voice_for(self, language: str | None) -> Voice | None:
        return self.voices()[0]

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        self.rendered.append((text, voice.id, rate))
        t = np.arange(round(22050 * 0.5 * (1 + len(text) % 3))) / 22050
        tone = 12000 * np.sin(2 * np.pi * 220 * t) * np.sin(np.pi * t / t[-1])
        return RenderedSpeech(tone.astype(np.int16), 22050, text, voice.key)


def test_put_then_get_gives_the_same_samples(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    samples = np.array([0, 1, -1, 32767, -32768], dtype=np.int16)
    cache.put(KEY, samples, 44100)
    got = cache.get(KEY)
    assert got is not None
    assert np.array_equal(got[0], samples) and got[1] == 44100
    assert cache.get("b" * 64) is None


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_entry_is_dropped_and_reported_missing(tmp_path: Path, damage: str) -> None:
    cache = SpeechCache(tmp_path)
    cache.put(KEY, np.arange(1000, dtype=np.int16), 44100)
    path = tmp_path / f"{KEY}.pcm"
    blob = bytearray(path.read_bytes())
    if damage == "truncate":
        blob = blob[:-10]
    elif damage == "flip":
        blob[-5] ^= 0xFF
    elif damage == "garbage":
        blob = bytearray(b"RIFF not ours at all" * 10)
    else:
        blob = bytearray()
    path.write_bytes(bytes(blob))
    assert cache.get(KEY) is None
    assert not path.exists()


def _rewrite_header(blob: bytes, **changes: object) -> bytes:
    from anapana.sound.speech_cache import _HEADER

    fields = dict(zip(("magic", "rate", "frames", "digest"), _HEADER.unpack_from(blob),
                      strict=True))
    fields.update(changes)
    return _HEADER.pack(*fields.values()) + blob[_HEADER.size:]


HOSTILE_HEADERS = {
    "empty": lambda blob: b"",
    "half a header": lambda blob: blob[:20],
    "header only": lambda blob: blob[:48],
    "samples cut short": lambda blob: blob[:-2],
    "samples grown": lambda blob: blob + b"\0\0",
    "not ours": lambda blob: b"RIFF" + blob[4:],
    "rate zero": lambda blob: _rewrite_header(blob, rate=0),
    "rate absurd": lambda blob: _rewrite_header(blob, rate=0xFFFFFFFF),
    "rate just too low": lambda blob: _rewrite_header(blob, rate=7999),
    "more frames than held": lambda blob: _rewrite_header(blob, frames=1001),
    "frames near 2**32": lambda blob: _rewrite_header(blob, frames=0xFFFFFFFF),
    "fewer frames than held": lambda blob: _rewrite_header(blob, frames=999),
}


@pytest.mark.parametrize("damage", HOSTILE_HEADERS, ids=list(HOSTILE_HEADERS))
def test_a_bad_header_is_refused_by_length_and_by_get_alike(tmp_path: Path,
                                                            damage: str) -> None:
    cache = SpeechCache(tmp_path)
    cache.put(KEY, np.arange(1000, dtype=np.int16), 8000)
    assert cache.length(KEY) == (1000, 8000)  # the lowest rate accepted
    path = tmp_path / f"{KEY}.pcm"
    path.write_bytes(HOSTILE_HEADERS[damage](path.read_bytes()))
    assert cache.length(KEY) is None
    assert cache.get(KEY) is None
    assert not path.exists()


def test_damaged_samples_under_a_good_header_are_caught_by_get_alone(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    cache.put(KEY, np.arange(1000, dtype=np.int16), 192000)
    path = tmp_path / f"{KEY}.pcm"
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 0x01
    path.write_bytes(bytes(blob))
    assert cache.length(KEY) == (1000, 192000)  # the header alone cannot tell
    assert cache.get(KEY) is None


def test_keys_that_are_not_hashes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        SpeechCache(tmp_path).get("../../etc/passwd")


def test_the_folder_is_trimmed_oldest_first(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path, max_bytes=3 * (2000 + 48))
    for i, key in enumerate("abcd"):
        cache.put(key * 64, np.zeros(1000, dtype=np.int16), 44100)
        os.utime(tmp_path / f"{key * 64}.pcm", (1000 + i, 1000 + i))
    cache.put("e" * 64, np.zeros(1000, dtype=np.int16), 44100)
    left = sorted(p.name[0] for p in tmp_path.glob("*.pcm"))
    assert left == ["c", "d", "e"]


def test_an_unwritable_folder_only_loses_the_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = SpeechCache(blocker / "speech")
    cache.put(KEY, np.zeros(10, dtype=np.int16), 44100)  # no exception
    assert cache.get(KEY) is None


def test_default_folder_follows_anapana_home(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path))
    assert default_folder() == tmp_path / "cache" / "speech"


def test_a_line_is_rendered_once_per_text_voice_and_rate(tmp_path: Path) -> None:
    engine = CountingEngine()
    cache = SpeechCache(tmp_path)
    one = LineRenderer(Choice(engine, engine.voices()[0], 0.85), cache)
    first = one.render("Feet")
    again = LineRenderer(Choice(engine, engine.voices()[0], 0.85), cache).render("Feet")
    assert engine.rendered == [("Feet", "v1", 0.85)]
    assert np.array_equal(first.samples, again.samples)
    LineRenderer(Choice(engine, engine.voices()[1], 0.85), cache).render("Feet")
    LineRenderer(Choice(engine, engine.voices()[0], 1.0), cache).render("Feet")
    one.render("Legs")
    assert len(engine.rendered) == 4


def test_a_damaged_cache_entry_is_rendered_again(tmp_path: Path) -> None:
    engine = CountingEngine()
    renderer = LineRenderer(Choice(engine, engine.voices()[0], 0.85), SpeechCache(tmp_path))
    good = renderer.render("Feet")
    path = tmp_path / f"{renderer.key('Feet')}.pcm"
    path.write_bytes(path.read_bytes()[:100])
    again = renderer.render("Feet")
    assert len(engine.rendered) == 2
    assert np.array_equal(good.samples, again.samples)


def test_rendered_lines_come_out_at_the_output_rate_and_level(tmp_path: Path) -> None:
    from anapana.sound import loudness, synth

    engine = CountingEngine()
    sound = LineRenderer(Choice(engine, engine.voices()[0]), None).render("Feet")
    assert sound.rate == 44100 and sound.channels == 1
    assert sound.duration_s == pytest.approx(1.0, abs=0.01)  # 22,050 Hz in, same length
    level = loudness.active_rms_db(sound.samples[:, 0], 44100)
    assert abs(level - synth.TARGET_RMS_DB) <= 2.0
    assert 20 * np.log10(loudness.true_peak(sound.samples[:, 0])) <= -1.0


FRENCH = "Les esprits vagabondent\u00a0; quand vous le remarquez, revenez\u202f? Oui\u00a0: merci."


def test_no_break_spaces_reach_the_engine_as_plain_spaces(tmp_path: Path) -> None:
    engine = CountingEngine()
    renderer = LineRenderer(Choice(engine, engine.voices()[0], 0.85), SpeechCache(tmp_path))
    renderer.render(FRENCH)
    plain = "Les esprits vagabondent ; quand vous le remarquez, revenez ? Oui : merci."
    assert engine.rendered == [(plain, "v1", 0.85)]
    renderer.render(plain)  # the same spoken line: rendered once, cached
    assert len(engine.rendered) == 1


def test_espeak_says_a_line_with_no_break_spaces_as_before() -> None:
    from anapana.sound.tts.espeak_ng import EspeakEngine

    engine = EspeakEngine()
    voice = engine.voice_for("fr") if engine.available() else None
    if voice is None:
        pytest.skip("espeak-ng with a French voice is not installed")
    renderer = LineRenderer(Choice(engine, voice), None)
    with_nbsp = renderer.render(FRENCH).samples
    plain = renderer.render(FRENCH.replace("\u00a0", " ").replace("\u202f", " ")).samples
    assert np.array_equal(with_nbsp, plain)
