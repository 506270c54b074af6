"""Finding and decoding sounds by the name a session uses: a built-in cue or a `.wav` file.

Cues are decoded and converted to the output rate once, then kept as 16-bit samples in
their own channels (a quarter of float stereo): a play call never reads the disk.
Rendered speech is kept as 16-bit samples at the output rate and converted when asked
for; a line that is also in the speech cache on disk is not kept at all, only how to
read it again (`register_stored`): the output asks for it about a second before it is
due and lets it go once played, so a 45-minute body scan holds a few lines, not all
of them (37 MB). Built-in cues come from `assets/sounds/NAME.wav` (written by
`scripts/make_sounds.py`); when that file is missing they are synthesized on the spot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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


Reader = Callable[[], "npt.NDArray[np.int16] | None"]
"""Reads a stored line again: 16-bit mono samples at the library's rate, or None."""


class SoundLibrary:
    """Decoded sounds at the output rate, cached by name; `load` gives them as float32 in
    `channels`, `pcm` as 16-bit frames at a gain."""

    def __init__(
        self, sounds_dir: Path | None = None, rate: int = OUTPUT_RATE, channels: int = 2
    ) -> None:
        self.sounds_dir = sounds_dir if sounds_dir is not None else assets_dir() / "sounds"
        self.rate = rate
        self.channels = channels
        self._cache: dict[str, npt.NDArray[np.int16]] = {}
        """Decoded cues and files as int16 frames at `rate`, in their own channels."""
        self._held: dict[str, npt.NDArray[np.int16]] = {}
        """Registered sounds (speech) as int16 frames at `rate`, in their own channels."""
        self._stored: dict[str, tuple[int, Reader]] = {}
        """Registered sounds kept on disk: their length in frames and how to read them."""
        self._lock = threading.Lock()

    def key(self, sound: str | Path) -> str:
        """The cache key: a built-in name, or the file's resolved path."""
        if is_file_name(sound):
            return str(Path(sound).expanduser().resolve())
        return str(sound)

    def load(self, sound: str | Path) -> Sound:
        """The sound, decoded and converted; raises `UnknownSound` or `WavError`."""
        return with_channels(self._unpack(self._samples(sound)), self.channels)

    def check(self, sound: str | Path) -> None:
        """Raise `UnknownSound` or `WavError` when `sound` cannot be played."""
        key = self.key(sound)
        with self._lock:
            if key in self._stored or key in self._held:
                return
        self._samples(sound)

    def _samples(self, sound: str | Path) -> npt.NDArray[np.int16]:
        """The sound as int16 frames at `rate` in its own channels: registered, read
        again from disk, or decoded once and kept."""
        key = self.key(sound)
        with self._lock:
            found = self._cache.get(key)
            if found is None:
                found = self._held.get(key)
            stored = self._stored.get(key)
        if found is not None:
            return found
        if stored is not None:  # read when asked for, not kept
            samples = stored[1]()
            if samples is None:
                raise UnknownSound(f'the spoken line "{key}" is no longer stored')
            return samples.reshape(-1, 1)
        decoded = self._decode(sound, key)
        converted = to_int16(resample(decoded, self.rate).samples)
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
            self._stored.pop(name, None)

    def register_stored(self, name: str, frames: int, read: Reader) -> None:
        """Know `name` (a rendered line stored on disk) without holding it: `read()`
        gives its 16-bit mono samples at `rate` whenever it is asked for."""
        with self._lock:
            self._stored[name] = (frames, read)
            self._cache.pop(name, None)
            self._held.pop(name, None)

    def forget(self, name: str) -> None:
        """Drop a registered sound (speech of a session that was closed)."""
        with self._lock:
            self._cache.pop(name, None)
            self._held.pop(name, None)
            self._stored.pop(name, None)

    def _unpack(self, held: npt.NDArray[np.int16]) -> Sound:
        return Sound(samples=held.astype(np.float32) / np.float32(32768.0), rate=self.rate)

    def duration_s(self, sound: str | Path) -> float:
        key = self.key(sound)
        with self._lock:
            held = self._held.get(key)
            stored = self._stored.get(key)
        if held is not None:
            return int(held.shape[0]) / self.rate
        if stored is not None:
            return stored[0] / self.rate
        return int(self._samples(sound).shape[0]) / self.rate

    def pcm(
        self, sound: str | Path, gain: float, keep_mono: bool = False
    ) -> npt.NDArray[np.int16]:
        """The sound as int16 frames at `gain` (not cached here: the backends cache);
        with `keep_mono`, a mono sound stays one channel (the mixer widens it)."""
        unpacked = self._unpack(self._samples(sound))
        if unpacked.channels == 1 and keep_mono:
            return to_int16(unpacked.samples, gain)
        if unpacked.channels == 1 and self.channels > 1:
            # Mono to stereo after scaling: the same numbers, half the work.
            return np.repeat(to_int16(unpacked.samples, gain), self.channels, axis=1)
        return to_int16(with_channels(unpacked, self.channels).samples, gain)
