"""Checks for the files that make a Piper voice, before anything else touches them.

A Piper voice is a neural network (`NAME.onnx`) and its settings (`NAME.onnx.json`).
Both may come from anywhere — a download, a USB stick, a hostile catalogue — so every
read here is bounded: JSON is size-limited, depth-limited and type-checked key by key,
files must be regular files (never symlinks, devices or pipes), and nothing is executed
or loaded into a runtime. Each refusal is a `VoiceFileError` whose message names the
file and says what was expected.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anapana.i18n.said import Said, words_of
from anapana.i18n.wording import QT_TRANSLATE_NOOP

MAX_CONFIG_BYTES = 2 * 1024 * 1024
MAX_MODEL_BYTES = 512 * 1024 * 1024
MIN_MODEL_BYTES = 64
MAX_JSON_DEPTH = 12
MAX_MODEL_CARD_BYTES = 64 * 1024
# Names become folder and file names: keep them plain.
VOICE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
QUALITIES = ("x_low", "low", "medium", "high")
PHONEME_TYPES = ("espeak", "text")


class VoiceFileError(ValueError):
    """A voice file that cannot be used; the message (`VoiceWords`) is for the user."""


class VoiceWords(Said):
    """A sentence about voices and their files, in English and marked for translation in
    the `VoiceErrors` context (every `QT_TRANSLATE_NOOP` of `anapana.sound.tts` uses it)."""

    context = "VoiceErrors"


@dataclass(frozen=True, slots=True)
class VoiceConfig:
    """What Anapana needs from a voice's `.onnx.json`."""

    sample_rate: int
    language: str  # e.g. "en_US"; from `language.code`, else the espeak voice
    quality: str  # one of QUALITIES, or "" when the file does not say
    num_speakers: int
    espeak_voice: str
    length_scale: float
    dataset: str


def _reject_constant(name: str) -> float:
    raise ValueError(VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "%1 is not a number JSON allows"), name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(VoiceWords(
                QT_TRANSLATE_NOOP("VoiceErrors", "the key %1 appears twice"), repr(key)))
        result[key] = value
    return result


def _depth_of(value: object, limit: int) -> int:
    """How deeply `value` nests, counting until `limit` is passed (iterative: no recursion)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def _max_bracket_depth(text: str, limit: int) -> int:
    """Nesting of [ and { outside strings, stopping once past `limit`.

    Run before `json.loads` so a file of a million "[" costs a scan, not a RecursionError
    deep inside the parser.
    """
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def parse_json_limited(data: bytes, where: str, *, max_bytes: int,
                       max_depth: int = MAX_JSON_DEPTH) -> Any:
    """JSON from untrusted bytes: UTF-8, at most `max_bytes`, nesting at most `max_depth`,
    no NaN or Infinity, no duplicate keys. Raises `VoiceFileError` naming `where`."""
    if len(data) > max_bytes:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: %2 bytes is too large (at most %3 expected)"),
            where, len(data), max_bytes))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: byte %2 is not UTF-8 text (JSON expected)"),
            where, str(error.start + 1))) from None
    if _max_bracket_depth(text, max_depth) > max_depth:
        raise _too_deep(where, max_depth)
    try:
        value = json.loads(text, parse_constant=_reject_constant,
                           object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1:%2:%3: not valid JSON (%4)"),
            where, str(error.lineno), str(error.colno), error.msg)) from None
    except (ValueError, RecursionError) as error:
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: not usable JSON (%2)"),
            where, words_of(error))) from None
    if _depth_of(value, max_depth) > max_depth:  # belt and braces after the scan
        raise _too_deep(where, max_depth)
    return value


def _too_deep(where: str, max_depth: int) -> VoiceFileError:
    return VoiceFileError(VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "%1: nested more than %2 levels deep"),
        where, str(max_depth)))


def regular_file_size(path: Path, what: str) -> int:
    """The size of `path` if it is a plain file (not a symlink, device, pipe or folder)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: there is no such file (%2 expected)"),
            str(path), what)) from None
    except OSError as error:
        raise cannot_be_read(path, error) from None
    if stat.S_ISLNK(info.st_mode):
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: is a symbolic link; please choose the file itself"), str(path)))
    if not stat.S_ISREG(info.st_mode):
        raise _not_regular(path, what)
    return info.st_size


