"""The body map: a calm outline of a body in which the area being scanned glows softly.

Shown in the player in place of the breathing figure during a body scan. The outline is
one gender-neutral figure made of soft shapes (`body_paths`, in its own units, scaled
to fit), so it stays sharp at any size and in both themes. The area being scanned
glows; the next area is faintly marked; "whole body" lights all of it. With reduced
motion the highlight is steady. A step about one side lights that half only; the figure
faces you like a mirror, so your left side is on the left of the screen.

Cheap to repaint: the outline, the next-area mark and the lit area are drawn once into
a pixmap per size, theme and pair of areas; the soft glow around the lit area is a second
pixmap whose opacity alone changes. The widget repaints only when the areas change or
the glow has visibly moved on (a few dozen steps per breath of the glow, not every frame).
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from anapana.core.body_areas import AREAS, WHOLE_BODY

from .theme import LIGHT, Palette
from .translations import QT_TRANSLATE_NOOP, arg

GLOW_PERIOD_S = 6.0
"""One slow swell of the glow: calmer than a breath."""
GLOW_STEPS = 24
"""Glow levels per swell; the widget repaints only when the level changes."""
BODY_BOUNDS = QRectF(8.0, 2.0, 104.0, 246.0)
"""The outline's extent in its own units (x 8–112, y 2–248), margins included."""


def _capsule(x0: float, y0: float, x1: float, y1: float, width: float) -> QPainterPath:
    line = QPainterPath(QPointF(x0, y0))
    line.lineTo(x1, y1)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(line).simplified()


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _band(path: QPainterPath, top: float, bottom: float) -> QPainterPath:
    box = QPainterPath()
    box.addRect(QRectF(0.0, top, 120.0, bottom - top))
    return path.intersected(box).simplified()


def _pair(left: QPainterPath) -> QPainterPath:
    """A shape on the left side of the body and its mirror image on the right."""
    mirror = QTransform(-1.0, 0.0, 0.0, 1.0, 120.0, 0.0)
    return left.united(mirror.map(left)).simplified()


@cache
def body_paths() -> dict[str, QPainterPath]:
    """Every area's shape in body units (a figure 120 wide and 250 tall, facing us)."""
    head = _ellipse(60, 24, 15, 18)
    face = _ellipse(60, 27.5, 10.5, 12.5)
    neck = QPainterPath()
    neck.addRoundedRect(QRectF(53, 36, 14, 18), 4, 4)
    torso = QPainterPath()
    torso.addRoundedRect(QRectF(38, 50, 44, 80), 13, 13)
    shoulders = _pair(_ellipse(39.5, 58, 9.5, 8))
    arms = _pair(_capsule(33, 64, 23, 126, 12.5))
    hands = _pair(_ellipse(21, 137, 6.5, 9.5))
    legs = _pair(_capsule(50.5, 128, 48.5, 226, 17))
    feet = _pair(_ellipse(45.5, 236, 9, 6.5))
    # The back cannot be seen from the front: it shows as the trunk's edge, lit from behind.
    stroker = QPainterPathStroker()
    stroker.setWidth(11)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    back = _band(stroker.createStroke(torso).intersected(torso), 50, 113)
    paths = {
        "head": head,
        "face": face,
        "neck and throat": neck.subtracted(head).simplified(),
        "shoulders": shoulders,
        "chest": _band(torso, 50, 86),
        "belly": _band(torso, 86, 113),
        "back": back,
        "hips and pelvis": _band(torso.united(legs), 113, 138),
        "arms": arms.subtracted(shoulders).simplified(),
        "hands": hands,
        "thighs": _band(legs, 138, 176),
        "knees": _band(legs, 176, 190),
        "lower legs": _band(legs, 190, 240).subtracted(feet).simplified(),
        "feet": feet,
    }
    whole = QPainterPath()
    for shape in (head, neck, torso, shoulders, arms, hands, legs, feet):
        whole = whole.united(shape)
    paths[WHOLE_BODY] = whole.simplified()
    assert set(paths) == set(AREAS), "every area of the vocabulary needs a shape"
    return paths


@lru_cache(maxsize=64)
def area_path(areas: tuple[str, ...], side: str | None = None) -> QPainterPath:
    """The union of some areas' shapes (empty for none), on one side only if given.

    Kept once made (a scan has a few dozen steps): uniting shapes is the slow part of
    drawing a new step. Callers must not change the path they are given."""
    paths = body_paths()
    if WHOLE_BODY in areas:
        shape = paths[WHOLE_BODY]
    else:
        shape = QPainterPath()
        for area in areas:
            if area in paths:
                shape = shape.united(paths[area])
    if side in ("left", "right"):
        half = QPainterPath()
        half.addRect(QRectF(-10.0, -10.0, 70.0, 270.0) if side == "left"
                     else QRectF(60.0, -10.0, 70.0, 270.0))
        shape = shape.intersected(half)
    return shape.simplified()


