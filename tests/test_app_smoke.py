"""The real `anapana` entry point, launched offscreen in a subprocess: it shows its
window, quits by itself, exits 0, and prints no error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def launch(home: Path, *args: str, quit_after_ms: int = 1500) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANAPANA_HOME=str(home),
               ANAPANA_QUIT_AFTER_MS=str(quit_after_ms), ANAPANA_REPORT_SHOWN="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    # The settings pick the silent sound backend: no audio device noise on stderr.
    settings = home / "config" / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[sound]\nbackend=silent\nspeak_guidance=false\n")
    return subprocess.run([sys.executable, "-m", "anapana", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def check_clean(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 0, done.stderr
    assert "anapana: shown" in done.stdout
    for word in ("Error", "Traceback"):
        assert word not in done.stderr, done.stderr


def test_the_app_opens_and_quits_cleanly(tmp_path: Path) -> None:
    check_clean(launch(tmp_path))


def test_run_opens_straight_into_a_session(tmp_path: Path) -> None:
    done = launch(tmp_path, "run", "box-breathing", "--no-checkin", quit_after_ms=2500)
    check_clean(done)
    log = tmp_path / "data" / "log.sqlite3"
    assert log.is_file(), "the practice was recorded"
    import sqlite3

    with sqlite3.connect(log) as db:
        rows = db.execute("SELECT session, status FROM practices").fetchall()
    assert rows == [("box-breathing", "stopped")]


def test_run_with_an_unknown_session_says_so(tmp_path: Path) -> None:
    done = launch(tmp_path, "run", "no-such-session")
    assert done.returncode == 2
    assert "no session called 'no-such-session'" in done.stderr


def test_a_second_start_hands_the_session_to_the_running_app(tmp_path: Path) -> None:
    import time

    # The first app lives until it is sent SIGTERM (an orderly quit): on a busy machine a
    # second start can take many seconds, and a first app that quit by itself meanwhile
    # would leave it nobody to hand over to.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANAPANA_HOME=str(tmp_path),
               ANAPANA_QUIT_AFTER_MS="120000", ANAPANA_REPORT_SHOWN="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    settings = tmp_path / "config" / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[sound]\nbackend=silent\nspeak_guidance=false\n")
    first = subprocess.Popen([sys.executable, "-m", "anapana"], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert first.stdout is not None
        assert "anapana: shown" in first.stdout.readline()
        second = None
        opened_own = 0
        deadline = time.monotonic() + 30.0
        while time.monotonic() < deadline:  # its server starts just after the first paint
            second = subprocess.run(
                [sys.executable, "-m", "anapana", "run", "box-breathing", "--no-checkin"],
                env=dict(env, ANAPANA_QUIT_AFTER_MS="200"), cwd=ROOT, capture_output=True,
                text=True, timeout=60)
            if "anapana: shown" not in second.stdout:
                break  # handed over: it never opened a window of its own
            opened_own += 1  # too early: it played the session itself
            time.sleep(0.2)
        assert second is not None and second.returncode == 0
        assert "anapana: shown" not in second.stdout
        first.terminate()
        _out, err = first.communicate(timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert first.returncode == 0 and "Traceback" not in err
    import sqlite3

    with sqlite3.connect(tmp_path / "data" / "log.sqlite3") as db:
        rows = db.execute("SELECT session FROM practices").fetchall()
    assert rows == [("box-breathing",)] * (opened_own + 1)  # one more: the first app
