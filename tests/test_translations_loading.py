"""Loading the interface language: the app's catalogue compiled on first use from the .ts
in a source checkout, Qt's own catalogue, the default locale, English plurals."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from anapana.app import translations
from anapana.i18n.ts_file import read_ts, write_ts

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def restore(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    yield
    translations.install_translations(qapp, "en")
    QLocale.setDefault(locale)


def test_a_language_loads_from_the_sources(qapp: QApplication, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           restore: None) -> None:
    if not (Path(sys.executable).parent / "pyside6-lrelease").exists() and \
            shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    catalogues = tmp_path / "i18n"
    catalogues.mkdir()
    german = read_ts(ROOT / "src" / "anapana" / "i18n" / "anapana_de.ts")
    for message in german.messages:
        if message.key == ("PlayerView", "Pause", ""):
            message.translation, message.finished = "Anhalten", True
        if message.key == ("Words", "%n minute(s)", ""):
            message.forms, message.finished = ["eine Minute", "%n Minuten"], True
    write_ts(catalogues / "anapana_de.ts", "de", german.messages)
    monkeypatch.setattr(translations, "CATALOGUES", catalogues)

    loaded = translations.install_translations(qapp, "de", tmp_path / "cache")
    assert any(path.endswith("anapana_de.qm") for path in loaded), loaded
    assert (tmp_path / "cache" / "i18n" / "anapana_de.qm").is_file()  # compiled once, kept
    assert translations.installed_language() == "de"
    assert QCoreApplication.translate("PlayerView", "Pause") == "Anhalten"
    from anapana.app.words import clock_text, minutes_text

    assert minutes_text(1) == "eine Minute" and minutes_text(3) == "3 Minuten"
    assert QLocale().name().startswith("de")
    assert QLocale().toString(5.5, "g", 6) == "5,5"
    assert clock_text(65) == "1:05"
    if any("qtbase_de" in path for path in loaded):  # where PySide6 ships Qt's catalogues
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_needs_no_catalogue(qapp: QApplication, restore: None) -> None:
    assert translations.install_translations(qapp, "en") == []
    from anapana.app.words import minutes_text, practised_text

    assert minutes_text(1) == "1 minute" and minutes_text(2) == "2 minutes"
    assert practised_text(65) == "1 minute 5 seconds"
    assert QCoreApplication.translate("PlayerView", "Pause") == "Pause"


def test_a_missing_or_broken_catalogue_leaves_english(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        restore: None, caplog: pytest.LogCaptureFixture) -> None:
    catalogues = tmp_path / "i18n"
    catalogues.mkdir()
    (catalogues / "anapana_fr.ts").write_text("<TS><context><name>", encoding="utf-8")
    monkeypatch.setattr(translations, "CATALOGUES", catalogues)
    loaded = translations.install_translations(qapp, "fr", tmp_path / "cache")
    assert not any("anapana_fr" in path for path in loaded)
    assert QCoreApplication.translate("PlayerView", "Pause") == "Pause"
    loaded = translations.install_translations(qapp, "nl", tmp_path / "cache")  # no file
    assert not any("anapana_nl" in path for path in loaded)


def test_the_logs_notices_are_shown_in_the_interface_language(
        qapp: QApplication, tmp_path: Path, restore: None) -> None:
    if not (Path(sys.executable).parent / "pyside6-lrelease").exists() and \
            shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    from datetime import UTC, datetime

    from anapana.log import LogUnavailable, open_log
    from tests.fakes import FakeClock

    translations.install_translations(qapp, "de", tmp_path / "cache")
    clock = FakeClock(datetime(2026, 11, 25, 7, 30, tzinfo=UTC))
    path = tmp_path / "data" / "log.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"not a log at all\x00" * 100)
    log, notices = open_log(path, clock, [], translate=translations.qt_translate)
    log.connection.execute("PRAGMA user_version = 99")
    log.close()
    assert notices[0].message.startswith("Dein Übungsprotokoll konnte nicht gelesen werden")
    with pytest.raises(LogUnavailable, match="stammt von einer neueren Anapana-Version"):
        open_log(path, clock, [], translate=translations.qt_translate)
