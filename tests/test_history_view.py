"""The history view on a seeded log with a fake clock (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from anapana.app.history.view import HistoryView
from anapana.log import CheckIn, PracticeLog, Recorder
from anapana.log.history_text import HistoryText
from anapana.log.opening import open_log
from tests.fakes import FakeClock

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


class Answers:
    """Stands in for the file dialogs and message boxes."""

    def __init__(self) -> None:
        self.export_to: Path | None = None
        self.import_from: Path | None = None
        self.delete = False
        self.told: list[str] = []

    def export_path(self) -> Path | None:
        return self.export_to

    def import_path(self) -> Path | None:
        return self.import_from

    def confirm_delete(self) -> bool:
        return self.delete

    def tell(self, text: str) -> None:
        self.told.append(text)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY, timedelta(hours=1))


@pytest.fixture
def log(tmp_path: Path, clock: FakeClock) -> Iterator[PracticeLog]:
    log, _ = open_log(tmp_path / "log.sqlite3", clock, [])
    yield log
    log.close()


def seed(log: PracticeLog, days_ago: list[int], minutes: float = 10) -> None:
    """One practice on each of those days at 07:00 local, mood 2 → 4."""
    for n, back in enumerate(days_ago):
        day_clock = FakeClock(TODAY - timedelta(days=back, hours=11), timedelta(hours=1))
        recorder = Recorder(log, day_clock, new_id=lambda n=n: f"seed-{n:06d}")
        recorder.start(
            session="box", title=f"Box {back}", sha256="", planned_s=600, checkin=CheckIn(2)
        )
        day_clock.advance(minutes * 60)
        recorder.finish("completed", minutes * 60)
        recorder.record_checkin("after", CheckIn(4, ("calm",)))
        if back == 3:
            recorder.save_note("The jaw let go")


def make_view(qtbot: QtBot, log: PracticeLog, clock: FakeClock, answers: Answers) -> HistoryView:
    view = HistoryView(log, clock, answers)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_an_empty_log_says_so_kindly(qtbot: QtBot, log: PracticeLog, clock: FakeClock) -> None:
    view = make_view(qtbot, log, clock, Answers())
    assert view.totals_label.text() == HistoryText().empty()
    assert view.consistency_label.text() == ""
    assert "once you have checked in" in view.mood_label.text()
    assert view.model.rowCount() == 0


def test_totals_consistency_and_mood_are_shown(
    qtbot: QtBot, log: PracticeLog, clock: FakeClock
) -> None:
    # Today is 25 November: three days this month, one in October, one two years ago.
    seed(log, [0, 3, 10, 40, 800])
    view = HistoryView(log, clock, Answers())
    qtbot.addWidget(view)
    assert view.totals_label.text() == HistoryText().empty()  # nothing is read before it is shown
    view.show()
    qtbot.waitExposed(view)
    assert view.totals_label.text() == "5 sessions · 50 minutes · 5 days practised"
    assert view.consistency_label.text() == "Days practised this month: 3"
    assert "low (2.0) → good (4.0), +2.0 on average across 5 sessions" in view.mood_label.text()
    assert "The last 30 days: +2.0" in view.mood_label.text()
    assert view.heatmap.day_at(view.heatmap.rect().center()) is not None
    assert view.model.rowCount() == 5
    assert view.model.practice_at(0) is not None
    assert view.model.data(view.model.index(0, 1)) == "Box 0"
    assert view.model.data(view.model.index(1, 5)) == "The jaw let go"
    assert "streak" not in view.consistency_label.text().lower()


def test_consistency_can_be_hidden(qtbot: QtBot, log: PracticeLog, clock: FakeClock) -> None:
    seed(log, [0])
    view = make_view(qtbot, log, clock, Answers())
    with qtbot.waitSignal(view.consistency_visibility_changed) as blocker:
        view.consistency_box.click()
    assert blocker.args == [False]
    assert not view.consistency_label.isVisible()


def test_the_list_loads_in_pages_and_searches(
    qtbot: QtBot, log: PracticeLog, clock: FakeClock
) -> None:
    seed(log, list(range(450)))
    view = make_view(qtbot, log, clock, Answers())
    assert view.model.rowCount() == 200
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 200, timeout=2000)
    view.search_box.setText("jaw")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.data(view.model.index(0, 1)) == "Box 3"


def test_a_note_can_be_edited_from_the_list(
    qtbot: QtBot, log: PracticeLog, clock: FakeClock
) -> None:
    seed(log, [0, 3])
    view = make_view(qtbot, log, clock, Answers())
    view.table.selectRow(1)
    assert view.note_editor.text() == "The jaw let go"
    view.note_editor.editor.setPlainText("The jaw let go, then the shoulders")
    with qtbot.waitSignal(view.data_changed, timeout=3000):
        view.note_editor.finish()
    saved = log.get("seed-000001")
    assert saved is not None and saved.note == "The jaw let go, then the shoulders"
    assert view.model.data(view.model.index(1, 5)) == "The jaw let go, then the shoulders"


def test_export_import_and_delete_everything(
    qtbot: QtBot, log: PracticeLog, clock: FakeClock, tmp_path: Path
) -> None:
    seed(log, [0, 1, 2])
    answers = Answers()
    view = make_view(qtbot, log, clock, answers)
    answers.export_to = tmp_path / "mine.json"
    view.export_button.click()
    assert answers.told[-1] == "3 practices exported to mine.json."
    assert len(json.loads(answers.export_to.read_text())["practices"]) == 3

    view.delete_button.click()  # not confirmed: nothing happens
    assert log.count() == 3
    answers.delete = True
    view.delete_button.click()
    assert log.count() == 0
    assert view.totals_label.text() == HistoryText().empty()
    assert answers.told[-1] == "Deleted 3 practices and every note."

    answers.import_from = answers.export_to
    view.import_button.click()
    assert answers.told[-1].startswith("3 practices added")
    assert view.totals_label.text() == "3 sessions · 30 minutes · 3 days practised"
    answers.import_from = tmp_path / "nothing.json"
    view.import_button.click()
    assert "could not be imported" in answers.told[-1]


def test_the_heatmap_grid_ends_today(qtbot: QtBot, log: PracticeLog, clock: FakeClock) -> None:
    seed(log, [0])
    view = make_view(qtbot, log, clock, Answers())
    cell, left, top = view.heatmap._geometry()
    # Today (a Wednesday) is in the last column, third row.
    spot = QPoint(left + 52 * cell + cell // 2, top + 2 * cell + cell // 2)
    assert view.heatmap.day_at(spot) == date(2026, 11, 25)
    tomorrow = QPoint(left + 52 * cell + cell // 2, top + 3 * cell + cell // 2)
    assert view.heatmap.day_at(tomorrow) is None
