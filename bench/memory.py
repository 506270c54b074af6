"""Resident memory while playing, against a bare PySide6 window in the same run.

    .venv/bin/python bench/memory.py [--seconds 25] [--modules] [--pieces]

Re-runs itself under `xvfb-run -a -s "-screen 0 1280x800x24"` (QT_QPA_PLATFORM=xcb)
when there is no display. Each figure is one fresh process with its own user folder
and a null ALSA device (sound is mixed and played as on a machine with a sound card):

- `bare`: `QApplication` + a shown `QMainWindow` (1100×720), the floor any PySide6
  window pays;
- `box` and `bodyscan`: `python -m anapana` opens on the library (its list and plan
  preview painted), and after `--library-s` seconds a second `anapana run ID
  --no-checkin` hands the session to it, as a user picking it would; it plays (the body
  scan with spoken guidance by espeak-ng when it is installed);
- `bodyscan_piper` (with `piper-tts` and `onnx` installed): the body scan again, on a
  first run, with a Piper voice installed in its user folder. The voice is the tests'
  tiny generated model (`tests/piper_model.py`, Piper's signature, a few KB: a real
  voice's 20–65 MB model would add its own weight wherever the model is loaded).

The resident memory (VmRSS) is sampled every 0.2 s for `--seconds` once the session is
handed over (the bare window: once shown): `rss_*_mb` is the median of the last half
(steady), `rss_*_peak_mb` the highest sample; `worker_*_peak_mb` is the highest RSS of
the app's speech render worker (0 where there is none). At the end of
each run the process writes the modules it holds; `--modules` prints the heavy ones
that are loaded (numpy, pyqtgraph, Qt Multimedia, Qt Text to Speech, simpleaudio, piper,
onnxruntime). `--pieces` also measures, each in a fresh
process over a bare `QApplication`, what importing each heavy piece adds to the RSS.
`--src DIR` measures another checkout's `src` (e.g. main's, for a before/after in one
run). Ends with one `key=value` line.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _util import bare_window_script, figures_line, rerun_under_xvfb, rss_kb, verdict

ROOT = Path(__file__).resolve().parent.parent
TARGET_RSS_MB = 120.0
HEAVY = ("numpy", "pyqtgraph", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
         "simpleaudio", "piper", "onnxruntime", "scipy", "pydantic", "yaml")

BARE = bare_window_script('"anapana: shown"', quit_when_shown=False)

APP = r"""
import atexit, os, sys
def _modules():
    with open(os.environ["MEMORY_MODULES_OUT"], "w") as out:
        out.write("\n".join(sorted(sys.modules)))
atexit.register(_modules)
from anapana.cli import main
sys.argv = ["anapana", *sys.argv[1:]]
code = main()
_modules()
sys.exit(code)
"""

PIECES = {
    "numpy": "import numpy",
    "pyqtgraph": "import pyqtgraph",
    "qtmultimedia": "from PySide6.QtMultimedia import QAudioSink, QMediaDevices",
    "qttexttospeech": "from PySide6.QtTextToSpeech import QTextToSpeech",
    "simpleaudio": "import simpleaudio",
    "piper": "import piper",
}
PIECE = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
before = rss()
try:
    exec(sys.argv[1])
except Exception as error:
    print(f"failed {error!r}")
    sys.exit(0)
print(f"added={rss() - before:.1f}")
"""


def _home(base: Path, src: Path) -> dict[str, str]:
    """An environment with its own user folder, a null ALSA device and sound on."""
    base.mkdir(parents=True, exist_ok=True)
    (base / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    config = base / "anapana" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text("[sound]\nbackend=auto\nspeak_guidance=true\n")
    env = dict(os.environ, HOME=str(base), ANAPANA_HOME=str(base / "anapana"),
               XDG_RUNTIME_DIR=str(base), ANAPANA_REPORT_SHOWN="1",
               MEMORY_MODULES_OUT=str(base / "modules.txt"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src),
                                                      env.get("PYTHONPATH")]))
    return env


