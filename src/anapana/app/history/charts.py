"""The History page's charts, each with its key: minutes per week (this week marked),
mood before and after by month, mood change by practice, and heart rate by week.

Imports pyqtgraph: import this module lazily.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from anapana.app.history.legend import Entry, Legend
from anapana.app.history.words import TEXT, day_text
from anapana.app.theme import LIGHT, Palette
from anapana.log import history
from anapana.log.heart import HeartWeek
from anapana.log.mood_change import MoodChange
from anapana.log.practice import MOOD_WORDS

PLOT_MIN_HEIGHT = 130
PLOT_MAX_HEIGHT = 190


def month_name(day: date) -> str:
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def quiet_plot(name: str) -> pg.PlotWidget:
    """A plot that only shows: no menu, no zoom, no focus."""
    plot = pg.PlotWidget(background=None)
    plot.setAccessibleName(name)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.setMinimumHeight(PLOT_MIN_HEIGHT)
    plot.setMaximumHeight(PLOT_MAX_HEIGHT)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.15)
    return plot


def style_axes(plot: pg.PlotWidget, palette: Palette) -> pg.PlotItem:
    """Clear the plot and colour its axes for the theme."""
    item = plot.getPlotItem()
    item.clear()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(QPen(QColor(palette.line)))
        axis.setTextPen(QPen(QColor(palette.muted)))
    return item


def thin_ticks(plot: pg.PlotWidget, ticks: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Every other name when they would run together (large text, a narrow window)."""
    room = max(plot.width(), plot.minimumSizeHint().width()) * 0.8
    widest = max((QFontMetrics(plot.font()).horizontalAdvance(f"{t} ") for _x, t in ticks),
                 default=0)
    while ticks and widest * len(ticks) > room and len(ticks) > 1:
        ticks = ticks[::2]
    return ticks


class Chart(QWidget):
    """A plot with its legend under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = quiet_plot(name)
        self.legend = Legend()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)


class WeeksChart(Chart):
    """Minutes practised in each of the past weeks; the current week in its own colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Minutes per week"), parent)
        self.this_week_band: pg.LinearRegionItem | None = None

    def draw(self, weeks: list[tuple[date, float]], palette: Palette) -> None:
        item = style_axes(self.plot, palette)
        heights = np.array([minutes for _monday, minutes in weeks], dtype=float)
        xs = np.arange(len(weeks), dtype=float)
        past = slice(0, max(len(weeks) - 1, 0))
        item.addItem(pg.BarGraphItem(x=xs[past], height=heights[past], width=0.8,
                                     brush=QColor(palette.accent), pen=None))
        this_week = float(heights[-1]) if len(weeks) else 0.0
        if len(weeks):
            # The week still under way: its column shaded (seen even before any practice)
            # and its bar in its own colour.
            shade = QColor(palette.indigo)
            shade.setAlphaF(0.14)
            self.this_week_band = pg.LinearRegionItem(
                values=(xs[-1] - 0.5, xs[-1] + 0.5), movable=False, brush=shade,
                pen=pg.mkPen(None))
            item.addItem(self.this_week_band)
            item.addItem(pg.BarGraphItem(x=xs[-1:], height=heights[-1:], width=0.8,
                                         brush=QColor(palette.indigo), pen=None))
        ticks = [(float(i), month_name(monday)) for i, (monday, _m) in enumerate(weeks)
                 if monday.day <= 7]
        item.getAxis("bottom").setTicks([thin_ticks(self.plot, ticks)])
        item.setXRange(-0.6, len(weeks) - 0.4, padding=0)
        item.setYRange(0, max(30.0, float(heights.max(initial=0.0)) * 1.1), padding=0)
        item.setLabel("left", self.tr("minutes"), color=palette.muted)
        self.legend.set_entries([
            Entry(palette.accent, self.tr("Minutes practised in a week"), "bar"),
            Entry(palette.indigo, TEXT.this_week(this_week), "bar"),  # the band and its bar
        ], palette.text)  # fmt: skip


