"""The History page on a log with damaged rows, a failing read, and a private export."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anapana.log import PracticeLog
from anapana.log.opening import open_log
from tests.fakes import FakeClock
from tests.test_history_damaged_rows import NOW, make_hostile_log
from tests.test_history_view import Answers, make_view, seed

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture(params=["typed", "untyped"])
def hostile_log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PracticeLog]:
    path = tmp_path / "log.sqlite3"
    make_hostile_log(path, typed=request.param == "typed")
    log, _ = open_log(path, FakeClock(NOW), [])
    yield log
    log.close()


def test_damaged_rows_are_listed_as_damaged_and_every_cell_draws(
    qtbot: QtBot, hostile_log: PracticeLog, clock: FakeClock
) -> None:
    view = make_view(qtbot, hostile_log, clock, Answers())
    model = view.model
    assert model.rowCount() == hostile_log.count()
    assert "session" in view.totals_label.text()
    endings = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                assert value is None or isinstance(value, str)
        endings.append(model.data(model.index(row, 3)))
        view.table.selectRow(row)  # opens its note in the editor
    assert endings.count("damaged") == model.rowCount() - 1
    assert "completed" in endings
    view.grab()  # every chart and the list paint


def test_a_failing_read_ends_the_model_reset_and_says_so(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = open_log(tmp_path / "log.sqlite3", clock, [])
    seed(log, [0, 1])
    hostile_log = log  # an ordinary log whose next read fails
    view = make_view(qtbot, hostile_log, clock, Answers())
    resets: list[str] = []
    view.model.modelAboutToBeReset.connect(lambda: resets.append("begin"))
    view.model.modelReset.connect(lambda: resets.append("end"))

    def broken_page(*_args: object, **_kwargs: object) -> object:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(hostile_log, "page", broken_page)
    view.refresh()
    assert resets == ["begin", "end"]
    assert view.model.rowCount() == 0
    assert "could not be read" in view.totals_label.text()
    monkeypatch.undo()
    view.refresh()  # the model still works once the log reads again
    assert view.model.rowCount() == 2
    log.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")
def test_an_export_is_owner_only_and_never_written_through_a_link(
    qtbot: QtBot, hostile_log: PracticeLog, clock: FakeClock, tmp_path: Path
) -> None:
    answers = Answers()
    view = make_view(qtbot, hostile_log, clock, answers)
    for name in ("history.json", "history.csv"):
        target = tmp_path / name
        target.write_text("an older export")
        target.chmod(0o644)
        answers.export_to = target
        view.export()
        assert "exported" in answers.told[-1]
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    victim = tmp_path / "victim.txt"
    victim.write_text("not an export")
    victim.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    answers.export_to = link
    view.export()
    assert "link" in answers.told[-1]
    assert victim.read_text() == "not an export"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
