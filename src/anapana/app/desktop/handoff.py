"""Handing a request to the Anapana already running: the messages, the name, the client.

A second `anapana` (or `anapana run box-breathing` bound to a window-manager hotkey)
sends one small JSON line to the running app and waits for "ok"; the app comes forward
and starts the session. This module is the sending side and the message rules; the
listening side is `single_instance.InstanceServer`.

No Qt is imported here on Linux and macOS: the client speaks to the Unix socket with the
standard library, so a second start hands over and exits without loading Qt at all (and
the blocking wait releases the GIL, so the handshake also works inside one process).
On Windows, where `QLocalServer` uses a named pipe, it falls back to `QLocalSocket`.

Messages (one line each, at most `MAX_MESSAGE_BYTES`):
    {"action": "show"}
    {"action": "run", "session": "box-breathing", "checkin": true}
Anything else (bad JSON, unknown actions or keys, odd session names, a flood of bytes)
is refused; nothing a stranger sends can do more than those two things.

The server name is per user and per `ANAPANA_HOME`, so tests and portable installs do
not meet: a socket in `$XDG_RUNTIME_DIR` (a private folder) when there is one that this
user owns and nobody else may write to; else in `anapana-UID`, a 0700 folder of the temp
folder that the server makes, and refuses when it belongs to anyone else.

Nobody else's listener is ever told anything: before sending, the client checks that the
folder and the socket are this user's and that the process listening runs as this user
(the socket's peer credentials, where the system gives them); the server hangs up on a
client of another user. A name that fails those checks is left alone and the app starts
on its own.
"""

from __future__ import annotations

import _socket
import os
import re
import stat
import struct
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

MAX_MESSAGE_BYTES = 4096
CONNECT_TIMEOUT_MS = 500
ANSWER_TIMEOUT_MS = 3000
_SESSION_REF = re.compile(r"^[^\x00-\x1f\x7f]{1,1024}$")
"""A session id or a file path: any printable text, no control characters."""
_USES_UNIX_SOCKETS = sys.platform != "win32"


def _sha256_hex(data: bytes) -> str:
    """SHA-256 from the interpreter's own module: `hashlib` would load OpenSSL (and
    `socket` build its enums) on every start, for one short name."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]  # 3.12 and later
        except ImportError:  # an interpreter built without them
            from hashlib import sha256
    return str(sha256(data).hexdigest())


@dataclass(frozen=True, slots=True)
class InstanceRequest:
    """What a second start asked for: come forward, or come forward and run a session."""

    action: Literal["show", "run"]
    session: str | None = None
    checkin: bool = True

    def to_json(self) -> dict[str, object]:
        if self.action == "show":
            return {"action": "show"}
        return {"action": "run", "session": self.session, "checkin": self.checkin}


def parse_request(message: object) -> InstanceRequest | None:
    """A validated request from a decoded JSON message, or None for anything else."""
    if not isinstance(message, Mapping):
        return None
    action = message.get("action")
    if action == "show" and set(message) <= {"action"}:
        return InstanceRequest("show")
    if action != "run" or not set(message) <= {"action", "session", "checkin"}:
        return None
    session = message.get("session")
    checkin = message.get("checkin", True)
    if not isinstance(session, str) or not _SESSION_REF.match(session):
        return None
    if not isinstance(checkin, bool):
        return None
    return InstanceRequest("run", session, checkin)


def decode_line(line: bytes) -> InstanceRequest | None:
    """Parse one received line; garbage gives None, never an exception."""
    if len(line) > MAX_MESSAGE_BYTES:
        return None
    import json  # only with a line to read: not on every start's way

    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return parse_request(message)


def encode_request(request: InstanceRequest) -> bytes:
    import json  # only with someone to send to: not on every start's way

    return json.dumps(request.to_json(), ensure_ascii=True).encode("ascii") + b"\n"


def server_name(environ: Mapping[str, str] | None = None) -> str:
    """This user's server name: a socket path (Unix), a pipe name (Windows)."""
    env = os.environ if environ is None else environ
    home = env.get("ANAPANA_HOME", "")
    digest = _sha256_hex(f"anapana:{home}".encode())[:12]
    if not _USES_UNIX_SOCKETS:
        return f"anapana-{env.get('USERNAME', 'user')}-{digest}"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and folder_problem(Path(runtime)) is None:
        return str(Path(runtime) / f"anapana-{digest}.sock")
    return str(private_folder(env) / f"anapana-{digest}.sock")


