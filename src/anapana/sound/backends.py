"""Picks the sound backend: the first that works, or silence with one calm notice.

`open_output()` tries simpleaudio (ALSA, lowest latency), then Qt Multimedia
(PulseAudio/PipeWire), and ends with a `SilentOutput` that shows exactly one notice:
"No sound device found — cues are off". Kept apart from `output` (the interface every
backend implements) so that the interface never imports the backends built on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.sound.library import SoundLibrary
from anapana.sound.output import (
    NO_DEVICE_NOTICE,
    BackendUnavailable,
    Notice,
    SilentOutput,
    SoundOutput,
)

log = logging.getLogger(__name__)

AUTO_ORDER: tuple[str, ...] = ("simpleaudio", "qt")

Opener = Callable[[SoundLibrary, Notice | None, Clock], SoundOutput]


def _open_simpleaudio(
    library: SoundLibrary, on_notice: Notice | None, clock: Clock
) -> SoundOutput:
    from anapana.sound.simpleaudio_output import SimpleaudioOutput

    return SimpleaudioOutput(library=library, on_notice=on_notice, clock=clock)


def _open_qt(
    library: SoundLibrary, on_notice: Notice | None, clock: Clock
) -> SoundOutput:
    from anapana.sound.qt_output import QtOutput

    return QtOutput(library=library, on_notice=on_notice, clock=clock)


OPENERS: dict[str, Opener] = {"simpleaudio": _open_simpleaudio, "qt": _open_qt}


def open_output(
    preference: str = "auto",
    on_notice: Notice | None = None,
    *,
    library: SoundLibrary | None = None,
    clock: Clock = SYSTEM_CLOCK,
    openers: Mapping[str, Opener] | None = None,
) -> SoundOutput:
    """The first backend that works: `auto` tries simpleaudio then Qt; a named one is
    tried alone. When none works: a `SilentOutput`, and `on_notice` hears
    "No sound device found — cues are off" exactly once.
    """
    openers = OPENERS if openers is None else openers
    library = library if library is not None else SoundLibrary()
    if preference == "auto":
        order: tuple[str, ...] = AUTO_ORDER
    elif preference == "silent":
        order = ()
    elif preference in openers:
        order = (preference,)
    else:
        raise ValueError(f"unknown sound backend {preference!r}; use auto, simpleaudio, qt")
    for name in order:
        try:
            return openers[name](library, on_notice, clock)
        except BackendUnavailable as error:
            log.info("sound backend %s unavailable: %s", name, error)
        except Exception as error:  # a backend must never stop the app from starting
            log.warning("sound backend %s failed to open: %r", name, error)
    if preference != "silent" and on_notice is not None:
        on_notice(NO_DEVICE_NOTICE)
    return SilentOutput(library=library, on_notice=on_notice)
