"""The settings dialog changes the app as you go, and every control has a name."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSlider,
)
from pytestqt.qtbot import QtBot

from anapana.app import theme
from anapana.app.main_window import MainWindow
from anapana.app.settings import Settings
from anapana.app.settings_dialog import SettingsDialog
from anapana.sound.channels import CHANNEL_LABELS, CHANNELS, Channel
from tests.app_fixtures import APP_TEST_MARKS, open_window
from tests.app_helpers import FakeClock

pytestmark = APP_TEST_MARKS


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> MainWindow:
    return open_window(qtbot, clock, checkin=False, open_log=False)


def test_the_dialog_applies_theme_and_lead_in(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window.settings, parent=window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert window.settings.theme == "dark"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert theme.current(app) is theme.DARK
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert theme.current(app) is theme.LIGHT
    dialog.lead_in.setValue(7)
    dialog.volumes["bell"].setValue(30)
    assert window.settings.lead_in_s == 7.0
    assert window.settings.volume("bell") == pytest.approx(0.3)
    entry = window.store.find("box-breathing")
    assert entry is not None
    window.start_session(entry)
    state = window.controller.state
    assert state is not None and state.countdown_s == pytest.approx(7.0)


def test_one_volume_per_sound_channel_named_by_the_channel_list(
        window: MainWindow, qtbot: QtBot) -> None:
    assert get_args(Channel) == CHANNELS
    dialog = SettingsDialog(window.settings, parent=window)
    qtbot.addWidget(dialog)
    assert list(dialog.volumes) == list(CHANNELS)
    for channel, slider in dialog.volumes.items():
        form = slider.parentWidget().findChildren(QFormLayout)
        labels = [layout.labelForField(slider) for layout in form]
        shown = [label.text() for label in labels if isinstance(label, QLabel)]
        assert shown == [CHANNEL_LABELS[channel]]
        assert slider.accessibleName() == f"{CHANNEL_LABELS[channel]} volume"


def test_every_control_has_an_accessible_name(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window.settings, parent=window)
    qtbot.addWidget(dialog)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QSlider)
    for root in (window.library, dialog):
        for kind in kinds:
            for control in root.findChildren(kind):
                if control.isVisibleTo(root) and control.objectName() != "qt_spinbox_lineedit":
                    assert control.accessibleName() or (
                        isinstance(control, QAbstractButton) and control.text()
                    ), f"{type(control).__name__} in {type(root).__name__} has no name"


def test_the_dialog_sets_the_eyes_closed_mode(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window.settings, parent=window)
    qtbot.addWidget(dialog)
    assert window.settings.eyes_closed == "off"
    dialog.eyes_closed.setCurrentIndex(dialog.eyes_closed.findData("tones"))
    assert window.settings.eyes_closed == "tones"
    window.settings.eyes_closed = "shouting"  # nonsense falls back to off
    assert window.settings.eyes_closed == "off"


def test_the_language_is_chosen_in_settings_and_applies_on_restart(
        qtbot: QtBot, tmp_path: Path) -> None:
    from anapana.app.settings_dialog import SettingsDialog
    from anapana.app.translations import ui_language

    settings = Settings(tmp_path / "settings.ini")
    assert settings.language == ""  # follows the system
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    assert dialog.language_note.isVisible()
    assert Settings(tmp_path / "settings.ini").language == "pt_BR"
    assert ui_language(Settings(tmp_path / "settings.ini").language,
                       {"LANG": "de_DE.UTF-8"}) == "pt_BR"
    settings.language = "klingon"  # a hand-edited file
    assert settings.language == "" and ui_language(settings.language,
                                                   {"LANG": "de_DE.UTF-8"}) == "de"


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANGUAGE": "sv:nl", "LANG": "C"}, "nl"),
    ({"LC_ALL": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
    ({"LC_MESSAGES": "it_IT", "LANG": "C.UTF-8"}, "it"),
    ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
    ({"LANG": "ja_JP.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANGUAGE": "pseudo"}, "pseudo"),
])
def test_the_language_follows_the_system(environ: dict[str, str], language: str) -> None:
    from anapana.app.translations import ui_language

    assert ui_language("", environ, system="en_US") == language
