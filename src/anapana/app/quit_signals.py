"""SIGTERM, SIGINT and SIGHUP as a Qt signal, so a logout or Ctrl+C quits like Quit does.

Python runs a signal handler only when the interpreter next gets control, and a Qt event
loop blocked in C++ may not give it any for a long time. So the handlers do nothing, and
`signal.set_wakeup_fd` makes the C-level handler write the signal's number into a socket
pair at once; a `QSocketNotifier` on the other end wakes the event loop, which reads the
number and emits `received`. Nothing but that byte happens inside the signal handler.
"""

from __future__ import annotations

import _socket
import contextlib
import signal
from collections.abc import Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class QuitSignals(QObject):
    """Turns the quit signals into `received(int)` on the Qt event loop (main thread only)."""

    received = Signal(int)
    """The number of a quit signal (SIGTERM, SIGINT, SIGHUP) that arrived."""

    def __init__(self, signals: Iterable[signal.Signals] = QUIT_SIGNALS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = {int(s) for s in signals}
        self._reader, self._writer = _socket_pair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_handlers: dict[int, Any] = {}
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(),
                                                 warn_on_full_buffer=False)
        for number in sorted(self._signals):
            self._previous_handlers[number] = signal.signal(number, _do_nothing)
        notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._on_notifier_activated)
        self._notifier: QSocketNotifier | None = notifier

    def close(self) -> None:
        """Give the signals back to what handled them before; safe to call twice."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier = None
        for number, handler in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    def _on_notifier_activated(self) -> None:
        try:
            data = self._reader.recv(256)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            return
        seen: list[int] = []
        for number in data:  # other signals Python handles may share the wake-up fd
            if number in self._signals and number not in seen:
                seen.append(number)
        for number in seen:
            self.received.emit(number)


def _socket_pair() -> tuple[_socket.socket, _socket.socket]:
    """A connected pair from `_socket` where it has one (POSIX): the `socket` module
    around it builds its enums and imports `selectors`, a cost on every start."""
    if hasattr(_socket, "socketpair") and hasattr(_socket, "AF_UNIX"):
        return _socket.socketpair(_socket.AF_UNIX, _socket.SOCK_STREAM)
    import socket  # Windows: `socket` makes the pair itself

    return socket.socketpair()


def _do_nothing(_number: int, _frame: FrameType | None) -> None:
    """The wake-up byte carries the signal; the handler only stops the default action."""


def name_of(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


__all__ = ["QUIT_SIGNALS", "QuitSignals", "name_of"]