_ONE_SIDE = {"feet": "foot", "lower legs": "lower leg", "knees": "knee", "thighs": "thigh",
             "hips and pelvis": "hip", "hands": "hand", "arms": "arm",
             "shoulders": "shoulder", WHOLE_BODY: "side of the body"}
"""How an area reads when only one side of it is meant ("the left foot")."""

_AREA_WORDS = (
    QT_TRANSLATE_NOOP("BodyMap", "feet"), QT_TRANSLATE_NOOP("BodyMap", "lower legs"),
    QT_TRANSLATE_NOOP("BodyMap", "knees"), QT_TRANSLATE_NOOP("BodyMap", "thighs"),
    QT_TRANSLATE_NOOP("BodyMap", "hips and pelvis"), QT_TRANSLATE_NOOP("BodyMap", "belly"),
    QT_TRANSLATE_NOOP("BodyMap", "chest"), QT_TRANSLATE_NOOP("BodyMap", "back"),
    QT_TRANSLATE_NOOP("BodyMap", "hands"), QT_TRANSLATE_NOOP("BodyMap", "arms"),
    QT_TRANSLATE_NOOP("BodyMap", "shoulders"), QT_TRANSLATE_NOOP("BodyMap", "neck and throat"),
    QT_TRANSLATE_NOOP("BodyMap", "face"), QT_TRANSLATE_NOOP("BodyMap", "head"),
    QT_TRANSLATE_NOOP("BodyMap", "whole body"),
    QT_TRANSLATE_NOOP("BodyMap", "foot"), QT_TRANSLATE_NOOP("BodyMap", "lower leg"),
    QT_TRANSLATE_NOOP("BodyMap", "knee"), QT_TRANSLATE_NOOP("BodyMap", "thigh"),
    QT_TRANSLATE_NOOP("BodyMap", "hip"), QT_TRANSLATE_NOOP("BodyMap", "hand"),
    QT_TRANSLATE_NOOP("BodyMap", "arm"), QT_TRANSLATE_NOOP("BodyMap", "shoulder"),
    QT_TRANSLATE_NOOP("BodyMap", "side of the body"),
)
"""The area words a screen reader hears, listed for the translation tools."""


