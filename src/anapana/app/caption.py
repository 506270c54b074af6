"""The caption: the words being spoken, shown calmly under the step in the player.

A painted line (or two) of text that fades in and out with the core's `opacity`, so the
fade follows the player's clock, not a timer of its own; with reduced motion it simply
appears and goes. It keeps room for two lines while empty, so nothing below it jumps
when a caption comes and goes (a longer line makes room for itself while it shows).
It is not a live region: screen readers keep the player's own announcements, and the
text is there (as the accessible description) for whoever looks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from anapana.core.captions import FADE_S, Caption, opacity

from .fonts import scaled_font
from .theme import LIGHT, Palette

LINES = 2
"""Room kept for this many lines of text."""
OPACITY_STEPS = 20
"""Opacity levels of a fade; the widget repaints only when the level changes."""


class CaptionView(QWidget):
    """Shows one `Caption` at a time (or none); knows nothing of players or speech."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Caption"))
        self.setFont(scaled_font(self, 1.2, QFont.Weight.Normal))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._room())
        self._palette = LIGHT
        self.reduced_motion = False
        self.text = ""
        self._level = 0
        self.paints = 0

    def _room(self, text: str = "") -> int:
        lines = LINES
        if text:
            width = max(self.width() - 2 * self._margin(), 40)
            needed = self.fontMetrics().boundingRect(
                0, 0, round(width), 10_000, Qt.TextFlag.TextWordWrap, text).height()
            lines = max(LINES, -(-needed // self.fontMetrics().lineSpacing()))
        return self.fontMetrics().lineSpacing() * lines + 8

    def _margin(self) -> float:
        return max(12.0, self.width() * 0.08)

    def sizeHint(self) -> QSize:
        return QSize(480, self._room())

    def set_palette(self, palette: Palette) -> None:
        if palette != self._palette:
            self._palette = palette
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.reduced_motion = reduced

    @property
    def opacity(self) -> float:
        return self._level / OPACITY_STEPS

    def show_caption(self, caption: Caption | None) -> None:
        """One frame's caption (None: nothing is being said)."""
        if caption is None:
            text, level = self.text, 0
        else:
            fade = 0.0 if self.reduced_motion else FADE_S
            text = caption.text
            level = round(opacity(caption.shown_s, caption.left_s, fade) * OPACITY_STEPS)
        if level == 0 and caption is None:
            text = ""
        if text == self.text and level == self._level:
            return
        if text != self.text:
            self.text = text
            self.setAccessibleDescription(text)
            room = self._room(text)
            if room > self.height() or (room < self.height() and not text):
                self.setFixedHeight(room)
        self._level = level
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        if not self.text or self._level <= 0:
            return
        painter = QPainter(self)
        painter.setOpacity(self.opacity)
        painter.setPen(QColor(self._palette.text))
        painter.setFont(self.font())
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        margin = self._margin()
        painter.drawText(QRectF(margin, 4, self.width() - 2 * margin, self.height() - 8),
                         self.text, option)
        painter.end()
