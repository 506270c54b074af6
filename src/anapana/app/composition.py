"""The composition root: the parts, the session flow and the window, wired together.

`build_main_window` is the entry point's (and the tests') way to get a window: the
options say which clock, which sound, whether to open the log and run the frame timer.
The parts themselves are made by `anapana.app.parts.AppParts`; the window and the
session flow receive them and never build or reassign them.
"""

from __future__ import annotations

from pathlib import Path

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.paths import UserPaths

from .main_window import MainWindow
from .parts import AppParts, SoundFactory
from .settings import Settings

__all__ = ["AppParts", "SoundFactory", "build_main_window"]


def build_main_window(
    settings: Settings,
    paths: UserPaths,
    *,
    checkin: bool = True,
    clock: Clock = SYSTEM_CLOCK,
    sound_factory: SoundFactory | None = None,
    open_log: bool = True,
    run_timer: bool = True,
    bundled: Path | None = None,
    hr_simulate: float | None = None,
) -> MainWindow:
    """The parts, the session flow and the window, wired together."""
    parts = AppParts(settings, paths, clock=clock, sound_factory=sound_factory,
                     open_log=open_log, run_timer=run_timer, bundled=bundled,
                     hr_simulate=hr_simulate)
    window = MainWindow(parts, checkin=checkin)
    parts.setParent(window)  # the parts live as long as the window
    return window
