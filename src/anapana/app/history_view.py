"""The history: how practice and mood have moved over the weeks, and every note.

Totals, a calendar heatmap of the past year, minutes per week, mood before → after,
and a searchable list whose notes can be edited. Consistency is offered gently
("days practised this month", never a streak) and can be hidden. Every number comes
from an aggregate query (`anapana.log.history`); the list loads 200 rows at a time.

Nothing is read in `__init__`: the first `showEvent` (or `refresh()`) asks the log.
Imports pyqtgraph: import this module lazily.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from anapana.app.journal import JournalEditor
from anapana.app.theme import LIGHT, Palette, heatmap_shades
from anapana.core.clock import Clock
from anapana.log import exchange, history
from anapana.log.commands import delete_all_data
from anapana.log.files import LinkRefused, open_private_text
from anapana.log.notices import describe_write_error
from anapana.log.practice import MOOD_WORDS, Practice, mood_word
from anapana.log.store import PracticeLog

PAGE = 200
HEATMAP_WEEKS = 53
CHART_WEEKS = 52
ENDINGS = {
    "completed": "completed",
    "stopped": "ended early",
    "interrupted": "interrupted",
    "running": "in progress",
}
EMPTY_TEXT = "No practices yet. Your history will grow here, one session at a time."


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def totals_text(totals: history.Totals) -> str:
    if totals.sessions == 0:
        return EMPTY_TEXT
    return (
        f"{plural(totals.sessions, 'session')} · {plural(totals.minutes, 'minute')}"
        f" · {plural(totals.days, 'day')} practised"
    )


def mood_text(mood: history.MoodSummary) -> str:
    if mood.count == 0 or mood.before is None or mood.after is None or mood.shift is None:
        return (
            "How your mood moves will show here once you have checked in before and"
            " after a few sessions."
        )
    text = (
        f"Mood before → after: {mood_word(round(mood.before))} ({mood.before:.1f}) →"
        f" {mood_word(round(mood.after))} ({mood.after:.1f}), {mood.shift:+.1f} on average"
        f" across {plural(mood.count, 'session')}."
    )
    if mood.recent_shift is not None:
        text += f"\nThe last 30 days: {mood.recent_shift:+.1f}"
        if mood.earlier_shift is not None:
            text += f" (the 30 days before: {mood.earlier_shift:+.1f})"
        text += "."
    return text


class HistoryDialogs(Protocol):
    """The questions the history asks the user; tests answer them without windows."""

    def export_path(self) -> Path | None: ...
    def import_path(self) -> Path | None: ...
    def confirm_delete(self) -> bool: ...
    def tell(self, text: str) -> None: ...


class QtHistoryDialogs:
    """File dialogs and message boxes over a parent widget."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            "Export your practice log",
            str(Path.home() / "anapana-history.json"),
            "JSON (*.json);;CSV for spreadsheets (*.csv)",
        )
        return Path(name) if name else None

    def import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, "Import a practice log export", str(Path.home()), "JSON (*.json)"
        )
        return Path(name) if name else None

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self._parent,
            "Delete all your data?",
            "This deletes every practice, check-in and journal note, and the log's backup"
            " copies. It can't be undone. You may want to export first.",
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, text: str) -> None:
        QMessageBox.information(self._parent, "Anapana", text)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """A colour a fraction `t` of the way from `a` to `b`: shades that suit light and dark."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class Heatmap(QWidget):
    """A year of days as a grid: one column per week (Monday on top), shaded by minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Days practised over the past year")
        label = QFontMetrics(self._label_font()).height()
        self.setMinimumHeight(7 * 12 + label + 4)
        self.setMaximumHeight(7 * 16 + label + 6)
        self._first = date(1970, 1, 5)
        self._last = self._first
        self._minutes: dict[date, float] = {}
        self._palette = LIGHT

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_days(self, minutes: dict[date, float], last: date) -> None:
        self._minutes = minutes
        self._last = last
        self._first = history.heatmap_first_day(last, HEATMAP_WEEKS)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(HEATMAP_WEEKS * 13, 7 * 13 + 18)

    def _geometry(self) -> tuple[int, int, int]:
        """(cell size, left, top) so the grid fits the width."""
        top = QFontMetrics(self._label_font()).height() + 2  # room for month names at any size
        cell = min((self.width() - 4) // HEATMAP_WEEKS, (self.height() - top) // 7)
        return max(4, min(16, cell)), 2, top

    def day_at(self, point: QPoint) -> date | None:
        cell, left, top = self._geometry()
        column, row = (point.x() - left) // cell, (point.y() - top) // cell
        if not (0 <= column < HEATMAP_WEEKS and 0 <= row < 7):
            return None
        day = self._first + timedelta(days=column * 7 + row)
        return day if day <= self._last else None

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        cell, left, top = self._geometry()
        # Every practised shade stands 3:1 apart from an empty day (tests/test_contrast.py).
        shades = [QColor(colour) for colour in heatmap_shades(p)]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.muted)))
        painter.setFont(self._label_font())
        days = [self._first + timedelta(days=i) for i in range(HEATMAP_WEEKS * 7)]
        levels = history.levels(self._minutes.get(day, 0.0) for day in days)
        for index, (day, level) in enumerate(zip(days, levels, strict=True)):
            if day > self._last:
                break
            column, row = divmod(index, 7)
            x, y = left + column * cell, top + row * cell
            if row == 0 and day.day <= 7:
                painter.setPen(QPen(QColor(p.muted)))
                painter.drawText(QRect(x, 0, cell * 4, top - 2), 0, f"{day:%b}")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shades[level])
            painter.drawRoundedRect(x, y, cell - 2, cell - 2, 2, 2)
        painter.end()

    def event(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                minutes = round(self._minutes.get(day, 0.0))
                QToolTip.showText(event.globalPos(), f"{day:%a %d %b %Y}: {minutes} min", self)
            return True
        return super().event(event)


def _quiet_plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background=None)
    plot.setAccessibleName(title)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.setMinimumHeight(140)
    plot.setMaximumHeight(220)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.15)
    return plot


