"""Where Anapana keeps things: bundled sessions and assets, and the user's own files.

Bundled files live inside the installed package (`anapana/sessions`,
`anapana/assets`) or, when running from a source checkout, in the repository's
top-level `sessions/` and `assets/` folders. User files follow platformdirs.
`ANAPANA_HOME`, when set, puts every user folder under one directory: tests
and portable installs use it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class UserPaths:
    """The user's folders; nothing here is created until something is written."""

    data: Path
    config: Path
    logs: Path
    cache: Path | None = None
    """Rebuildable files (compiled plans); under `data` when not given."""

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

    @classmethod
    def from_environment(cls) -> UserPaths:
        home = os.environ.get("ANAPANA_HOME")
        if home:
            root = Path(home)
            return cls(data=root / "data", config=root / "config", logs=root / "logs",
                       cache=root / "cache")
        import platformdirs  # here: it imports tempfile and shutil, which reading needs not

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME)),
            config=Path(platformdirs.user_config_dir(APP_NAME)),
            logs=Path(platformdirs.user_log_dir(APP_NAME)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME)),
        )
