"""The screen at the end of a session: kind words, the time practised, then the
after check-in and the journal note (each only when wanted).

The note goes on from whatever was written during the session (a writing prompt). An
after check-in that asks for care leaves its quiet line and link on the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from .checkin import CheckInForm, care_label, wants_care
from .fonts import scaled_font
from .journal import JournalEditor
from .words import finished_words, practised_text, stopped_words


class CompletionView(QWidget):
    """`done` when the user goes back to the library. `checkin_submitted(mood, feelings)`
    and `note_saved(text)` come from the embedded forms."""

    done = Signal()
    checkin_submitted = Signal(object, list)
    care_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.words.setFont(scaled_font(self, 1.9, QFont.Weight.Light))
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setWordWrap(True)
        self.practised = QLabel(self)
        self.practised.setObjectName("muted")
        self.practised.setFont(scaled_font(self, 1.15))
        self.practised.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checkin = CheckInForm("after", self)
        self.checkin.checkin_submitted.connect(self._on_checkin_submitted)
        self.checkin.skipped.connect(self._on_checkin_skipped)
        self.checkin.care_requested.connect(self.care_requested)
        self.care_label = care_label(self)
        self.care_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.care_label.linkActivated.connect(self._on_care_label_link_activated)
        self.journal = JournalEditor(parent=self)
        self.journal.note_saved.connect(self._on_journal_note_saved)
        self.blank = QWidget(self)
        self.forms = QStackedWidget(self)
        self.forms.setMinimumWidth(560)
        self.forms.setMaximumWidth(760)
        for page in (self.blank, self.checkin, self.journal):
            self.forms.addWidget(page)
        self.back_button = QPushButton(self.tr("Back to the library"), self)
        self.back_button.setObjectName("primary")
        self.back_button.clicked.connect(self._on_back_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 48, 80, 32)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(self.words)
        layout.addWidget(self.practised)
        layout.addWidget(self.care_label)
        layout.addSpacing(18)
        layout.addWidget(self.forms, 3, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(1)
        self._wants_journal = False

    def show_result(self, finished: bool, practised_s: float, *, ask_checkin: bool,
                    save_note: Callable[[str], None] | None, reflect: str | None,
                    note: str = "") -> None:
        """Fill in the screen for a session that just ended (`note`: written so far)."""
        self.words.setText(finished_words() if finished else stopped_words())
        self.practised.setText(
            self.tr("You practised for %1.").replace("%1", practised_text(practised_s)))
        self.care_label.hide()
        self.journal.begin(note + "\n\n" if note.strip() else "", save_note, reflect)
        self._wants_journal = save_note is not None
        if ask_checkin:
            self.checkin.clear()
            self.forms.setCurrentWidget(self.checkin)
        elif self._wants_journal:
            self.forms.setCurrentWidget(self.journal)
        else:
            self.forms.setCurrentWidget(self.blank)

    def focus_first(self) -> None:
        current = self.forms.currentWidget()
        if current is self.checkin:
            self.checkin.setFocus()
        elif current is self.journal:
            self.journal.editor.setFocus()
        else:
            self.back_button.setFocus()

    def _after_checkin(self) -> None:
        self.forms.setCurrentWidget(self.journal if self._wants_journal else self.blank)
        self.focus_first()

    def _on_checkin_submitted(self, mood: object, feelings: list[str]) -> None:
        self.checkin_submitted.emit(mood, feelings)
        self.care_label.setVisible(wants_care(mood if isinstance(mood, int) else None, feelings))
        self._after_checkin()

    def _on_checkin_skipped(self) -> None:
        self._after_checkin()

    def _on_care_label_link_activated(self, _link: str) -> None:
        self.care_requested.emit()

    def _on_journal_note_saved(self, _text: str) -> None:
        self.forms.setCurrentWidget(self.blank)
        self.back_button.setFocus()

    def _on_back_clicked(self) -> None:
        self.journal.flush()
        self.done.emit()
