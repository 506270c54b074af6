"""A chart's key under it: a swatch in the series' colour and what the series is.

Drawn, not a rich-text label, so its words wrap at any text size and a screen reader gets
the same words as its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Swatch = Literal["line", "bar", "dashed"]


@dataclass(frozen=True, slots=True)
class Entry:
    colour: str
    text: str
    swatch: Swatch = "line"


class Legend(QWidget):
    """Entries side by side, wrapping onto more lines when the width runs out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._text_colour = "#000000"
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries)

    def set_entries(self, entries: list[Entry], text_colour: str) -> None:
        self._entries = list(entries)
        self._text_colour = text_colour
        self.setAccessibleName("; ".join(entry.text for entry in entries))
        self.updateGeometry()
        self.update()

    def _swatch_width(self) -> int:
        return QFontMetrics(self.font()).height() * 2

    def _boxes(self, width: int) -> list[QRect]:
        """Where each entry goes: swatch and words, flowing left to right."""
        metrics = QFontMetrics(self.font())
        line, gap = metrics.height(), metrics.horizontalAdvance("   ")
        boxes: list[QRect] = []
        x = y = 0
        for entry in self._entries:
            # An entry wider than the legend keeps its own line and is elided when drawn.
            w = min(width, self._swatch_width() + 10 + metrics.horizontalAdvance(entry.text))
            if x and x + w > width:
                x, y = 0, y + line + 4
            boxes.append(QRect(x, y, w, line))
            x += w + gap
        return boxes

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        boxes = self._boxes(max(width, 1))
        return boxes[-1].bottom() + 1 if boxes else 0

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = sum(self._swatch_width() + 10 + metrics.horizontalAdvance(e.text + "   ")
                    for e in self._entries)
        return QSize(width, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._swatch_width() * 3, QFontMetrics(self.font()).height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        swatch = self._swatch_width()
        for entry, box in zip(self._entries, self._boxes(self.width()), strict=True):
            colour = QColor(entry.colour)
            middle = box.center().y()
            if entry.swatch == "bar":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(box.left() + swatch // 4, box.top() + 3, swatch // 2,
                                 box.height() - 6)
            else:
                pen = QPen(colour, 2.5)
                if entry.swatch == "dashed":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(box.left() + 2, middle, box.left() + swatch - 2, middle)
                painter.setBrush(colour)
                painter.drawEllipse(box.left() + swatch // 2 - 3, middle - 3, 6, 6)
            painter.setPen(QColor(self._text_colour))
            text_box = box.adjusted(swatch + 6, 0, 0, 0)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight,
                                                text_box.width()))
        painter.end()
