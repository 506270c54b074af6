"""Playback through Qt Multimedia (`QAudioSink`), for machines without simpleaudio.

One 16-bit stereo stream is opened at start and kept open (a newly opened stream starts
6–16 ms late). It is pushed: a precise 5 ms timer tops the sink's small buffer up with the
next frames of a `StreamMixer`, and a play call (from any thread) only appends a voice,
which starts at the frame matching the moment of the call. (Pull mode was tried first:
Qt's PulseAudio sink pulls 4096 frames at a time, so onsets landed on a 93 ms grid.)
Qt's wheel has no ALSA backend: this needs PulseAudio or PipeWire. The sink and its timer
live in the thread that creates the output, whose event loop must run.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.sound.library import SoundLibrary
from anapana.sound.mixer import Pcm, StreamMixer
from anapana.sound.output import BackendUnavailable, Channel, MixingOutput, Notice

log = logging.getLogger(__name__)
BUFFER_S = 0.05
"""How much sound Qt keeps queued: this backend's latency (constant, so onsets stay even)."""
FEED_MS = 5


def sound_server_present() -> bool:
    """On Linux, whether a PulseAudio or PipeWire socket exists to connect to.

    Checked before Qt looks for devices: with no server Qt logs a warning
    ("pa_context_connect() failed") that says nothing useful to the user.
    """
    if not sys.platform.startswith("linux") or os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    candidates = [
        Path(runtime) / "pulse" / "native",
        Path(runtime) / "pipewire-0",
        Path("/run/pulse/native"),
        Path("/var/run/pulse/native"),
    ]
    return any(path.exists() for path in candidates)


class QtOutput(MixingOutput):
    name = "qt"

    def __init__(
        self,
        library: SoundLibrary | None = None,
        on_notice: Notice | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(library, on_notice)
        self._clock = clock
        if QCoreApplication.instance() is None:
            raise BackendUnavailable("Qt sound needs a running Qt application")
        if not sound_server_present():
            raise BackendUnavailable("no PulseAudio or PipeWire server is running")
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            raise BackendUnavailable("Qt Multimedia sees no audio output (no PulseAudio?)")
        fmt = QAudioFormat()
        fmt.setSampleRate(self.library.rate)
        fmt.setChannelCount(self.library.channels)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            raise BackendUnavailable(f"{device.description()} cannot play 16-bit 44100 Hz")
        self._mixer = StreamMixer(self.library.channels, self.library.rate)
        self._frame_bytes = 2 * self.library.channels
        self._sink = QAudioSink(device, fmt)
        self._sink.setBufferSize(round(BUFFER_S * self.library.rate) * self._frame_bytes)
        self._stream = self._sink.start()
        if self._stream is None or self._sink.error() != QtAudio.Error.NoError:
            error = self._sink.error()
            self._sink.stop()
            raise BackendUnavailable(f"the audio stream did not start ({error.name})")
        self.device_name = device.description()
        self._stream_error: str | None = None
        self._watch = QTimer()
        self._watch.setInterval(1000)
        self._watch.timeout.connect(self._on_watch_timer_timeout)
        self._watch.start()
        self._feeder = QTimer()
        self._feeder.setTimerType(Qt.TimerType.PreciseTimer)
        self._feeder.setInterval(FEED_MS)
        self._feeder.timeout.connect(self._on_feeder_timeout)
        self._on_feeder_timeout()
        self._feeder.start()

    def _on_feeder_timeout(self) -> None:
        frames = self._sink.bytesFree() // self._frame_bytes
        if frames > 0:
            self._stream.write(self._mixer.read(frames, now=self._clock.monotonic()).tobytes())

    def _on_watch_timer_timeout(self) -> None:
        # Polled rather than through stateChanged: PySide 6.11 cannot convert that signal's
        # QAudio::State argument. Names, not enum identity, for the same reason. Runs in
        # the sink's thread; play() (any thread) only reads the resulting string.
        if self._sink.state().name == "StoppedState":
            error = self._sink.error().name
            if error not in ("NoError", "UnderrunError"):
                self._stream_error = f"the audio stream stopped ({error})"
                self._watch.stop()

    @property
    def active(self) -> int:
        """How many sounds are still sounding."""
        return self._mixer.active

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        if self._stream_error is not None:
            raise BackendUnavailable(self._stream_error)
        self._mixer.add(pcm, channel, at=self._clock.monotonic())

    def _stop(self, channel: Channel | None) -> None:
        self._mixer.stop(channel)

    def close(self) -> None:
        self._watch.stop()
        self._feeder.stop()
        self._mixer.stop()
        self._sink.stop()
