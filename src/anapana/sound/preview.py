"""`anapana sound NAME_OR_WAV`: play one built-in cue or a `.wav` file to its end.

Useful to hear a cue before using it in a session, and to check that sound works on
this computer at all (the backend used is printed).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from anapana.core.wavfile import WavError
from anapana.sound.backends import open_output
from anapana.sound.library import BUILTIN_SOUNDS, SoundLibrary, UnknownSound, is_file_name
from anapana.sound.output import SoundOutput

_TAIL_S = 0.2
"""Extra wait after the sound's length, so the device's buffer has drained."""


def _wait_until_done(output: SoundOutput, seconds: float) -> None:
    if output.name == "qt":
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
    elif output.name == "simpleaudio":
        wait_done = getattr(output, "wait_done", None)
        if wait_done is not None:
            wait_done(seconds + 5.0)
    else:
        pass  # silent: nothing to wait for


def play_once(name_or_wav: str, backend: str = "auto", out: TextIO | None = None) -> int:
    """Play one sound to its end; 0 when it played (or sound is off), 1 for a bad name/file."""
    out = out if out is not None else sys.stdout
    library = SoundLibrary()
    try:
        sound = library.load(name_or_wav)
    except UnknownSound as error:
        print(f"{error}.", file=out)
        return 1
    except WavError as error:
        print(f"{Path(name_or_wav).name}: {error}.", file=out)
        return 1
    if backend not in ("auto", "simpleaudio", "qt", "silent"):
        print(f"unknown backend {backend!r}; use auto, simpleaudio or qt.", file=out)
        return 1
    app = None
    if backend in ("auto", "qt"):
        try:
            from PySide6.QtCore import QCoreApplication

            app = QCoreApplication.instance() or QCoreApplication([])
        except ImportError:
            pass
    output = open_output(
        backend, on_notice=lambda message: print(message, file=out), library=library
    )
    what = name_or_wav if not is_file_name(name_or_wav) else Path(name_or_wav).name
    print(f"Playing {what} ({sound.duration_s:.1f} s) with {output.name}.", file=out)
    try:
        output.play(name_or_wav, "bell")
        _wait_until_done(output, sound.duration_s + _TAIL_S)
    finally:
        output.close()
    del app
    return 0


def known_sounds() -> tuple[str, ...]:
    return BUILTIN_SOUNDS
