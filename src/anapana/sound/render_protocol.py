"""The messages between the app and its speech render worker (no Qt).

A request is `REQUEST_MAGIC`, a little-endian uint32 length and that many bytes of UTF-8
JSON (at most `MAX_REQUEST_BYTES`): the line's text, the engine's name and what it needs
to be built again in the worker (`setup`), the voice id, the speed factor, the output
rate and the loudness target. A reply is a fixed header (`REPLY_HEADER`: magic, kind,
request id, sample rate, count) followed by `count` int16 samples (kind `OK`) or `count`
bytes of UTF-8 error message (kind `FAILED`); the worker says `READY` once when it has
started. Every field is checked on both sides: a reply that does not fit (wrong magic,
another request's id, an absurd rate, more samples than `MAX_SECONDS` of speech, a
message longer than `MAX_MESSAGE_BYTES`) is refused before its payload is read.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

REQUEST_MAGIC = b"ANRQ"
REPLY_MAGIC = b"ANRP"
REQUEST_HEADER = struct.Struct("<4sI")
REPLY_HEADER = struct.Struct("<4sBIII")
"""magic, kind, request id, sample rate, count (samples or message bytes)."""
OK, FAILED, READY = 0, 1, 2

MAX_REQUEST_BYTES = 60_000
"""Under a pipe's 64 KiB buffer: writing a request never blocks, even on a stuck worker."""
MAX_TEXT_CHARS = 8000
"""Twice what the engines speak (they cut or refuse longer lines themselves); at most 6
bytes a character in JSON, so a request stays under `MAX_REQUEST_BYTES`."""
MAX_MESSAGE_BYTES = 4096
MAX_SECONDS = 600
"""The longest line the app accepts: ten minutes (a line is a sentence or two)."""
MIN_RATE, MAX_RATE = 8000, 192000
ENGINES = ("espeak-ng", "piper")


class ProtocolError(ValueError):
    """A message that does not follow the protocol; the text says what was wrong."""


@dataclass(frozen=True, slots=True)
class RenderRequest:
    """One line to render, with everything the worker needs to render it."""

    id: int
    text: str
    engine: str
    setup: str
    """What builds the engine again: espeak-ng's program, the Piper voices' folder."""
    voice: str
    rate: float
    output_rate: int
    target_rms_db: float | None = None


def encode_request(request: RenderRequest) -> bytes:
    blob = json.dumps({
        "id": request.id, "text": request.text, "engine": request.engine,
        "setup": request.setup, "voice": request.voice, "rate": request.rate,
        "output_rate": request.output_rate, "target_rms_db": request.target_rms_db,
    }, ensure_ascii=False).encode("utf-8")
    if len(blob) > MAX_REQUEST_BYTES:
        raise ProtocolError(f"a request of {len(blob):,} bytes is too long")
    return REQUEST_HEADER.pack(REQUEST_MAGIC, len(blob)) + blob


def request_length(header: bytes) -> int:
    """The JSON body's length from a request header."""
    magic, length = REQUEST_HEADER.unpack(header)
    if magic != REQUEST_MAGIC:
        raise ProtocolError("a request does not start with the protocol's mark")
    if length > MAX_REQUEST_BYTES:
        raise ProtocolError(f"a request of {length:,} bytes is too long")
    return int(length)


def decode_request(body: bytes) -> RenderRequest:
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ProtocolError(f"a request is not JSON ({error})") from None
    if not isinstance(data, dict):
        raise ProtocolError("a request is not a JSON object")

    def field(name: str, kind: type | tuple[type, ...]) -> Any:
        value = data.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ProtocolError(f"a request's {name!r} is missing or of the wrong type")
        return value

    request_id, text, engine = field("id", int), field("text", str), field("engine", str)
    setup, voice = field("setup", str), field("voice", str)
    rate, output_rate = float(field("rate", (int, float))), field("output_rate", int)
    target = data.get("target_rms_db")
    if not 0 <= request_id < 2**32:
        raise ProtocolError("a request's id is out of range")
    if engine not in ENGINES:
        raise ProtocolError(f"unknown engine {engine[:40]!r}")
    if len(text) > MAX_TEXT_CHARS:
        raise ProtocolError(f"a line of {len(text):,} characters is too long")
    if not (math.isfinite(rate) and 0.1 <= rate <= 10.0):
        raise ProtocolError("a request's rate is out of range")
    if not MIN_RATE <= output_rate <= MAX_RATE:
        raise ProtocolError("a request's output rate is out of range")
    if target is not None and (isinstance(target, bool) or not isinstance(target, (int, float))
                               or not -80.0 <= float(target) <= 0.0):
        raise ProtocolError("a request's loudness target is out of range")
    return RenderRequest(request_id, text, engine, setup, voice, rate, output_rate,
                         None if target is None else float(target))


def encode_samples(request_id: int, rate: int, samples: npt.NDArray[np.int16]) -> bytes:
    pcm = np.ascontiguousarray(samples, dtype="<i2").tobytes()
    return REPLY_HEADER.pack(REPLY_MAGIC, OK, request_id, rate, len(pcm) // 2) + pcm


def encode_failure(request_id: int, message: str) -> bytes:
    blob = message.encode("utf-8")[:MAX_MESSAGE_BYTES]
    return REPLY_HEADER.pack(REPLY_MAGIC, FAILED, request_id, 0, len(blob)) + blob


def encode_ready() -> bytes:
    return REPLY_HEADER.pack(REPLY_MAGIC, READY, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ReplyHeader:
    kind: int
    id: int
    rate: int
    count: int

    @property
    def payload_bytes(self) -> int:
        return self.count * 2 if self.kind == OK else self.count


def decode_reply_header(header: bytes, expected_id: int | None) -> ReplyHeader:
    """The checked header of a reply to request `expected_id` (None: the READY hello)."""
    magic, kind, request_id, rate, count = REPLY_HEADER.unpack(header)
    if magic != REPLY_MAGIC:
        raise ProtocolError(f"the reply does not start with the protocol's mark "
                            f"(got {bytes(magic)[:4]!r})")
    if expected_id is None:
        if kind != READY or count:
            raise ProtocolError("the worker did not say it was ready")
        return ReplyHeader(kind, request_id, rate, count)
    if kind not in (OK, FAILED):
        raise ProtocolError(f"the reply is of unknown kind {kind}")
    if request_id != expected_id:
        raise ProtocolError(f"the reply answers request {request_id}, not {expected_id}")
    if kind == FAILED:
        if count > MAX_MESSAGE_BYTES:
            raise ProtocolError(f"an error message of {count:,} bytes is too long")
    else:
        if not MIN_RATE <= rate <= MAX_RATE:
            raise ProtocolError(f"the reply's sample rate {rate:,} Hz is out of range")
        if count > MAX_SECONDS * rate:
            raise ProtocolError(f"the reply's {count:,} samples are more than "
                                f"{MAX_SECONDS} s of speech")
    return ReplyHeader(kind, request_id, rate, count)


def decode_samples(payload: bytes) -> npt.NDArray[np.int16]:
    if len(payload) % 2:
        raise ProtocolError("the reply's samples end in half a sample")
    return np.frombuffer(payload, dtype="<i2").astype(np.int16)
