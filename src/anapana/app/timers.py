"""Every timer the app runs is made here, so tests can see and replace them.

App modules call `make_timer` (or `single_shot`) instead of building a `QTimer`. Each
timer made is remembered (weakly), so a test can ask which are still running when it
ends (`running()`; tests/conftest.py fails a Qt test that leaves one), and a test may
swap `factory` for a fake that fires on demand. Precise timers are asked for where a
late wake-up would matter (the frame timer, reminders); the rest stay coarse, which is
cheaper for the system.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

TimerFactory = Callable[[QObject | None], QTimer]

factory: TimerFactory = QTimer
"""Makes each timer (tests may swap in a fake that is a `QTimer` too)."""

_made: weakref.WeakSet[QTimer] = weakref.WeakSet()


def make_timer(
    parent: QObject | None,
    *,
    interval_ms: int = 0,
    single_shot: bool = False,
    precise: bool = False,
    name: str = "",
    on_timeout: Callable[[], object] | None = None,
) -> QTimer:
    """A timer owned by `parent` (stopped; call `start()`)."""
    timer = factory(parent)
    timer.setInterval(interval_ms)
    timer.setSingleShot(single_shot)
    if precise:
        timer.setTimerType(Qt.TimerType.PreciseTimer)
    if name:
        timer.setObjectName(name)
    if on_timeout is not None:
        timer.timeout.connect(on_timeout)
    _made.add(timer)
    return timer


def single_shot(delay_ms: int, parent: QObject, action: Callable[[], object]) -> QTimer:
    """Run `action` once after `delay_ms`, unless `parent` is gone by then."""
    timer = make_timer(parent, interval_ms=max(delay_ms, 0), single_shot=True,
                       name="single shot", on_timeout=action)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer


def running() -> list[QTimer]:
    """The timers made here that are running now."""
    from shiboken6 import isValid

    return [timer for timer in list(_made) if isValid(timer) and timer.isActive()]


def describe(timer: QTimer) -> str:
    """A timer's name, or its owner's class when it has none."""
    return timer.objectName() or type(timer.parent()).__name__


def stop_all() -> None:
    """Stop every timer still running (after a test has reported them)."""
    from shiboken6 import isValid

    for timer in list(_made):
        if isValid(timer):
            timer.stop()
