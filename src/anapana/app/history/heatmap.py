"""A year of days as a grid: one column per week (Monday on top), shaded by minutes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from anapana.app.history.words import day_text
from anapana.app.theme import LIGHT, Palette, heatmap_shades
from anapana.log import history

HEATMAP_WEEKS = 53


class Heatmap(QWidget):
    """Each day a small square, darker with more minutes; month names along the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Days practised over the past year"))
        label = QFontMetrics(self._label_font()).height()
        self.setMinimumHeight(7 * 9 + label + 4)
        self.setMaximumHeight(7 * 16 + label + 6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._first = date(1970, 1, 5)
        self._last = self._first
        self._minutes: dict[date, float] = {}
        self._palette = LIGHT

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_days(self, minutes: dict[date, float], last: date) -> None:
        self._minutes = minutes
        self._last = last
        self._first = history.heatmap_first_day(last, HEATMAP_WEEKS)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(HEATMAP_WEEKS * 13, 7 * 13 + QFontMetrics(self._label_font()).height() + 4)

    def _geometry(self) -> tuple[int, int, int]:
        """(cell size, left, top) so the grid fits the width."""
        top = QFontMetrics(self._label_font()).height() + 2  # room for month names at any size
        cell = min((self.width() - 4) // HEATMAP_WEEKS, (self.height() - top) // 7)
        return max(4, min(16, cell)), 2, top

    def day_at(self, point: QPoint) -> date | None:
        cell, left, top = self._geometry()
        column, row = (point.x() - left) // cell, (point.y() - top) // cell
        if not (0 <= column < HEATMAP_WEEKS and 0 <= row < 7):
            return None
        day = self._first + timedelta(days=column * 7 + row)
        return day if day <= self._last else None

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        cell, left, top = self._geometry()
        # Every practised shade stands 3:1 apart from an empty day (tests/test_contrast.py).
        shades = [QColor(colour) for colour in heatmap_shades(p)]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.muted)))
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        locale = QLocale()
        days = [self._first + timedelta(days=i) for i in range(HEATMAP_WEEKS * 7)]
        levels = history.levels(self._minutes.get(day, 0.0) for day in days)
        free_from = 0  # month names never overlap: a name that would is left out
        for index, (day, level) in enumerate(zip(days, levels, strict=True)):
            if day > self._last:
                break
            column, row = divmod(index, 7)
            x, y = left + column * cell, top + row * cell
            if row == 0 and day.day <= 7 and x >= free_from:
                name = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                painter.setPen(QPen(QColor(p.muted)))
                painter.drawText(QRect(x, 0, metrics.horizontalAdvance(name) + 2, top - 2), 0,
                                 name)
                free_from = x + metrics.horizontalAdvance(name + " ")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shades[level])
            painter.drawRoundedRect(x, y, cell - 2, cell - 2, 2, 2)
        painter.end()

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                minutes = round(self._minutes.get(day, 0.0))
                when = day_text(day)
                text = self.tr("%1: %Ln min", None, minutes).replace("%1", when)
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
