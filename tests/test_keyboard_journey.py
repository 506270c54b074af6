"""A whole practice by keyboard alone, asserting where focus is at each step: library →
check-in → play → pause → skip → end → journal → History → Settings and back. Also the
keys that must not do more than meant: Space on a focused button, → past the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from anapana.app.main_window import MainWindow
from anapana.core.clock import SYSTEM_CLOCK
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock

pytestmark = APP_TEST_MARKS


@pytest.fixture
def asked() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock,
           asked: list[str]) -> MainWindow:
    win = open_window(qtbot, clock, checkin=True, open_log=True, size=(1100, 720),
                      activate=True)

    def confirm_skip_end() -> bool:
        asked.append("skip past the end")
        return True

    win.flow._confirm_skip_end = confirm_skip_end  # type: ignore[method-assign]
    return win


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "focus landed nowhere"
    return widget


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def assert_focus_on(widget: QWidget) -> None:
    now = focused()
    assert now is widget, f"focus is on {type(now).__name__} {accessible_name(now)!r}"
    assert widget.isVisible()
    assert accessible_name(widget).strip(), "focus is on something without a name"


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_until(qtbot: QtBot, target: QWidget, limit: int = 40) -> list[QWidget]:
    """Press Tab until `target` has focus; the widgets passed on the way."""
    seen = []
    for _ in range(limit):
        if focused() is target:
            return seen
        seen.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {accessible_name(target)!r}; it cycled through "
                         f"{[accessible_name(w) for w in seen]}")


def test_the_library_tab_order_follows_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    library = window.library
    assert_focus_on(library.list)
    library.search.setFocus()
    order = [focused()]
    for _ in range(9):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order[:5] == [library.search, library.tag_filter, library.list,
                         library.description_scroll, library.start_button]
    assert library.history_button in order and library.settings_button in order


def test_a_whole_practice_by_keyboard(window: MainWindow, clock: FakeClock, qtbot: QtBot,
                                      asked: list[str], anapana_home: Path) -> None:
    library = window.library
    assert_focus_on(library.list)
    assert library.select("body-scan-5")
    press(qtbot, Qt.Key.Key_Return)

    # Check-in: focus on the first mood, a named, visible button.
    form = window.before_checkin
    assert form is not None and form.isVisible()
    first_mood = form._moods.buttons()[0]
    assert_focus_on(first_mood)
    press(qtbot, Qt.Key.Key_Tab)
    assert_focus_on(form._moods.buttons()[1])
    press(qtbot, Qt.Key.Key_Space)  # choose the second mood with the keyboard
    assert form.mood() == 2
    press(qtbot, Qt.Key.Key_Return)

    view = window.player_view
    assert view is not None
    assert window.stack.currentWidget() is view
    assert_focus_on(view)
    clock.advance(window.settings.lead_in_s + 30)
    window.controller.tick()

    # Pause from a focused button with Space; it never presses that button.
    tab_until(qtbot, view.skip_button)
    press(qtbot, Qt.Key.Key_Space)
    state = window.controller.state
    assert state is not None and state.status == "paused"
    assert view.pause_button.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    state = window.controller.state
    assert state is not None and state.status == "playing"
    assert not asked  # Space on Skip did not skip

    # → in a one-segment session would end it: it asks first.
    clock.advance(15)
    window.controller.tick()
    press(qtbot, Qt.Key.Key_Right)
    assert asked == ["skip past the end"]
    completion = window.completion
    assert completion is not None and window.stack.currentWidget() is completion
    from anapana.app.words import STOPPED_WORDS

    assert completion.words.text() == STOPPED_WORDS  # ended early, not "completed"

    # The after check-in, then the journal: focus on the field, named by its prompt.
    if completion.forms.currentWidget() is completion.checkin:
        assert_focus_on(completion.checkin._moods.buttons()[0])
        press(qtbot, Qt.Key.Key_Escape)
    assert_focus_on(completion.journal.editor)
    qtbot.keyClicks(completion.journal.editor, "Quiet feet.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert_focus_on(completion.back_button)
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is library
    assert_focus_on(library.list)

    # Ended by skipping: logged as ended early with the real time, never "completed".
    log, _ = open_log(UserPaths.from_environment().log_db, SYSTEM_CLOCK, [])
    try:
        (practice,) = list(log.practices())
    finally:
        log.close()
    assert practice.status == "stopped"
    assert 44 <= practice.practised_s <= 46
    assert practice.note == "Quiet feet."

    # History: focus on its first control; Tab goes through the table and out of it.
    tab_until(qtbot, library.history_button)
    press(qtbot, Qt.Key.Key_Space)
    history = window.history_view
    assert history is not None
    assert_focus_on(window.history_back)
    tab_until(qtbot, history.table)
    press(qtbot, Qt.Key.Key_Down)
    assert_focus_on(history.table)
    press(qtbot, Qt.Key.Key_Tab)
    assert_focus_on(history.note_editor.editor)
    press(qtbot, Qt.Key.Key_Tab)
    assert_focus_on(history.note_editor.done_button)
    assert history.note_editor.done_button.text() == "Save note"
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert_focus_on(history.table)
    tab_until(qtbot, window.history_back)
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is library

    # Settings: focus inside the dialog on a named control; Esc closes it and focus
    # comes back to the Settings button.
    tab_until(qtbot, library.settings_button)
    inside: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isActiveWindow():
            QTimer.singleShot(50, in_dialog)  # not up yet: look again
            return
        widget = QApplication.focusWidget()
        inside.append(accessible_name(widget) if widget is not None and
                      dialog.isAncestorOf(widget) else "")
        qtbot.keyClick(widget or dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            dialog.reject()  # never leave the test waiting on a dialog

    QTimer.singleShot(100, in_dialog)
    press(qtbot, Qt.Key.Key_Space)
    assert len(inside) == 1 and inside[0], "focus was not on a named control in Settings"
    # The offscreen platform has no window manager to hand activation back to the
    # window after a dialog (a real one does); then Qt restores the focus it had.
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    assert_focus_on(library.settings_button)


def test_declining_the_skip_keeps_the_session_going(window: MainWindow, clock: FakeClock,
                                                     qtbot: QtBot, asked: list[str]) -> None:
    window.flow._confirm_skip_end = lambda: bool(asked.append("asked"))  # type: ignore[method-assign,func-returns-value]
    entry = window.store.find("body-scan-5")
    assert entry is not None
    window.start_session(entry, checkin=False)
    clock.advance(window.settings.lead_in_s + 10)
    window.controller.tick()
    press(qtbot, Qt.Key.Key_Right)
    assert asked == ["asked"]
    state = window.controller.tick()
    assert state is not None and state.status == "playing"
    assert window.stack.currentWidget() is window.player_view
