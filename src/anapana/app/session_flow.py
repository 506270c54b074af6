"""One practice from beginning to end: check-in → play → closing screen → journal.

`SessionFlow` owns the session's pages (the check-in before, the player, the closing
screen with its journal, the resonance result) in the window's page stack, and drives
them with the parts it is given (`anapana.app.parts.AppParts`): the controller
plays, the recorder keeps the practice, the heart follower runs beside it. It asks the
window for what belongs to the window through signals: a notice to show, focus mode,
going back to the library, the care information.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from . import theme
from .timers import single_shot
from .translations import arg

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry
    from anapana.core.plan import Plan
    from anapana.core.player import PlayerState
    from anapana.hr.model import Assessment
    from anapana.log.practice import CheckIn

    from .checkin import CheckInForm
    from .completion import CompletionView
    from .controller import PlayerController
    from .heart_result import ResonanceResultView
    from .parts import AppParts
    from .player_view import PlayerView


class SessionFlow(QObject):
    notice = Signal(str)
    """Something to tell the user (the window's status bar shows it)."""
    focus_mode_requested = Signal(bool)
    """Enter (True) or leave focus mode (full screen, nothing but the player)."""
    library_requested = Signal()
    """The practice is over and the user is done with its closing screen."""
    care_requested = Signal()
    """The user asked for the care information (where to find help)."""
    appearance_needed = Signal()
    """A page was just made: give it the current theme and accessibility settings."""

    def __init__(self, parts: AppParts, stack: QStackedWidget, *, checkin: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.settings = parts.settings
        self.stack = stack
        self._dialog_parent = parent
        self.checkin_enabled = checkin
        self._ask_checkin = checkin
        self._entry: LibraryEntry | None = None
        self.player_view: PlayerView | None = None
        self.completion: CompletionView | None = None
        self.before_checkin: CheckInForm | None = None
        self.heart_result: ResonanceResultView | None = None

    @property
    def controller(self) -> PlayerController | None:
        return self.parts.controller

    def is_practising(self) -> bool:
        """A session is under way (playing, paused or counting in)."""
        controller = self.parts.controller
        state = controller.state if controller is not None else None
        return state is not None and self.player_view is not None \
            and self.stack.currentWidget() is self.player_view and not state.is_over \
            and state.status != "ready"

    # -- check-in ------------------------------------------------------------------------
    def start(self, entry: LibraryEntry, checkin: bool | None = None) -> None:
        """Begin `entry`: the check-in first when the session and the user want one."""
        if entry.loaded is None:
            return
        self._entry = entry
        paths = self.parts.paths
        self.settings.last_session = entry.id if entry.origin == "bundled" or \
            entry.path.parent == paths.sessions else str(entry.path)
        plan = entry.loaded.plan
        self._ask_checkin = self.checkin_enabled if checkin is None else checkin
        if self._ask_checkin and plan.checkin in ("before", "both"):
            form = self._before_form()
            form.clear()
            self._before_title.setText(plan.title)
            self.stack.setCurrentWidget(self._before_page)
            form.setFocus()
        else:
            self._begin(None)

    def _before_form(self) -> CheckInForm:
        if self.before_checkin is None:
            from .checkin import CheckInForm

            page = QWidget(self.stack)
            self._before_title = QLabel(page)
            self._before_title.setObjectName("muted")
            self._before_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            form = CheckInForm("before", page)
            window_width = self.stack.window().width()
            form.setMinimumWidth(min(600, max(window_width - 120, 300)))
            form.setMaximumWidth(760)
            form.checkin_submitted.connect(self._on_before_checkin_submitted)
            form.skipped.connect(self._on_before_checkin_skipped)
            form.care_requested.connect(self.care_requested)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(48, 40, 48, 32)
            layout.addStretch(1)
            layout.addWidget(self._before_title)
            layout.addSpacing(12)
            layout.addWidget(form, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addStretch(1)
            self.stack.addWidget(page)
            self.before_checkin = form
            self._before_page = page
        return self.before_checkin

    def _on_before_checkin_submitted(self, mood: object, feelings: list[str]) -> None:
        from anapana.log.practice import CheckIn

        self._begin(CheckIn(mood if isinstance(mood, int) else None, tuple(feelings)))

    def _on_before_checkin_skipped(self) -> None:
        self._begin(None)

    # -- playing ---------------------------------------------------------------------------
    def _player(self, controller: PlayerController) -> PlayerView:
        if self.player_view is None:
            from .player_view import PlayerView

            view = PlayerView(controller, self.stack)
            view.confirm_stop = self._confirm_stop
            view.confirm_skip_end = self._confirm_skip_end
            view.focus_mode_toggled.connect(self.focus_mode_requested)
            controller.segment_changed.connect(view.show_intro)
            controller.session_finished.connect(self._on_controller_session_finished)
            controller.session_stopped.connect(self._on_controller_session_stopped)
            self.stack.addWidget(view)
            self.player_view = view
            self.appearance_needed.emit()
        return self.player_view

    def _begin(self, checkin: CheckIn | None) -> None:
        entry = self._entry
        if entry is None or entry.loaded is None:
            return
        plan = entry.loaded.plan
        controller = self.parts.controller_for(plan.language)
        view = self._player(controller)
        controller.set_muted(self.settings.muted)
        controller.eyes_closed = self.settings.eyes_closed
        controller.load(plan, lead_in_s=self.settings.lead_in_s, session_id=entry.id,
                        sha256=entry.loaded.sha256)
        view.prepare(plan)
        recorder = self.parts.recorder()
        view.save_note = recorder.save_note if recorder is not None else None
        self._heart_begin(plan, controller, view)
        self.stack.setCurrentWidget(view)
        view.setFocus()
        controller.start(checkin)
        # What starting left behind (imports' source lines, freed buffers) goes back.
        from anapana import heap  # ctypes: not before the window's first paint

        single_shot(0, view, heap.trim)

    def _confirm_stop(self, practised_s: float) -> bool:
        from PySide6.QtWidgets import QMessageBox  # when asked: not before the first paint

        from .words import practised_text

        box = QMessageBox(self._dialog_parent)
        box.setWindowTitle(self.tr("End the session?"))
        box.setText(arg(self.tr("You have practised for %1."), practised_text(practised_s)))
        box.setInformativeText(self.tr("End the session here? What you practised is kept."))
        end = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        # Stopping must take one key for someone who is overwhelmed: Esc, then Enter.
        box.setDefaultButton(end)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is end

    def _confirm_skip_end(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # when asked: not before the first paint

        box = QMessageBox(self._dialog_parent)
        box.setWindowTitle(self.tr("End the session?"))
        box.setText(self.tr("This is the last part of the session."))
        box.setInformativeText(
            self.tr("Skipping it ends the session here. What you practised is kept."))
        end = box.addButton(self.tr("End session"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is end

    def _on_controller_session_finished(self, state: PlayerState) -> None:
        self._show_completion(True, state)

    def _on_controller_session_stopped(self, state: PlayerState) -> None:
        self._show_completion(False, state)

    # -- heart rate (only with a strap or the simulator) ----------------------------------
    def _heart_begin(self, plan: Plan, controller: PlayerController, view: PlayerView) -> None:
        try:
            self.parts.heart().begin(plan, controller, view)
        except Exception as error:  # the session goes on without the heart
            self.notice.emit(arg(self.tr("The heart rate can't be shown this time (%1)."),
                                 str(error)))

    def _heart_end(self) -> Assessment | None:
        """Keep the heart side of the practice that just ended; the assessment if any."""
        from .heart_live import save_record, summarize

        heart = self.parts.made_heart
        track = heart.end() if heart is not None else None
        if track is None:
            return None
        record, assessment = summarize(track)
        if record is None:
            return None
        recorder = self.parts.made_recorder
        practice = recorder.practice if recorder is not None else None
        problem = save_record(self.parts.log(), record,
                              practice.uuid if practice is not None else "",
                              self.parts.clock.now())
        if problem:
            self.notice.emit(problem)
        # A screen of bars only when at least two paces were measured (not after a stop
        # in the first minutes, when there is nothing to compare).
        measured = [r for r in assessment.rates if r.peak_trough_bpm is not None] \
            if assessment is not None else []
        return assessment if len(measured) >= 2 else None

    def _show_heart_result(self, assessment: Assessment) -> None:
        if self.heart_result is None:
            from .heart_result import ResonanceResultView

            view = ResonanceResultView(self.parts.paths.sessions, self.stack)
            view.continue_requested.connect(self._on_heart_result_continue_requested)
            view.session_created.connect(self._on_heart_result_session_created)
            self.stack.addWidget(view)
            self.heart_result = view
        self.heart_result.set_palette(theme.resolve(self.settings.theme))
        self.heart_result.show_assessment(assessment)
        self.stack.setCurrentWidget(self.heart_result)
        self.heart_result.focus_first()

    def _on_heart_result_continue_requested(self) -> None:
        if self.completion is not None:
            self.stack.setCurrentWidget(self.completion)
            self.completion.focus_first()

    def _on_heart_result_session_created(self, path: str) -> None:
        store = self.parts.store
        store.watch()
        store.reload()
        self.notice.emit(arg(self.tr("Made %1: it is in your library."), Path(path).name))

    # -- the closing screen ----------------------------------------------------------------
    def _show_completion(self, finished: bool, state: PlayerState) -> None:
        self.focus_mode_requested.emit(False)
        assessment = self._heart_end()
        if self.completion is None:
            from .completion import CompletionView

            view = CompletionView(self.stack)
            view.done.connect(self.library_requested)
            view.checkin_submitted.connect(self._on_after_checkin_submitted)
            view.care_requested.connect(self.care_requested)
            self.stack.addWidget(view)
            self.completion = view
        entry = self._entry
        plan = entry.loaded.plan if entry is not None and entry.loaded is not None else None
        recorder = self.parts.made_recorder
        ask = bool(self._ask_checkin and plan is not None
                   and plan.checkin in ("after", "both"))
        save_note = recorder.save_note if recorder is not None else None
        practice = recorder.practice if recorder is not None else None
        if self.player_view is not None:
            self.player_view.writing.flush()  # words written during the session come first
        self.completion.show_result(
            finished, state.practised_s, ask_checkin=ask, save_note=save_note,
            reflect=plan.reflect if plan is not None else None,
            note=practice.note if practice is not None and practice.note else "")
        self.stack.setCurrentWidget(self.completion)
        self.completion.focus_first()
        if assessment is not None:
            self._show_heart_result(assessment)

    def _on_after_checkin_submitted(self, mood: object, feelings: list[str]) -> None:
        recorder = self.parts.made_recorder
        if recorder is None:
            return
        from anapana.log.practice import CheckIn

        recorder.record_checkin(
            "after", CheckIn(mood if isinstance(mood, int) else None, tuple(feelings)))

    # -- quitting ----------------------------------------------------------------------------
    def save_before_quit(self) -> None:
        """A running practice ends as stopped with its time up to now, and the journal
        note is written; the log itself is saved and closed by the parts after this."""
        self.parts.stop()
        if self.completion is not None:
            self.completion.journal.flush()
