"""Piper: natural neural voices, rendered offline to PCM (the optional `voice` extra).

`piper-tts` (GPL-3.0-or-later) is an optional extra the user installs; Anapana (MIT)
only imports it when a Piper voice is about to be used, so the app runs without it.
Voices come from `VoiceStore` (the user's data folder). A voice's model is loaded on
first use, or earlier from a worker thread with `preload`, never at import time; loading
takes a few tenths of a second and must stay off the GUI thread.

The rate is a speed factor (1.0 is the voice's own pace, `CALM_RATE` the app's default):
Piper's `length_scale` is the voice's own length scale divided by it. Sentences get a
short pause between them (Piper itself runs them together), and the output is kept
under −1 dBFS; loudness matching with the cues happens where every engine's speech is
normalised.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .engine import CALM_RATE, RenderedSpeech, SpeechError, Voice
from .voice_files import (
    MAX_CONFIG_BYTES,
    VoiceFileError,
    parse_json_limited,
    parse_voice_config,
    read_regular_file,
)
from .voice_store import InstalledVoice, VoiceStore

if TYPE_CHECKING:
    from piper import PiperVoice

log = logging.getLogger(__name__)

ENGINE_NAME = "piper"
MAX_TEXT_CHARS = 4000
SENTENCE_PAUSE_S = 0.35
PEAK_LIMIT = 10 ** (-1 / 20)  # −1 dBFS
MIN_RATE, MAX_RATE = 0.5, 2.0
_REQUIRED_INPUTS = ("input", "input_lengths", "scales")


def piper_installed() -> bool:
    """True when the `voice` extra (piper-tts and ONNX Runtime) is importable."""
    try:
        return (importlib.util.find_spec("piper") is not None
                and importlib.util.find_spec("onnxruntime") is not None)
    except (ImportError, ValueError):
        return False


def bcp47(code: str) -> str:
    """Piper's "en_US" → "en-US"."""
    return code.replace("_", "-")


def _voice(installed: InstalledVoice) -> Voice:
    return Voice(engine=ENGINE_NAME, id=installed.key, name=installed.name,
                 language=bcp47(installed.language), quality=installed.quality,
                 licence=installed.licence, path=installed.model)


