"""The names of the built-in cues and of the moments a cue can mark: the one list that
session files, the loader, the sound library and the previews share.

Its own small module, so the sound side can read it without importing the file format.
"""

from __future__ import annotations

BUILTIN_SOUNDS: tuple[str, ...] = (
    "rise", "fall", "tick", "chime", "bowl", "gong", "in", "hold", "out")
"""The cues the app ships (`anapana.sound.synth` makes them; a test keeps them equal)."""
CUE_EVENTS: tuple[str, ...] = ("start", "end", "inhale", "exhale", "hold", "step", "bell")
DEFAULT_CUES: dict[str, str] = {
    "start": "bowl", "end": "bowl", "inhale": "rise", "exhale": "fall",
    "hold": "none", "step": "chime", "bell": "bowl",
}
