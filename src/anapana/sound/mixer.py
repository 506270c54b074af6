"""Software mixing, so a bowl's tail keeps ringing under the next breath cue.

Two shapes of the same sum, one per kind of backend:
- `TailMixer` for backends that play one whole buffer at a time (simpleaudio): when a
  sound starts while another still rings, it builds the rest of what rings plus the new
  sound, from now; the backend stops the old buffer and plays that one.
- `StreamMixer` for backends that pull small blocks from a running stream (Qt): it adds
  up the voices that are sounding, block by block.
Samples are int16 frames of shape (frames, channels), already scaled by their volume.
`TailMixer` also takes one-channel frames (a spoken line, held as mono: half the
memory) and widens them where they are mixed; what it hands out has all its channels.
No Qt here; the clock is passed in.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from anapana.core.clock import Clock

Pcm = npt.NDArray[np.int16]


def peak(pcm: Pcm) -> int:
    """The largest absolute sample value."""
    return int(np.abs(pcm.astype(np.int32)).max()) if len(pcm) else 0


def overlay(a: Pcm, b: Pcm, peak_sum: int | None = None) -> Pcm:
    """`a` and `b` added from their first frame, clipped; as long as the longer one.

    `peak_sum`, when known, is a bound on |a| + |b|: under full scale the sum cannot
    overflow and is done in int16 in place (several times faster for a long tail).
    """
    if len(a) < len(b):
        a, b = b, a
    channels = max(a.shape[1], b.shape[1])
    # A one-channel sound is added to every channel (numpy broadcasts it).
    out = a.copy() if a.shape[1] == channels else np.repeat(a, channels, axis=1)
    if len(b) == 0:
        return out
    if peak_sum is not None and peak_sum <= 32767:
        out[: len(b)] += b
    else:
        out[: len(b)] = np.clip(out[: len(b)].astype(np.int32) + b, -32768, 32767)
    return out


def _combine(sounds: list[tuple[Pcm, int]]) -> tuple[Pcm, int]:
    """Several sounds summed from their first frame, and a bound on the sum's peak."""
    combined, bound = sounds[0][0], sounds[0][1]
    for pcm, pcm_peak in sounds[1:]:
        combined = overlay(combined, pcm, bound + pcm_peak)
        bound = min(32767, bound + pcm_peak)
    return combined, bound


@dataclass(slots=True, eq=False)
class _Voice:
    pcm: Pcm
    channel: str
    started_at: float
    """Clock time (TailMixer) when it started."""
    position: int = 0
    """Frames already mixed (StreamMixer)."""
    peak: int = 32768
    """A bound on its largest absolute sample (TailMixer)."""


