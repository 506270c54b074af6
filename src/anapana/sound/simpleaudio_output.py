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
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm, TailMixer
from anapana.sound.output import BackendUnavailable, Channel, MixingOutput, Notice


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

    def __init__(
        self,
        library: SoundLibrary | None = None,
        on_notice: Notice | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(library, on_notice)
        try:
            import simpleaudio
        except ImportError as error:
            raise BackendUnavailable("simpleaudio is not installed") from error
        self._sa: Any = simpleaudio
        self._channels = self.library.channels
        self._rate = self.library.rate
        self._mixer = TailMixer(self._rate, clock)
        self._playing: Any = None
        self._probe()

    def _probe(self) -> None:
        """Open the device once with a few ms of silence: fails here, not at the first cue."""
        silence = np.zeros((self._rate // 200, self._channels), dtype=np.int16)
        with _quiet_stderr():
            try:
                self._sa.play_buffer(silence, self._channels, 2, self._rate).wait_done()
            except Exception as error:  # SimpleaudioError, or a broken ALSA config
                raise BackendUnavailable(f"no ALSA device: {error}") from error

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        self._replace(self._mixer.add(pcm, channel, pcm_peak))

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
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            with self._lock:
                playing = self._playing
            if playing is None or not playing.is_playing():
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            threading.Event().wait(0.01)