class PiperEngine:
    """Renders lines with the Piper voices installed in a `VoiceStore`."""

    name = ENGINE_NAME

    def __init__(self, store: VoiceStore | None = None, *, threads: int | None = None) -> None:
        self.store = store if store is not None else VoiceStore.for_user()
        # Half the cores: rendering ahead must not starve the breathing animation.
        self._threads = threads or max(1, (os.cpu_count() or 2) // 2)
        self._loaded: dict[str, tuple[float, PiperVoice]] = {}
        self._lock = threading.Lock()

    # SpeechEngine ---------------------------------------------------------
    def available(self) -> bool:
        return piper_installed() and bool(self.store.installed())

    def voices(self) -> list[Voice]:
        if not piper_installed():
            return []
        return [_voice(v) for v in self.store.installed()]

    def voice(self, key: str) -> Voice | None:
        """The installed voice `key` (its own folder read, not every voice's)."""
        installed = self.store.get(key)
        return _voice(installed) if installed is not None else None

    def voice_for(self, language: str | None) -> Voice | None:
        if not piper_installed():
            return None
        installed = self.store.voice_for(language or "en")
        return _voice(installed) if installed is not None else None

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        if voice.engine != ENGINE_NAME:
            raise SpeechError(f"{voice.name} is not a Piper voice")
        text = " ".join(text.split())
        if len(text) > MAX_TEXT_CHARS:
            raise SpeechError(
                f"A line of {len(text):,} characters is too long to speak "
                f"(at most {MAX_TEXT_CHARS:,})")
        piper_voice = self.preload(voice)
        sample_rate = int(piper_voice.config.sample_rate)
        if not text:
            return RenderedSpeech(np.zeros(0, np.int16), sample_rate, text, voice.key)
        rate = min(max(float(rate), MIN_RATE), MAX_RATE) if np.isfinite(rate) else CALM_RATE
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=piper_voice.config.length_scale / rate,
                                 normalize_audio=False)
        pause = np.zeros(round(SENTENCE_PAUSE_S / rate * sample_rate), np.float32)
        pieces: list[np.ndarray[Any, np.dtype[np.float32]]] = []
        try:
            for chunk in piper_voice.synthesize(text, config):
                if pieces:
                    pieces.append(pause)
                pieces.append(np.asarray(chunk.audio_float_array, np.float32).reshape(-1))
        except Exception as error:  # espeak-ng or ONNX Runtime: never stop a session
            raise SpeechError(f"Piper could not speak with {voice.name}: {error}") from error
        audio = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
        audio = np.nan_to_num(audio, nan=0.0, posinf=0.0, neginf=0.0)
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        if peak > PEAK_LIMIT:
            audio = audio * (PEAK_LIMIT / peak)
        samples = np.round(audio * 32767).astype(np.int16)
        return RenderedSpeech(samples, sample_rate, text, voice.key)

    # loading --------------------------------------------------------------
    def preload(self, voice: Voice) -> PiperVoice:
        """Load `voice`'s model now (call from a worker thread); cached afterwards and
        reloaded when its file changes."""
        installed = self.store.get(voice.id)
        if installed is None:
            raise SpeechError(f"The Piper voice {voice.name} is no longer installed")
        try:
            stamp = installed.model.stat().st_mtime
        except OSError as error:
            raise SpeechError(f"{installed.model}: cannot be read ({error.strerror})") from None
        with self._lock:
            cached = self._loaded.get(installed.key)
            if cached is not None and cached[0] == stamp:
                return cached[1]
            loaded = self._load(installed)
            self._loaded[installed.key] = (stamp, loaded)
            return loaded

    def unload(self, key: str | None = None) -> None:
        """Forget loaded models (all, or one), e.g. after the voice is removed."""
        with self._lock:
            if key is None:
                self._loaded.clear()
            else:
                self._loaded.pop(key, None)

    def _load(self, installed: InstalledVoice) -> PiperVoice:
        if not piper_installed():
            raise SpeechError(
                "Piper is not installed; install Anapana's `voice` extra to use its voices")
        config_path = installed.config
        try:
            data = read_regular_file(config_path, "voice settings", MAX_CONFIG_BYTES)
            parse_voice_config(data, str(config_path))  # every check, before Piper reads it
            config = parse_json_limited(data, str(config_path), max_bytes=MAX_CONFIG_BYTES)
        except VoiceFileError as error:
            raise SpeechError(str(error)) from None
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig

        config.setdefault("num_speakers", 1)
        config.setdefault("espeak", {}).setdefault("voice", "")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only: warnings go to stderr otherwise
        try:
            session = onnxruntime.InferenceSession(
                str(installed.model), sess_options=options, providers=["CPUExecutionProvider"])
        except Exception as error:
            raise SpeechError(
                f"{installed.model}: ONNX Runtime could not open this voice model "
                f"({str(error).splitlines()[0][:200] if str(error) else type(error).__name__})"
            ) from None
        names = {i.name for i in session.get_inputs()}
        missing = [name for name in _REQUIRED_INPUTS if name not in names]
        if missing:
            raise SpeechError(
                f"{installed.model}: not a Piper voice model (it has no input "
                f"{', '.join(missing)})")
        try:
            piper_config = PiperConfig.from_dict(config)
        except (KeyError, TypeError, ValueError) as error:
            raise SpeechError(f"{config_path}: Piper cannot use these settings ({error})") \
                from None
        log.info("loaded Piper voice %s (%d Hz)", installed.key, piper_config.sample_rate)
        return PiperVoice(session=session, config=piper_config,
                          download_dir=Path(installed.folder))
