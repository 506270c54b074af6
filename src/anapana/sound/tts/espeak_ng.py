"""espeak-ng, the always-present fallback voice, rendered to PCM through its command line.

`espeak-ng --stdout -v VOICE -s WPM` reads the text on stdin (never as an argument, so a
line starting with "-" is only words) and writes a WAV to stdout: 22,050 Hz mono 16-bit,
with a placeholder length in its header (it streams), so the header is read here rather
than by `read_wav`. Voices are listed once from `espeak-ng --voices`.

Voice choice by language never takes the first voice listed for a language (for English
that is "English (Caribbean)" in speech-dispatcher's order): it prefers a neutral voice
per language (`NEUTRAL`), then the voice whose tag is exactly the base language. MBROLA
voices (`mb/…`) are left out: they need the separate `mbrola` program and voice data.
"""

from __future__ import annotations

import logging
import shutil
import struct
import subprocess
from collections.abc import Callable

import numpy as np

from anapana.sound.tts.engine import (
    CALM_RATE,
    RenderedSpeech,
    SpeechError,
    Voice,
    base_language,
    voice_matches,
)

log = logging.getLogger(__name__)

NORMAL_WPM = 175
"""espeak-ng's own default speed; `rate` 1.0 maps to it."""
TIMEOUT_S = 30.0
MAX_TEXT = 4000
"""Characters per line; longer guidance is cut (a spoken line is a sentence or two)."""

NEUTRAL: dict[str, tuple[str, ...]] = {
    "en": ("en-us", "en-gb"),
    "de": ("de",),
    "fr": ("fr", "fr-fr"),
    "es": ("es",),
    "nl": ("nl",),
    "it": ("it",),
    "pt": ("pt-br", "pt"),
}
"""Voice ids to try first for a base language: the plain, widely understood accent."""

Runner = Callable[..., subprocess.CompletedProcess[bytes]]


def parse_voices(listing: str) -> list[Voice]:
    """Voices from `espeak-ng --voices` output (header line, then one voice a line)."""
    voices: list[Voice] = []
    seen: set[str] = set()
    for row in listing.splitlines()[1:]:
        parts = row.split()
        if len(parts) < 5:
            continue
        language, name, file = parts[1], parts[3], parts[4]
        if file.startswith("mb/") or language == "variant" or file.startswith("!v"):
            continue
        if language in seen:
            continue  # espeak-ng picks the first voice listed for `-v LANGUAGE`
        seen.add(language)
        voices.append(
            Voice(
                engine="espeak-ng",
                id=language,
                name=name.replace("_", " "),
                language=_bcp47(language),
                quality="low",
                licence="GPL-3.0-or-later",
            )
        )
    return voices


def _bcp47(tag: str) -> str:
    """espeak-ng's `en-us` → `en-US`; other subtags kept as they are."""
    parts = tag.split("-")
    return "-".join([parts[0], *(p.upper() if len(p) == 2 else p for p in parts[1:])])


def parse_wav(blob: bytes) -> tuple[np.ndarray, int]:
    """Samples (int16 mono) and rate from espeak-ng's streamed WAV."""
    if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
        raise SpeechError("espeak-ng did not write a WAV")
    pos = 12
    rate = channels = bits = 0
    while pos + 8 <= len(blob):
        chunk, size = blob[pos : pos + 4], struct.unpack_from("<I", blob, pos + 4)[0]
        body = pos + 8
        if chunk == b"fmt ":
            if body + 16 > len(blob):
                break
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", blob, body)
            if tag != 1:
                raise SpeechError(f"espeak-ng wrote WAV format {tag}, expected PCM")
        elif chunk == b"data":
            if rate <= 0 or bits != 16 or channels < 1:
                raise SpeechError("espeak-ng wrote a WAV without a 16-bit PCM format")
            data = blob[body:]  # the size field is a placeholder: take what is there
            data = data[: len(data) - len(data) % (2 * channels)]
            samples = np.frombuffer(data, dtype="<i2").astype(np.int16)
            return samples.reshape(-1, channels)[:, 0].copy(), rate
        pos = body + size + (size & 1)
    raise SpeechError("espeak-ng wrote a WAV without sound data")


class EspeakEngine:
    """espeak-ng through its command line."""

    name = "espeak-ng"

    def __init__(self, program: str = "espeak-ng", run: Runner | None = None) -> None:
        self.program = program
        self._run: Runner = run if run is not None else subprocess.run
        self._voices: list[Voice] | None = None

    def _path(self) -> str | None:
        return shutil.which(self.program)

    def available(self) -> bool:
        return self._path() is not None and bool(self.voices())

    def voices(self) -> list[Voice]:
        if self._voices is None:
            self._voices = []
            program = self._path()
            if program is not None:
                try:
                    done = self._run(
                        [program, "--voices"], capture_output=True, timeout=TIMEOUT_S, check=False
                    )
                    self._voices = parse_voices(done.stdout.decode("utf-8", "replace"))
                except (OSError, subprocess.SubprocessError) as error:
                    log.info("espeak-ng --voices failed: %s", error)
        return list(self._voices)

    def voice_for(self, language: str | None) -> Voice | None:
        voices = self.voices()
        by_id = {v.id: v for v in voices}
        wanted = (language or "en").replace("_", "-").lower()
        if wanted in by_id and wanted not in ("en",):  # an exact regional tag was asked for
            return by_id[wanted]
        for candidate in NEUTRAL.get(base_language(language), ()):
            if candidate in by_id:
                return by_id[candidate]
        base = base_language(language)
        if base in by_id:
            return by_id[base]
        fitting = [v for v in voices if voice_matches(v, language)]
        return fitting[0] if fitting else None

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        program = self._path()
        if program is None:
            raise SpeechError("espeak-ng is not installed")
        wpm = max(80, min(450, round(NORMAL_WPM * rate)))
        command = [program, "--stdout", "-v", voice.id, "-s", str(wpm)]
        try:
            done = self._run(
                command,
                input=text[:MAX_TEXT].encode("utf-8"),
                capture_output=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise SpeechError(f"espeak-ng failed: {error}") from error
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip()[:200]
            raise SpeechError(f"espeak-ng failed ({done.returncode}): {message}")
        samples, sample_rate = parse_wav(done.stdout)
        return RenderedSpeech(samples, sample_rate, text, voice.key)
