"""Reading, checking and converting WAV files: the user's own cue sounds and recordings.

Sessions may name a `.wav` file instead of a built-in cue. `check_wav` tells, in plain
words, why a file cannot be used (the session validator shows that message);
`read_wav` gives the samples as float32 in -1..1; `to_output` converts them to what
the sound backends play (44100 Hz, 16-bit, stereo or mono).

The RIFF chunks are parsed here rather than with the stdlib `wave` module because
`wave` on Python 3.11 rejects WAVE_FORMAT_EXTENSIBLE headers (which most editors write
for 24-bit files) and its errors ("unknown format: 3") are not words a user can act on.
Writing uses `wave`.
"""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

OUTPUT_RATE = 44100
MAX_SECONDS = 600.0
"""Longer files are refused: cues and spoken steps are short, and all is held in memory."""

_PCM = 1
_FLOAT = 3
_EXTENSIBLE = 0xFFFE
_FORMAT_NAMES = {3: "float", 6: "A-law", 7: "µ-law", 2: "ADPCM", 0x11: "IMA ADPCM", 0x55: "MP3"}

Samples = npt.NDArray[np.float32]


class WavError(ValueError):
    """A WAV file that cannot be used; the message is meant for the user."""


@dataclass(frozen=True, slots=True, eq=False)
class Sound:
    """Decoded audio: `samples` has shape (frames, channels), float32 in -1..1."""

    samples: Samples
    rate: int

    @property
    def channels(self) -> int:
        return int(self.samples.shape[1])

    @property
    def frames(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate


@dataclass(frozen=True, slots=True)
class _Header:
    format_tag: int
    channels: int
    rate: int
    bits: int
    block_align: int
    data_offset: int
    data_size: int


def _parse_header(blob: bytes) -> _Header:
    if len(blob) < 12 or blob[:4] not in (b"RIFF", b"RIFX", b"RF64") or blob[8:12] != b"WAVE":
        raise WavError("not a WAV file")
    if blob[:4] != b"RIFF":
        raise WavError(f"{blob[:4].decode()} WAV files are not supported; save it as PCM 16-bit")
    pos = 12
    fmt: tuple[int, int, int, int, int] | None = None
    while pos + 8 <= len(blob):
        chunk_id = blob[pos : pos + 4]
        (size,) = struct.unpack_from("<I", blob, pos + 4)
        body = pos + 8
        if chunk_id == b"fmt ":
            if size < 16 or body + 16 > len(blob):
                raise WavError("truncated WAV file (its format header is cut short)")
            tag, channels, rate, _byte_rate, align, bits = struct.unpack_from("<HHIIHH", blob, body)
            if tag == _EXTENSIBLE and size >= 40 and body + 26 <= len(blob):
                (tag,) = struct.unpack_from("<H", blob, body + 24)  # the sub-format GUID
            fmt = (tag, channels, rate, align, bits)
        elif chunk_id == b"data":
            if fmt is None:
                raise WavError("broken WAV file (sound data comes before its format)")
            if body + size > len(blob):
                raise WavError("truncated WAV file (the sound data stops early)")
            tag, channels, rate, align, bits = fmt
            return _Header(tag, channels, rate, bits, align, body, size)
        pos = body + size + (size & 1)  # chunks are padded to an even length
    if fmt is None:
        raise WavError("truncated WAV file (no format header)")
    raise WavError("truncated WAV file (no sound data)")


def _check_header(head: _Header) -> None:
    if head.format_tag == _FLOAT:
        raise WavError("float WAV (format 3) is not supported; save it as PCM 16-bit")
    if head.format_tag != _PCM:
        kind = _FORMAT_NAMES.get(head.format_tag, "compressed")
        raise WavError(
            f"{kind} WAV (format {head.format_tag}) is not supported; save it as PCM 16-bit"
        )
    if head.bits not in (8, 16, 24, 32):
        raise WavError(f"{head.bits}-bit WAV is not supported; save it as PCM 16-bit")
    if head.channels not in (1, 2):
        raise WavError(f"WAV with {head.channels} channels is not supported; use mono or stereo")
    if not 8000 <= head.rate <= 192000:
        raise WavError(f"sample rate {head.rate} Hz is not supported; use 44100 or 48000 Hz")
    if head.block_align != head.channels * head.bits // 8:
        raise WavError("broken WAV file (its block size does not match its format)")
    frames = head.data_size // head.block_align
    if frames == 0:
        raise WavError("empty sound")
    if frames / head.rate > MAX_SECONDS:
        raise WavError(f"the sound is longer than {MAX_SECONDS / 60:.0f} minutes")


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > 256 * 1024 * 1024:
            raise WavError("the file is too large for a sound (over 256 MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise WavError("file not found") from None
    except IsADirectoryError:
        raise WavError("this is a folder, not a WAV file") from None
    except OSError as error:
        raise WavError(f"cannot read the file ({error.strerror or error})") from None


def _decode(blob: bytes, head: _Header) -> Samples:
    raw = blob[head.data_offset : head.data_offset + head.data_size]
    frames = len(raw) // head.block_align
    raw = raw[: frames * head.block_align]
    if head.bits == 8:  # 8-bit WAV is unsigned
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    elif head.bits == 16:
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    elif head.bits == 24:
        triples = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        value = triples[:, 0] | (triples[:, 1] << 8) | (triples[:, 2] << 16)
        value = np.where(value >= 1 << 23, value - (1 << 24), value)
        data = value.astype(np.float32) / float(1 << 23)
    else:
        data = (np.frombuffer(raw, dtype="<i4").astype(np.float64) / float(1 << 31)).astype(
            np.float32
        )
    return np.ascontiguousarray(data.reshape(frames, head.channels), dtype=np.float32)


def read_wav(path: str | Path) -> Sound:
    """Decode a PCM WAV file (8, 16, 24 or 32-bit; mono or stereo; any common rate).

    Raises `WavError` with a message for the user when the file cannot be used.
    """
    blob = _read_bytes(Path(path))
    head = _parse_header(blob)
    _check_header(head)
    return Sound(samples=_decode(blob, head), rate=head.rate)


def check_wav(path: str | Path) -> str | None:
    """None when `path` is a WAV file the app can play, else why not, in plain words."""
    try:
        read_wav(path)
    except WavError as error:
        return str(error)
    return None


def resample(sound: Sound, rate: int) -> Sound:
    """The same sound at another sample rate (linear interpolation: fine for cues)."""
    if rate == sound.rate:
        return sound
    frames = max(1, round(sound.frames * rate / sound.rate))
    source_times = np.arange(sound.frames, dtype=np.float64) / sound.rate
    target_times = np.arange(frames, dtype=np.float64) / rate
    columns = [
        np.interp(target_times, source_times, sound.samples[:, c]) for c in range(sound.channels)
    ]
    samples = np.stack(columns, axis=1).astype(np.float32)
    return Sound(samples=samples, rate=rate)


def with_channels(sound: Sound, channels: int) -> Sound:
    """Mono to stereo by copying, stereo to mono by averaging."""
    if channels == sound.channels:
        return sound
    if channels == 2:
        return Sound(samples=np.repeat(sound.samples, 2, axis=1), rate=sound.rate)
    mono = sound.samples.mean(axis=1, keepdims=True, dtype=np.float32)
    return Sound(samples=mono, rate=sound.rate)


def to_int16(samples: Samples, gain: float = 1.0) -> npt.NDArray[np.int16]:
    """Float samples times `gain` to 16-bit, rounded and clipped.

    The scale is 32768, the inverse of decoding, so 16-bit files survive a round trip.
    """
    scaled = np.rint(samples.astype(np.float64) * (gain * 32768.0))
    return np.clip(scaled, -32768, 32767).astype(np.int16)


def to_output(sound: Sound, rate: int = OUTPUT_RATE, channels: int = 2) -> npt.NDArray[np.int16]:
    """The sound as the backends play it: int16 frames of shape (frames, channels)."""
    return to_int16(with_channels(resample(sound, rate), channels).samples)


def write_wav(path: str | Path, sound: Sound) -> None:
    """Save as PCM 16-bit (the format the app ships its cues in)."""
    pcm = to_int16(sound.samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(sound.channels)
        out.setsampwidth(2)
        out.setframerate(sound.rate)
        out.writeframes(pcm.astype("<i2").tobytes())
