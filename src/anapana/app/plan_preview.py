"""A session at a glance: its pace over time, its parts as bands, bells and steps marked.

A body scan's steps are labelled blocks on the timeline. In a session that is only a
body scan (no pace to draw) the upright axis becomes the body, feet to head, so the
scan climbs as a staircase of blocks and "whole body" spans it all; where breathing
segments share the preview, the steps sit as a row of blocks along its foot.

Imports pyqtgraph: import this module lazily (the library creates it after showing).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from anapana.core.body_areas import WHOLE_BODY
from anapana.core.plan import BREATH_KINDS, Plan

from .theme import LIGHT, Palette
from .translations import QT_TRANSLATE_NOOP


def pace_points(plan: Plan) -> tuple[np.ndarray, np.ndarray]:
    """(minutes, breaths per minute) at each breath cycle; NaN between segments."""
    cycles: dict[tuple[int, int], list[float]] = {}
    for phase in plan.phases:
        if phase.kind in BREATH_KINDS and phase.cycle is not None:
            found = cycles.setdefault((phase.segment, phase.cycle), [phase.start_s, 0.0])
            found[1] += phase.duration_s or 0.0
    xs: list[float] = []
    ys: list[float] = []
    previous: int | None = None
    for (segment, _cycle), (start, length) in cycles.items():
        if length <= 0:
            continue
        if previous is not None and segment != previous:
            xs.append(float("nan"))
            ys.append(float("nan"))
        xs.append(start / 60)
        ys.append(60 / length)
        previous = segment
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


AREA_HEIGHT: dict[str, tuple[float, float]] = {
    "feet": (0.0, 1.0), "lower legs": (1.0, 2.0), "knees": (2.0, 3.0), "thighs": (3.0, 4.0),
    "hips and pelvis": (4.0, 5.0), "hands": (4.0, 5.0), "belly": (5.0, 6.0),
    "arms": (5.0, 7.0), "back": (5.0, 7.0), "chest": (6.0, 7.0), "shoulders": (7.0, 8.0),
    "neck and throat": (8.0, 9.0), "face": (9.0, 10.0), "head": (9.0, 10.0),
    WHOLE_BODY: (0.0, 10.0),
}
"""Where each area sits on the body axis of a body scan's preview (feet 0, head 10)."""
BODY_TICKS = [(0.5, QT_TRANSLATE_NOOP("PlanPreview", "feet")),
              (2.5, QT_TRANSLATE_NOOP("PlanPreview", "knees")),
              (4.5, QT_TRANSLATE_NOOP("PlanPreview", "hips")),
              (6.5, QT_TRANSLATE_NOOP("PlanPreview", "chest")),
              (9.5, QT_TRANSLATE_NOOP("PlanPreview", "head"))]


