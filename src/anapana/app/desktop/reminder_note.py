"""A small reminder note in the corner of the screen that never takes the keyboard.

Used when there is no system tray to carry a notification. It is frameless, stays on
top, and is shown without activation (`WindowDoesNotAcceptFocus`,
`WA_ShowWithoutActivating`), so whatever the user is typing keeps the focus. Three
choices: Begin, Later (snooze) and Not today. Closing it any other way chooses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN_PX = 24


class ReminderNote(QWidget):
    """The words of a reminder and three buttons; it never shows itself."""

    begin_chosen = Signal()
    later_chosen = Signal()
    not_today_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # A helper window: closing it must never end an app living in the tray.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle("Anapana")
        self.setObjectName("reminderNote")
        # Frameless, so draw a quiet edge of our own in the theme's colours.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#reminderNote { background: palette(window); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.setAccessibleName(self.tr("Anapana reminder"))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("reminderMessage")

        self.begin_button = QPushButton(self.tr("Begin"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        self.not_today_button = QPushButton(self.tr("Not today"), self)
        self.later_button.setToolTip(self.tr("Offer this again in a little while"))
        self.not_today_button.setToolTip(self.tr("No more reminders today"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.not_today_button, self.later_button, self.begin_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.begin_button.clicked.connect(lambda: self._choose(self.begin_chosen))
        self.later_button.clicked.connect(lambda: self._choose(self.later_chosen))
        self.not_today_button.clicked.connect(lambda: self._choose(self.not_today_chosen))

    def set_text(self, text: str, snooze_minutes: int) -> None:
        self.message.setText(text)
        self.later_button.setToolTip(
            self.tr("Offer this again in %n minute(s)", "", snooze_minutes))

    def place_in_corner(self) -> None:
        """Bottom right of the primary screen, clear of panels."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        self.adjustSize()
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - MARGIN_PX,
                  area.bottom() - self.height() - MARGIN_PX)

    def _choose(self, signal: SignalInstance) -> None:
        self.hide()
        signal.emit()
