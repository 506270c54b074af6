"""The validator's list of built-in sounds is the one the sound layer can play."""

from __future__ import annotations

from anapana.core.session import BUILTIN_SOUNDS
from anapana.paths import assets_dir
from anapana.sound.library import BUILTIN_SOUNDS as PLAYABLE


def test_validator_and_sound_layer_agree() -> None:
    assert set(BUILTIN_SOUNDS) == set(PLAYABLE)
    assert {"rise", "fall", "tick", "chime", "bowl", "gong"} <= set(BUILTIN_SOUNDS)
    shipped = {p.stem for p in (assets_dir() / "sounds").glob("*.wav")}
    assert set(BUILTIN_SOUNDS) == shipped
