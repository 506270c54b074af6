"""Reading, refusing and converting WAV files (anapana.core.wavfile)."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
import pytest

from anapana.core.wavfile import (
    Sound,
    WavError,
    check_wav,
    read_wav,
    resample,
    to_int16,
    to_output,
    with_channels,
    write_wav,
)


def riff(fmt_tag: int, channels: int, rate: int, bits: int, data: bytes, **kw: int) -> bytes:
    """A WAV file built by hand, so every field can be made right or wrong."""
    align = kw.get("align", channels * bits // 8)
    fmt = struct.pack("<HHIIHH", fmt_tag, channels, rate, rate * align, align, bits)
    if kw.get("extensible"):
        sub = struct.pack("<HHI", 22, bits, 3) + struct.pack("<H", fmt_tag) + b"\x00" * 14
        fmt = struct.pack("<HHIIHH", 0xFFFE, channels, rate, rate * align, align, bits) + sub
    declared = kw.get("declared", len(data))
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"LIST" + struct.pack("<I", 3) + b"abc\x00"  # an odd-sized chunk to skip
    body += b"data" + struct.pack("<I", declared) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def encode(values: np.ndarray, bits: int) -> bytes:
    """Integer sample values to little-endian PCM bytes of `bits` width."""
    if bits == 8:
        return (values + 128).astype(np.uint8).tobytes()
    if bits == 16:
        return values.astype("<i2").tobytes()
    if bits == 24:
        v = values.astype(np.int64) & 0xFFFFFF
        return (
            np.stack([v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF], axis=1)
            .astype(np.uint8)
            .tobytes()
        )
    return values.astype("<i4").tobytes()


@pytest.mark.parametrize("bits", [8, 16, 24, 32])
@pytest.mark.parametrize("channels", [1, 2])
@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_pcm_files_decode_to_their_values(
    tmp_path: Path, bits: int, channels: int, rate: int
) -> None:
    full = 1 << (bits - 1)
    frames = 300
    rng = np.random.default_rng(bits * channels)
    values = rng.integers(-full, full, size=(frames, channels), dtype=np.int64)
    values[0] = -full  # the extremes decode to -1 and just under 1
    values[1] = full - 1
    path = tmp_path / "x.wav"
    path.write_bytes(riff(1, channels, rate, bits, encode(values.reshape(-1), bits)))

    sound = read_wav(path)

    assert check_wav(path) is None
    assert (sound.rate, sound.channels, sound.frames) == (rate, channels, frames)
    assert sound.samples.dtype == np.float32
    np.testing.assert_allclose(sound.samples, values / full, atol=1e-7)
    assert sound.samples.min() == -1.0 and sound.samples.max() <= 1.0


def test_extensible_header_24_bit_is_read(tmp_path: Path) -> None:
    values = np.array([0, 1000, -1000, 8388607, -8388608], dtype=np.int64)
    path = tmp_path / "ext.wav"
    path.write_bytes(riff(1, 1, 48000, 24, encode(values, 24), extensible=1))
    np.testing.assert_allclose(read_wav(path).samples[:, 0], values / 8388608, atol=1e-7)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"ID3\x03\x00 this is an mp3", "not a WAV file"),
        (b"", "not a WAV file"),
        (riff(1, 1, 44100, 16, b"\x01\x00" * 100)[:60], "truncated"),
        (riff(1, 1, 44100, 16, b"\x01\x00" * 100, declared=400), "truncated"),
        (riff(1, 1, 44100, 16, b""), "empty sound"),
        (riff(3, 1, 44100, 32, b"\x00" * 40), "float WAV (format 3) is not supported"),
        (riff(3, 2, 44100, 32, b"\x00" * 40, extensible=1), "format 3"),
        (riff(2, 1, 44100, 4, b"\x00" * 40, align=256), "ADPCM WAV (format 2)"),
        (riff(0x55, 1, 44100, 0, b"\x00" * 40, align=1), "(format 85) is not supported"),
        (riff(1, 6, 44100, 16, b"\x00" * 120), "6 channels"),
        (riff(1, 1, 44100, 12, b"\x00" * 40, align=2), "12-bit"),
    ],
    ids=[
        "mp3",
        "empty-file",
        "cut-header",
        "cut-data",
        "zero-frames",
        "float",
        "float-extensible",
        "adpcm",
        "mp3-in-wav",
        "surround",
        "odd-bits",
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    problem = check_wav(path)
    assert problem is not None and message in problem
    with pytest.raises(WavError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_wav(path)


def test_compressed_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "float.wav"
    path.write_bytes(riff(3, 1, 44100, 32, b"\x00" * 40))
    assert check_wav(path) == "float WAV (format 3) is not supported; save it as PCM 16-bit"


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    assert check_wav(tmp_path / "nope.wav") == "file not found"
    assert check_wav(tmp_path) == "this is a folder, not a WAV file"


def test_sixteen_bit_round_trip_is_exact(tmp_path: Path) -> None:
    values = np.arange(-32768, 32768, 8, dtype=np.int16).reshape(-1, 2)
    path = tmp_path / "a.wav"
    path.write_bytes(riff(1, 2, 44100, 16, values.astype("<i2").tobytes()))
    write_wav(tmp_path / "b.wav", read_wav(path))
    assert (tmp_path / "b.wav").read_bytes()[-len(values.tobytes()) :] == values.tobytes()
    np.testing.assert_array_equal(to_int16(read_wav(tmp_path / "b.wav").samples), values)


def test_resample_keeps_pitch_and_length() -> None:
    rate = 22050
    t = np.arange(rate) / rate
    tone = np.sin(2 * np.pi * 441 * t).astype(np.float32).reshape(-1, 1)
    out = resample(Sound(tone, rate), 44100)
    assert out.rate == 44100 and out.frames == 44100
    spectrum = np.abs(np.fft.rfft(out.samples[:, 0]))
    assert np.argmax(spectrum) == 441  # 1 s long: bin index = Hz
    expected = np.sin(2 * np.pi * 441 * np.arange(44100) / 44100)
    assert np.max(np.abs(out.samples[:-2, 0] - expected[:-2])) < 0.01


def test_to_output_makes_stereo_int16_at_44100() -> None:
    mono = Sound(np.full((480, 1), 0.5, dtype=np.float32), 48000)
    out = to_output(mono)
    assert out.dtype == np.int16 and out.shape == (441, 2)
    assert np.all(out == 16384)
    stereo = Sound(np.array([[1.0, -1.0], [0.5, 0.0]], dtype=np.float32), 44100)
    np.testing.assert_allclose(with_channels(stereo, 1).samples[:, 0], [0.0, 0.25])
