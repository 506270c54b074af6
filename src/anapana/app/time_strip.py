"""A bare pyqtgraph strip of plan time for the player (the heart trace draws on it).

Imports pyqtgraph: import it lazily, only when a heart trace is shown.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class TimeStrip(pg.PlotWidget):  # type: ignore[misc]
    """A bare strip of plan time for the player: no axes, menu, buttons or mouse, never
    focused, its view range set by its owner (the breath curve, the heart trace)."""

    def __init__(self, name: str, description: str, heights: tuple[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, background=None)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(heights[0])
        self.setMaximumHeight(heights[1])
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        self._view = item.getViewBox()
        self._view.setDefaultPadding(0.0)