def _rollup(pid: int) -> dict[str, float]:
    """Anonymous and file-backed resident MB (smaps_rollup), where the kernel has it."""
    found: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("Anonymous", "Rss"):
                found[key] = int(rest.split()[0]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return found


def children_kb(pid: int) -> int:
    """The resident KiB of `pid`'s speech render worker. Other children are left out: a
    child caught between fork and exec (espeak-ng, for one) shows the app's own pages."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                if b"render_worker" in Path(f"/proc/{child}/cmdline").read_bytes():
                    total += rss_kb(int(child)) or 0
    except (OSError, ValueError):
        pass
    return total


def install_test_voice(env: dict[str, str]) -> bool:
    """The tests' tiny Piper-signature model installed in this run's user folder."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from tests.piper_model import write_voice

        from anapana.sound.tts.piper import piper_installed
        from anapana.sound.tts.voice_store import VoiceStore
    except ImportError:
        return False
    if not piper_installed():
        return False
    folder = Path(env["ANAPANA_HOME"])
    VoiceStore(folder / "data" / "voices").add_local(write_voice(folder / "piper-in"))
    return True


def measure(command: list[str], env: dict[str, str], seconds: float,
            then: list[str] | None = None,
            library_s: float = 0.0) -> tuple[float, float, dict[str, float], set[str]]:
    """(peak, steady) resident MB, the last smaps roll-up (plus `children_peak`, MB) and
    the modules held; with `then`, that command runs `library_s` after the window is
    shown, before sampling."""
    modules_file = Path(env["MEMORY_MODULES_OUT"])
    modules_file.unlink(missing_ok=True)
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    process.stdout.readline()  # "anapana: shown"
    if then is not None:
        time.sleep(library_s)
        subprocess.run(then, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=120, check=False)
    samples: list[float] = []
    rollup: dict[str, float] = {}
    children_peak = 0.0
    end = time.monotonic() + seconds
    while time.monotonic() < end and process.poll() is None:
        kb = rss_kb(process.pid)
        if kb is not None:
            samples.append(kb / 1024)
        children_peak = max(children_peak, children_kb(process.pid) / 1024)
        rollup = _rollup(process.pid) or rollup
        time.sleep(0.2)
    rollup = {**rollup, "children_peak": children_peak}
    process.terminate()  # an orderly quit (SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    modules = set(modules_file.read_text().split()) if modules_file.exists() else set()
    if not samples:
        return float("nan"), float("nan"), rollup, modules
    return max(samples), statistics.median(samples[len(samples) // 2:]), rollup, modules


def heavy_loaded(modules: set[str]) -> list[str]:
    return [name for name in HEAVY
            if any(m == name or m.startswith(name + ".") for m in modules)]


def pieces(env: dict[str, str]) -> dict[str, float]:
    added: dict[str, float] = {}
    for name, statement in PIECES.items():
        done = subprocess.run([sys.executable, "-c", PIECE, statement], env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        line = done.stdout.strip().splitlines()[-1:] or ["failed"]
        print(f"  import {name:<16} {line[0]}")
        if line[0].startswith("added="):
            added[f"import_{name}_mb"] = float(line[0].split("=")[1])
    return added


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=25.0,
                        help="seconds each process is sampled once shown (default 25)")
    parser.add_argument("--modules", action="store_true",
                        help="list the heavy modules each run held")
    parser.add_argument("--library-s", type=float, default=6.0,
                        help="seconds on the library before a session is picked (default 6)")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the source folder to measure (default this checkout's)")
    parser.add_argument("--pieces", action="store_true",
                        help="measure what importing each heavy piece costs")
    args = parser.parse_args()

    if (code := rerun_under_xvfb(__file__)) is not None:
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    print(f"display {os.environ.get('DISPLAY')}, python {sys.version.split()[0]}, "
          f"{args.seconds:g} s each, measuring {args.src}")

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="anapana-memory-") as folder:
        scratch = Path(folder)
        env = _home(scratch, args.src.resolve())
        app = [sys.executable, "-c", APP]
        picked = {"box": "box-breathing", "bodyscan": "body-scan-45",
                  "bodyscan_piper": "body-scan-45"}
        # Warm the plan cache and bytecode as a user's would be.
        measure([*app, "run", "box-breathing", "--no-checkin"], env, 2.0)
        for label in ("bare", "box", "bodyscan", "bodyscan_piper"):
            if label == "bodyscan_piper":
                if not install_test_voice(env):
                    print("RSS bodyscan_piper: skipped (piper-tts or onnx is not installed)")
                    break
                print("bodyscan_piper speaks with the tests' tiny Piper model")
            if label == "bare":
                command, then = [sys.executable, "-c", BARE], None
            else:
                command = app
                then = [sys.executable, "-m", "anapana", "run", picked[label], "--no-checkin"]
            peak, steady, rollup, modules = measure(command, env, args.seconds, then,
                                                    args.library_s)
            anon = rollup.get("Anonymous", float("nan"))
            worker = rollup.get("children_peak", 0.0)
            print(f"RSS {label:<9} peak {peak:6.1f} MB, steady {steady:6.1f} MB "
                  f"(anonymous {anon:6.1f} MB, its render worker's peak {worker:5.1f} MB)"
                  + ("" if label == "bare" else
                     f"  target ≤ {TARGET_RSS_MB:g}: {verdict(steady, TARGET_RSS_MB)}"))
            if args.modules and label != "bare":
                print(f"  {len(modules)} modules; heavy ones held: "
                      f"{', '.join(heavy_loaded(modules)) or 'none'}")
            figures[f"rss_{label}_mb"] = steady
            figures[f"rss_{label}_peak_mb"] = peak
            figures[f"anon_{label}_mb"] = anon
            if label != "bare":
                figures[f"worker_{label}_peak_mb"] = worker
            if label == "bodyscan_piper":
                figures["onnxruntime_in_app"] = float("onnxruntime" in modules)
        figures["box_over_bare"] = figures["rss_box_mb"] / figures["rss_bare_mb"]
        if args.pieces:
            print("what each heavy import adds over a bare QApplication:")
            figures.update(pieces(env))
    figures["load_avg"] = os.getloadavg()[0]
    print()
    print(figures_line(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
