"""The running app's side of "one Anapana per user": a `QLocalServer` for second starts.

A second `anapana` sends one JSON line (see `handoff`); the server validates it, answers
"ok" (or "ignored" for garbage, then hangs up) and emits `request_received`. A socket left
behind by a crashed app is noticed (nobody answers on it), removed and taken over; one
owned by a live app is never pushed aside.
"""

from __future__ import annotations

import socket as _socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from .handoff import (
    ANSWER_TIMEOUT_MS,
    MAX_MESSAGE_BYTES,
    InstanceRequest,
    decode_line,
    encode_request,
    folder_problem,
    forward_to_running_instance,
    parse_request,
    peer_is_this_user,
    private_folder,
    server_name,
    someone_listens,
)

__all__ = [
    "InstanceRequest",
    "InstanceServer",
    "decode_line",
    "encode_request",
    "forward_to_running_instance",
    "parse_request",
    "server_name",
]


class InstanceServer(QObject):
    """Listens for second starts; `request_received(InstanceRequest)` for each valid one."""

    request_received = Signal(object)
    """An `InstanceRequest` from another start of the app."""

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        # Only this user may connect (matters when the socket sits in /tmp).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self.problem: str | None = None
        """Why the server would not listen on its name (a folder that is not ours)."""

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @property
    def full_name(self) -> str:
        return self._server.fullServerName()

    def start(self) -> bool:
        """Listen; False if another live instance already owns the name.

        Ask first: with `UserAccessOption`, Qt binds in a private folder and renames the
        socket into place, which would silently replace a live owner's socket. A name
        left behind by a crashed app (nobody answers) is removed and taken over.
        """
        if sys.platform != "win32":
            folder = Path(self.name).parent
            # Make our own fallback folder; any other folder must already be safe.
            self.problem = folder_problem(folder, create=folder == private_folder())
            if self.problem is not None:
                return False  # the app runs on its own, without hand-over
        if someone_listens(self.name):
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        for socket in self._server.findChildren(QLocalSocket):
            socket.abort()
        if self._server.isListening():
            self._server.close()

    # Sockets are handled through `sender()` and C++ slots only, never Python closures:
    # a socket that dies with the server must not call back into a half-destroyed object.
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if not _from_this_user(socket):
                socket.abort()  # another user's process: it gets nothing, asks nothing
                socket.deleteLater()
                continue
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(self._on_socket_ready_read)
            if socket.bytesAvailable():
                self._answer(socket)

    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        """Answer one line; Qt keeps partial input buffered until the line is complete."""
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()  # a flood, not a request
            return
        line = bytes(socket.readLine(MAX_MESSAGE_BYTES + 2).data()).rstrip(b"\n")
        socket.readyRead.disconnect(self._on_socket_ready_read)  # one request a connection
        request = decode_line(line)
        socket.write(b"ok\n" if request is not None else b"ignored\n")
        # Three bytes on a local socket: send them now, not at the next loop turn, so the
        # answer is out even if a slot of `request_received` runs a nested loop.
        socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
        socket.disconnectFromServer()
        if request is not None:
            self.request_received.emit(request)


def _from_this_user(client: QLocalSocket) -> bool:
    """Does the connecting process run as this user? (Unix; elsewhere Qt's access rules.)"""
    if sys.platform == "win32":
        return True
    descriptor = int(client.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        probe = _socket.fromfd(descriptor, _socket.AF_UNIX, _socket.SOCK_STREAM)  # a dup
    except OSError:
        return False
    with probe:
        return peer_is_this_user(probe)
