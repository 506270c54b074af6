"""SIGTERM, SIGINT, SIGHUP and the desktop session ending quit like Quit does: the running
practice is kept as stopped with its time up to that moment (issue 9, item 3)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.composition import build_main_window
from anapana.app.main_window import MainWindow
from anapana.app.quit_signals import QUIT_SIGNALS, QuitSignals
from anapana.app.settings import Settings
from anapana.core.clock import SYSTEM_CLOCK
from anapana.log import rescue as rescue_file
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.app_helpers import FakeClock, RecordingSink

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("number", QUIT_SIGNALS, ids=lambda s: s.name)
def test_a_quit_signal_reaches_the_event_loop(qtbot: QtBot, number: signal.Signals) -> None:
    bridge = QuitSignals()
    try:
        with qtbot.waitSignal(bridge.received, timeout=5000) as got:
            os.kill(os.getpid(), number)
        assert got.args == [int(number)]
    finally:
        bridge.close()
    assert signal.getsignal(number) is not None
    assert signal.set_wakeup_fd(-1) == -1  # the wake-up fd was given back
    signal.set_wakeup_fd(-1)


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path) -> Iterator[tuple[MainWindow, FakeClock]]:
    clock = FakeClock()
    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    settings.lead_in_s = 0
    win = build_main_window(settings, paths, checkin=False, clock=clock,
                     sound_factory=lambda _l: RecordingSink(), open_log=True, run_timer=False)
    qtbot.addWidget(win)
    win.show()
    win.after_shown()
    yield win, clock
    win.close()


def _start(win: MainWindow, clock: FakeClock, seconds: float) -> None:
    entry = win.store.find("box-breathing")
    assert entry is not None and entry.loaded is not None
    win.start_session(entry)
    clock.advance(seconds)
    win.controller.tick()


def test_saving_before_quit_keeps_the_practice_as_stopped_with_its_time(
        window: tuple[MainWindow, FakeClock]) -> None:
    win, clock = window
    _start(win, clock, 37.5)
    clock.advance(0.5)  # no frame since: the time still counts up to the quit
    win.save_before_quit()
    win.save_before_quit()  # a second call (aboutToQuit after close) changes nothing
    log, _ = open_log(win.paths.log_db, SYSTEM_CLOCK, win.paths.rescue_folders)
    try:
        practices = list(log.practices())
    finally:
        log.close()
    assert [(p.status, p.practised_s) for p in practices] == [("stopped", 38.0)]


def test_a_note_being_written_is_kept_when_the_app_quits(
        window: tuple[MainWindow, FakeClock]) -> None:
    win, clock = window
    _start(win, clock, 30.0)
    win.controller.stop()
    assert win.completion is not None
    win.completion.journal.editor.setPlainText("Quiet, then the phone rang.")
    win.save_before_quit()  # before the draft's own save timer has fired
    log, _ = open_log(win.paths.log_db, SYSTEM_CLOCK, win.paths.rescue_folders)
    try:
        practices = list(log.practices())
    finally:
        log.close()
    assert [(p.status, p.note) for p in practices] == [("stopped", "Quiet, then the phone rang.")]


def test_a_full_disk_at_quit_keeps_the_practice_in_the_rescue_file(
        window: tuple[MainWindow, FakeClock], monkeypatch: pytest.MonkeyPatch) -> None:
    win, clock = window
    _start(win, clock, 12.0)
    assert win.parts.opened_log is not None

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(win.parts.opened_log, "save_practice", disk_full)
    win.save_before_quit()
    folder = win.paths.rescue_folders[0]
    files = sorted(folder.glob("*"))
    assert len(files) == 1
    kept = rescue_file.read(files[0])
    assert [(p.status, p.practised_s) for p in kept] == [("stopped", 12.0)]


@pytest.mark.timeout(30)
def test_the_app_wires_signals_and_quitting_to_the_quit_path(
        window: tuple[MainWindow, FakeClock], qtbot: QtBot, qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from anapana.app.main import install_quit_paths

    win, clock = window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    asked: list[str] = []
    bridge = install_quit_paths(app, win, lambda: asked.append("quit"))
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        qtbot.waitUntil(lambda: asked == ["quit"], timeout=5000)
        _start(win, clock, 20.0)
        app.aboutToQuit.emit()  # whatever quits the app saves first
    finally:
        bridge.close()
        with warnings.catch_warnings(), contextlib.suppress(RuntimeError, SystemError):
            warnings.simplefilter("ignore")
            app.aboutToQuit.disconnect(win.save_before_quit)
    log, _ = open_log(win.paths.log_db, SYSTEM_CLOCK, win.paths.rescue_folders)
    try:
        practices = list(log.practices())
    finally:
        log.close()
    assert [(p.status, p.practised_s) for p in practices] == [("stopped", 20.0)]


# -- the real app, a real signal -----------------------------------------------------------

def _environment(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ANAPANA_HOME"}
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(HOME=str(root / "home"), XDG_DATA_HOME=str(root / "data"),
               XDG_CONFIG_HOME=str(root / "config"), XDG_STATE_HOME=str(root / "state"),
               XDG_CACHE_HOME=str(root / "cache"), XDG_RUNTIME_DIR=str(runtime),
               QT_QPA_PLATFORM="offscreen", ANAPANA_REPORT_SHOWN="1")
    return env


def _paths(env: dict[str, str]) -> dict[str, Path]:
    done = subprocess.run([sys.executable, "-m", "anapana", "paths"], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    found: dict[str, Path] = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition("  ")
        found[name.strip()] = Path(value.strip())
    assert str(found["Practice log"]).startswith(env["XDG_DATA_HOME"]), done.stdout
    return {"log": found["Practice log"], "settings": found["Settings"]}


def _running_row(log_db: Path, deadline: float) -> tuple[float, str, float]:
    """The new row's start (whole seconds in the log), status, and when it was first seen."""
    while time.monotonic() < deadline:
        if log_db.exists():
            try:
                with sqlite3.connect(f"file:{log_db}?mode=ro", uri=True) as db:
                    row = db.execute("SELECT started_at, status FROM practices").fetchone()
            except sqlite3.Error:
                row = None
            if row is not None:
                return float(row[0]), str(row[1]), time.time()
        time.sleep(0.05)
    raise AssertionError("the practice never appeared in the log")


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize("number", QUIT_SIGNALS, ids=lambda s: s.name)
def test_a_signal_mid_session_keeps_the_time_practised(tmp_path: Path,
                                                        number: signal.Signals) -> None:
    env = _environment(tmp_path)
    paths = _paths(env)
    settings = paths["settings"]
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[practice]\nlead_in_s=0\n[sound]\nbackend=silent\n")
    app = subprocess.Popen([sys.executable, "-m", "anapana", "run", "box-breathing",
                            "--no-checkin"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        started_at, status, seen = _running_row(paths["log"], time.monotonic() + 90)
        assert status == "running"
        time.sleep(4.0)
        sent = time.time()
        app.send_signal(number)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    with sqlite3.connect(f"file:{paths['log']}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT status, practised_s, ended_at FROM practices").fetchall()
    assert len(rows) == 1
    status, practised, ended_at = rows[0]
    assert status == "stopped"
    # The log keeps whole seconds, so the start lies between its row's time and the moment
    # the test first saw the row (polled every 50 ms).
    at_least, at_most = sent - seen, sent - started_at
    assert at_least >= 4.0
    assert at_least - 1.0 <= practised <= at_most + 1.0, (practised, at_least, at_most)
    assert ended_at >= int(sent)
