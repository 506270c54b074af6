"""The History page reads well: at 1100×720, 1280×800 and with text at 200 %, on a few
months of practice, no widget overlaps or squeezes another, nothing needs sideways
scrolling, the practice list has room for eight rows, every chart has a key or direct
labels, and Esc goes back to the library (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from anapana.app.composition import build_main_window
from anapana.app.history.view import HistoryView
from anapana.app.main_window import MainWindow
from anapana.app.settings import Settings
from anapana.core.clock import SYSTEM_CLOCK
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.app_helpers import FakeClock, RecordingSink
from tests.history_seed import seed_months

pytestmark = [
    pytest.mark.gui,
    pytest.mark.usefixtures("no_running_timers"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

EIGHT_ROWS = 8
SIZES = [(1100, 720, 1.0), (1280, 800, 1.0), (1100, 720, 2.0)]


def _window(qtbot: QtBot, width: int, height: int) -> MainWindow:
    paths = UserPaths.from_environment()
    paths.log_db.parent.mkdir(parents=True, exist_ok=True)
    log, _ = open_log(paths.log_db, SYSTEM_CLOCK, [])
    seed_months(log, datetime.now(UTC).astimezone())
    log.close()
    win = build_main_window(Settings(paths.settings), paths, checkin=False, clock=FakeClock(),
                     sound_factory=lambda _l: RecordingSink(), open_log=True,
                     run_timer=False)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    win.after_shown()
    win.show_history()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def text_scale(request: pytest.FixtureRequest) -> Iterator[float]:
    """The application's text at `request.param` times its usual size, for one test."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    usual = QFont(app.font())
    scaled = QFont(usual)
    scaled.setPointSizeF(usual.pointSizeF() * request.param)
    app.setFont(scaled)
    yield request.param
    app.setFont(usual)


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling widgets whose rectangles intersect."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible() or isinstance(parent, pg.PlotWidget):
            continue  # a plot's insides are its own drawing
        kids = [w for w in parent.children()
                if isinstance(w, QWidget) and w.isVisible() and not w.isWindow()]
        for a, b in combinations(kids, 2):
            if a.geometry().intersects(b.geometry()):
                found.append(f"{describe(a)} over {describe(b)} in {describe(parent)}")
    return found


def squeezed(root: QWidget) -> list[str]:
    """Visible widgets smaller than they need, or pushed out of the widget laid out in."""
    found = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.isVisible() or parent is None or parent.layout() is None:
            continue
        if not parent.rect().contains(widget.geometry()):
            found.append(f"{describe(widget)} outside {describe(parent)}")
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need.setHeight(widget.heightForWidth(widget.width()))
        elif isinstance(widget, QLabel):
            need = widget.sizeHint()
        if widget.hasHeightForWidth() and not isinstance(widget, QLabel):
            need.setHeight(widget.heightForWidth(widget.width()))
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{describe(widget)} is {widget.width()}x{widget.height()},"
                         f" needs {need.width()}x{need.height()}")
    return found


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!s}" \
           f"{' ' + text[:30] if text else ''})"


def visible_rows(view: HistoryView) -> int:
    return view.table.viewport().height() // view.table.rowHeight(0)


@pytest.mark.parametrize("text_scale", [s for _w, _h, s in SIZES], indirect=True,
                         ids=["1100x720", "1280x800", "1100x720-text200"])
def test_every_tab_reads_without_overlap_and_the_list_shows_eight_rows(
        qtbot: QtBot, anapana_home: Path, text_scale: float, request: pytest.FixtureRequest
) -> None:
    width, height, _scale = SIZES[["1100x720", "1280x800", "1100x720-text200"].index(
        request.node.callspec.id)]
    window = _window(qtbot, width, height)
    view = window.history_view
    assert view is not None
    page = window.history
    assert page is not None
    assert view.model.rowCount() > EIGHT_ROWS
    scroll = page.findChild(QScrollArea, "historyScroll")
    assert scroll is not None
    for tab in range(view.charts.count()):
        if not view.charts.isTabVisible(tab):
            continue
        view.charts.setCurrentIndex(tab)
        for _ in range(3):  # a plot shown for the first time lays out its axes, then asks again
            QApplication.processEvents()
        where = f"tab {view.charts.tabText(tab)!r}"
        assert overlapping(page) == [], where
        assert squeezed(page) == [], (where, squeezed(page))
        assert scroll.horizontalScrollBar().maximum() == 0, f"{where} scrolls sideways"
        assert visible_rows(view) >= EIGHT_ROWS, where
    view.grab()


def test_every_chart_has_a_key_or_direct_labels(qtbot: QtBot, anapana_home: Path) -> None:
    window = _window(qtbot, 1100, 720)
    view = window.history_view
    assert view is not None
    assert view.heatmap_legend.entries[0].text == "No practice"
    weeks = [e.text for e in view.weeks_chart.legend.entries]
    assert weeks[0] == "Minutes practised in a week"
    assert weeks[1].startswith("This week so far: ")
    # The current week is drawn apart from the others, in the colour its key shows.
    bars = [i for i in view.weeks_plot.getPlotItem().items if isinstance(i, pg.BarGraphItem)]
    assert len(bars) == 2 and len(bars[1].opts["x"]) == 1
    band = view.weeks_chart.this_week_band
    assert band is not None and band.getRegion() == (
        bars[1].opts["x"][0] - 0.5, bars[1].opts["x"][0] + 0.5)
    assert bars[1].opts["brush"].name() == view.weeks_chart.legend.entries[1].colour.lower()
    mood = [e.text for e in view.mood_chart.legend.entries]
    assert mood == ["Before the session (dashed)", "After the session"]
    curves = view.mood_plot.getPlotItem().listDataItems()
    assert [c.name() for c in curves] == ["before", "after"]
    assert curves[0].opts["pen"].style() == Qt.PenStyle.DashLine
    assert view.mood_by_practice.row_texts() == []  # read only once its tab is opened
    view.charts.setCurrentWidget(view.by_practice_tab)
    rows = view.mood_by_practice.row_texts()
    assert rows and all(": " in row and "session" in row for row in rows)
    assert any("too few to say much yet" in row for row in rows)
    assert view.charts.isTabVisible(view.charts.indexOf(view.heart_tab))
    assert [e.text for e in view.heart_chart.legend.entries] == [
        "Heart rate (beats a minute)", "RMSSD (ms, dashed)"]


def test_escape_goes_back_to_the_library(qtbot: QtBot, anapana_home: Path) -> None:
    window = _window(qtbot, 1100, 720)
    view = window.history_view
    assert view is not None
    for start in (window.history_back, view.table, view.search_box, view.note_editor.editor):
        window.show_history()
        assert window.stack.currentWidget() is window.history
        qtbot.keyClick(start, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.library, type(start).__name__
