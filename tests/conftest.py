"""Shared test fixtures: a private ANAPANA_HOME, offscreen Qt, and a timer check."""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.app_helpers import FakeClock

# Qt tests run without a display; set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `scripts/dev.sh test` also runs the suite in a venv without PySide6, so that "the core,
# the log and the analysis need no Qt" is checked rather than believed. There, the modules
# that use Qt are not collected, and pytest-qt's settings in pyproject.toml are declared
# here so that pytest does not warn about options it does not know.
QT_INSTALLED = importlib.util.find_spec("PySide6") is not None
_USES_QT = re.compile(r"\b(PySide6|pyqtgraph|pytestqt|qtbot|qapp)\b|anapana\.app\b|app_helpers")


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        for name in ("qt_api", "qt_log_level_fail", "qt_log_ignore"):
            parser.addini(name, "pytest-qt setting (plugin not installed)", type="linelist")


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    if QT_INSTALLED or collection_path.suffix != ".py":
        return None
    if collection_path.name == "conftest.py":
        return None
    return bool(_USES_QT.search(collection_path.read_text(encoding="utf-8")))


@pytest.fixture
def anapana_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every user folder (sessions, log, settings) under one temporary directory."""
    home = tmp_path / "anapana-home"
    home.mkdir()
    monkeypatch.setenv("ANAPANA_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    """A monotonic clock at 1000 s that moves only when told to (modules whose tests need
    another kind of clock define their own `clock`)."""
    from tests.fakes import FakeClock

    return FakeClock()


@pytest.fixture(autouse=True)
def no_running_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a timer running: one made through `anapana.app.timers`
    (every app timer), or any QTimer in a top-level widget the test made.

    Autouse, so it is set up before `qtbot` and checks after qtbot has closed the
    test's widgets. Zero-interval timers (a call deferred to the event loop) are let be.
    """
    yield
    if "PySide6.QtCore" not in sys.modules or not _is_qt_test(request):
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from anapana.app import timers

    left = [timer for timer in timers.running() if timer.interval() > 0]
    app = QApplication.instance()
    if isinstance(app, QApplication):
        left.extend(timer for widget in app.topLevelWidgets()
                    for timer in widget.findChildren(QTimer)
                    if timer.isActive() and timer.interval() > 0 and timer not in left)
    running = [timers.describe(timer) for timer in left]
    if running:
        timers.stop_all()  # so the next test starts clean
    assert not running, f"QTimers left running: {running}"


def _is_qt_test(request: pytest.FixtureRequest) -> bool:
    names = set(request.fixturenames)
    return bool(names & {"qtbot", "qapp"}) or request.node.get_closest_marker("gui") is not None


if importlib.util.find_spec("pytestqt") is not None:

    @pytest.fixture(scope="session")
    def qapp(qapp: object) -> object:
        """pytest-qt's application with the app's English plurals installed, as `anapana`
        starts (`1 minute`, not `1 minute(s)`); the UI language stays English."""
        from PySide6.QtCore import QCoreApplication

        from anapana.app.translations import install_translations

        assert isinstance(qapp, QCoreApplication)
        install_translations(qapp, "en")
        return qapp


_TEMP_MODE: int | None = None


def pytest_sessionstart(session: pytest.Session) -> None:
    global _TEMP_MODE
    _TEMP_MODE = os.stat(tempfile.gettempdir()).st_mode


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if anything it did changed the mode of the shared temp folder (a
    /tmp closed to 0700 breaks every other program, and later tests, on the machine)."""
    if _TEMP_MODE is None:
        return
    temp = tempfile.gettempdir()
    now = os.stat(temp).st_mode
    if now != _TEMP_MODE:
        os.chmod(temp, stat.S_IMODE(_TEMP_MODE))
        print(f"\nFAILED: the tests changed {temp}'s mode from {stat.filemode(_TEMP_MODE)} "
              f"to {stat.filemode(now)} (put back)")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def catalogue_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the catalogues compiled from the `.ts` files, shared by the tests
    that show the app in another language (each language compiles once a run)."""
    return tmp_path_factory.mktemp("catalogues")


@pytest.fixture
def german(qapp: object, catalogue_cache: Path) -> Iterator[None]:
    """The interface in German, its catalogue compiled from the sources, numbers and
    dates in QLocale("de"); English again afterwards."""
    import shutil as _shutil

    from PySide6.QtCore import QCoreApplication, QLocale

    from anapana.app.translations import install_translations

    if not (Path(sys.executable).parent / "pyside6-lrelease").exists() and \
            _shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    assert isinstance(qapp, QCoreApplication)
    locale = QLocale()
    loaded = install_translations(qapp, "de", catalogue_cache)
    assert any("anapana_de" in path for path in loaded), loaded
    try:
        yield
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(locale)
