"""The pacing figure: a soft disc that swells on the inhale and settles on the exhale.

Driven only by the core's fill level and phase progress (`show_state`). On a hold the
disc keeps still while a ring around it fills with the hold's progress and a slow glow
breathes, so a hold never looks like a freeze. With reduced motion the size never
changes: the colour deepens with the breath and a ring fills with each phase. The
"square" style traces the sides of a square for box breathing.

Cheap to repaint at 60 frames a second: the static parts (track ring, square outline)
are drawn once into a pixmap per size and theme, discs and the hold's halo once per
size, and a frame repaints only what it changes: nothing when it would draw the same
pixels (a disc moves by whole device pixels; the glow steps through `GLOW_STEPS`
levels), during a hold only the stretch the ring grew by, copied from one still
picture of glow and disc drawn when the glow steps. `moving` says whether the last
frame changed anything continuous, and `next_change_s` when the figure will next look
different, for the frame timer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from . import figure_pictures as pictures
from .figure_pictures import MIN_SCALE, mix
from .frame_pacing import NEVER, next_level_change_s
from .theme import LIGHT, Palette

HOLD_KINDS = ("hold_in", "hold_out")
GLOW_PERIOD_S = 4.0
DISC_CACHE = 400
"""Disc sizes kept at most (one breath sweeps about 0.6 × the largest radius)."""
DISC_CACHE_BYTES = 20 * 1024 * 1024
"""Past this, discs are scaled from one pixmap instead of kept per size."""
HALO_S = 22.0
"""How far the hold's glow reaches beyond the disc, in pixels."""
GLOW_STEPS = 24
"""Levels of the hold's glow per swell: it repaints when the level changes, not every
frame (one step is under 1 % of the glow's alpha, too little to see)."""
GLOW_INNER_MARGIN = 4.0
"""The glow reaches under the disc's edge; this far inside it the opaque disc covers
every pixel (its edge is antialiased over a pixel, and placed to the nearest one)."""
GLOW_OUTER_MARGIN = 3.0
"""Past the glow's reach, for the halo's placement and its antialiased edge (pixels)."""
GLOW_BAND_PX = 40
"""The height of the bands of rectangles a glow step draws again (taller bands: fewer
copies, each a Python call, for a few more pixels)."""
RING_PEN = 4.0
RING_STEP_PX = 7.0
"""How far the hold's ring grows between frames at most (its end, in device pixels; a
four-second hold's ring grows about 270 pixels a second, so some 40 frames a second,
the breath curve's pace)."""
MOVE_LOOK_S = 0.05
"""While the figure moves slowly (a breath turning), its speed is looked at again at
least this often."""
SQUARE_SIDES = {"inhale": 0, "hold_in": 1, "exhale": 2, "hold_out": 3}
"""The side of the square each phase travels."""


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
        self._plates: dict[int, tuple[QPointF, QRect, QPixmap]] = {}
        """Per disc radius (device pixels): the disc already laid on the backdrop, opaque,
        and where it goes; an inhale or exhale frame is one plain copy of it."""
        self._fits_for: tuple[int, bool] = (-1, False)
        self._halo: QPixmap | None = None
        self._still: tuple[tuple[object, ...], QRect, QPixmap] | None = None
        """During a hold: the still picture under the ring (backdrop, glow at its level,
        disc) around the disc, opaque; a frame where only the ring grows copies a
        stretch of it and draws the ring, instead of blending glow and disc again."""
        self._halo_key: tuple[int, str] = (0, "")
        self._glow_area: tuple[tuple[int, ...], QRegion] = ((), QRegion())
        self._hold_layers_kept: tuple[tuple[object, ...], QPixmap, QPixmap] | None = None
        self._inputs: tuple[object, ...] = ()
        self._outer = 20.0
        self._middle = QPointF()
        self._ratio = 1.0
        self._measure()
        self._inputs_s = 0.0
        self._ring_only_s = NEVER
        self._move_s = 0.0
        self._drawn: tuple[object, ...] = ()
        self.moving = False
        """Whether the last frame changed anything that moves continuously."""
        self.paints = 0
        self._colours()

    # -- configuration -----------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._colours()
        self._backdrop = None
        self._discs.clear()
        self._plates.clear()
        self._halo = None
        self._still = None
        self._hold_layers_kept = None
        self._drawn = ()
        self.update()

    def set_style(self, style_name: str, reduced_motion: bool) -> None:
        self.style_name = style_name if style_name in ("circle", "square") else "circle"
        self.reduced_motion = reduced_motion
        self._backdrop = None
        self._plates.clear()
        self._drawn = ()
        self.update()

    def _colours(self) -> None:
        p = self._palette
        self._bg = QColor(p.window)
        self._core = QColor(p.figure_core)
        self._edge = QColor(p.figure_edge)
        self._accent = QColor(p.accent)
        self._glow = QColor(p.glow)
        self._track = QColor(p.sand)
        self._quiet = mix(QColor(p.figure_edge), QColor(p.window), 0.55)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # -- state -----------------------------------------------------------------
    def show_state(self, fill: float, kind: str, progress: float, seconds: float,
                   active: bool = True) -> None:
        """One frame: fill 0–1, the phase kind, 0–1 through it, a running time for the glow.

        Repaints only what this frame changes, and nothing when it would draw the same
        pixels as the last one.
        """
        if kind == self.kind and active == self.active and self._breathing_disc():
            self._breathe(fill, progress, seconds)
            return
        still = (fill, kind, progress, active) == (self.fill, self.kind, self.progress,
                                                   self.active)
        self.fill = fill
        self.kind = kind
        self.progress = progress
        self.active = active
        self._seconds = seconds
        if still and not self._glowing() and self._drawn:
            self.moving = False  # a paused or silent frame: nothing to work out
            return
        inputs = self._continuous_inputs()
        before_inputs, before_s = self._inputs, self._inputs_s
        self.moving = inputs != before_inputs
        self._ring_only_s = NEVER
        if self.moving and before_inputs and inputs[:3] == before_inputs[:3] \
                and seconds > before_s and inputs[3] is not None:
            # Only the ring grows (a long still phase in reduced motion): it needs a frame
            # when it will have grown by one sixteenth of a degree, not sixty a second.
            rate = (inputs[3] - before_inputs[3]) / (seconds - before_s)  # type: ignore[operator]
            self._ring_only_s = 1 / (360 * 16 * rate) if rate > 0 else NEVER
        self._move_s = self._until_moved_s(inputs, before_inputs, seconds, before_s)
        self._inputs, self._inputs_s = inputs, seconds
        drawn = self._drawn_key()
        if drawn == self._drawn:
            return  # the same pixels as the frame already shown
        before, self._drawn = self._drawn, drawn
        self._repaint_changes(before, drawn)

    def cache_bytes(self) -> int:
        """The memory the figure's kept pictures take (backdrop, discs, plates, glow)."""
        layers = self._hold_layers_kept[1:] if self._hold_layers_kept else ()
        pixmaps = [self._backdrop, self._halo, self._still[2] if self._still else None, *layers,
                   *self._discs.values(), *(plate for _p, _c, plate in self._plates.values())]
        return sum(p.width() * p.height() * p.depth() // 8 for p in pixmaps if p is not None)

    def _breathing_disc(self) -> bool:
        """Whether the last frame was the circle's disc breathing in or out (its frames
        take the short way, `_breathe`)."""
        drawn = self._drawn
        return bool(drawn) and drawn[0] == "circle" and self._inputs_s > 0 \
            and self.kind not in HOLD_KINDS and self.kind != "" and not self.reduced_motion

    def _breathe(self, fill: float, progress: float, seconds: float) -> None:
        """`show_state` for the next frame of the same inhale or exhale: what the long
        way works out, without what cannot change within one (no ring, no glow; the
        disc moves every frame, so a frame every `FRAME_S`)."""
        self.moving = fill != self.fill
        self.fill, self.progress, self._seconds = fill, progress, seconds
        self._ring_only_s, self._move_s = NEVER, 0.0
        self._inputs, self._inputs_s = (self.kind, self.active, fill, None), seconds
        radius = self.disc_radius_px()
        before = self._drawn
        if radius != before[3]:
            self._drawn = (*before[:3], radius, *before[4:])
            self._repaint_changes(before, self._drawn)

    def next_change_s(self) -> float:
        """Seconds until the figure will look different by itself: 0 (every frame) while
        the disc breathes; while a hold's ring grows, the time it takes to grow by
        `RING_STEP_PX`; the glow's next step during a still hold, `NEVER` when nothing
        moves."""
        if self.moving:
            if self._move_s == 0.0 and self._ring_only_s != NEVER:
                return min(self._ring_only_s, self._glow_change_s())
            return min(self._move_s, self._glow_change_s())
        return self._glow_change_s()

    def _until_moved_s(self, inputs: tuple[object, ...], before: tuple[object, ...],
                       seconds: float, before_s: float) -> float:
        """How long, at the speed between the last two frames, until the circle's hold
        ring has grown by `RING_STEP_PX` (0: every frame, for a breathing disc, the
        other figures and a first frame)."""
        if self.style_name != "circle" or self.reduced_motion or not before \
                or inputs[:2] != before[:2] or seconds <= before_s:
            return 0.0
        elapsed = seconds - before_s
        if inputs[2] is not None and before[2] is not None:
            # The disc breathes: a frame every `FRAME_S`, so each whole-pixel step shows
            # within a frame of its time however the breath speeds up or slows down (a
            # frame paced to the next step alone came late when two steps fell between
            # frames). A frame whose disc would draw the same pixels paints nothing.
            return 0.0
        if inputs[3] is not None and before[3] is not None:
            arc = 2 * math.pi * self._ring_radius() * self._ratio
            speed = abs(inputs[3] - before[3]) * arc / elapsed  # type: ignore[operator]
            step = RING_STEP_PX
        else:
            return 0.0
        # A breath speeds up and slows down smoothly: a frame a little early is cheap,
        # one late would show a jump, so a margin, and a look again at least this often.
        return min(0.9 * step / speed, MOVE_LOOK_S) if speed > 0 else MOVE_LOOK_S

    def _glow_change_s(self) -> float:
        if self._glowing():
            return next_level_change_s(self._glow_level, self._seconds)
        return NEVER

    # -- what a frame draws ---------------------------------------------------------
    def _continuous_inputs(self) -> tuple[object, ...]:
        """What moves continuously in this frame's drawing (a change means motion)."""
        ring = self.active and (self.style_name == "square" or self._ring_visible())
        fill = self.style_name == "square" or self.reduced_motion \
            or self.kind not in HOLD_KINDS
        return (self.kind, self.active, self.fill if fill else None,
                self.progress if ring else None)

    def _glowing(self) -> bool:
        return self.style_name == "circle" and self.kind in HOLD_KINDS and self.active

    def _glow_level(self, seconds: float) -> int:
        pulse = 0.5 - 0.5 * math.cos(2 * math.pi * seconds / GLOW_PERIOD_S)
        return round(pulse * GLOW_STEPS)

    def _ring_span(self) -> int:
        """The ring's arc in sixteenths of a degree (Qt's unit), as drawn."""
        if not self.active or self.style_name == "square" or not self._ring_visible():
            return 0
        return -round(360 * 16 * min(max(self.progress, 0.0), 1.0))

    def _drawn_key(self) -> tuple[object, ...]:
        """Everything that decides this frame's pixels; the same key, the same picture."""
        ratio = self._ratio
        if self.style_name == "square":
            inner = self._square_inner()
            dot = self._square_dot()
            return ("square", self.kind, self.active, round(inner * ratio * 4),
                    self._colour_level(), None if dot is None else
                    (round(dot.x() * ratio * 4), round(dot.y() * ratio * 4)))
        if self.reduced_motion:
            return ("reduced", self.kind, self.active, self._colour_level(), self._ring_span(),
                    self._glow_level(self._seconds) if self._glowing() else -1)
        return ("circle", self.kind, self.active, self.disc_radius_px(),
                self._glow_level(self._seconds) if self._glowing() else -1, self._ring_span())

    def disc_radius_px(self) -> int:
        """The disc's radius as drawn, in whole device pixels."""
        return round(self._outer_radius() * self._scale() * self._ratio)

    def _colour_level(self) -> int:
        """The breath's colour in reduced motion, in steps finer than a colour level."""
        return round(min(max(self.fill, 0.0), 1.0) * 512) if self.reduced_motion else -1

    def _repaint_changes(self, before: tuple[object, ...], now: tuple[object, ...]) -> None:
        same_frame = len(before) == len(now) and before[:3] == now[:3]
        if self.style_name == "circle" and not self.reduced_motion and same_frame \
                and before[3] == now[3] and self.kind in HOLD_KINDS:
            # A still disc in a hold: the halo when its glow stepped, else only the
            # stretch of ring it grew by.
            if before[4] != now[4]:
                # The square around the glow, not only its band: the ring drawn over a
                # region of many rectangles would land a level off here and there.
                self.update(self._halo_rect())
            else:
                self.update(self._arc_rect(before[5], now[5]))  # type: ignore[arg-type]
            return
        if self.reduced_motion and self.style_name == "circle" and same_frame:
            if before[5] != now[5]:
                self.update(self._halo_rect())
            if before[3] != now[3]:
                self.update(self._disc_rect(self._outer_radius() * self._scale()))
            if before[4] != now[4]:
                self.update(self._arc_rect(before[4], now[4]))  # type: ignore[arg-type]
            return
        if self.style_name == "square" and same_frame and before[3] == now[3] \
                and before[4] == now[4] and before[5] is not None and now[5] is not None:
            self.update(self._dot_rect(before[5]).united(self._dot_rect(now[5])))  # type: ignore[arg-type]
            return
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

    def _disc_rect(self, r: float) -> QRect:
        c = self._centre()
        return QRectF(c.x() - r - 2, c.y() - r - 2, 2 * r + 4, 2 * r + 4).toAlignedRect()

    def _halo_rect(self) -> QRect:
        return self._disc_rect(self._outer_radius() * self._scale() + HALO_S)

    def _glow_region(self) -> QRegion:
        """The pixels a hold's glow step can change: the ring of glow around the still
        disc (the opaque disc covers it further in), as a few bands of rectangles, cut
        to the still picture's rectangle.

        A glow step draws the still picture again only here, not in the whole square
        around the glow (the screen is still repainted over the square: the ring drawn
        over a region of many rectangles would land a level off here and there).
        """
        halo = self._halo_rect()
        key = (halo.x(), halo.y(), halo.width(), halo.height(), self.disc_radius_px())
        if self._glow_area[0] == key:
            return self._glow_area[1]
        c = self._centre()
        r = self._outer_radius() * self._scale()
        inner = r - GLOW_INNER_MARGIN
        outer = r + HALO_S + GLOW_OUTER_MARGIN
        cx, cy = c.x(), c.y()
        rects = []
        top = math.floor(cy - outer)
        bottom = math.ceil(cy + outer)
        for y0 in range(top, bottom, GLOW_BAND_PX):
            y1 = min(y0 + GLOW_BAND_PX, bottom)
            near = 0.0 if y0 <= cy <= y1 else min(abs(y0 - cy), abs(y1 - cy))
            far = max(abs(y0 - cy), abs(y1 - cy))
            if near >= outer:
                continue
            half_out = math.sqrt(outer * outer - near * near)
            half_in = math.sqrt(inner * inner - far * far) if far < inner else 0.0
            left, right = math.floor(cx - half_out), math.floor(cx + half_out) + 1
            if half_in <= 1.0:
                rects.append(QRect(left, y0, right - left, y1 - y0))
                continue
            hole_left, hole_right = math.floor(cx - half_in) + 1, math.floor(cx + half_in)
            rects.append(QRect(left, y0, hole_left - left, y1 - y0))
            rects.append(QRect(hole_right, y0, right - hole_right, y1 - y0))
        region = QRegion()
        for rect in rects:
            region = region.united(rect)
        region = region.intersected(halo)
        self._glow_area = (key, region)
        return region

    def _ring_radius(self) -> float:
        outer = self._outer_radius()
        return outer + 6 if self.reduced_motion else outer * self._scale() + 8

    def _arc_rect(self, span_a: int, span_b: int) -> QRect:
        """The rectangle around the ring between two spans (its round caps included)."""
        low, high = sorted((span_a, span_b))
        r = self._ring_radius()
        if high - low > 16 * 45:
            return self._disc_rect(r + RING_PEN)
        # Angles in Qt's sense: from 12 o'clock (90°), negative spans run clockwise. An
        # arc of under 45° lies within the box of its ends and middle, widened a little.
        cx, cy = self._middle.x(), self._middle.y()
        xs = []
        ys = []
        for span in (low, (low + high) / 2, high):
            angle = math.radians(90 + span / 16)
            xs.append(cx + r * math.cos(angle))
            ys.append(cy - r * math.sin(angle))
        pad = RING_PEN + 3
        left, top = math.floor(min(xs) - pad), math.floor(min(ys) - pad)
        return QRect(left, top, math.ceil(max(xs) + pad) - left, math.ceil(max(ys) + pad) - top)

    def _dot_rect(self, dot_key: tuple[int, int]) -> QRect:
        ratio = self._ratio * 4
        x, y = dot_key[0] / ratio, dot_key[1] / ratio
        return QRectF(x - 14, y - 14, 28, 28).toAlignedRect()

    def _ring_visible(self) -> bool:
        return self.reduced_motion or self.kind in HOLD_KINDS

    # -- geometry ----------------------------------------------------------------
    def _centre(self) -> QPointF:
        return QPointF(self._middle)

    def _outer_radius(self) -> float:
        return self._outer

    def _measure(self) -> None:
        """The figure's geometry, asked several times a frame: worked out once per size
        and pixel ratio."""
        size = self.size()
        self._outer = max(min(size.width(), size.height()) * 0.46 - 14, 20.0)
        self._middle = QPointF(size.width() / 2, size.height() / 2)
        self._ratio = self.devicePixelRatioF()

    def _scale(self) -> float:
        if self.reduced_motion:
            return 0.82
        return MIN_SCALE + (1.0 - MIN_SCALE) * min(max(self.fill, 0.0), 1.0)

    # -- painting ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._measure()
            self._backdrop = None
            self._discs.clear()
            self._plates.clear()
            self._halo = None
            self._still = None
            self._hold_layers_kept = None
            self._drawn = ()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._measure()
        self._backdrop = None
        self._drawn = ()
        self._discs.clear()
        self._plates.clear()
        self._last_rect = QRect()
        self._still = None
        self._hold_layers_kept = None
        super().resizeEvent(event)

    def _build_backdrop(self) -> QPixmap:
        return pictures.backdrop(self.size(), self.devicePixelRatioF(), self._bg, self._track,
                                 self._centre(), self._outer_radius(),
                                 self.style_name == "square")

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        if self._backdrop is None or self._backdrop.deviceIndependentSize().toSize() != self.size():
            self._backdrop = self._build_backdrop()
        painter = QPainter(self)
        plate = self._plate()
        if plate is not None:
            # A breathing disc: the backdrop only where the disc's plate does not cover,
            # then the plate (one opaque copy, no blending).
            place, covered, pixmap = plate
            for rect in event.region().subtracted(QRegion(covered)):  # type: ignore[attr-defined]
                self._paint_backdrop(painter, rect)
            painter.drawPixmap(place, pixmap)
            painter.end()
            return
        still = self._still_picture()
        if still is not None:
            # A hold: the still picture where it reaches, the backdrop around it, the ring.
            place_rect, pixmap = still
            for rect in event.region().subtracted(QRegion(place_rect)):  # type: ignore[attr-defined]
                self._paint_backdrop(painter, rect)
            painter.drawPixmap(place_rect.topLeft(), pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_ring(painter, hold=True)
            painter.end()
            return
        self._paint_backdrop(painter, event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.style_name == "square":
            self._paint_square(painter)
        else:
            self._paint_circle(painter)
        painter.end()

    def _paint_backdrop(self, painter: QPainter, rect: QRect) -> None:
        assert self._backdrop is not None
        ratio = self._backdrop.devicePixelRatio()
        target = QRectF(rect)
        source = QRectF(target.x() * ratio, target.y() * ratio,
                        target.width() * ratio, target.height() * ratio)
        painter.drawPixmap(target, self._backdrop, source)

    def _plate(self) -> tuple[QPointF, QRect, QPixmap] | None:
        """The disc laid on the backdrop for this frame, when a frame is just that: the
        circle breathing in or out (a hold draws its glow under the disc; reduced motion
        and very large figures draw otherwise)."""
        if self.style_name != "circle" or self.reduced_motion \
                or (self.kind in HOLD_KINDS and self.active) or not self._cache_fits():
            return None
        radius_px = self.disc_radius_px()
        found = self._plates.get(radius_px)
        if found is not None:
            return found
        assert self._backdrop is not None
        ratio = self._ratio
        # The disc itself is not kept: its plate holds it (kept, both would double the
        # memory a breath's sizes take).
        disc = self._discs.get((radius_px, self._palette.name)) or pictures.disc(
            max(1, radius_px), self._core, self._edge, self.devicePixelRatioF())
        side = disc.width()
        c = self._centre()
        # The same device pixel the disc alone would be blitted at (see `_paint_disc`).
        x = round(c.x() * ratio - side / 2)
        y = round(c.y() * ratio - side / 2)
        plate = pictures.plate(self._backdrop, disc, x, y)
        # Where it goes, and the logical pixels it covers whole (the backdrop fills the rest).
        place = QPointF(x / ratio, y / ratio)
        left, top = math.ceil(x / ratio), math.ceil(y / ratio)
        covered = QRect(left, top, math.floor((x + side) / ratio) - left,
                        math.floor((y + side) / ratio) - top)
        if len(self._plates) >= DISC_CACHE:
            self._plates.pop(next(iter(self._plates)))
        self._plates[radius_px] = (place, covered, plate)
        return place, covered, plate

    def _disc_colours(self) -> tuple[QColor, QColor]:
        if not self.reduced_motion:
            return self._core, self._edge
        # Without motion the breath shows in colour: pale when empty, deep when full.
        level = min(max(self.fill, 0.0), 1.0)
        core = mix(self._quiet, self._core, level)
        edge = mix(self._quiet, self._edge, level)
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
        pixmap = pictures.disc(radius_px, self._core, self._edge, self.devicePixelRatioF())
        self._discs[key] = pixmap
        return pixmap

    def _halo_pixmap(self, r: float) -> QPixmap:
        """A soft ring of glow just outside a disc of radius `r` (cached per radius)."""
        ratio = self.devicePixelRatioF()
        key = (round(r * ratio), self._palette.name)
        if self._halo is not None and self._halo_key == key:
            return self._halo
        pixmap = pictures.halo(r, r + HALO_S, ratio, self._glow)
        self._halo, self._halo_key = pixmap, key
        return pixmap

    def _paint_disc(self, painter: QPainter, c: QPointF, r: float) -> None:
        if self.reduced_motion:
            # Colour follows the breath here, so the gradient is drawn each frame (the
            # disc never changes size, and this mode is not the common one).
            pictures.paint_disc(painter, c, r, *self._disc_colours())
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
        """Whether a plate for every size one breath sweeps fits the memory budget."""
        ratio = self.devicePixelRatioF()
        top = round(self._outer_radius() * ratio)
        if self._fits_for[0] != top:
            low = round(top * MIN_SCALE)
            needed = sum(4 * (2 * radius + 2) ** 2 for radius in range(low, top + 1))
            self._fits_for = (top, needed <= DISC_CACHE_BYTES)
        return self._fits_for[1]

    def _paint_circle(self, painter: QPainter) -> None:
        hold = self.kind in HOLD_KINDS and self.active
        self._paint_glow_and_disc(painter, hold)
        if self.active and (hold or self.reduced_motion):
            self._paint_ring(painter, hold)

    def _paint_glow_and_disc(self, painter: QPainter, hold: bool) -> None:
        c = self._centre()
        outer = self._outer_radius()
        r = outer * self._scale()
        if hold:
            # A slow soft glow around the still disc: the hold is alive, not frozen.
            # The halo is drawn once per hold size; each frame only changes its opacity.
            painter.setOpacity(self._glow_opacity())
            self._paint_halo(painter, c, r)
            painter.setOpacity(1.0)
        self._paint_disc(painter, c, r)

    def _still_picture(self) -> tuple[QRect, QPixmap] | None:
        """The hold's still picture for this frame (see `_still`), drawn when the glow
        steps; None when the frame is not a circle's hold (or the pixel ratio is not a
        whole number, where a copy could fall between device pixels)."""
        ratio = self._ratio
        if self.style_name != "circle" or self.reduced_motion or not self.active \
                or self.kind not in HOLD_KINDS or ratio != round(ratio):
            return None
        rect = self._halo_rect()
        key = (rect.x(), rect.y(), rect.width(), rect.height(), self.disc_radius_px(),
               self._glow_level(self._seconds), self._palette.name, self._backdrop is None)
        if self._still is not None and self._still[0] == key:
            return self._still[1], self._still[2]
        if self._still is not None and self._still[0][:5] == key[:5] \
                and self._still[0][6:] == key[6:]:
            # Only the glow stepped: it changes no pixel but those around the disc's edge,
            # so only those are drawn again, in place.
            _key, rect, pixmap = self._still
            painter = QPainter(pixmap)
            painter.translate(-rect.x(), -rect.y())
            halo, disc = self._hold_layers(rect)
            opacity = self._glow_opacity()
            # Band by band, each a plain copy of the same rectangle from each layer (a
            # copy clipped to a region of many rectangles takes Qt's slow path).
            for band in self._glow_region():  # type: ignore[attr-defined]
                target = QRectF(band)
                source = QRectF(target.translated(-rect.x(), -rect.y()))
                source = QRectF(source.x() * ratio, source.y() * ratio,
                                source.width() * ratio, source.height() * ratio)
                self._paint_backdrop(painter, band)
                painter.setOpacity(opacity)
                painter.drawPixmap(target, halo, source)
                painter.setOpacity(1.0)
                painter.drawPixmap(target, disc, source)
            painter.end()
            self._still = (key, rect, pixmap)
            return rect, pixmap
        pixmap = QPixmap(rect.size() * round(ratio))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.translate(-rect.x(), -rect.y())
        self._paint_backdrop(painter, rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_glow_and_disc(painter, hold=True)
        painter.end()
        self._still = (key, rect, pixmap)
        return rect, pixmap

    def _hold_layers(self, rect: QRect) -> tuple[QPixmap, QPixmap]:
        """The hold's halo (at full strength) and disc as the still picture lays them,
        each on a clear picture of `rect`: a glow step copies them one to one.

        Not the halo and disc scaled into place again: Qt's raster engine samples a
        scaled copy clipped to a region of many rectangles from where each span starts,
        which lands a level off here and there; these layers are drawn once, unclipped,
        exactly as a whole still picture draws them, and a plain copy is exact.
        """
        key = (rect.x(), rect.y(), rect.width(), rect.height(), self.disc_radius_px(),
               self._palette.name)
        if self._hold_layers_kept is not None and self._hold_layers_kept[0] == key:
            return self._hold_layers_kept[1], self._hold_layers_kept[2]
        ratio = self._ratio
        c = self._centre()
        r = self._outer_radius() * self._scale()
        layers = []
        for part in ("halo", "disc"):
            pixmap = QPixmap(rect.size() * round(ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.translate(-rect.x(), -rect.y())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if part == "halo":
                self._paint_halo(painter, c, r)
            else:
                self._paint_disc(painter, c, r)
            painter.end()
            layers.append(pixmap)
        self._hold_layers_kept = (key, layers[0], layers[1])
        return layers[0], layers[1]

    def _paint_halo(self, painter: QPainter, c: QPointF, r: float) -> None:
        """The hold's halo around a disc of radius `r` at `c`, at the painter's opacity
        (the still picture and its glow layer draw it the same way, so a copy is exact)."""
        reach = r + HALO_S
        halo = self._halo_pixmap(r)
        painter.drawPixmap(QRectF(c.x() - reach, c.y() - reach, 2 * reach, 2 * reach),
                           halo, QRectF(0, 0, halo.width(), halo.height()))

    def _glow_opacity(self) -> float:
        return 0.35 + 0.65 * self._glow_level(self._seconds) / GLOW_STEPS

    def _paint_ring(self, painter: QPainter, hold: bool) -> None:
        c = self._centre()
        ring_r = self._ring_radius()
        pen = QPen(self._accent if not hold else self._glow, RING_PEN)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(c.x() - ring_r, c.y() - ring_r, 2 * ring_r, 2 * ring_r),
                        90 * 16, self._ring_span())

    def _square_corners(self) -> list[QPointF]:
        c = self._centre()
        side = self._outer_radius() * 1.5
        left, top = c.x() - side / 2, c.y() - side / 2
        # Each phase travels one side: in up the left, hold along the top,
        # out down the right, hold along the bottom.
        return [QPointF(left, top + side), QPointF(left, top),
                QPointF(left + side, top), QPointF(left + side, top + side)]

    def _square_inner(self) -> float:
        side = self._outer_radius() * 1.5
        return side * (0.45 + 0.4 * (0.7 if self.reduced_motion else self.fill))

    def _square_dot(self) -> QPointF | None:
        """Where the travelling dot is (None: no dot this frame)."""
        index = SQUARE_SIDES.get(self.kind)
        if index is None or not self.active:
            return None
        corners = self._square_corners()
        t = min(max(self.progress, 0.0), 1.0)
        start, end = corners[index], corners[(index + 1) % 4]
        return QPointF(start.x() + (end.x() - start.x()) * t,
                       start.y() + (end.y() - start.y()) * t)

    def _paint_square(self, painter: QPainter) -> None:
        c = self._centre()
        corners = self._square_corners()
        inner = self._square_inner()
        core, edge = self._disc_colours()
        rect = QRectF(c.x() - inner / 2, c.y() - inner / 2, inner, inner)
        gradient = QRadialGradient(c, inner * 0.75)
        gradient.setColorAt(0.0, mix(core, QColor("#FFFFFF"), 0.3))
        gradient.setColorAt(1.0, edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawRoundedRect(rect, inner * 0.12, inner * 0.12)
        dot = self._square_dot()
        index = SQUARE_SIDES.get(self.kind)
        if dot is None or index is None:
            return
        start = corners[index]
        pen = QPen(self._accent, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for k in range(index):
            painter.drawLine(corners[k], corners[k + 1])
        painter.drawLine(start, dot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._accent)
        painter.drawEllipse(dot, 10, 10)
