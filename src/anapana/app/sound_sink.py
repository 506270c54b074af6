"""What the player controller needs from sound, and the real thing over `anapana.sound`.

The controller talks to a `SoundSink`: cues handed over with their clock deadlines (a
thread plays them on time), speech items said as they come, mute, and clear on pause.
Tests plug in a recorder; the app uses `SoundLayer`, opened lazily on the first session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from anapana.core.plan import PlanCue, PlanSpeech

if TYPE_CHECKING:
    from anapana.sound.speech import Speaker

log = logging.getLogger(__name__)


class SoundSink(Protocol):
    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        """Replace the pending cues; each is due at `deadline_of(cue.at_s)` (monotonic s)."""

    def clear(self) -> None:
        """Forget pending cues and stop speaking (pause, stop, before a skip)."""

    def say(self, speech: PlanSpeech) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def close(self) -> None: ...


class SilentSink:
    """Plays nothing (a session with sound turned off, or no sound layer)."""

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        pass

    def clear(self) -> None:
        pass

    def say(self, speech: PlanSpeech) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def close(self) -> None:
        pass


class SoundLayer(QObject):
    """The sound output, the cue scheduler and the speaker, with the user's volumes.

    `notice(message)` carries the sound layer's one-time messages (no device, no voice).
    """

    notice = Signal(str)

    def __init__(
        self,
        *,
        backend: str = "auto",
        volumes: dict[str, float] | None = None,
        muted: bool = False,
        speak: bool = True,
        voice: str = "",
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from anapana.sound.cues import CueScheduler
        from anapana.sound.output import open_output

        self.output = open_output(backend, on_notice=self._on_output_notice)
        for channel, volume in (volumes or {}).items():
            self.output.set_volume(channel, volume)  # type: ignore[arg-type]
        self.output.set_muted(muted)
        self.scheduler = CueScheduler(self.output)
        self._speak = speak
        self._voice = voice
        self._speaker: Speaker | None = None
        self._language = language
        self._muted = muted

    def _on_output_notice(self, message: str) -> None:
        self.notice.emit(message)

    def _on_speaker_notice(self, message: str) -> None:
        self.notice.emit(message)

    def _speaker_for(self, language: str | None) -> Speaker | None:
        if not self._speak:
            return None
        if self._speaker is None:
            from anapana.sound.speech import Speaker

            speaker = Speaker(language, output=self.output, policy="wait", parent=self)
            speaker.speech_unavailable.connect(self._on_speaker_notice)
            if self._voice:
                speaker.set_voice(self._voice)
            speaker.set_volume(0.0 if self._muted else self.output.volume("voice"))
            self._speaker = speaker
        return self._speaker

    def voices(self) -> list[str]:
        """The speech engine's voices (empty until guidance has been spoken once)."""
        return self._speaker.voices() if self._speaker is not None else []

    def set_language(self, language: str | None) -> None:
        self._language = language
        speaker = self._speaker
        if speaker is not None and language:
            speaker.set_language(language)

    def preload(self, cues: Sequence[PlanCue]) -> None:
        self.scheduler.preload(cues)

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        self.scheduler.schedule(cues, deadline_of)

    def clear(self) -> None:
        self.scheduler.clear()
        speaker = self._speaker
        if speaker is not None:
            speaker.stop()

    def say(self, speech: PlanSpeech) -> None:
        speaker = self._speaker_for(self._language)
        if speaker is not None:
            speaker.say_item(speech)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.output.set_muted(muted)
        speaker = self._speaker
        if speaker is not None:
            speaker.set_volume(0.0 if muted else self.output.volume("voice"))
            if muted:
                speaker.stop()

    def set_volume(self, channel: str, volume: float) -> None:
        self.output.set_volume(channel, volume)  # type: ignore[arg-type]
        speaker = self._speaker
        if channel == "voice" and speaker is not None and not self._muted:
            speaker.set_volume(volume)

    def close(self) -> None:
        self.scheduler.close()
        self.output.close()
