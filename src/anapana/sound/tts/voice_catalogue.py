"""Piper's voices catalogue (`voices.json`): read it safely, list what it offers.

The official catalogue is one JSON object keyed by voice (`en_US-lessac-medium`), each
entry giving its language, quality and files with their sizes and MD5 digests, e.g.
`"en/en_US/lessac/medium/en_US-lessac-medium.onnx": {"size_bytes": 63201294,
"md5_digest": "…"}`; a `MODEL_CARD` file beside the model names the dataset and its
licence. Paths are relative to the catalogue's base address.

A catalogue is untrusted input. The whole file is bounded in size and depth; an entry
with a wrong type, a missing file, an absurd size or a path that could leave the voices
folder (`../../x`, `/etc/x`, `a\\b`) is left out with a message saying why, and a
catalogue with no usable entry at all is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from anapana.i18n.said import words_of
from anapana.i18n.wording import QT_TRANSLATE_NOOP

from .voice_files import (
    MAX_CONFIG_BYTES,
    MAX_MODEL_BYTES,
    MAX_MODEL_CARD_BYTES,
    QUALITIES,
    VOICE_NAME,
    VoiceFileError,
    VoiceWords,
    parse_json_limited,
)

DEFAULT_CATALOGUE_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/main/"
CATALOGUE_FILE = "voices.json"
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024
MAX_CATALOGUE_DEPTH = 8
MAX_ENTRIES = 10_000
MAX_FILES_PER_ENTRY = 64
_PATH_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}$")
_MD5 = re.compile(r"^[0-9a-f]{32}$")
MODEL_CARD = "MODEL_CARD"


class CatalogueError(ValueError):
    """A catalogue that cannot be used at all; the message (`VoiceWords`) is for the user."""


def _bad_entry(text: str, *values: object) -> ValueError:
    """An entry of the catalogue left out: `text` (marked) says why."""
    return ValueError(VoiceWords(text, *values))


@dataclass(frozen=True, slots=True)
class CatalogueFile:
    path: str  # relative to the catalogue's base address, checked safe
    size: int
    md5: str

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class CatalogueVoice:
    key: str
    name: str
    language: str  # e.g. "en_US"
    language_name: str  # e.g. "English (United States)"
    quality: str
    num_speakers: int
    model: CatalogueFile
    config: CatalogueFile
    card: CatalogueFile | None

    @property
    def files(self) -> tuple[CatalogueFile, ...]:
        return (self.model, self.config) + ((self.card,) if self.card else ())

    @property
    def download_size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def family(self) -> str:
        return language_family(self.language)


@dataclass(frozen=True, slots=True)
class Catalogue:
    voices: tuple[CatalogueVoice, ...]
    problems: tuple[str, ...]  # entries left out, each with its reason

    def languages(self) -> list[tuple[str, str]]:
        """(family, label) pairs, sorted by label, for a language filter."""
        labels: dict[str, str] = {}
        for voice in self.voices:
            label = voice.language_name.split(" (")[0] or voice.family
            labels.setdefault(voice.family, label)
        return sorted(labels.items(), key=lambda item: item[1].lower())

    def for_language(self, family: str | None) -> list[CatalogueVoice]:
        chosen = [v for v in self.voices if family is None or v.family == family]
        return sorted(chosen, key=lambda v: (v.language, v.name, _quality_rank(v.quality)))


def language_family(code: str) -> str:
    """"en_US" → "en"; "pt-BR" → "pt"."""
    return re.split(r"[_-]", code, maxsplit=1)[0].lower()


def _quality_rank(quality: str) -> int:
    return QUALITIES.index(quality) if quality in QUALITIES else -1


def safe_relative_path(path: object) -> str:
    """`path` if it is a plain relative path inside the catalogue, else ValueError."""
    if not isinstance(path, str) or not path or len(path) > 400:
        raise _bad_entry(QT_TRANSLATE_NOOP("VoiceErrors", "a file path must be a short text"))
    parts = path.split("/")
    if len(parts) > 10:
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "the file path %1 is nested too deeply"), repr(path[:80]))
    for part in parts:
        if part in ("", ".", "..") or not _PATH_PART.match(part):
            raise _bad_entry(QT_TRANSLATE_NOOP(
                "VoiceErrors", "the file path %1 could leave the voices folder (only plain"
                " names separated by / are allowed)"), repr(path[:80]))
    return path


def _file(path: str, meta: object, max_size: int) -> CatalogueFile:
    if not isinstance(meta, dict):
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: an object with size_bytes and md5_digest expected"), path)
    size = meta.get("size_bytes")
    if isinstance(size, bool) or not isinstance(size, int) or not 0 < size <= max_size:
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: size_bytes must be a whole number from 1 to %2"),
            path, max_size)
    md5 = meta.get("md5_digest")
    if not isinstance(md5, str) or not _MD5.match(md5.lower()):
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: md5_digest must be 32 hexadecimal digits"), path)
    return CatalogueFile(path=path, size=size, md5=md5.lower())


def _language(entry: dict[str, Any]) -> tuple[str, str]:
    language = entry.get("language")
    if not isinstance(language, dict):
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "'language' must be an object with a code"))
    code = language.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?",
                                                     code):
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "language.code must be a language tag such as en_US"))
    english = language.get("name_english")
    country = language.get("country_english")
    label = english if isinstance(english, str) and english else code
    if isinstance(country, str) and country:
        label = f"{label} ({country})"
    return code, label[:80]


def _entry(key: str, entry: object) -> CatalogueVoice:
    if not VOICE_NAME.match(key):
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "the voice's name has characters other than letters, digits, _ . -"))
    if not isinstance(entry, dict):
        raise _bad_entry(QT_TRANSLATE_NOOP("VoiceErrors", "an object expected"))
    code, label = _language(entry)
    quality = entry.get("quality")
    if quality not in QUALITIES:
        raise _bad_entry(QT_TRANSLATE_NOOP("VoiceErrors", "quality must be one of %1"),
                         ", ".join(QUALITIES))
    name = entry.get("name", key)
    if not isinstance(name, str) or not name or len(name) > 100:
        name = key
    speakers = entry.get("num_speakers", 1)
    if isinstance(speakers, bool) or not isinstance(speakers, int) or speakers < 1:
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "num_speakers must be a whole number from 1"))
    files = entry.get("files")
    if not isinstance(files, dict) or not files:
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "'files' must be an object of path → size and digest"))
    if len(files) > MAX_FILES_PER_ENTRY:
        raise _bad_entry(QT_TRANSLATE_NOOP("VoiceErrors", "more than %1 files"),
                         str(MAX_FILES_PER_ENTRY))
    model = config = card = None
    for raw_path, meta in files.items():
        path = safe_relative_path(raw_path)
        base = path.rsplit("/", 1)[-1]
        if base == f"{key}.onnx":
            model = _file(path, meta, MAX_MODEL_BYTES)
        elif base == f"{key}.onnx.json":
            config = _file(path, meta, MAX_CONFIG_BYTES)
        elif base == MODEL_CARD:
            card = _file(path, meta, MAX_MODEL_CARD_BYTES)
        # Other files (samples, aliases) are not needed to speak.
    if model is None or config is None:
        raise _bad_entry(QT_TRANSLATE_NOOP(
            "VoiceErrors", "the files %1.onnx and %1.onnx.json must both be listed"), key)
    return CatalogueVoice(key=key, name=name, language=code, language_name=label,
                          quality=quality, num_speakers=speakers,
                          model=model, config=config, card=card)


def parse_catalogue(data: bytes, where: str = CATALOGUE_FILE) -> Catalogue:
    """Read a `voices.json`; raises `CatalogueError` when nothing in it can be used."""
    try:
        root = parse_json_limited(data, where, max_bytes=MAX_CATALOGUE_BYTES,
                                  max_depth=MAX_CATALOGUE_DEPTH)
    except VoiceFileError as error:
        raise CatalogueError(words_of(error)) from None
    if not isinstance(root, dict):
        raise CatalogueError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: a JSON object of voices expected at the top"), where))
    if len(root) > MAX_ENTRIES:
        raise CatalogueError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: more than %2 voices; refusing to read it"), where, MAX_ENTRIES))
    voices: list[CatalogueVoice] = []
    problems: list[str] = []
    for key, entry in root.items():
        try:
            voices.append(_entry(key, entry))
        except ValueError as error:
            problems.append(VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "%1: %2: %3"),
                                       where, repr(key[:80]), words_of(error)))
    if not voices:
        raise CatalogueError(
            VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: no voice in it can be used (%2)"), where, problems[0])
            if problems else VoiceWords(QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: no voice in it can be used"), where))
    return Catalogue(voices=tuple(voices), problems=tuple(problems))
