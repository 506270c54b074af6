"""A full or read-only disk, for real: a small tmpfs mounted for the test.

The app starts, the history is read (the log opened read-only), and a practice and its
note go to the rescue file and come back into the log once there is room again.
Mounting needs root (CI runs as root); elsewhere these tests skip with the reason. The
monkeypatched versions of the same paths are in `test_log_rescue.py`.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.log import PracticeLog, Recorder
from anapana.log.commands import history_command
from anapana.log.opening import open_log
from anapana.paths import UserPaths
from tests.fakes import FakeClock

NOW = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


class SmallDisk:
    """A 2 MiB tmpfs at `path`; `fill()` takes its last byte, `free()` gives it back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ballast = path / "ballast"

    def fill(self) -> None:
        fd = os.open(self._ballast, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            chunk = b"\0" * 65536
            while True:
                try:
                    os.write(fd, chunk)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    if len(chunk) == 1:
                        break
                    chunk = chunk[: len(chunk) // 2]
        finally:
            os.close(fd)

    def free(self) -> None:
        self._ballast.unlink(missing_ok=True)

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    where = tmp_path / "disk"
    where.mkdir()
    if sys.platform != "linux":
        pytest.skip("a real small filesystem needs Linux tmpfs")
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(where)],
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    except OSError as error:
        pytest.skip(f"can't mount a tmpfs here ({error}); these tests need root")
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here ({done.stderr.strip()}); these tests need root")
    try:
        yield SmallDisk(where)
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            subprocess.run(["mount", "-o", "remount,rw", str(where)], check=True)
        subprocess.run(["umount", "-l", str(where)], check=False)


def user_paths(disk: SmallDisk) -> UserPaths:
    home = disk.path / "home"
    return UserPaths(data=home / "data", config=home / "config", logs=home / "logs")


def seed(paths: UserPaths) -> None:
    clock = FakeClock(NOW - timedelta(days=1), timedelta(minutes=5))
    log, _ = open_log(paths.log_db, clock, [])
    recorder = Recorder(log, clock)
    recorder.start(session="box", title="Box breathing", sha256="", planned_s=300)
    recorder.finish("completed", 300)
    recorder.save_note("Written before the disk filled")
    log.close()


def practise(log: PracticeLog, folders: list[Path]) -> tuple[str, Path]:
    """A whole practice and note while every write fails; the quit keeps them aside."""
    clock = FakeClock(NOW, timedelta(seconds=30))
    recorder = Recorder(log, clock)
    practice = recorder.start(session="sit", title="Quiet sitting", sha256="", planned_s=600)
    recorder.checkpoint(60)
    recorder.finish("completed", 600)
    recorder.save_note("Written while the disk said no")
    assert recorder.unsaved and recorder.problem
    written = recorder.rescue(folders, log.path)
    assert written is not None
    return practice.uuid, written


def history_json(paths: UserPaths) -> list[dict[str, object]]:
    out, err = io.StringIO(), io.StringIO()
    assert history_command(paths, "json", None, out, err, FakeClock(NOW)) == 0, err.getvalue()
    return list(json.loads(out.getvalue())["practices"])


@pytest.mark.parametrize("trouble", ["full", "read-only"])
def test_the_history_reads_and_new_practices_come_back_when_the_disk_does(
    trouble: str, disk: SmallDisk, tmp_path: Path
) -> None:
    paths = user_paths(disk)
    seed(paths)
    spare = tmp_path / "spare"  # the system's temp folder, elsewhere
    folders = [*paths.rescue_folders[:2], spare]
    paths.data.chmod(0o755)  # made by an older version: it can't be tightened just now
    if trouble == "full":
        disk.fill()
    else:
        disk.remount("ro")

    log, notices = open_log(paths.log_db, FakeClock(NOW), folders)
    try:
        assert log.read_only
        assert [n.kind for n in notices] == ["log-read-only"]
        if trouble == "full":
            assert "disk is full" in notices[0].message
        assert [p.note for p in log.practices()] == ["Written before the disk filled"]
        uuid, written = practise(log, folders)
    finally:
        log.close()
    assert written.parent == spare
    assert [row["note"] for row in history_json(paths)] == ["Written before the disk filled"]

    if trouble == "full":
        disk.free()
    else:
        disk.remount("rw")
    log, notices = open_log(paths.log_db, FakeClock(NOW), folders)
    try:
        assert not log.read_only
        assert "writes-recovered" in [n.kind for n in notices]
        back = log.get(uuid)
        assert back is not None
        assert (back.status, back.practised_s) == ("completed", 600)
        assert back.note == "Written while the disk said no"
        assert log.count() == 2
    finally:
        log.close()
    assert not written.exists()
    assert paths.data.stat().st_mode & 0o777 == 0o700


def launch(paths: UserPaths, temp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ANAPANA_HOME=str(paths.data.parent),
        ANAPANA_QUIT_AFTER_MS="2500",
        ANAPANA_REPORT_SHOWN="1",
        TMPDIR=str(temp),
    )
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "anapana", "run", "box-breathing", "--no-checkin"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("log_before", [True, False], ids=["with-a-log", "no-log-yet"])
def test_the_app_starts_on_a_full_disk_and_its_practice_comes_back(
    log_before: bool, disk: SmallDisk, tmp_path: Path
) -> None:
    paths = user_paths(disk)
    paths.config.mkdir(parents=True)
    paths.settings.write_text("[sound]\nbackend=silent\nspeak_guidance=false\n")
    if log_before:
        seed(paths)
    temp = tmp_path / "temp"
    temp.mkdir()
    disk.fill()

    done = launch(paths, temp)
    assert done.returncode == 0, done.stderr
    assert "anapana: shown" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    kept = list((temp / f"anapana-rescue-{os.getuid()}").glob("rescue-*.json"))
    assert len(kept) == 1, done.stderr

    disk.free()
    folders = paths.rescue_folders[:2]
    folders.append(temp / f"anapana-rescue-{os.getuid()}")
    log, notices = open_log(paths.log_db, FakeClock(NOW), folders)
    try:
        assert "writes-recovered" in [n.kind for n in notices]
        sessions = sorted(p.session for p in log.practices())
        assert sessions == (["box", "box-breathing"] if log_before else ["box-breathing"])
    finally:
        log.close()
    assert not kept[0].exists()
    with sqlite3.connect(paths.log_db) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