def private_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where the socket lives when there is no usable `XDG_RUNTIME_DIR`."""
    import tempfile  # only without XDG_RUNTIME_DIR: kept off every start's way

    env = os.environ if environ is None else environ
    temp = env.get("TMPDIR") or tempfile.gettempdir()
    return Path(temp) / f"anapana-{os.getuid()}"


def folder_problem(folder: Path, *, create: bool = False) -> str | None:
    """Why `folder` may not hold this user's socket, or None when it may.

    It must be a real folder (not a symlink) that this user owns and nobody else can
    write to. With `create`, a missing folder is made 0700, and one of ours that others
    could enter is closed to them (on the open folder, so a swapped path changes nothing).
    """
    if create:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError as error:
            return f"{folder} cannot be made: {error.strerror or error}"
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(folder, flags)
    except OSError as error:
        return f"{folder} is not a folder of ours: {error.strerror or error}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode):
            return f"{folder} is not a folder"
        if info.st_uid != os.getuid():
            return f"{folder} belongs to another user (uid {info.st_uid})"
        if create and info.st_mode & 0o077:
            os.fchmod(fd, 0o700)
        elif info.st_mode & 0o022:
            return f"{folder} can be written by other users"
    except OSError as error:
        return f"{folder} cannot be checked: {error.strerror or error}"
    finally:
        os.close(fd)
    return None


def socket_problem(path: str) -> str | None:
    """Why the socket at `path` is not one this user's app would have made, or None."""
    problem = folder_problem(Path(path).parent)
    if problem is not None:
        return problem
    try:
        info = os.lstat(path)
    except OSError as error:
        return f"{path}: {error.strerror or error}"
    if not stat.S_ISSOCK(info.st_mode):
        return f"{path} is not a socket"
    if info.st_uid != os.getuid():
        return f"{path} belongs to another user (uid {info.st_uid})"
    return None


def peer_uid(sock: _socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket, where the system says.

    Linux gives it with SO_PEERCRED; elsewhere None (the folder and file checks stand).
    """
    option = getattr(_socket, "SO_PEERCRED", None)
    if option is None:
        return None
    try:
        raw = sock.getsockopt(_socket.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)


def peer_is_this_user(sock: _socket.socket) -> bool:
    uid = peer_uid(sock)
    return uid is None or uid == os.getuid()


def forward_to_running_instance(
    request: Mapping[str, object] | InstanceRequest,
    name: str | None = None,
    *,
    connect_timeout_ms: int = CONNECT_TIMEOUT_MS,
    answer_timeout_ms: int = ANSWER_TIMEOUT_MS,
) -> bool:
    """Hand `request` to a running Anapana; True if it took it (then this start can end).

    Blocking and short; it needs no QApplication, so `run_app` calls it first thing.
    False when no instance listens, or it did not answer "ok" in time.
    Raises ValueError for a request that is not one of the two valid messages.
    """
    parsed = request if isinstance(request, InstanceRequest) else parse_request(request)
    if parsed is None:
        raise ValueError(f"not a valid request: {request!r}")
    target = name or server_name()
    if _USES_UNIX_SOCKETS and socket_problem(target) is not None:
        return False  # no socket, or not ours: tell it nothing, start on our own
    line = encode_request(parsed)
    if _USES_UNIX_SOCKETS:
        return _forward_over_unix_socket(target, line, connect_timeout_ms, answer_timeout_ms)
    return _forward_over_qt(target, line, connect_timeout_ms, answer_timeout_ms)


def someone_listens(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Is a live server on `name`? (A socket file left by a crash answers nobody.)"""
    if _USES_UNIX_SOCKETS:
        probe = _unix_socket()
        try:
            probe.settimeout(timeout_ms / 1000)
            probe.connect(name)
        except OSError:
            return False
        finally:
            probe.close()
        return True
    from PySide6.QtNetwork import QLocalSocket

    qt_probe = QLocalSocket()
    qt_probe.connectToServer(name)
    alive = qt_probe.waitForConnected(timeout_ms)
    qt_probe.abort()
    return alive


def _forward_over_unix_socket(path: str, line: bytes, connect_ms: int, answer_ms: int) -> bool:
    """Send `line` to the socket at `path` (already checked by `socket_problem`)."""
    client = _unix_socket()
    try:
        client.settimeout(connect_ms / 1000)
        client.connect(path)
        if not peer_is_this_user(client):
            return False  # another user listens there: tell it nothing
        client.settimeout(answer_ms / 1000)
        client.sendall(line)
        answer = b""
        while b"\n" not in answer and len(answer) < 64:
            chunk = client.recv(64)
            if not chunk:
                break
            answer += chunk
    except OSError:  # nobody there, refused, timed out, reset
        return False
    finally:
        client.close()
    return answer.startswith(b"ok\n")


def _unix_socket() -> _socket.socket:
    """A Unix stream socket from `_socket`, which `socket` wraps: the wrapper module
    builds its enums and imports `selectors` at import, a cost on every start. Like the
    wrapper's, it is not inherited by child processes (PEP 446)."""
    return _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)


def _forward_over_qt(name: str, line: bytes, connect_ms: int, answer_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    client = QLocalSocket()
    client.connectToServer(name)
    if not client.waitForConnected(connect_ms):
        return False
    try:
        client.write(line)
        if not client.waitForBytesWritten(answer_ms):
            return False
        answer = b""
        while b"\n" not in answer and len(answer) < 64:
            if not client.bytesAvailable() and not client.waitForReadyRead(answer_ms):
                break
            answer += bytes(client.readAll().data())
        return answer.startswith(b"ok\n")
    finally:
        client.abort()