@dataclass(frozen=True, slots=True)
class StepBlock:
    """One body-scan step as a block: minutes along, body height (or a lane) up."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float


def step_blocks(plan: Plan, body_axis: bool, low: float = 0.0,
                high: float = 1.0) -> list[StepBlock]:
    """The blocks of a plan's body-scan steps (an open step is drawn a few seconds wide).

    On the body axis a block spans the heights of its areas (a step naming none spans
    the whole body, faintly); otherwise every block fills the band from `low` to `high`.
    """
    blocks: list[StepBlock] = []
    for phase in plan.phases:
        if phase.kind != "step":
            continue
        x0 = phase.start_s / 60
        x1 = (phase.start_s + (phase.duration_s or 5.0)) / 60
        y0, y1 = low, high
        if body_axis:
            spans = [AREA_HEIGHT[a] for a in (phase.areas or ()) if a in AREA_HEIGHT]
            y0 = min((a for a, _ in spans), default=0.0)
            y1 = max((b for _, b in spans), default=10.0)
        blocks.append(StepBlock(phase.text or "", x0, x1, y0, y1))
    return blocks


class PlanPreview(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=None)
        self.setAccessibleName(self.tr("Session preview"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(200)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.15)
        self._palette = LIGHT
        self._plan: Plan | None = None
        self._labels: list[tuple[pg.TextItem, StepBlock, str]] = []
        self._segment_labels: list[tuple[pg.TextItem, float, float, str]] = []
        """Segment titles over their bands, shortened to the band's width like blocks."""
        self._body_axis = False
        self._shown_width = 0

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.setBackground(QColor(palette.surface))
        if self._plan is not None:
            self.show_plan(self._plan)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Qt may resize the plot while pyqtgraph is still building it, before our fields.
        if (getattr(self, "_labels", None) or getattr(self, "_segment_labels", None)) \
                and abs(self.width() - self._shown_width) > 4:
            self._fit_labels()

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._labels = []
        self._segment_labels = []
        p = self._palette
        item = self.getPlotItem()
        item.clear()
        text_pen = QPen(QColor(p.muted))
        font = QFont(self.font())
        for axis_name in ("left", "bottom"):
            axis = item.getAxis(axis_name)
            axis.setPen(QPen(QColor(p.line)))
            axis.setTextPen(text_pen)
            axis.setStyle(tickFont=font)
        item.setLabel("bottom", self.tr("minutes"), color=p.muted)
        xs, ys = pace_points(plan)
        has_pace = bool(len(ys)) and bool(np.isfinite(ys).any())
        has_steps = any(ph.kind == "step" for ph in plan.phases)
        body_axis = has_steps and not has_pace
        top = float(np.nanmax(ys)) * 1.25 if has_pace else 10.0
        top = max(top, 4.0)
        if body_axis:
            top = 11.6  # the segments' titles above the head
        item.setLabel("left", self.tr("breaths / min") if has_pace else "", color=p.muted)
        left = item.getAxis("left")
        left.setTicks([[(at, QCoreApplication.translate("PlanPreview", word))
                        for at, word in BODY_TICKS]] if body_axis else None)
        total_min = max(plan.total_s / 60, 0.1)
        band_colours = [QColor(p.sand), QColor(p.window)]
        for segment in plan.segments:
            x0 = segment.start_s / 60
            x1 = (segment.start_s + segment.duration_s) / 60
            if x1 <= x0:
                continue
            colour = QColor(band_colours[segment.index % 2])
            colour.setAlphaF(0.75)
            band = pg.LinearRegionItem((x0, x1), movable=False, brush=colour,
                                       pen=QPen(Qt.PenStyle.NoPen))
            band.setZValue(-10)
            item.addItem(band)
            label = pg.TextItem("", color=QColor(p.muted), anchor=(0, 0))
            label.setFont(font)
            label.setPos(x0, top)
            item.addItem(label)
            self._segment_labels.append((label, x0, x1, segment.title))
        if has_pace:
            pen = QPen(QColor(p.indigo), 2.5)
            pen.setCosmetic(True)
            item.plot(xs, ys, pen=pen, connect="finite")
        bells = [c.at_s / 60 for c in plan.cues if c.event == "bell"]
        if bells:
            item.plot(bells, [top * 0.08] * len(bells), pen=None, symbol="t1", symbolSize=11,
                      symbolBrush=QColor(p.accent), symbolPen=None)
        if has_steps:
            blocks = step_blocks(plan, body_axis, top * 0.03, top * 0.22)
            self._add_blocks(blocks, body_axis)
        item.setXRange(0, total_min, padding=0.01)
        item.setYRange(0, top * 1.12, padding=0)
        self._fit_labels()

    def _add_blocks(self, blocks: list[StepBlock], body_axis: bool) -> None:
        p = self._palette
        item = self.getPlotItem()
        fill, edge = QColor(p.figure_core), QColor(p.figure_edge)
        faint = QColor(p.glow)
        faint.setAlphaF(0.18)
        for number, block in enumerate(blocks):
            rect = QGraphicsRectItem(QRectF(block.x0, block.y0, block.x1 - block.x0,
                                            block.y1 - block.y0))
            whole = body_axis and block.y1 - block.y0 >= 10.0
            colour = QColor(faint if whole else fill)
            if not whole:
                colour.setAlphaF(0.9 if number % 2 == 0 else 0.65)
            rect.setBrush(QBrush(colour))
            pen = QPen(edge, 1)
            pen.setCosmetic(True)
            rect.setPen(pen)
            rect.setToolTip(block.text)
            item.addItem(rect)
            # On the body axis the scan climbs, so the room above the earlier (lower)
            # blocks is free: a label ends at its block's right edge and reaches left.
            # A whole-body block carries its label inside, under its top.
            if whole or not body_axis:
                label = pg.TextItem("", color=QColor(p.text),
                                    anchor=(0, 0) if whole else (0, 1))
                label.setPos(block.x0, block.y1)
            else:
                label = pg.TextItem("", color=QColor(p.text), anchor=(1, 1))
                label.setPos(block.x1, block.y1)
            label.setFont(QFont(self.font()))
            item.addItem(label)
            self._labels.append((label, block, block.text))
        self._body_axis = body_axis

    def _fit_labels(self) -> None:
        """Each block's and segment's label, shortened to the room it has (a short
        opening segment beside a long one would otherwise print over its neighbour)."""
        if self._plan is None:
            return
        self._shown_width = self.width()
        span = max(self._plan.total_s / 60, 0.1) * 1.02
        per_minute = max(self.getPlotItem().vb.width(), 50.0) / span
        metrics = QFontMetricsF(self.font())
        for label, x0, x1, text in self._segment_labels:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                       (x1 - x0) * per_minute - 4)
            label.setText(shown if len(shown.rstrip("…")) >= 3 else "")
        blocks = [block for _, block, _ in self._labels]
        for number, (label, block, text) in enumerate(self._labels):
            if self._body_axis and block.y1 - block.y0 < 10.0:
                # Back to the last earlier block as high as this one (a whole-body block,
                # drawn faintly, does not count).
                start = max((b.x1 for b in blocks[:number]
                             if b.y1 >= block.y1 and b.y1 - b.y0 < 10.0), default=0.0)
                room = (block.x1 - start) * per_minute - 6
            else:
                room = (block.x1 - block.x0) * per_minute - 4
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            label.setText(shown if len(shown.rstrip("…")) >= 3 else "")
