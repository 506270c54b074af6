"""Running something once a widget has first been painted (a page is then on screen).

Start-up work that is not needed for the first look (the plan preview) waits for the
page's first paint; a window that is never shown never pays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from .timers import single_shot


class _FirstPaint(QObject):
    """Calls `then` once, from the event loop, after the watched widget's first paint."""

    def __init__(self, then: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            single_shot(0, self, then)  # once this paint has been finished
            # (the timer is this watcher's: it goes if the widget does)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, soon after `widget` is next painted."""
    widget.installEventFilter(_FirstPaint(then, widget))
