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
    """A voice file that cannot be used; the message is for the user."""


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
    raise ValueError(f"{name} is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice")
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
        raise VoiceFileError(
            f"{where}: {len(data):,} bytes is too large (at most {max_bytes:,} expected)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise VoiceFileError(
            f"{where}: byte {error.start + 1} is not UTF-8 text (JSON expected)") from None
    if _max_bracket_depth(text, max_depth) > max_depth:
        raise VoiceFileError(f"{where}: nested more than {max_depth} levels deep")
    try:
        value = json.loads(text, parse_constant=_reject_constant,
                           object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise VoiceFileError(
            f"{where}:{error.lineno}:{error.colno}: not valid JSON ({error.msg})") from None
    except (ValueError, RecursionError) as error:
        raise VoiceFileError(f"{where}: not usable JSON ({error})") from None
    if _depth_of(value, max_depth) > max_depth:  # belt and braces after the scan
        raise VoiceFileError(f"{where}: nested more than {max_depth} levels deep")
    return value


def regular_file_size(path: Path, what: str) -> int:
    """The size of `path` if it is a plain file (not a symlink, device, pipe or folder)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise VoiceFileError(f"{path}: there is no such file ({what} expected)") from None
    except OSError as error:
        raise VoiceFileError(f"{path}: cannot be read ({error.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise VoiceFileError(f"{path}: is a symbolic link; please choose the file itself")
    if not stat.S_ISREG(info.st_mode):
        raise VoiceFileError(f"{path}: is not a regular file ({what} expected)")
    return info.st_size


def read_regular_file(path: Path, what: str, max_bytes: int) -> bytes:
    """At most `max_bytes` of a plain file, opened without following a symlink."""
    size = regular_file_size(path, what)
    if size > max_bytes:
        raise VoiceFileError(
            f"{path}: {size:,} bytes is too large for {what} (at most {max_bytes:,})")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise VoiceFileError(f"{path}: cannot be opened ({error.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since lstat
            raise VoiceFileError(f"{path}: is not a regular file ({what} expected)")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise VoiceFileError(f"{path}: grew past {max_bytes:,} bytes while being read")
    return data


def check_model_bytes(head: bytes, size: int, where: str) -> None:
    """A cheap look at an `.onnx` file: a sane size and the start of an ONNX protobuf.

    An ONNX model is a protobuf `ModelProto` whose first field written is `ir_version`
    (field 1, varint: the byte 0x08). The model is only ever opened by ONNX Runtime when
    speaking, never executed as code; this check catches a wrong file early.
    """
    if size < MIN_MODEL_BYTES:
        raise VoiceFileError(f"{where}: only {size} bytes, too small to be a voice model")
    if size > MAX_MODEL_BYTES:
        raise VoiceFileError(
            f"{where}: {size:,} bytes is larger than any voice (at most {MAX_MODEL_BYTES:,})")
    if not head.startswith(b"\x08"):
        raise VoiceFileError(f"{where}: does not look like an ONNX model (.onnx expected)")


def check_model_file(path: Path) -> int:
    """Check a local `.onnx` file; returns its size."""
    size = regular_file_size(path, "an .onnx voice model")
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise VoiceFileError(f"{path}: cannot be read ({error.strerror})") from None
    check_model_bytes(head, size, str(path))
    return size


def _get(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str,
         expected: str) -> Any:
    if key not in mapping:
        raise VoiceFileError(f"{where}: the key {key!r} is missing ({expected} expected)")
    value = mapping[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise VoiceFileError(f"{where}: {key!r} is {type(value).__name__}, {expected} expected")
    return value


def parse_voice_config(data: bytes, where: str) -> VoiceConfig:
    """Validate a Piper `.onnx.json` and keep what is needed from it."""
    root = parse_json_limited(data, where, max_bytes=MAX_CONFIG_BYTES)
    if not isinstance(root, dict):
        raise VoiceFileError(f"{where}: a JSON object expected at the top")
    audio = _get(root, "audio", dict, where, "an object with sample_rate")
    sample_rate = _get(audio, "sample_rate", int, f"{where}: audio", "a whole number")
    if not 8000 <= sample_rate <= 48000:
        raise VoiceFileError(
            f"{where}: audio.sample_rate {sample_rate} is outside 8000–48000 Hz")
    quality = audio.get("quality", "")
    if not isinstance(quality, str) or (quality and quality not in QUALITIES):
        raise VoiceFileError(
            f"{where}: audio.quality {quality!r} is not one of {', '.join(QUALITIES)}")
    id_map = _get(root, "phoneme_id_map", dict, where, "an object of phoneme → ids")
    if not id_map or len(id_map) > 4096:
        raise VoiceFileError(f"{where}: phoneme_id_map must hold 1 to 4096 phonemes")
    for marker in ("^", "_", "$"):  # Piper frames every sentence with these
        if marker not in id_map:
            raise VoiceFileError(
                f"{where}: phoneme_id_map has no {marker!r} (sentence start, pause and end "
                "markers expected)")
    for phoneme, ids in id_map.items():
        if (not isinstance(ids, list) or not ids or len(ids) > 16
                or not all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < 65536
                           for i in ids)):
            raise VoiceFileError(
                f"{where}: phoneme_id_map[{phoneme!r}] must be a list of small whole numbers")
    espeak = root.get("espeak", {})
    if not isinstance(espeak, dict):
        raise VoiceFileError(f"{where}: 'espeak' must be an object with a voice")
    espeak_voice = espeak.get("voice", "")
    if not isinstance(espeak_voice, str) or len(espeak_voice) > 64:
        raise VoiceFileError(f"{where}: espeak.voice must be a short text")
    phoneme_type = root.get("phoneme_type", "espeak")
    if phoneme_type not in PHONEME_TYPES:
        # Piper's other phonemizers (Chinese, Japanese, …) fetch data from the internet at
        # first use, or need packages Anapana does not install.
        raise VoiceFileError(
            f"{where}: phoneme_type {str(phoneme_type)[:40]!r} is not supported here "
            f"({' or '.join(PHONEME_TYPES)} expected)")
    if phoneme_type == "espeak" and not espeak_voice:
        raise VoiceFileError(f"{where}: espeak.voice is missing (an espeak-ng voice expected)")
    num_symbols = _get(root, "num_symbols", int, where, "a whole number")
    if not 1 <= num_symbols <= 65536:
        raise VoiceFileError(f"{where}: num_symbols {num_symbols} is outside 1–65536")
    num_speakers = root.get("num_speakers", 1)
    if isinstance(num_speakers, bool) or not isinstance(num_speakers, int) \
            or not 1 <= num_speakers <= 10_000:
        raise VoiceFileError(f"{where}: num_speakers must be a whole number from 1")
    inference = root.get("inference", {})
    if not isinstance(inference, dict):
        raise VoiceFileError(f"{where}: 'inference' must be an object")
    length_scale = inference.get("length_scale", 1.0)
    if isinstance(length_scale, bool) or not isinstance(length_scale, int | float) \
            or not 0.1 <= length_scale <= 10:
        raise VoiceFileError(f"{where}: inference.length_scale must be a number from 0.1 to 10")
    language = ""
    lang = root.get("language")
    if isinstance(lang, dict) and isinstance(lang.get("code"), str):
        language = lang["code"]
    language = language or espeak_voice
    if not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*", language or "x"):
        raise VoiceFileError(f"{where}: language code {language!r} is not a language tag")
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
