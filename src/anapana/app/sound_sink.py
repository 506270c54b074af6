"""What the app needs from sound (`SoundSink`), and the real thing over `anapana.sound`.

The controller talks to a `SoundSink`: cues handed over with their clock deadlines (a
thread plays them on time), mute, and clear on pause. Spoken lines are rendered ahead
(`prepare_speech` when a session loads) and scheduled like cues on the voice channel:
`speech_sound(item)` names the rendered line (or the step's own recording) once it is
ready, `speech_duration(item)` gives its length, and `speech_version` grows as lines
become ready. `say` is called as each line's moment comes; it speaks only where no
engine can render (speech-dispatcher through QTextToSpeech, live).
Tests plug in a recorder; the app uses `SoundLayer`, opened on the first session by
`anapana.app.parts`. The sink holds whether sound is muted (the settings keep it
between runs); nobody else keeps a copy.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from anapana.core.plan import PlanCue, PlanSpeech
from anapana.sound.channels import CHANNELS, Channel

from .translations import qt_translate

if TYPE_CHECKING:
    from anapana.sound.cues import CuePlayed
    from anapana.sound.render_client import RenderClient
    from anapana.sound.speech import Speaker
    from anapana.sound.speech_cache import SpeechCache
    from anapana.sound.speech_lines import SpeechLines
    from anapana.sound.tts.engine import Choice, SpeechEngine

log = logging.getLogger(__name__)

__all__ = ["CHANNELS", "Channel", "SilentSink", "SoundLayer", "SoundSink"]


class SoundSink(Protocol):
    """Every call the app makes on its sound (the controller, the window, the settings)."""

    @property
    def muted(self) -> bool:
        """Whether sound is muted now (the one copy of it while the app runs)."""

    @property
    def speech_version(self) -> int:
        """Grows each time more rendered lines become ready."""

    def preload(self, cues: Sequence[PlanCue]) -> None:
        """Make the cues' sounds ready before they are due (a session is loaded)."""

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        """Replace the pending cues; each is due at `deadline_of(cue.at_s)` (monotonic s)."""

    def clear(self) -> None:
        """Forget pending cues and stop speaking (pause, stop, before a skip)."""

    def say(self, speech: PlanSpeech) -> None:
        """A spoken line's moment has come (spoken live only where nothing renders)."""

    def set_muted(self, muted: bool) -> None: ...

    def set_volume(self, channel: Channel, volume: float) -> None: ...

    def set_language(self, language: str | None) -> None:
        """The next session speaks `language` (another engine or voice may be chosen)."""

    def voices(self) -> list[str]:
        """Every voice on offer, as `engine:id` keys (the settings' voice list)."""

    def prepare_speech(self, texts: Sequence[str]) -> None:
        """Start rendering these lines, in this order."""

    def speech_sound(self, item: PlanSpeech) -> str | None:
        """The sound to schedule for a line, once rendered (None: not ready or not heard)."""

    def speech_duration(self, item: PlanSpeech) -> float | None:
        """A rendered line's length in seconds (None: not known yet)."""

    def render_speech_now(self, item: PlanSpeech) -> float | None:
        """Render a line at once and give its length (None: it can't be rendered)."""

    def close(self) -> None: ...


class SilentSink:
    """Plays nothing (a session with sound turned off, or no sound layer)."""

    speech_version = 0

    def __init__(self) -> None:
        self.muted = False

    def preload(self, cues: Sequence[PlanCue]) -> None:
        pass

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        pass

    def clear(self) -> None:
        pass

    def say(self, speech: PlanSpeech) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def set_volume(self, channel: Channel, volume: float) -> None:
        pass

    def set_language(self, language: str | None) -> None:
        pass

    def voices(self) -> list[str]:
        return []

    def prepare_speech(self, texts: Sequence[str]) -> None:
        pass

    def speech_sound(self, item: PlanSpeech) -> str | None:
        return None

    def speech_duration(self, item: PlanSpeech) -> float | None:
        return None

    def render_speech_now(self, item: PlanSpeech) -> float | None:
        return None

    def close(self) -> None:
        pass


