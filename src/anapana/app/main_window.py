"""The main window: its pages (library, history, and the session's pages that
`SessionFlow` drives), its menus and shortcuts, notices, and quitting in order.

The window builds nothing long-lived: it is handed the app's parts
(`anapana.app.parts.AppParts`: library store, log, recorder, sound, controller).
Nothing heavy happens in the constructor. `prepare_library` fills the library page from
the plan cache before the window is shown (nothing parsed); the preview, a library that
needs parsing, and the log wait until they are first needed (`after_shown`, the
history, a session), so the window appears fast and with the library in it.
"""

from __future__ import annotations

import gc
import shutil
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from anapana.paths import assets_dir

from . import theme
from .library_store import unused_session_path
from .session_flow import SessionFlow
from .timers import single_shot
from .translations import arg

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QAction

    from anapana.core.library import LibraryEntry

    from .checkin import CheckInForm
    from .completion import CompletionView
    from .controller import PlayerController
    from .heart_result import ResonanceResultView
    from .history.view import HistoryView
    from .library_view import LibraryView
    from .parts import AppParts
    from .player_view import PlayerView


NOTICE_MS = 12000
"""How long each notice stays in the status bar."""


def _file_url(path: object) -> QUrl:
    """A local file's URL. `QUrl` is imported here: building its type (and its seven
    enums) before the window's first paint costs ~1 ms, and only a button needs it."""
    from PySide6.QtCore import QUrl

    return QUrl.fromLocalFile(str(path))


