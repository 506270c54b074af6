"""The journal note after a session (and when editing one later), saved as you type.

The editor never loses words: each pause in typing (about a second) saves a draft
through the `save` function it is given, and so do hiding the editor and pressing
Done. If a save fails (a full disk, a locked file) the words stay in the editor,
the user is told calmly, and it tries again a few seconds later.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anapana.log.notices import describe_write_error

from .timers import make_timer
from .translations import QT_TRANSLATE_NOOP, qt_translate

SaveNote = Callable[[str], None]
DEFAULT_PROMPT = QT_TRANSLATE_NOOP("JournalEditor",
                                   "Anything you'd like to remember from this practice?")
RETRY_MS = 5000


class JournalEditor(QWidget):
    """A note with a prompt; autosaves drafts; Done (or Ctrl+Enter) finishes."""

    note_saved = Signal(str)
    """The user finished the note (Done, Ctrl+Enter); it has been saved."""
    draft_saved = Signal(str)
    """An autosave went through."""
    save_failed = Signal(str)
    """A save failed; the message is calm and for the user. The words are kept."""

    def __init__(
        self,
        save: SaveNote | None = None,
        prompt: str | None = None,
        text: str = "",
        *,
        autosave_ms: int = 1000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._loading = False
        self._autosave_ms = autosave_ms

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("journalPrompt")
        self.editor = QPlainTextEdit()
        placeholder = self.tr(
            "Write as much or as little as you like. This stays on your computer.")
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        # The prompt above names the field for screen readers (it is its visible label).
        self.prompt.setBuddy(self.editor)
        self.editor.setAccessibleDescription(placeholder)
        self.status = QLabel("")
        self.status.setObjectName("journalStatus")
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Save and close the note (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.finish)

        self._timer = make_timer(self, single_shot=True, name="journal autosave",
                                 on_timeout=self._on_timer_timeout)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        # A key filter rather than a QShortcut: it works whether or not the window is active.
        self.editor.installEventFilter(self)

        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.begin(text, save, prompt)

    def begin(self, text: str, save: SaveNote | None, prompt: str | None = None) -> None:
        """Edit another note; whatever was typed in the previous one is saved first."""
        self.flush()
        self._save = save
        self.prompt.setText(
            prompt or QCoreApplication.translate("JournalEditor", DEFAULT_PROMPT))
        self._loading = True
        try:
            self.editor.setPlainText(text)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # carry on writing
        finally:
            self._loading = False
        self._dirty = False
        self.status.setText("")
        self.editor.setReadOnly(save is None)

    def text(self) -> str:
        return self.editor.toPlainText()

    @property
    def unsaved(self) -> bool:
        return self._dirty

    def flush(self) -> bool:
        """Save now if anything changed; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty or self._save is None:
            return not self._dirty
        text = self.text()
        try:
            self._save(text)
        except (sqlite3.Error, OSError) as error:
            message = self.tr("%1 Your words are kept here.").replace(
                "%1", describe_write_error(error, qt_translate))
            self.status.setText(message)
            self.save_failed.emit(message)
            self._timer.start(RETRY_MS)
            return False
        if text == self.text():
            self._dirty = False
        self.status.setText(self.tr("Saved"))
        self.draft_saved.emit(text)
        return not self._dirty

    def finish(self) -> None:
        """Done: save and tell the app the note is finished."""
        if self.flush():
            self.note_saved.emit(self.text())

    def _on_editor_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText("")
        self._timer.start(self._autosave_ms)

    def _on_timer_timeout(self) -> None:
        self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finish()
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
