"""`anapana sound NAME_OR_WAV`: the preview's messages and exit codes."""

from __future__ import annotations

import io
from pathlib import Path

from anapana.sound.preview import play_once


def test_unknown_name_says_which_sounds_exist() -> None:
    out = io.StringIO()
    assert play_once("trumpet", backend="silent", out=out) == 1
    assert out.getvalue() == (
        'unknown sound "trumpet"; the built-in sounds are '
        "rise, fall, tick, chime, bowl, gong, in, hold, out.\n"
    )


def test_broken_file_is_named_with_the_reason(tmp_path: Path) -> None:
    bad = tmp_path / "rain.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt ")
    out = io.StringIO()
    assert play_once(str(bad), backend="silent", out=out) == 1
    assert out.getvalue().startswith("rain.wav: truncated WAV file")


def test_a_cue_plays_and_says_with_what() -> None:
    out = io.StringIO()
    assert play_once("bowl", backend="silent", out=out) == 0
    assert out.getvalue() == "Playing bowl (10.0 s) with silent.\n"


def test_unknown_backend_is_refused() -> None:
    out = io.StringIO()
    assert play_once("tick", backend="jack", out=out) == 1
    assert "unknown backend" in out.getvalue()
