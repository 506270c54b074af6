"""What a screen reader gets through QAccessible (the Qt side of AT-SPI): every control
has a name, labels expose their own text, the player's moments are announced, and its
paused state shows in the tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from anapana.app import theme
from anapana.app.main_window import MainWindow
from anapana.app.settings import Settings
from anapana.core.plan import Plan
from anapana.paths import UserPaths
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock

pytestmark = APP_TEST_MARKS

Text = QAccessible.Text


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> MainWindow:
    settings = Settings(UserPaths.from_environment().settings)
    settings.announce_phases = True
    win = open_window(qtbot, clock, checkin=True, open_log=True, settings=settings,
                      size=(1100, 720))
    win._confirm_skip_end = lambda: True  # type: ignore[method-assign]
    return win


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every announcement posted through `QAccessible.updateAccessibility`, in order.

    PySide6 does not bind `QAccessible.installUpdateHandler`, so the Qt entry point is
    wrapped instead: the real event still goes on to Qt (and to AT-SPI, when on).
    """
    heard: list[str] = []
    real = QAccessible.updateAccessibility

    def spy(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            heard.append(event.message())  # type: ignore[attr-defined]
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(spy))
    return heard


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return iface.text(Text.Name)


def labelled_by(widget: QWidget) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, widget
    return [label.text(Text.Name).replace("&", "")
            for label, _kind in iface.relations(QAccessible.RelationFlag.Label)]


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible, enabled widgets reachable by Tab whose accessible name is empty."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QWidget) \
                and type(widget.parent()).__name__.endswith(("SpinBox", "TimeEdit")):
            continue  # a spin box's inner editor: the spin box carries the name
        if not name_of(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def hidden_label_texts(root: QWidget) -> list[str]:
    """Visible labels whose accessible name does not include the text they show."""
    wrong = []
    for label in root.findChildren(QLabel):
        text = label.text().replace("&", "").strip()
        if not label.isVisible() or not text or label.buddy() is not None:
            continue
        if " ".join(text.split()) not in " ".join(name_of(label).split()):
            wrong.append(f"{text!r} exposed as {name_of(label)!r}")
    return wrong


def start(window: MainWindow, qtbot: QtBot, session: str) -> None:
    entry = window.store.find(session)
    assert entry is not None and entry.ok
    window.start_session(entry)
    form = window.before_checkin
    if form is not None and window.stack.currentWidget() is not window.player_view:
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.player_view


def past_the_lead_in(window: MainWindow, qtbot: QtBot, clock: FakeClock, session: str) -> Plan:
    """Start `session` and play to just past its lead-in: its first moment."""
    start(window, qtbot, session)
    clock.advance(window.settings.lead_in_s + 0.1)
    window.controller.tick()
    plan = window.controller.plan
    assert plan is not None
    return plan


def test_every_control_has_a_name_and_labels_expose_their_text(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    library = window.library
    assert unnamed_controls(window) == []
    assert hidden_label_texts(window) == []
    # The session's description is exposed as the text itself.
    assert library.detail_text.text()
    assert name_of(library.detail_text) == library.detail_text.text()
    assert name_of(library.detail_title) == library.detail_title.text()
    # The tag filter is labelled by its visible label (on Linux a combo's name is its
    # value, and Orca reads the labelled-by relation, from the label's buddy).
    assert labelled_by(library.tag_filter) == ["Tag"]

    entry = window.store.find("body-scan-5")
    assert entry is not None
    window.start_session(entry)
    form = window.before_checkin
    assert form is not None
    assert unnamed_controls(window) == []
    assert hidden_label_texts(window) == []

    qtbot.keyClick(form, Qt.Key.Key_Escape)
    view = window.player_view
    assert view is not None
    clock.advance(window.settings.lead_in_s + 20)
    window.controller.tick()
    assert unnamed_controls(window) == []
    assert hidden_label_texts(window) == []
    assert view.step_label.isVisible()
    assert name_of(view.step_label) == view.step_label.text()
    assert name_of(view.next_step_label).startswith("Next: ")
    assert name_of(view.time_left_label).endswith(" left")
    # Progress has a text value, not a number out of 1000.
    progress = QAccessible.queryAccessibleInterface(view.progress)
    assert progress is not None
    assert progress.text(Text.Description).endswith(" left")
    assert "% done" in progress.text(Text.Description)
    assert view.progress.maximum() == 100

    window.controller.stop()
    completion = window.completion
    assert completion is not None and window.stack.currentWidget() is completion
    assert unnamed_controls(window) == []
    assert hidden_label_texts(window) == []
    assert name_of(completion.words) == completion.words.text()
    qtbot.keyClick(completion.checkin, Qt.Key.Key_Escape)
    assert completion.forms.currentWidget() is completion.journal
    assert name_of(completion.journal.editor) == completion.journal.prompt.text()
    completion.back_button.click()

    window.show_history()
    assert window.history_view is not None
    qtbot.waitUntil(lambda: window.history_view.model.rowCount() > 0)  # type: ignore[union-attr]
    assert unnamed_controls(window) == []
    assert hidden_label_texts(window) == []
    history = window.history_view
    assert name_of(history.search_box) == "Search your practices"
    assert name_of(history.table) == "Practices"
    assert name_of(history.note_editor.editor)


def test_the_settings_dialog_names_every_control(window: MainWindow, qtbot: QtBot) -> None:
    from anapana.app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, voices=["Voice A"], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert hidden_label_texts(dialog) == []
    dialog.close()


def test_each_player_moment_is_announced(window: MainWindow, clock: FakeClock, qtbot: QtBot,
                                         announcements: list[str]) -> None:
    start(window, qtbot, "box-breathing")
    assert announcements == ["Settle in. Beginning in 3 seconds"]
    plan = window.controller.plan
    assert plan is not None
    inhale = next(i for i, p in enumerate(plan.phases) if p.kind == "inhale")
    clock.advance(window.settings.lead_in_s + 0.1)
    window.controller.tick()
    # The opening words (a prompt) are announced as they are: a sighted user reads them.
    first = plan.phases[0]
    if first.kind == "prompt":
        assert announcements[1:] and announcements[-1] == first.text
    while (state := window.controller.tick()) is not None and state.phase_index < inhale:
        if state.status == "waiting":
            window.controller.continue_open()
        else:
            clock.advance(1.0)
    # A phase with its length.
    assert announcements[-1] == "Breathe in, 4 seconds"
    clock.advance(4)
    window.controller.tick()
    assert announcements[-1] == "Hold, 4 seconds"
    view = window.player_view
    assert view is not None
    view.pause_button.click()
    assert announcements[-1] == "Paused. Press Space to resume"
    view.pause_button.click()
    assert announcements[-1] == "Resumed"
    window.controller.stop()
    assert announcements[-1].startswith("Session stopped. You practised for ")


def test_each_segment_title_is_announced(window: MainWindow, clock: FakeClock, qtbot: QtBot,
                                         announcements: list[str]) -> None:
    plan = past_the_lead_in(window, qtbot, clock, "morning-arrive")
    assert len(plan.segments) > 2
    assert announcements[1] == plan.segments[0].title
    view = window.player_view
    assert view is not None
    view.request_skip()
    assert plan.segments[1].title in announcements[-2:]
    window.controller.stop()


def test_steps_prompts_and_the_end_are_announced(
        window: MainWindow, clock: FakeClock, qtbot: QtBot, announcements: list[str]) -> None:
    plan = past_the_lead_in(window, qtbot, clock, "body-scan-5")
    step = plan.phases[0]
    assert announcements[-1] == f"{step.text}, {round(step.duration_s or 0)} seconds"
    window.controller.stop()
    window.show_library()

    plan = past_the_lead_in(window, qtbot, clock, "breathing-space-3")
    prompt = plan.phases[0]
    assert prompt.kind == "prompt" and prompt.text
    assert prompt.text in announcements
    window.controller.stop()
    window.show_library()

    start(window, qtbot, "relaxing-breath-4-7-8")
    plan = window.controller.plan
    assert plan is not None
    clock.advance(window.settings.lead_in_s + plan.total_s + 1)
    window.controller.tick()
    assert announcements[-1].startswith("The session has ended. You practised for ")


def test_nothing_is_announced_when_announcements_are_off(
        window: MainWindow, clock: FakeClock, qtbot: QtBot, announcements: list[str]) -> None:
    window.settings.announce_phases = False
    start(window, qtbot, "box-breathing")
    clock.advance(window.settings.lead_in_s + 10)
    window.controller.tick()
    assert announcements == []


def test_the_paused_state_is_exposed(window: MainWindow, clock: FakeClock,
                                     qtbot: QtBot) -> None:
    start(window, qtbot, "box-breathing")
    clock.advance(window.settings.lead_in_s + 9)  # into the hold
    window.controller.tick()
    view = window.player_view
    assert view is not None
    button = QAccessible.queryAccessibleInterface(view.pause_button)
    assert button is not None
    assert not button.state().checked
    assert button.state().checkable
    view.pause_button.click()
    assert name_of(view.phase_label) == "Paused"
    assert button.text(Text.Name) == "Resume"
    assert button.state().checked
    view.pause_button.click()
    assert name_of(view.phase_label) != "Paused"
    assert not button.state().checked
    assert button.text(Text.Name) == "Pause"


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_a_styled_field_draws_its_placeholder_muted(qtbot: QtBot, palette: theme.Palette) -> None:
    """The stylesheet must not turn the placeholder into half-transparent text (3:1)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, palette)
    try:
        field = QLineEdit()
        field.setPlaceholderText("Search sessions")
        qtbot.addWidget(field)
        field.show()
        colour = field.palette().color(field.palette().ColorRole.PlaceholderText)
        assert colour.alpha() == 255
        assert theme.contrast_ratio(colour.name(), palette.surface) >= 4.5
    finally:
        theme.apply(app, theme.LIGHT)
