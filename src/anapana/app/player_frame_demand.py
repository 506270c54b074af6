"""When the player page next needs a frame, and whether anyone can see it.

A mixin of `player_view.PlayerView`: the frame timer asks `next_change_s(state)` after
each frame (`controller.add_frame_demand`); the page follows its window's exposure, so
that a minimised or covered window costs no frames and gets one at once when shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent, QWindow
from PySide6.QtWidgets import QWidget

from anapana.core.player import PlayerState

from .frame_pacing import FRAME_S, NEVER, until_next_whole_s

if TYPE_CHECKING:
    from .body_map import BodyMap
    from .caption import CaptionView
    from .controller import PlayerController
    from .figure import PacingFigure

    _Base = QWidget
else:
    _Base = object


class PlayerFrameDemand(_Base):
    """`next_change_s` and the window's exposure, for `PlayerView`."""

    if TYPE_CHECKING:
        controller: PlayerController
        figure: PacingFigure
        body_map: BodyMap
        caption: CaptionView
        _curve: object | None
        _heart: QWidget | None
        _in_scan: bool
        _watched_window: QWindow | None
        _window_exposed: bool

    def next_change_s(self, state: PlayerState) -> float:
        """Seconds until this page will look different by itself: 0 while anything moves,
        the next whole second of a countdown, `NEVER` for a still picture or a window
        nobody can see (the frame timer waits for the soonest; `frame_pacing`)."""
        if not self._exposed():
            return NEVER
        if not self._in_scan and self.figure.moving and self.figure.isVisible() \
                and self.figure.next_change_s() <= FRAME_S:
            return 0.0  # a frame at once whatever else says (the common case, kept cheap)
        running = state.status in ("countdown", "playing", "waiting")
        waits = [self._texts_change_s(state), self.caption.next_change_s(running)]
        if self._in_scan:
            if self.body_map.isVisible():
                waits.append(self.body_map.next_change_s(state.practised_s))
        elif self.figure.isVisible():
            waits.append(self.figure.next_change_s())
        playing = state.status == "playing"
        if self._curve is not None and not self._in_scan:
            waits.append(self._curve.next_change_s(playing))  # type: ignore[attr-defined]
        if self._heart is not None and self._heart.isVisible() and playing:
            change = getattr(self._heart, "next_change_s", None)
            waits.append(change(state.plan_s) if change is not None else 0.0)
        return min(waits)

    def _texts_change_s(self, state: PlayerState) -> float:
        """Seconds until a shown number changes: the seconds left, the lead-in's
        countdown, the time waited, the progress bar's percent."""
        status = state.status
        if status == "countdown":
            return until_next_whole_s(state.countdown_s, rising=False)
        if status == "waiting":
            waits = [until_next_whole_s(state.waited_s, rising=True)]
            if state.phase_left_s is not None:
                waits.append(until_next_whole_s(state.phase_left_s, rising=False))
            return min(waits)
        if status != "playing":
            return NEVER
        waits = [until_next_whole_s(state.session_left_s, rising=False)]
        if state.phase_left_s is not None:
            waits.append(until_next_whole_s(state.phase_left_s, rising=False))
        total = state.plan_s + state.session_left_s
        if total > 0:
            percent = round(100 * state.session_progress)
            waits.append(max((percent + 0.5) / 100 - state.session_progress, 0.0) * total)
        return min(waits)

    def _exposed(self) -> bool:
        """Whether any of this page can be seen (shown, its window exposed: not minimised
        or unmapped). The window's exposure is followed through its expose events."""
        return self._window_exposed and self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched_window:
            # Told when the window is exposed again (restored, uncovered): a frame at
            # once, since the timer idles while nothing can be seen.
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            handle.installEventFilter(self)
            self._watched_window = handle
        self._window_exposed = handle is not None and handle.isExposed()
        self._request_frame()

    def _request_frame(self) -> None:
        request = getattr(self.controller, "request_frame", None)
        if request is not None:
            request()

    def _follow_exposure(self, watched: QObject, event: QEvent) -> bool:
        """Whether `event` is the watched window's expose event (followed here: a frame
        at once when it is exposed again)."""
        if watched is self._watched_window and event.type() == QEvent.Type.Expose:
            handle = self._watched_window
            exposed = handle is not None and handle.isExposed()
            if exposed and not self._window_exposed:
                self._request_frame()
            self._window_exposed = exposed
            return True
        return False
