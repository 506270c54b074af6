"""Text sizes relative to the system font, so every label follows the user's setting."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """The widget's font scaled relative to the system size (follows the user's setting)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * factor)))
    if weight is not None:
        font.setWeight(weight)
    return font
