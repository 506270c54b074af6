"""Shared test fixtures: a private ANAPANA_HOME, offscreen Qt, and a timer check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display; set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def anapana_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every user folder (sessions, log, settings) under one temporary directory."""
    home = tmp_path / "anapana-home"
    home.mkdir()
    monkeypatch.setenv("ANAPANA_HOME", str(home))
    return home


@pytest.fixture
def no_running_timers() -> Iterator[None]:
    """Fail a test that leaves a QTimer running in any top-level widget it made."""
    yield
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    running = [
        f"{type(widget).__name__}/{timer.objectName() or type(timer.parent()).__name__}"
        for widget in app.topLevelWidgets()
        for timer in widget.findChildren(QTimer)
        if timer.isActive() and timer.interval() > 0
    ]
    assert not running, f"QTimers left running: {running}"
