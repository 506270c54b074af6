"""The Heart rate section of Settings: how to enable it, finding and choosing a strap."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from anapana.app.heart_settings import ENABLE_HINT, HeartRateSettingsPanel
from anapana.app.settings import Settings
from anapana.app.settings_dialog import SettingsDialog
from anapana.hr.ble import FoundStrap

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def test_without_the_hr_extra_it_says_how_to_enable_it(qtbot: QtBot, settings: Settings) -> None:
    panel = HeartRateSettingsPanel(settings, available=(False, ENABLE_HINT))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.hint.isVisible() and "pip install 'anapana[hr]'" in panel.hint.text()
    assert not panel.find_button.isVisible()


def test_the_settings_dialog_has_the_section(qtbot: QtBot, settings: Settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.heart.title() == "Heart rate"


def test_find_choose_and_remember_a_strap(qtbot: QtBot, settings: Settings,
                                          tmp_path: Path) -> None:
    found = [FoundStrap("C1:22:33:44:55:66", "Polar H10 1234", -50),
             FoundStrap("D1:22:33:44:55:66", "", -70)]
    panel = HeartRateSettingsPanel(settings, available=(True, ""), finder=lambda: list(found))
    qtbot.addWidget(panel)
    panel.show()
    assert "No strap chosen" in panel.chosen.text()
    panel.find_button.click()
    panel.wait_for_scan()
    qtbot.waitUntil(lambda: panel.straps.count() == 2)
    assert panel.straps.itemText(1) == "Heart-rate strap (D1:22:33:44:55:66)"
    panel.straps.setCurrentIndex(0)
    panel.use_button.click()
    again = Settings(tmp_path / "settings.ini")
    assert again.heart_strap == ("C1:22:33:44:55:66", "Polar H10 1234")
    assert "Polar H10 1234" in panel.chosen.text()
    panel.forget_button.click()
    assert Settings(tmp_path / "settings.ini").heart_strap == ("", "")


def test_bluetooth_trouble_is_a_calm_sentence(qtbot: QtBot, settings: Settings) -> None:
    def broken() -> list[object]:
        raise OSError("org.bluez.Error.NotReady")

    panel = HeartRateSettingsPanel(settings, available=(True, ""), finder=broken)
    qtbot.addWidget(panel)
    panel.find_button.click()
    panel.wait_for_scan()
    qtbot.waitUntil(lambda: panel.find_button.isEnabled())
    assert panel.status.text().startswith("Bluetooth didn't answer")
    assert "switched on" in panel.status.text()


def test_a_hand_edited_address_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[heart]\nstrap_address=\"'; rm -rf /\"\nstrap_name=x\n", encoding="utf-8")
    assert Settings(path).heart_strap == ("", "")
    path.write_text("[heart]\nstrap_address=AA:BB:CC:DD:EE:0F\nstrap_name=Mine\n",
                    encoding="utf-8")
    assert Settings(path).heart_strap == ("AA:BB:CC:DD:EE:0F", "Mine")