def _open_url(url: QUrl) -> bool:
    """The desktop's handler for `url` (QtGui's services loaded when first asked)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


class MainWindow(QMainWindow):
    first_painted = Signal()
    about_requested = Signal()

    def __init__(self, parts: AppParts, *, checkin: bool = True) -> None:
        super().__init__()
        self.parts = parts
        self.settings = parts.settings
        self.paths = parts.paths
        self.store = parts.store
        self._painted = False
        self._notices: deque[str] = deque()
        self.open_url: Callable[[QUrl], bool] = _open_url
        self.setWindowTitle("Anapana")  # a name, the same in every language
        self.resize(1100, 720)
        self.setMinimumSize(720, 520)
        self.fit_to_screen()

        parts.notice.connect(self.notify)
        self.store.changed.connect(self._on_store_changed)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.flow = SessionFlow(parts, self.stack, checkin=checkin, parent=self)
        self.flow.notice.connect(self.notify)
        self.flow.focus_mode_requested.connect(self.set_focus_mode)
        self.flow.library_requested.connect(self.show_library)
        self.flow.care_requested.connect(self.about_requested)
        self.flow.appearance_needed.connect(self.apply_appearance)
        # The pages are built on first use (the library right after the window is first
        # painted), so the window appears at once.
        self._library: LibraryView | None = None
        self.history: QWidget | None = None
        self.history_view: HistoryView | None = None
        self._saved_for_quit = False
        self._was_maximized = False

        self.settings.changed.connect(self._on_settings_changed)
        self.settings_pages: Callable[[], list[QWidget]] = list
        """More settings groups, made fresh for each Settings dialog (the desktop adds one)."""
        self._shortcuts: tuple[QAction, QAction] | None = None
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().messageChanged.connect(self._on_status_bar_message_changed)
        self.apply_appearance()

    # -- shortcuts ----------------------------------------------------------------------
    def add_shortcuts(self) -> None:
        """Quit (Ctrl+Q), About (F1) and Search (Ctrl+F), once.

        Made once the window has been painted (`after_shown`), or when first asked for:
        the actions and the platform's key bindings cost 4-7 ms, and nobody can press a
        key before the window shows."""
        if self._shortcuts is not None:
            return
        from PySide6.QtGui import QAction, QKeySequence

        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        about_action = QAction(self.tr("About Anapana"), self)
        about_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        about_action.triggered.connect(self.about_requested)
        self.addAction(about_action)
        find_action = QAction(self.tr("Search"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._on_find_triggered)
        self.addAction(find_action)
        self._shortcuts = (quit_action, about_action)

    @property
    def has_shortcuts(self) -> bool:
        """Whether the shortcuts have been made (asking never makes them)."""
        return self._shortcuts is not None

    @property
    def quit_action(self) -> QAction:
        self.add_shortcuts()
        assert self._shortcuts is not None
        return self._shortcuts[0]

    @property
    def about_action(self) -> QAction:
        self.add_shortcuts()
        assert self._shortcuts is not None
        return self._shortcuts[1]

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
    def has_library(self) -> bool:
        """Whether the library page has been built (asking never builds it)."""
        return self._library is not None

    # The session's pages, which the flow makes and drives.
    @property
    def player_view(self) -> PlayerView | None:
        return self.flow.player_view

    @property
    def completion(self) -> CompletionView | None:
        return self.flow.completion

    @property
    def before_checkin(self) -> CheckInForm | None:
        return self.flow.before_checkin

    @property
    def heart_result(self) -> ResonanceResultView | None:
        return self.flow.heart_result

    @property
    def checkin_enabled(self) -> bool:
        """Whether sessions ask how the user feels (`--no-checkin` turns it off)."""
        return self.flow.checkin_enabled

    @checkin_enabled.setter
    def checkin_enabled(self, enabled: bool) -> None:
        self.flow.checkin_enabled = enabled

    @property
    def controller(self) -> PlayerController:
        """The player controller (made by the first session)."""
        controller = self.parts.controller
        if controller is None:
            raise RuntimeError("no session has started yet")
        return controller

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

    def prepare_library(self) -> bool:
        """Build the library page with the sessions listed and the last one chosen, so
        the window's first paint shows them, when the plan cache holds every session
        (no file parsed, no pydantic). When it does not (the first start, an edited
        file), nothing is built: `after_shown` reads them once the window is painted."""
        if not self.store.load_from_cache():
            return False
        _ = self.library  # built and filled by the store's `changed` already
        if self.settings.last_session:
            self.library.select(self.settings.last_session)
        self.library.list.setFocus()
        return True

    def after_shown(self, session: str | None = None) -> None:
        """Build the library page and read the sessions (unless `prepare_library` has),
        build the preview, then open `session` if one was asked for."""
        self.add_shortcuts()
        _ = self.library
        if not self.store.loaded:
            self.store.load()
        # The preview is drawn once the list is on screen, not before it
        # (it already is when `prepare_library` filled it for the window's first paint).
        if self._painted and self.library.list.isVisible():
            single_shot(0, self, self.library.ensure_preview)
        else:
            from .first_paint import after_first_paint

            after_first_paint(self.library.list.viewport(), self.library.ensure_preview)
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
                self.notify(arg(self.tr("No session called %1."), repr(session)))
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
            self.notify(arg(self.tr("The new session could not be made: %1"),
                            str(error.strerror or error)))
            return
        self.store.watch()
        self.store.reload()
        self.library.select(target.stem)
        if not self.open_url(_file_url(target)):
            self.notify(arg(self.tr("Made %1. Open it in your text editor to change it."),
                            str(target)))
        else:
            self.notify(arg(self.tr("Made %1: save it in your editor and it updates here."),
                            target.name))

    def _on_library_open_folder_requested(self) -> None:
        folder = self.paths.sessions
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.notify(arg(self.tr("The sessions folder could not be made: %1"),
                            str(error.strerror or error)))
            return
        if not self.open_url(_file_url(folder)):
            self.notify(arg(self.tr("Your sessions folder is %1"), str(folder)))

    def _on_library_edit_requested(self, entry: LibraryEntry) -> None:
        if not self.open_url(_file_url(entry.path)):
            self.notify(arg(self.tr("Open %1 in your text editor to change it."), str(entry.path)))

    def _on_library_settings_requested(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, voices=self.parts.voices(), parent=self,
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
        from .history import view as history_view

        log = self.parts.log()
        if log is None:
            label = QLabel(
                self.tr("The practice log can't be opened, so there is no history to show."),
                parent)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label
        view = history_view.HistoryView(
            log, self.parts.clock, show_consistency=self.settings.show_consistency, parent=parent)
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
            self.notify(arg(self.tr("No session called %1."), repr(ref)))
            return
        self.library.select(entry.id)
        if entry.ok:
            self.start_session(entry, checkin=checkin and self.checkin_enabled)

    def is_practising(self) -> bool:
        """A session is under way (playing, paused or counting in)."""
        return self.flow.is_practising()

    def session_title(self, ref: str) -> str | None:
        entry = self.store.find(ref) if self.store.loaded else None
        return entry.loaded.header.title if entry is not None and entry.loaded else None

    def start_session(self, entry: LibraryEntry, checkin: bool | None = None) -> None:
        self.flow.start(entry, checkin)

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
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()

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
        self.flow.save_before_quit()
        self._notices.clear()
        self.statusBar().clearMessage()
        # What the disk still refuses goes where the next start will find it.
        self.parts.close_log()
