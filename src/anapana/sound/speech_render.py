"""Rendering a plan's spoken lines ahead of time, in a worker thread (no Qt).

`LineRenderer` turns one text into speech ready for the mixer: rendered by the chosen
engine and voice, resampled to the output rate, normalised to the bell's loudness
(`loudness.normalise`), and cached on disk (`SpeechCache`). `Prerenderer` runs it over a
session's lines in plan order on its own thread as soon as the session is loaded, so the
first lines are ready during the lead-in and a line is never rendered at the moment it
is due. Each finished line is handed to `on_ready(text, sound)`; a line that cannot be
rendered goes to `on_failed(text, error)` (the caption still shows it).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from anapana import heap
from anapana.core.wavfile import OUTPUT_RATE, Sound, resample, to_int16
from anapana.sound import loudness
from anapana.sound.speech_cache import SpeechCache
from anapana.sound.tts.engine import (
    Choice,
    SpeechEngine,
    SpeechError,
    Voice,
    cache_key,
    spoken_form,
)

if TYPE_CHECKING:
    from anapana.sound.render_client import RenderClient

log = logging.getLogger(__name__)


class LineRenderer:
    """Text → normalised mono `Sound` at `output_rate`, through the disk cache."""

    def __init__(
        self,
        choice: Choice,
        cache: SpeechCache | None = None,
        output_rate: int = OUTPUT_RATE,
        target_rms_db: float | None = None,
        worker: RenderClient | None = None,
    ) -> None:
        self.choice = choice
        self.worker = worker
        self.cache = cache
        self.output_rate = output_rate
        self.target_rms_db = target_rms_db

    def key(self, text: str) -> str:
        return cache_key(spoken_form(text), self.choice.voice, self.choice.rate,
                         self.output_rate)

    def stored(self, text: str) -> npt.NDArray[np.int16] | None:
        """The line's 16-bit mono samples at `output_rate` as stored on disk, or None
        (no cache, not stored, or damaged)."""
        if self.cache is None:
            return None
        cached = self.cache.get(self.key(text))
        if cached is None or cached[1] != self.output_rate:
            return None
        return cached[0]

    def stored_frames(self, text: str) -> int | None:
        """How many frames the line has when it is stored at `output_rate` (read from
        its file's header only), else None."""
        if self.cache is None:
            return None
        length = self.cache.length(self.key(text))
        return length[0] if length is not None and length[1] == self.output_rate else None

    def is_stored(self, text: str) -> bool:
        """Whether the line is in the disk cache now (it can be read again from there)."""
        return self.cache is not None and self.cache.has(self.key(text))

    def render(self, text: str) -> Sound:
        """The line, ready to mix; raises `SpeechError` when the engine cannot say it."""
        key = self.key(text)
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None and cached[1] == self.output_rate:
                samples, _ = cached
                return Sound((samples.astype(np.float32) / 32768.0).reshape(-1, 1), cached[1])
        pcm = self._produce(text)
        if self.cache is not None:
            self.cache.put(key, pcm, self.output_rate)
        return Sound((pcm.astype(np.float32) / 32768.0).reshape(-1, 1), self.output_rate)

    def _produce(self, text: str) -> npt.NDArray[np.int16]:
        """The line's levelled 16-bit samples at `output_rate`: from the render worker
        when there is one and it knows the engine, else rendered here."""
        spoken = spoken_form(text)
        if self.worker is not None:
            done = self.worker.render(spoken, self.choice, self.output_rate,
                                      self.target_rms_db)
            if done is not None:
                return done
        return levelled_pcm(self.choice.engine, spoken, self.choice.voice,
                            self.choice.rate, self.output_rate, self.target_rms_db)


def levelled_pcm(engine: SpeechEngine, text: str, voice: Voice, rate: float,
                 output_rate: int, target_rms_db: float | None = None,
                 ) -> npt.NDArray[np.int16]:
    """`text` spoken by `engine`, resampled to `output_rate` and levelled with the cues,
    as 16-bit samples; raises `SpeechError`. This is where rendering's memory peak is
    (float64 copies of the line while resampling and limiting), so the app has the render
    worker run it (`render_worker`)."""
    try:
        spoken = engine.render(text, voice, rate)
    except SpeechError:
        raise
    except Exception as error:  # an engine's own failure is still just this line's
        raise SpeechError(f"{engine.name} failed: {error!r}") from error
    raw = Sound((spoken.samples.astype(np.float32) / 32768.0).reshape(-1, 1), spoken.rate)
    at_rate = resample(raw, output_rate).samples[:, 0]
    kwargs = {} if target_rms_db is None else {"target_rms_db": target_rms_db}
    levelled = loudness.normalise(at_rate, output_rate, **kwargs)
    return to_int16(levelled)


Ready = Callable[[str, Sound], None]
Failed = Callable[[str, Exception], None]


class Prerenderer:
    """Renders queued texts one by one on a daemon thread, in the order given."""

    def __init__(self, renderer: LineRenderer, on_ready: Ready, on_failed: Failed) -> None:
        self.renderer = renderer
        self._on_ready = on_ready
        self._on_failed = on_failed
        self._queue: queue.Queue[tuple[int, str] | threading.Event | None] = queue.Queue()
        self._generation = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="anapana-speech", daemon=True)
        self._thread.start()

    def submit(self, texts: Iterable[str]) -> None:
        """Render these (duplicates once), after dropping what an earlier call left."""
        with self._lock:
            self._generation += 1
            generation = self._generation
        seen: set[str] = set()
        for text in texts:
            if text and text not in seen:
                seen.add(text)
                self._queue.put((generation, text))

    def close(self) -> None:
        with self._lock:
            self._generation += 1
        self._queue.put(None)

    def join(self, timeout: float | None = None) -> None:
        """Wait until the queue is done (tests and the bench)."""
        done = threading.Event()
        self._queue.put(done)  # set once everything queued before it has been handled
        done.wait(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            generation, text = item
            with self._lock:
                stale = generation != self._generation
            if stale:
                continue
            try:
                sound = self.renderer.render(text)
            except Exception as error:
                log.warning("speech line not rendered: %s", error)
                self._on_failed(text, error)
                continue
            self._on_ready(text, sound)
            del sound  # not held while this thread waits for the next line
            if self._queue.empty():
                # Rendering leaves freed buffers in this thread's heap: a body scan's
                # lines left about 60 MB held by the allocator, not by the app.
                heap.trim()
