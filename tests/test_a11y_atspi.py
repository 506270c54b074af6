"""The real Linux accessibility bus (AT-SPI, what Orca reads): a walker with Debian's
pyatspi finds the library's description text, the player's paused state and History's
table, and Tabs out of that table. Needs at-spi2-core, python3-pyatspi, Xvfb, openbox,
xdotool and dbus-run-session; skips with the reason when one is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from anapana.app.library_view import reflow
from anapana.paths import bundled_sessions_dir

HERE = Path(__file__).parent / "atspi"
pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/bin/python3").exists():
        return "Debian's /usr/bin/python3 is missing"
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    if not any(Path(p).exists() for p in ("/usr/libexec/at-spi-bus-launcher",
                                          "/usr/lib/at-spi2-core/at-spi-bus-launcher")):
        return "at-spi2-core is not installed"
    return None


def test_a_screen_reader_can_walk_the_library_player_and_history(tmp_path: Path) -> None:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    starts = []
    for path in sorted(bundled_sessions_dir().glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        text = data.get("description") or data.get("summary") or ""
        if text:
            starts.append(reflow(text)[:40])
    description = "\n".join(starts)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY",
                                                                      "DBUS_", "AT_SPI"))}
    env["ANAPANA_HOME"] = str(tmp_path / "home")
    env["HOME"] = str(tmp_path)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    app_log = tmp_path / "app.log"
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
         str(HERE / "run.sh"), sys.executable, description, str(app_log)],
        capture_output=True, text=True, timeout=240, env=env)
    out = result.stdout + result.stderr
    assert result.returncode == 0 and "ok done" in result.stdout, \
        out[-3000:] + "\n--- app ---\n" + (app_log.read_text()[-2000:] if app_log.exists() else "")
    for step in ("ok description text", "ok tag filter labelled", "ok paused exposed",
                 "ok history table", "ok tab leaves the table"):
        assert step in result.stdout
