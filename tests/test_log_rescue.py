"""Writes kept aside when the disk is still full at quit, and added back on the next open."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from anapana.core.clock import SYSTEM_CLOCK
from anapana.log import CheckIn, Notice, PracticeLog, Recorder, practice_json
from anapana.log import rescue as rescue_file
from anapana.log.opening import open_log
from anapana.log.owner import ProcessIdentity
from tests.fakes import FakeClock

GONE = ProcessIdentity(2**22 + 12345, "boot:gone")  # above Linux's pid_max: never alive


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 6, 45, tzinfo=UTC), timedelta(hours=2))


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "log.sqlite3"


@pytest.fixture
def folders(tmp_path: Path, log_path: Path) -> list[Path]:
    return [log_path.parent / "rescue", tmp_path / "config" / "rescue", tmp_path / "temp"]


def full_disk(*_args: Any, **_kwargs: Any) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def practise_on_a_full_disk(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Path]:
    """A whole session, check-in and note while every write fails; then the quit's rescue."""
    log, _ = open_log(log_path, clock, folders)
    monkeypatch.setattr(log, "save_practice", full_disk)
    recorder = Recorder(log, clock, owner=GONE)
    practice = recorder.start(
        session="evening-unwind", title="Evening unwind", sha256="ab" * 32, planned_s=600,
        checkin=CheckIn(2, ("tired",)),
    )  # fmt: skip
    clock.advance(600)
    recorder.finish("completed", 600)
    recorder.record_checkin("after", CheckIn(4, ("calm", "grateful")))
    recorder.save_note("Slower breath; the shoulders let go.")
    assert not recorder.retry() and recorder.unsaved
    written = recorder.rescue(folders)
    log.close()
    assert written is not None
    return practice.uuid, written


def kinds(notices: list[Notice]) -> list[str]:
    return [notice.kind for notice in notices]


