"""Start at login, the freedesktop way: an entry in `$XDG_CONFIG_HOME/autostart/`.

`enable_autostart()` writes `io.github.anapana.Anapana.desktop` there with
`Exec=anapana --background` (the app starts quietly, in the tray when there is one, so
reminders can come); `disable_autostart()` removes it. Only a file we wrote is removed:
one the user made by hand (no `X-Anapana-Autostart` key) is left alone.

The command is the `anapana` found on PATH when there is one (as installed), else the
bundle's own executable (PyInstaller), else this Python running `-m anapana`; a path with
spaces is quoted as the Desktop Entry spec asks. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

APP_ID = "io.github.anapana.Anapana"
BACKGROUND_FLAG = "--background"
_MARK = "X-Anapana-Autostart=true"


def autostart_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the login entry lives: `$XDG_CONFIG_HOME` (default `~/.config`)/autostart."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> list[str]:
    """How to start this Anapana again from a login session."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("anapana")
    if found:
        # An installed command on the usual PATH needs no path; a venv's does.
        return ["anapana"] if Path(found).parent in _system_bin_dirs() else [found]
    return [sys.executable, "-m", "anapana"]


def _system_bin_dirs() -> set[Path]:
    return {Path(p) for p in ("/usr/bin", "/usr/local/bin", "/bin", "/app/bin")}


def _quote(arg: str) -> str:
    """Quote one Exec argument per the Desktop Entry spec (only when needed)."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`=')
    if arg and not any(ch in reserved for ch in arg):
        return arg
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{escaped}"'


def autostart_entry(command: Sequence[str] | None = None) -> str:
    """The text of the login entry."""
    argv = [*(command or launch_command()), BACKGROUND_FLAG]
    # Exec quoting first, then the string-value escape of every backslash (the spec's
    # two layers), and a literal % doubled so it is not read as a field code.
    exec_line = " ".join(_quote(arg) for arg in argv).replace("\\", "\\\\").replace("%", "%%")
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Anapana",
            "Comment=Gentle reminders to pause and breathe, from the tray",
            f"Icon={APP_ID}",
            f"Exec={exec_line}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            _MARK,
            "",
        ]
    )


def is_autostart_enabled(environ: Mapping[str, str] | None = None) -> bool:
    return autostart_path(environ).is_file()


def enable_autostart(
    command: Sequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Write (or rewrite) the login entry; returns its path."""
    path = autostart_path(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".desktop.tmp")
    temporary.write_text(autostart_entry(command), encoding="utf-8")
    temporary.replace(path)
    return path


def disable_autostart(environ: Mapping[str, str] | None = None) -> bool:
    """Remove our login entry; False if there was none or it is not ours."""
    path = autostart_path(environ)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return False
    if _MARK not in text.splitlines():
        return False
    path.unlink()
    return True
