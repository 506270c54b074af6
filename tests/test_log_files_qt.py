"""The settings file (written through QSettings) is owner-only, like the log."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@posix_only
@pytest.mark.gui
def test_the_settings_file_is_owner_only(tmp_path: Path, qapp: object) -> None:
    from anapana.app.settings import Settings

    path = tmp_path / "config" / "settings.ini"
    settings = Settings(path)
    settings.theme = "dark"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)  # an older file, or one copied in
    settings.muted = True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