def _area_word(area: str) -> str:
    return QCoreApplication.translate("BodyMap", area)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class BodyMap(QWidget):
    """Draws the body with its lit and next areas; knows nothing of players or timers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 160)
        self.setAccessibleName(self.tr("Body map"))
        self._palette = LIGHT
        self.reduced_motion = False
        self.areas: tuple[str, ...] = ()
        self.next_areas: tuple[str, ...] = ()
        self.side: str | None = None
        self.next_side: str | None = None
        self.active = False
        self._level = GLOW_STEPS // 2
        self._scene: QPixmap | None = None
        self._scene_key: tuple[object, ...] = ()
        self._glow: QPixmap | None = None
        self._glow_key: tuple[object, ...] = ()
        self.paints = 0
        """How many times the map was painted (tests and benchmarks read it)."""
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(260, 420)

    # -- configuration ---------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        if palette != self._palette:
            self._palette = palette
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        if reduced != self.reduced_motion:
            self.reduced_motion = reduced
            self.update()

    # -- state ---------------------------------------------------------------------
    def show_areas(self, areas: tuple[str, ...], next_areas: tuple[str, ...] = (),
                   seconds: float = 0.0, active: bool = True, side: str | None = None,
                   next_side: str | None = None) -> None:
        """One frame: the areas being scanned (and their side), those next, a running
        time for the glow."""
        following = next_areas
        if next_side == side:
            following = tuple(a for a in next_areas if a not in areas)
        level = self.glow_level(seconds) if active and not self.reduced_motion else GLOW_STEPS
        state = (areas, following, active, side, next_side if following else None)
        changed = state != (self.areas, self.next_areas, self.active, self.side,
                            self.next_side)
        if changed:
            (self.areas, self.next_areas, self.active, self.side,
             self.next_side) = state
            self._describe()
        if changed or (level != self._level and self.areas):
            self._level = level
            self.update()

    @staticmethod
    def glow_level(seconds: float) -> int:
        """0 (faintest) to GLOW_STEPS (brightest) of the slow glow at `seconds`."""
        swell = 0.5 - 0.5 * math.cos(2 * math.pi * seconds / GLOW_PERIOD_S)
        return round(swell * GLOW_STEPS)

    def glow_opacity(self) -> float:
        """The glow's opacity now: steady with reduced motion, else swelling gently."""
        if self.reduced_motion or not self.active:
            return 1.0
        return 0.45 + 0.55 * self._level / GLOW_STEPS

    def _describe(self) -> None:
        def named(areas: tuple[str, ...], side: str | None) -> str:
            joined = self.tr(" and ", "between area names")
            if not side:
                return joined.join(_area_word(a) for a in areas)
            one_side = joined.join(_area_word(_ONE_SIDE.get(a, a)) for a in areas)
            return arg(self.tr("left %1") if side == "left" else self.tr("right %1"),
                       one_side)

        if not self.areas:
            text = self.tr("An outline of a body.")
        elif WHOLE_BODY in self.areas and not self.side:
            text = self.tr("An outline of a body, all of it lit.")
        else:
            text = arg(self.tr("An outline of a body with the %1 lit."),
                       named(self.areas, self.side))
        if self.next_areas:
            text = arg(self.tr("%1 Next: %2.", "the body map's description, then the next areas"),
                       text, named(self.next_areas, self.next_side))
        self.setAccessibleDescription(text)

    # -- painting -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._scene = None
        self._glow = None
        super().resizeEvent(event)

    def _transform(self) -> QTransform:
        margin = 12.0
        w, h = self.width() - 2 * margin, self.height() - 2 * margin
        scale = max(min(w / BODY_BOUNDS.width(), h / BODY_BOUNDS.height()), 0.05)
        dx = self.width() / 2 - (BODY_BOUNDS.center().x()) * scale
        dy = self.height() / 2 - (BODY_BOUNDS.center().y()) * scale
        return QTransform(scale, 0.0, 0.0, scale, dx, dy)

    def _new_pixmap(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(max(1, round(self.width() * ratio)),
                               max(1, round(self.height() * ratio))))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _colours(self) -> dict[str, QColor]:
        p = self._palette
        window, edge = QColor(p.window), QColor(p.figure_edge)
        return {
            "window": window,
            "body": _mix(window, QColor(p.sand), 0.75),
            "outline": _mix(window, edge, 0.55),
            "lit": QColor(p.figure_core),
            "lit_edge": edge,
            "glow": QColor(p.glow),
            "shine": _mix(QColor(p.figure_core), QColor("#FFFFFF"), 0.6),
            "next": _mix(window, QColor(p.glow), 0.22),
            "next_edge": _mix(window, QColor(p.glow), 0.6),
        }

    def _build_scene(self) -> QPixmap:
        """The outline, the next area's faint mark and the lit area, all still."""
        colours = self._colours()
        pixmap = self._new_pixmap()
        pixmap.fill(colours["window"])
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(self._transform())
        scale = self._transform().m11()
        whole = body_paths()[WHOLE_BODY]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours["body"])
        painter.drawPath(whole)
        if self.next_areas:
            following = area_path(self.next_areas, self.next_side)
            painter.setBrush(colours["next"])
            pen = QPen(colours["next_edge"], 1.4 / scale, Qt.PenStyle.DashLine)
            pen.setCosmetic(False)
            painter.setPen(pen)
            painter.drawPath(following)
        if self.areas:
            lit = area_path(self.areas, self.side)
            painter.setPen(QPen(colours["lit_edge"], 1.2 / scale))
            painter.setBrush(colours["lit"])
            painter.drawPath(lit)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours["outline"], 2.0 / scale))
        painter.drawPath(whole)
        painter.end()
        return pixmap

    def _build_glow(self) -> QPixmap:
        """A soft light around and over the lit area: layers of wide, faint strokes."""
        colours = self._colours()
        pixmap = self._new_pixmap()
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(self._transform())
        lit = area_path(self.areas, self.side)
        glow = QColor(colours["glow"])
        # The halo lies around the area, not over it: the area keeps its own colour.
        around = QPainterPath()
        around.addRect(BODY_BOUNDS.adjusted(-20, -20, 20, 20))
        painter.setClipPath(around.subtracted(lit))
        for width, alpha in ((14.0, 0.07), (9.0, 0.09), (5.5, 0.12), (2.5, 0.18)):
            glow.setAlphaF(alpha)
            pen = QPen(glow, width)  # body units: the glow scales with the figure
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(lit)
        painter.setClipping(False)
        light = QColor(colours["shine"])
        light.setAlphaF(0.22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(light))
        painter.drawPath(lit)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        size = (self.width(), self.height(), self.devicePixelRatioF(), self._palette.name)
        scene_key = (*size, self.areas, self.next_areas, self.side, self.next_side)
        if self._scene is None or self._scene_key != scene_key:
            self._scene, self._scene_key = self._build_scene(), scene_key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._scene)
        if self.areas and self.active:
            glow_key = (*size, self.areas, self.side)
            if self._glow is None or self._glow_key != glow_key:
                self._glow, self._glow_key = self._build_glow(), glow_key
            painter.setOpacity(self.glow_opacity())
            painter.drawPixmap(0, 0, self._glow)
        painter.end()
