#!/usr/bin/env python3
"""How late cue dispatch is: a 60-s schedule of cues through each sound backend.

For every backend that can run here, a subprocess plays a cue every 1–2 s (a fixed
random schedule of breath cues, steps and bowls) through `CueScheduler`, and reports
how long after each cue's plan time its play call returned. simpleaudio plays into a
null ALSA device (a temp HOME whose `.asoundrc` says `pcm.!default { type null }`); Qt
plays into a private PulseAudio null sink, when pulseaudio is installed.

Each backend ends with one line:
  backend=NAME cues=N dispatch_p50_ms=… dispatch_p99_ms=… dispatch_max_ms=…
Targets: p99 ≤ 5 ms, max ≤ 10 ms. `--seconds 10` for a quick run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _util import figures_line, percentile, verdict

ROOT = Path(__file__).resolve().parent.parent
TARGET_P99_MS = 5.0
TARGET_MAX_MS = 10.0
SOUNDS = [
    ("rise", "inhale"),
    ("fall", "exhale"),
    ("chime", "step"),
    ("bowl", "bell"),
    ("in", "inhale"),
    ("out", "exhale"),
    ("tick", "hold"),
]


def schedule(seconds: float) -> list[tuple[float, str, str]]:
    rng = random.Random(7)
    cues, at = [], 0.5
    while at < seconds:
        sound, event = rng.choice(SOUNDS)
        cues.append((round(at, 3), sound, event))
        at += rng.uniform(1.0, 2.0)
    return cues


def child(backend: str, seconds: float) -> int:
    """Runs inside the prepared environment; prints the lateness list as JSON."""
    sys.path.insert(0, str(ROOT / "src"))
    from anapana.core.plan import PlanCue
    from anapana.sound.backends import open_output
    from anapana.sound.cues import CuePlayed, CueScheduler

    app = None
    if backend == "qt":
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication([])
    notices: list[str] = []
    output = open_output(backend, on_notice=notices.append)
    if output.name != backend:
        print(json.dumps({"error": f"{backend} did not open: {notices}"}))
        return 1
    late: list[float] = []
    sounds: list[str] = []
    cues = [PlanCue(at, sound, event) for at, sound, event in schedule(seconds)]  # type: ignore[arg-type]

    def on_played(played: CuePlayed) -> None:
        late.append(played.late_s)
        sounds.append(played.cue.sound)

    scheduler = CueScheduler(output, on_played=on_played)
    scheduler.preload(cues)
    start = time.monotonic() + 0.5
    scheduler.schedule(cues, lambda at_s: start + at_s)
    end_in_s = seconds + 1.0
    if app is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(round(end_in_s * 1000), app.quit)
        app.exec()
    else:
        time.sleep(end_in_s)
    scheduler.close()
    output.close()
    print(json.dumps({"late_s": late, "sounds": sounds, "expected": len(cues)}))
    return 0


def run_child(backend: str, seconds: float, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", backend, "--seconds", str(seconds)],
        env=env,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    lines = done.stdout.strip().splitlines()
    if not lines:
        return {"error": f"exit {done.returncode}: {done.stderr.strip()[-500:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def simpleaudio_env(tmp: Path) -> dict[str, str] | str:
    try:
        import simpleaudio  # noqa: F401
    except ImportError:
        return "simpleaudio is not installed"
    home = tmp / "alsa-home"
    home.mkdir()
    (home / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    return {**os.environ, "HOME": str(home)}


def start_pulse(tmp: Path) -> tuple[dict[str, str], subprocess.Popen[bytes]] | str:
    if not shutil.which("pulseaudio") or not shutil.which("pactl"):
        return "pulseaudio is not installed"
    home, run = tmp / "pulse-home", tmp / "pulse-run"
    (home / ".config" / "pulse").mkdir(parents=True)
    run.mkdir(mode=0o700)
    (home / ".config" / "pulse" / "client.conf").write_text("autospawn = no\n")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(run),
        "PULSE_SERVER": f"unix:{run}/pulse/native",
        "QT_QPA_PLATFORM": "offscreen",
    }
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--load=module-null-sink sink_name=nullsink rate=44100 channels=2",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            return env, daemon
        time.sleep(0.05)
    daemon.terminate()
    daemon.wait()
    return "pulseaudio did not start"


def report(backend: str, result: dict[str, Any]) -> None:
    if "error" in result:
        print(f"{backend}: not measured ({result['error']})")
        return
    late_ms = [1000 * float(x) for x in result["late_s"]]
    worst = sorted(zip(late_ms, result["sounds"], strict=True), reverse=True)[:3]
    print(f"{backend}: latest cues " + ", ".join(f"{s} {ms:.2f} ms" for ms, s in worst))
    p99, peak = percentile(late_ms, 99), max(late_ms)
    print(
        f"{backend}: p99 {verdict(p99, TARGET_P99_MS)} (target {TARGET_P99_MS} ms), "
        f"max {verdict(peak, TARGET_MAX_MS)} (target {TARGET_MAX_MS} ms)"
    )
    missed = int(result["expected"]) - len(late_ms)
    figures = {
        "dispatch_p50_ms": percentile(late_ms, 50),
        "dispatch_p99_ms": p99,
        "dispatch_max_ms": peak,
    }
    print(f"backend={backend} cues={len(late_ms)} missed={missed} " + figures_line(figures))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--backend", choices=["simpleaudio", "qt"], action="append")
    parser.add_argument("--child", choices=["simpleaudio", "qt"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.seconds)
    backends = args.backend or ["simpleaudio", "qt"]
    with tempfile.TemporaryDirectory(prefix="anapana-bench-audio-") as folder:
        tmp = Path(folder)
        if "simpleaudio" in backends:
            env = simpleaudio_env(tmp)
            if isinstance(env, str):
                print(f"simpleaudio: skipped ({env})")
            else:
                report("simpleaudio", run_child("simpleaudio", args.seconds, env))
        if "qt" in backends:
            started = start_pulse(tmp)
            if isinstance(started, str):
                print(f"qt: skipped ({started})")
            else:
                env, daemon = started
                try:
                    report("qt", run_child("qt", args.seconds, env))
                finally:
                    daemon.terminate()
                    daemon.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
