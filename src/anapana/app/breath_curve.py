"""The breath curve: the fill level over plan time, scrolling past a fixed "now" line.

The whole curve is computed once per plan. A slice of it around now (about 40 s) is
drawn once into an opaque pixmap; a frame is one blit of that pixmap at an offset of
whole device pixels and the now line over it: no path is stroked again. A frame that
would not move it by a whole pixel paints nothing, nor one while the part on screen is
flat (a silent sit): scrolling a flat line changes no pixel. A new slice is cut every
~15 s, or when the widget is resized or the theme changes.

A plain widget, not a pyqtgraph view: a view's scene machinery cost more than the blit
(profiled). The heart trace (`heart_panel.HeartTrace`) uses the same view rectangle,
so its now line sits over the curve's.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from anapana.core.breath import BreathTrack
from anapana.core.plan import Plan

from .frame_pacing import NEVER
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
LATE_PX = 0.4
"""How far behind its exact place the curve may be when its frame comes, in pixels."""
SCROLL_PX = 8
"""Moves up to this many device pixels are scrolled on screen; larger ones repainted."""
FLAT = 1e-4
"""Levels closer than this draw the same pixels (a hundredth of a pixel at most)."""


def sample_curve(plan: Plan) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Times and fill levels for the whole plan (about 10 samples a second)."""
    total = max(plan.total_s, 1.0)
    step = max(0.1, total / 40000)
    times = np.arange(-PAST_WITH_HEART_S - SLICE_BEFORE_S, total + SLICE_AFTER_S + step, step)
    track = BreathTrack(plan.phases)
    levels = np.fromiter((track.level_at(max(t, 0.0)) for t in times), dtype=np.float64,
                         count=len(times))
    return times, levels



def strip_view_rect(strip: QWidget) -> QRectF:
    """Where plan time and levels are drawn in a strip (inside a one-pixel margin): the
    breath curve and the heart trace both draw here, so their now lines align."""
    return QRectF(1.0, 1.0, max(strip.width() - 1.5, 0.0), max(strip.height() - 1.5, 0.0))

