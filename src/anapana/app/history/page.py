"""The History page around the view: the way back to the library, and a scroll area so
large text makes the page taller rather than clipping it. Esc goes back, from anywhere
on the page (the keys a control does not use come up to the page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget


class HistoryPage(QWidget):
    """Signals `back_requested` (the button, or Esc)."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        self.back_button = QPushButton(self.tr("Back to the library"), self)
        self.back_button.setToolTip(self.tr("Back to the library (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("historyScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.scroll_area, 1)

    def set_content(self, content: QWidget) -> None:
        """The history itself (or a calm line saying why there is none)."""
        self.scroll_area.setWidget(content)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
