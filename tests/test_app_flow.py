"""A whole practice through the window: the check-in before, the session, the check-in
after and the journal note, all kept in the practice log; and the History page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anapana.app.main_window import MainWindow
from anapana.core.clock import SYSTEM_CLOCK
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock

pytestmark = APP_TEST_MARKS


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, clock, checkin=True, open_log=True)


def test_check_ins_and_the_note_are_kept(window: MainWindow, clock: FakeClock,
                                         qtbot: QtBot) -> None:
    entry = window.store.find("box-breathing")
    assert entry is not None and entry.loaded is not None
    window.start_session(entry)
    form = window.before_checkin
    assert form is not None and form.isVisible()
    qtbot.keyClick(form, Qt.Key.Key_2)
    qtbot.keyClick(form, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.player_view
    clock.advance(window.settings.lead_in_s + entry.loaded.plan.total_s + 1)
    window.controller.tick()
    completion = window.completion
    assert completion is not None and window.stack.currentWidget() is completion
    assert completion.forms.currentWidget() is completion.checkin
    qtbot.keyClick(completion.checkin, Qt.Key.Key_4)
    qtbot.keyClick(completion.checkin, Qt.Key.Key_Return)
    assert completion.forms.currentWidget() is completion.journal
    completion.journal.editor.setPlainText("Shoulders softened.")
    completion.journal.finish()
    completion.back_button.click()
    assert window.stack.currentWidget() is window.library
    log, _ = open_log(UserPaths.from_environment().log_db, SYSTEM_CLOCK, [])
    try:
        practices = list(log.practices())
    finally:
        log.close()
    assert len(practices) == 1
    practice = practices[0]
    assert (practice.session, practice.status) == ("box-breathing", "completed")
    assert (practice.before.mood, practice.after.mood) == (2, 4)
    assert practice.note == "Shoulders softened."


def test_a_session_without_checkin_goes_straight_to_the_player(window: MainWindow) -> None:
    entry = window.store.find("breathing-space-3")
    assert entry is not None and entry.loaded is not None
    assert entry.loaded.plan.checkin == "none"
    window.start_session(entry)
    assert window.stack.currentWidget() is window.player_view


def test_no_checkin_flag_skips_the_forms(window: MainWindow, clock: FakeClock) -> None:
    window.checkin_enabled = False
    entry = window.store.find("box-breathing")
    assert entry is not None and entry.loaded is not None
    window.start_session(entry)
    assert window.stack.currentWidget() is window.player_view
    clock.advance(window.settings.lead_in_s + entry.loaded.plan.total_s + 1)
    window.controller.tick()
    assert window.completion is not None
    assert window.completion.forms.currentWidget() is window.completion.journal


def test_the_history_page_opens_and_comes_back(window: MainWindow) -> None:
    window.library.history_button.click()
    assert window.history is not None and window.stack.currentWidget() is window.history
    assert window.history_view is not None
    window.show_library()
    assert window.stack.currentWidget() is window.library
