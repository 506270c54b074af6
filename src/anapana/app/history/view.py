"""The history: how practice and mood have moved over the weeks, and every note.

Totals at the top; the charts in tabs (the past year as a calendar, minutes per week with
this week marked, mood before and after by month, mood change by practice, and heart rate
when a strap was used); then the searchable list of practices beside the note of the one
chosen. Consistency is offered gently ("days practised this month", never a streak) and
can be hidden. Every number comes from an aggregate query (`anapana.log.history`,
`anapana.log.mood_change`); the list loads 200 rows at a time.

Nothing is read in `__init__`: the first `showEvent` (or `refresh()`) asks the log.
Imports pyqtgraph: import this module lazily.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anapana.app.history.charts import HeartChart, MoodByPractice, MoodChart, WeeksChart
from anapana.app.history.dialogs import HistoryDialogs, QtHistoryDialogs
from anapana.app.history.files import HistoryFiles
from anapana.app.history.heatmap import HEATMAP_WEEKS, Heatmap
from anapana.app.history.legend import Entry, Legend
from anapana.app.history.table import PracticeTable
from anapana.app.history.words import TEXT, day_text
from anapana.app.journal import JournalEditor
from anapana.app.theme import LIGHT, Palette, heatmap_shades
from anapana.app.timers import make_timer
from anapana.app.translations import qt_translate
from anapana.core.clock import Clock
from anapana.log import history
from anapana.log.history_text import arg
from anapana.log.mood_change import mood_change_by_practice
from anapana.log.notices import describe_write_error
from anapana.log.practice import Practice
from anapana.log.store import PracticeLog

CHART_WEEKS = 52
LIST_ROWS = 8
"""The practice list always has room for this many rows; the page scrolls instead."""


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
        self._files = HistoryFiles(log, clock, self._dialogs, self._changed, self)
        self._palette = LIGHT
        self._loaded = False
        self.setObjectName("history")
        self._build(show_consistency)

    def _build(self, show_consistency: bool) -> None:
        self.totals_label = QLabel(TEXT.empty())
        self.totals_label.setObjectName("historyTotals")
        self.totals_label.setWordWrap(True)
        font = self.totals_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.totals_label.setFont(font)
        self.consistency_label = QLabel("")
        self.consistency_label.setObjectName("historyConsistency")
        self.consistency_box = QCheckBox(self.tr("Show days practised this month"))
        self.consistency_box.setChecked(show_consistency)
        self.consistency_label.setVisible(show_consistency)
        self.consistency_box.toggled.connect(self._on_consistency_box_toggled)

        self.charts = QTabWidget()
        self.charts.setObjectName("historyCharts")
        self.charts.setDocumentMode(True)
        self.charts.setAccessibleName(self.tr("Charts"))
        # Every tab stays in sight: with large text their names shorten, never scroll away.
        self.charts.setUsesScrollButtons(False)
        self.charts.setElideMode(Qt.TextElideMode.ElideRight)

        self.heatmap = Heatmap()
        self.heatmap_legend = Legend()
        year = QWidget()
        year_layout = QVBoxLayout(year)
        year_layout.addWidget(self.heatmap, 1)
        year_layout.addWidget(self.heatmap_legend)
        self.charts.addTab(year, self.tr("The past year"))

        self.weeks_chart = WeeksChart()
        self.weeks_plot = self.weeks_chart.plot
        self.charts.addTab(self._tab(self.weeks_chart), self.tr("Minutes per week"))

        self.mood_chart = MoodChart()
        self.mood_plot = self.mood_chart.plot
        self.mood_label = QLabel("")
        self.mood_label.setWordWrap(True)
        self.mood_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mood_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        mood = QWidget()
        mood_layout = QHBoxLayout(mood)
        mood_layout.addWidget(self.mood_chart, 3)
        mood_layout.addWidget(self.mood_label, 2)
        self.charts.addTab(mood, self.tr("Mood"))

        self.by_practice_intro = QLabel("")
        self.by_practice_intro.setWordWrap(True)
        self.mood_by_practice = MoodByPractice()
        by_practice = QWidget()
        by_practice_layout = QVBoxLayout(by_practice)
        by_practice_layout.addWidget(self.by_practice_intro)
        by_practice_layout.addWidget(self.mood_by_practice)
        by_practice_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("moodByPracticeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(by_practice)
        # It scrolls inside its tab: a long list of practices never makes the charts taller.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.by_practice_tab = scroll
        self.charts.addTab(scroll, self.tr("Mood by practice"))
        # Grouping every practice by title reads the whole log: only when it is looked at.
        self._by_practice_stale = True
        self.charts.currentChanged.connect(self._on_charts_current_changed)

        # Shown only once a practice had a heart signal (a strap, see `log.heart`).
        self.heart_title = QLabel(self.tr("Heart rate and RMSSD, the mean of each week's"
                                          " practices with a heart signal"))
        self.heart_title.setWordWrap(True)
        self.heart_chart = HeartChart()
        self.heart_plot = self.heart_chart.plot
        heart = QWidget()
        heart_layout = QVBoxLayout(heart)
        heart_layout.addWidget(self.heart_title)
        heart_layout.addWidget(self.heart_chart, 1)
        self.heart_tab = heart
        self.charts.addTab(heart, self.tr("Heart rate"))
        self.charts.setTabVisible(self.charts.indexOf(heart), False)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search sessions, notes and feelings"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search your practices"))
        self._search_timer = make_timer(self, interval_ms=250, single_shot=True,
                                        name="history search",
                                        on_timeout=self._on_search_timer_timeout)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)

        self.model = PracticeTable(self._log, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # One Tab stop: arrows move inside, Tab leaves for the note (no keyboard trap).
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Practices"))
        self.table.setAccessibleDescription(
            self.tr("Newest first. Arrow keys choose a practice; Tab goes on to its note."))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.note_editor = JournalEditor(None, self._choose_prompt())
        self.note_editor.done_button.setText(self.tr("Save note"))

        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.delete_button = QPushButton(self.tr("Delete all my data…"))
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)
        self.delete_button.clicked.connect(self.delete_all)

        top = QHBoxLayout()
        top.addWidget(self.totals_label, 1)
        top.addWidget(self.consistency_label, 0, Qt.AlignmentFlag.AlignRight)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.search_box)
        listing_layout.addWidget(self.table, 1)
        # The note beside the list: the list keeps its height for eight rows or more.
        self.list_and_note = QSplitter(Qt.Orientation.Horizontal)
        self.list_and_note.setChildrenCollapsible(False)
        self.list_and_note.addWidget(listing)
        self.list_and_note.addWidget(self.note_editor)
        self.list_and_note.setStretchFactor(0, 2)
        self.list_and_note.setStretchFactor(1, 1)
        file_buttons = QHBoxLayout()
        file_buttons.addStretch(1)
        file_buttons.addWidget(self.export_button)
        file_buttons.addWidget(self.import_button)
        file_buttons.addWidget(self.delete_button)
        self.action_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.action_row.addWidget(self.consistency_box)
        self.action_row.addLayout(file_buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.charts)
        layout.addWidget(self.list_and_note, 1)
        layout.addLayout(self.action_row)
        self._fit_rows()
        self._arrange()

    @staticmethod
    def _tab(chart: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(chart)
        return page

    def _choose_prompt(self) -> str:
        return self.tr("Choose a practice to read or edit its note.")

    def _fit_rows(self) -> None:
        """Rows as tall as the text, and room for `LIST_ROWS` of them at any text size."""
        row = QFontMetrics(self.table.font()).height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row)
        self.table.verticalHeader().setMinimumSectionSize(row)
        header = self.table.horizontalHeader().sizeHint().height()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header + LIST_ROWS * row + scrollbar + frame)

    def _arrange(self) -> None:
        """Side by side when the width allows, one above the other when it doesn't (large
        text, a narrow window), so nothing is squeezed under another."""
        em = QFontMetrics(self.font()).horizontalAdvance("x")
        wide = self.width() >= 105 * em
        self.list_and_note.setOrientation(Qt.Orientation.Horizontal if wide
                                  else Qt.Orientation.Vertical)
        needed = self.consistency_box.sizeHint().width() + sum(
            b.sizeHint().width() + 12 for b in
            (self.export_button, self.import_button, self.delete_button))
        self.action_row.setDirection(QBoxLayout.Direction.LeftToRight if self.width() > needed
                                  else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
            self._arrange()

    # -- public ---------------------------------------------------------------------------

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.heatmap.set_palette(palette)
        for plot in (self.weeks_plot, self.mood_plot, self.heart_plot):
            plot.setBackground(QColor(palette.surface))
        if self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Ask the log again (after a session, an import, a day change)."""
        self._loaded = True
        try:
            self._refresh()
        except sqlite3.DatabaseError as error:
            # A damaged page of the file: say so calmly; whatever was drawn stays.
            self.totals_label.setText(
                arg(self.tr("Part of your practice log could not be read just now (%1)."),
                    str(error)))

    def _refresh(self) -> None:
        today = history.today(self._clock.now())
        first = min(history.heatmap_first_day(today, HEATMAP_WEEKS), today.replace(day=1))
        by_day = history.minutes_by_day(self._log, first, today)
        self.totals_label.setText(TEXT.totals(history.totals(self._log)))
        practised = history.days_practised_in_month(by_day, today)
        self.consistency_label.setText(TEXT.consistency(practised))
        self.heatmap.set_days(by_day, today)
        self._draw_heatmap_legend()
        self.weeks_chart.draw(history.weekly_minutes(by_day, today, CHART_WEEKS), self._palette)
        mood = history.mood_summary(self._log, today)
        self.mood_label.setText(TEXT.mood(mood))
        self.mood_chart.draw(mood.monthly, self._palette)
        self._by_practice_stale = True
        if self.charts.currentWidget() is self.by_practice_tab:
            self._draw_mood_by_practice()
        self._draw_heart(today)
        self.note_editor.begin("", None, self._choose_prompt())
        self.model.reload()

    def _draw_mood_by_practice(self) -> None:
        self._by_practice_stale = False
        try:
            changes = mood_change_by_practice(self._log)
        except sqlite3.DatabaseError as error:
            self.by_practice_intro.setText(
                arg(self.tr("Part of your practice log could not be read just now (%1)."),
                    str(error)))
            return
        self.by_practice_intro.setText(TEXT.mood_change_intro(changes))
        self.mood_by_practice.set_changes(changes, self._palette)

    def _on_charts_current_changed(self, _index: int) -> None:
        if self._by_practice_stale and self.charts.currentWidget() is self.by_practice_tab:
            self._draw_mood_by_practice()

    def _draw_heatmap_legend(self) -> None:
        shades = heatmap_shades(self._palette)
        words = (self.tr("No practice"), self.tr("Under 10 minutes"), self.tr("10–19 minutes"),
                 self.tr("20–39 minutes"), self.tr("40 minutes or more"))
        self.heatmap_legend.set_entries(
            [Entry(shade, word, "bar") for shade, word in zip(shades, words, strict=True)],
            self._palette.text)

    def _draw_heart(self, today: date) -> None:
        from anapana.log.heart import heart_by_week

        last = history.day_number(today)
        try:
            weeks = heart_by_week(self._log, last - 7 * CHART_WEEKS, last)
        except sqlite3.Error:
            weeks = []
        self.charts.setTabVisible(self.charts.indexOf(self.heart_tab), bool(weeks))
        if weeks:
            self.heart_chart.draw(weeks, self._palette)

    # -- list and notes -------------------------------------------------------------------

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.note_editor.begin("", None, self._choose_prompt())
        self.model.reload(self.search_box.text())

    def _on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        practice = self.model.practice_at(current.row())
        if practice is None:
            return
        save = partial(self._save_note, current.row(), practice)
        if practice.lost("started_at"):
            when = self.tr("unknown date")
        else:
            when = day_text(practice.started_at.date(), "d MMM yyyy")
        prompt = self.tr("%1, %2", "a note's heading: the practice, then its day")
        self.note_editor.begin(practice.note, save, arg(prompt, practice.title, when))

    def _save_note(self, row: int, practice: Practice, text: str) -> None:
        try:
            if not self._log.set_note(practice.uuid, text, self._clock.now()):
                return
        except sqlite3.Error as error:
            self._dialogs.tell(arg(self.tr("%1 Your note is still in the editor."),
                                   describe_write_error(error, qt_translate)))
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
        self.note_editor.flush()  # the note being written goes out with the rest
        self._files.export()

    def import_(self) -> None:
        self._files.import_()

    def delete_all(self) -> None:
        self.note_editor.begin("", None)  # nothing typed is saved back after the delete
        self._files.delete_all()

    def _changed(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()