def test_a_practice_and_note_kept_at_quit_are_in_the_log_once_after_a_restart(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    assert written.parent == log_path.parent / "rescue"

    log, notices = open_log(log_path, clock, folders)
    try:
        assert log.count() == 1
        practice = log.get(uuid)
        assert practice is not None
        assert practice.status == "completed" and practice.practised_s == 600
        assert practice.after == CheckIn(4, ("calm", "grateful"))
        assert practice.note == "Slower breath; the shoulders let go."
        assert log.count("shoulders") == 1
    finally:
        log.close()
    assert not written.exists()
    recovered = [n for n in notices if n.kind == "writes-recovered"]
    assert [n.message for n in recovered] == [
        "Recovered 1 practice and 1 journal note that could not be saved last time."
    ]
    assert "practices-interrupted" not in kinds(notices)


def test_replaying_the_same_file_twice_adds_nothing(
    log_path: Path,
    clock: FakeClock,
    folders: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    copy = shutil.copy(written, tmp_path / "copy.json")
    log, _ = open_log(log_path, clock, folders)
    before = log.get(uuid)
    log.close()

    shutil.copy(copy, written)
    log, notices = open_log(log_path, clock, folders)
    try:
        assert log.count() == 1
        assert log.get(uuid) == before
    finally:
        log.close()
    assert "writes-recovered" not in kinds(notices)
    assert not written.exists()


def test_a_file_that_cannot_be_read_is_reported_and_kept(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    damaged = written.read_bytes()[: len(written.read_bytes()) // 2]
    written.write_bytes(damaged)

    log, notices = open_log(log_path, clock, folders)
    try:
        assert log.get(uuid) is None
    finally:
        log.close()
    assert written.read_bytes() == damaged
    unreadable = [n for n in notices if n.kind == "rescue-unreadable"]
    assert len(unreadable) == 1 and unreadable[0].path == written
    assert "Nothing was deleted" in unreadable[0].message


def test_a_file_with_a_bad_practice_is_kept_whole(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    text = written.read_text(encoding="utf-8").replace('"completed"', '"levitating"')
    written.write_text(text, encoding="utf-8")

    log, notices = open_log(log_path, clock, folders)
    log.close()
    assert "rescue-unreadable" in kinds(notices)
    assert written.read_text(encoding="utf-8") == text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_rescue_file_is_private(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.parent.stat().st_mode) & 0o077 == 0
    assert not list(written.parent.glob(".*.tmp"))


def test_when_the_log_folder_refuses_the_next_folder_is_used(
    log_path: Path,
    clock: FakeClock,
    folders: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log_path.parent.mkdir(parents=True)
    folders[0].write_text("not a folder")  # the rescue folder can't be made
    folders[1].parent.mkdir()
    folders[1].write_text("not a folder either")
    uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    assert written.parent == tmp_path / "temp"

    log, notices = open_log(log_path, clock, folders)
    try:
        assert log.get(uuid) is not None
    finally:
        log.close()
    assert "writes-recovered" in kinds(notices)
    assert not written.exists()


def test_a_shared_folder_keeps_other_logs_files_to_themselves(
    log_path: Path,
    clock: FakeClock,
    folders: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "elsewhere" / "log.sqlite3"
    shared = [tmp_path / "temp"]
    uuid, written = practise_on_a_full_disk(other, clock, shared, monkeypatch)

    log, notices = open_log(log_path, clock, folders)
    try:
        assert log.get(uuid) is None
    finally:
        log.close()
    assert written.exists() and notices == []

    log, notices = open_log(other, clock, shared)
    try:
        assert log.get(uuid) is not None
    finally:
        log.close()
    assert not written.exists()


def test_a_newer_copy_in_the_log_is_not_overwritten(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid, written = practise_on_a_full_disk(log_path, clock, folders, monkeypatch)
    log, _ = open_log(log_path, clock, [])  # nothing replayed yet
    kept = rescue_file.read(written)[0]
    clock.advance(60)
    log.save_practice(
        practice_json.from_dict(
            practice_json.to_dict(kept, exact=True)
            | {"note": "Edited later.", "updated_at": clock.now().isoformat()},
            rescued=True,
        )
    )
    log.close()

    log, notices = open_log(log_path, clock, folders)
    try:
        practice = log.get(uuid)
        assert practice is not None and practice.note == "Edited later."
    finally:
        log.close()
    assert "writes-recovered" not in kinds(notices)
    assert not written.exists()


def test_a_practice_left_running_is_marked_interrupted_on_replay(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = open_log(log_path, clock, folders)
    monkeypatch.setattr(log, "save_practice", full_disk)
    recorder = Recorder(log, clock, owner=GONE)
    uuid = recorder.start(session="s", title="Sit", sha256="", planned_s=900).uuid
    clock.advance(300)
    recorder.checkpoint(300)
    assert recorder.rescue(folders) is not None
    log.close()
    monkeypatch.undo()

    log, notices = open_log(log_path, clock, folders)
    try:
        practice = log.get(uuid)
        assert practice is not None
        assert (practice.status, practice.practised_s) == ("interrupted", 300)
    finally:
        log.close()
    assert kinds(notices) == ["writes-recovered", "practices-interrupted"]


def test_nothing_waiting_writes_no_file(
    log_path: Path, clock: FakeClock, folders: list[Path]
) -> None:
    log, _ = open_log(log_path, clock, folders)
    recorder = Recorder(log, clock)
    recorder.start(session="s", title="Sit", sha256="", planned_s=60)
    assert recorder.rescue(folders) is None
    log.close()
    assert not any(folder.exists() for folder in folders)


def test_when_the_disk_recovers_before_quitting_the_file_is_removed(
    log_path: Path, clock: FakeClock, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    log, _ = open_log(log_path, clock, folders)
    monkeypatch.setattr(log, "save_practice", full_disk)
    recorder = Recorder(log, clock)
    recorder.start(session="s", title="Sit", sha256="", planned_s=60)
    written = recorder.rescue(folders)
    assert written is not None and written.exists()
    monkeypatch.undo()
    assert recorder.retry()
    log.close()
    assert not written.exists()


def test_no_folder_at_all_returns_none_and_keeps_the_writes_in_memory(
    log_path: Path,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    log, _ = open_log(log_path, clock, [])
    monkeypatch.setattr(log, "save_practice", full_disk)
    recorder = Recorder(log, clock)
    recorder.start(session="s", title="Sit", sha256="", planned_s=60)
    assert recorder.rescue([blocked / "a", blocked / "b"]) is None
    assert recorder.unsaved
    log.close()


def test_a_recorder_without_a_log_can_rescue_into_the_named_log(
    log_path: Path, clock: FakeClock, folders: list[Path]
) -> None:
    recorder = Recorder(None, clock, owner=GONE)
    uuid = recorder.start(session="s", title="Sit", sha256="", planned_s=60).uuid
    recorder.finish("stopped", 30)
    assert recorder.rescue(folders) is None  # which log? it can't say
    assert recorder.rescue(folders, log_path) is not None

    log, notices = open_log(log_path, clock, folders)
    try:
        practice = log.get(uuid)
        assert practice is not None and practice.status == "stopped"
    finally:
        log.close()
    assert "Recovered 1 practice that could not" in notices[0].message


def test_the_users_rescue_folders_follow_the_users_folders(
    anapana_home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folders the app and the CLI pass (`UserPaths.rescue_folders`) include the config's."""
    from anapana.paths import UserPaths

    paths = UserPaths.from_environment()
    config_rescue = paths.config / "rescue"
    assert paths.rescue_folders[:2] == [paths.log_db.parent / "rescue", config_rescue]
    uuid, written = practise_on_a_full_disk(paths.log_db, clock, [config_rescue], monkeypatch)
    log, notices = open_log(paths.log_db, clock, paths.rescue_folders)
    try:
        assert log.get(uuid) is not None
    finally:
        log.close()
    assert "writes-recovered" in kinds(notices)
    assert not written.exists()


@pytest.mark.gui
@pytest.mark.usefixtures("no_running_timers")
def test_quitting_the_app_on_a_full_disk_keeps_the_practice_and_note(
    qtbot: Any, anapana_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings
    from anapana.paths import UserPaths
    from tests.app_helpers import FakeClock as TickClock
    from tests.app_helpers import RecordingSink

    paths = UserPaths.from_environment()
    ticks = TickClock()
    sink = RecordingSink()
    window = build_main_window(Settings(paths.settings), paths, checkin=True, clock=ticks,
                        sound_factory=lambda _l: sink, open_log=True, run_timer=False)
    qtbot.addWidget(window)
    window.show()
    window.after_shown()
    monkeypatch.setattr(PracticeLog, "save_practice", full_disk)
    entry = window.store.find("box-breathing")
    assert entry is not None and entry.loaded is not None
    window.start_session(entry)
    form = window.before_checkin
    assert form is not None
    qtbot.keyClick(form, Qt.Key.Key_2)
    qtbot.keyClick(form, Qt.Key.Key_Return)
    ticks.advance(window.settings.lead_in_s + entry.loaded.plan.total_s + 1)
    window.controller.tick()
    completion = window.completion
    assert completion is not None
    qtbot.keyClick(completion.checkin, Qt.Key.Key_Return)
    completion.journal.editor.setPlainText("Kept through a full disk.")
    window.close()
    monkeypatch.undo()
    assert list((paths.log_db.parent / "rescue").glob("rescue-*.json"))

    log, notices = open_log(paths.log_db, SYSTEM_CLOCK, paths.rescue_folders)
    try:
        practices = list(log.practices())
    finally:
        log.close()
    assert [(p.session, p.status, p.note) for p in practices] == [
        ("box-breathing", "completed", "Kept through a full disk.")
    ]
    assert "writes-recovered" in kinds(notices)
    assert not list((paths.log_db.parent / "rescue").glob("rescue-*.json"))


def test_a_folder_others_can_write_to_is_never_used(tmp_path: Path) -> None:
    import os

    from anapana.log.rescue import write_into

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    with pytest.raises(OSError, match="not private"):
        write_into(shared, "rescue-x.json", b"{}")
    assert list(shared.iterdir()) == []


def test_a_deeply_nested_rescue_file_is_reported_not_raised(
    log_path: Path, clock: FakeClock, folders: list[Path]
) -> None:
    folder = log_path.parent / "rescue"
    folder.mkdir(parents=True, mode=0o700)
    deep = folder / f"rescue-{rescue_file.logkey(log_path)}-20260101T000000-deadbeef.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    log, notices = open_log(log_path, clock, folders)
    log.close()
    assert "rescue-unreadable" in kinds(notices)
    assert deep.exists()
