"""The Piper voices the user has installed, in their data folder (no Qt).

Layout, under `UserPaths.data / "voices"`:

    en_US-lessac-medium/
        en_US-lessac-medium.onnx        the model
        en_US-lessac-medium.onnx.json   its settings
        MODEL_CARD                      when the voice came with one
        anapana-voice.json              what we know: language, quality, licence, source
    choices.json                        the voice chosen for each language
    .downloads/KEY/NAME.part            partial downloads, kept so they can resume
    .staging-*/                         a voice being put in place (never listed)

A voice appears in its folder in one `rename`, after every file has been checked, so a
crash or a cancel never leaves half a voice installed. Nothing found here is trusted:
a folder with a missing, oversized or malformed file is reported as broken, not used.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from anapana.i18n.said import words_of
from anapana.i18n.wording import QT_TRANSLATE_NOOP

from .voice_catalogue import MODEL_CARD, CatalogueVoice, language_family
from .voice_files import (
    MAX_CONFIG_BYTES,
    MAX_MODEL_CARD_BYTES,
    QUALITIES,
    VOICE_NAME,
    VoiceConfig,
    VoiceFileError,
    VoiceWords,
    cannot_be_read,
    check_model_file,
    decode_model_card,
    licence_from_model_card,
    parse_json_limited,
    parse_voice_config,
    read_regular_file,
)

if TYPE_CHECKING:
    from .voice_download import Cancel

METADATA = "anapana-voice.json"
CHOICES = "choices.json"
UNKNOWN_LICENCE = QT_TRANSLATE_NOOP("VoiceErrors", "Not stated — check where the voice came from")
"""Kept in English in a voice's details; the voice manager shows it translated."""
MAX_METADATA_BYTES = 64 * 1024

DownloadProgress = Callable[[int, int], None]  # bytes done, bytes in all


@dataclass(frozen=True, slots=True)
class InstalledVoice:
    key: str
    name: str
    language: str  # "en_US"
    quality: str
    licence: str
    source: str  # "catalogue" or "file"
    sample_rate: int
    folder: Path

    @property
    def model(self) -> Path:
        return self.folder / f"{self.key}.onnx"

    @property
    def config(self) -> Path:
        return self.folder / f"{self.key}.onnx.json"

    @property
    def family(self) -> str:
        return language_family(self.language)

    @property
    def label(self) -> str:
        quality = self.quality.replace("_", " ") if self.quality else "unknown quality"
        return f"{self.name} ({self.language}, {quality})"


def name_from_key(key: str) -> str:
    """Piper's "en_US-lessac-medium" → "lessac"; any other name stays as it is."""
    match = re.fullmatch(r"[a-z]{2,3}(?:_[A-Za-z0-9]{2,8})?-(.+)-(?:x_low|low|medium|high)", key)
    return match.group(1) if match else key


class VoiceStoreError(RuntimeError):
    """Something the store could not do; the message (`VoiceWords`) is for the user."""


def _refused(text: str, *values: object) -> VoiceStoreError:
    return VoiceStoreError(VoiceWords(text, *values))


def _not_installed(key: str) -> VoiceStoreError:
    return _refused(QT_TRANSLATE_NOOP("VoiceErrors", "The voice %1 is not installed."), key)


def _not_a_name(key: str) -> VoiceStoreError:
    return _refused(QT_TRANSLATE_NOOP("VoiceErrors", "%1 is not a voice name"), repr(key))


VOICE_SETTINGS = QT_TRANSLATE_NOOP("VoiceErrors", "voice settings")
A_MODEL_CARD = QT_TRANSLATE_NOOP("VoiceErrors", "a model card")


