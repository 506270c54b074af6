"""Rendered speech is held compactly: 16-bit at the output rate, and only the lines about
to play converted for the mixer (a 45-minute body scan's lines stay a few tens of MB)."""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from anapana.core.wavfile import OUTPUT_RATE, Sound, to_int16, with_channels
from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm
from anapana.sound.output import Channel, MixingOutput
from anapana.sound.speech_cache import SpeechCache
from anapana.sound.speech_lines import SpeechLines
from anapana.sound.speech_render import LineRenderer, Prerenderer
from anapana.sound.tts.engine import CALM_RATE, Choice, RenderedSpeech, Voice


def spoken(seconds: float, seed: int = 0) -> Sound:
    """A line as the renderer hands it over: 16-bit values as float32 mono."""
    rng = np.random.default_rng(seed)
    pcm = rng.integers(-20000, 20000, int(seconds * OUTPUT_RATE), dtype=np.int16)
    return Sound((pcm.astype(np.float32) / 32768.0).reshape(-1, 1), OUTPUT_RATE)


@pytest.fixture
def traced() -> Iterator[None]:
    tracemalloc.start()
    yield
    tracemalloc.stop()


def grown_by(action: object) -> int:
    """Bytes still allocated after `action()` (numpy reports its buffers to tracemalloc)."""
    before, _ = tracemalloc.get_traced_memory()
    action()  # type: ignore[operator]
    after, _ = tracemalloc.get_traced_memory()
    return after - before


def test_a_registered_line_takes_two_bytes_a_frame(traced: None) -> None:
    library = SoundLibrary(channels=2)
    line = spoken(30.0)
    held = grown_by(lambda: library.register("speech:a", line))
    frames = line.frames
    assert held <= frames * 2 * 1.05 + 4096, f"{held / frames:.1f} bytes a frame"
    assert library.duration_s("speech:a") == pytest.approx(30.0)


def test_the_mixer_gets_the_same_samples_as_before(traced: None) -> None:
    library = SoundLibrary(channels=2)
    line = spoken(2.0, seed=3)
    library.register("speech:b", line)
    for gain in (1.0, 0.7, 0.25, 0.0):
        expected = to_int16(with_channels(line, 2).samples, gain)
        assert np.array_equal(library.pcm("speech:b", gain), expected)
    assert np.array_equal(library.load("speech:b").samples, with_channels(line, 2).samples)
    library.forget("speech:b")
    with pytest.raises(LookupError):
        library.load("speech:b")


class Recording(MixingOutput):
    name = "recording"

    def __init__(self, library: SoundLibrary) -> None:
        super().__init__(library)
        self.started: list[Pcm] = []

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        self.started.append(pcm)

    def _stop(self, channel: Channel | None) -> None:
        pass


def test_only_the_last_few_long_lines_stay_converted(traced: None) -> None:
    library = SoundLibrary(channels=2)
    for i in range(12):
        library.register(f"speech:{i}", spoken(10.0, seed=i))
    output = Recording(library)

    def prepare_all() -> None:
        for i in range(12):
            output.prepare(f"speech:{i}", "voice")

    kept = grown_by(prepare_all)
    stereo_line = 10.0 * OUTPUT_RATE * 2 * 2
    assert kept <= 5 * stereo_line, f"{kept / stereo_line:.1f} lines kept converted"
    output.play("speech:11", "voice")  # the one just prepared plays as it was prepared
    assert np.array_equal(output.started[-1], library.pcm("speech:11", 1.0))
    output.play("speech:0", "voice")  # one dropped meanwhile is converted again
    assert np.array_equal(output.started[-1], library.pcm("speech:0", 1.0))


class ToneEngine:
    """Renders a few seconds of a soft tone per line, at espeak-ng's rate."""

    name = "tone"
    rendered = 0

    def available(self) -> bool:
        return True

    def voices(self) -> list[Voice]:
        return [Voice("tone", "v1", "One", "en-US")]

    def voice_for(self, language: str | None) -> Voice | None:
        return self.voices()[0]

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        ToneEngine.rendered += 1
        t = np.arange(round(22050 * (2.0 + len(text) % 3))) / 22050
        tone = 9000 * np.sin(2 * np.pi * (180 + 10 * len(text)) * t) * np.sin(np.pi * t / t[-1])
        return RenderedSpeech(tone.astype(np.int16), 22050, text, voice.key)


LINES = [f"Rest your attention on part {i} of the body." for i in range(8)]


def lines_over(library: SoundLibrary, cache: SpeechCache | None) -> SpeechLines:
    engine = ToneEngine()
    lines = SpeechLines(library, LineRenderer(Choice(engine, engine.voices()[0]), cache))
    lines.load(LINES)
    lines.wait(30)
    return lines


def test_lines_stored_on_disk_are_read_when_asked_for_not_held(
    traced: None, tmp_path: Path
) -> None:
    holding = SoundLibrary(channels=2)  # (also imports what rendering needs)
    held = grown_by(lambda: lines_over(holding, None))
    library = SoundLibrary(channels=2)
    stored = grown_by(lambda: lines_over(library, SpeechCache(tmp_path)))
    assert stored < held / 10, f"{stored} bytes still held, {held} when held in memory"
    # What plays is what was rendered: the same samples as the library holding them.
    lines = lines_over(library, SpeechCache(tmp_path))
    for text in LINES:
        name = lines.sound_name(text)
        assert name is not None
        assert np.array_equal(library.pcm(name, 0.8), holding.pcm(name, 0.8))
        assert library.duration_s(name) == pytest.approx(holding.duration_s(name))


