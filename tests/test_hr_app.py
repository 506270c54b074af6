"""Heart rate in the window, with the simulator (or a scripted source) in place of a strap:
the trace draws under the breath curve, signal loss reads calmly, the finder ends on a
result screen whose "Create my resonance session" writes a valid session, and the
practice's heart row lands in the log."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.breath_curve import PAST_S, PAST_WITH_HEART_S
from anapana.app.heart_live import HeartLive
from anapana.app.heart_result import resonance_session_yaml, write_resonance_session
from anapana.app.main_window import MainWindow
from anapana.core.clock import SYSTEM_CLOCK
from anapana.core.library import load_entry
from anapana.hr.sources import BeatTrainSource, HeartRateSource
from anapana.log.heart import HeartRecord, heart_of
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.app_fixtures import open_window
from tests.app_helpers import FakeClock

pytestmark = [
    pytest.mark.gui,
    pytest.mark.usefixtures("no_running_timers"),
]


def _window(qtbot: QtBot, clock: FakeClock, hr_simulate: float | None) -> MainWindow:
    return open_window(qtbot, clock, checkin=False, open_log=True, size=(1100, 720),
                       hr_simulate=hr_simulate)


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> MainWindow:
    return _window(qtbot, clock, 5.5)


def heart_row_of_the_practice(window: MainWindow) -> HeartRecord | None:
    """The heart row the log holds for the window's last practice."""
    recorder = window.parts.made_recorder
    practice = recorder.practice if recorder is not None else None
    assert practice is not None
    log, _ = open_log(UserPaths.from_environment().log_db, SYSTEM_CLOCK, [])
    try:
        return heart_of(log, practice.uuid)
    finally:
        log.close()


def _play(window: MainWindow, clock: FakeClock, seconds: float, step: float) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        window.controller.tick()


def _start(window: MainWindow, session: str) -> None:
    entry = window.store.find(session)
    assert entry is not None and entry.ok
    window.start_session(entry)


def test_the_live_heart_trace_draws_under_the_breath_curve(window: MainWindow,
                                                           clock: FakeClock) -> None:
    _start(window, "coherent-breathing-10")
    _play(window, clock, window.settings.lead_in_s + 60, 0.1)
    view = window.player_view
    assert view is not None
    panel = window.parts.made_heart.panel if window.parts.made_heart is not None else None
    assert panel is not None and panel.isVisible()
    assert panel.trace.point_count() > 40  # about a beat a second for a minute
    assert re.fullmatch(r"last breath's swing \d+", panel.swing_label.text())
    assert re.fullmatch(r"\d+ beats a minute", panel.rate_label.text())
    assert panel.state_label.text() == ""  # connected: nothing to say
    assert view.curve is not None and view.curve.past_s == PAST_WITH_HEART_S  # type: ignore[attr-defined]
    # The trace is on the breath curve's axis: the newest beat sits just left of now.
    newest = panel.trace.newest_s()
    assert newest is not None and -2.0 < newest <= 0.0
    image = panel.trace.grab().toImage()
    assert image.width() > 100
    colours = {image.pixelColor(i, j).name() for i in range(0, image.width(), 4)
               for j in range(0, image.height(), 2)}
    from anapana.app.theme import resolve

    assert resolve(window.settings.theme).problem.lower() in colours  # the heart line is drawn


def test_without_a_source_the_player_is_as_before(qtbot: QtBot, anapana_home: Path,
                                                   clock: FakeClock) -> None:
    win = _window(qtbot, clock, None)
    try:
        _start(win, "coherent-breathing-10")
        _play(win, clock, win.settings.lead_in_s + 5, 0.5)
        view = win.player_view
        assert view is not None and view._heart is None
        assert view.curve is not None and view.curve.past_s == PAST_S  # type: ignore[attr-defined]
        assert win.parts.made_heart is not None and win.parts.made_heart.panel is None
    finally:
        win.close()


def test_a_lost_signal_is_a_quiet_line_not_a_dialog(qtbot: QtBot, anapana_home: Path,
                                                     clock: FakeClock) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    win = _window(qtbot, clock, None)
    win.settings.set_heart_strap("AA:BB:CC:DD:EE:FF", "Test strap")

    def scripted(_address: str, _name: str) -> HeartRateSource:
        return BeatTrainSource([900.0] * 200, name="Test strap", gaps=[(20.0, 40.0)])

    win.parts._heart = HeartLive(win.settings, clock, strap_factory=scripted, parent=win)
    try:
        _start(win, "coherent-breathing-10")
        _play(win, clock, win.settings.lead_in_s + 30, 0.25)
        panel = win.parts.made_heart.panel
        assert panel is not None
        assert panel.state_label.isVisible()
        assert panel.state_label.text() == "Heart signal lost for now; it will come back by itself."
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]
        _play(win, clock, 15, 0.25)
        assert panel.state_label.text() == ""  # it came back by itself
    finally:
        win.close()


