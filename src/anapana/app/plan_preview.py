"""A session at a glance: its pace over time, its parts as bands, bells and steps marked.

A body scan's steps are labelled blocks on the timeline. In a session that is only a
body scan (no pace to draw) the upright axis becomes the body, feet to head, so the
scan climbs as a staircase of blocks and "whole body" spans it all; where breathing
segments share the preview, the steps sit as a row of blocks along its foot.

A plain widget painted with QPainter (as the breath curve is), not a pyqtgraph plot: the
library then needs neither pyqtgraph nor numpy (about 70 MB resident, most of what the
app held while playing). What is drawn is worked out once per plan and size
(`PreviewLayout`); a paint only strokes it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from anapana.core.body_areas import WHOLE_BODY
from anapana.core.plan import BREATH_KINDS, Plan

from .theme import LIGHT, Palette
from .translations import QT_TRANSLATE_NOOP


def pace_points(plan: Plan) -> tuple[list[float], list[float]]:
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
    return xs, ys


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


def nice_step(span: float, pixels: float, min_px: float) -> float:
    """A tick step of 1, 2 or 5 times a power of ten, at least `min_px` apart."""
    if span <= 0 or pixels <= 0:
        return 1.0
    raw = span / max(pixels / min_px, 1.0)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for multiple in (1.0, 2.0, 5.0, 10.0):
        if multiple * magnitude >= raw * 0.999:
            return multiple * magnitude
    return 10.0 * magnitude


def tick_values(low: float, high: float, step: float) -> list[float]:
    first = math.ceil(low / step - 1e-9)
    last = math.floor(high / step + 1e-9)
    return [round(k * step, 10) for k in range(first, last + 1)]


def tick_text(value: float) -> str:
    """An axis number as the interface language writes it (`0.5`, in German `0,5`)."""
    return QLocale().toString(value, "g", 6)


@dataclass(frozen=True, slots=True)
class Label:
    """A text drawn at `rect` (widget pixels), already shortened to the room it has."""

    text: str
    rect: QRectF
    muted: bool


@dataclass(slots=True)
class PreviewLayout:
    """Everything a paint draws, in widget pixels (worked out per plan, size and font)."""

    plot: QRectF
    bands: list[tuple[QRectF, int]]
    pace: QPainterPath
    bells: list[QPointF]
    blocks: list[tuple[QRectF, StepBlock, bool]]
    """Each step's rectangle, its block and whether it spans the whole body (faint)."""
    labels: list[Label]
    segment_titles: list[Label]
    x_ticks: list[tuple[float, str]]
    y_ticks: list[tuple[float, str]]
    """Pixel positions along the axis and the words beside them."""
    left_title: str
    bottom_title: str


TICK_PX = 5.0
TEXT_PAD = 3.0
"""A label starts this far inside its place and stops as far before its room ends."""


