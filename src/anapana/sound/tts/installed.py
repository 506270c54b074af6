"""The speech engines this machine could have, built best first.

Kept apart from `engine` (the interface every engine implements) so that the interface
never imports the engines built on it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from anapana.sound.tts.engine import ENGINE_ORDER, SpeechEngine
from anapana.sound.tts.espeak_ng import EspeakEngine


def installed_engines(names: Sequence[str] = ENGINE_ORDER) -> list[SpeechEngine]:
    """The engines this machine could have, best first (each still says if `available`).

    Piper comes from `anapana.sound.tts.piper` (`PiperEngine`), espeak-ng from
    `anapana.sound.tts.espeak_ng`; speech-dispatcher (`qt_engine`) needs Qt and is added
    by the app, not here.
    """
    engines: list[SpeechEngine] = []
    for name in names:
        try:
            if name == "piper":
                # Imported by name: the Piper module is optional (the `voice` extra).
                piper = importlib.import_module("anapana.sound.tts.piper")
                engines.append(piper.PiperEngine())
            elif name == "espeak-ng":
                engines.append(EspeakEngine())
        except Exception:  # a missing or broken engine module leaves the others
            continue
    return engines
