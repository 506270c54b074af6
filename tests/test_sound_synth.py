"""The built-in cues: soft, click-free, matched in loudness, and the shipped files agree."""

from __future__ import annotations

import numpy as np
import pytest

from anapana.core.wavfile import read_wav
from anapana.paths import assets_dir
from anapana.sound import synth

RATE = 44100
REQUIRED = ("rise", "fall", "tick", "chime", "bowl", "gong", "in", "hold", "out")
LONG_RINGING = ("bowl", "gong", "chime")


def windowed_rms_db(x: np.ndarray, window_s: float = 0.05) -> np.ndarray:
    size = round(window_s * RATE)
    count = len(x) // size
    power = (x[: count * size].astype(np.float64).reshape(count, size) ** 2).mean(axis=1)
    return 10 * np.log10(np.maximum(power, 1e-20))


def active_loudness_db(name: str, x: np.ndarray) -> float:
    """Our own measure (not synth's): mean power of 50 ms windows within 20 dB of the
    loudest; ringing cues over their first second."""
    if name in LONG_RINGING:
        x = x[:RATE]
    windows = windowed_rms_db(x)
    active = windows[windows >= windows.max() - 20]
    return float(10 * np.log10(np.mean(10 ** (active / 10))))


@pytest.fixture(scope="module")
def cues() -> dict[str, np.ndarray]:
    return {name: synth.synthesize(name) for name in synth.CUES}


def test_every_required_cue_exists(cues: dict[str, np.ndarray]) -> None:
    assert set(REQUIRED) <= set(cues)


@pytest.mark.parametrize("name", REQUIRED)
def test_peak_is_at_most_minus_one_dbfs(cues: dict[str, np.ndarray], name: str) -> None:
    peak_db = 20 * np.log10(np.abs(cues[name]).max())
    assert peak_db <= -1.0


@pytest.mark.parametrize("name", REQUIRED)
def test_starts_and_ends_on_silence(cues: dict[str, np.ndarray], name: str) -> None:
    x = cues[name]
    assert abs(x[0]) < 1e-4 and abs(x[-1]) < 1e-4
    # and gets there gently: the first and last 1 ms stay far below the cue's peak
    edge = RATE // 1000
    peak = np.abs(x).max()
    assert np.abs(x[:edge]).max() < 0.35 * peak
    assert np.abs(x[-edge:]).max() < 0.05 * peak


@pytest.mark.parametrize("name", REQUIRED)
def test_no_jumps_between_samples(cues: dict[str, np.ndarray], name: str) -> None:
    # a click is a step far larger than the waveform's own slope
    x = cues[name]
    assert np.abs(np.diff(x)).max() < 0.35 * np.abs(x).max()


def test_loudness_is_matched_within_3_db(cues: dict[str, np.ndarray]) -> None:
    loudness = {name: active_loudness_db(name, x) for name, x in cues.items()}
    spread = max(loudness.values()) - min(loudness.values())
    assert spread <= 3.0, loudness


def test_bowl_rings_long_and_beats(cues: dict[str, np.ndarray]) -> None:
    bowl = cues["bowl"]
    windows = windowed_rms_db(bowl, 0.1)
    assert len(bowl) / RATE >= 8.0
    assert windows[int(5 / 0.1)] > windows.max() - 30  # still sounding after 5 s
    # beating: the loudness wobbles instead of decaying smoothly
    first_two_s = windows[2:20] - np.linspace(windows[2], windows[19], 18)
    assert np.ptp(first_two_s) > 1.0
    # inharmonic: the strongest partials are not whole multiples of the lowest
    spectrum = np.abs(np.fft.rfft(bowl[: 4 * RATE]))
    freqs = np.fft.rfftfreq(4 * RATE, 1 / RATE)
    low = freqs[np.argmax(spectrum * (freqs < 400))]
    second = freqs[np.argmax(spectrum * (freqs > 400) * (freqs < 900))]
    assert abs(second / low - round(second / low)) > 0.15


def dominant_pitch(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[np.argmax(spectrum)])


def test_rise_goes_up_and_fall_goes_down(cues: dict[str, np.ndarray]) -> None:
    for name, direction in (("rise", 1), ("fall", -1)):
        x = cues[name]
        quarter = len(x) // 4
        early, late = dominant_pitch(x[:quarter]), dominant_pitch(x[-quarter:])
        assert direction * (late - early) > 40, (name, early, late)


def test_eyes_closed_tones_are_high_middle_low(cues: dict[str, np.ndarray]) -> None:
    pitches = [dominant_pitch(cues[name]) for name in ("in", "hold", "out")]
    assert pitches[0] > pitches[1] > pitches[2]
    assert pitches[0] / pitches[2] > 1.5  # an easy difference to hear


@pytest.mark.parametrize("name", REQUIRED)
def test_shipped_file_is_the_synthesized_cue(cues: dict[str, np.ndarray], name: str) -> None:
    shipped = read_wav(assets_dir() / "sounds" / f"{name}.wav")
    assert (shipped.rate, shipped.channels) == (44100, 1)
    assert shipped.frames == len(cues[name])
    # written as 16-bit: within half a step of the float synthesis
    assert np.abs(shipped.samples[:, 0] - cues[name]).max() <= 0.5 / 32768 + 1e-9


def test_unknown_cue_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        synth.synthesize("trumpet")
