"""The breath curve: the fill level over plan time, scrolling past a fixed "now" line.

The whole curve is computed once per plan. A slice of it around now (about 40 s) is
drawn once into a pixmap, which sits in a pyqtgraph view; each frame only moves that
pixmap by whole device pixels, so a frame is a blit: no path is stroked again, and the
view's range, axes and now line never change. A new slice is cut every ~15 s or when
the view is resized. This module imports pyqtgraph: import it lazily.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPixmapItem, QWidget

from anapana.core.breath import BreathTrack
from anapana.core.plan import Plan

from .theme import LIGHT, Palette

PAST_S = 5.0
AHEAD_S = 20.0
FLOOR = -0.08
CEILING = 1.08
SLICE_BEFORE_S = 6.0
SLICE_AFTER_S = 36.0
"""A slice reaches this far around now; it is cut again when now nears its end."""
PAST_WITH_HEART_S = 14.0
"""With a heart trace below, more of the past shows: a whole slow breath and its swing."""


def sample_curve(plan: Plan) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Times and fill levels for the whole plan (about 10 samples a second)."""
    total = max(plan.total_s, 1.0)
    step = max(0.1, total / 40000)
    times = np.arange(-PAST_WITH_HEART_S - SLICE_BEFORE_S, total + SLICE_AFTER_S + step, step)
    track = BreathTrack(plan.phases)
    levels = np.fromiter((track.level_at(max(t, 0.0)) for t in times), dtype=np.float64,
                         count=len(times))
    return times, levels


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


class BreathCurve(TimeStrip):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BreathCurve", "Breath curve"),
                         QCoreApplication.translate(
                             "BreathCurve",
                             "The breath over the last few seconds and the next twenty."),
                         (70, 120), parent)
        self._view.setRange(xRange=(-PAST_S, AHEAD_S), yRange=(FLOOR, CEILING), padding=0)
        self._view.disableAutoRange()
        self._view.sigResized.connect(self._on_view_resized)
        self._strip = QGraphicsPixmapItem()
        self._strip.setTransformationMode(Qt.TransformationMode.FastTransformation)
        self._strip.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.addItem(self._strip)
        self._now = QGraphicsLineItem(QLineF(0.0, FLOOR, 0.0, CEILING))
        self.addItem(self._now)
        self._times: npt.NDArray[np.float64] = np.zeros(1)
        self._levels: npt.NDArray[np.float64] = np.zeros(1)
        self._has_plan = False
        self._slice = (0.0, -1.0)
        self._slice_px = 0.0
        self._plan_s = 0.0
        self._left: float | None = None
        self.past_s = PAST_S
        self._palette = LIGHT
        self.set_palette(LIGHT)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.setBackground(QColor(palette.window))
        pen = QPen(QColor(palette.accent), 2)
        pen.setCosmetic(True)
        self._now.setPen(pen)
        self._recut()

    def set_past(self, past_s: float) -> None:
        """How many seconds of the past show left of the now line (the heart trace's too)."""
        if past_s == self.past_s:
            return
        self.past_s = past_s
        self._view.setRange(xRange=(-past_s, AHEAD_S), yRange=(FLOOR, CEILING), padding=0)
        self._recut()

    def set_plan(self, plan: Plan) -> None:
        self._times, self._levels = sample_curve(plan)
        self._has_plan = True
        self._slice = (0.0, -1.0)
        self.show_time(0.0, force=True)

    def _pixels_per_s(self) -> tuple[float, float, float]:
        """Device pixels per second and per level unit, and the pixel ratio."""
        ratio = self.devicePixelRatioF()
        rect = self._view.rect()
        return (rect.width() * ratio / (self.past_s + AHEAD_S),
                rect.height() * ratio / (CEILING - FLOOR), ratio)

    def show_time(self, plan_s: float, force: bool = False) -> None:
        """Scroll so that `plan_s` sits on the now line (a move by whole pixels)."""
        self._plan_s = plan_s
        if not self._has_plan:
            return
        low, high = self._slice
        if force or plan_s - self.past_s < low or plan_s + AHEAD_S > high:
            self._cut(plan_s)
        per_s = self._slice_px
        if per_s <= 0:
            return
        # Where the slice's left edge falls, in device pixels from the view's left.
        left_px = round((self._slice[0] - plan_s + self.past_s) * per_s)
        left = left_px / per_s - self.past_s
        if left != self._left:
            self._left = left
            self._strip.setPos(left, CEILING)

    def _on_view_resized(self) -> None:
        self._recut()

    def _recut(self) -> None:
        if self._has_plan:
            self._slice = (0.0, -1.0)
            self.show_time(self._plan_s, force=True)

    def _cut(self, plan_s: float) -> None:
        per_s, per_level, ratio = self._pixels_per_s()
        self._slice_px = per_s
        self._left = None
        if per_s <= 0 or per_level <= 0:
            self._slice = (0.0, -1.0)
            return
        low = plan_s - max(SLICE_BEFORE_S, self.past_s + 1.0)
        high = plan_s + SLICE_AFTER_S
        i0, i1 = np.searchsorted(self._times, (low, high))
        times = self._times[i0:i1 + 1]
        levels = self._levels[i0:i1 + 1]
        width = max(1, math.ceil((high - low) * per_s))
        height = max(1, math.ceil((CEILING - FLOOR) * per_level))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        if len(times) > 1:
            xs = ((times - low) * per_s).tolist()
            ys = ((CEILING - levels) * per_level).tolist()
            line = QPainterPath(QPointF(xs[0], ys[0]))
            for x, y in zip(xs[1:], ys[1:], strict=True):
                line.lineTo(x, y)
            area = QPainterPath(line)
            area.lineTo(xs[-1], height)
            area.lineTo(xs[0], height)
            area.closeSubpath()
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            fill = QColor(self._palette.figure_core)
            fill.setAlphaF(0.28)
            painter.fillPath(area, fill)
            pen = QPen(QColor(self._palette.indigo), 2.5 * ratio)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(line, pen)
            painter.end()
        self._strip.setPixmap(pixmap)
        # One pixmap pixel is one device pixel: scale back into seconds and levels.
        self._strip.setTransform(QTransform.fromScale(1 / per_s, -1 / per_level))
        self._slice = (low, high)
