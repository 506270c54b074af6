"""The hand-over socket tells nothing to another user (issue 9, item 9).

Without XDG_RUNTIME_DIR the socket lives in a 0700 folder of the user's own; a folder or
a listener of someone else is refused, and the app then starts on its own. Another user
is played by uid/gid 65534 (nobody), so most of these tests need root (CI runs as root).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.desktop import handoff
from anapana.app.desktop.single_instance import InstanceServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets and uids")
needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                                reason="acting as another user (uid 65534) needs root")
STRANGER = 65534
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or sys.executable

LISTENER = r"""
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen(5)
print("listening", flush=True)
while True:
    client, _ = server.accept()
    client.settimeout(1.0)
    data = b""
    try:
        while not data.endswith(b"\n"):
            chunk = client.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    try:
        client.sendall(b"ok\n")
    except OSError:
        pass
    client.close()
    print("got " + data.hex(), flush=True)
"""


@pytest.fixture
def shared_temp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder the stranger can enter (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="ho-", dir="/tmp"))
    folder.chmod(0o755)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _stranger_listens(path: Path) -> subprocess.Popen[str]:
    listener = subprocess.Popen([SYSTEM_PYTHON, "-c", LISTENER, str(path)], user=STRANGER,
                                group=STRANGER, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env={"PATH": "/usr/bin:/bin"})
    assert listener.stdout is not None and listener.stderr is not None
    if listener.stdout.readline().strip() != "listening":
        listener.kill()
        _out, err = listener.communicate()
        pytest.fail(f"the stranger's listener did not start: {err}")
    return listener


def _heard(listener: subprocess.Popen[str]) -> list[str]:
    listener.terminate()
    out, _err = listener.communicate(timeout=10)
    return [line.removeprefix("got ") for line in out.splitlines() if line.startswith("got")]


def test_without_a_runtime_folder_the_socket_sits_in_a_private_folder(
        shared_temp: Path, qtbot: QtBot) -> None:
    name = handoff.server_name()
    folder = Path(name).parent
    assert folder == shared_temp / f"anapana-{os.getuid()}"
    server = InstanceServer(name)
    try:
        assert server.start(), server.problem
        info = os.lstat(folder)
        assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
        assert stat.S_IMODE(info.st_mode) == 0o700
    finally:
        server.close()


def test_our_own_folder_left_open_is_closed_again(shared_temp: Path, qtbot: QtBot) -> None:
    folder = handoff.private_folder()
    folder.mkdir()
    folder.chmod(0o777)
    server = InstanceServer(handoff.server_name())
    try:
        assert server.start(), server.problem
        assert stat.S_IMODE(os.lstat(folder).st_mode) == 0o700
    finally:
        server.close()


def test_a_symlink_in_place_of_the_folder_is_refused(shared_temp: Path, qtbot: QtBot) -> None:
    elsewhere = shared_temp / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    handoff.private_folder().symlink_to(elsewhere)
    server = InstanceServer(handoff.server_name())
    assert not server.start()
    assert server.problem is not None and "not a folder of ours" in server.problem
    assert list(elsewhere.iterdir()) == []


def test_a_runtime_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    runtime.chmod(0o777)
    name = handoff.server_name({"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)})
    assert Path(name).parent == tmp_path / f"anapana-{os.getuid()}"
    runtime.chmod(0o700)
    name = handoff.server_name({"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(tmp_path)})
    assert Path(name).parent == runtime


@needs_root
def test_a_folder_owned_by_someone_else_is_refused(shared_temp: Path, qtbot: QtBot) -> None:
    folder = handoff.private_folder()
    folder.mkdir(mode=0o700)
    os.chown(folder, STRANGER, STRANGER)
    server = InstanceServer(handoff.server_name())
    assert not server.start()
    assert server.problem is not None and "belongs to another user" in server.problem
    info = os.lstat(folder)
    assert (info.st_uid, stat.S_IMODE(info.st_mode)) == (STRANGER, 0o700)  # left alone
    assert handoff.forward_to_running_instance({"action": "show"}) is False


@needs_root
@pytest.mark.timeout(60)
def test_a_strangers_socket_is_told_nothing(shared_temp: Path) -> None:
    folder = handoff.private_folder()
    folder.mkdir()
    folder.chmod(0o777)  # let the stranger put a socket in it, then close it again
    name = Path(handoff.server_name())
    listener = _stranger_listens(name)
    try:
        folder.chmod(0o700)
        request = {"action": "run", "session": "box-breathing", "checkin": True}
        assert handoff.forward_to_running_instance(request) is False
    finally:
        heard = _heard(listener)
    assert heard == []  # the file is the stranger's: not even a connection


@needs_root
@pytest.mark.timeout(60)
def test_a_stranger_listening_behind_our_file_is_told_nothing(shared_temp: Path) -> None:
    """The socket file looks ours; the process listening on it is not (peer credentials)."""
    folder = handoff.private_folder()
    folder.mkdir()
    folder.chmod(0o777)
    name = Path(handoff.server_name())
    listener = _stranger_listens(name)
    try:
        folder.chmod(0o700)
        os.chown(name, os.getuid(), os.getgid(), follow_symlinks=False)
        assert handoff.socket_problem(str(name)) is None
        request = {"action": "run", "session": "box-breathing", "checkin": True}
        assert handoff.forward_to_running_instance(request) is False
    finally:
        heard = _heard(listener)
    assert all(data == "" for data in heard), heard  # connected, but sent nothing


@needs_root
@pytest.mark.timeout(60)
def test_the_server_hangs_up_on_another_users_client(shared_temp: Path, qtbot: QtBot) -> None:
    folder = handoff.private_folder()
    server = InstanceServer(handoff.server_name())
    assert server.start(), server.problem
    received: list[object] = []
    server.request_received.connect(received.append)
    try:
        folder.chmod(0o755)  # as if the file modes did not keep the stranger out
        os.chmod(server.full_name, 0o777)
        client = (
            "import socket, sys\n"
            "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
            "s.settimeout(5)\n"
            "s.connect(sys.argv[1])\n"
            "try:\n"
            "    s.sendall(b'{\"action\": \"show\"}\\n')\n"
            "    print('answer', s.recv(64).hex(), flush=True)\n"
            "except OSError as error:\n"
            "    print('answer', type(error).__name__, flush=True)\n"
        )
        stranger = subprocess.Popen([SYSTEM_PYTHON, "-c", client, server.full_name],
                                    user=STRANGER, group=STRANGER, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True,
                                    env={"PATH": "/usr/bin:/bin"})
        qtbot.waitUntil(lambda: stranger.poll() is not None, timeout=20_000)
        out, err = stranger.communicate()
        assert stranger.returncode == 0, err
        assert "answer " in out and "6f6b" not in out  # never "ok"
        qtbot.wait(200)
        assert received == []
        # ... while this user's own start is still heard.
        result: list[bool] = []
        thread = threading.Thread(target=lambda: result.append(
            handoff.forward_to_running_instance({"action": "show"}, server.full_name)))
        with qtbot.waitSignal(server.request_received, timeout=10_000):
            thread.start()
        thread.join(5)
        assert result == [True]
    finally:
        server.close()


@needs_root
@pytest.mark.slow
@pytest.mark.timeout(120)
def test_the_app_starts_on_its_own_beside_a_strangers_socket(shared_temp: Path) -> None:
    folder = handoff.private_folder()
    folder.mkdir()
    folder.chmod(0o777)
    name = Path(handoff.server_name({"TMPDIR": str(shared_temp)}))
    listener = _stranger_listens(name)
    home = shared_temp / "home"
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env.update(TMPDIR=str(shared_temp), ANAPANA_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               ANAPANA_REPORT_SHOWN="1", ANAPANA_QUIT_AFTER_MS="2500")
    env.pop("ANAPANA_NO_HANDOFF", None)
    try:
        folder.chmod(0o700)
        started = time.monotonic()
        app = subprocess.run([sys.executable, "-m", "anapana", "run", "box-breathing",
                              "--no-checkin"], env=env, capture_output=True, text=True,
                             timeout=100)
        assert time.monotonic() - started < 100
    finally:
        heard = _heard(listener)
    assert app.returncode == 0, app.stderr
    assert "anapana: shown" in app.stdout  # it started on its own
    assert "Traceback" not in app.stderr
    assert heard == []


@pytest.mark.timeout(20)
def test_a_handed_over_path_to_a_fifo_is_refused_without_blocking(
        tmp_path: Path, qapp: object) -> None:
    """`anapana run PATH` from a second start goes through the same checks."""
    from anapana.app.desktop.handoff import decode_line
    from anapana.app.library_store import LibraryStore
    from anapana.paths import bundled_sessions_dir

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    request = decode_line(f'{{"action": "run", "session": "{fifo}"}}'.encode())
    assert request is not None and request.session == str(fifo)
    store = LibraryStore(bundled_sessions_dir(), tmp_path / "none")
    entry = store.find(request.session)
    assert entry is not None and not entry.ok
    assert "named pipe (FIFO)" in entry.problems[0].message