class TailMixer:
    """The buffer to play now, for a player that can only play one buffer at a time."""

    def __init__(self, rate: int, clock: Clock, channels: int = 1) -> None:
        self.rate = rate
        self.channels = channels
        self._clock = clock
        self._voices: list[_Voice] = []
        self._widened: tuple[Pcm, Pcm] | None = None
        """(a narrow sound, its widened copy) last handed out alone by `mix_at`."""
        self._current: Pcm | None = None
        self._current_started = 0.0
        self.version = 0
        """Counts changes: a premix made at an older version is stale."""

    def _elapsed_frames(self, started_at: float, now: float) -> int:
        return max(0, round((now - started_at) * self.rate))

    def ringing(self, now: float | None = None) -> bool:
        """True while the last buffer handed out has not played to its end."""
        if self._current is None:
            return False
        now = self._clock.monotonic() if now is None else now
        return self._elapsed_frames(self._current_started, now) < len(self._current)

    def _ringing_voices(self, now: float) -> list[_Voice]:
        return [v for v in self._voices if self._elapsed_frames(v.started_at, now) < len(v.pcm)]

    def mix_at(self, pcm: Pcm, at: float, pcm_peak: int | None = None) -> Pcm:
        """What `add(pcm)` would return at clock time `at`, computed ahead; nothing changes.

        A caller that knows when the next cue is due mixes it here a few ms early and
        passes the result to `add(..., premixed=...)`, so the play call itself is cheap.
        """
        pcm_peak = peak(pcm) if pcm_peak is None else pcm_peak
        if not self.ringing(at):
            if pcm.shape[1] >= self.channels:
                return pcm
            wide = np.repeat(pcm, self.channels, axis=1)
            self._widened = (pcm, wide)
            return wide
        assert self._current is not None
        ringing_peak = sum(v.peak for v in self._ringing_voices(at))  # bounds the tail's peak
        tail = self._current[self._elapsed_frames(self._current_started, at) :]
        return overlay(tail, pcm, ringing_peak + pcm_peak)

    def add(
        self,
        pcm: Pcm,
        channel: str,
        pcm_peak: int | None = None,
        premixed: tuple[int, Pcm] | None = None,
    ) -> Pcm:
        """Start `pcm` now: returns what to play from now on (the tail plus `pcm`).

        `pcm_peak` (`peak(pcm)`, cached by the caller) lets the mix skip clipping.
        `premixed` is `(version, mix_at(...))` from just before; it is used when nothing
        was added or stopped since (`version` unchanged).
        """
        now = self._clock.monotonic()
        pcm_peak = peak(pcm) if pcm_peak is None else pcm_peak
        if premixed is not None and premixed[0] == self.version:
            mixed = premixed[1]
        else:
            mixed = self.mix_at(pcm, now, pcm_peak)
        self._voices = self._ringing_voices(now)
        self._voices.append(_Voice(self._own_samples(pcm, mixed), channel, now, peak=pcm_peak))
        self._current, self._current_started = mixed, now
        self.version += 1
        return mixed

    def _own_samples(self, pcm: Pcm, mixed: Pcm) -> Pcm:
        """What the voice keeps of `pcm`: when `mixed` is `pcm` alone, widened, a view
        of its first channel (the same samples), so the narrow copy can be let go."""
        widened, self._widened = self._widened, None
        if widened is not None and widened[0] is pcm and widened[1] is mixed:
            return mixed[:, : pcm.shape[1]]
        return pcm

    def mix_many_at(self, sounds: list[tuple[Pcm, int]], at: float) -> Pcm:
        """What `add_many(sounds)` would return at clock time `at`; nothing changes."""
        combined, combined_peak = _combine(sounds)
        return self.mix_at(combined, at, combined_peak)

    def add_many(
        self,
        sounds: list[tuple[Pcm, str, int]],
        premixed: tuple[int, Pcm] | None = None,
    ) -> Pcm:
        """Start several sounds together now (cues due at the same moment): one mix,
        one buffer, so the last of them is not late by the mixing of the others."""
        now = self._clock.monotonic()
        if premixed is not None and premixed[0] == self.version:
            mixed = premixed[1]
        else:
            mixed = self.mix_many_at([(pcm, pcm_peak) for pcm, _, pcm_peak in sounds], now)
        self._voices = self._ringing_voices(now)
        self._widened = None
        for pcm, channel, pcm_peak in sounds:
            self._voices.append(_Voice(pcm, channel, now, peak=pcm_peak))
        self._current, self._current_started = mixed, now
        self.version += 1
        return mixed

    def without(self, channel: str) -> Pcm | None:
        """Stop the voices of `channel`: what the others still have to play, or None."""
        now = self._clock.monotonic()
        keep = [v for v in self._voices if v.channel != channel]
        rest: Pcm | None = None
        for voice in keep:
            tail = voice.pcm[self._elapsed_frames(voice.started_at, now) :]
            if len(tail):
                rest = tail.copy() if rest is None else overlay(rest, tail)
        if rest is not None and rest.shape[1] < self.channels:
            rest = np.repeat(rest, self.channels, axis=1)
        self._voices = keep
        self._widened = None
        self._current, self._current_started = rest, now
        self.version += 1
        return rest

    def clear(self) -> None:
        self._voices = []
        self._widened = None
        self._current = None
        self.version += 1


class StreamMixer:
    """Voices summed block by block for a stream that is fed in real time.

    Safe to add to from any thread. When `read` is told the clock time of the block's
    end (`now`) and each voice its start time (`at`), a voice starts inside the block at
    the frame matching its start time rather than at the block's beginning: onsets then
    keep the spacing of the play calls, not of the feeding timer.
    """

    def __init__(self, channels: int, rate: int = 44100) -> None:
        self.channels = channels
        self.rate = rate
        self._voices: list[_Voice] = []
        self._lock = threading.Lock()

    def add(self, pcm: Pcm, channel: str, at: float | None = None) -> None:
        """Mix `pcm` from the next block on (from time `at`, when given)."""
        with self._lock:
            self._voices.append(_Voice(pcm, channel, float("-inf") if at is None else at))

    def stop(self, channel: str | None = None) -> None:
        with self._lock:
            self._voices = [v for v in self._voices if channel is not None and v.channel != channel]

    @property
    def active(self) -> int:
        with self._lock:
            return len(self._voices)

    def read(self, frames: int, now: float | None = None) -> Pcm:
        """The next `frames` frames of the mix, ending at clock time `now` if given."""
        with self._lock:
            voices = list(self._voices)
        if not voices:
            return np.zeros((frames, self.channels), dtype=np.int16)
        total = np.zeros((frames, self.channels), dtype=np.int32)
        finished = []
        for voice in voices:
            offset = 0
            if voice.position == 0 and now is not None and voice.started_at > float("-inf"):
                offset = min(
                    frames - 1, max(0, frames - round((now - voice.started_at) * self.rate))
                )
            chunk = voice.pcm[voice.position : voice.position + frames - offset]
            total[offset : offset + len(chunk)] += chunk
            voice.position += len(chunk)
            if voice.position >= len(voice.pcm):
                finished.append(voice)
        if finished:
            with self._lock:
                self._voices = [v for v in self._voices if v not in finished]
        return np.clip(total, -32768, 32767).astype(np.int16)