class MoodChart(Chart):
    """Average mood before (dashed) and after (solid) sessions, month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mood before and after, by month"), parent)

    def draw(self, monthly: list[tuple[date, float, float]], palette: Palette) -> None:
        item = style_axes(self.plot, palette)
        words = [(float(m), TEXT.mood_word(m)) for m in MOOD_WORDS]
        item.getAxis("left").setTicks([words])
        item.setYRange(0.8, 5.2, padding=0)
        self.legend.set_entries([
            Entry(palette.muted, self.tr("Before the session (dashed)"), "dashed"),
            Entry(palette.accent, self.tr("After the session"), "line"),
        ], palette.text)  # fmt: skip
        if not monthly:
            item.getAxis("bottom").setTicks([[]])
            return
        xs = np.arange(len(monthly), dtype=float)
        before = np.array([b for _m, b, _a in monthly], dtype=float)
        after = np.array([a for _m, _b, a in monthly], dtype=float)
        dashed = pg.mkPen(QColor(palette.muted), width=2, style=Qt.PenStyle.DashLine)
        item.addItem(pg.PlotDataItem(xs, before, pen=dashed, symbol="o", symbolSize=5,
                                     symbolBrush=QColor(palette.muted), name="before"))
        item.addItem(pg.PlotDataItem(xs, after, pen=pg.mkPen(QColor(palette.accent), width=2),
                                     symbol="o", symbolSize=6, symbolBrush=QColor(palette.accent),
                                     name="after"))
        ticks = [(float(i), month_name(month)) for i, (month, _b, _a) in enumerate(monthly)]
        item.getAxis("bottom").setTicks([thin_ticks(self.plot, ticks)])
        item.setXRange(-0.5, max(len(monthly) - 0.5, 0.5), padding=0)


class HeartChart(Chart):
    """Mean heart rate and RMSSD of the weeks that had a heart signal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Heart rate and RMSSD by week"), parent)

    def draw(self, weeks: list[HeartWeek], palette: Palette) -> None:
        item = style_axes(self.plot, palette)
        xs = np.array([float(history.day_number(w.week_start)) for w in weeks])
        series = (([w.mean_hr_bpm for w in weeks], palette.accent, Qt.PenStyle.SolidLine),
                  ([w.rmssd_ms for w in weeks], palette.muted, Qt.PenStyle.DashLine))
        for values, colour, style in series:
            ys = np.array([np.nan if v is None else v for v in values], dtype=float)
            item.addItem(pg.PlotDataItem(xs, ys, pen=pg.mkPen(QColor(colour), width=2,
                                                              style=style),
                                         symbol="o", symbolSize=5, symbolBrush=QColor(colour),
                                         connect="finite"))
        ticks = [(float(history.day_number(w.week_start)),
                  day_text(w.week_start, "d MMM")) for w in weeks]
        item.getAxis("bottom").setTicks([thin_ticks(self.plot, ticks)])
        if len(xs):
            item.setXRange(xs.min() - 4, xs.max() + 4, padding=0)
        self.legend.set_entries([
            Entry(palette.accent, self.tr("Heart rate (beats a minute)"), "line"),
            Entry(palette.muted, self.tr("RMSSD (ms, dashed)"), "dashed"),
        ], palette.text)  # fmt: skip


class MoodByPractice(QWidget):
    """One row per practice: its name, a bar from zero to its average mood change, and
    the change in words with the number of sessions (faded when too few to say much)."""

    SCALE = 2.0
    """The bar's half-width in mood steps; larger changes reach the end of the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[MoodChange] = []
        self._palette = LIGHT
        self.setAccessibleName(self.tr("Mood change by practice"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def changes(self) -> list[MoodChange]:
        return list(self._changes)

    def set_changes(self, changes: list[MoodChange], palette: Palette) -> None:
        self._changes = list(changes)
        self._palette = palette
        self.setAccessibleDescription("\n".join(self.row_texts()))
        self.updateGeometry()
        self.update()

    def row_texts(self) -> list[str]:
        """What each row says, as a screen reader reads it."""
        return [f"{c.title}: {TEXT.mood_change(c)}"
                for c in self._changes]

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _widths(self) -> tuple[int, int]:
        """The widest name and the widest words, in pixels."""
        metrics = QFontMetrics(self.font())
        names = max((metrics.horizontalAdvance(c.title) for c in self._changes), default=0)
        words = max((metrics.horizontalAdvance(TEXT.mood_change(c))
                     for c in self._changes), default=0)
        return names + 12, words + 12

    def _two_lines(self, width: int) -> bool:
        """Too narrow for name, bar and words side by side: the name goes above."""
        names, words = self._widths()
        return names + self._bar_width(width) + words + 16 > width

    def _bar_width(self, width: int) -> int:
        return max(min(width // 4, 220), 60)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return len(self._changes) * self._line() * (2 if self._two_lines(width) else 1)

    def sizeHint(self) -> QSize:
        names, words = self._widths()
        width = names + self._bar_width(600) + words + 16
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def _columns(self) -> tuple[QRect, QRect, QRect, int]:
        """Name, bar and words boxes of the first row, and the height of a row."""
        width, line = self.width(), self._line()
        bar = self._bar_width(width)
        if self._two_lines(width):
            return (QRect(0, 0, width, line), QRect(0, line, bar, line),
                    QRect(bar + 8, line, max(width - bar - 8, 1), line), 2 * line)
        names, _words = self._widths()
        return (QRect(0, 0, names, line), QRect(names + 8, 0, bar, line),
                QRect(names + bar + 16, 0, max(width - names - bar - 16, 1), line), line)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        name_box, bar_box, words_box, step = self._columns()
        h = bar_box.height()
        middle = bar_box.center().x()
        for row, change in enumerate(self._changes):
            dy = row * step
            colour = QColor(p.text if change.enough else p.muted)
            painter.setPen(colour)
            align = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(name_box.translated(0, dy), align | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(change.title, Qt.TextElideMode.ElideRight,
                                                name_box.width()))
            painter.drawText(words_box.translated(0, dy), align | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(
                                 TEXT.mood_change(change),
                                 Qt.TextElideMode.ElideRight, words_box.width()))
            reach = max(-1.0, min(1.0, change.mean_shift / self.SCALE))
            length = round(reach * (bar_box.width() / 2 - 2))
            fill = QColor(p.accent if change.enough else p.muted)
            if not change.enough:
                fill.setAlphaF(0.55)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            top = bar_box.top() + dy + h // 2 - h // 5
            painter.drawRect(QRect(min(middle, middle + length), top, abs(length) or 2,
                                   2 * (h // 5)))
            painter.setPen(QPen(QColor(p.line)))
            painter.drawLine(middle, bar_box.top() + dy + 2, middle, bar_box.top() + dy + h - 2)
        painter.end()

