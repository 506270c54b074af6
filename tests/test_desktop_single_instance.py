"""One Anapana per user: the request handshake in-process and across two real processes,
stale sockets, a live owner, garbage and floods (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from anapana.app.desktop.single_instance import (
    MAX_MESSAGE_BYTES,
    InstanceRequest,
    InstanceServer,
    decode_line,
    encode_request,
    forward_to_running_instance,
    parse_request,
    server_name,
)

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def name(tmp_path_factory: pytest.TempPathFactory) -> str:
    # A short private folder: Unix socket paths must stay under ~100 bytes.
    folder = Path(tmp_path_factory.mktemp("sock", numbered=True))
    return str(folder / "a.sock")


@pytest.fixture
def server(name: str) -> Iterator[InstanceServer]:
    srv = InstanceServer(name)
    assert srv.start()
    yield srv
    srv.close()


def _forward_in_thread(
    request: dict[str, object], name: str
) -> tuple[threading.Thread, list[bool]]:
    """The client blocks while it waits for "ok"; the server needs the event loop meanwhile."""
    result: list[bool] = []
    thread = threading.Thread(
        target=lambda: result.append(forward_to_running_instance(request, name)), daemon=True
    )
    thread.start()
    return thread, result


def _raw_exchange(qtbot: QtBot, name: str, payload: bytes) -> bytes:
    """Send bytes as a stranger would and collect whatever comes back until it hangs up."""
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(1000)
    client.write(payload)
    client.flush()
    received = bytearray()
    client.readyRead.connect(lambda: received.extend(bytes(client.readAll().data())))
    if client.state() == QLocalSocket.LocalSocketState.ConnectedState:
        with qtbot.waitSignal(client.disconnected, timeout=3000):
            pass
    received.extend(bytes(client.readAll().data()))
    client.abort()
    return bytes(received)


# -- messages ------------------------------------------------------------------------


def test_valid_messages_parse() -> None:
    assert parse_request({"action": "show"}) == InstanceRequest("show")
    assert parse_request({"action": "run", "session": "box-breathing", "checkin": False}) == (
        InstanceRequest("run", "box-breathing", False)
    )
    assert parse_request({"action": "run", "session": "/home/me/my session.yaml"}) == (
        InstanceRequest("run", "/home/me/my session.yaml", True)
    )


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"hello",
        b"\xff\xfe\x00",
        b"[1, 2, 3]",
        b'"show"',
        b"null",
        b'{"action": "delete-everything"}',
        b'{"action": "show", "extra": 1}',
        b'{"action": "run"}',
        b'{"action": "run", "session": ""}',
        b'{"action": "run", "session": 7}',
        b'{"action": "run", "session": "a\\nb"}',
        b'{"action": "run", "session": "box", "checkin": "yes"}',
        b'{"action": "run", "session": "box", "exec": "rm -rf ~"}',
        b"[" * 100_000,
        b'{"action": "run", "session": "' + b"x" * MAX_MESSAGE_BYTES + b'"}',
    ],
)
def test_garbage_decodes_to_nothing(line: bytes) -> None:
    assert decode_line(line) is None


def test_encoded_requests_decode_back() -> None:
    for request in (InstanceRequest("show"), InstanceRequest("run", "cyclic-sighing", False)):
        line = encode_request(request)
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert decode_line(line[:-1]) == request


def test_server_name_is_per_user_and_per_home(tmp_path: Path) -> None:
    plain = server_name({"ANAPANA_HOME": "/a"})
    assert str(os.getuid()) in plain
    assert plain != server_name({"ANAPANA_HOME": "/b"})
    assert plain == server_name({"ANAPANA_HOME": "/a"})
    in_runtime = Path(server_name({"XDG_RUNTIME_DIR": str(tmp_path), "ANAPANA_HOME": "/a"}))
    assert in_runtime.parent == tmp_path
    assert in_runtime.name.startswith("anapana-") and in_runtime.suffix == ".sock"
    assert in_runtime.name.removesuffix(".sock").removeprefix("anapana-") in plain
    missing = server_name({"XDG_RUNTIME_DIR": str(tmp_path / "gone"), "ANAPANA_HOME": "/a"})
    assert missing == plain


def test_forwarding_refuses_an_invalid_request(name: str) -> None:
    with pytest.raises(ValueError, match="not a valid request"):
        forward_to_running_instance({"action": "format-disk"}, name)


def test_forwarding_with_nobody_listening_says_so(name: str) -> None:
    assert forward_to_running_instance({"action": "show"}, name) is False


# -- the handshake -------------------------------------------------------------------


def test_in_process_handshake_carries_the_request(qtbot: QtBot, server: InstanceServer) -> None:
    request = {"action": "run", "session": "box-breathing", "checkin": False}
    with qtbot.waitSignal(server.request_received, timeout=5000) as blocker:
        thread, result = _forward_in_thread(request, server.name)
    thread.join(5)
    assert blocker.args == [InstanceRequest("run", "box-breathing", False)]
    assert result == [True]


def test_a_second_real_process_hands_over_run_box_breathing(
    qtbot: QtBot, server: InstanceServer
) -> None:
    script = (
        "import sys\n"
        "from anapana.app.desktop.handoff import forward_to_running_instance\n"
        "ok = forward_to_running_instance("
        "{'action': 'run', 'session': 'box-breathing', 'checkin': True}, sys.argv[1])\n"
        "raise SystemExit(0 if ok else 3)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen")
    with qtbot.waitSignal(server.request_received, timeout=20_000) as blocker:
        second = subprocess.Popen(
            [sys.executable, "-c", script, server.name],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    _out, err = second.communicate()
    assert blocker.args == [InstanceRequest("run", "box-breathing", True)]
    assert second.returncode == 0, err.decode()
    assert err == b""  # no Qt warnings from the second start either


def test_show_request(qtbot: QtBot, server: InstanceServer) -> None:
    with qtbot.waitSignal(server.request_received, timeout=5000) as blocker:
        thread, result = _forward_in_thread({"action": "show"}, server.name)
    thread.join(5)
    assert blocker.args == [InstanceRequest("show")]
    assert result == [True]


# -- who owns the name ---------------------------------------------------------------


def test_a_stale_socket_left_by_a_crash_is_replaced(qtbot: QtBot, name: str) -> None:
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # a socket file with nobody listening: what a crash leaves
    dead.close()
    assert Path(name).exists()
    srv = InstanceServer(name)
    try:
        assert srv.start()
        with qtbot.waitSignal(srv.request_received, timeout=5000):
            thread, result = _forward_in_thread({"action": "show"}, name)
        thread.join(5)
        assert result == [True]
    finally:
        srv.close()


def test_a_live_owner_is_never_pushed_aside(qtbot: QtBot, server: InstanceServer) -> None:
    second = InstanceServer(server.name)
    assert second.start() is False
    assert not second.listening
    with qtbot.waitSignal(server.request_received, timeout=5000):
        thread, result = _forward_in_thread({"action": "show"}, server.name)
    thread.join(5)
    assert result == [True]


# -- strangers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload", [b"not json\n", b'{"action": "explode"}\n', b"\x00\x01\x02\n", b"[]\n"]
)
def test_garbage_is_answered_ignored_and_emits_nothing(
    qtbot: QtBot, server: InstanceServer, payload: bytes
) -> None:
    with qtbot.assertNotEmitted(server.request_received, wait=50):
        answer = _raw_exchange(qtbot, server.name, payload)
    assert answer == b"ignored\n"


def test_a_flood_without_a_line_end_is_cut_off(qtbot: QtBot, server: InstanceServer) -> None:
    with qtbot.assertNotEmitted(server.request_received, wait=50):
        answer = _raw_exchange(qtbot, server.name, b"x" * (MAX_MESSAGE_BYTES * 4))
    assert answer == b""
    # ...and the server still serves the next honest request.
    with qtbot.waitSignal(server.request_received, timeout=5000):
        thread, result = _forward_in_thread({"action": "show"}, server.name)
    thread.join(5)
    assert result == [True]


def test_only_the_first_line_counts(qtbot: QtBot, server: InstanceServer) -> None:
    payload = b'{"action": "show"}\n{"action": "run", "session": "x"}\n'
    with qtbot.waitSignal(server.request_received, timeout=5000) as blocker:
        answer = _raw_exchange(qtbot, server.name, payload)
    assert blocker.args == [InstanceRequest("show")]
    assert answer == b"ok\n"


def test_the_sending_side_loads_no_qt() -> None:
    # A second start should hand over and leave without paying for Qt.
    code = (
        "import sys\n"
        "import anapana.app.desktop.handoff\n"
        "import anapana.reminders\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=str(SRC)),
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.strip() == "[]"
