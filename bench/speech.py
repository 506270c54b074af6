#!/usr/bin/env python3
"""Speech: how fast each engine renders, and whether rendered lines play on time and level.

Part 1, rendering: every available engine renders the 45-minute body scan's lines (the
app's whole path: engine, resampling to the output rate, loudness normalisation; no
cache) and prints one line per engine:
  engine=NAME lines=N audio_s=… render_s=… rtf=…
speech-dispatcher speaks live through QTextToSpeech and cannot render to PCM: it is
named in a comment, not measured.

Part 2, on time (needs the audio-timing tools: pulseaudio, parec and the ALSA pulse
plugin): `anapana run body-scan-5 --no-checkin` runs offscreen (fresh cache: lines are
rendered during the lead-in, as on a first run) while `record.sh` records what it plays
and `pilot.py` plays a 9 kHz blip every 5 s on exact deadlines. The app logs each cue's
deadline (`ANAPANA_CUE_LOG`). The pilot's measured latency (recorded onset minus play
call, over time) maps the monotonic clock onto the recording, which removes the
recorder's drift and the output path's fixed latency. Each line and bell is then found
by cross-correlating the recording (below 6 kHz) with the exact sound the app played
(the cached line, the built-in cue): its onset error and its gain as recorded. Prints:
  speech_onset_err_p99_ms=… first_line_late_ms=… peak_dbfs=… speech_minus_bell_db=…
Targets: every line within 20 ms of its planned time, peak ≤ −1 dBFS, speech within
±2 dB of the bell. The audio-timing tools are found at $ANAPANA_AUDIO_TIMING, else
../shared/tools/audio-timing beside the checkout, else /work/shared/tools/audio-timing.

  python bench/speech.py                  both parts (about 2 minutes)
  python bench/speech.py --render-only    part 1
  python bench/speech.py --record-only --seconds 65 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from _util import figures_line, percentile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from anapana.core.loader import load_session  # noqa: E402
from anapana.sound import synth  # noqa: E402
from anapana.sound.loudness import active_rms_db  # noqa: E402
from anapana.sound.speech_render import LineRenderer  # noqa: E402
from anapana.sound.tts.engine import choose  # noqa: E402
from anapana.sound.tts.installed import installed_engines  # noqa: E402

SESSIONS = ROOT / "sessions"
SEARCH_S = 0.25
"""How far around its predicted place a sound is looked for."""


# -- part 1 ---------------------------------------------------------------------------
def render_figures(session: str = "body-scan-45", limit: int | None = None) -> list[str]:
    plan = load_session(SESSIONS / f"{session}.yaml").plan
    texts = [s.text for s in plan.speech if s.recording is None][:limit]
    rows = []
    for engine in installed_engines():
        choice = choose([engine], plan.language)
        if choice is None:
            rows.append(f"# {engine.name}: not available here")
            continue
        renderer = LineRenderer(choice, cache=None)
        audio_s = 0.0
        began = time.perf_counter()
        for text in texts:
            audio_s += renderer.render(text).duration_s
        render_s = time.perf_counter() - began
        rows.append(f"# {engine.name}: voice {choice.voice.name} ({choice.voice.id})")
        rows.append(f"engine={engine.name} " + figures_line({
            "lines": len(texts), "audio_s": audio_s, "render_s": render_s,
            "rtf": render_s / audio_s if audio_s else float("nan")}))
    rows.append("# speechd: speaks live through QTextToSpeech; it cannot render to PCM, "
                "so it is not measured (used only where neither Piper nor espeak-ng exists)")
    return rows


# -- part 2 ---------------------------------------------------------------------------
def tools_dir() -> Path | None:
    for candidate in (os.environ.get("ANAPANA_AUDIO_TIMING"),
                      str(ROOT.parent / "shared" / "tools" / "audio-timing"),
                      "/work/shared/tools/audio-timing"):
        if candidate and (Path(candidate) / "record.sh").is_file():
            return Path(candidate)
    return None


def capture_missing() -> str | None:
    """Why a recording cannot be made here, or None."""
    if tools_dir() is None:
        return "the audio-timing tools (record.sh) are not found"
    for program in ("pulseaudio", "parec", "espeak-ng"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if not Path("/usr/share/alsa/alsa.conf.d/50-pulseaudio.conf").exists() and \
            not any(Path("/usr/lib").glob("*/alsa-lib/libasound_module_pcm_pulse.so")):
        return "the ALSA pulse plugin (libasound2-plugins) is not installed"
    return None


def record(work: Path, seconds: float, session: str = "body-scan-5") -> dict[str, Any]:
    tools = tools_dir()
    assert tools is not None
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    cue_log, pilot_log, wav = work / "cues.jsonl", work / "pilot.jsonl", work / "rec.wav"
    app = [sys.executable, "-m", "anapana", "run", session, "--no-checkin"]
    env = dict(os.environ, ANAPANA_HOME=str(home), ANAPANA_CUE_LOG=str(cue_log),
               QT_QPA_PLATFORM="offscreen", ANAPANA_QUIT_AFTER_MS=str(int(seconds * 1000)),
               PYTHONPATH=str(ROOT / "src"), TAIL="1")
    env.pop("DISPLAY", None)
    script = (f'"{sys.executable}" "{tools / "pilot.py"}" "{pilot_log}" 5 {seconds + 2} & '
              f'P=$!; {" ".join(map(_quote, app))}; wait $P')
    done = subprocess.run(["bash", str(tools / "record.sh"), str(wav), str(seconds + 15), "--",
                           "bash", "-c", script], env=env, capture_output=True, text=True,
                          timeout=seconds + 120, check=False)
    if not wav.exists():
        raise RuntimeError(f"nothing recorded: {done.stderr[-800:]}")
    from anapana.app.settings import Settings

    bell_volume = Settings(home / "config" / "settings.ini").volume("bell")
    return analyse(wav, cue_log, pilot_log, home / "cache" / "speech", bell_volume)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _read_wav(path: Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV as mono float in -1..1 (the recorder may leave its sizes unset:
    the data chunk is then read to the end). After audio-timing's onsets.read_wav."""
    raw = path.read_bytes()
    pos, fmt, data = 12, None, b""
    while pos + 8 <= len(raw):
        chunk, size = raw[pos : pos + 4], struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
        if chunk == b"fmt ":
            _, channels, rate, _, _, bits = struct.unpack("<HHIIHH", raw[pos + 8 : pos + 24])
            fmt = (channels, rate, bits)
        elif chunk == b"data":
            end = pos + 8 + size if 0 < size <= len(raw) - pos - 8 else len(raw)
            data = raw[pos + 8 : end]
            break
        pos += 8 + size + (size & 1)
    if fmt is None or fmt[2] != 16:
        raise RuntimeError(f"{path}: not a 16-bit PCM WAV")
    channels, rate, _ = fmt
    frames = np.frombuffer(data[: len(data) // (2 * channels) * 2 * channels], "<i2")
    return frames.reshape(-1, channels).astype(np.float64).mean(axis=1) / 32768.0, rate


def _band(x: np.ndarray, rate: int, low: float, high: float) -> np.ndarray:
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    return np.fft.irfft(np.where((freqs >= low) & (freqs < high), spectrum, 0), len(x))


def _resample(x: np.ndarray, rate: int, to: int) -> np.ndarray:
    frames = round(len(x) * to / rate)
    return np.interp(np.arange(frames) / to, np.arange(len(x)) / rate, x)


def _pilot_latency(hi: np.ndarray, rate: int, m0: float, pilot_log: Path) -> np.ndarray:
    """(call time, latency s) of each pilot blip found, from its 9 kHz band."""
    sys.path.insert(0, str(tools_dir()))
    from onsets import detect  # type: ignore[import-not-found]

    onsets = np.asarray(detect(hi, rate)[0]) + m0
    rows = []
    for line in pilot_log.read_text().splitlines():
        call = json.loads(line)["call"]
        if len(onsets):
            j = int(np.argmin(np.abs(onsets - call)))
            if abs(onsets[j] - call) < 0.2:
                rows.append((call, onsets[j] - call))
    if len(rows) < 2:
        raise RuntimeError("the pilot was not found in the recording")
    return np.array(rows)


def _latency_model(pilot: np.ndarray) -> tuple[float, float]:
    """Latency = slope * t + intercept, robustly: Theil-Sen slope (the recorder's drift),
    and the 20th percentile of what is left (a busy machine makes some blips late, never
    early: the low end is the output path itself)."""
    t, lat = pilot[:, 0], pilot[:, 1]
    i, j = np.triu_indices(len(t), 1)
    slope = float(np.median((lat[j] - lat[i]) / (t[j] - t[i])))
    return slope, float(np.percentile(lat - slope * t, 20))


def _pilot_gain_db(hi: np.ndarray, rate: int, m0: float, pilot: np.ndarray) -> float:
    """How much the recording path changes a level: each 40 ms blip was played at an RMS
    of 0.3/sqrt(2) (minus its fades); median over blips."""
    gains = []
    for call, latency in pilot:
        at = round((call + latency - m0) * rate)
        body = hi[at + rate // 200 : at + rate * 35 // 1000]
        if len(body):
            gains.append(20 * np.log10(max(np.sqrt(np.mean(body**2)), 1e-9) / (0.3 / np.sqrt(2))))
    return float(np.median(gains)) if gains else 0.0


def _reference(sound: str, cache: Path) -> np.ndarray | None:
    """The exact mono sound the app played, at 44100 Hz, or None."""
    if sound.startswith("speech:"):
        path = cache / f"{sound.removeprefix('speech:')}.pcm"
        if not path.exists():
            return None
        return np.frombuffer(path.read_bytes()[48:], dtype="<i2").astype(np.float64) / 32768.0
    if sound in synth.CUES:
        return synth.synthesize(sound).astype(np.float64)
    return None


def _locate(app: np.ndarray, rate: int, ref: np.ndarray, predicted: int) -> tuple[float, float]:
    """(lag s, gain) of `ref` in `app` near sample `predicted`, by cross-correlation."""
    search = round(SEARCH_S * rate)
    probe = ref[: min(len(ref), rate)]  # its first second locks the place
    start = max(0, predicted - search)
    window = app[start : predicted + search + len(probe)]
    if len(window) < len(probe) + 1:
        return float("nan"), float("nan")
    n = 1 << int(np.ceil(np.log2(len(window) + len(probe))))
    corr = np.fft.irfft(np.fft.rfft(window, n) * np.conj(np.fft.rfft(probe, n)), n)
    lags = corr[: len(window) - len(probe) + 1]
    energy = np.convolve(window**2, np.ones(len(probe)), "valid")[: len(lags)]
    score = lags / np.sqrt(np.maximum(energy, 1e-12))
    best = int(np.argmax(score))
    place = start + best
    span = app[place : place + len(ref)]
    gain = float(np.dot(span, ref[: len(span)]) / max(np.dot(ref[: len(span)], ref[: len(span)]),
                                                       1e-12))
    return (place - predicted) / rate, gain


def analyse(wav: Path, cue_log: Path, pilot_log: Path, cache: Path,
            bell_volume: float = 1.0) -> dict[str, Any]:
    x, rate = _read_wav(wav)
    meta = json.loads(Path(str(wav) + ".json").read_text())
    m0 = meta["rec_stop_monotonic"] - len(x) / rate  # the recording's end is anchored
    app = _band(x, rate, 0, 6000)
    pilot = _pilot_latency(_band(x, rate, 8000, 10000), rate, m0, pilot_log)
    slope, intercept = _latency_model(pilot)
    path_gain_db = _pilot_gain_db(_band(x, rate, 8000, 10000), rate, m0, pilot)
    masked = x.copy()
    for call, latency in pilot:  # leave the pilot's blips out of the peak
        at = round((call + latency - m0) * rate)
        masked[max(0, at - rate // 100) : at + rate // 10] = 0.0
    cues = [json.loads(line) for line in cue_log.read_text().splitlines()] \
        if cue_log.exists() else []
    results = []
    for cue in cues:
        predicted_mono = cue["deadline"] + slope * cue["deadline"] + intercept
        predicted = round((predicted_mono - m0) * rate)
        row = {"sound": cue["sound"], "event": cue["event"], "at_s": cue["at_s"],
               "error_ms": float("nan"), "level_db": float("nan"),
               "dispatch_late_ms": (cue["returned"] - cue["deadline"]) * 1000}
        results.append(row)
        ref = _reference(cue["sound"], cache) if cue["event"] == "speech" else None
        if ref is None:
            continue  # bells are tonal: their correlation peaks are ambiguous
        ref = _resample(ref, 44100, rate)
        if predicted + min(len(ref), rate) >= len(app):
            continue
        lag, gain = _locate(app, rate, ref, predicted)
        row["error_ms"] = lag * 1000
        row["level_db"] = active_rms_db(ref, rate) + 20 * np.log10(max(gain, 1e-9))
    speech = [r for r in results if r["event"] == "speech" and not np.isnan(r["error_ms"])]
    errors = [abs(r["error_ms"]) for r in speech]
    # The bell as recorded: the level the app plays it at (every built-in cue is at
    # synth.TARGET_RMS_DB, times the bell channel's volume) through the path the pilot
    # measured. Bells are tonal, so their level is not read back by correlation.
    bell_db = synth.TARGET_RMS_DB + 20 * np.log10(bell_volume) + path_gain_db
    figures = {
        "speech_onset_err_p99_ms": percentile(errors, 99),
        "first_line_late_ms": speech[0]["error_ms"] if speech else float("nan"),
        "peak_dbfs": 20 * np.log10(max(float(np.abs(masked).max()), 1e-9)),
        "speech_minus_bell_db": float(np.median([r["level_db"] for r in speech])) - bell_db
        if speech else float("nan"),
        "lines": len(speech),
        "dispatch_late_p99_ms": percentile([r["dispatch_late_ms"] for r in results], 99),
        "pilot_late_p99_ms": percentile(list((pilot[:, 1] - slope * pilot[:, 0] - intercept)
                                             * 1000), 99),
        "drift_ms_per_min": slope * 60000,
    }
    return {"figures": figures, "cues": results}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--render-only", action="store_true")
    parser.add_argument("--record-only", action="store_true")
    parser.add_argument("--lines", type=int, default=None, help="render only the first N lines")
    parser.add_argument("--seconds", type=float, default=95.0, help="how long to record")
    parser.add_argument("--json", type=Path, help="write the per-cue results here")
    parser.add_argument("--keep", type=Path, help="record into this folder and keep it")
    args = parser.parse_args()
    if not args.record_only:
        for row in render_figures(limit=args.lines):
            print(row, flush=True)
    if args.render_only:
        return 0
    missing = capture_missing()
    if missing:
        print(f"# no recording: {missing}")
        return 0
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = record(args.keep, args.seconds)
    else:
        with tempfile.TemporaryDirectory(prefix="anapana-speech-") as folder:
            result = record(Path(folder), args.seconds)
    for row in result["cues"]:
        print(f"# {row['event']:7s} at {row['at_s']:7.2f} s  onset error {row['error_ms']:+7.2f} ms"
              f"  level {row['level_db']:6.2f} dBFS  play call {row['dispatch_late_ms']:+6.2f} ms")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    print(figures_line(result["figures"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
