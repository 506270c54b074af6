"""The player page's controls and keys: pause, skip, continue, stop, mute, focus mode.

A mixin of `player_view.PlayerView`. Keys: Space pause/resume (or continue an open phase
that waits), Enter continue, Esc stop (or leave focus mode), → skip, F11 focus mode,
M mute. Space stays the pause key even on a focused button, so a sleepy press never
skips or stops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from .controller import PlayerController

    _Base = QWidget
else:
    _Base = object

STOP_CONFIRM_AFTER_S = 30.0


class PlayerControls(_Base):
    """The buttons' slots and the keys, for `PlayerView`."""

    if TYPE_CHECKING:
        controller: PlayerController
        confirm_stop: Callable[[float], bool]
        confirm_skip_end: Callable[[], bool]
        focus_mode_toggled: SignalInstance
        pause_button: QPushButton
        _focus_mode: bool

    def _on_button_clicked(self) -> None:
        """A button reached by Tab hands the keys back to the player once used."""
        if self.isVisible():
            self.setFocus()

    def _on_pause_clicked(self) -> None:
        self.controller.toggle_pause()

    def _on_pause_toggled(self, checked: bool) -> None:
        state = self.controller.state
        if state is None or self.controller.player is None:
            return
        if checked != (state.status == "paused"):
            if checked:
                self.controller.pause()
            else:
                self.controller.resume()
        state = self.controller.state
        paused = state is not None and state.status == "paused"
        if self.pause_button.isChecked() != paused:  # the pause was refused: show the truth
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(paused)
            self.pause_button.blockSignals(False)

    def _on_skip_clicked(self) -> None:
        self.request_skip()

    def request_skip(self) -> None:
        """Skip to the next part, asking first when that would end the session."""
        state = self.controller.state
        plan = self.controller.plan
        if state is None or plan is None or state.is_over or state.status == "paused":
            return
        last = state.status != "countdown" and state.segment is not None \
            and plan.segments and state.segment is plan.segments[-1]
        if last:
            self.controller.pause()
            ok = self.confirm_skip_end()
            self.controller.resume()
            if not ok:
                return
        self.controller.skip_segment()

    def _on_continue_clicked(self) -> None:
        self.controller.continue_open()

    def _on_stop_clicked(self) -> None:
        self.request_stop()

    def _on_mute_clicked(self) -> None:
        self.controller.toggle_mute()

    def _on_focus_clicked(self) -> None:
        self.focus_mode_toggled.emit(not self._focus_mode)

    def request_stop(self) -> None:
        """Stop, asking first once some practice would be cut short."""
        state = self.controller.state
        if state is None or state.is_over:
            return
        if state.practised_s >= STOP_CONFIRM_AFTER_S:
            was_paused = state.status == "paused"
            self.controller.pause()
            if not self.confirm_stop(state.practised_s):
                if not was_paused:
                    self.controller.resume()
                return
        self.controller.stop()

    def _button_key(self, watched: QObject, event: QEvent) -> bool:
        """Space on a focused button pauses and → skips, as everywhere in the player (a
        button would press itself or move focus); Enter presses the focused button.
        True: the key was taken here."""
        if isinstance(watched, QPushButton) and isinstance(event, QKeyEvent) \
                and event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            key = event.key()
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Right):  # a button would take these
                if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.type() == QEvent.Type.KeyPress and watched.isEnabled():
                    watched.click()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            state = self.controller.state
            if state is not None and state.status == "waiting":
                self.controller.continue_open()  # the contract: "Space or the Continue button"
            else:
                self.controller.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            if self._focus_mode:
                self.focus_mode_toggled.emit(False)
            else:
                self.request_stop()
        elif key == Qt.Key.Key_Right:
            self.request_skip()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.controller.continue_open()
        elif key == Qt.Key.Key_F11:
            self.focus_mode_toggled.emit(not self._focus_mode)
        elif key == Qt.Key.Key_M:
            self.controller.toggle_mute()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
