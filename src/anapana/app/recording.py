"""The practice log listening to the player: what the controller says happened, recorded.

The controller only announces facts (a practice started, a frame, paused, finished,
stopped); this is where the recording policy lives: a row when a practice starts, the
time practised saved about once a second (the recorder writes less often), at once on
a pause, and the ending with its real practised time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from anapana.core.player import PlayerState
    from anapana.log.practice import CheckIn
    from anapana.log.recorder import Recorder

    from .controller import PlayerController


class PracticeRecording(QObject):
    """Records the practices `controller` plays through `recorder`."""

    def __init__(self, controller: PlayerController, recorder: Recorder,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.recorder = recorder
        self._status = "ready"
        self._recorded_second = -1
        controller.practice_started.connect(self._on_controller_practice_started)
        controller.ticked.connect(self._on_controller_ticked)
        controller.session_finished.connect(self._on_controller_session_finished)
        controller.session_stopped.connect(self._on_controller_session_stopped)

    def _on_controller_practice_started(self, checkin: CheckIn | None) -> None:
        controller = self.controller
        plan = controller.plan
        if plan is None:
            return
        self._status = "ready"
        self._recorded_second = -1
        self.recorder.start(session=controller.session_id, title=plan.title,
                            sha256=controller.sha256, planned_s=plan.total_s, checkin=checkin)

    def _on_controller_ticked(self, state: PlayerState) -> None:
        changed = state.status != self._status
        self._status = state.status
        if changed:
            if state.status == "paused":
                self.recorder.checkpoint(state.practised_s)
        elif state.status in ("playing", "waiting") \
                and int(state.practised_s) != self._recorded_second:
            self._recorded_second = int(state.practised_s)  # once a second is plenty
            self.recorder.progress(state.practised_s)

    def _on_controller_session_finished(self, state: PlayerState) -> None:
        self.recorder.finish("completed", state.practised_s)

    def _on_controller_session_stopped(self, state: PlayerState) -> None:
        self.recorder.finish("stopped", state.practised_s)
