"""Rendered speech is held compactly: 16-bit at the output rate, and only the lines about
to play converted for the mixer (a 45-minute body scan's lines stay a few tens of MB)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import numpy as np
import pytest

from anapana.core.wavfile import OUTPUT_RATE, Sound, to_int16, with_channels
from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm
from anapana.sound.output import Channel, MixingOutput


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
