"""The sound channels, each with its own volume: the one list the app and settings share.

Its own small module, so that reading the settings at start-up imports no audio code.
"""

from __future__ import annotations

from typing import Literal

Channel = Literal["breath", "bell", "voice"]
CHANNELS: tuple[Channel, ...] = ("breath", "bell", "voice")
