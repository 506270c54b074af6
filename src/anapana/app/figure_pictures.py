"""The pacing figure's pictures that are drawn once and then only copied.

The backdrop (the figure's still rings or square outline), a gradient disc per radius,
the hold's halo, and a *plate*: a disc already laid on the backdrop, opaque, so that a
breathing frame is one plain copy (no blending). Plain functions of sizes and colours;
`figure.PacingFigure` keeps what they draw, per size and theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QRadialGradient

MIN_SCALE = 0.38
"""The disc's radius when the lungs are empty, as a share of the largest radius."""


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour `t` (0–1) of the way from `a` to `b`."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def backdrop(size: QSize, ratio: float, background: QColor, track: QColor, centre: QPointF,
             outer: float, square: bool) -> QPixmap:
    """The figure's still parts: the largest and smallest breath's rings, or the
    square's outline, on the window's colour."""
    pixmap = QPixmap(QSize(max(1, round(size.width() * ratio)),
                           max(1, round(size.height() * ratio))))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(background)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    c = centre
    if square:
        side = outer * 1.5
        rect = QRectF(c.x() - side / 2, c.y() - side / 2, side, side)
        painter.setPen(QPen(track, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 10, 10)
    else:
        painter.setPen(QPen(track, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, outer, outer)
        painter.drawEllipse(c, outer * MIN_SCALE, outer * MIN_SCALE)
    painter.end()
    return pixmap


def disc(radius_px: int, core: QColor, edge: QColor, ratio: float) -> QPixmap:
    """The gradient disc of a whole number of device pixels (transparent around it)."""
    side = 2 * radius_px + 2
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paint_disc(painter, QPointF(side / 2, side / 2), float(radius_px), core, edge)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def paint_disc(painter: QPainter, c: QPointF, radius: float, core: QColor,
               edge: QColor) -> None:
    """The disc's gradient, lit from the upper left, from `core` to `edge`."""
    gradient = QRadialGradient(c, radius, QPointF(c.x() - radius * 0.25, c.y() - radius * 0.3))
    gradient.setColorAt(0.0, mix(core, QColor("#FFFFFF"), 0.35))
    gradient.setColorAt(0.55, core)
    gradient.setColorAt(1.0, edge)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(c, radius, radius)


def halo(r: float, reach: float, ratio: float, glow: QColor) -> QPixmap:
    """A soft ring of glow just outside a disc of radius `r`, fading out by `reach`."""
    side = max(2, round(2 * reach * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    c = QPointF(side / 2, side / 2)
    gradient = QRadialGradient(c, side / 2)
    inner = r / reach
    clear = QColor(glow)
    clear.setAlphaF(0.0)
    strong = QColor(glow)
    strong.setAlphaF(0.42)
    gradient.setColorAt(0.0, clear)
    gradient.setColorAt(max(inner - 0.02, 0.0), clear)
    gradient.setColorAt(inner + 0.015, strong)
    gradient.setColorAt(1.0, clear)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawEllipse(c, side / 2, side / 2)
    painter.end()
    return pixmap


def plate(backdrop_pixmap: QPixmap, disc_pixmap: QPixmap, x: int, y: int) -> QPixmap:
    """`disc_pixmap` laid on the backdrop at device pixel (`x`, `y`): an opaque square
    as large as the disc's."""
    ratio = backdrop_pixmap.devicePixelRatio()
    side = disc_pixmap.width()
    pixmap = backdrop_pixmap.copy(QRect(x, y, side, side))
    pixmap.setDevicePixelRatio(1.0)
    source = QPixmap(disc_pixmap)
    source.setDevicePixelRatio(1.0)
    painter = QPainter(pixmap)
    painter.drawPixmap(0, 0, source)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
