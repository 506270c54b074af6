"""Which process is writing a practice, and whether that process is still alive.

A row of a running practice stores its writer's pid and a start identity (on Linux
the boot id plus the process start time from `/proc`), so that a pid reused after a
crash or a reboot is not mistaken for the app still recording. Elsewhere the start
identity is empty and only the pid is checked (a reused pid then keeps a row
`running` until that other process ends: late, but never wrong about data).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

_PROC = Path("/proc")


@dataclass(frozen=True, slots=True)
class ProcessIdentity:
    """A process, told apart from a later process that got the same pid."""

    pid: int
    start: str


def _linux_start(pid: int) -> tuple[str, str] | None:
    """(start identity, state letter) of a Linux process, or None if it is gone."""
    try:
        stat = (_PROC / str(pid) / "stat").read_text()
        boot_id = (_PROC / "sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after the last ')'.
    fields = stat[stat.rfind(")") + 2 :].split()
    state, start_ticks = fields[0], fields[19]
    return f"{boot_id}:{start_ticks}", state


def current_process() -> ProcessIdentity:
    """This process."""
    pid = os.getpid()
    if sys.platform.startswith("linux"):
        found = _linux_start(pid)
        if found is not None:
            return ProcessIdentity(pid, found[0])
    return ProcessIdentity(pid, "")


def is_alive(process: ProcessIdentity) -> bool:
    """Whether that very process is still running (zombies count as ended)."""
    if not 0 < process.pid < 2**31:  # a pid from a damaged row: no such process
        return False
    if sys.platform.startswith("linux") and process.start:
        found = _linux_start(process.pid)
        if found is None:
            return False
        start, state = found
        return start == process.start and state not in ("Z", "X")
    if sys.platform == "win32":
        return _windows_pid_exists(process.pid)
    try:
        os.kill(process.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, OSError):
        return False
    return True


def _windows_pid_exists(pid: int) -> bool:
    """Untested here (no Windows on the build machine); os.kill would terminate the pid."""
    if sys.platform != "win32":
        return False
    import ctypes

    still_active = 259
    query_limited_information = 0x1000
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
