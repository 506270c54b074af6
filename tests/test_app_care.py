"""Care in the app: a heavy check-in is met with one quiet line and a way to support,
the stop confirmation ends on Enter, and a writing prompt's words go into the journal
(pytest-qt, offscreen, fake clock)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from anapana.app.checkin import CheckInForm, wants_care
from anapana.app.main_window import MainWindow
from anapana.paths import UserPaths
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock

pytestmark = APP_TEST_MARKS


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, clock, checkin=True, open_log=False, size=(1000, 700))


def at(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.controller.tick()


def chip(form: CheckInForm, feeling: str) -> QPushButton:
    return next(b for b in form.findChildren(QPushButton) if b.text() == feeling)


# -- the check-in -------------------------------------------------------------------------

def test_who_is_offered_care() -> None:
    assert wants_care(1, [])
    assert wants_care(2, ["anxious"]) and wants_care(2, ["tired", "sad"])
    assert not wants_care(2, ["tired"]) and not wants_care(2, [])
    assert not wants_care(3, ["sad"]) and not wants_care(None, ["anxious"])


def test_a_heavy_check_in_shows_one_quiet_line_that_goes_when_the_answer_changes(
        qtbot: QtBot) -> None:
    form = CheckInForm("before")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert not form.care_label.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_1)  # heavy
    assert form.care_label.isVisible()
    assert "support" in form.care_label.text() and "!" not in form.care_label.text()
    qtbot.keyClick(form, Qt.Key.Key_2)  # low, nothing more
    assert not form.care_label.isVisible()
    qtbot.mouseClick(chip(form, "anxious"), Qt.MouseButton.LeftButton)
    assert form.care_label.isVisible()
    qtbot.mouseClick(chip(form, "anxious"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chip(form, "tired"), Qt.MouseButton.LeftButton)
    assert not form.care_label.isVisible()
    form.clear()
    assert not form.offers_care
    # It asks nothing: Enter still simply saves.
    qtbot.keyClick(form, Qt.Key.Key_1)
    with qtbot.waitSignal(form.checkin_submitted, timeout=1000) as blocker:
        qtbot.keyClick(form, Qt.Key.Key_Return)
    assert blocker.args == [1, []]


def test_the_care_link_opens_about_in_one_click(window: MainWindow, qtbot: QtBot) -> None:
    entry = window.store.find("self-compassion-break")
    assert entry is not None
    window.start_session(entry)
    form = window.before_checkin
    assert form is not None and window.stack.currentWidget() is not window.player_view
    qtbot.keyClick(form, Qt.Key.Key_1)
    assert form.care_label.isVisible()
    label = form.care_label
    with qtbot.waitSignal(window.about_requested, timeout=1000):
        # A real click on the link text, at the left of the line's last part.
        point = label.rect().center()
        target = None
        for x in range(label.width() - 2, 0, -3):
            point.setX(x)
            qtbot.mouseMove(label, point)
            if label.cursor().shape() == Qt.CursorShape.PointingHandCursor:
                target = point
                break
        assert target is not None, "the link should be under the pointer somewhere"
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=target)
    assert window.stack.currentWidget() is window.flow._before_page  # nothing else happened


def test_a_heavy_after_check_in_leaves_the_line_on_the_closing_screen(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    entry = window.store.find("silent-sit-10")  # asks only after
    assert entry is not None and entry.loaded is not None
    window.start_session(entry)
    at(window, clock, window.settings.lead_in_s + entry.loaded.plan.total_s + 1)
    completion = window.completion
    assert completion is not None and not completion.care_label.isVisible()
    qtbot.keyClick(completion.checkin, Qt.Key.Key_2)
    qtbot.mouseClick(chip(completion.checkin, "sad"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(completion.checkin, Qt.Key.Key_Return)
    assert completion.care_label.isVisible()
    with qtbot.waitSignal(window.about_requested, timeout=1000):
        completion.care_label.linkActivated.emit("care")


# -- stopping ---------------------------------------------------------------------------

def test_the_stop_confirmation_ends_on_enter(window: MainWindow, clock: FakeClock,
                                             qtbot: QtBot) -> None:
    entry = window.store.find("silent-sit-10")
    assert entry is not None
    window.start_session(entry)
    view = window.player_view
    assert view is not None
    at(window, clock, window.settings.lead_in_s + 60)
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()  # type: ignore[union-attr]
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert seen == {"default": "End session", "escape": "Keep going"}
    state = window.controller.state
    assert state is not None and state.is_over
    assert window.stack.currentWidget() is window.completion


# -- writing into the journal -----------------------------------------------------------

def test_a_writing_prompt_writes_straight_into_the_journal(
        qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> None:
    window = open_window(qtbot, clock, checkin=False, open_log=True, size=(1000, 700))
    try:
        entry = window.store.find("writing-it-out")
        assert entry is not None and entry.loaded is not None
        plan = entry.loaded.plan
        (writing,) = [s for s in plan.segments if s.write]
        window.start_session(entry)
        view = window.player_view
        assert view is not None
        at(window, clock, window.settings.lead_in_s + 10)
        assert not view.writing.isVisible()
        at(window, clock, writing.start_s - 10 + 1)
        assert view.writing.isVisible()
        assert window.focusWidget() is view.writing.editor
        qtbot.keyClicks(view.writing.editor, "Today I felt small at work")
        state = window.controller.state
        assert state is not None and state.status == "playing"  # Space typed, not paused
        assert view.writing.editor.toPlainText() == "Today I felt small at work"
        qtbot.waitUntil(lambda: view.writing.status.text() == "Saved", timeout=3000)
        qtbot.mouseClick(view.writing.done_button, Qt.MouseButton.LeftButton)
        window.controller.tick()
        state = window.controller.state
        assert state is not None and state.segment is not None
        assert state.segment.title == "Closing"  # Done writing moved on
        assert not view.writing.isVisible()
        at(window, clock, plan.total_s)
        completion = window.completion
        assert completion is not None
        assert window.stack.currentWidget() is completion
        assert completion.journal.text().startswith("Today I felt small at work")
        completion.journal.editor.moveCursor(completion.journal.editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(completion.journal.editor, "and it passed.")
        completion.journal.finish()
    finally:
        window.close()
    db = sqlite3.connect(UserPaths.from_environment().log_db)
    try:
        (note,) = db.execute("SELECT note FROM practices").fetchone()
    finally:
        db.close()
    assert note == "Today I felt small at work\n\nand it passed."