def test_a_stored_line_whose_file_went_away_is_rendered_again(tmp_path: Path) -> None:
    library = SoundLibrary(channels=2)
    lines = lines_over(library, SpeechCache(tmp_path))
    name = lines.sound_name(LINES[3])
    assert name is not None
    before = library.pcm(name, 1.0)
    for path in tmp_path.glob("*.pcm"):
        path.write_bytes(b"damaged")  # another process trimmed or broke the cache
    assert np.array_equal(library.pcm(name, 1.0), before)


def test_a_line_the_cache_could_not_store_is_held(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")  # put() fails quietly
    library = SoundLibrary(channels=2)
    lines = lines_over(library, SpeechCache(blocked))
    name = lines.sound_name(LINES[0])
    rendered = ToneEngine.rendered
    assert name is not None and len(library.pcm(name, 1.0)) > 0
    assert ToneEngine.rendered == rendered, "played from memory, not rendered again"


def test_cues_are_kept_as_16_bit_in_their_own_channels(traced: None) -> None:
    library = SoundLibrary(channels=2)
    kept = grown_by(lambda: library.duration_s("bowl"))
    frames = round(library.duration_s("bowl") * OUTPUT_RATE)
    assert kept <= frames * 2 * 1.05 + 4096, f"{kept / frames:.1f} bytes a frame"
    assert library.pcm("bowl", 1.0).shape == (frames, 2)


def test_the_renderer_thread_lets_go_of_the_last_line() -> None:
    engine = ToneEngine()
    seen: list[weakref.ref[np.ndarray]] = []

    def ready(text: str, sound: Sound) -> None:
        seen.append(weakref.ref(sound.samples))

    worker = Prerenderer(LineRenderer(Choice(engine, engine.voices()[0])), ready,
                         lambda text, error: None)
    worker.submit(LINES[:2])
    worker.join(30)
    gc.collect()
    assert len(seen) == 2 and all(ref() is None for ref in seen)
    worker.close()


def test_lines_rendered_before_are_ready_at_once_without_rendering(tmp_path: Path) -> None:
    lines_over(SoundLibrary(channels=2), SpeechCache(tmp_path)).close()
    rendered = ToneEngine.rendered
    library = SoundLibrary(channels=2)
    engine = ToneEngine()
    lines = SpeechLines(library, LineRenderer(Choice(engine, engine.voices()[0]),
                                              SpeechCache(tmp_path)))
    lines.load(LINES)  # no wait: they are known from their files' headers
    assert all(lines.duration_s(text) is not None for text in LINES)
    assert lines._worker is None, "no rendering thread for lines already stored"
    name = lines.sound_name(LINES[5])
    assert name is not None and len(library.pcm(name, 1.0)) > 0
    assert ToneEngine.rendered == rendered


class HoldingDevice:
    """simpleaudio's stand-in: like the real one, it holds the buffer it plays."""

    def __init__(self) -> None:
        self.playing: list[Pcm] = []

    def play_buffer(self, buffer: Pcm, channels: int, width: int, rate: int) -> object:
        assert buffer.shape[1] == channels and width == 2
        self.playing = [buffer]
        device = self

        class Playing:
            def stop(self) -> None:
                device.playing = []

            def wait_done(self) -> None:
                pass

            def is_playing(self) -> bool:
                return bool(device.playing)

        return Playing()


def test_a_spoken_line_is_held_once_while_it_plays(
    traced: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anapana.sound.simpleaudio_output import SimpleaudioOutput
    from tests.fakes import FakeClock

    device = HoldingDevice()
    monkeypatch.setitem(__import__("sys").modules, "simpleaudio", device)
    library = SoundLibrary(channels=2)
    clock = FakeClock()
    output = SimpleaudioOutput(library, clock=clock)
    library.register("speech:cue", spoken(2.0, seed=9))  # short: kept converted, stereo
    for i in range(2):
        library.register(f"speech:{i}", spoken(10.0, seed=i))
    stereo_line = 10.0 * OUTPUT_RATE * 2 * 2

    def cue_then_line() -> None:  # the line starts while the cue still rings
        output.play("speech:cue", "bell")
        clock.seconds += 1.0
        output.prepare("speech:0", "voice", at=clock.seconds)
        output.play("speech:0", "voice")
        gc.collect()

    held = grown_by(cue_then_line)
    # The mix with the cue's tail is stereo; the line itself is kept as one channel
    # (it was 2.2 stereo lines: the line converted to stereo, and the mix).
    assert held <= 1.8 * stereo_line, f"{held / stereo_line:.2f} stereo lines held"

    def alone() -> None:  # everything has ended: the next line plays on its own
        clock.seconds += 60.0
        output.prepare("speech:1", "voice", at=clock.seconds)
        output.play("speech:1", "voice")
        gc.collect()

    held += grown_by(alone)
    # The cue, and the playing line in the buffer handed to the device (its one-channel
    # copy let go); the first line is let go too.
    assert held <= 1.3 * stereo_line, f"{held / stereo_line:.2f} stereo lines held"
    # What is heard is the line as before: the same samples in both channels.
    assert np.array_equal(device.playing[0], library.pcm("speech:1", 1.0))