def test_the_finder_ends_on_the_result_screen_and_creates_a_session(
        window: MainWindow, clock: FakeClock, anapana_home: Path) -> None:
    _start(window, "resonance-rate-finder")
    plan = window.controller.plan
    assert plan is not None
    _play(window, clock, window.settings.lead_in_s + plan.total_s + 2, 0.5)
    result = window.heart_result
    assert result is not None and window.stack.currentWidget() is result
    assert result.assessment is not None
    assert [rate for rate, _v in result.bars.bars] == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert sum(v is not None for _r, v in result.bars.bars) >= 4
    best = result.assessment.best_per_min
    assert best is not None
    assert f"{best:g} breaths a minute" in result.recommendation.text()
    assert result.reason.text() == result.assessment.reason  # in words (English here)
    assert best == 5.5  # the simulated heart resonates at 5.5
    result.create_button.click()
    assert result.created is not None
    entry = load_entry(result.created, "user")
    assert entry.ok and entry.loaded is not None
    assert result.created.parent == UserPaths.from_environment().sessions
    inhales = [p for p in entry.loaded.plan.phases if p.kind == "inhale"]
    assert 60 / (inhales[1].start_s - inhales[0].start_s) == pytest.approx(best)
    assert window.store.find(result.created.stem) is not None  # in the library now
    result.continue_button.click()
    assert window.stack.currentWidget() is window.completion
    record = heart_row_of_the_practice(window)
    assert record is not None
    assert record.beats > 500 and record.mean_hr_bpm is not None and record.rmssd_ms
    assert record.mean_swing_bpm is not None and record.signal_s > 600
    assert record.assessment is not None and len(record.assessment["rates"]) == 5
    assert record.chosen_per_min == best


def test_a_plain_session_keeps_its_heart_row_without_a_result_screen(
        window: MainWindow, clock: FakeClock) -> None:
    _start(window, "relaxing-breath-4-7-8")
    plan = window.controller.plan
    assert plan is not None
    _play(window, clock, window.settings.lead_in_s + plan.total_s + 1, 0.5)
    assert window.stack.currentWidget() is window.completion
    assert window.heart_result is None
    record = heart_row_of_the_practice(window)
    assert record is not None and record.assessment is None and len(record.rr_ms) > 50


@pytest.mark.parametrize("rate", [4.5, 5.0, 5.5, 6.0, 6.5])
def test_created_sessions_validate_and_never_overwrite(tmp_path: Path, rate: float) -> None:
    first, why = write_resonance_session(tmp_path, rate, date(2026, 11, 30))
    second, _ = write_resonance_session(tmp_path, rate, date(2026, 11, 30))
    assert first is not None and second is not None and first != second, why
    entry = load_entry(first, "user")
    assert entry.ok and entry.loaded is not None
    assert entry.loaded.session.title == f"My resonance breathing ({rate:g} a minute)"
    inhales = [p for p in entry.loaded.plan.phases if p.kind == "inhale"]
    period = inhales[1].start_s - inhales[0].start_s
    assert 60 / period == pytest.approx(rate, abs=1e-6)
    assert f"pace: {rate:g}" in resonance_session_yaml(rate, date(2026, 11, 30))


def test_a_session_that_cannot_be_written_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "sessions"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    path, why = write_resonance_session(blocker, 5.5, date(2026, 11, 30))
    assert path is None and why.startswith("The session could not be written")


def test_without_bleak_a_chosen_strap_changes_nothing(
        qtbot: QtBot, anapana_home: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "bleak", None)  # as if the hr extra were not installed
    win = _window(qtbot, clock, None)
    win.settings.set_heart_strap("AA:BB:CC:DD:EE:FF", "Mine")
    try:
        _start(win, "coherent-breathing-10")
        _play(win, clock, win.settings.lead_in_s + 3, 0.5)
        assert win.player_view is not None and win.player_view._heart is None
    finally:
        win.close()


def test_hr_simulate_is_a_hidden_option_with_a_checked_rate(
        capsys: pytest.CaptureFixture[str], anapana_home: Path) -> None:
    from anapana.cli import build_parser, main

    assert "hr-simulate" not in build_parser().format_help()
    assert main(["run", "coherent-breathing-10", "--hr-simulate", "42"]) == 2
    assert "3 to 10 breaths a minute" in capsys.readouterr().err
    monkey = pytest.MonkeyPatch()
    try:
        monkey.setenv("ANAPANA_HR_SIMULATE", "five")
        from anapana.app.heart_live import simulate_rate_from_env

        assert simulate_rate_from_env() is None
        monkey.setenv("ANAPANA_HR_SIMULATE", "5.5")
        assert simulate_rate_from_env() == 5.5
    finally:
        monkey.undo()
