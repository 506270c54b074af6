"""The check-in form, driven by keys and clicks (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from anapana.app.checkin import QUESTIONS, CheckInForm
from anapana.log.practice import MOOD_WORDS

# The offscreen platform warns that it cannot size top-level windows; nothing is wrong.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def form(qtbot: QtBot) -> CheckInForm:
    form = CheckInForm("before")
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_number_keys_pick_the_mood_and_enter_submits(qtbot: QtBot, form: CheckInForm) -> None:
    qtbot.keyClick(form, Qt.Key.Key_2)
    qtbot.keyClick(form, Qt.Key.Key_4)
    assert form.mood() == 4
    with qtbot.waitSignal(form.checkin_submitted, timeout=1000) as blocker:
        qtbot.keyClick(form, Qt.Key.Key_Return)
    assert blocker.args == [4, []]


def test_feelings_are_optional_words_sent_with_the_mood(qtbot: QtBot, form: CheckInForm) -> None:
    chips = {b.text(): b for b in form.findChildren(QPushButton)}
    qtbot.mouseClick(chips["tired"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips["grateful"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips["tired"], Qt.MouseButton.LeftButton)  # changed my mind
    qtbot.keyClick(form, Qt.Key.Key_1)
    with qtbot.waitSignal(form.checkin_submitted, timeout=1000) as blocker:
        qtbot.keyClick(form, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == [1, ["grateful"]]


def test_escape_skips_without_submitting(qtbot: QtBot, form: CheckInForm) -> None:
    qtbot.keyClick(form, Qt.Key.Key_3)
    submitted: list[object] = []
    form.checkin_submitted.connect(lambda *args: submitted.append(args))
    with qtbot.waitSignal(form.skipped, timeout=1000):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert submitted == []


def test_enter_with_nothing_chosen_is_fine(qtbot: QtBot, form: CheckInForm) -> None:
    with qtbot.waitSignal(form.checkin_submitted, timeout=1000) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [None, []]


def test_enter_works_while_a_feeling_has_focus(qtbot: QtBot, form: CheckInForm) -> None:
    chip = next(b for b in form.findChildren(QPushButton) if b.text() == "calm")
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Space)  # Space toggles the focused chip
    qtbot.keyClick(chip, Qt.Key.Key_5)
    with qtbot.waitSignal(form.checkin_submitted, timeout=1000) as blocker:
        qtbot.keyClick(chip, Qt.Key.Key_Return)
    assert blocker.args == [5, ["calm"]]


def test_moods_are_shown_as_words_and_a_second_click_unchooses(
    qtbot: QtBot, form: CheckInForm
) -> None:
    texts = [b.text() for b in form.findChildren(QPushButton)]
    for mood, word in MOOD_WORDS.items():
        assert f"{word}\n{mood}" in texts
    bright = next(b for b in form.findChildren(QPushButton) if b.text().startswith("bright"))
    qtbot.mouseClick(bright, Qt.MouseButton.LeftButton)
    assert form.mood() == 5
    qtbot.mouseClick(bright, Qt.MouseButton.LeftButton)
    assert form.mood() is None


def test_the_question_fits_the_moment(qtbot: QtBot) -> None:
    after = CheckInForm("after")
    qtbot.addWidget(after)
    assert after.question.text() == QUESTIONS["after"] != QUESTIONS["before"]
    assert not after.isVisible()  # it never shows itself