class PracticeTable(QAbstractTableModel):
    """The newest practices first, fetched a page at a time as the list scrolls."""

    HEADERS = ("When", "Session", "Minutes", "How it ended", "Mood", "Note")

    def __init__(self, log: PracticeLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._rows: list[Practice] = []
        self._next: tuple[Any, int] | None = None
        self._more = False
        self.search = ""

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search
        self.beginResetModel()
        try:
            self._rows, self._next = [], None
            self._more = False
            self._rows, self._next = self._log.page(self.search, None, PAGE)
            self._more = self._next is not None
        finally:
            # A reset left open freezes every view on the model: end it even on error.
            self.endResetModel()

    def practice_at(self, row: int) -> Practice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_practice(self, row: int, practice: Practice) -> None:
        self._rows[row] = practice
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            rows, self._next = self._log.page(self.search, self._next, PAGE)
        except sqlite3.DatabaseError:
            self._more = False  # the rest can't be read; what is listed stays
            return
        self._more = self._next is not None
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        practice = self.practice_at(index.row())
        if practice is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if practice.damage and role == Qt.ItemDataRole.ToolTipRole and column < 5:
            return "Damaged in the log: " + "; ".join(str(d) for d in practice.damage)
        if column == 0:
            if practice.lost("started_at"):
                return "unknown date (damaged)"
            return f"{practice.started_at:%a %d %b %Y, %H:%M}"
        if column == 1:
            return practice.title
        if column == 2:
            return "?" if practice.damaged("practised_s") else f"{practice.practised_s / 60:.0f}"
        if column == 3:
            ending = ENDINGS.get(practice.status, practice.status)
            if practice.damage:
                return "damaged"
            return f"{ending} · imported copy" if exchange.is_copy(practice) else ending
        if column == 4:
            before, after = mood_word(practice.before.mood), mood_word(practice.after.mood)
            return f"{before or '–'} → {after or '–'}" if before or after else ""
        note = practice.note.strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return note or None
        return note.splitlines()[0][:80] if note else ""


class HistoryView(QWidget):
    """The history page. Give it the open log and a clock; it reads when first shown."""

    data_changed = Signal()
    """Practices were imported, deleted or a note edited."""
    consistency_visibility_changed = Signal(bool)
    """The user showed or hid "days practised this month" (worth keeping in settings)."""

    def __init__(
        self,
        log: PracticeLog,
        clock: Clock,
        dialogs: HistoryDialogs | None = None,
        *,
        show_consistency: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._dialogs: HistoryDialogs = dialogs or QtHistoryDialogs(self)
        self._palette = LIGHT
        self._loaded = False
        self.setObjectName("history")

        self.totals_label = QLabel(EMPTY_TEXT)
        self.totals_label.setObjectName("historyTotals")
        font = self.totals_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.totals_label.setFont(font)
        self.consistency_label = QLabel("")
        self.consistency_label.setObjectName("historyConsistency")
        self.consistency_box = QCheckBox("Show days practised this month")
        self.consistency_box.setChecked(show_consistency)
        self.consistency_label.setVisible(show_consistency)
        self.consistency_box.toggled.connect(self._on_consistency_box_toggled)

        self.heatmap = Heatmap()
        self.weeks_plot = _quiet_plot("Minutes per week")
        self.mood_plot = _quiet_plot("Mood before and after, by month")
        self.mood_label = QLabel("")
        self.mood_label.setWordWrap(True)
        # Shown only once a practice had a heart signal (a strap, see `log.heart`).
        self.heart_title = QLabel("Heart rate (teal, beats a minute) and RMSSD (grey, ms), by week")
        self.heart_plot = _quiet_plot("Heart rate and RMSSD by week")
        self.heart_plot.setMaximumHeight(140)
        self.heart_title.hide()
        self.heart_plot.hide()

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search sessions, notes and feelings")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search your practices")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)

        self.model = PracticeTable(log, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # One Tab stop: arrows move inside, Tab leaves for the note (no keyboard trap).
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName("Practices")
        self.table.setAccessibleDescription(
            "Newest first. Arrow keys choose a practice; Tab goes on to its note.")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.note_editor = JournalEditor(None, "Choose a practice to read or edit its note.")
        self.note_editor.done_button.setText("Save note")
        self._note_row = -1

        self.export_button = QPushButton("Export…")
        self.import_button = QPushButton("Import…")
        self.delete_button = QPushButton("Delete all my data…")
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.delete_button.clicked.connect(self.delete_all)

        top = QHBoxLayout()
        top.addWidget(self.totals_label, 1)
        top.addWidget(self.consistency_label)
        charts = QGridLayout()
        year_label = QLabel("The past year")
        weeks_label = QLabel("Minutes per week")
        mood_title = QLabel("Mood before → after, by month")
        for label in (year_label, weeks_label, mood_title):
            label.setWordWrap(True)
        charts.addWidget(year_label, 0, 0)
        charts.addWidget(self.heatmap, 1, 0, 1, 2)
        charts.addWidget(weeks_label, 2, 0)
        charts.addWidget(mood_title, 2, 1)
        charts.addWidget(self.weeks_plot, 3, 0)
        charts.addWidget(self.mood_plot, 3, 1)
        charts.addWidget(self.mood_label, 4, 0, 1, 2)
        charts.addWidget(self.heart_title, 5, 0, 1, 2)
        charts.addWidget(self.heart_plot, 6, 0, 1, 2)
        lower = QSplitter(Qt.Orientation.Vertical)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.search_box)
        listing_layout.addWidget(self.table)
        lower.addWidget(listing)
        lower.addWidget(self.note_editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consistency_box)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(charts)
        layout.addWidget(lower, 1)
        layout.addLayout(buttons)

    # -- public ---------------------------------------------------------------------------

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.heatmap.set_palette(palette)
        for plot in (self.weeks_plot, self.mood_plot, self.heart_plot):
            plot.setBackground(QColor(palette.surface))
        if self._loaded:
            self.refresh()

    def set_consistency_visible(self, visible: bool) -> None:
        self.consistency_box.setChecked(visible)

    def refresh(self) -> None:
        """Ask the log again (after a session, an import, a day change)."""
        self._loaded = True
        try:
            self._refresh()
        except sqlite3.DatabaseError as error:
            # A damaged page of the file: say so calmly; whatever was drawn stays.
            self.totals_label.setText(
                f"Part of your practice log could not be read just now ({error})."
            )

    def _refresh(self) -> None:
        today = history.today(self._clock.now())
        first = min(history.heatmap_first_day(today, HEATMAP_WEEKS), today.replace(day=1))
        by_day = history.minutes_by_day(self._log, first, today)
        self.totals_label.setText(totals_text(history.totals(self._log)))
        practised = history.days_practised_in_month(by_day, today)
        self.consistency_label.setText(
            f"Days practised this month: {practised}" if practised else ""
        )
        self.heatmap.set_days(by_day, today)
        self._draw_weeks(history.weekly_minutes(by_day, today, CHART_WEEKS))
        mood = history.mood_summary(self._log, today)
        self.mood_label.setText(mood_text(mood))
        self._draw_mood(mood)
        self._draw_heart(today)
        self.note_editor.begin("", None, "Choose a practice to read or edit its note.")
        self._note_row = -1
        self.model.reload()

    # -- charts ---------------------------------------------------------------------------

    def _style_axes(self, plot: pg.PlotWidget) -> pg.PlotItem:
        p = self._palette
        item = plot.getPlotItem()
        item.clear()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(QPen(QColor(p.line)))
            axis.setTextPen(QPen(QColor(p.muted)))
        return item

    def _draw_weeks(self, weeks: list[tuple[date, float]]) -> None:
        item = self._style_axes(self.weeks_plot)
        heights = np.array([minutes for _monday, minutes in weeks], dtype=float)
        xs = np.arange(len(weeks), dtype=float)
        item.addItem(
            pg.BarGraphItem(
                x=xs, height=heights, width=0.8, brush=QColor(self._palette.accent), pen=None
            )
        )
        ticks = [
            (float(i), f"{monday:%b}") for i, (monday, _m) in enumerate(weeks) if monday.day <= 7
        ]
        # Large text: name every other month rather than let the names run together.
        room = self.weeks_plot.width() * 0.8
        if ticks and QFontMetrics(self.weeks_plot.font()).horizontalAdvance("May ") * len(
                ticks) > room:
            ticks = ticks[::2]
        item.getAxis("bottom").setTicks([ticks])
        item.setXRange(-0.6, len(weeks) - 0.4, padding=0)
        item.setYRange(0, max(30.0, float(heights.max(initial=0.0)) * 1.1), padding=0)
        item.setLabel("left", "minutes", color=self._palette.muted)

    def _draw_mood(self, mood: history.MoodSummary) -> None:
        item = self._style_axes(self.mood_plot)
        p = self._palette
        item.getAxis("left").setTicks([[(float(m), w) for m, w in MOOD_WORDS.items()]])
        item.setYRange(0.8, 5.2, padding=0)
        if not mood.monthly:
            item.getAxis("bottom").setTicks([[]])
            return
        xs = np.arange(len(mood.monthly), dtype=float)
        before = np.array([b for _m, b, _a in mood.monthly], dtype=float)
        after = np.array([a for _m, _b, a in mood.monthly], dtype=float)
        item.addItem(
            pg.PlotDataItem(
                xs, before, pen=pg.mkPen(QColor(p.muted), width=2), symbol="o", symbolSize=5,
                symbolBrush=QColor(p.muted), name="before",
            )
        )  # fmt: skip
        item.addItem(
            pg.PlotDataItem(
                xs, after, pen=pg.mkPen(QColor(p.accent), width=2), symbol="o", symbolSize=6,
                symbolBrush=QColor(p.accent), name="after",
            )
        )  # fmt: skip
        item.getAxis("bottom").setTicks(
            [[(float(i), f"{month:%b}") for i, (month, _b, _a) in enumerate(mood.monthly)]]
        )
        item.setXRange(-0.5, max(len(mood.monthly) - 0.5, 0.5), padding=0)

    def _draw_heart(self, today: date) -> None:
        from anapana.log.heart import heart_by_week

        last = history.day_number(today)
        try:
            weeks = heart_by_week(self._log, last - 7 * CHART_WEEKS, last)
        except sqlite3.Error:
            weeks = []
        self.heart_title.setVisible(bool(weeks))
        self.heart_plot.setVisible(bool(weeks))
        if not weeks:
            return
        item = self._style_axes(self.heart_plot)
        p = self._palette
        xs = np.array([float(history.day_number(w.week_start)) for w in weeks])
        for values, colour in (([w.mean_hr_bpm for w in weeks], p.accent),
                               ([w.rmssd_ms for w in weeks], p.muted)):
            ys = np.array([np.nan if v is None else v for v in values], dtype=float)
            item.addItem(pg.PlotDataItem(xs, ys, pen=pg.mkPen(QColor(colour), width=2),
                                         symbol="o", symbolSize=5, symbolBrush=QColor(colour),
                                         connect="finite"))
        item.getAxis("bottom").setTicks(
            [[(float(history.day_number(w.week_start)), f"{w.week_start:%d %b}") for w in weeks]])
        item.setXRange(xs.min() - 4, xs.max() + 4, padding=0)

    # -- list and notes -------------------------------------------------------------------

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.note_editor.begin("", None, "Choose a practice to read or edit its note.")
        self._note_row = -1
        self.model.reload(self.search_box.text())

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        practice = self.model.practice_at(current.row())
        if practice is None:
            return
        self._note_row = current.row()
        save = partial(self._save_note, current.row(), practice)
        when = (
            "unknown date" if practice.lost("started_at") else f"{practice.started_at:%a %d %b %Y}"
        )
        self.note_editor.begin(practice.note, save, f"{practice.title}, {when}")

    def _save_note(self, row: int, practice: Practice, text: str) -> None:
        try:
            if not self._log.set_note(practice.uuid, text, self._clock.now()):
                return
        except sqlite3.Error as error:
            self._dialogs.tell(f"{describe_write_error(error)} Your note is still in the editor.")
            return
        current = self.model.practice_at(row)
        if current is not None and current.uuid == practice.uuid:
            updated = self._log.get(practice.uuid)
            if updated is not None:
                self.model.replace_practice(row, updated)
        self.data_changed.emit()

    def _on_consistency_box_toggled(self, visible: bool) -> None:
        self.consistency_label.setVisible(visible)
        self.consistency_visibility_changed.emit(visible)

    # -- export, import, delete -----------------------------------------------------------

    def export(self) -> None:
        target = self._dialogs.export_path()
        if target is None:
            return
        self.note_editor.flush()
        try:
            # Owner-only, and never through a link: an export holds every journal note.
            with open_private_text(target) as stream:
                if target.suffix.lower() == ".csv":
                    count = exchange.write_csv(self._log.practices(), stream)
                else:
                    count = exchange.write_json(self._log.practices(), stream, self._clock.now())
        except LinkRefused:
            self._dialogs.tell(
                f"{target.name} is a link to another file; please choose another name."
            )
            return
        except OSError as error:
            self._dialogs.tell(f"The export could not be written: {error.strerror or error}.")
            return
        except sqlite3.DatabaseError as error:
            self._dialogs.tell(f"Part of the log could not be read for the export ({error}).")
            return
        self._dialogs.tell(f"{plural(count, 'practice')} exported to {target.name}.")

    def import_(self) -> None:
        source = self._dialogs.import_path()
        if source is None:
            return
        try:
            with source.open(encoding="utf-8") as stream:
                rows = exchange.read_export(stream)
            result = exchange.import_rows(self._log, rows)
        except (OSError, UnicodeDecodeError, exchange.ImportError_) as error:
            self._dialogs.tell(f"{source.name} could not be imported: {error}")
            return
        except sqlite3.Error as error:  # a full or locked disk: nothing was half-imported
            self._dialogs.tell(describe_write_error(error))
            return
        self.refresh()
        self.data_changed.emit()
        self._dialogs.tell(result.summary())

    def delete_all(self) -> None:
        if not self._dialogs.confirm_delete():
            return
        self.note_editor.begin("", None)
        try:
            count = delete_all_data(self._log)
        except (sqlite3.Error, OSError) as error:
            self._dialogs.tell(describe_write_error(error))
            return
        self.refresh()
        self.data_changed.emit()
        self._dialogs.tell(f"Deleted {plural(count, 'practice')} and every note.")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
