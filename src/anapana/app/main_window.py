"""The main window: library, check-in, player, completion and history pages.

Nothing heavy happens in the constructor: the library is read, pyqtgraph imported, the
sound opened and the practice log opened only when first needed (`after_shown`, the
first session), so the window appears fast.
"""

from __future__ import annotations

import gc
import shutil
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.plan_cache import PlanCache
from anapana.paths import UserPaths, assets_dir, bundled_sessions_dir

from . import theme
from .library_store import LibraryStore, unused_session_path
from .settings import Settings

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry
    from anapana.core.plan import Plan
    from anapana.core.player import PlayerState
    from anapana.hr.model import Assessment
    from anapana.log.practice import CheckIn
    from anapana.log.recorder import Recorder
    from anapana.log.store import PracticeLog

    from .checkin import CheckInForm
    from .completion import CompletionView
    from .controller import PlayerController
    from .heart_live import HeartLive
    from .heart_result import ResonanceResultView
    from .history.view import HistoryView
    from .library_view import LibraryView
    from .player_view import PlayerView
    from .sound_sink import SoundSink

SoundFactory = Callable[[str | None], "SoundSink"]


NOTICE_MS = 12000
"""How long each notice stays in the status bar."""


class MainWindow(QMainWindow):
    first_painted = Signal()
    about_requested = Signal()

    def __init__(
        self,
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
    ) -> None:
        super().__init__()
        self.settings = settings
        self.paths = paths
        self.checkin_enabled = checkin
        self._ask_checkin = checkin
        self._clock = clock
        self._sound_factory = sound_factory
        self._open_log = open_log
        self._run_timer = run_timer
        self._painted = False
        self._notices: deque[str] = deque()
        self._entry: LibraryEntry | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setWindowTitle("Anapana")
        self.resize(1100, 720)
        self.setMinimumSize(720, 520)
        self.fit_to_screen()

        self.store = LibraryStore(bundled or bundled_sessions_dir(), paths.sessions, self,
                                  plans=PlanCache(paths.plan_cache))
        self.store.changed.connect(self._on_store_changed)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # The pages and the controller are built on first use (the library right after
        # the window is first painted), so the window appears at once.
        self._library: LibraryView | None = None
        self._controller: PlayerController | None = None
        self.player_view: PlayerView | None = None
        self.completion: CompletionView | None = None
        self.before_checkin: CheckInForm | None = None
        self.history: QWidget | None = None
        self.history_view: HistoryView | None = None
        self._recorder: Recorder | None = None
        self._log: PracticeLog | None = None
        self._sound_ready = False
        self._saved_for_quit = False
        self.hr_simulate = hr_simulate
        """Breaths a minute of the simulated heart (`--hr-simulate`), or None."""
        self._heart: HeartLive | None = None
        self.heart_result: ResonanceResultView | None = None

        self.settings.changed.connect(self._on_settings_changed)
        self.quit_action = QAction("Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        self.about_action = QAction("About Anapana", self)
        self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.about_action.triggered.connect(self.about_requested)
        self.addAction(self.about_action)
        self.settings_pages: Callable[[], list[QWidget]] = list
        """More settings groups, made fresh for each Settings dialog (the desktop adds one)."""
        find_action = QAction("Search", self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find_triggered)
        self.addAction(find_action)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().messageChanged.connect(self._on_status_bar_message_changed)
        self.apply_appearance()

    # -- pages built on first use ----------------------------------------------------------
    @property
    def library(self) -> LibraryView:
        if self._library is None:
            from .library_view import LibraryView

            view = LibraryView(self.stack)
            self.stack.insertWidget(0, view)
            self.stack.setCurrentWidget(view)
            view.start_requested.connect(self.start_session)
            view.new_session_requested.connect(self._on_library_new_session_requested)
            view.open_folder_requested.connect(self._on_library_open_folder_requested)
            view.edit_requested.connect(self._on_library_edit_requested)
            view.settings_requested.connect(self._on_library_settings_requested)
            view.history_requested.connect(self._on_library_history_requested)
            self._library = view
            view.set_palette(theme.resolve(self.settings.theme))
        return self._library

    @property
    def controller(self) -> PlayerController:
        if self._controller is None:
            from .controller import PlayerController

            controller = PlayerController(self._clock, run_timer=self._run_timer, parent=self)
            controller.session_finished.connect(self._on_controller_session_finished)
            controller.session_stopped.connect(self._on_controller_session_stopped)
            controller.muted_changed.connect(self._on_controller_muted_changed)
            self._controller = controller
        return self._controller

    # -- showing ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            if not self.statusBar().currentMessage():
                self._show_next_notice()  # what was said before the window showed

    def restore_geometry(self) -> None:
        geometry = self.settings.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (large text and scaling shrink it)."""
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # Room for the window manager's frame and title bar, which resize() excludes.
        width, height = max(free.width() - 16, 320), max(free.height() - 48, 240)
        self.setMinimumSize(min(self.minimumWidth(), width), min(self.minimumHeight(), height))
        if self.width() > width or self.height() > height:
            self.resize(min(self.width(), width), min(self.height(), height))
            if not self.isVisible():
                self.move(free.topLeft())

    def after_shown(self, session: str | None = None) -> None:
        """Build the library page, read the sessions and build the preview, then open
        `session` if one was asked for."""
        _ = self.library
        self.store.load()
        self.library.ensure_preview()
        # Everything made so far lives as long as the app: keep it out of the cyclic
        # collector's scans, which otherwise cost frames during a session.
        gc.collect()
        gc.freeze()
        if session:
            entry = self.store.find(session)
            if entry is not None and entry.ok:
                self.library.select(entry.id)
                self.start_session(entry)
                return
            if entry is not None:
                self.library.select(entry.id)
            else:
                self.notify(f"No session called {session!r}.")
        elif self.settings.last_session:
            self.library.select(self.settings.last_session)
        self.library.list.setFocus()

    def notify(self, message: str) -> None:
        """Show a notice in the status bar. Notices wait their turn (each stays
        `NOTICE_MS`) and those raised before the window is shown wait for it."""
        if message in self._notices:
            return
        self._notices.append(message)
        if self._painted and not self.statusBar().currentMessage():
            self._show_next_notice()

    @property
    def pending_notices(self) -> list[str]:
        return list(self._notices)

    def _show_next_notice(self) -> None:
        if self._notices:
            self.statusBar().showMessage(self._notices.popleft(), NOTICE_MS)

    def _on_status_bar_message_changed(self, message: str) -> None:
        if not message and self._painted:  # the last one's time is up: the next one
            self._show_next_notice()

    def apply_appearance(self) -> None:
        from PySide6.QtWidgets import QApplication

        palette = theme.resolve(self.settings.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, palette)
        if self._library is not None:
            self._library.set_palette(palette)
        view = self.player_view
        if view is not None:
            view.set_palette(palette)
            view.set_figure_style(self.settings.figure_style, self.settings.reduced_motion)
            view.announce = self.settings.announce_phases
            view.set_captions(self.settings.captions)
        if self.history_view is not None:
            self.history_view.set_palette(palette)

    def _on_settings_changed(self, key: str) -> None:
        if key.startswith(("appearance/", "accessibility/")):
            self.apply_appearance()
        elif key.startswith("sound/volume_"):
            channel = key.removeprefix("sound/volume_")
            if self._controller is None:
                return
            setter = getattr(self._controller.sound, "set_volume", None)
            if setter is not None:
                setter(channel, self.settings.volume(channel))

    # -- library ----------------------------------------------------------------------
    def _on_store_changed(self) -> None:
        self.library.set_entries(self.store.entries)

    def _on_find_triggered(self) -> None:
        if self._library is not None and self.stack.currentWidget() is self._library:
            self.library.search.setFocus()
            self.library.search.selectAll()

    def _on_library_new_session_requested(self) -> None:
        folder = self.paths.sessions
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = unused_session_path(folder, "my-session")
            shutil.copyfile(assets_dir() / "templates" / "new-session.yaml", target)
        except OSError as error:
            self.notify(f"The new session could not be made: {error.strerror or error}")
            return
        self.store.watch()
        self.store.reload()
        self.library.select(target.stem)
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            self.notify(f"Made {target}. Open it in your text editor to change it.")
        else:
            self.notify(f"Made {target.name}: save it in your editor and it updates here.")

    def _on_library_open_folder_requested(self) -> None:
        folder = self.paths.sessions
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(f"The sessions folder could not be made: {error.strerror or error}")
            return
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.notify(f"Your sessions folder is {folder}")

    def _on_library_edit_requested(self, entry: LibraryEntry) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(entry.path))):
            self.notify(f"Open {entry.path} in your text editor to change it.")

    def _on_library_settings_requested(self) -> None:
        from .settings_dialog import SettingsDialog

        sound = self._controller.sound if self._controller is not None else None
        voices: list[str] = list(getattr(sound, "voices", list)())
        dialog = SettingsDialog(self.settings, voices=voices, parent=self,
                                extra_pages=self.settings_pages())
        dialog.exec()
        dialog.deleteLater()

    def _on_library_history_requested(self) -> None:
        self.show_history()

    def show_history(self) -> None:
        if self.history is None:
            self.history = self._build_history()
            self.stack.addWidget(self.history)
        elif self.history_view is not None:
            self.history_view.refresh()
        self.stack.setCurrentWidget(self.history)
        self.history_back.setFocus()  # focus lands on the page's first control, never nowhere

    def _build_history(self) -> QWidget:
        from .history.page import HistoryPage

        page = HistoryPage(self.stack)
        self.history_back = page.back_button
        page.back_requested.connect(self.show_library)
        page.set_content(self._history_view(page))
        return page

    def _history_view(self, parent: QWidget) -> QWidget:
        try:
            from .history import view as history_view
        except ImportError:
            label = QLabel("Your practice history will appear here.", parent)
            label.setObjectName("muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        log = self._practice_log()
        if log is None:
            label = QLabel("The practice log can't be opened, so there is no history to show.",
                           parent)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        view = history_view.HistoryView(
            log, self._clock, show_consistency=self.settings.show_consistency, parent=parent)
        view.set_palette(theme.resolve(self.settings.theme))
        view.consistency_visibility_changed.connect(self._on_history_consistency_changed)
        self.history_view = view
        return view

    def _on_history_consistency_changed(self, visible: bool) -> None:
        self.settings.show_consistency = visible

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library)
        self.library.list.setFocus()

    # -- a session --------------------------------------------------------------------
    def open_session(self, ref: str, checkin: bool = True) -> None:
        """Start a session by id or path (the tray, a reminder, a second `anapana run`)."""
        if not self.store.loaded:
            self.after_shown()
        entry = self.store.find(ref)
        if entry is None:
            self.notify(f"No session called {ref!r}.")
            return
        self.library.select(entry.id)
        if entry.ok:
            self.start_session(entry, checkin=checkin and self.checkin_enabled)

    def is_practising(self) -> bool:
        """A session is under way (playing, paused or counting in)."""
        state = self._controller.state if self._controller is not None else None
        return state is not None and self.player_view is not None \
            and self.stack.currentWidget() is self.player_view and not state.is_over \
            and state.status != "ready"

    def session_title(self, ref: str) -> str | None:
        entry = self.store.find(ref) if self.store.loaded else None
        return entry.loaded.header.title if entry is not None and entry.loaded else None

    def start_session(self, entry: LibraryEntry, checkin: bool | None = None) -> None:
        if entry.loaded is None:
            return
        self._entry = entry
        self.settings.last_session = entry.id if entry.origin == "bundled" or \
            entry.path.parent == self.paths.sessions else str(entry.path)
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
            form.setMinimumWidth(min(600, max(self.width() - 120, 300)))
            form.setMaximumWidth(760)
            form.checkin_submitted.connect(self._on_before_checkin_submitted)
            form.skipped.connect(self._on_before_checkin_skipped)
            form.care_requested.connect(self.about_requested)
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

    def _player(self) -> PlayerView:
        if self.player_view is None:
            from .player_view import PlayerView

            view = PlayerView(self.controller, self.stack)
            view.confirm_stop = self._confirm_stop
            view.confirm_skip_end = self._confirm_skip_end
            view.focus_mode_toggled.connect(self._on_player_focus_mode_toggled)
            self.controller.segment_changed.connect(view.show_intro)
            self.stack.addWidget(view)
            self.player_view = view
            self.apply_appearance()
        return self.player_view

    def _ensure_sound(self, language: str | None) -> None:
        if self._sound_ready:
            setter = getattr(self.controller.sound, "set_language", None)
            if setter is not None:
                setter(language)
            return
        self._sound_ready = True
        if self._sound_factory is not None:
            self.controller.sound = self._sound_factory(language)
            return
        from .sound_sink import SoundLayer

        s = self.settings
        layer = SoundLayer(backend=s.sound_backend,
                           volumes={c: s.volume(c) for c in ("breath", "bell", "voice")},
                           muted=s.muted, speak=s.speak_guidance, voice=s.voice,
                           language=language, parent=self)
        layer.notice.connect(self.notify)
        for message in layer.take_notices():  # raised while it opened, before the connect
            self.notify(message)
        self.controller.sound = layer

    def _practice_log(self) -> PracticeLog | None:
        """The log, opened on first use (None when it can't be)."""
        if self._log is None and self._open_log:
            from anapana.log import LogUnavailable, open_log

            try:
                log, notices = open_log(self.paths.log_db, self._clock, self.paths.rescue_folders)
            except LogUnavailable as error:
                self.notify(str(error))
                self._open_log = False
                return None
            for notice in notices:
                self.notify(notice.message)
            self._log = log
        return self._log

    def _ensure_recorder(self) -> None:
        if self._recorder is not None or not self._open_log:
            return
        from anapana.log.recorder import Recorder

        log = self._practice_log()
        recorder = Recorder(log, self._clock, on_problem=self._on_recorder_problem)
        self._recorder = recorder
        self.controller.recorder = recorder

    def _on_recorder_problem(self, problem: str | None) -> None:
        if problem:
            self.notify(problem)

    def _begin(self, checkin: CheckIn | None) -> None:
        entry = self._entry
        if entry is None or entry.loaded is None:
            return
        plan = entry.loaded.plan
        self._ensure_sound(plan.language)
        self._ensure_recorder()
        view = self._player()
        self.controller.set_muted(self.settings.muted)
        self.controller.eyes_closed = self.settings.eyes_closed
        self.controller.load(plan, lead_in_s=self.settings.lead_in_s, session_id=entry.id,
                             sha256=entry.loaded.sha256)
        view.prepare(plan)
        view.save_note = self._recorder.save_note if self._recorder is not None else None
        self._heart_begin(plan, view)
        self.stack.setCurrentWidget(view)
        view.setFocus()
        self.controller.start(checkin)

    def _confirm_stop(self, practised_s: float) -> bool:
        from .words import practised_text

        box = QMessageBox(self)
        box.setWindowTitle("End the session?")
        box.setText(f"You have practised for {practised_text(practised_s)}.")
        box.setInformativeText("End the session here? What you practised is kept.")
        end = box.addButton("End session", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        # Stopping must take one key for someone who is overwhelmed: Esc, then Enter.
        box.setDefaultButton(end)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is end

    def _confirm_skip_end(self) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle("End the session?")
        box.setText("This is the last part of the session.")
        box.setInformativeText("Skipping it ends the session here. What you practised is kept.")
        end = box.addButton("End session", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is end

    def _on_player_focus_mode_toggled(self, on: bool) -> None:
        self.set_focus_mode(on)

    def set_focus_mode(self, on: bool) -> None:
        view = self.player_view
        if view is None:
            return
        view.set_focus_mode(on)
        self.statusBar().setVisible(not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            if getattr(self, "_was_maximized", False):
                self.showMaximized()
            else:
                self.showNormal()

    def _on_controller_muted_changed(self, muted: bool) -> None:
        self.settings.muted = muted

    def _on_controller_session_finished(self, state: PlayerState) -> None:
        self._show_completion(True, state)

    def _on_controller_session_stopped(self, state: PlayerState) -> None:
        self._show_completion(False, state)

    # -- heart rate (only with a strap or the simulator) ----------------------------------
    def _heart_begin(self, plan: Plan, view: PlayerView) -> None:
        from .heart_live import HeartLive

        if self._heart is None:
            self._heart = HeartLive(self.settings, self._clock,
                                    simulate_per_min=self.hr_simulate, parent=self)
        try:
            self._heart.begin(plan, self.controller, view)
        except Exception as error:  # the session goes on without the heart
            self.notify(f"The heart rate can't be shown this time ({error}).")

    def _heart_end(self) -> Assessment | None:
        """Keep the heart side of the practice that just ended; the assessment if any."""

        from .heart_live import save_record, summarize

        track = self._heart.end() if self._heart is not None else None
        if track is None:
            return None
        record, assessment = summarize(track)
        if record is None:
            return None
        practice = self._recorder.practice if self._recorder is not None else None
        problem = save_record(self._practice_log(), record,
                              practice.uuid if practice is not None else "",
                              self._clock.now())
        if problem:
            self.notify(problem)
        # A screen of bars only when at least two paces were measured (not after a stop
        # in the first minutes, when there is nothing to compare).
        measured = [r for r in assessment.rates if r.peak_trough_bpm is not None] \
            if assessment is not None else []
        return assessment if len(measured) >= 2 else None

    def _show_heart_result(self, assessment: Assessment) -> None:
        if self.heart_result is None:
            from .heart_result import ResonanceResultView

            view = ResonanceResultView(self.paths.sessions, self.stack)
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
        self.store.watch()
        self.store.reload()
        self.notify(f"Made {Path(path).name}: it is in your library.")

    def _show_completion(self, finished: bool, state: PlayerState) -> None:
        self.set_focus_mode(False)
        assessment = self._heart_end()
        if self.settings.muted != self.controller.muted:
            self.settings.muted = self.controller.muted
        if self.completion is None:
            from .completion import CompletionView

            view = CompletionView(self.stack)
            view.done.connect(self._on_completion_done)
            view.checkin_submitted.connect(self._on_after_checkin_submitted)
            view.care_requested.connect(self.about_requested)
            self.stack.addWidget(view)
            self.completion = view
        entry = self._entry
        plan = entry.loaded.plan if entry is not None and entry.loaded is not None else None
        recorder = self._recorder
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
        recorder = self._recorder
        if recorder is None:
            return
        from anapana.log.practice import CheckIn

        recorder.record_checkin(
            "after", CheckIn(mood if isinstance(mood, int) else None, tuple(feelings)))

    def _on_completion_done(self) -> None:
        self.show_library()

    # -- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.save_before_quit()
        super().closeEvent(event)

    def save_before_quit(self) -> None:
        """What every way of quitting does first (Quit, closing, a signal, logging out).

        A running practice ends as stopped with its time up to now, the journal note is
        written, what the disk refused goes to the rescue file, and the log is closed.
        Safe to call more than once: the first call does the work.
        """
        if self._saved_for_quit:
            return
        self._saved_for_quit = True
        self.settings.geometry = QByteArray(self.saveGeometry())
        if self._controller is not None:
            self._controller.close()
        if self._heart is not None:
            self._heart.close()
        self.store.stop_watching()
        self._notices.clear()
        self.statusBar().clearMessage()
        if self.completion is not None:
            self.completion.journal.flush()
        if self._recorder is not None and not self._recorder.retry():
            # The disk still says no: keep what waits where the next start will find it.
            self._recorder.rescue(self.paths.rescue_folders, self.paths.log_db)
        if self._log is not None:
            self._log.close()
