"""A process killed with SIGKILL mid-session leaves a row the next opener marks interrupted.

This is the one log test on the real clock: a real subprocess records a practice with
the recorder as the app makes it (its real save interval, `SAVE_EVERY_S`, not a
shortened one) and is killed; the command line then opens the log.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from anapana.core.clock import SYSTEM_CLOCK
from anapana.log.commands import history_command
from anapana.log.opening import open_log
from anapana.log.recorder import SAVE_EVERY_S
from anapana.paths import UserPaths

CHILD = """
import sys, time
from pathlib import Path
from anapana.core.clock import SYSTEM_CLOCK
from anapana.log import Recorder
from anapana.log.opening import open_log
log, _ = open_log(Path(sys.argv[1]), SYSTEM_CLOCK, [])
recorder = Recorder(log, SYSTEM_CLOCK)  # as the app makes it: the real save interval
recorder.start(session="kill-test", title="Kill test", sha256="", planned_s=600)
began = time.monotonic()
print("started", flush=True)
while True:
    time.sleep(0.05)
    recorder.progress(time.monotonic() - began)
"""

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_session_is_found_interrupted_with_its_time_kept(tmp_path: Path) -> None:
    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "logs")
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.log_db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        began = time.monotonic()
        # Past the first save and halfway to the next: what a kill loses is visible.
        time.sleep(SAVE_EVERY_S * 1.5)

        # While it runs, a second opener (another app window) must leave it alone.
        log, notices = open_log(paths.log_db, SYSTEM_CLOCK, [])
        assert [p.status for p in log.practices()] == ["running"]
        assert notices == []
        log.close()

        time.sleep(0.5)
        child.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        # Wait for the death but leave the zombie unreaped on purpose: a zombie with the
        # same pid must count as ended.
        if hasattr(os, "waitid"):
            os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        else:
            child.wait()
        out, err = io.StringIO(), io.StringIO()
        assert history_command(paths, "json", None, out, err) == 0
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()

    rows = json.loads(out.getvalue())["practices"]
    assert len(rows) == 1
    row = rows[0]
    assert row["status"] == "interrupted"
    truth = killed - began
    # Saved every SAVE_EVERY_S: at most one interval (and scheduling slack) is lost.
    assert truth - SAVE_EVERY_S - 2.0 <= row["practised_s"] <= truth + 0.5
    assert row["practised_s"] >= SAVE_EVERY_S - 1.0  # it really did save along the way
    assert row["ended_at"] is not None
    assert "ended unexpectedly" in err.getvalue()