def _cue_log() -> Callable[[CuePlayed], None] | None:
    """With `ANAPANA_CUE_LOG=FILE`, every cue played is logged there as a JSON line
    (what, when due and when played, on `time.monotonic`): the speech bench reads it."""
    path = os.environ.get("ANAPANA_CUE_LOG")
    if not path:
        return None
    try:
        out = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - open for the app's life
    except OSError as error:
        log.warning("cue log %s not opened: %s", path, error)
        return None

    def write(played: CuePlayed) -> None:
        cue = played.cue
        out.write(json.dumps({"sound": cue.sound, "event": cue.event, "at_s": cue.at_s,
                              "deadline": played.deadline, "returned": played.returned}) + "\n")

    return write


class SoundLayer(QObject):
    """The sound output, the cue scheduler and the voice, with the user's volumes.

    Speech engine, best first (`anapana.sound.tts.engine.choose`): Piper when a voice for
    the session's language is installed, then espeak-ng; both render lines ahead to PCM
    that plays through the same output and scheduler as the cues. Only where neither
    exists, speech-dispatcher speaks live through QTextToSpeech (`Speaker`).

    `notice(message)` carries one-time messages for the user (no device, no voice). The
    ones raised before anybody connected (the output opens in `__init__`) are kept:
    `take_notices()` hands them over once the window can show them.
    """

    notice = Signal(str)

    def __init__(
        self,
        *,
        backend: str = "auto",
        volumes: dict[Channel, float] | None = None,
        muted: bool = False,
        speak: bool = True,
        voice: str = "",
        language: str | None = None,
        engines: Sequence[SpeechEngine] | None = None,
        cache: SpeechCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from anapana.sound.backends import open_output
        from anapana.sound.cues import CueScheduler

        self._early_notices: list[str] | None = []
        self.output = open_output(backend, on_notice=self._on_output_notice)
        for channel, volume in (volumes or {}).items():
            self.output.set_volume(channel, volume)
        self.output.set_muted(muted)  # the output holds it; `muted` reads it there
        self.scheduler = CueScheduler(self.output, on_played=_cue_log())
        self._speak = speak
        self._voice = voice
        self._speaker: Speaker | None = None
        self._language = language
        self._engines = engines
        self._cache = cache
        self._lines: SpeechLines | None = None
        self._render_client: RenderClient | None = None
        self._lines_language: str | None = None
        self._choice: Choice | None = None
        self._chosen = False

    # notices -------------------------------------------------------------------
    def _tell(self, message: str) -> None:
        if self._early_notices is not None:
            self._early_notices.append(message)
        self.notice.emit(message)

    def take_notices(self) -> list[str]:
        """The notices raised so far (before anyone listened); later ones only go out
        through `notice`."""
        early, self._early_notices = self._early_notices or [], None
        return early

    def _on_output_notice(self, message: str) -> None:
        self._tell(qt_translate("SoundNotices", message))  # the sound package says English

    def _on_speaker_notice(self, message: str) -> None:
        self._tell(qt_translate("SoundNotices", message))

    # the engine ------------------------------------------------------------------
    @property
    def choice(self) -> Choice | None:
        """The engine and voice that renders speech (None: none can, here)."""
        self._choose()
        return self._choice

    def _choose(self) -> None:
        if self._chosen or not self._speak:
            return
        self._chosen = True
        from anapana.sound.tts.engine import choose
        from anapana.sound.tts.installed import installed_engines

        engines = self._engines if self._engines is not None else installed_engines()
        self._choice = choose(engines, self._language, preferred_voice=self._voice)
        if self._choice is None:
            log.info("no engine renders speech for %s; trying speech-dispatcher", self._language)
            return
        log.info("speech: %s voice %s", self._choice.engine.name, self._choice.voice.name)
        from anapana.sound.speech_cache import SpeechCache, default_folder
        from anapana.sound.speech_lines import SpeechLines
        from anapana.sound.speech_render import LineRenderer

        library = getattr(self.output, "library", None)
        if library is None:
            from anapana.sound.library import SoundLibrary

            library = SoundLibrary()
        cache = self._cache if self._cache is not None else SpeechCache(default_folder())
        if self._render_client is None:
            from anapana.sound.render_client import RenderClient

            # Voice models, ONNX Runtime and rendering's memory peak stay out of the app.
            self._render_client = RenderClient()
        self._lines = SpeechLines(library, LineRenderer(self._choice, cache,
                                                        worker=self._render_client),
                                  on_failed=self._on_line_failed)
        self._lines_language = self._language

    def _on_line_failed(self, text: str, error: Exception) -> None:
        self._tell(self.tr("A spoken line could not be rendered — its words are shown instead"))

    def _speaker_for(self, language: str | None) -> Speaker | None:
        if not self._speak:
            return None
        if self._speaker is None:
            from anapana.sound.speech import Speaker

            speaker = Speaker(language, output=self.output, policy="wait", parent=self)
            speaker.speech_unavailable.connect(self._on_speaker_notice)
            if self._voice:
                speaker.set_voice(self._voice)
            speaker.set_volume(0.0 if self.muted else self.output.volume("voice"))
            self._speaker = speaker
        return self._speaker

    def voices(self) -> list[str]:
        """Every voice the engines here offer, as `engine:id` keys (the `voice` setting)."""
        from anapana.sound.tts.installed import installed_engines

        engines = self._engines if self._engines is not None else installed_engines()
        keys: list[str] = []
        for engine in engines:
            try:
                if engine.available():
                    keys.extend(v.key for v in engine.voices())
            except Exception:  # a broken engine lists nothing
                continue
        return keys

    def set_language(self, language: str | None) -> None:
        if language == self._language:
            return
        self._language = language
        if self._chosen:  # another language may want another engine or voice
            self._chosen = False
            if self._lines is not None:
                self._lines.close()
            self._lines, self._choice = None, None
        speaker = self._speaker
        if speaker is not None and language:
            speaker.set_language(language)

    # rendered speech -------------------------------------------------------------
    @property
    def speech_version(self) -> int:
        return self._lines.version if self._lines is not None else 0

    def prepare_speech(self, texts: Sequence[str]) -> None:
        self._choose()
        if self._lines is not None:
            self._lines.load(texts)

    def speech_sound(self, item: PlanSpeech) -> str | None:
        if item.recording is not None and self._recording_ok(item.recording):
            return str(item.recording)
        if self._lines is None:
            return None
        return self._lines.sound_name(item.text)

    def speech_duration(self, item: PlanSpeech) -> float | None:
        if item.recording is not None and self._recording_ok(item.recording):
            return self.output.duration_s(item.recording)
        return self._lines.duration_s(item.text) if self._lines is not None else None

    def render_speech_now(self, item: PlanSpeech) -> float | None:
        if item.recording is not None and self._recording_ok(item.recording):
            return self.output.duration_s(item.recording)
        self._choose()
        return self._lines.render_now(item.text) if self._lines is not None else None

    def _recording_ok(self, recording: Path) -> bool:
        try:
            self.output.duration_s(recording)
        except Exception as error:  # its text is spoken instead
            log.info("recording %s unusable: %s", recording, error)
            return False
        return True

    def wait_for_speech(self, timeout: float | None = None) -> None:
        """Block until the loaded lines are rendered (tests and the bench)."""
        if self._lines is not None:
            self._lines.wait(timeout)

    # cues --------------------------------------------------------------------------
    def preload(self, cues: Sequence[PlanCue]) -> None:
        self.scheduler.preload(cues)

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        self.scheduler.schedule(cues, deadline_of)

    def clear(self) -> None:
        self.scheduler.clear()
        self.output.stop_channel("voice")
        speaker = self._speaker
        if speaker is not None:
            speaker.stop()

    def say(self, speech: PlanSpeech) -> None:
        """Speak live, only where no engine renders (rendered lines are scheduled)."""
        if not self._speak or speech.recording is not None:
            return
        self._choose()
        if self._choice is not None:
            return
        speaker = self._speaker_for(self._language)
        if speaker is not None:
            speaker.say_item(speech)

    @property
    def muted(self) -> bool:
        return self.output.muted

    def set_muted(self, muted: bool) -> None:
        self.output.set_muted(muted)
        speaker = self._speaker
        if speaker is not None:
            speaker.set_volume(0.0 if muted else self.output.volume("voice"))
            if muted:
                speaker.stop()

    def set_volume(self, channel: Channel, volume: float) -> None:
        self.output.set_volume(channel, volume)
        speaker = self._speaker
        if channel == "voice" and speaker is not None and not self.muted:
            speaker.set_volume(volume)

    def close(self) -> None:
        self.scheduler.close()
        self.output.close()
        if self._lines is not None:
            self._lines.close()
        if self._render_client is not None:
            self._render_client.close()
