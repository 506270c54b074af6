"""A session at a glance: its pace over time, its parts as bands, bells and steps marked.

Imports pyqtgraph: import this module lazily (the library creates it after showing).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QWidget

from anapana.core.plan import BREATH_KINDS, Plan

from .theme import LIGHT, Palette


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


class PlanPreview(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=None)
        self.setAccessibleName("Session preview")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(200)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.15)
        self._palette = LIGHT
        self._plan: Plan | None = None

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.setBackground(QColor(palette.surface))
        if self._plan is not None:
            self.show_plan(self._plan)

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
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
        item.setLabel("bottom", "minutes", color=p.muted)
        xs, ys = pace_points(plan)
        has_pace = bool(len(ys)) and bool(np.isfinite(ys).any())
        top = float(np.nanmax(ys)) * 1.25 if has_pace else 10.0
        top = max(top, 4.0)
        item.setLabel("left", "breaths / min" if has_pace else "", color=p.muted)
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
            label = pg.TextItem(segment.title, color=QColor(p.muted), anchor=(0, 0))
            label.setFont(font)
            label.setPos(x0, top)
            item.addItem(label)
        if has_pace:
            pen = QPen(QColor(p.indigo), 2.5)
            pen.setCosmetic(True)
            item.plot(xs, ys, pen=pen, connect="finite")
        bells = [c.at_s / 60 for c in plan.cues if c.event == "bell"]
        if bells:
            item.plot(bells, [top * 0.08] * len(bells), pen=None, symbol="t1", symbolSize=11,
                      symbolBrush=QColor(p.accent), symbolPen=None)
        steps = [ph.start_s / 60 for ph in plan.phases if ph.kind == "step"]
        if steps:
            item.plot(steps, [top * 0.08] * len(steps), pen=None, symbol="o", symbolSize=7,
                      symbolBrush=QColor(p.glow), symbolPen=None)
        item.setXRange(0, total_min, padding=0.01)
        item.setYRange(0, top * 1.12, padding=0)
