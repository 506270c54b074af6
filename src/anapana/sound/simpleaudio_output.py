"""Playback through simpleaudio (ALSA): the lowest latency, one buffer playing at a time.

simpleaudio plays whole buffers, so overlapping cues are mixed here (`TailMixer`): a new
cue stops the buffer that is playing and plays the rest of it plus the new cue, from the
same moment. The tail position comes from the time since that buffer started (the clock
is passed in). Sounds are converted once and cached at their volume, so a play call only
adds two arrays and hands them to ALSA.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm, TailMixer
from anapana.sound.output import BackendUnavailable, Channel, MixingOutput, Notice

PREMIX_TOLERANCE_S = 0.004
"""A mix made ahead for time t is used for a play call within this of t: the tail then
resumes at most this far from where it was (about what ALSA's own start-up jitter is)."""


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """ALSA prints its errors on fd 2; the probe's failure is reported once, in words."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


class SimpleaudioOutput(MixingOutput):
    name = "simpleaudio"
    long_mono = True  # the tail mixer widens a spoken line where it mixes it

    def __init__(
        self,
        library: SoundLibrary | None = None,
        on_notice: Notice | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(library, on_notice)
        try:
            import simpleaudio
        except ImportError as error:
            raise BackendUnavailable("simpleaudio is not installed") from error
        self._sa: Any = simpleaudio
        self._channels = self.library.channels
        self._rate = self.library.rate
        self._clock = clock
        self._mixer = TailMixer(self._rate, clock, self._channels)
        self._playing: Any = None
        self._premixed: tuple[Pcm, float, int, Pcm] | None = None
        """(sound, due time, mixer version, mix) prepared by `prepare(..., at=...)`."""
        self._premixed_many: tuple[tuple[int, ...], float, int, Pcm] | None = None
        """(the sounds' ids, due time, mixer version, mix) from `prepare_many`."""
        self._probe()

    def _probe(self) -> None:
        """Open the device once with a few ms of silence: fails here, not at the first cue."""
        silence = np.zeros((self._rate // 200, self._channels), dtype=np.int16)
        with _quiet_stderr():
            try:
                self._sa.play_buffer(silence, self._channels, 2, self._rate).wait_done()
            except Exception as error:  # SimpleaudioError, or a broken ALSA config
                raise BackendUnavailable(f"no ALSA device: {error}") from error

    def prepare(
        self, sound: str | Path, channel: Channel = "bell", at: float | None = None
    ) -> None:
        """Convert `sound`; with `at` (the clock time it is due), also mix it ahead with
        what will still ring then, so that the play call only hands the buffer to ALSA."""
        pcm, pcm_peak = self._pcm(sound, self.gain(channel))
        if at is None or self._failed:
            return
        with self._lock:
            mixed = self._mixer.mix_at(pcm, at, pcm_peak)
            self._premixed = (pcm, at, self._mixer.version, mixed)

    def prepare_many(
        self, sounds: list[tuple[str | Path, Channel]], at: float | None = None
    ) -> None:
        """Mix sounds due together ahead, with what will still ring at `at`."""
        ready = [self._pcm(sound, self.gain(channel)) for sound, channel in sounds]
        if at is None or self._failed or not ready:
            return
        with self._lock:
            mixed = self._mixer.mix_many_at(ready, at)
            self._premixed_many = (tuple(id(pcm) for pcm, _ in ready), at,
                                   self._mixer.version, mixed)

    def _start_many(self, sounds: list[tuple[Pcm, Channel, int]]) -> None:
        premixed, self._premixed_many = self._premixed_many, None
        usable = None
        if premixed is not None and premixed[0] == tuple(id(pcm) for pcm, _, _ in sounds):
            _, at, version, mixed = premixed
            if abs(self._clock.monotonic() - at) <= PREMIX_TOLERANCE_S:
                usable = (version, mixed)
        self._replace(self._mixer.add_many(list(sounds), premixed=usable))

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        premixed, self._premixed = self._premixed, None
        usable = None
        if premixed is not None and premixed[0] is pcm:
            _, at, version, mixed = premixed
            if abs(self._clock.monotonic() - at) <= PREMIX_TOLERANCE_S:
                usable = (version, mixed)
        self._replace(self._mixer.add(pcm, channel, pcm_peak, premixed=usable))

    def _stop(self, channel: Channel | None) -> None:
        if channel is None:
            self._mixer.clear()
            self._replace(None)
        else:
            self._replace(self._mixer.without(channel))

    def _replace(self, buffer: Pcm | None) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing = None
        if buffer is None or len(buffer) == 0:
            return
        try:
            self._playing = self._sa.play_buffer(buffer, self._channels, 2, self._rate)
        except Exception as error:
            self._mixer.clear()
            raise BackendUnavailable(str(error)) from error

    def wait_done(self, timeout_s: float | None = None) -> bool:
        """Block until what is playing has ended (for the preview command and tests)."""
        # The device plays in real time, so this waits on the real clock, not the given one.
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            with self._lock:
                playing = self._playing
            if playing is None or not playing.is_playing():
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            threading.Event().wait(0.01)
