"""What the app imports to start: the library is in the first paint, and what the first
look does not show (the log, tray, reminders, other pages, sound, heavy libraries) waits.

The real entry point runs offscreen with `-X importtime` (every import is written to
stderr as it happens) and `ANAPANA_STARTUP_PROBE=1` (marks written to stdout when the
library list and then the plan preview have been painted); both go to one pipe, so
the order tells which imports came before each mark. The plan cache is warmed by a
first run, as a user's is.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

NEVER_AT_START = ("pydantic", "yaml", "scipy", "bleak", "piper", "onnxruntime",
                  "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "simpleaudio")
"""Needed for a changed session file, heart rate, speech or sound: not to open the app."""
AFTER_THE_LIST = ("numpy", "pyqtgraph")
"""The plan preview's: imported once the list is on screen, never before."""
AFTER_THE_FIRST_PAINT = (
    "sqlite3", "anapana.log.store", "anapana.log.recorder", "anapana.reminders",
    "anapana.app.desktop.integration", "anapana.app.desktop.tray",
    "anapana.app.desktop.single_instance", "anapana.app.desktop.reminder_service",
    "PySide6.QtNetwork", "PySide6.QtDBus", "subprocess", "html",
    "anapana.app.plan_preview", "anapana.app.player_view", "anapana.app.controller",
    "anapana.app.history", "anapana.app.settings_dialog", "anapana.app.checkin",
    "anapana.sound.output", "anapana.sound.library",
    "socket", "selectors", "hashlib", "ctypes", "anapana.heap", "anapana.core.plan",
    "anapana.core.session_text", "difflib", "json",
)
LATER_PAGES_AND_DIALOGS = (
    "anapana.app.completion", "anapana.app.journal", "anapana.app.heart_result",
    "anapana.app.heart_panel", "anapana.app.heart_live", "anapana.app.heart_settings",
    "anapana.app.heart_track", "anapana.app.voice_manager", "anapana.app.voice_download_dialog",
    "anapana.app.player_captions", "anapana.app.figure", "anapana.app.figure_pictures",
    "anapana.app.breath_curve", "anapana.app.frame_pacing", "anapana.app.body_map",
    "anapana.app.recording", "anapana.app.background_task", "anapana.app.caption",
    "anapana.app.locale_numbers", "anapana.app.desktop.about", "anapana.app.desktop.autostart",
    "anapana.app.desktop.preferences", "anapana.app.desktop.reminder_note",
    "anapana.app.desktop.reminder_panel",
)
"""Pages, panels and dialogs the first look does not show (the player and its parts, the
closing and journal pages, the heart-rate result and settings, the voices, About and the
reminder settings), and what only they use: each is imported when first opened."""
"""Not seen in the first look (the log, the tray, reminders, single instance, the other
pages, sound): each waits until the library has been painted or is first needed. Nor
what only they need: `socket` (the hand-over and the quit signals use `_socket`),
`hashlib` (OpenSSL: the plan is read, and its file's hash checked, for the preview),
`ctypes` (the allocator's settings), `json` (a hand-over with someone to hand to), a
session's plan and its translation's checks."""


def start(home: Path) -> list[str]:
    # In English: in a source checkout another language's catalogue is compiled (by
    # lrelease, through subprocess) at the first start, which is fair before the paint.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANAPANA_HOME=str(home),
               ANAPANA_STARTUP_PROBE="1", LANGUAGE="en")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    settings = home / "config" / "settings.ini"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[sound]\nbackend=auto\nspeak_guidance=true\n")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "anapana"], env=env,
                          cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    return done.stdout.splitlines()


def imported(lines: list[str]) -> set[str]:
    """The modules named by `-X importtime` lines."""
    return {line.rsplit("|", 1)[1].strip() for line in lines
            if line.startswith("import time:") and "|" in line}


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_heavy_libraries_wait_until_they_are_needed(tmp_path: Path) -> None:
    start(tmp_path)  # fills the plan cache
    lines = start(tmp_path)
    marks = [i for i, line in enumerate(lines) if line.startswith("anapana: ")]
    names = [lines[i].split(" at=")[0] for i in marks]
    assert names == ["anapana: painted", "anapana: library shown", "anapana: preview shown"]
    # The library is in the window's first paint, not in a later one.
    assert " list_rows=" in lines[marks[0]]
    assert int(lines[marks[0]].split(" list_rows=")[1].split()[0]) > 0, lines[marks[0]]
    # The shortcuts and the window icon (PySide6's QIcon type) wait for the first paint,
    # and are there once the preview is.
    assert " shortcuts=0 qicon=0" in lines[marks[0]], lines[marks[0]]
    assert " shortcuts=1 window_icon=1" in lines[marks[2]], lines[marks[2]]
    before_paint = imported(lines[: marks[0]])
    assert "anapana.app.library_view" in before_paint
    # PySide6's per-import check reads files instead of keeping their lines (15 ms).
    assert "anapana.app.pyside_feature_check" in before_paint
    early = [name for name in AFTER_THE_FIRST_PAINT + LATER_PAGES_AND_DIALOGS
             if loaded(before_paint, name)]
    assert early == [], f"imported before the first paint: {early}"
    before_list = imported(lines[: marks[1]])
    whole_run = imported(lines)
    assert "anapana.core.library" in before_list  # the check itself sees imports
    early = [name for name in NEVER_AT_START + AFTER_THE_LIST if loaded(before_list, name)]
    assert early == [], f"imported before the library list was shown: {early}"
    late = [name for name in NEVER_AT_START if loaded(whole_run, name)]
    assert late == [], f"imported to open the app: {late}"
