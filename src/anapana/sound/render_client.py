"""The app's side of the speech render worker (no Qt): start it on first need, send it a
line, read back the levelled samples, with a deadline on every wait.

`RenderClient.render` returns the line's 16-bit samples at the output rate, raises
`SpeechError` when this line failed (the engine's own error, a reply that breaks the
protocol, a worker that died or did not answer in time: the caption still shows the
line), or returns None when the line is to be rendered in the app's own process: the
engine is not one the worker can build (speech-dispatcher, a test's fake), or the
worker could not be started at all (said once in the log).

A worker that dies or misbehaves is killed and reaped; the next line starts a new one.
After `MAX_RESTARTS` such endings in a row, lines fail until the app starts again rather
than crash-looping. A worker that is idle for its `IDLE_S` exits by itself; a reaper
thread per worker collects its exit status, so none is left a zombie.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import numpy as np
import numpy.typing as npt

from anapana.sound import render_protocol as protocol
from anapana.sound.tts.engine import Choice, SpeechError

log = logging.getLogger(__name__)

START_TIMEOUT_S = 20.0
"""Python, numpy and the render modules imported on a busy machine."""
REPLY_TIMEOUT_S = 45.0
"""A line is rendered well within a second; espeak-ng alone is given 30 s."""
MAX_RESTARTS = 3
IDLE_S = 60.0


def engine_setup(choice: Choice) -> tuple[str, str] | None:
    """(engine name, what builds it again in the worker), or None when the worker cannot
    build this engine."""
    engine = choice.engine
    kind = type(engine)
    module = kind.__module__
    if module == "anapana.sound.tts.espeak_ng" and kind.__name__ == "EspeakEngine":
        if getattr(engine, "_run", None) is not subprocess.run:
            return None  # a test's stand-in for espeak-ng lives only in this process
        return "espeak-ng", str(getattr(engine, "program", "espeak-ng"))
    if module == "anapana.sound.tts.piper" and kind.__name__ == "PiperEngine":
        store = getattr(engine, "store", None)
        root = getattr(store, "root", None)
        return ("piper", str(root)) if isinstance(root, Path) else None
    return None


class WorkerFailed(SpeechError):
    """The worker broke the protocol, died or did not answer; it has been stopped."""


class _Worker:
    """One running worker process and its pipes."""

    def __init__(self, command: list[str], env: dict[str, str], start_timeout_s: float) -> None:
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env, close_fds=True)
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.fd = self.process.stdout.fileno()
        # Reaps the worker whenever it ends (idle, crash, kill), not at the next line.
        threading.Thread(target=self.process.wait, name="anapana-render-reaper",
                         daemon=True).start()
        try:
            header = self.read(protocol.REPLY_HEADER.size, time.monotonic() + start_timeout_s)
            protocol.decode_reply_header(header, None)
        except (SpeechError, protocol.ProtocolError):
            self.stop(kill=True)
            raise

    def alive(self) -> bool:
        return self.process.poll() is None

    def read(self, size: int, deadline: float) -> bytes:
        """Exactly `size` bytes before `deadline`, else `WorkerFailed`."""
        parts: list[bytes] = []
        while size:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerFailed("the speech worker did not answer in time")
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            part = os.read(self.fd, min(size, 1 << 20))
            if not part:
                raise WorkerFailed(f"the speech worker stopped{self._how()}")
            parts.append(part)
            size -= len(part)
        return b"".join(parts)

    def extra_bytes(self) -> bool:
        """Whether the worker wrote more than its reply (the stream is out of step)."""
        ready, _, _ = select.select([self.fd], [], [], 0)
        return bool(ready) and bool(os.read(self.fd, 1))

    def _how(self) -> str:
        try:
            code = self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            return ""
        return f" (signal {-code})" if code < 0 else f" (exit code {code})"

    def stop(self, kill: bool = False) -> None:
        """Close its input (it exits at EOF), kill it if it lingers (or at once when
        `kill`), and reap it."""
        with contextlib.suppress(OSError):
            self.stdin.close()
        try:
            if kill:
                raise subprocess.TimeoutExpired(self.process.args, 0)
            self.process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            try:
                self.process.wait(timeout=5.0)
            except subprocess.TimeoutExpired:
                log.warning("speech worker %d did not end after kill", self.process.pid)
        if self.process.stdout is not None:
            self.process.stdout.close()
        with contextlib.suppress(OSError, ValueError):
            self.stdin.close()  # again: a close that failed on a broken pipe leaves it open


def worker_command() -> list[str]:
    return [sys.executable, "-m", "anapana.sound.render_worker"]


class RenderClient:
    """Renders lines in a worker process, one at a time (thread-safe)."""

    def __init__(self, command: list[str] | None = None, *,
                 reply_timeout_s: float = REPLY_TIMEOUT_S,
                 start_timeout_s: float = START_TIMEOUT_S,
                 idle_s: float = IDLE_S) -> None:
        self.command = command if command is not None else worker_command()
        self.reply_timeout_s = reply_timeout_s
        self.start_timeout_s = start_timeout_s
        self.idle_s = idle_s
        self._worker: _Worker | None = None
        self._lock = threading.Lock()
        self._next_id = 1
        self._failures = 0
        self._in_process = getattr(sys, "frozen", False)  # a bundle has no `-m`
        if self._in_process:
            log.info("speech is rendered in the app's process (a bundled app)")
        self._last_used = 0.0

    @property
    def in_process(self) -> bool:
        """True once the worker could not be started: lines render in the app."""
        return self._in_process

    @property
    def pid(self) -> int | None:
        worker = self._worker
        return worker.process.pid if worker is not None and worker.alive() else None

    def render(self, text: str, choice: Choice, output_rate: int,
               target_rms_db: float | None = None) -> npt.NDArray[np.int16] | None:
        setup = engine_setup(choice)
        if setup is None or self._in_process or len(text) > protocol.MAX_TEXT_CHARS:
            return None  # an overlong line meets its engine's own rule (cut, or refused)
        with self._lock:
            if self._failures >= MAX_RESTARTS:
                raise SpeechError("the speech worker kept stopping; spoken lines are shown "
                                  "as words only until Anapana starts again")
            request = protocol.RenderRequest(
                self._next_id, text, setup[0], setup[1],
                choice.voice.id, float(choice.rate), output_rate, target_rms_db)
            self._next_id = self._next_id % (2**32 - 1) + 1
            worker = self._running()
            if worker is None:
                return None
            try:
                samples = self._exchange(worker, request)
            except WorkerFailed as error:
                self._failures += 1
                log.warning("speech worker (pid %d) stopped: %s", worker.process.pid, error)
                self._stop(kill=True)
                raise
            except SpeechError:
                self._failures = 0  # the engine could not say this line; the worker is well
                raise
            self._failures = 0
            self._last_used = time.monotonic()
            return samples

    def _running(self) -> _Worker | None:
        worker = self._worker
        # Close to its idle exit, a worker may be leaving as the request arrives.
        if worker is not None and (not worker.alive()
                                   or time.monotonic() - self._last_used
                                   > max(self.idle_s - 5, self.idle_s * 0.8)):
            self._stop()
            worker = None
        if worker is None:
            env = dict(os.environ)
            package_root = str(Path(__file__).resolve().parents[2])
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root,
                                                              env.get("PYTHONPATH")]))
            env["ANAPANA_RENDER_IDLE_S"] = str(self.idle_s)
            try:
                worker = _Worker(self.command, env, self.start_timeout_s)
            except (OSError, SpeechError, protocol.ProtocolError) as error:
                log.warning("the speech worker could not start (%s); speech is rendered in "
                            "the app's process from now on", error)
                self._in_process = True
                return None
            self._worker = worker
            self._last_used = time.monotonic()
        return worker

    def _exchange(self, worker: _Worker, request: protocol.RenderRequest
                  ) -> npt.NDArray[np.int16]:
        try:
            blob = protocol.encode_request(request)
        except protocol.ProtocolError as error:
            raise SpeechError(str(error)) from None  # this line's, the worker is well
        try:
            worker.stdin.write(blob)
            worker.stdin.flush()
        except (OSError, ValueError) as error:  # ValueError: closed while quitting
            raise WorkerFailed(f"the speech worker could not be sent the line ({error})") \
                from None
        deadline = time.monotonic() + self.reply_timeout_s
        try:
            header = protocol.decode_reply_header(
                worker.read(protocol.REPLY_HEADER.size, deadline), request.id)
            payload = worker.read(header.payload_bytes, deadline)
            if worker.extra_bytes():
                raise protocol.ProtocolError("the worker wrote more than its reply")
            if header.kind == protocol.FAILED:
                raise SpeechError(payload.decode("utf-8", "replace") or "rendering failed")
            return protocol.decode_samples(payload)
        except protocol.ProtocolError as error:
            raise WorkerFailed(f"the speech worker's reply was refused: {error}") from None

    def _stop(self, kill: bool = False) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(kill)

    def close(self) -> None:
        """Stop the worker. Never waits for a line being rendered (the app may be
        quitting): then its input is closed, it exits once that line is done, and its
        reaper collects it."""
        if self._lock.acquire(blocking=False):
            try:
                self._stop()
            finally:
                self._lock.release()
            return
        worker = self._worker
        if worker is not None:
            with contextlib.suppress(OSError, ValueError):
                worker.stdin.close()
