"""The quick, kind check-in before and after a session: a mood word and a few feelings.

Keys: 1–5 pick the mood, Enter saves, Esc skips. Nothing is required; choosing
nothing and pressing Enter is as welcome as any answer. The form only emits signals
(`checkin_submitted(mood, feelings)`, `skipped`, `care_requested`); the app decides
where they go.

Someone who arrives "heavy", or "low" with feelings such as anxious or sad, is met with
one quiet line and a link to where support can be found (`care_requested`). It asks
nothing, blocks nothing and goes away when the answer changes.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anapana.log.practice import FEELINGS, MOOD_WORDS

from .shown_words import shown_word
from .translations import QT_TRANSLATE_NOOP

Moment = Literal["before", "after"]

QUESTIONS: dict[Moment, str] = {
    "before": QT_TRANSLATE_NOOP("CheckInForm", "How are you arriving?"),
    "after": QT_TRANSLATE_NOOP("CheckInForm", "How do you feel now?"),
}
"""The English sources; `question(moment)` gives them in the UI language."""


def question(moment: Moment) -> str:
    return QCoreApplication.translate("CheckInForm", QUESTIONS[moment])


def care_line() -> str:
    return QCoreApplication.translate(
        "CheckInForm", "Thank you for noticing how you are. You don't have to carry it alone: "
        '<a href="care">where to find support</a>.')
CARE_FEELINGS = frozenset({"anxious", "sad", "numb"})
"""With a "low" mood, any of these brings the care line too."""


def care_label(parent: QWidget | None = None) -> QLabel:
    """The care line with its link to support, hidden until a check-in calls for it."""
    label = QLabel(care_line(), parent)
    label.setObjectName("care")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setAccessibleDescription(
        QCoreApplication.translate("CheckInForm", "Where to find support"))
    label.hide()
    return label


def wants_care(mood: int | None, feelings: list[str] | tuple[str, ...]) -> bool:
    """Heavy, or low with a painful feeling: offer (never push) a way to support."""
    return mood == 1 or (mood == 2 and bool(CARE_FEELINGS.intersection(feelings)))
_MOOD_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}


class MoodButtons(QObject):
    """The mood buttons by number, like a non-exclusive QButtonGroup.

    Not a QButtonGroup: Qt's Tab skips every checkable button of a group but the first
    (as in a radio group), and arrows do not move inside a non-exclusive one, so the
    moods past the first could only be reached with the number keys.
    """

    idClicked = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[int, QPushButton] = {}

    def addButton(self, button: QPushButton, mood: int) -> None:
        self._buttons[mood] = button
        button.clicked.connect(lambda _checked=False, m=mood: self.idClicked.emit(m))

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def button(self, mood: int) -> QPushButton:
        return self._buttons[mood]

    def id(self, button: QPushButton) -> int:
        return next((m for m, b in self._buttons.items() if b is button), -1)

    def checkedId(self) -> int:
        return next((m for m, b in self._buttons.items() if b.isChecked()), -1)


class CheckInForm(QWidget):
    """Mood 1–5 (shown as words) and optional feeling words; Enter saves, Esc skips."""

    checkin_submitted = Signal(object, list)
    """(mood: int | None, feelings: list[str])"""
    skipped = Signal()
    care_requested = Signal()
    """The person followed the link to where support can be found."""

    def __init__(self, moment: Moment = "before", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = moment
        self.setObjectName("checkin")
        # The form itself is no Tab stop: focus given to it goes on to the first mood
        # (focusInEvent), a named, visible control with a focus ring.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.question = QLabel(question(moment))
        self.question.setObjectName("checkinQuestion")
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.question.setFont(font)
        self.question.setWordWrap(True)
        hint = QLabel(self.tr("Pick what fits, if anything. Nothing here is right or wrong."))
        hint.setWordWrap(True)

        self._moods = MoodButtons(self)  # a second press un-chooses; see _on_mood_clicked
        mood_row = QHBoxLayout()
        for mood, key_word in MOOD_WORDS.items():
            word = shown_word(key_word)
            number = QLocale().toString(mood)
            button = QPushButton(f"{word}\n{number}")
            button.setCheckable(True)
            button.setToolTip(self.tr("%1 (key %2)").replace("%1", word).replace("%2", number))
            # The name is the word shown (the number is its key); the question is context.
            button.setAccessibleName(word)
            button.setAccessibleDescription(
                self.tr("Mood %1 of 5, key %1. %2").replace("%1", number)
                .replace("%2", question(moment)))
            button.setMinimumWidth(72)
            self._moods.addButton(button, mood)
            mood_row.addWidget(button)
        self._moods.idClicked.connect(self._on_mood_clicked)

        feelings_label = QLabel(self.tr("Any feelings here? (optional)"))
        feelings_label.setWordWrap(True)
        grid = QGridLayout()
        self._feelings: dict[str, QPushButton] = {}
        for index, feeling in enumerate(FEELINGS):
            chip = QPushButton(shown_word(feeling))
            chip.setCheckable(True)
            chip.setAccessibleDescription(self.tr("A feeling, optional"))
            chip.toggled.connect(self._on_feeling_toggled)
            self._feelings[feeling] = chip
            grid.addWidget(chip, index // 4, index % 4)

        self.care_label = care_label()
        self.care_label.linkActivated.connect(self._on_care_label_link_activated)

        self.skip_button = QPushButton(self.tr("Skip (Esc)"))
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.skip_button.clicked.connect(self.skip)
        self.save_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(hint)
        layout.addLayout(mood_row)
        layout.addWidget(feelings_label)
        layout.addLayout(grid)
        layout.addWidget(self.care_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # Tab follows reading order: the moods left to right, the feelings row by row,
        # then Skip and Save (widgets made without a parent would otherwise jump about).
        chain = [*self._moods.buttons(), *self._feelings.values(), self.skip_button,
                 self.save_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what was chosen ------------------------------------------------------------------

    def mood(self) -> int | None:
        checked = self._moods.checkedId()
        return checked if checked in MOOD_WORDS else None

    def feelings(self) -> list[str]:
        return [feeling for feeling, chip in self._feelings.items() if chip.isChecked()]

    def choose_mood(self, mood: int | None) -> None:
        for button in self._moods.buttons():
            button.setChecked(self._moods.id(button) == mood)
        self._update_care()

    def choose_feelings(self, feelings: list[str]) -> None:
        for feeling, chip in self._feelings.items():
            chip.setChecked(feeling in feelings)

    def clear(self) -> None:
        """Ready for the next check-in."""
        self.choose_mood(None)
        self.choose_feelings([])

    # -- actions --------------------------------------------------------------------------

    def submit(self) -> None:
        self.checkin_submitted.emit(self.mood(), self.feelings())

    def skip(self) -> None:
        self.skipped.emit()

    @property
    def offers_care(self) -> bool:
        return not self.care_label.isHidden()

    def _update_care(self) -> None:
        self.care_label.setHidden(not wants_care(self.mood(), self.feelings()))

    def _on_feeling_toggled(self, _checked: bool) -> None:
        self._update_care()

    def _on_care_label_link_activated(self, _link: str) -> None:
        self.care_requested.emit()

    def _on_mood_clicked(self, mood: int) -> None:
        button = self._moods.button(mood)
        self.choose_mood(mood if button.isChecked() else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _MOOD_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose_mood(_MOOD_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.skip()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Not a focus proxy: a proxy would pull Tab from the first mood past the others.
        buttons = self._moods.buttons()
        if buttons:
            buttons[0].setFocus(event.reason())
        else:
            super().focusInEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
