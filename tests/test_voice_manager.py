"""The voice manager in Settings, against a catalogue served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("onnx", reason="onnx (to build the test model) is not installed")

from anapana.app.voice_manager import DownloadDialog, VoiceManager
from anapana.sound.tts.voice_store import VoiceStore

from .piper_model import config_bytes, model_bytes, write_voice
from .voice_server import CARD, CatalogueServer, serving, voice_files

pytestmark = pytest.mark.gui

KEY = "en_US-calm-medium"


@pytest.fixture
def store(tmp_path: Path) -> VoiceStore:
    return VoiceStore(tmp_path / "voices")


@pytest.fixture
def server() -> Iterator[CatalogueServer]:
    with serving() as running:
        running.add_voice(KEY, voice_files(KEY, model_bytes() + b"\0" * 200_000, config_bytes()))
        de_key = "de_DE-ruhig-low"
        running.add_voice(de_key, voice_files(de_key, model_bytes(), config_bytes(
            language="de_DE", quality="low"), language="de_DE", name="ruhig", quality="low"),
            language="de_DE", name="ruhig", quality="low")
        yield running


@pytest.fixture
def manager(qtbot, store: VoiceStore) -> VoiceManager:  # type: ignore[no-untyped-def]
    dialog = VoiceManager(store, language="en")
    qtbot.addWidget(dialog)
    dialog.refresh()
    return dialog


def rows(manager: VoiceManager) -> list[list[str]]:
    table = manager.table
    return [[table.topLevelItem(i).text(c) for c in range(table.columnCount())]
            for i in range(table.topLevelItemCount())]


def open_download(qtbot, manager: VoiceManager, server: CatalogueServer) -> DownloadDialog:  # type: ignore[no-untyped-def]
    manager.catalogue = server.base_url
    manager.download.click()
    dialog = manager.download_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.voices.count() > 0, timeout=10_000)
    return dialog


def test_an_empty_store_says_what_to_do(manager: VoiceManager) -> None:
    assert rows(manager) == []
    assert "No natural voice is installed yet" in manager.status.text()
    assert not manager.remove.isEnabled() and not manager.use.isEnabled()


def test_adding_a_voice_lists_it_with_language_quality_and_licence(
        qtbot, manager: VoiceManager, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = write_voice(tmp_path / "usb", "en_GB-soft-low", language="en_GB", quality="low")
    (model.parent / "MODEL_CARD").write_bytes(CARD)
    manager.choose_model_file = lambda: model  # type: ignore[method-assign]
    with qtbot.waitSignal(manager.changed, timeout=10_000):
        manager.add.click()
    assert rows(manager) == [["soft", "en_GB", "low", "CC0 (public domain)",
                              "English (automatically)"]]
    assert "was added" in manager.status.text()


@pytest.mark.parametrize(("language", "why"), [
    ("en", "This voice could not be added. %s.json: 'audio' is int, an object with"
     " sample_rate expected"),
    ("de", "Diese Stimme konnte nicht hinzugefügt werden. %s.json: 'audio' ist int, ein"
     " Objekt mit sample_rate erwartet"),
])
def test_a_broken_voice_file_is_explained_not_added(
        qtbot, manager: VoiceManager, tmp_path: Path, request: pytest.FixtureRequest,  # type: ignore[no-untyped-def]
        language: str, why: str) -> None:
    if language == "de":
        request.getfixturevalue("german")
    model = write_voice(tmp_path / "usb")
    model.with_name(model.name + ".json").write_text('{"audio": 3}')
    manager.choose_model_file = lambda: model  # type: ignore[method-assign]
    manager.add.click()
    qtbot.waitUntil(lambda: manager.status.text() == why % model, timeout=10_000)
    assert rows(manager) == []


def test_choosing_and_removing_voices(qtbot, manager: VoiceManager, store: VoiceStore,
                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.add_local(write_voice(tmp_path / "a", "en_US-a-high", quality="high"))
    store.add_local(write_voice(tmp_path / "b", "en_US-b-low", quality="low"))
    manager.refresh()
    assert [r[4] for r in rows(manager)] == ["English (automatically)", ""]
    manager.table.setCurrentItem(manager.table.topLevelItem(1))
    assert manager.use.text() == "Use for English"
    manager.use.click()
    assert store.choices() == {"en": "en_US-b-low"}
    assert [r[4] for r in rows(manager)] == ["", "English (your choice)"]
    assert manager.use.text() == "Choose automatically for English"
    manager.use.click()
    assert store.choices() == {}
    assert [r[4] for r in rows(manager)] == ["English (automatically)", ""]
    manager.use.click()
    assert store.choices() == {"en": "en_US-b-low"}
    manager.confirm = lambda _title, _text: False  # type: ignore[method-assign]
    manager.remove.click()
    assert len(rows(manager)) == 2
    manager.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    manager.remove.click()
    assert [r[0] for r in rows(manager)] == ["a"]
    assert store.choices() == {}


def test_download_shows_the_licence_first_then_progress_then_the_voice(
        qtbot, manager: VoiceManager, server: CatalogueServer, store: VoiceStore) -> None:  # type: ignore[no-untyped-def]
    dialog = open_download(qtbot, manager, server)
    assert dialog.language.currentData() == "en"
    assert dialog.voices.count() == 1  # filtered to English
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert [dialog.voices.item(i).text().split(" —")[0] for i in range(dialog.voices.count())] \
        == ["ruhig"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.download.isEnabled()
    dialog.voices.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.licence.text().startswith("Licence:"), timeout=10_000)
    assert dialog.licence.text() == "Licence: CC0 (public domain)"
    assert "Trained for tests" in dialog.card.toPlainText()
    assert not dialog.download.isEnabled()  # not before the licence is accepted
    dialog.accept_licence.setChecked(True)
    assert dialog.download.isEnabled()
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(manager.changed, timeout=20_000):
        dialog.download.click()
    assert values[-1] == dialog.progress.maximum()
    assert values == sorted(values)
    assert "is installed" in dialog.status.text()
    assert [r[:4] for r in rows(manager)] == [["calm", "en_US", "medium", "CC0 (public domain)"]]
    assert store.get(KEY) is not None
    assert dialog.voices.item(0).text().endswith("(installed)")


def test_a_download_can_be_cancelled_and_nothing_is_half_installed(
        qtbot, manager: VoiceManager, server: CatalogueServer, store: VoiceStore) -> None:  # type: ignore[no-untyped-def]
    model_path = next(p for p in server.files if p.endswith(f"{KEY}.onnx"))
    server.behaviour.drop_after[model_path] = 5000  # then the retry waits a moment
    dialog = open_download(qtbot, manager, server)
    dialog.retry_pause_s = 60  # the download waits to retry until cancelled, however slow
    dialog.voices.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.accept_licence.isEnabled(), timeout=10_000)
    dialog.accept_licence.setChecked(True)
    dialog.download.click()
    assert dialog.cancel.isVisibleTo(dialog) and not dialog.download.isEnabled()
    qtbot.waitUntil(lambda: len(server.requests_for(".onnx")) == 1, timeout=10_000)
    dialog.cancel.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text(), timeout=10_000)
    assert store.installed() == []
    assert not dialog.cancel.isVisibleTo(dialog) and dialog.download.isEnabled()


@pytest.mark.parametrize(("language", "failed", "why"), [
    ("en", "The voice was not installed. http://",
     ".onnx: the file's checksum does not match the catalogue's, so it was not installed (it"
     " may be damaged or altered)."),
    ("de", "Die Stimme wurde nicht installiert. http://",
     ".onnx: Die Prüfsumme der Datei stimmt nicht mit der des Katalogs überein, deshalb wurde"
     " sie nicht installiert (sie ist vielleicht beschädigt oder verändert)."),
])
def test_a_failed_download_is_explained(qtbot, manager: VoiceManager,  # type: ignore[no-untyped-def]
                                        server: CatalogueServer, store: VoiceStore,
                                        request: pytest.FixtureRequest,
                                        language: str, failed: str, why: str) -> None:
    if language == "de":
        request.getfixturevalue("german")
    model_path = next(p for p in server.files if p.endswith(f"{KEY}.onnx"))
    good = server.files[model_path]
    server.files[model_path] = b"\x08" + b"\1" * (len(good) - 1)  # right size, wrong bytes
    dialog = open_download(qtbot, manager, server)
    dialog.voices.setCurrentRow(0)
    qtbot.waitUntil(lambda: dialog.accept_licence.isEnabled(), timeout=10_000)
    dialog.accept_licence.setChecked(True)
    dialog.download.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith(failed), timeout=20_000)
    assert dialog.status.text().endswith(why)  # in the language of the dialog, all of it
    assert store.installed() == []


def test_a_hostile_catalogue_is_refused_calmly(qtbot, manager: VoiceManager,  # type: ignore[no-untyped-def]
                                               server: CatalogueServer) -> None:
    server.files["voices.json"] = b"[" * 50_000
    manager.catalogue = server.base_url
    manager.download.click()
    dialog = manager.download_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "could not be fetched" in dialog.status.text(), timeout=10_000)
    assert "nested more than" in dialog.status.text()
    assert dialog.voices.count() == 0


def test_a_wrong_catalogue_address_is_explained(qtbot, manager: VoiceManager) -> None:  # type: ignore[no-untyped-def]
    manager.catalogue = "file:///etc/"
    manager.download.click()
    dialog = manager.download_dialog
    assert dialog is not None
    assert "not an http:// or https:// address" in dialog.status.text()


def test_settings_open_the_voice_manager(qtbot, anapana_home: Path) -> None:  # type: ignore[no-untyped-def]
    from anapana.app.settings import Settings
    from anapana.app.settings_dialog import SettingsDialog
    from anapana.paths import UserPaths

    paths = UserPaths.from_environment()
    settings = Settings(paths.settings)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.natural_voices.click()
    manager = dialog.voice_manager
    assert isinstance(manager, VoiceManager)
    assert manager.store.root == paths.data / "voices"
    assert manager.isVisible()
    manager.reject()


def test_without_piper_the_manager_says_voices_stay_silent(
        qtbot, store: VoiceStore, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import anapana.app.voice_manager as voice_manager

    monkeypatch.setattr(voice_manager, "piper_installed", lambda: False)
    dialog = VoiceManager(store)
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert "Piper is not installed" in dialog.notice.text()
    assert "`voice` extra" in dialog.notice.text()
    monkeypatch.setattr(voice_manager, "piper_installed", lambda: True)
    dialog.refresh()
    assert dialog.notice.text() == ""


# in the interface's language ----------------------------------------------------
def test_an_unstated_licence_and_a_broken_folder_are_shown_in_german(
        qtbot, store: VoiceStore, tmp_path: Path, german: None) -> None:  # type: ignore[no-untyped-def]
    store.add_local(write_voice(tmp_path / "a", "en_US-a-low", quality="low"))
    (store.root / "en_US-b-low").mkdir()
    dialog = VoiceManager(store, language="de")
    qtbot.addWidget(dialog)
    dialog.refresh()
    assert rows(dialog)[0][3] == "Nicht angegeben – schau nach, woher die Stimme stammt"
    assert dialog.notice.text().endswith(
        "en_US-b-low.onnx: diese Datei gibt es nicht (ein .onnx-Stimmmodell erwartet)")


def test_a_wrong_catalogue_address_is_explained_in_german(
        qtbot, store: VoiceStore, german: None) -> None:  # type: ignore[no-untyped-def]
    dialog = DownloadDialog(store, "file:///etc/", language="de")
    qtbot.addWidget(dialog)
    dialog.load_catalogue()
    assert dialog.status.text() == ("Die Adresse des Katalogs lässt sich nicht verwenden: "
                                    "'file:///etc/' ist keine http://- oder https://-Adresse")




def test_a_voice_language_is_named_in_its_own_language(qapp: object) -> None:
    from anapana.app.voice_manager import language_label

    assert language_label("de") == "Deutsch"
    assert language_label("fr") == "Français"
    assert language_label("en") == "English"
    assert language_label("es") == "Español"
    assert language_label("pt") == "Português"
    assert language_label("") == ""
