"""The set-up the app tests share: their marks, the main window on a fake clock, and a
player view playing a plan. One place, so that a change in how the app is put together
is made once for every app test."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.composition import build_main_window
from anapana.app.controller import PlayerController
from anapana.app.main_window import MainWindow
from anapana.app.player_view import PlayerView
from anapana.app.settings import Settings
from anapana.core.plan import Plan
from anapana.paths import UserPaths
from tests.app_helpers import FakeClock, RecordingSink

APP_TEST_MARKS = [
    pytest.mark.gui,
    pytest.mark.usefixtures("no_running_timers"),
    # The offscreen platform says this of every top-level window; it is not the app's.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]
"""`pytestmark` for a module that opens app windows."""


def open_window(
    qtbot: QtBot,
    clock: FakeClock,
    *,
    checkin: bool,
    open_log: bool,
    settings: Settings | None = None,
    sink: RecordingSink | None = None,
    size: tuple[int, int] | None = None,
    activate: bool = False,
    hr_simulate: float | None = None,
) -> MainWindow:
    """The main window shown as at start-up, in the temporary ANAPANA_HOME (use the
    `anapana_home` fixture), on `clock`, with no frame timer and `sink` recording what
    it is asked to play. qtbot closes it at the end of the test.

    `activate` waits until the window has the focus, as a user's window would.
    """
    paths = UserPaths.from_environment()
    settings = settings if settings is not None else Settings(paths.settings)
    sound = sink if sink is not None else RecordingSink()
    win = build_main_window(settings, paths, checkin=checkin, clock=clock,
                            sound_factory=lambda _language: sound, open_log=open_log,
                            run_timer=False, hr_simulate=hr_simulate)
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    if activate:
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
    win.after_shown()
    return win


def play_plan(
    qtbot: QtBot,
    plan: Plan,
    *,
    lead_in_s: float = 0.0,
    controller: PlayerController | None = None,
) -> tuple[PlayerView, PlayerController, FakeClock]:
    """A player view, shown, playing `plan` on a new fake clock at 1000 s, with no sound
    at all (as with no voice installed). A `controller` given is moved onto that clock."""
    clock = FakeClock()
    if controller is None:
        controller = PlayerController(clock, run_timer=False)
    else:
        controller._clock = clock
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    controller.load(plan, lead_in_s=lead_in_s)
    view.prepare(plan)
    controller.start()
    return view, controller, clock
