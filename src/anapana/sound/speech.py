"""Spoken guidance: a queue over `QTextToSpeech` so the voice never talks over itself.

Two policies when something new is to be said while a sentence is still going:
`wait` (the default: it follows when the current one ends) and `cut` (the current one
stops cleanly, whatever was queued is dropped, the new one starts). A `PlanSpeech` with
a `recording` plays that WAV on the output's `voice` channel instead of speaking.
With no speech engine the words are only shown: `finished` follows `started` at once,
and `speech_unavailable` says so once.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from anapana.core.plan import PlanSpeech
from anapana.i18n.wording import QT_TRANSLATE_NOOP
from anapana.sound.output import SoundOutput
from anapana.sound.tts.engine import spoken_form

log = logging.getLogger(__name__)

SpeechPolicy = Literal["wait", "cut"]
NO_SPEECH_NOTICE = QT_TRANSLATE_NOOP(
    "SoundNotices", "Spoken guidance is not available here — the words are shown instead")
"""In English; the app shows it through its `translate` (context `SoundNotices`)."""


@dataclass(frozen=True, slots=True)
class _Utterance:
    text: str
    recording: Path | None = None


class Speaker(QObject):
    """Says guidance texts one after another in the session's language.

    Signals: `started(text)` when a text begins (spoken, played or only shown),
    `finished(text)` when it has ended or was cut, `speech_unavailable(message)` once when
    texts can only be shown (the message is for the user).
    """

    started = Signal(str)
    finished = Signal(str)
    speech_unavailable = Signal(str)

    def __init__(
        self,
        language: str | None = None,
        *,
        engine: str | None = None,
        policy: SpeechPolicy = "wait",
        output: SoundOutput | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if policy not in ("wait", "cut"):
            raise ValueError(f"unknown speech policy {policy!r}; use wait or cut")
        self.policy: SpeechPolicy = policy
        self._output = output
        self._queue: deque[_Utterance] = deque()
        self._current: _Utterance | None = None
        self._heard_speaking = False
        self._noticed = False
        self._recording_timer = QTimer(self)
        self._recording_timer.setSingleShot(True)
        self._recording_timer.timeout.connect(self._on_recording_timer_timeout)
        self._tts = self._open_engine(engine)
        if self._tts is not None and language:
            self.set_language(language)

    def _open_engine(self, engine: str | None) -> QTextToSpeech | None:
        engines = QTextToSpeech.availableEngines()
        if not engines or (engine is not None and engine not in engines):
            log.info("no text-to-speech engine %r (have %s)", engine, engines)
            return None
        tts = QTextToSpeech(engine, self) if engine is not None else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            log.info("text-to-speech engine failed: %s", tts.errorString())
            tts.deleteLater()
            return None
        tts.stateChanged.connect(self._on_tts_state_changed)
        return tts

    # settings ----------------------------------------------------------------
    @property
    def available(self) -> bool:
        """True when texts are really spoken (not only shown)."""
        return self._tts is not None

    def set_language(self, language: str) -> bool:
        """Pick a voice for a BCP 47 tag (`en`, `de-CH`); False when none fits."""
        if self._tts is None:
            return False
        wanted = QLocale(language.replace("-", "_"))
        locales = self._tts.availableLocales()
        exact = [loc for loc in locales if loc.name() == wanted.name()]
        same_language = [loc for loc in locales if loc.language() == wanted.language()]
        if not exact and not same_language:
            log.info("no voice for language %s; keeping %s", language, self._tts.locale().name())
            return False
        self._tts.setLocale((exact or same_language)[0])
        return True

    def voices(self) -> list[str]:
        return [v.name() for v in self._tts.availableVoices()] if self._tts else []

    def set_voice(self, name: str) -> bool:
        if self._tts is None:
            return False
        for voice in self._tts.availableVoices():
            if voice.name() == name:
                self._tts.setVoice(voice)
                return True
        return False

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) to 1 (fastest); 0 is the engine's normal pace."""
        if self._tts is not None:
            self._tts.setRate(min(1.0, max(-1.0, float(rate))))

    def set_volume(self, volume: float) -> None:
        """0 to 1."""
        if self._tts is not None:
            self._tts.setVolume(min(1.0, max(0.0, float(volume))))

    # saying --------------------------------------------------------------------
    @property
    def speaking(self) -> bool:
        return self._current is not None

    @property
    def queued(self) -> int:
        return len(self._queue)

    def say(self, text: str, recording: Path | None = None) -> None:
        """Say `text` (or play `recording` in its place) now or after the current one."""
        utterance = _Utterance(text, recording)
        if self._current is not None:
            if self.policy == "wait":
                self._queue.append(utterance)
                return
            self._cut()
        self._begin(utterance)

    def say_item(self, item: PlanSpeech) -> None:
        """Say one of the plan's speech items."""
        self.say(item.text, item.recording)

    def stop(self) -> None:
        """Stop speaking now and forget what was queued (pause, skip, end)."""
        self._queue.clear()
        self._cut()

    def _cut(self) -> None:
        current, self._current = self._current, None
        if current is None:
            return
        if current.recording is not None:
            self._recording_timer.stop()
            if self._output is not None:
                self._output.stop_channel("voice")
        elif self._tts is not None:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        self.finished.emit(current.text)

    def _begin(self, utterance: _Utterance) -> None:
        self._current = utterance
        self.started.emit(utterance.text)
        if utterance.recording is not None and self._play_recording(utterance.recording):
            return
        if self._tts is None:
            self._tell_once(NO_SPEECH_NOTICE)
            self._end_current()
            return
        self._heard_speaking = False
        self._tts.say(spoken_form(utterance.text))

    def _play_recording(self, recording: Path) -> bool:
        if self._output is None:
            log.info("no sound output for recording %s; speaking its text", recording)
            return False
        try:
            duration_s = self._output.duration_s(recording)
            self._output.play(recording, "voice")
        except Exception as error:
            log.warning("recording %s could not be played: %s", recording, error)
            return False
        self._recording_timer.start(max(1, round(duration_s * 1000)))
        return True

    def _end_current(self) -> None:
        current, self._current = self._current, None
        if current is not None:
            self.finished.emit(current.text)
        if self._current is None and self._queue:
            self._begin(self._queue.popleft())

    def _tell_once(self, message: str) -> None:
        if not self._noticed:
            self._noticed = True
            self.speech_unavailable.emit(message)

    def _on_recording_timer_timeout(self) -> None:
        if self._current is not None and self._current.recording is not None:
            self._end_current()

    def _on_tts_state_changed(self, state: QTextToSpeech.State) -> None:
        current = self._current
        if current is None or current.recording is not None:
            return  # the Ready that follows a cut
        if state == QTextToSpeech.State.Speaking:
            self._heard_speaking = True
        elif state == QTextToSpeech.State.Ready and self._heard_speaking:
            self._end_current()
        elif state == QTextToSpeech.State.Error:
            assert self._tts is not None
            log.warning("text-to-speech failed: %s", self._tts.errorString())
            self._tts = None
            self._tell_once(NO_SPEECH_NOTICE)
            self._end_current()
