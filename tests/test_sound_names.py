"""The validator's list of built-in sounds (core/cue_names, the one list) is the one the
sound layer can play."""

from __future__ import annotations

from anapana.core.cue_names import BUILTIN_SOUNDS
from anapana.paths import assets_dir
from anapana.sound import synth
from anapana.sound.library import BUILTIN_SOUNDS as PLAYABLE


def test_validator_and_sound_layer_agree() -> None:
    assert PLAYABLE is BUILTIN_SOUNDS
    assert set(BUILTIN_SOUNDS) == set(synth.CUES)
    assert {"rise", "fall", "tick", "chime", "bowl", "gong"} <= set(BUILTIN_SOUNDS)
    shipped = {p.stem for p in (assets_dir() / "sounds").glob("*.wav")}
    assert set(BUILTIN_SOUNDS) == shipped
