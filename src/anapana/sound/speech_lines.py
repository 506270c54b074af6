"""The loaded session's spoken lines as sounds the cue scheduler can play (no Qt).

`SpeechLines` starts rendering every line when a session is loaded (`load`), registers
each finished line in the output's `SoundLibrary` as `speech:KEY`, and remembers its
length. The controller asks `sound_name(text)` and `duration_s(text)` to schedule lines
on the `voice` channel like cues; `version` grows with every line that becomes ready,
so the controller knows to hand the schedule over again. `render_now` renders one line
in the caller's thread (the intro that must fit in the lead-in).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from functools import partial

import numpy as np
import numpy.typing as npt

from anapana.core.wavfile import Sound, to_int16
from anapana.sound.library import SoundLibrary
from anapana.sound.speech_render import LineRenderer, Prerenderer

log = logging.getLogger(__name__)

PREFIX = "speech:"


class SpeechLines:
    """Rendered lines by text, ready to play."""

    def __init__(
        self,
        library: SoundLibrary,
        renderer: LineRenderer,
        on_change: Callable[[], None] | None = None,
        on_failed: Callable[[str, Exception], None] | None = None,
    ) -> None:
        self.library = library
        self.renderer = renderer
        self._on_change = on_change
        self._on_failed = on_failed
        self._ready: dict[str, tuple[str, float]] = {}
        self._failed: set[str] = set()
        self._lock = threading.Lock()
        self._version = 0
        self._worker: Prerenderer | None = None

    @property
    def version(self) -> int:
        with self._lock:
            return self._version

    def load(self, texts: Sequence[str]) -> None:
        """Render these lines (those not ready yet) in the background, in this order."""
        with self._lock:
            wanted = [t for t in texts if t and t not in self._ready and t not in self._failed]
        # Lines rendered before (in the speech cache) are ready at once, without reading
        # them: no thread, no samples held until each is about to play.
        to_render: list[str] = []
        for text in dict.fromkeys(wanted):
            frames = self.renderer.stored_frames(text)
            if frames is None:
                to_render.append(text)
            else:
                self._register(text, frames)
        if len(to_render) < len(set(wanted)) and self._on_change is not None:
            self._on_change()
        wanted = to_render
        if not wanted:
            return
        if self._worker is None:
            self._worker = Prerenderer(self.renderer, self._ready_line, self._failed_line)
        self._worker.submit(wanted)

    def render_now(self, text: str) -> float | None:
        """Render `text` here and now (if not ready yet); its length, or None on failure."""
        ready = self.duration_s(text)
        if ready is not None:
            return ready
        try:
            sound = self.renderer.render(text)
        except Exception as error:
            self._failed_line(text, error)
            return None
        self._ready_line(text, sound)
        return sound.duration_s

    def wait(self, timeout: float | None = None) -> None:
        """Block until what was loaded so far is rendered (tests and the bench)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def sound_name(self, text: str) -> str | None:
        with self._lock:
            ready = self._ready.get(text)
        return ready[0] if ready is not None else None

    def duration_s(self, text: str) -> float | None:
        with self._lock:
            ready = self._ready.get(text)
        return ready[1] if ready is not None else None

    def failed(self, text: str) -> bool:
        with self._lock:
            return text in self._failed

    def _ready_line(self, text: str, sound: Sound) -> None:
        # A line the speech cache holds is read again when it is about to play, not held.
        self._register(text, sound.frames, None if self.renderer.is_stored(text) else sound)
        if self._on_change is not None:
            self._on_change()

    def _register(self, text: str, frames: int, sound: Sound | None = None) -> None:
        """`text` is ready as `speech:KEY`: `sound` held until it plays, or, without one,
        its `frames` read again from the speech cache."""
        name = PREFIX + self.renderer.key(text)
        if sound is None:
            self.library.register_stored(name, frames, partial(self._read_again, text))
            duration_s = frames / self.renderer.output_rate
        else:
            self.library.register(name, sound)
            duration_s = sound.duration_s
        with self._lock:
            self._ready[text] = (name, duration_s)
            self._version += 1

    def _read_again(self, text: str) -> npt.NDArray[np.int16] | None:
        """The stored line; rendered again when its file went away (removed or damaged
        since), which takes a fraction of the second it is prepared ahead."""
        samples = self.renderer.stored(text)
        if samples is not None:
            return samples
        log.info("spoken line no longer stored; rendering it again: %s", text[:40])
        try:
            sound = self.renderer.render(text)
        except Exception as error:
            log.warning("spoken line not rendered again: %s", error)
            return None
        return to_int16(sound.samples[:, 0])

    def _failed_line(self, text: str, error: Exception) -> None:
        with self._lock:
            first = not self._failed
            self._failed.add(text)
        if first and self._on_failed is not None:
            self._on_failed(text, error)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None
        with self._lock:
            names = [name for name, _ in self._ready.values()]
            self._ready.clear()
        for name in names:
            self.library.forget(name)
