"""The one small interface the app plays sounds through, and the silent one.

`anapana.sound.backends.open_output()` picks a backend; when none works the app gets
the `SilentOutput` here, which shows exactly one notice: "No sound device found — cues
are off". A backend that fails later (a device unplugged)
turns silent with the same single notice. Nothing here raises at play time for a device
problem; an unknown sound name or a broken file does raise (`UnknownSound`, `WavError`),
because that is the session's mistake, caught earlier by the session validator.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from anapana.i18n.wording import QT_TRANSLATE_NOOP
from anapana.sound.channels import CHANNELS as CHANNELS
from anapana.sound.channels import Channel as Channel
from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm, peak

BackendName = Literal["auto", "simpleaudio", "qt", "silent"]
NO_DEVICE_NOTICE = QT_TRANSLATE_NOOP("SoundNotices", "No sound device found — cues are off")
"""In English; the app shows it through its `translate` (context `SoundNotices`)."""
LONG_SOUND_S = 3.0
"""Sounds longer than this are kept converted only while among the last few prepared."""
LONG_SOUNDS_KEPT = 2

Notice = Callable[[str], None]
log = logging.getLogger(__name__)


class BackendUnavailable(RuntimeError):
    """This backend cannot play here (not installed, no device); the next one is tried."""


@runtime_checkable
class SoundOutput(Protocol):
    """Plays cues and recordings on three channels with their own volume."""

    name: str

    def play(self, sound: str | Path, channel: Channel = "bell") -> None:
        """Start `sound` now, mixed over whatever still rings; returns at once."""

    def prepare(
        self, sound: str | Path, channel: Channel = "bell", at: float | None = None
    ) -> None:
        """Decode and convert `sound` ahead, so a later `play` does little work.

        `at`, the clock time the sound is due, lets a backend mix it ahead too.
        """

    def stop_all(self) -> None: ...

    def stop_channel(self, channel: Channel) -> None: ...

    def set_volume(self, channel: Channel, volume: float) -> None: ...

    def volume(self, channel: Channel) -> float: ...

    def set_master_volume(self, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    @property
    def muted(self) -> bool: ...

    def duration_s(self, sound: str | Path) -> float: ...

    def close(self) -> None: ...


class MixingOutput:
    """What every backend shares: volumes, mute, and sounds cached at their volume.

    Subclasses implement `_start(pcm, channel, pcm_peak)` and `_stop(channel)` (None: all).
    """

    name = "base"
    long_mono = False
    """True for a backend whose mixer takes one-channel frames: long mono sounds (spoken
    lines) are then converted and held as one channel, half the memory of stereo."""

    def __init__(
        self, library: SoundLibrary | None = None, on_notice: Notice | None = None
    ) -> None:
        self.library = library if library is not None else SoundLibrary()
        self._on_notice = on_notice
        self._volumes: dict[str, float] = dict.fromkeys(CHANNELS, 1.0)
        self._master = 1.0
        self._muted = False
        self._failed = False
        self._pcm_cache: dict[tuple[str, float], tuple[Pcm, int]] = {}
        self._long_cache: dict[tuple[str, float], tuple[Pcm, int]] = {}
        self._lock = threading.RLock()

    # volumes -------------------------------------------------------------
    def gain(self, channel: Channel) -> float:
        return 0.0 if self._muted else self._volumes[channel] * self._master

    def volume(self, channel: Channel) -> float:
        return self._volumes[channel]

    def set_volume(self, channel: Channel, volume: float) -> None:
        if channel not in self._volumes:
            raise ValueError(f"unknown channel {channel!r}; channels are {', '.join(CHANNELS)}")
        self._volumes[channel] = min(1.0, max(0.0, float(volume)))

    def set_master_volume(self, volume: float) -> None:
        self._master = min(1.0, max(0.0, float(volume)))

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if muted:
            self.stop_all()

    # sounds --------------------------------------------------------------
    def duration_s(self, sound: str | Path) -> float:
        return self.library.duration_s(sound)

    def _pcm(self, sound: str | Path, gain: float) -> tuple[Pcm, int]:
        """The sound at `gain` as int16 frames, and its peak; converted once, then cached.

        Long sounds (spoken lines, recordings) are converted when prepared, a second before
        they are due, and only the last few are kept: a body scan's lines would otherwise
        all stay in memory as stereo.
        """
        key = (self.library.key(sound), round(gain, 4))
        cached = self._pcm_cache.get(key) or self._long_cache.get(key)
        if cached is None:
            keep_mono = (self.long_mono
                         and self.library.duration_s(sound) > LONG_SOUND_S)
            pcm = np.ascontiguousarray(self.library.pcm(sound, gain, keep_mono=keep_mono))
            cached = (pcm, peak(pcm))
            with self._lock:  # the scheduler's thread and the app's both convert
                if pcm.shape[0] > LONG_SOUND_S * self.library.rate:
                    self._long_cache[key] = cached
                    while len(self._long_cache) > LONG_SOUNDS_KEPT:
                        del self._long_cache[next(iter(self._long_cache))]  # the oldest
                else:
                    if len(self._pcm_cache) > 64:  # volumes changed many times: forget old
                        self._pcm_cache.clear()
                    self._pcm_cache[key] = cached
        return cached

    def prepare(
        self, sound: str | Path, channel: Channel = "bell", at: float | None = None
    ) -> None:
        self._pcm(sound, self.gain(channel))

    def play(self, sound: str | Path, channel: Channel = "bell") -> None:
        gain = self.gain(channel)
        pcm, pcm_peak = self._pcm(sound, gain)  # raises for an unknown or broken sound
        if gain <= 0.0 or self._failed:
            return
        with self._lock:
            try:
                self._start(pcm, channel, pcm_peak)
            except BackendUnavailable as error:
                self._fail(str(error))
            self._let_go([pcm])

    def _let_go(self, played: list[Pcm]) -> None:
        """Forget long sounds once started (a line plays once; the mixer keeps what
        still rings of it), so a line's samples are not held after it has ended."""
        if self.long_mono:
            for key, (pcm, _) in list(self._long_cache.items()):
                if any(pcm is done for done in played):
                    del self._long_cache[key]

    def prepare_many(
        self, sounds: list[tuple[str | Path, Channel]], at: float | None = None
    ) -> None:
        """`prepare` for sounds due together at `at`."""
        for sound, channel in sounds:
            self.prepare(sound, channel)

    def play_many(self, sounds: list[tuple[str | Path, Channel]]) -> None:
        """Start sounds due at the same moment together; an unknown or broken one
        raises (the others still play)."""
        ready: list[tuple[Pcm, Channel, int]] = []
        broken: Exception | None = None
        for sound, channel in sounds:
            gain = self.gain(channel)
            try:
                pcm, pcm_peak = self._pcm(sound, gain)
            except Exception as error:
                broken = broken or error
                continue
            if gain > 0.0:
                ready.append((pcm, channel, pcm_peak))
        if ready and not self._failed:
            with self._lock:
                try:
                    self._start_many(ready)
                except BackendUnavailable as error:
                    self._fail(str(error))
                self._let_go([pcm for pcm, _, _ in ready])
        if broken is not None:
            raise broken

    def _start_many(self, sounds: list[tuple[Pcm, Channel, int]]) -> None:
        for pcm, channel, pcm_peak in sounds:
            self._start(pcm, channel, pcm_peak)

    def stop_all(self) -> None:
        with self._lock:
            if not self._failed:
                self._stop(None)

    def stop_channel(self, channel: Channel) -> None:
        with self._lock:
            if not self._failed:
                self._stop(channel)

    def _fail(self, reason: str) -> None:
        """The device went away: go quiet, tell the user once."""
        log.warning("%s output stopped working: %s", self.name, reason)
        self._failed = True
        if self._on_notice is not None:
            self._on_notice(NO_DEVICE_NOTICE)

    def close(self) -> None:
        self.stop_all()

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        raise NotImplementedError

    def _stop(self, channel: Channel | None) -> None:
        raise NotImplementedError


class SilentOutput(MixingOutput):
    """Plays nothing; still checks sound names so a broken session is noticed."""

    name = "silent"

    def play(self, sound: str | Path, channel: Channel = "bell") -> None:
        self.library.check(sound)

    def prepare(
        self, sound: str | Path, channel: Channel = "bell", at: float | None = None
    ) -> None:
        self.library.check(sound)

    def play_many(self, sounds: list[tuple[str | Path, Channel]]) -> None:
        for sound, channel in sounds:
            self.play(sound, channel)

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        pass

    def _stop(self, channel: Channel | None) -> None:
        pass
