"""The player page on a fake clock: what the user sees at each moment, and the keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anapana.app.main_window import MainWindow
from anapana.app.player_view import PlayerView
from anapana.app.settings import Settings
from anapana.paths import UserPaths
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock, RecordingSink

pytestmark = APP_TEST_MARKS


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def settings(anapana_home: Path) -> Settings:
    return Settings(UserPaths.from_environment().settings)


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock, sink: RecordingSink,
           settings: Settings) -> MainWindow:
    return open_window(qtbot, clock, checkin=False, open_log=False, settings=settings,
                       sink=sink, size=(1000, 700))


def example(name: str) -> str:
    """A session of tests/examples (copies of library files, which may change)."""
    return str(Path(__file__).parent / "examples" / f"{name}.yaml")


def start(window: MainWindow, session_id: str) -> PlayerView:
    entry = window.store.find(session_id)
    assert entry is not None and entry.ok
    window.start_session(entry)
    view = window.player_view
    assert view is not None
    assert window.stack.currentWidget() is view
    return view


def at(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    window.controller.tick()


def at_the_closing_prompt(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> PlayerView:
    """Evening inner healing skipped by → to its open "Closing" prompt, which waits."""
    view = start(window, example("evening-inner-healing"))
    at(window, clock, 3.5)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        at(window, clock, 0.2)
    assert window.controller.state is not None
    return view


def shown(label: object) -> str:
    """The text of a label the user can see (empty when hidden)."""
    return label.text() if label.isVisible() else ""  # type: ignore[attr-defined]


def test_countdown_then_the_first_inhale(window: MainWindow, clock: FakeClock) -> None:
    view = start(window, example("box-breathing"))
    assert shown(view.phase_label) == "Settle in"
    assert shown(view.detail_label) == "Beginning in 3"
    at(window, clock, 1.2)
    assert shown(view.detail_label) == "Beginning in 2"
    at(window, clock, 1.8 + 1.0)  # 1 s into the session
    assert shown(view.phase_label) == "Breathe in"
    assert shown(view.detail_label) == "3 s · breath 1 of 19"
    assert 0.0 < view.figure.fill < 1.0
    assert view.figure.kind == "inhale"
    assert shown(view.segment_label) == "Box breathing"
    assert shown(view.time_left_label) == "5:03 left"


def test_a_hold_is_shown_as_a_hold_and_cycles_count_up(window: MainWindow,
                                                       clock: FakeClock) -> None:
    view = start(window, example("box-breathing"))
    at(window, clock, 3.0 + 5.0)
    assert shown(view.phase_label) == "Hold"
    assert view.figure.kind == "hold_in"
    fill = view.figure.fill
    at(window, clock, 1.0)
    assert view.figure.fill == pytest.approx(fill)  # still on a hold...
    assert view.figure.progress > 0.4  # ...while its ring fills
    at(window, clock, 11.0)  # 17 s: the second breath
    assert shown(view.detail_label) == "3 s · breath 2 of 19"
    assert view.progress.value() == round(100 * 17 / 304)


def test_space_pauses_and_resumes_without_losing_time(window: MainWindow, clock: FakeClock,
                                                      qtbot: QtBot, sink: RecordingSink) -> None:
    view = start(window, example("box-breathing"))
    at(window, clock, 3.0 + 2.0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert shown(view.phase_label) == "Paused"
    assert view.pause_button.text() == "Resume"
    assert sink.scheduled == []  # nothing rings while paused
    at(window, clock, 60.0)
    state = window.controller.state
    assert state is not None and state.plan_s == pytest.approx(2.0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    at(window, clock, 1.0)
    assert shown(view.phase_label) == "Breathe in"
    assert window.controller.state is not None
    assert window.controller.state.plan_s == pytest.approx(3.0)
    assert sink.scheduled, "the cues are handed over again on resume"


def test_cues_go_to_the_sound_sink_with_clock_deadlines(window: MainWindow, clock: FakeClock,
                                                        sink: RecordingSink) -> None:
    start(window, example("box-breathing"))
    begin = clock.seconds + 3.0
    first = sink.scheduled[0]
    assert first[0].event == "start"
    assert first[1] == pytest.approx(begin)
    inhale_2 = next(d for cue, d in sink.scheduled if cue.event == "inhale" and cue.at_s > 0)
    assert inhale_2 == pytest.approx(begin + 16.0)
    at(window, clock, 3.1)
    assert sink.said and sink.said[0].startswith("Breathe in for four")


def test_right_arrow_skips_to_the_body_scan_with_its_steps(window: MainWindow,
                                                           clock: FakeClock, qtbot: QtBot,
                                                           sink: RecordingSink) -> None:
    view = start(window, example("evening-inner-healing"))
    at(window, clock, 3.0 + 10.0)
    said_before = len(sink.said)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    at(window, clock, 0.5)
    assert shown(view.segment_label) == "Resting in the body"
    step = shown(view.step_label)
    assert step
    assert shown(view.next_step_label).startswith("Next: ")
    assert shown(view.phase_label) == ""
    assert step == "Arriving in the body"
    assert shown(view.next_step_label) == "Next: Feet and legs"
    # The new step was said; nothing of the skipped breathing segment was.
    assert sink.said[said_before:] == [
        "Let the breath return to its own rhythm. Feel the weight of your body, held by "
        "the chair, the cushion or the bed."
    ]


def test_enter_continues_an_open_prompt_and_the_end_shows_kind_words(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    view = at_the_closing_prompt(window, clock, qtbot)
    assert window.controller.state.status == "waiting"
    assert view.continue_button.isVisible()
    assert shown(view.prompt_label)
    at(window, clock, 30.0)
    assert window.controller.state.status == "waiting"  # it waits for the user
    qtbot.keyClick(view, Qt.Key.Key_Return)
    at(window, clock, 0.1)
    completion = window.completion
    assert completion is not None and window.stack.currentWidget() is completion
    assert completion.words.text() == "Thank you for taking this time."
    assert "You practised for" in completion.practised.text()


def test_escape_stops_at_once_early_and_asks_after_thirty_seconds(
        window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    view = start(window, example("box-breathing"))
    asked: list[float] = []
    answer = [False]

    def confirm(practised_s: float) -> bool:
        asked.append(practised_s)
        return answer[0]

    view.confirm_stop = confirm
    at(window, clock, 3.0 + 40.0)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert asked == [pytest.approx(40.0)]
    assert window.controller.state is not None
    assert window.controller.state.status == "playing"  # "Keep going" resumes
    answer[0] = True
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.controller.state.status == "stopped"
    assert window.completion is not None
    assert window.stack.currentWidget() is window.completion
    assert window.completion.words.text() == "Every moment of practice counts."


def test_escape_in_the_first_thirty_seconds_does_not_ask(window: MainWindow, clock: FakeClock,
                                                         qtbot: QtBot) -> None:
    view = start(window, example("box-breathing"))
    view.confirm_stop = lambda _s: pytest.fail("should not ask")  # type: ignore[assignment,return-value]
    at(window, clock, 3.0 + 10.0)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.controller.state is not None
    assert window.controller.state.status == "stopped"


def test_m_mutes_and_f11_shows_only_the_figure(window: MainWindow, clock: FakeClock,
                                              qtbot: QtBot, sink: RecordingSink,
                                              settings: Settings) -> None:
    view = start(window, example("box-breathing"))
    at(window, clock, 4.0)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert sink.muted is True
    assert view.mute_button.text() == "Unmute"
    assert settings.muted is True
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.focus_mode
    assert view.figure.isVisible()
    for hidden in (view.phase_label, view.detail_label, view.pause_button, view.progress):
        assert not hidden.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaves focus mode, does not stop
    assert not view.focus_mode
    assert view.pause_button.isVisible()
    assert window.controller.state is not None
    assert window.controller.state.status == "playing"
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert sink.muted is False


def test_every_control_is_a_button_with_a_name(window: MainWindow) -> None:
    view = start(window, example("box-breathing"))
    buttons = [view.pause_button, view.skip_button, view.continue_button, view.stop_button,
               view.mute_button, view.focus_button]
    for button in buttons:
        # Named by its own text (what a screen reader reads), never a hidden fixed name.
        assert not button.accessibleName() and button.text()
        assert button.accessibleDescription()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.skip_button.click()  # the mouse reaches what the keys do
    assert window.controller.state is not None
    assert window.controller.state.status == "playing"  # skipping the lead-in starts


def test_reduced_motion_keeps_the_size_and_shows_a_ring(window: MainWindow, clock: FakeClock,
                                                        settings: Settings) -> None:
    settings.reduced_motion = True
    view = start(window, example("box-breathing"))
    figure = view.figure
    assert figure.reduced_motion
    at(window, clock, 3.0 + 0.5)  # early in the inhale: little breath
    size_low, colour_low = figure._scale(), figure._disc_colours()[0].name()
    at(window, clock, 3.0)  # late in the inhale: nearly full
    assert figure.fill > 0.9
    assert figure._scale() == size_low  # no growing...
    assert figure._disc_colours()[0].name() != colour_low  # ...a deeper colour instead
    assert figure._ring_visible()
    settings.reduced_motion = False
    assert not figure.reduced_motion
    assert figure._scale() > size_low  # with motion, a full breath is a larger disc


def test_the_square_figure_traces_a_side_per_phase(window: MainWindow, clock: FakeClock,
                                                   settings: Settings) -> None:
    settings.figure_style = "square"
    view = start(window, example("box-breathing"))
    at(window, clock, 3.0 + 6.0)
    assert view.figure.style_name == "square"
    image = view.figure.grab().toImage()
    assert not image.isNull()


def test_space_pauses_after_a_button_was_clicked(window: MainWindow, clock: FakeClock,
                                                 qtbot: QtBot) -> None:
    view = start(window, example("evening-inner-healing"))
    at(window, clock, 3.0 + 10.0)
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    at(window, clock, 0.5)
    assert window.controller.state is not None
    segment = window.controller.state.segment
    focused = window.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # where a real Space would go
    assert window.controller.state.status == "paused"
    assert window.controller.state.segment == segment  # not skipped a second time
    view.skip_button.setFocus()  # reached by Tab, Space on a button still pauses...
    qtbot.keyClick(view.skip_button, Qt.Key.Key_Space)
    assert window.controller.state.status == "playing"
    assert window.controller.state.segment == segment  # ...and never presses it
    view.pause_button.click()  # a click hands the keys back to the player
    assert window.focusWidget() is view


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_space_or_enter_continues_a_waiting_phase(window: MainWindow, clock: FakeClock,
                                                  qtbot: QtBot, key: Qt.Key) -> None:
    view = at_the_closing_prompt(window, clock, qtbot)
    assert window.controller.state.status == "waiting"
    qtbot.keyClick(view, key)
    assert window.controller.state.status == "finished"  # went on, not paused
    assert window.stack.currentWidget() is window.completion
