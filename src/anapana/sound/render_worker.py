"""The speech render worker: `python -m anapana.sound.render_worker` (no Qt).

The app starts it on first need (`render_client.RenderClient`) and sends it one line at a
time over its stdin; it renders each with the named engine (espeak-ng, or Piper with
ONNX Runtime and the voice model), resamples and levels it exactly as the app would
(`speech_render.levelled_pcm`), and answers on the pipe that was its stdout
(`render_protocol`). So the voice model, ONNX Runtime's arenas and rendering's memory
peak live here, not in the app, and a native crash ends this process, not the session.

Before any engine is imported, fd 1 is moved to a private descriptor and fd 1 then points
at stderr, so whatever ONNX Runtime, Piper or espeak-ng print can never be read as a
reply. It exits at EOF on its input (the app closed it, quit or died), when no request
has come for `IDLE_S` seconds, and on a request that breaks the protocol.
"""

from __future__ import annotations

import logging
import os
import select
import sys
from typing import BinaryIO

IDLE_S = 60.0
IDLE_EXIT = 0
BROKEN_EXIT = 3

log = logging.getLogger("anapana.render_worker")


def _protocol_pipes() -> tuple[BinaryIO, BinaryIO]:
    """Private copies of stdin and stdout for the protocol; fd 0 then reads nothing and
    fd 1 writes to stderr."""
    sys.stdout.flush()
    reply_fd = os.dup(1)
    request_fd = os.dup(0)
    os.dup2(2, 1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdout = sys.stderr
    return os.fdopen(request_fd, "rb", buffering=0), os.fdopen(reply_fd, "wb")


def _read_exactly(source: BinaryIO, size: int) -> bytes | None:
    """`size` bytes, or None at EOF."""
    parts: list[bytes] = []
    while size:
        part = source.read(size)
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def serve(requests: BinaryIO, replies: BinaryIO, idle_s: float = IDLE_S) -> int:
    """Answer requests until EOF (0), idleness (`IDLE_EXIT`) or a broken request
    (`BROKEN_EXIT`)."""
    from anapana import heap
    from anapana.sound import render_protocol as protocol
    from anapana.sound.speech_render import levelled_pcm
    from anapana.sound.tts.engine import SpeechEngine, SpeechError, Voice

    heap.large_blocks_mapped()  # a line's buffers are handed back when it is done

    def send(blob: bytes) -> None:
        replies.write(blob)  # buffered: a short write on the pipe is completed, not lost
        replies.flush()

    engines: dict[tuple[str, str], SpeechEngine] = {}

    def engine_for(name: str, setup: str) -> SpeechEngine:
        found = engines.get((name, setup))
        if found is None:
            if name == "piper":
                from pathlib import Path

                from anapana.sound.tts.piper import PiperEngine
                from anapana.sound.tts.voice_store import VoiceStore

                found = PiperEngine(VoiceStore(Path(setup)))
            else:
                from anapana.sound.tts.espeak_ng import EspeakEngine

                found = EspeakEngine(setup or "espeak-ng")
            engines[(name, setup)] = found
        return found

    send(protocol.encode_ready())
    while True:
        ready, _, _ = select.select([requests], [], [], idle_s)
        if not ready:
            return IDLE_EXIT
        header = _read_exactly(requests, protocol.REQUEST_HEADER.size)
        if header is None:
            return 0
        try:
            body = _read_exactly(requests, protocol.request_length(header))
            if body is None:
                return 0
            request = protocol.decode_request(body)
        except protocol.ProtocolError as error:
            log.error("render worker: refused a request: %s", error)
            return BROKEN_EXIT
        try:
            engine = engine_for(request.engine, request.setup)
            voice = Voice(engine=request.engine, id=request.voice, name=request.voice,
                          language="")
            if request.engine == "piper":
                from anapana.sound.tts.piper import PiperEngine

                assert isinstance(engine, PiperEngine)
                voice = engine.voice(request.voice) or voice
            pcm = levelled_pcm(engine, request.text, voice, request.rate,
                               request.output_rate, request.target_rms_db)
        except SpeechError as error:
            send(protocol.encode_failure(request.id, str(error)))
            continue
        except Exception as error:  # any engine failure is this line's, not the worker's
            send(protocol.encode_failure(request.id, f"{request.engine} failed: {error!r}"))
            continue
        send(protocol.encode_samples(request.id, request.output_rate, pcm))
        del pcm
        heap.trim()


def main() -> int:
    requests, replies = _protocol_pipes()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="anapana render worker: %(message)s")
    try:
        idle_s = float(os.environ.get("ANAPANA_RENDER_IDLE_S", IDLE_S))
    except ValueError:
        idle_s = IDLE_S
    try:
        return serve(requests, replies, idle_s)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0  # the app went away mid-reply


if __name__ == "__main__":
    sys.exit(main())
