"""The pacing figure: a soft disc that swells on the inhale and settles on the exhale.

Driven only by the core's fill level and phase progress (`show_state`). On a hold the
disc keeps still while a ring around it fills with the hold's progress and a slow glow
breathes, so a hold never looks like a freeze. With reduced motion the size never
changes: the colour deepens with the breath and a ring fills with each phase. The
"square" style traces the sides of a square for box breathing.

Cheap to repaint at 60 frames a second: the static parts (track ring, square outline)
are drawn once into a pixmap per size and theme, the gradient is built once, and only
the figure's own rectangle is repainted.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from .theme import LIGHT, Palette

MIN_SCALE = 0.38
"""The disc's radius when the lungs are empty, as a share of the largest radius."""
HOLD_KINDS = ("hold_in", "hold_out")
GLOW_PERIOD_S = 4.0
DISC_CACHE = 400
"""Disc sizes kept at most (one breath sweeps about 0.6 × the largest radius)."""
DISC_CACHE_BYTES = 20 * 1024 * 1024
"""Past this, discs are scaled from one pixmap instead of kept per size."""
HALO_S = 22.0
"""How far the hold's glow reaches beyond the disc, in pixels."""


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


class PacingFigure(QWidget):
    """Draws one breath state; knows nothing about players or timers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Breathing figure"))
        self.setAccessibleDescription(
            self.tr("Swells as you breathe in and settles as you breathe out."))
        self._palette = LIGHT
        self.style_name = "circle"
        self.reduced_motion = False
        self.fill = 0.35
        self.kind = ""
        self.progress = 0.0
        self.active = False
        self._seconds = 0.0
        self._backdrop: QPixmap | None = None
        self._last_rect = QRect()
        self._discs: dict[tuple[int, str], QPixmap] = {}
        self._fits_for: tuple[int, bool] = (-1, False)
        self._halo: QPixmap | None = None
        self._halo_key: tuple[int, str] = (0, "")
        self._colours()

    # -- configuration -----------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._colours()
        self._backdrop = None
        self._discs.clear()
        self.update()

    def set_style(self, style_name: str, reduced_motion: bool) -> None:
        self.style_name = style_name if style_name in ("circle", "square") else "circle"
        self.reduced_motion = reduced_motion
        self._backdrop = None
        self.update()

    def _colours(self) -> None:
        p = self._palette
        self._bg = QColor(p.window)
        self._core = QColor(p.figure_core)
        self._edge = QColor(p.figure_edge)
        self._accent = QColor(p.accent)
        self._glow = QColor(p.glow)
        self._track = QColor(p.sand)
        self._quiet = _mix(QColor(p.figure_edge), QColor(p.window), 0.55)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # -- state -----------------------------------------------------------------
    def show_state(self, fill: float, kind: str, progress: float, seconds: float,
                   active: bool = True) -> None:
        """One frame: fill 0–1, the phase kind, 0–1 through it, a running time for the glow."""
        self.fill = fill
        self.kind = kind
        self.progress = progress
        self.active = active
        self._seconds = seconds
        self.update(self._dirty_rect())

    def _dirty_rect(self) -> QRect:
        if self.style_name == "square" or self.reduced_motion:
            return self.rect()
        r = self._outer_radius() * (self._scale() if self.kind not in HOLD_KINDS else 1.0)
        reach = r + HALO_S + 2 if self.kind in HOLD_KINDS else r + 4
        c = self._centre()
        rect = QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach).toAlignedRect()
        dirty = rect.united(self._last_rect)
        self._last_rect = rect
        return dirty

    def _ring_visible(self) -> bool:
        return self.reduced_motion or self.kind in HOLD_KINDS

    # -- geometry ----------------------------------------------------------------
    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    def _outer_radius(self) -> float:
        return max(min(self.width(), self.height()) * 0.46 - 14, 20.0)

    def _scale(self) -> float:
        if self.reduced_motion:
            return 0.82
        return MIN_SCALE + (1.0 - MIN_SCALE) * min(max(self.fill, 0.0), 1.0)

    # -- painting ------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._backdrop = None
        self._discs.clear()
        self._last_rect = QRect()
        super().resizeEvent(event)

    def _build_backdrop(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(max(1, round(self.width() * ratio)),
                               max(1, round(self.height() * ratio))))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._bg)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c = self._centre()
        outer = self._outer_radius()
        if self.style_name == "square":
            side = outer * 1.5
            rect = QRectF(c.x() - side / 2, c.y() - side / 2, side, side)
            painter.setPen(QPen(self._track, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 10, 10)
        else:
            painter.setPen(QPen(self._track, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, outer, outer)
            painter.drawEllipse(c, outer * MIN_SCALE, outer * MIN_SCALE)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._backdrop is None or self._backdrop.deviceIndependentSize().toSize() != self.size():
            self._backdrop = self._build_backdrop()
        painter = QPainter(self)
        target = QRectF(event.rect())
        ratio = self._backdrop.devicePixelRatio()
        source = QRectF(target.x() * ratio, target.y() * ratio,
                        target.width() * ratio, target.height() * ratio)
        painter.drawPixmap(target, self._backdrop, source)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.style_name == "square":
            self._paint_square(painter)
        else:
            self._paint_circle(painter)
        painter.end()

    def _disc_colours(self) -> tuple[QColor, QColor]:
        if not self.reduced_motion:
            return self._core, self._edge
        # Without motion the breath shows in colour: pale when empty, deep when full.
        level = min(max(self.fill, 0.0), 1.0)
        core = _mix(self._quiet, self._core, level)
        edge = _mix(self._quiet, self._edge, level)
        return core, edge

    def _disc_pixmap(self, radius_px: int) -> QPixmap:
        """The gradient disc of a whole number of device pixels, drawn once per size.

        A breath sweeps some sixty sizes; keeping each (a few MB in all) makes every
        frame a plain blit instead of a new gradient or a smooth-scaled copy.
        """
        key = (radius_px, self._palette.name)
        pixmap = self._discs.get(key)
        if pixmap is not None:
            return pixmap
        if len(self._discs) >= DISC_CACHE:
            self._discs.pop(next(iter(self._discs)))
        side = 2 * radius_px + 2
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c = QPointF(side / 2, side / 2)
        radius = float(radius_px)
        gradient = QRadialGradient(c, radius, QPointF(c.x() - radius * 0.25,
                                                      c.y() - radius * 0.3))
        gradient.setColorAt(0.0, _mix(self._core, QColor("#FFFFFF"), 0.35))
        gradient.setColorAt(0.55, self._core)
        gradient.setColorAt(1.0, self._edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(c, radius, radius)
        painter.end()
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self._discs[key] = pixmap
        return pixmap

    def _halo_pixmap(self, r: float) -> QPixmap:
        """A soft ring of glow just outside a disc of radius `r` (cached per radius)."""
        ratio = self.devicePixelRatioF()
        key = (round(r * ratio), self._palette.name)
        if self._halo is not None and self._halo_key == key:
            return self._halo
        reach = r + HALO_S
        side = max(2, round(2 * reach * ratio))
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        c = QPointF(side / 2, side / 2)
        gradient = QRadialGradient(c, side / 2)
        inner = r / reach
        clear = QColor(self._glow)
        clear.setAlphaF(0.0)
        strong = QColor(self._glow)
        strong.setAlphaF(0.42)
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(max(inner - 0.02, 0.0), clear)
        gradient.setColorAt(inner + 0.015, strong)
        gradient.setColorAt(1.0, clear)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(c, side / 2, side / 2)
        painter.end()
        self._halo, self._halo_key = pixmap, key
        return pixmap

    def _paint_disc(self, painter: QPainter, c: QPointF, r: float) -> None:
        if self.reduced_motion:
            # Colour follows the breath here, so the gradient is drawn each frame (the
            # disc never changes size, and this mode is not the common one).
            core, edge = self._disc_colours()
            gradient = QRadialGradient(c, r, QPointF(c.x() - r * 0.25, c.y() - r * 0.3))
            gradient.setColorAt(0.0, _mix(core, QColor("#FFFFFF"), 0.35))
            gradient.setColorAt(0.55, core)
            gradient.setColorAt(1.0, edge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(gradient))
            painter.drawEllipse(c, r, r)
            return
        ratio = self.devicePixelRatioF()
        if not self._cache_fits():
            # A very large figure (full screen): one big disc, scaled smoothly each frame.
            pixmap = self._disc_pixmap(max(1, round(self._outer_radius() * ratio)))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), pixmap,
                               QRectF(0, 0, pixmap.width(), pixmap.height()))
            return
        pixmap = self._disc_pixmap(max(1, round(r * ratio)))
        half = pixmap.width() / ratio / 2
        painter.drawPixmap(QPointF(round((c.x() - half) * ratio) / ratio,
                                   round((c.y() - half) * ratio) / ratio), pixmap)

    def _cache_fits(self) -> bool:
        """Whether a disc for every size one breath sweeps fits the memory budget."""
        ratio = self.devicePixelRatioF()
        top = round(self._outer_radius() * ratio)
        if self._fits_for[0] != top:
            low = round(top * MIN_SCALE)
            needed = sum(4 * (2 * radius + 2) ** 2 for radius in range(low, top + 1))
            self._fits_for = (top, needed <= DISC_CACHE_BYTES)
        return self._fits_for[1]

    def _paint_circle(self, painter: QPainter) -> None:
        c = self._centre()
        outer = self._outer_radius()
        r = outer * self._scale()
        hold = self.kind in HOLD_KINDS and self.active
        if hold:
            # A slow soft glow around the still disc: the hold is alive, not frozen.
            # The halo is drawn once per hold size; each frame only changes its opacity.
            pulse = 0.5 - 0.5 * math.cos(2 * math.pi * self._seconds / GLOW_PERIOD_S)
            halo = self._halo_pixmap(r)
            painter.setOpacity(0.35 + 0.65 * pulse)
            reach = r + HALO_S
            painter.drawPixmap(QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach),
                               halo, QRectF(0, 0, halo.width(), halo.height()))
            painter.setOpacity(1.0)
        self._paint_disc(painter, c, r)
        if self.active and (hold or self.reduced_motion):
            ring_r = outer + 6 if self.reduced_motion else r + 8
            pen = QPen(self._accent if not hold else self._glow, 4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            span = -round(360 * 16 * min(max(self.progress, 0.0), 1.0))
            painter.drawArc(QRectF(c.x() - ring_r, c.y() - ring_r, 2 * ring_r, 2 * ring_r),
                            90 * 16, span)

    def _paint_square(self, painter: QPainter) -> None:
        c = self._centre()
        outer = self._outer_radius()
        side = outer * 1.5
        left, top = c.x() - side / 2, c.y() - side / 2
        corners = [QPointF(left, top + side), QPointF(left, top),
                   QPointF(left + side, top), QPointF(left + side, top + side)]
        # Each phase travels one side: in up the left, hold along the top,
        # out down the right, hold along the bottom.
        side_of = {"inhale": 0, "hold_in": 1, "exhale": 2, "hold_out": 3}
        index = side_of.get(self.kind)
        inner = side * (0.45 + 0.4 * (0.7 if self.reduced_motion else self.fill))
        core, edge = self._disc_colours()
        rect = QRectF(c.x() - inner / 2, c.y() - inner / 2, inner, inner)
        gradient = QRadialGradient(c, inner * 0.75)
        gradient.setColorAt(0.0, _mix(core, QColor("#FFFFFF"), 0.3))
        gradient.setColorAt(1.0, edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawRoundedRect(rect, inner * 0.12, inner * 0.12)
        if index is None or not self.active:
            return
        t = min(max(self.progress, 0.0), 1.0)
        start, end = corners[index], corners[(index + 1) % 4]
        dot = QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t)
        pen = QPen(self._accent, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for k in range(index):
            painter.drawLine(corners[k], corners[k + 1])
        painter.drawLine(start, dot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent)
        painter.drawEllipse(dot, 10, 10)
