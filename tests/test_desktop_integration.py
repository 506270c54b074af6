"""`install_desktop` around a stand-in main window: second starts, the tray menu,
close-to-tray, reminders that begin a session, background start and shutdown
(pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from anapana.app.desktop import install_desktop
from anapana.app.desktop.handoff import forward_to_running_instance
from anapana.app.desktop.integration import DesktopIntegration, session_title_from_id
from anapana.app.desktop.preferences import DesktopPreferences
from anapana.app.desktop.tray import Tray
from anapana.paths import UserPaths, assets_dir
from anapana.reminders import ReminderPlan
from tests.fakes import FakeClock

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform has no tray, cannot size or stack windows; nothing is wrong.
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints",
        "This plugin does not support raise",
        "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    ),
]


class Window(QMainWindow):
    """Stands in for the main window: counts real closes."""

    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def closeEvent(self, event: object) -> None:
        self.closed += 1
        super().closeEvent(event)  # type: ignore[arg-type]


class Recorder:
    def __init__(self) -> None:
        self.started: list[tuple[str, bool]] = []
        self.practising = False

    def start_session(self, session_id: str, checkin: bool) -> None:
        self.started.append((session_id, checkin))

    def is_practising(self) -> bool:
        return self.practising


@pytest.fixture(autouse=True)
def no_timer_left_running() -> Iterator[None]:
    yield
    gc.collect()
    running = []
    for obj in gc.get_objects():
        if isinstance(obj, QTimer):
            try:
                if obj.isActive():
                    running.append(obj)
            except RuntimeError:
                pass
    assert running == [], "a test left a QTimer running"


@pytest.fixture
def socket_name(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(Path(tmp_path_factory.mktemp("s", numbered=True)) / "a.sock")


@pytest.fixture
def preferences(tmp_path: Path) -> DesktopPreferences:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    prefs = DesktopPreferences(store)
    store.setParent(prefs)
    return prefs


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


Build = Callable[..., tuple[DesktopIntegration, Window]]


@pytest.fixture
def build(
    qtbot: QtBot,
    qapp: QApplication,
    preferences: DesktopPreferences,
    recorder: Recorder,
    socket_name: str,
    tmp_path: Path,
) -> Iterator[Build]:
    made: list[DesktopIntegration] = []

    def make(
        use_tray: bool = False, now: datetime | None = None
    ) -> tuple[DesktopIntegration, Window]:
        window = Window()
        qtbot.addWidget(window)
        clock = FakeClock(datetime(2026, 11, 23, 7, 0, tzinfo=UTC))
        if now is not None:
            clock.moment = now  # wall-clock time: the service drops the offset
        integration = install_desktop(
            qapp, window, recorder.start_session, preferences, recorder.is_practising,
            paths=UserPaths(tmp_path / "d", tmp_path / "c", tmp_path / "l"),
            session_title={"box-breathing": "Box breathing"}.get,
            server_name=socket_name, use_tray=use_tray,
            clock=clock,
        )
        made.append(integration)
        return integration, window

    yield make
    for integration in made:
        integration.shutdown()


def forward(qtbot: QtBot, integration: DesktopIntegration, request: dict[str, object]) -> bool:
    assert integration.server is not None
    result: list[bool] = []
    with qtbot.waitSignal(integration.server.request_received, timeout=5000):
        thread = threading.Thread(
            target=lambda: result.append(
                forward_to_running_instance(request, integration.server.name)  # type: ignore[union-attr]
            ),
            daemon=True,
        )
        thread.start()
    thread.join(5)
    return result == [True]


# -- second starts -------------------------------------------------------------------


def test_a_second_start_brings_the_window_forward_and_runs_the_session(
    qtbot: QtBot, build: Build, recorder: Recorder
) -> None:
    integration, window = build()
    assert not window.isVisible()
    assert forward(qtbot, integration, {"action": "run", "session": "box-breathing",
                                        "checkin": False})
    assert window.isVisible()
    assert recorder.started == [("box-breathing", False)]


def test_show_only_brings_the_window_forward(
    qtbot: QtBot, build: Build, recorder: Recorder
) -> None:
    integration, window = build()
    window.showMinimized()
    assert forward(qtbot, integration, {"action": "show"})
    assert window.isVisible() and not window.isMinimized()
    assert recorder.started == []


def test_a_session_under_way_is_never_interrupted(
    qtbot: QtBot, build: Build, recorder: Recorder
) -> None:
    integration, window = build()
    recorder.practising = True
    assert forward(qtbot, integration, {"action": "run", "session": "cyclic-sighing"})
    assert window.isVisible()
    assert recorder.started == []


def test_a_second_app_does_not_take_the_name(build: Build) -> None:
    first, _ = build()
    second, _ = build()
    assert first.server is not None
    assert second.server is None


def test_shutdown_closes_the_door(qtbot: QtBot, build: Build) -> None:
    integration, _ = build()
    assert integration.server is not None
    name = integration.server.name
    integration.shutdown()
    assert not integration.reminders.timer.isActive()
    assert forward_to_running_instance({"action": "show"}, name) is False


# -- reminders -----------------------------------------------------------------------


def test_begin_on_a_reminder_starts_the_suggested_session(
    qtbot: QtBot, build: Build, recorder: Recorder, preferences: DesktopPreferences
) -> None:
    preferences.reminder_plan = ReminderPlan(
        enabled=True, times=(time(8),), session_id="box-breathing"
    )
    integration, window = build(now=datetime(2026, 11, 23, 8, 0))
    assert integration.reminders.check_now() is True  # no tray here: the corner note
    note = integration.reminders.note
    assert note is not None and note.isVisible()
    assert "Box breathing" in note.message.text()
    note.begin_button.click()
    assert recorder.started == [("box-breathing", True)]
    assert window.isVisible()
    note.deleteLater()


def test_reminder_without_a_session_just_opens_the_app(
    qtbot: QtBot, build: Build, recorder: Recorder
) -> None:
    integration, window = build()
    integration.reminders.begin_requested.emit("")
    assert window.isVisible()
    assert recorder.started == []


# -- the tray ------------------------------------------------------------------------


def test_tray_menu_offers_favourites_and_starts_them(
    qtbot: QtBot, build: Build, recorder: Recorder, preferences: DesktopPreferences
) -> None:
    preferences.tray_sessions = ["box-breathing", "silent-sit-20"]
    integration, _ = build(use_tray=True)
    tray = integration.tray
    assert tray is not None
    titles = [a.text() for a in tray.session_actions]
    assert titles == ["Box breathing", "Silent sit 20"]
    tray.session_actions[1].trigger()
    assert recorder.started == [("silent-sit-20", True)]
    preferences.tray_sessions = ["cyclic-sighing"]
    assert [a.data() for a in tray.session_actions] == ["cyclic-sighing"]


def test_tray_pause_for_today_toggles(
    qtbot: QtBot, build: Build, preferences: DesktopPreferences
) -> None:
    preferences.reminder_plan = ReminderPlan(enabled=True, times=(time(8), time(12)))
    integration, _ = build(use_tray=True)
    tray = integration.tray
    assert tray is not None
    assert tray.pause_action.isVisible()
    assert integration.reminders.next_due == datetime(2026, 11, 23, 8, 0)
    tray.pause_action.trigger()
    assert integration.reminders.paused_today()
    assert tray.pause_action.text() == "Resume reminders today"
    assert integration.reminders.next_due == datetime(2026, 11, 24, 8, 0)
    tray.pause_action.trigger()
    assert not integration.reminders.paused_today()
    assert tray.pause_action.text() == "Pause reminders for today"


def test_pause_entry_hidden_while_reminders_are_off(build: Build) -> None:
    integration, _ = build(use_tray=True)
    assert integration.tray is not None
    assert not integration.tray.pause_action.isVisible()


def test_close_to_tray_hides_instead_of_closing(
    qtbot: QtBot, build: Build, preferences: DesktopPreferences
) -> None:
    preferences.close_to_tray = True
    integration, window = build(use_tray=True)
    window.show()
    assert window.close() is False
    assert not window.isVisible()
    assert window.closed == 0
    assert integration.tray is not None and integration.tray.visible
    integration.tray.open_action.trigger()
    assert window.isVisible()


def test_without_close_to_tray_closing_closes(
    qtbot: QtBot, build: Build, preferences: DesktopPreferences
) -> None:
    _, window = build(use_tray=True)
    window.show()
    assert window.close() is True
    assert window.closed == 1


def test_quit_from_the_tray_closes_for_real(
    qtbot: QtBot, build: Build, preferences: DesktopPreferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    preferences.close_to_tray = True
    integration, window = build(use_tray=True)
    window.show()
    assert integration.tray is not None
    integration.tray.quit_action.trigger()
    assert window.closed == 1
    assert quits == [True]


def test_about_from_the_tray(qtbot: QtBot, build: Build) -> None:
    integration, _ = build(use_tray=True)
    assert integration.tray is not None
    integration.tray.about_action.trigger()
    about = integration._about
    assert about is not None and about.isVisible()
    about.close()


def test_tray_icon_click_opens_the_app(qtbot: QtBot, qapp: QApplication) -> None:
    tray = Tray(QIcon(str(assets_dir() / "icons" / "anapana.svg")))
    with qtbot.waitSignal(tray.open_requested, timeout=1000):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.open_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    tray.dispose()


# -- starting ------------------------------------------------------------------------


def test_background_start_stays_in_the_tray(build: Build) -> None:
    integration, window = build(use_tray=True)
    integration.show_window(background=True)
    assert not window.isVisible()


def test_background_start_without_a_tray_starts_minimised(build: Build) -> None:
    integration, window = build(use_tray=False)
    integration.show_window(background=True)
    assert window.isMinimized()


def test_a_normal_start_shows_the_window(build: Build) -> None:
    integration, window = build()
    integration.show_window()
    assert window.isVisible()


def test_readable_titles_from_ids() -> None:
    assert session_title_from_id("box-breathing") == "Box breathing"
    assert session_title_from_id("/home/me/evening unwind.yaml") == "Evening unwind"
    assert session_title_from_id("") == ""