def cannot_be_read(path: Path, error: OSError) -> VoiceFileError:
    return VoiceFileError(VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "%1: cannot be read (%2)"),
        str(path), str(error.strerror)))


def _not_regular(path: Path, what: str) -> VoiceFileError:
    return VoiceFileError(VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "%1: is not a regular file (%2 expected)"),
        str(path), what))


def read_regular_file(path: Path, what: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of a plain file, opened without following a symlink."""
    size = regular_file_size(path, what)
    if size > max_bytes:
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: %2 bytes is too large for %3 (at most %4)"),
            str(path), size, what, max_bytes))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: cannot be opened (%2)"),
            str(path), str(error.strerror))) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since lstat
            raise _not_regular(path, what)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: grew past %2 bytes while being read"),
            str(path), max_bytes))
    return data


def check_model_bytes(head: bytes, size: int, where: str) -> None:
    """A cheap look at an `.onnx` file: a sane size and the start of an ONNX protobuf.

    An ONNX model is a protobuf `ModelProto` whose first field written is `ir_version`
    (field 1, varint: the byte 0x08). The model is only ever opened by ONNX Runtime when
    speaking, never executed as code; this check catches a wrong file early.
    """
    if size < MIN_MODEL_BYTES:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: only %2 bytes, too small to be a voice model"),
            where, str(size)))
    if size > MAX_MODEL_BYTES:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: %2 bytes is larger than any voice (at most %3)"),
            where, size, MAX_MODEL_BYTES))
    if not head.startswith(b"\x08"):
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: does not look like an ONNX model (.onnx expected)"), where))


def check_model_file(path: Path) -> int:
    """Check a local `.onnx` file; returns its size."""
    size = regular_file_size(path, VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "an .onnx voice model")))
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise cannot_be_read(path, error) from None
    check_model_bytes(head, size, str(path))
    return size


def _get(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
         expected: str) -> Any:
    if key not in mapping:
        raise VoiceFileError(VoiceWords(QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: the key %2 is missing (%3 expected)"), where, repr(key), expected))
    value = mapping[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise VoiceFileError(VoiceWords(
            QT_TRANSLATE_NOOP("VoiceErrors", "%1: %2 is %3, %4 expected"),
            where, repr(key), type(value).__name__, expected))
    return value


def _wrong(where: str, text: str, *values: object) -> VoiceFileError:
    """A setting of `where` that is not what a voice needs (`text` marked, `%1` the file)."""
    return VoiceFileError(VoiceWords(text, where, *values))


def parse_voice_config(data: bytes, where: str) -> VoiceConfig:
    """Validate a Piper `.onnx.json` and keep what is needed from it."""
    root = parse_json_limited(data, where, max_bytes=MAX_CONFIG_BYTES)
    if not isinstance(root, dict):
        raise _wrong(where, QT_TRANSLATE_NOOP("VoiceErrors",
                                              "%1: a JSON object expected at the top"))
    a_whole_number = VoiceWords(QT_TRANSLATE_NOOP("VoiceErrors", "a whole number"))
    audio = _get(root, "audio", dict, where, VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "an object with sample_rate")))
    sample_rate = _get(audio, "sample_rate", int, f"{where}: audio", a_whole_number)
    if not 8000 <= sample_rate <= 48000:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: audio.sample_rate %2 is outside 8000–48000 Hz"), str(sample_rate))
    quality = audio.get("quality", "")
    if not isinstance(quality, str) or (quality and quality not in QUALITIES):
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: audio.quality %2 is not one of %3"),
            repr(quality), ", ".join(QUALITIES))
    id_map = _get(root, "phoneme_id_map", dict, where, VoiceWords(
        QT_TRANSLATE_NOOP("VoiceErrors", "an object of phoneme → ids")))
    if not id_map or len(id_map) > 4096:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: phoneme_id_map must hold 1 to 4096 phonemes"))
    for marker in ("^", "_", "$"):  # Piper frames every sentence with these
        if marker not in id_map:
            raise _wrong(where, QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: phoneme_id_map has no %2 (sentence start, pause and end"
                " markers expected)"), repr(marker))
    for phoneme, ids in id_map.items():
        if (not isinstance(ids, list) or not ids or len(ids) > 16
                or not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < 65536
                           for i in ids)):
            raise _wrong(where, QT_TRANSLATE_NOOP(
                "VoiceErrors", "%1: phoneme_id_map[%2] must be a list of small whole numbers"),
                repr(phoneme))
    espeak = root.get("espeak", {})
    if not isinstance(espeak, dict):
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: 'espeak' must be an object with a voice"))
    espeak_voice = espeak.get("voice", "")
    if not isinstance(espeak_voice, str) or len(espeak_voice) > 64:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: espeak.voice must be a short text"))
    phoneme_type = root.get("phoneme_type", "espeak")
    if phoneme_type not in PHONEME_TYPES:
        # Piper's other phonemizers (Chinese, Japanese, …) fetch data from the internet at
        # first use, or need packages Anapana does not install.
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: phoneme_type %2 is not supported here (%3 or %4 expected)"),
            repr(str(phoneme_type)[:40]), *PHONEME_TYPES)
    if phoneme_type == "espeak" and not espeak_voice:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: espeak.voice is missing (an espeak-ng voice expected)"))
    num_symbols = _get(root, "num_symbols", int, where, a_whole_number)
    if not 1 <= num_symbols <= 65536:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: num_symbols %2 is outside 1–65536"), str(num_symbols))
    num_speakers = root.get("num_speakers", 1)
    if isinstance(num_speakers, bool) or not isinstance(num_speakers, int) \
            or not 1 <= num_speakers <= 10_000:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: num_speakers must be a whole number from 1"))
    inference = root.get("inference", {})
    if not isinstance(inference, dict):
        raise _wrong(where, QT_TRANSLATE_NOOP("VoiceErrors", "%1: 'inference' must be an object"))
    length_scale = inference.get("length_scale", 1.0)
    if isinstance(length_scale, bool) or not isinstance(length_scale, int | float) \
            or not 0.1 <= length_scale <= 10:
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: inference.length_scale must be a number from 0.1 to 10"))
    language = ""
    lang = root.get("language")
    if isinstance(lang, dict) and isinstance(lang.get("code"), str):
        language = lang["code"]
    language = language or espeak_voice
    if not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", language or "x"):
        raise _wrong(where, QT_TRANSLATE_NOOP(
            "VoiceErrors", "%1: language code %2 is not a language tag"), repr(language))
    dataset = root.get("dataset", "")
    return VoiceConfig(
        sample_rate=sample_rate,
        language=language,
        quality=quality,
        num_speakers=num_speakers,
        espeak_voice=espeak_voice,
        length_scale=float(length_scale),
        dataset=dataset if isinstance(dataset, str) else "",
    )


_LICENCE_LINE = re.compile(r"^\s*[*-]?\s*licen[cs]e\s*:\s*(?P<value>\S.*?)\s*$",
                           re.IGNORECASE | re.MULTILINE)


def licence_from_model_card(text: str) -> str:
    """The licence a Piper MODEL_CARD states (its `* License: …` lines), joined, or ""."""
    found = [m.group("value") for m in _LICENCE_LINE.finditer(text[:MAX_MODEL_CARD_BYTES])]
    # Keep it one short line for tables; the full card is shown before a download.
    unique = list(dict.fromkeys(v[:200] for v in found))
    return "; ".join(unique[:4])


def decode_model_card(data: bytes) -> str:
    """A model card as text, with anything that is not printable dropped."""
    text = data[:MAX_MODEL_CARD_BYTES].decode("utf-8", errors="replace")
    return "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