class BreathCurve(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("BreathCurve", "Breath curve"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "BreathCurve", "The breath over the last few seconds and the next twenty."))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(70)
        self.setMaximumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._times: npt.NDArray[np.float64] = np.zeros(1)
        self._levels: npt.NDArray[np.float64] = np.zeros(1)
        self._has_plan = False
        self._slice = (0.0, -1.0)
        self._slice_px = 0.0
        self._pixmap: QPixmap | None = None
        self._plan_s = 0.0
        self._left_px: int | None = None
        self._drawn_left_px: int | None = None
        self._flat = False
        self._flat_from = self._flat_until = math.nan
        """`_flat` holds for plan times in this span (it is worked out again outside)."""
        self.past_s = PAST_S
        self.paints = 0
        self._palette = LIGHT
        self._background = QColor(LIGHT.window)
        self._now_pen = QPen()
        self.set_palette(LIGHT)

    def sizeHint(self) -> QSize:
        return QSize(600, 70)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._background = QColor(palette.window)
        self._now_pen = QPen(QColor(palette.accent), 2)
        self._recut()
        self.update()

    def set_past(self, past_s: float) -> None:
        """How many seconds of the past show left of the now line (the heart trace's too)."""
        if past_s == self.past_s:
            return
        self.past_s = past_s
        self._recut()
        self.update()

    def set_plan(self, plan: Plan) -> None:
        self._times, self._levels = sample_curve(plan)
        self._has_plan = True
        self._slice = (0.0, -1.0)
        self._flat_from = self._flat_until = math.nan
        self.show_time(0.0, force=True)

    def _view_rect(self) -> QRectF:
        return strip_view_rect(self)

    def _pixels_per_s(self) -> tuple[float, float, float]:
        """Device pixels per second and per level unit, and the pixel ratio."""
        ratio = self.devicePixelRatioF()
        rect = self._view_rect()
        return (rect.width() * ratio / (self.past_s + AHEAD_S),
                rect.height() * ratio / (CEILING - FLOOR), ratio)

    def show_time(self, plan_s: float, force: bool = False) -> None:
        """Scroll so that `plan_s` sits on the now line (a move by whole pixels)."""
        self._plan_s = plan_s
        if not self._has_plan:
            return
        low, high = self._slice
        moved_on = plan_s - self.past_s < low or plan_s + AHEAD_S > high
        if force or moved_on:
            self._cut(plan_s)  # a new slice of a flat stretch draws the same pixels
        per_s = self._slice_px
        if per_s <= 0:
            return
        # Where the slice's left edge falls, in device pixels from the view's left.
        self._left_px = round((self._slice[0] - plan_s + self.past_s) * per_s)
        if force or not self._flat_from <= plan_s <= self._flat_until:
            self._check_flat(plan_s)
        if force or (self._left_px != self._drawn_left_px and not self._flat):
            self._move_on_screen()

    def _move_on_screen(self) -> None:
        """Show the curve at its new offset: the pixels already on screen scrolled by the
        few it moved (`QWidget.scroll`, a copy within the window's backing store), and
        only what that uncovers or the now line crossed painted afresh; a whole repaint
        after a new slice, a jump, or where logical and device pixels differ."""
        drawn, left = self._drawn_left_px, self._left_px
        width, height = self.width(), self.height()
        if drawn is None or left is None or self.devicePixelRatioF() != 1.0 \
                or abs(left - drawn) > SCROLL_PX or width < 8 or not self.isVisible():
            self.update()
            return
        dx = left - drawn
        self._drawn_left_px = left
        # The columns between the margins, whole height: what moves is the slice, and the
        # flat margins above and below it move onto themselves.
        self.scroll(dx, 0, QRect(1, 0, width - 3, height))
        # The right-hand columns the view's clip cuts into, and the now line (scrolled
        # away with the rest, drawn again where it stays).
        self.update(QRect(width - 4 - abs(dx), 0, abs(dx) + 4, height))
        x = math.floor(self._now_x()) - 2
        self.update(QRect(x - abs(dx), 0, 5 + 2 * abs(dx), height))

    @property
    def offset_px(self) -> int | None:
        """Where the shown slice's left edge is, in device pixels from the view's left."""
        return self._left_px

    def next_change_s(self, playing: bool) -> float:
        """Seconds until the curve moves on screen by a whole pixel (while `playing`);
        while what shows is flat, until a breath comes in sight."""
        if not playing or not self._has_plan or self._slice_px <= 0 or not self.isVisible():
            return NEVER
        if self._flat:
            return max(self._flat_until - self._plan_s, 0.0)
        exact = (self._slice[0] - self._plan_s + self.past_s) * self._slice_px
        # A frame may come a little after the pixel boundary (the curve then lags by
        # under half a pixel, which shows nothing): the figure's frames, which come as
        # often, then carry the curve's steps too, instead of a frame each.
        return (max(exact - (round(exact) - 0.5), 0.0) + LATE_PX) / self._slice_px

    def _check_flat(self, plan_s: float) -> None:
        """Whether the part on screen (and a second either side) is flat, and until when
        that holds: a flat stretch until a breath comes in sight, a moving one for half a
        second (it is looked at again then; this runs a few times a second, not per frame)."""
        low, high = plan_s - self.past_s - 1.0, plan_s + AHEAD_S + 1.0
        i0, i1 = (int(i) for i in np.searchsorted(self._times, (low, high)))
        window = self._levels[max(i0 - 1, 0):i1 + 1]
        self._flat = bool(len(window) == 0 or float(np.ptp(window)) < FLAT)
        self._flat_from = plan_s
        if not self._flat:
            self._flat_until = plan_s + 0.5
            return
        ahead = np.nonzero(np.abs(self._levels[i1:] - window[0]) > FLAT)[0]
        self._flat_until = float(self._times[i1 + ahead[0]]) - AHEAD_S - 1.0 \
            if len(ahead) else math.inf

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._recut()
        super().resizeEvent(event)

    def _recut(self) -> None:
        self._flat_from = self._flat_until = math.nan
        if self._has_plan:
            self._slice = (0.0, -1.0)
            self.show_time(self._plan_s, force=True)

    def _now_x(self) -> float:
        rect = self._view_rect()
        return rect.x() + rect.width() * self.past_s / (self.past_s + AHEAD_S)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background)
        rect = self._view_rect()
        if self._pixmap is not None and self._left_px is not None:
            ratio = self._pixmap.devicePixelRatio()
            if ratio == 1.0:
                # Only the slice's columns each dirty rectangle shows, copied one to one
                # (a scrolled frame's few columns and the now line's: a copy of the whole
                # slice clipped to a region of rectangles took Qt's slow path).
                left, top = rect.x() + self._left_px, rect.y()
                for dirty in event.region():  # type: ignore[attr-defined]
                    target = dirty.intersected(rect.toAlignedRect())
                    if target.isEmpty():
                        continue
                    painter.drawPixmap(target, self._pixmap,
                                       target.translated(-round(left), -round(top)))
            else:
                painter.setClipRect(rect)
                painter.drawPixmap(QPointF(rect.x() + self._left_px / ratio, rect.y()),
                                   self._pixmap)
                painter.setClipping(False)
            self._drawn_left_px = self._left_px
        # The now line, where plan time `now` sits (0 on the view's time axis).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(self._now_pen)
        x = self._now_x()
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.end()

    def _cut(self, plan_s: float) -> None:
        per_s, per_level, ratio = self._pixels_per_s()
        self._slice_px = per_s
        self._left_px = None
        self._drawn_left_px = None
        if per_s <= 0 or per_level <= 0:
            self._slice = (0.0, -1.0)
            self._pixmap = None
            return
        low = plan_s - max(SLICE_BEFORE_S, self.past_s + 1.0)
        high = plan_s + SLICE_AFTER_S
        i0, i1 = np.searchsorted(self._times, (low, high))
        times = self._times[i0:i1 + 1]
        levels = self._levels[i0:i1 + 1]
        width = max(1, math.ceil((high - low) * per_s))
        height = max(1, math.ceil((CEILING - FLOOR) * per_level))
        pixmap = QPixmap(width, height)
        pixmap.fill(self._background)  # opaque: each frame is a plain copy
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
        pixmap.setDevicePixelRatio(ratio)
        self._pixmap = pixmap
        self._slice = (low, high)
