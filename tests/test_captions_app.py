"""Captions in the player, on a fake clock: the words being said, under the step."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.controller import PlayerController
from anapana.app.main_window import MainWindow
from anapana.app.player_view import PlayerView
from anapana.app.settings import Settings
from anapana.app.settings_dialog import SettingsDialog
from anapana.core.plan import Plan, PlanSpeech
from tests.app_fixtures import APP_TEST_MARKS, open_window, play_plan
from tests.app_helpers import FakeClock, RecordingSink
from tests.helpers import load_text

pytestmark = APP_TEST_MARKS

SCAN = """\
title: Scan
segments:
  - body_scan: Scan
    step: 30s
    steps:
      - focus: Feet
        say: Bring your attention to your feet.
      - focus: Knees
        say: Now the knees, soft and heavy.
      - Hands
  - prompt: Close
    text: When you are ready, open your eyes.
    duration: 20s
"""
FEET = "Bring your attention to your feet."  # 6 words: shown 6 / 2.5 + 1 = 3.4 s


@pytest.fixture
def plan(tmp_path: Path) -> Plan:
    return load_text(tmp_path, SCAN).plan


def at(controller: PlayerController, clock: FakeClock, seconds: float) -> None:
    """Play on to `seconds` after the start, frame by frame (as the frame timer would)."""
    target = 1000.0 + seconds
    while clock.seconds < target - 1e-9:
        clock.seconds = min(clock.seconds + 0.05, target)
        controller.tick()
    clock.seconds = target
    controller.tick()


def said_until(controller: PlayerController, plan_s: float) -> float:
    """When the line sounding at `plan_s` ends: as the speech timeline has it."""
    line = controller.timeline.spoken_at(plan_s)
    assert line is not None
    return line.end_s


def caption(view: PlayerView) -> str:
    """The caption the user can see (empty when hidden or faded out)."""
    shows = view.caption.isVisible() and view.caption.opacity > 0
    return view.caption.text if shows else ""


def test_caption_shows_the_line_at_its_time_and_clears_after(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    assert caption(view) == ""  # the very first frame of a fade is still clear
    at(controller, clock, 1.0)
    assert caption(view) == FEET
    assert view.caption.geometry().top() > view.step_label.geometry().top()  # under the step
    end = said_until(controller, 1.0)
    at(controller, clock, end - 0.05)
    assert caption(view) == FEET and view.caption.opacity == 1.0
    at(controller, clock, end + 0.3)
    assert caption(view) == FEET and 0 < view.caption.opacity < 1.0  # fading out
    at(controller, clock, end + 0.7)
    assert caption(view) == ""
    at(controller, clock, 29.9)
    assert caption(view) == ""
    at(controller, clock, 31.0)
    assert caption(view) == "Now the knees, soft and heavy."
    controller.close()


def test_caption_fades_in_and_out_gently(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    end = said_until(controller, 0.0)
    levels = []
    for t in (0.0, 0.15, 0.3, 0.45, 1.0, end, end + 0.3, end + 0.55):
        at(controller, clock, t)
        levels.append(view.caption.opacity)
    assert levels[0] == 0.0 and levels[4] == 1.0
    assert levels[:5] == sorted(levels[:5]) and 0 < levels[2] < 1  # rising
    assert levels[5:] == sorted(levels[5:], reverse=True) and 0 < levels[6] < 1  # falling
    controller.close()


def test_with_reduced_motion_the_caption_does_not_fade(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    view.set_figure_style("circle", reduced_motion=True)
    at(controller, clock, 0.05)
    assert view.caption.opacity == 1.0 and caption(view) == FEET
    end = said_until(controller, 0.05)
    at(controller, clock, end - 0.05)
    assert view.caption.opacity == 1.0
    at(controller, clock, end + 0.05)
    assert caption(view) == ""  # gone at once, no fading out
    controller.close()


def test_captions_off_hides_them(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    view.set_captions(False)
    at(controller, clock, 1.0)
    assert caption(view) == ""
    view.set_captions(True)
    at(controller, clock, 1.1)
    assert caption(view) == FEET  # the line is still being said: it comes back
    controller.close()


def test_a_line_already_on_screen_is_not_shown_twice(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 60.3)  # "Hands" is said as its focus, which the step shows
    assert view.step_label.text() == "Hands" and caption(view) == ""
    at(controller, clock, 91.0)  # the prompt's text is on screen already
    assert view.prompt_label.isVisible() and caption(view) == ""
    controller.close()


def test_in_focus_mode_the_caption_carries_the_words(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    view.set_focus_mode(True)
    at(controller, clock, 60.3)
    assert not view.step_label.isVisible() and caption(view) == "Hands"
    controller.close()


def test_a_skip_clears_the_caption(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    assert caption(view) == FEET
    controller.skip_segment()
    assert caption(view) == ""  # the prompt's words are on its own label
    controller.close()


class TimedSink(RecordingSink):
    """A sink whose speech engine has rendered every line: it knows their real lengths."""

    def speech_duration(self, item: PlanSpeech) -> float | None:
        return 8.0 if item.text == FEET else None


def test_a_rendered_length_replaces_the_estimate(qtbot: QtBot, plan: Plan) -> None:
    controller = PlayerController(FakeClock(), sound=TimedSink(), run_timer=False)  # type: ignore[arg-type]
    view, controller, clock = play_plan(qtbot, plan, controller=controller)
    at(controller, clock, 7.5)  # far past the estimate (about 3 s): the line still sounds
    assert caption(view) == FEET
    at(controller, clock, 8.0 + 0.7)
    assert caption(view) == ""
    controller.close()


# -- the setting ---------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path,
           clock: FakeClock) -> tuple[MainWindow, Settings, FakeClock]:
    win = open_window(qtbot, clock, checkin=False, open_log=False, size=(1000, 700))
    return win, win.settings, clock


def test_captions_are_on_by_default_and_the_setting_turns_them_off(
        qtbot: QtBot, window: tuple[MainWindow, Settings, FakeClock]) -> None:
    win, settings, clock = window
    assert settings.captions is True
    entry = win.store.find("body-scan-5")
    assert entry is not None
    win.start_session(entry)
    view = win.player_view
    assert view is not None and view.captions
    first = entry.loaded.plan.speech[0].text  # type: ignore[union-attr]
    for _ in range(80):  # the lead-in, then a second into the first line, frame by frame
        clock.advance(0.05)
        win.controller.tick()
    assert caption(view) == first
    dialog = SettingsDialog(settings, parent=win)
    qtbot.addWidget(dialog)
    dialog.captions.setChecked(False)
    assert settings.captions is False and not view.captions
    win.controller.tick()
    assert caption(view) == ""
    dialog.captions.setChecked(True)
    assert settings.captions is True and view.captions



def test_an_intro_spoken_in_the_lead_in_is_shown_then(qtbot: QtBot, tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: B\nsegments:\n  - breathe: Arrive\n"
                               "    intro: Let the breath find its own pace.\n"
                               "    pattern: 4-6\n    cycles: 2\n").plan
    controller = PlayerController(FakeClock(), run_timer=False)
    controller.eyes_closed = "words"  # the intro is said before the first breath
    view, controller, clock = play_plan(qtbot, plan, lead_in_s=3.0, controller=controller)
    intro = controller.timeline.lines[0]
    assert intro.at_s < 0  # the controller moved it into the lead-in
    lead_in = controller.state.countdown_s if controller.state else 0.0
    at(controller, clock, lead_in + intro.at_s + 1.0)
    assert controller.state is not None and controller.state.status == "countdown"
    assert caption(view) == "Let the breath find its own pace."
    at(controller, clock, lead_in + intro.end_s + 0.7)
    assert caption(view) == ""
    controller.close()


def test_the_first_line_is_not_shown_before_the_lead_in_ends(qtbot: QtBot, plan: Plan) -> None:
    clock = FakeClock()
    controller = PlayerController(clock, run_timer=False)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    controller.load(plan, lead_in_s=3.0)
    view.prepare(plan)
    controller.start()
    at(controller, clock, 2.0)
    assert controller.state is not None and controller.state.status == "countdown"
    assert caption(view) == ""
    at(controller, clock, 4.0)
    assert caption(view) == FEET
    controller.close()
