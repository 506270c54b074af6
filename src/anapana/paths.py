"""Where Anapana keeps things: bundled sessions and assets, and the user's own files.

Bundled files live inside the installed package (`anapana/sessions`,
`anapana/assets`) or, when running from a source checkout, in the repository's
top-level `sessions/` and `assets/` folders. User files follow platformdirs.
`ANAPANA_HOME`, when set, puts every user folder under one directory: tests
and portable installs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

from anapana.core.record import Record

APP_NAME = "anapana"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / name  # src/anapana -> repository root


def bundled_sessions_dir() -> Path:
    """The library of sessions that ships with the app."""
    return _bundled("sessions")


def assets_dir() -> Path:
    """Sounds, icons and templates that ship with the app."""
    return _bundled("assets")


def format_guide() -> Path:
    """The session format guide (docs/session-format.md) that ships with the app."""
    return _bundled("docs") / "session-format.md"


class UserPaths(Record):
    """The user's folders; nothing here is created until something is written.

    A `Record`, not a dataclass: reading the bundled library imports this module, and
    `dataclasses` would cost that fresh process more than the library itself."""

    __slots__ = ("data", "config", "logs", "cache", "temporary")  # noqa: RUF023
    data: Path
    config: Path
    logs: Path
    cache: Path | None
    """Rebuildable files (compiled plans); under `data` when not given."""
    temporary: Path | None
    """The system's temporary folder (the rescue's last resort); none when not given."""

    def __init__(self, data: Path, config: Path, logs: Path, cache: Path | None = None,
                 temporary: Path | None = None) -> None:
        self._set(data, config, logs, cache, temporary)

    @property
    def plan_cache(self) -> Path:
        return (self.cache or self.data / "cache") / "plans"

    @property
    def sessions(self) -> Path:
        return self.data / "sessions"

    @property
    def log_db(self) -> Path:
        return self.data / "log.sqlite3"

    @property
    def settings(self) -> Path:
        return self.config / "settings.ini"

    @property
    def rescue_folders(self) -> list[Path]:
        """Where practices the log refused are kept at quit, best first (`anapana.log.rescue`).

        Beside the log, in the config folder (a full data disk may leave the config's
        disk room), then in the system's temporary folder when one is known; `open_log`
        looks in the same ones. The first is this log's own; in the others a file's name
        says which log it belongs to.
        """
        folders = [self.log_db.parent / "rescue", self.config / "rescue"]
        if self.temporary is not None:
            folders.append(self.temporary / f"anapana-rescue-{_user_id()}")
        return folders

    @classmethod
    def from_environment(cls) -> UserPaths:
        # Imported here: platformdirs and tempfile import shutil, random and more, which
        # reading the bundled library (bundled_sessions_dir) needs not.
        import tempfile

        home = os.environ.get("ANAPANA_HOME")
        if home:
            root = Path(home)
            return cls(data=root / "data", config=root / "config", logs=root / "logs",
                       cache=root / "cache", temporary=Path(tempfile.gettempdir()))
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME)),
            config=Path(platformdirs.user_config_dir(APP_NAME)),
            logs=Path(platformdirs.user_log_dir(APP_NAME)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME)),
            temporary=Path(tempfile.gettempdir()),
        )


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    try:
        return os.getlogin()
    except OSError:
        return "user"
