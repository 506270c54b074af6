"""Finding and decoding sounds by the name a session uses: a built-in cue or a `.wav` file.

Sounds are decoded and converted to the output format once, then kept: a play call never
reads the disk. Rendered speech is kept as 16-bit samples at the output rate (a quarter
of float stereo: a 45-minute body scan's lines would otherwise take a hundred MB) and
converted when asked for. Built-in cues come from `assets/sounds/NAME.wav` (written by
`scripts/make_sounds.py`); when that file is missing they are synthesized on the spot.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt

from anapana.core.cue_names import BUILTIN_SOUNDS as BUILTIN_SOUNDS
from anapana.core.wavfile import (
    OUTPUT_RATE,
    Sound,
    WavError,
    read_wav,
    resample,
    to_int16,
    with_channels,
)
from anapana.paths import assets_dir
from anapana.sound import synth


class UnknownSound(LookupError):
    """A name that is neither a built-in cue nor a `.wav` file; the message is for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown sound"


def is_file_name(sound: str | Path) -> bool:
    """True when `sound` names a file rather than a built-in cue."""
    text = str(sound)
    return isinstance(sound, Path) or text.lower().endswith(".wav") or "/" in text or "\\" in text


class SoundLibrary:
    """Decoded sounds in the output format (float32, `rate`, `channels`), cached by name."""

    def __init__(
        self, sounds_dir: Path | None = None, rate: int = OUTPUT_RATE, channels: int = 2
    ) -> None:
        self.sounds_dir = sounds_dir if sounds_dir is not None else assets_dir() / "sounds"
        self.rate = rate
        self.channels = channels
        self._cache: dict[str, Sound] = {}
        self._held: dict[str, npt.NDArray[np.int16]] = {}
        """Registered sounds (speech) as int16 frames at `rate`, in their own channels."""
        self._lock = threading.Lock()

    def key(self, sound: str | Path) -> str:
        """The cache key: a built-in name, or the file's resolved path."""
        if is_file_name(sound):
            return str(Path(sound).expanduser().resolve())
        return str(sound)

    def load(self, sound: str | Path) -> Sound:
        """The sound, decoded and converted; raises `UnknownSound` or `WavError`."""
        key = self.key(sound)
        with self._lock:
            cached = self._cache.get(key)
            held = self._held.get(key)
        if cached is not None:
            return cached
        if held is not None:  # made when asked for, not kept
            return with_channels(self._unpack(held), self.channels)
        decoded = self._decode(sound, key)
        converted = with_channels(resample(decoded, self.rate), self.channels)
        with self._lock:
            self._cache[key] = converted
        return converted

    def _decode(self, sound: str | Path, key: str) -> Sound:
        if is_file_name(sound):
            return read_wav(key)
        if key not in synth.CUES:
            names = ", ".join(BUILTIN_SOUNDS)
            raise UnknownSound(f'unknown sound "{key}"; the built-in sounds are {names}')
        asset = self.sounds_dir / f"{key}.wav"
        if asset.is_file():
            try:
                return read_wav(asset)
            except WavError:
                pass  # a damaged asset: the synthesized cue is the same sound
        samples = synth.synthesize(key).reshape(-1, 1)
        return Sound(samples=np.ascontiguousarray(samples), rate=synth.RATE)

    def register(self, name: str, sound: Sound) -> None:
        """Keep `sound` under `name` (rendered speech: `speech:KEY`) as 16-bit samples at
        the output rate; speech rendered for the mixer is 16-bit already, so nothing is
        lost."""
        held = to_int16(resample(sound, self.rate).samples)
        with self._lock:
            self._held[name] = held
            self._cache.pop(name, None)

    def forget(self, name: str) -> None:
        """Drop a registered sound (speech of a session that was closed)."""
        with self._lock:
            self._cache.pop(name, None)
            self._held.pop(name, None)

    def _unpack(self, held: npt.NDArray[np.int16]) -> Sound:
        return Sound(samples=held.astype(np.float32) / np.float32(32768.0), rate=self.rate)

    def duration_s(self, sound: str | Path) -> float:
        with self._lock:
            held = self._held.get(self.key(sound))
        if held is not None:
            return int(held.shape[0]) / self.rate
        return self.load(sound).duration_s

    def pcm(self, sound: str | Path, gain: float) -> npt.NDArray[np.int16]:
        """The sound as int16 frames at `gain` (not cached here: the backends cache)."""
        with self._lock:
            held = self._held.get(self.key(sound))
        if held is not None:
            unpacked = self._unpack(held)
            if unpacked.channels == 1 and self.channels > 1:
                # Mono speech to stereo after scaling: the same numbers, half the work.
                return np.repeat(to_int16(unpacked.samples, gain), self.channels, axis=1)
            return to_int16(with_channels(unpacked, self.channels).samples, gain)
        return to_int16(self.load(sound).samples, gain)
