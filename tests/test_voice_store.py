"""The voice store: adding local voices, the catalogue, downloads from a loopback server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from anapana.sound.tts.voice_catalogue import (
    CatalogueError,
    parse_catalogue,
    safe_relative_path,
)
from anapana.sound.tts.voice_download import (
    Cancel,
    DownloadCancelled,
    DownloadError,
    check_base_url,
    fetch_catalogue,
    fetch_model_card,
    file_url,
)
from anapana.sound.tts.voice_files import VoiceFileError, parse_voice_config
from anapana.sound.tts.voice_store import UNKNOWN_LICENCE, VoiceStore, VoiceStoreError

from .piper_model import config_bytes, model_bytes, write_voice
from .voice_server import CARD, catalogue_entry, md5, serving, voice_files

KEY = "en_US-calm-medium"


@pytest.fixture
def store(tmp_path: Path) -> VoiceStore:
    return VoiceStore(tmp_path / "voices")


def served_voice(server, key: str = KEY, **kwargs):  # type: ignore[no-untyped-def]
    model = kwargs.pop("model", model_bytes() + b"\0" * 50_000)  # big enough to split
    files = voice_files(key, model, config_bytes(), **kwargs)
    server.add_voice(key, files)
    return files


# the catalogue -------------------------------------------------------------
def test_catalogue_in_piper_format_lists_voices_by_language() -> None:
    files = voice_files(KEY, b"\x08" * 100, b"{}")
    de = voice_files("de_DE-ruhig-low", b"\x08" * 100, b"{}", language="de_DE",
                     name="ruhig", quality="low")
    data = json.dumps({KEY: catalogue_entry(KEY, files),
                       "de_DE-ruhig-low": catalogue_entry("de_DE-ruhig-low", de,
                                                          language="de_DE", quality="low",
                                                          name="ruhig")}).encode()
    catalogue = parse_catalogue(data)
    assert not catalogue.problems
    assert [v.key for v in catalogue.for_language("en")] == [KEY]
    voice = catalogue.for_language("de")[0]
    assert (voice.language, voice.quality, voice.family) == ("de_DE", "low", "de")
    assert voice.card is not None and voice.card.size == len(CARD)
    assert voice.download_size == 100 + 2 + len(CARD)
    assert [family for family, _label in catalogue.languages()] == ["en", "de"]


@pytest.mark.parametrize("path", [
    "../../x.onnx", "en/../../x", "/etc/passwd", "en//x", "en/./x", "en\\..\\x",
    "en/x\0y", "", "a/" * 20 + "x", ".hidden/x", "en/%2e%2e/x",
])
def test_paths_that_could_leave_the_folder_are_refused(path: str) -> None:
    with pytest.raises(ValueError):
        safe_relative_path(path)


def test_a_traversing_entry_is_left_out_with_its_reason() -> None:
    good = voice_files(KEY, b"\x08" * 100, b"{}")
    bad_files = {"../../../home/user/.bashrc.onnx": b"x", "x/evil.onnx.json": b"y"}
    bad = catalogue_entry("evil", bad_files)
    catalogue = parse_catalogue(json.dumps({KEY: catalogue_entry(KEY, good),
                                            "evil": bad}).encode())
    assert [v.key for v in catalogue.voices] == [KEY]
    assert len(catalogue.problems) == 1
    assert "'evil'" in catalogue.problems[0] and "leave the voices folder" in catalogue.problems[0]


@pytest.mark.parametrize(("data", "message"), [
    (b"[]", "object of voices expected"),
    (b"{" * 100_000, "nested more than"),
    (b"[" * 10, "nested more than"),
    (b"{\"a\": NaN}", "not usable JSON"),
    (b"{\"a\": 1, \"a\": 2}", "appears twice"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"{\n \"a\": }", "voices.json:2:7: not valid JSON"),
    (json.dumps({"x": {"language": "en", "files": {}}}).encode(), "no voice in it"),
])
def test_hostile_catalogues_are_refused_clearly(data: bytes, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(data)


def test_a_huge_catalogue_is_refused_before_parsing() -> None:
    with pytest.raises(CatalogueError, match="too large"):
        parse_catalogue(b" " * (16 * 1024 * 1024 + 1))


@pytest.mark.parametrize(("change", "reason"), [
    (lambda e: e["files"][next(iter(e["files"]))].update(size_bytes="12"), "size_bytes"),
    (lambda e: e["files"][next(iter(e["files"]))].update(size_bytes=10**12), "size_bytes"),
    (lambda e: e["files"][next(iter(e["files"]))].update(md5_digest="zz"), "md5_digest"),
    (lambda e: e.update(quality="ultra"), "quality"),
    (lambda e: e.update(language="en_US"), "language"),
    (lambda e: e.update(files=[]), "files"),
])
def test_entries_with_wrong_types_are_left_out(change, reason: str) -> None:  # type: ignore[no-untyped-def]
    good = catalogue_entry(KEY, voice_files(KEY, b"\x08" * 100, b"{}"))
    other_key = "en_GB-other-low"
    other = catalogue_entry(other_key, voice_files(other_key, b"\x08" * 100, b"{}"))
    change(other)
    catalogue = parse_catalogue(json.dumps({KEY: good, other_key: other}).encode())
    assert [v.key for v in catalogue.voices] == [KEY]
    assert reason in catalogue.problems[0]


def test_only_http_addresses_are_used() -> None:
    for bad in ("file:///etc/", "ftp://x/", "javascript:alert(1)", "http://", "x"):
        with pytest.raises(ValueError):
            check_base_url(bad)
    assert check_base_url("https://example.org/v") == "https://example.org/v/"
    # Parts are quoted, never interpreted: no way to climb out of the base address.
    assert file_url("http://h/base/", "en/a b?.onnx") == "http://h/base/en/a%20b%3F.onnx"


# the voice's own settings ----------------------------------------------------
def test_a_real_style_config_is_read() -> None:
    config = parse_voice_config(config_bytes(language="en_GB", quality="low"), "x.onnx.json")
    assert (config.language, config.quality, config.sample_rate) == ("en_GB", "low", 16000)


@pytest.mark.parametrize(("edit", "message"), [
    (lambda c: c.pop("phoneme_id_map"), "'phoneme_id_map' is missing"),
    (lambda c: c["audio"].update(sample_rate="22050"), "sample_rate' is str"),
    (lambda c: c["audio"].update(sample_rate=10**9), "outside 8000"),
    (lambda c: c["phoneme_id_map"].update(a="b"), "list of small whole numbers"),
    (lambda c: c.update(phoneme_id_map={"a": [1]}), "sentence start, pause and end"),
    (lambda c: c.update(phoneme_type="pinyin"), "not supported here"),
    (lambda c: c.update(num_symbols=True), "num_symbols"),
    (lambda c: c["inference"].update(length_scale=-3), "length_scale"),
    (lambda c: c.update(espeak="en-us"), "'espeak' must be an object"),
])
def test_broken_configs_say_what_was_expected(edit, message: str) -> None:  # type: ignore[no-untyped-def]
    config = json.loads(config_bytes())
    edit(config)
    with pytest.raises(VoiceFileError, match=message):
        parse_voice_config(json.dumps(config).encode(), "v.onnx.json")


# adding a local voice --------------------------------------------------------
def test_a_local_voice_is_copied_in_with_its_details(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "usb", "en_GB-quiet-low", language="en_GB", quality="low")
    (model.parent / "MODEL_CARD").write_bytes(CARD)
    voice = store.add_local(model)
    assert (voice.key, voice.language, voice.quality) == ("en_GB-quiet-low", "en_GB", "low")
    assert voice.licence == "CC0 (public domain)"
    assert voice.source == "file"
    assert voice.model.read_bytes() == model.read_bytes()
    assert voice.folder.parent == store.root
    assert [v.key for v in store.installed()] == ["en_GB-quiet-low"]
    assert "Trained for tests" in store.model_card("en_GB-quiet-low")


def test_a_local_voice_without_a_card_says_its_licence_is_unknown(
        store: VoiceStore, tmp_path: Path) -> None:
    assert store.add_local(write_voice(tmp_path / "in")).licence == UNKNOWN_LICENCE


def test_a_symlinked_model_is_refused(store: VoiceStore, tmp_path: Path) -> None:
    real = write_voice(tmp_path / "real")
    link_dir = tmp_path / "links"
    link_dir.mkdir()
    (link_dir / real.name).symlink_to(real)
    (link_dir / (real.name + ".json")).write_bytes(config_bytes())
    with pytest.raises(VoiceFileError, match="symbolic link"):
        store.add_local(link_dir / real.name)
    assert store.installed() == []


def test_a_symlinked_config_is_refused(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    config = model.with_name(model.name + ".json")
    config.rename(tmp_path / "elsewhere.json")
    config.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(VoiceFileError, match="symbolic link"):
        store.add_local(model)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_posing_as_config_is_refused_without_blocking(
        store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    config = model.with_name(model.name + ".json")
    config.unlink()
    os.mkfifo(config)
    with pytest.raises(VoiceFileError, match="not a regular file"):
        store.add_local(model)


def test_a_missing_config_is_named(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    model.with_name(model.name + ".json").unlink()
    with pytest.raises(VoiceFileError, match=r"\.onnx\.json.*no such file"):
        store.add_local(model)


def test_a_file_that_is_not_onnx_is_refused(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    model.write_bytes(b"#!/bin/sh\nrm -rf ~\n" * 10)
    with pytest.raises(VoiceFileError, match="does not look like an ONNX model"):
        store.add_local(model)


def test_a_broken_config_gives_its_line(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    model.with_name(model.name + ".json").write_text('{\n  "audio": {"sample_rate": 22050,}\n}')
    with pytest.raises(VoiceFileError, match=r"\.onnx\.json:2:\d+: not valid JSON"):
        store.add_local(model)


def test_an_oversized_config_is_refused_unread(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v")
    with model.with_name(model.name + ".json").open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    with pytest.raises(VoiceFileError, match="too large"):
        store.add_local(model)


def test_an_odd_file_name_is_refused(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "v", "my voice;rm")
    with pytest.raises(VoiceStoreError, match="letters, digits"):
        store.add_local(model)


# listing, choosing, removing -------------------------------------------------
def test_a_damaged_voice_folder_is_reported_not_used(store: VoiceStore, tmp_path: Path) -> None:
    voice = store.add_local(write_voice(tmp_path / "v"))
    voice.config.write_text("{")
    voices, problems = store.scan()
    assert voices == []
    assert len(problems) == 1 and "not valid JSON" in problems[0]


def test_the_chosen_voice_wins_else_the_best_match(store: VoiceStore, tmp_path: Path) -> None:
    store.add_local(write_voice(tmp_path / "a", "en_US-a-low", quality="low"))
    store.add_local(write_voice(tmp_path / "b", "en_US-b-high", quality="high"))
    store.add_local(write_voice(tmp_path / "c", "en_GB-c-low", language="en_GB", quality="low"))
    assert store.voice_for("en").key == "en_US-b-high"  # type: ignore[union-attr]
    assert store.voice_for("en-GB").key == "en_GB-c-low"  # type: ignore[union-attr]
    store.choose("en", "en_US-a-low")
    assert store.voice_for("en_GB").key == "en_US-a-low"  # type: ignore[union-attr]
    assert store.voice_for("de") is None
    store.remove("en_US-a-low")
    assert store.choices() == {}
    assert store.voice_for("en").key == "en_US-b-high"  # type: ignore[union-attr]
    with pytest.raises(VoiceStoreError):
        store.choose("en", "en_US-gone-low")


def test_nonsense_in_the_choices_file_is_ignored(store: VoiceStore, tmp_path: Path) -> None:
    store.add_local(write_voice(tmp_path / "a"))
    (store.root / "choices.json").write_text('{"en": ["../x"], "de": 3, "fr": "../../x"}')
    assert store.choices() == {}


# downloading -------------------------------------------------------------------
def test_a_voice_downloads_installs_and_reports_progress(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        catalogue = fetch_catalogue(server.base_url)
        voice = catalogue.voices[0]
        assert "CC0" in fetch_model_card(voice, server.base_url)
        seen: list[tuple[int, int]] = []
        installed = store.download(voice, server.base_url,
                                   progress=lambda done, total: seen.append((done, total)))
    assert installed.licence == "CC0 (public domain)"
    assert installed.source == "catalogue"
    assert installed.model.read_bytes() == files[voice.model.path]
    total = sum(len(data) for data in files.values())
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert not (store.root / ".downloads").exists()
    assert [p.name for p in store.root.iterdir()] == [KEY]


def test_a_checksum_mismatch_is_refused_and_nothing_installed(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        model_path = next(p for p in files if p.endswith(".onnx"))
        server.files[model_path] = b"\x08" + files[model_path][1:-1] + b"!"  # same size
        voice = fetch_catalogue(server.base_url).voices[0]
        with pytest.raises(DownloadError, match="checksum does not match"):
            store.download(voice, server.base_url, retry_pause_s=0)
    assert store.installed() == []
    assert not list((store.partial_dir(KEY)).glob("*.onnx.part"))


def test_a_dropped_connection_resumes_with_a_range_request(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        model_path = next(p for p in files if p.endswith(".onnx"))
        half = len(files[model_path]) // 2
        server.behaviour.drop_after[model_path] = half
        voice = fetch_catalogue(server.base_url).voices[0]
        installed = store.download(voice, server.base_url, retry_pause_s=0)
        ranges = server.requests_for(".onnx")
    assert ranges == [None, f"bytes={half}-"]
    assert installed.model.read_bytes() == files[model_path]


def test_a_download_left_halfway_continues_next_time(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        model_path = next(p for p in files if p.endswith(".onnx"))
        third = len(files[model_path]) // 3
        server.behaviour.drop_after[model_path] = third
        voice = fetch_catalogue(server.base_url).voices[0]
        cancel = Cancel()

        def progress(done: int, _total: int) -> None:
            if done >= third:  # the user cancels (or quits) once a third has arrived
                cancel.set()

        with pytest.raises(DownloadCancelled):
            store.download(voice, server.base_url, cancel=cancel, progress=progress,
                           retry_pause_s=5)
        assert store.installed() == []
        part = store.partial_dir(KEY) / f"{KEY}.onnx.part"
        assert part.stat().st_size == third
        installed = store.download(voice, server.base_url, retry_pause_s=0)
        assert server.requests_for(".onnx")[-1] == f"bytes={third}-"
    assert installed.model.read_bytes() == files[model_path]


def test_a_server_that_ignores_ranges_is_restarted_cleanly(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        model_path = next(p for p in files if p.endswith(".onnx"))
        server.behaviour.drop_after[model_path] = 1000
        server.behaviour.ignore_range = True
        voice = fetch_catalogue(server.base_url).voices[0]
        installed = store.download(voice, server.base_url, retry_pause_s=0)
    assert installed.model.read_bytes() == files[model_path]


def test_more_bytes_than_promised_are_refused(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        model_path = next(p for p in files if p.endswith(".onnx"))
        voice = fetch_catalogue(server.base_url).voices[0]
        server.files[model_path] = files[model_path] + b"\0" * 4096
        with pytest.raises(DownloadError, match="catalogue says"):
            store.download(voice, server.base_url, retry_pause_s=0)
    assert store.installed() == []


def test_a_catalogue_promising_too_much_is_refused(store: VoiceStore) -> None:
    with serving() as server:
        served_voice(server)
        catalogue = json.loads(server.files["voices.json"])
        for meta in catalogue[KEY]["files"].values():
            meta["size_bytes"] = 600 * 1024 * 1024
        server.files["voices.json"] = json.dumps(catalogue).encode()
        with pytest.raises(DownloadError, match=r"no voice in it can be used.*size_bytes"):
            fetch_catalogue(server.base_url)


def test_an_unusable_downloaded_config_installs_nothing(store: VoiceStore) -> None:
    with serving() as server:
        key = "en_US-odd-medium"
        files = voice_files(key, model_bytes(), b'{"audio": {}}', name="odd")
        server.add_voice(key, files, name="odd")
        voice = fetch_catalogue(server.base_url).voices[0]
        with pytest.raises(DownloadError, match=r"not usable.*sample_rate"):
            store.download(voice, server.base_url, retry_pause_s=0)
    assert store.installed() == []
    assert not store.partial_dir(key).exists()


def test_an_unreachable_catalogue_says_so(store: VoiceStore) -> None:
    with serving() as server:
        url = server.base_url
    with pytest.raises(DownloadError, match="could not connect"):
        fetch_catalogue(url)


def test_a_missing_file_is_reported_with_the_servers_answer(store: VoiceStore) -> None:
    with serving() as server:
        files = served_voice(server)
        del server.files[next(p for p in files if p.endswith(".onnx"))]
        voice = fetch_catalogue(server.base_url).voices[0]
        with pytest.raises(DownloadError, match="404"):
            store.download(voice, server.base_url, retry_pause_s=0)


def test_a_wrong_model_card_digest_is_refused() -> None:
    with serving() as server:
        files = served_voice(server)
        card_path = next(p for p in files if p.endswith("MODEL_CARD"))
        server.files[card_path] = CARD.replace(b"CC0", b"XX0")
        voice = fetch_catalogue(server.base_url).voices[0]
        assert voice.card is not None and voice.card.md5 == md5(CARD)
        with pytest.raises(DownloadError, match="checksum"):
            fetch_model_card(voice, server.base_url)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/voices.json",
                                    "data:,{}"])
def test_redirects_away_from_http_are_refused(target: str) -> None:
    with serving() as server:
        served_voice(server)
        server.behaviour.redirects["voices.json"] = target
        with pytest.raises(DownloadError, match="not http"):
            fetch_catalogue(server.base_url)


def test_a_redirect_within_http_is_followed() -> None:
    with serving() as server:
        served_voice(server)
        server.files["moved/voices.json"] = server.files["voices.json"]
        server.behaviour.redirects["voices.json"] = server.base_url + "moved/voices.json"
        assert [v.key for v in fetch_catalogue(server.base_url).voices] == [KEY]


def test_a_download_that_cannot_fit_on_the_disk_is_refused_before_it_starts(
        store: VoiceStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9 - 1000, 1000))
    with serving() as server:
        served_voice(server)
        voice = fetch_catalogue(server.base_url).voices[0]
        with pytest.raises(VoiceStoreError, match="not enough free space"):
            store.download(voice, server.base_url)
        assert server.requests_for(".onnx") == []
