"""The log works only in the folders it is given: it never looks for the user's own.

Storage tests run on temporary folders, and must never read or change the real user's
log. So nothing in `anapana.log` may find folders by itself: no environment variables,
no platformdirs, no home folder. Here HOME and the XDG folders point at a sentinel
folder, and `os.environ` raises on any use while the log opens, records, fails to
write, keeps a rescue file and replays it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from anapana.log import CheckIn, Recorder, open_log
from tests.fakes import FakeClock

USER_FOLDERS = (
    "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR", "ANAPANA_HOME", "TMPDIR",
)  # fmt: skip


class _Untouchable(dict[str, str]):
    """An environment that fails the test the moment anything reads it."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"anapana.log read the environment ({args[:1]})")

    __getitem__ = get = __contains__ = __iter__ = keys = items = copy = _refuse  # type: ignore[assignment]


@contextlib.contextmanager
def no_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(os, "environ", _Untouchable())
        yield


@pytest.fixture
def sentinel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "sentinel-home"
    home.mkdir()
    for name in USER_FOLDERS:
        monkeypatch.setenv(name, str(home / name.lower()))
    return home


def test_opening_recording_and_rescuing_touch_only_the_given_folders(
    tmp_path: Path, sentinel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    log_path = tmp_path / "data" / "log.sqlite3"
    folders = [tmp_path / "data" / "rescue", tmp_path / "spare"]
    with no_environment(monkeypatch):
        log, _ = open_log(log_path, clock, folders)
        recorder = Recorder(log, clock)
        recorder.start(session="s", title="Sit", sha256="", planned_s=60, checkin=CheckIn(3))

        def full_disk(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(log, "save_practice", full_disk)
        clock.advance(30)
        recorder.finish("completed", 30.0)
        kept = recorder.rescue(folders)
        log.close()
        assert kept is not None and kept.parent == folders[0]

        again, notices = open_log(log_path, clock, folders)
        practice = again.get(recorder.practice.uuid if recorder.practice else "")
        again.close()
    assert practice is not None and practice.status == "completed"
    assert "writes-recovered" in {notice.kind for notice in notices}
    assert list(sentinel.rglob("*")) == []


def test_the_commands_open_the_log_from_the_paths_they_are_given(
    tmp_path: Path, sentinel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from anapana.log.commands import history_command, import_command
    from anapana.paths import UserPaths

    paths = UserPaths(data=tmp_path / "data", config=tmp_path / "config", logs=tmp_path / "l")
    export = tmp_path / "export.json"
    export.write_text('{"format": "anapana-log", "version": 1, "practices": []}')
    out, err = io.StringIO(), io.StringIO()
    with no_environment(monkeypatch):
        assert import_command(paths, export, out, err, FakeClock()) == 0
        assert history_command(paths, "json", None, out, err, FakeClock()) == 0
    assert paths.log_db.exists()
    assert list(sentinel.rglob("*")) == []
