"""The sound channels, each with its own volume: the one list the app and settings share.

Its own small module, so that reading the settings at start-up imports no audio code.
Each channel's name as the settings show it is here too, in English, marked for the
translation tools; the app translates it in the `SoundChannels` context.
"""

from __future__ import annotations

from typing import Literal

from anapana.i18n.wording import QT_TRANSLATE_NOOP

Channel = Literal["breath", "bell", "voice"]
CHANNEL_LABELS: dict[Channel, str] = {
    "breath": QT_TRANSLATE_NOOP("SoundChannels", "Breath cues"),
    "bell": QT_TRANSLATE_NOOP("SoundChannels", "Bells"),
    "voice": QT_TRANSLATE_NOOP("SoundChannels", "Voice"),
}
CHANNELS: tuple[Channel, ...] = tuple(CHANNEL_LABELS)