def _write_json_atomic(path: Path, value: object) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(value, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class VoiceStore:
    """Installed voices under `root`; every method may be called from a worker thread."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def for_user(cls) -> VoiceStore:
        from anapana.paths import UserPaths  # a light import; kept local to ease testing

        return cls(UserPaths.from_environment().data / "voices")

    # listing --------------------------------------------------------------
    def scan(self) -> tuple[list[InstalledVoice], list[str]]:
        """(usable voices sorted by language and name, a message for each broken folder:
        `VoiceWords`, or an error's own text)."""
        voices: list[InstalledVoice] = []
        problems: list[str] = []
        try:
            entries = sorted(self.root.iterdir())
        except FileNotFoundError:
            return [], []
        except OSError as error:
            return [], [words_of(cannot_be_read(self.root, error))]
        for folder in entries:
            if folder.name.startswith(".") or not folder.is_dir() or folder.is_symlink():
                continue
            try:
                voices.append(self._read_voice(folder))
            except (VoiceFileError, VoiceStoreError) as error:
                problems.append(words_of(error))
        voices.sort(key=lambda v: (v.language, v.name, v.quality))
        return voices, problems

    def installed(self) -> list[InstalledVoice]:
        return self.scan()[0]

    def get(self, key: str) -> InstalledVoice | None:
        if not VOICE_NAME.match(key):
            return None
        folder = self.root / key
        if not folder.is_dir() or folder.is_symlink():
            return None
        try:
            return self._read_voice(folder)
        except (VoiceFileError, VoiceStoreError):
            return None

    def _read_voice(self, folder: Path) -> InstalledVoice:
        key = folder.name
        if not VOICE_NAME.match(key):
            raise _refused(QT_TRANSLATE_NOOP("VoiceErrors", "%1: not a voice folder name"),
                           str(folder))
        check_model_file(folder / f"{key}.onnx")
        config_path = folder / f"{key}.onnx.json"
        config = parse_voice_config(
            read_regular_file(config_path, VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "voice settings (.onnx.json)")), MAX_CONFIG_BYTES),
            str(config_path))
        meta: dict[str, object] = {}
        meta_path = folder / METADATA
        if meta_path.exists():
            loaded = parse_json_limited(
                read_regular_file(meta_path, VoiceWords(QT_TRANSLATE_NOOP(
                    "VoiceErrors", "voice details")), MAX_METADATA_BYTES),
                str(meta_path), max_bytes=MAX_METADATA_BYTES, max_depth=4)
            if isinstance(loaded, dict):
                meta = loaded

        def text(name: str, default: str) -> str:
            value = meta.get(name)
            return value[:300] if isinstance(value, str) and value else default

        quality = text("quality", config.quality)
        return InstalledVoice(
            key=key,
            name=text("name", key),
            language=config.language,
            quality=quality if quality in QUALITIES else config.quality,
            licence=text("licence", UNKNOWN_LICENCE),
            source=text("source", "file"),
            sample_rate=config.sample_rate,
            folder=folder,
        )

    def model_card(self, key: str) -> str:
        voice = self.get(key)
        if voice is None:
            return ""
        try:
            return decode_model_card(read_regular_file(
                voice.folder / MODEL_CARD, VoiceWords(A_MODEL_CARD), MAX_MODEL_CARD_BYTES))
        except VoiceFileError:
            return ""

    # choosing -------------------------------------------------------------
    def choices(self) -> dict[str, str]:
        """Language family → chosen voice key, ignoring anything malformed."""
        path = self.root / CHOICES
        try:
            loaded = parse_json_limited(
                read_regular_file(path, VoiceWords(QT_TRANSLATE_NOOP(
                    "VoiceErrors", "voice choices")), 64 * 1024),
                str(path), max_bytes=64 * 1024, max_depth=2)
        except VoiceFileError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {k: v for k, v in loaded.items()
                if isinstance(k, str) and isinstance(v, str) and VOICE_NAME.match(v)}

    def choose(self, family: str, key: str | None) -> None:
        """Use `key` for `family` ("en"); None goes back to the automatic choice."""
        family = language_family(family)
        chosen = self.choices()
        if key is None:
            chosen.pop(family, None)
        else:
            if self.get(key) is None:
                raise _not_installed(key)
            chosen[family] = key
        self.root.mkdir(parents=True, exist_ok=True)
        _write_json_atomic(self.root / CHOICES, chosen)

    def voice_for(self, language: str) -> InstalledVoice | None:
        """The voice to speak `language` ("en", "en_GB", "en-GB"): the user's choice, else
        the best installed match (same region first, then higher quality)."""
        family = language_family(language)
        voices = [v for v in self.installed() if v.family == family]
        chosen = self.choices().get(family)
        for voice in voices:
            if voice.key == chosen:
                return voice
        if not voices:
            return None
        wanted = language.replace("-", "_").lower()

        def rank(voice: InstalledVoice) -> tuple[int, int, str]:
            quality = QUALITIES.index(voice.quality) if voice.quality in QUALITIES else -1
            return (voice.language.lower() == wanted, quality, voice.key)

        return max(voices, key=rank)

    # removing -------------------------------------------------------------
    def remove(self, key: str) -> None:
        if not VOICE_NAME.match(key):
            raise _not_a_name(key)
        folder = self.root / key
        if folder.is_symlink() or not folder.is_dir():
            raise _not_installed(key)
        trash = self.root / f".removing-{key}-{secrets.token_hex(4)}"
        os.replace(folder, trash)  # gone from the list at once, even if deleting is slow
        shutil.rmtree(trash, ignore_errors=True)
        chosen = self.choices()
        if key in chosen.values():
            _write_json_atomic(self.root / CHOICES,
                               {k: v for k, v in chosen.items() if v != key})

    # installing -----------------------------------------------------------
    def _staging(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        staging = self.root / f".staging-{secrets.token_hex(6)}"
        staging.mkdir()
        return staging

    def _put_in_place(self, staging: Path, key: str) -> None:
        """Move a checked staging folder to `key` in one rename (replacing an old copy)."""
        _fsync_dir(staging)
        target = self.root / key
        old: Path | None = None
        if target.is_symlink():
            target.unlink()
        elif target.exists():
            old = self.root / f".replaced-{key}-{secrets.token_hex(4)}"
            os.replace(target, old)
        os.replace(staging, target)
        _fsync_dir(self.root)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def tidy(self) -> None:
        """Delete what an interrupted install or removal left behind (never partial
        downloads: those resume)."""
        with contextlib.suppress(OSError):
            for leftover in self.root.iterdir():
                if leftover.name.startswith((".staging-", ".removing-", ".replaced-")):
                    shutil.rmtree(leftover, ignore_errors=True)

    def add_local(self, model: Path) -> InstalledVoice:
        """Copy a local `NAME.onnx` and `NAME.onnx.json` (and a MODEL_CARD beside them, if
        any) into the store, after checking both."""
        model = Path(model)
        if not model.name.endswith(".onnx"):
            raise _refused(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: please choose the voice's .onnx file"), str(model))
        key = model.name[: -len(".onnx")]
        if not VOICE_NAME.match(key):
            raise _refused(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: the name may hold only letters, digits, _ . and -"
                " (rename the .onnx and .onnx.json files, keeping them alike)"), str(model))
        config_path = model.with_name(model.name + ".json")
        check_model_file(model)
        config_bytes = read_regular_file(config_path, VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "the voice's settings (.onnx.json, next to the .onnx)")),
            MAX_CONFIG_BYTES)
        config = parse_voice_config(config_bytes, str(config_path))
        card_text = ""
        for candidate in (model.with_name(MODEL_CARD), model.with_name(f"{key}.MODEL_CARD")):
            if candidate.exists():
                with contextlib.suppress(VoiceFileError):
                    card_text = decode_model_card(read_regular_file(
                        candidate, VoiceWords(A_MODEL_CARD), MAX_MODEL_CARD_BYTES))
                    break
        self.tidy()
        staging = self._staging()
        try:
            self._copy_regular(model, staging / f"{key}.onnx")
            check_model_file(staging / f"{key}.onnx")  # what was copied, not what was seen
            (staging / f"{key}.onnx.json").write_bytes(config_bytes)
            if card_text:
                (staging / MODEL_CARD).write_text(card_text, encoding="utf-8")
            self._write_metadata(staging, key, name_from_key(key), config, card_text,
                                 source="file")
            self._put_in_place(staging, key)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        voice = self.get(key)
        if voice is None:  # pragma: no cover - checked above
            raise _refused(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: the voice could not be read back after copying"), str(model))
        return voice

    @staticmethod
    def _copy_regular(source: Path, target: Path) -> None:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(source, flags)
        except OSError as error:
            raise _refused(QT_TRANSLATE_NOOP("VoiceErrors", "%1: cannot be opened (%2)"),
                           str(source), str(error.strerror)) from None
        with os.fdopen(fd, "rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())

    @staticmethod
    def _write_metadata(folder: Path, key: str, name: str, config: VoiceConfig,
                        card_text: str, *, source: str, licence: str = "") -> None:
        _write_json_atomic(folder / METADATA, {
            "format": 1,
            "key": key,
            "name": name,
            "language": config.language,
            "quality": config.quality,
            "licence": licence or licence_from_model_card(card_text) or UNKNOWN_LICENCE,
            "source": source,
        })

    def partial_dir(self, key: str) -> Path:
        return self.root / ".downloads" / key

    def download(self, voice: CatalogueVoice, base_url: str, *,
                 progress: DownloadProgress = lambda _done, _total: None,
                 cancel: Cancel | None = None, retry_pause_s: float = 1.0) -> InstalledVoice:
        """Download `voice` from the catalogue at `base_url` and install it.

        Partial files stay in `.downloads/KEY` so a later call resumes them; the voice is
        only put in place once every file has its promised size and checksum and the
        settings file passes the same checks as an added file.
        """
        # The download code needs ssl and urllib (8 MB resident): only when downloading.
        from .voice_download import DownloadError, download_file, file_url

        if not VOICE_NAME.match(voice.key):
            raise _not_a_name(voice.key)
        partial = self.partial_dir(voice.key)
        partial.mkdir(parents=True, exist_ok=True)
        total = voice.download_size
        have = sum(p.stat().st_size for p in partial.glob("*.part") if p.is_file())
        try:
            free = shutil.disk_usage(partial).free
        except OSError:
            free = None
        needed = total - have + 16 * 1024 * 1024  # a little room for everything else
        if free is not None and free < needed:
            raise _refused(QT_TRANSLATE_NOOP(
                "VoiceErrors", "There is not enough free space for %1: it needs %2 MB and"
                " %3 MB are free in %4."),
                voice.name, round(needed / 1e6), round(free / 1e6), str(self.root))
        done_before = 0
        local_names = [(voice.model, f"{voice.key}.onnx"),
                       (voice.config, f"{voice.key}.onnx.json")]
        if voice.card is not None:
            local_names.append((voice.card, MODEL_CARD))
        for item, local in local_names:
            part = partial / f"{local}.part"
            offset = done_before

            def report(done: int, offset: int = offset) -> None:
                progress(offset + done, total)

            download_file(file_url(base_url, item.path), part, item,
                          progress=report, cancel=cancel, retry_pause_s=retry_pause_s)
            done_before += item.size
        # Every file is complete and matches the catalogue: check the content itself.
        config_part = partial / f"{voice.key}.onnx.json.part"
        try:
            check_model_file(partial / f"{voice.key}.onnx.part")
            config_bytes = read_regular_file(config_part, VoiceWords(VOICE_SETTINGS),
                                             MAX_CONFIG_BYTES)
            config = parse_voice_config(config_bytes, f"{voice.key}.onnx.json")
        except VoiceFileError as error:
            shutil.rmtree(partial, ignore_errors=True)
            raise DownloadError(VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "The downloaded voice is not usable: %1"),
                words_of(error))) from None
        card_text = ""
        if voice.card is not None:
            card_text = decode_model_card((partial / f"{MODEL_CARD}.part").read_bytes())
        self.tidy()
        staging = self._staging()
        try:
            for _item, local in local_names:
                os.replace(partial / f"{local}.part", staging / local)
            self._write_metadata(staging, voice.key, voice.name, config, card_text,
                                 source="catalogue")
            self._put_in_place(staging, voice.key)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        shutil.rmtree(partial, ignore_errors=True)
        with contextlib.suppress(OSError):
            (self.root / ".downloads").rmdir()  # only when nothing else is pending
        installed = self.get(voice.key)
        if installed is None:  # pragma: no cover - checked above
            raise _refused(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: could not be read back after installing"), voice.key)
        return installed