class PlanPreview(QWidget):
    """The plan preview: bands for the segments, the pace as a line, bells as small
    triangles and body-scan steps as labelled blocks; hovering a block names its step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Session preview"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self._palette = LIGHT
        self._plan: Plan | None = None
        self._layout: PreviewLayout | None = None
        self._laid_out_for: tuple[int, int, str] | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._laid_out_for = None
        self.update()

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._laid_out_for = None
        self.update()

    # -- what is shown (for paints, tool tips and tests) ----------------------------
    def layout_now(self) -> PreviewLayout | None:
        """The layout for the current plan, size and font (worked out when these change)."""
        if self._plan is None:
            return None
        key = (self.width(), self.height(), self.font().key())
        if self._layout is None or key != self._laid_out_for:
            self._layout = self._lay_out(self._plan)
            self._laid_out_for = key
        return self._layout

    def segment_titles(self) -> list[tuple[str, QRectF]]:
        """The segment titles shown (shortened where their band is narrow) and their rects."""
        layout = self.layout_now()
        return [] if layout is None else [(t.text, t.rect) for t in layout.segment_titles
                                          if t.text]

    def step_labels(self) -> list[str]:
        """Each step block's label as shown ("" where there is no room for it)."""
        layout = self.layout_now()
        return [] if layout is None else [label.text for label in layout.labels]

    def step_rects(self) -> list[tuple[QRectF, str]]:
        """Each step block's rectangle and the step's words (its tool tip)."""
        layout = self.layout_now()
        return [] if layout is None else [(rect, block.text)
                                          for rect, block, _ in layout.blocks]

    def left_ticks(self) -> list[str]:
        layout = self.layout_now()
        return [] if layout is None else [text for _, text in layout.y_ticks]

    # -- layout ----------------------------------------------------------------------
    def _lay_out(self, plan: Plan) -> PreviewLayout:
        metrics = QFontMetricsF(self.font())
        line_h = metrics.height()
        xs, ys = pace_points(plan)
        finite = [y for y in ys if math.isfinite(y)]
        has_pace = bool(finite)
        has_steps = any(ph.kind == "step" for ph in plan.phases)
        body_axis = has_steps and not has_pace
        top = max(max(finite) * 1.25 if has_pace else 10.0, 4.0)
        if body_axis:
            top = 11.6  # the segments' titles above the head
        y_max = top * 1.12
        total_min = max(plan.total_s / 60, 0.1)
        x_min, x_max = -0.01 * total_min, total_min * 1.01

        left_title = self.tr("breaths / min") if has_pace else ""
        bottom_title = self.tr("minutes")
        # The plot's height first (it sets the pace ticks), then the left margin from
        # the widest tick word.
        plot_top = 6.0
        plot_bottom = self.height() - (TICK_PX + line_h + 2 + line_h + 4)
        plot_h = max(plot_bottom - plot_top, 1.0)
        if body_axis:
            y_values = [(at, QCoreApplication.translate("PlanPreview", word))
                        for at, word in BODY_TICKS]
        else:
            step = nice_step(y_max, plot_h, 16.0)
            y_values = [(v, tick_text(v)) for v in tick_values(0.0, y_max, step) if v > 0]
        tick_w = max((metrics.horizontalAdvance(t) for _, t in y_values), default=0.0)
        plot_left = 4.0 + (line_h + 4 if left_title else 0.0) + tick_w + TICK_PX + 4
        plot_right = self.width() - max(metrics.horizontalAdvance(tick_text(total_min)) / 2 + 2,
                                        10.0)
        plot = QRectF(plot_left, plot_top, max(plot_right - plot_left, 1.0), plot_h)
        sx = plot.width() / (x_max - x_min)
        sy = plot.height() / y_max

        def px(x: float) -> float:
            return plot.left() + (x - x_min) * sx

        def py(y: float) -> float:
            return plot.bottom() - y * sy

        x_step = nice_step(x_max - x_min, plot.width(), 45.0)
        x_ticks = [(px(v), tick_text(v)) for v in tick_values(0.0, x_max, x_step)]
        y_ticks = [(py(v), text) for v, text in y_values]

        bands: list[tuple[QRectF, int]] = []
        titles: list[Label] = []
        for segment in plan.segments:
            x0 = segment.start_s / 60
            x1 = (segment.start_s + segment.duration_s) / 60
            if x1 <= x0:
                continue
            band = QRectF(QPointF(px(x0), plot.top()), QPointF(px(x1), plot.bottom()))
            bands.append((band, segment.index))
            shown = self._fit(metrics, segment.title, band.width() - 2 * TEXT_PAD)
            titles.append(Label(shown, QRectF(band.left() + TEXT_PAD, py(top) + TEXT_PAD,
                                              metrics.horizontalAdvance(shown), line_h), True))

        pace = QPainterPath()
        drawing = False
        for x, y in zip(xs, ys, strict=True):
            if not (math.isfinite(x) and math.isfinite(y)):
                drawing = False
            elif drawing:
                pace.lineTo(px(x), py(y))
            else:
                pace.moveTo(px(x), py(y))
                drawing = True
        bells = [QPointF(px(c.at_s / 60), py(top * 0.08)) for c in plan.cues
                 if c.event == "bell"]

        blocks: list[tuple[QRectF, StepBlock, bool]] = []
        labels: list[Label] = []
        if has_steps:
            steps = step_blocks(plan, body_axis, top * 0.03, top * 0.22)
            for number, block in enumerate(steps):
                rect = QRectF(QPointF(px(block.x0), py(block.y1)),
                              QPointF(px(block.x1), py(block.y0)))
                whole = body_axis and block.y1 - block.y0 >= 10.0
                blocks.append((rect, block, whole))
                labels.append(self._block_label(metrics, steps, number, rect, whole,
                                                body_axis, sx))
        return PreviewLayout(plot, bands, pace, bells, blocks, labels, titles, x_ticks,
                             y_ticks, left_title, bottom_title)

    @staticmethod
    def _fit(metrics: QFontMetricsF, text: str, room: float) -> str:
        """`text` shortened to `room` pixels; nothing when fewer than three letters fit."""
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0.0))
        return shown if len(shown.rstrip("…")) >= 3 else ""

    def _block_label(self, metrics: QFontMetricsF, blocks: list[StepBlock], number: int,
                     rect: QRectF, whole: bool, body_axis: bool, per_minute: float) -> Label:
        block = blocks[number]
        line_h = metrics.height()
        if body_axis and not whole:
            # On the body axis the scan climbs, so the room above the earlier (lower)
            # blocks is free: a label ends at its block's right edge and reaches left,
            # back to the last earlier block as high as this one (a whole-body block,
            # drawn faintly, does not count).
            start = max((b.x1 for b in blocks[:number]
                         if b.y1 >= block.y1 and b.y1 - b.y0 < 10.0), default=0.0)
            shown = self._fit(metrics, block.text,
                              (block.x1 - start) * per_minute - 2 * TEXT_PAD)
            width = metrics.horizontalAdvance(shown)
            return Label(shown, QRectF(rect.right() - TEXT_PAD - width, rect.top() - line_h,
                                       width, line_h), False)
        shown = self._fit(metrics, block.text, rect.width() - 2 * TEXT_PAD)
        width = metrics.horizontalAdvance(shown)
        # A whole-body block carries its label inside, under its top; beside breathing,
        # the label sits on its block.
        y = rect.top() + TEXT_PAD if whole else rect.top() - line_h
        return Label(shown, QRectF(rect.left() + TEXT_PAD, y, width, line_h), False)

    # -- events ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            layout = self.layout_now()
            hit = None if layout is None else next(
                (block.text for rect, block, _ in reversed(layout.blocks)
                 if rect.contains(QPointF(event.pos()))), None)
            if hit:
                QToolTip.showText(event.globalPos(), hit, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_now()
        painter = QPainter(self)
        p = self._palette
        painter.fillRect(self.rect(), QColor(p.surface))
        if layout is None:
            painter.end()
            return
        plot = layout.plot
        painter.setFont(self.font())
        band_colours = [QColor(p.sand), QColor(p.window)]
        for band, index in layout.bands:
            colour = QColor(band_colours[index % 2])
            colour.setAlphaF(0.75)
            painter.fillRect(band.intersected(plot), colour)
        grid = QColor(p.line)
        grid.setAlphaF(0.15)
        painter.setPen(QPen(grid, 1))
        for y, _text in layout.y_ticks:
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(p.muted))
        for title in layout.segment_titles:
            if title.text:
                painter.drawText(title.rect, Qt.AlignmentFlag.AlignLeft, title.text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setClipRect(plot)
        if not layout.pace.isEmpty():
            pace_pen = QPen(QColor(p.indigo), 2.5)
            pace_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.strokePath(layout.pace, pace_pen)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.accent))
        for bell in layout.bells:
            painter.drawPolygon(QPolygonF([bell + QPointF(0, -5.5), bell + QPointF(5.5, 4.0),
                                           bell + QPointF(-5.5, 4.0)]))
        fill, faint = QColor(p.figure_core), QColor(p.glow)
        faint.setAlphaF(0.18)
        painter.setPen(QPen(QColor(p.figure_edge), 1))
        for number, (rect, _block, whole) in enumerate(layout.blocks):
            colour = QColor(faint if whole else fill)
            if not whole:
                colour.setAlphaF(0.9 if number % 2 == 0 else 0.65)
            painter.setBrush(colour)
            painter.drawRect(rect)
        painter.restore()
        painter.setPen(QColor(p.text))
        for label in layout.labels:
            if label.text:
                painter.drawText(label.rect, Qt.AlignmentFlag.AlignLeft, label.text)
        self._paint_axes(painter, layout)
        painter.end()

    def _paint_axes(self, painter: QPainter, layout: PreviewLayout) -> None:
        p = self._palette
        plot = layout.plot
        metrics = QFontMetricsF(self.font())
        line_h = metrics.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(p.line), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for x, _text in layout.x_ticks:
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK_PX))
        for y, _text in layout.y_ticks:
            painter.drawLine(QPointF(plot.left() - TICK_PX, y), QPointF(plot.left(), y))
        painter.setPen(QColor(p.muted))
        for x, text in layout.x_ticks:
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x - width / 2 - 1, plot.bottom() + TICK_PX + 1, width + 2,
                                    line_h), Qt.AlignmentFlag.AlignHCenter, text)
        for y, text in layout.y_ticks:
            painter.drawText(QRectF(0, y - line_h / 2, plot.left() - TICK_PX - 3, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.drawText(QRectF(plot.left(), plot.bottom() + TICK_PX + line_h + 2,
                                plot.width(), line_h), Qt.AlignmentFlag.AlignHCenter,
                         layout.bottom_title)
        if layout.left_title:
            painter.save()
            painter.translate(4.0, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line_h),
                             Qt.AlignmentFlag.AlignHCenter, layout.left_title)
            painter.restore()
