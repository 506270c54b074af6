"""Start-up time against a bare PySide6 window.

    .venv/bin/python bench/startup.py [--runs 7]

Re-runs itself under `xvfb-run -a -s "-screen 0 1280x800x24"` (QT_QPA_PLATFORM=xcb)
when there is no display. In one run it alternates fresh processes of

- a bare window: `QApplication` + `QMainWindow` (1100×720) shown, quitting at its first
  paint, and
- `python -m anapana` with `ANAPANA_STARTUP_PROBE=1`, which prints the monotonic clock
  at the window's first paint (with the rows its library list held then), as the
  library list's first paint *with sessions in it* ends, and once the plan preview
  (built after the list) has been painted, then quits in order,

each timed from just before the process is started (the same monotonic clock), and
prints medians and ratios.

The target (issue 14) is "the library visible in the first paint or right after", so
the headline `startup_ratio` is **the library list painted with its sessions** against
the bare window's first paint: a first paint of an empty window does not count.
`first_paint_ratio` is the app window's own first paint against it, and
`first_paint_list_rows` the fewest list rows (sessions and group headings) any run had
in that first paint: above 0 means the library was in the first paint in every run.
`preview_ratio` is the plan preview's. The user folder is shared by the app's runs and
warmed first, as a user's would be (the plan cache filled, bytecode compiled: the runs
write bytecode to a scratch folder even where PYTHONDONTWRITEBYTECODE is set).

Memory is `bench/memory.py`'s (`--no-rss` is still accepted, and changes nothing). Ends
with one `key=value` line; `load_avg` is the 1-minute load average when the run ended, a
reminder of how busy the machine was.
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

from _util import bare_window_script, figures_line, rerun_under_xvfb, verdict

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3

BARE = bare_window_script('f"anapana: painted at={time.monotonic():.6f}"', quit_when_shown=True)


# A start right after another process's exit pays for its tear-down (X server, page
# cache, CPU caches): each start waits this long first, so neither side pays it.
SETTLE_S = 0.5


def _marks(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting `command` to each `anapana: NAME at=T` line it prints."""
    time.sleep(SETTLE_S)
    start = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("anapana: ") and " at=" in line:
            name = line[len("anapana: "):].split(" at=")[0]
            stamp = float(line.split(" at=")[1].split()[0])
            marks[name] = stamp - start
            if name == "painted":
                rows = line.partition(" list_rows=")[2].split()
                marks["painted list_rows"] = float(rows[0]) if rows else 0.0
    if done.returncode != 0 or not marks:
        tail = done.stderr.strip().splitlines()[-5:]
        raise RuntimeError(f"{command[-1]} exited {done.returncode}: {tail}")
    return marks


def _home(base: Path, settings: str) -> dict[str, str]:
    """An environment with its own user folder and a null ALSA device."""
    base.mkdir(parents=True, exist_ok=True)
    (base / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    config = base / "anapana" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text(settings)
    env = dict(os.environ, HOME=str(base), ANAPANA_HOME=str(base / "anapana"),
               XDG_RUNTIME_DIR=str(base))
    # Bytecode as an installed app has it (pip compiles on install): with
    # PYTHONDONTWRITEBYTECODE set (as on the development machines) every one of the
    # app's modules would be compiled again in every run, and the bare window has none.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(base.parent / "bytecode")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"),
                                                      env.get("PYTHONPATH")]))
    return env


def measure_startup(runs: int, scratch: Path) -> dict[str, float]:
    env = _home(scratch / "start", "[sound]\nbackend=silent\n")
    probe = dict(env, ANAPANA_STARTUP_PROBE="1")
    app = [sys.executable, "-m", "anapana"]
    bare = [sys.executable, "-c", BARE]
    _marks(bare, env)  # warm the disk cache,
    _marks(app, probe)  # the plan cache and bytecode
    bare_s: list[float] = []
    painted_s: list[float] = []
    library_s: list[float] = []
    preview_s: list[float] = []
    rows: list[float] = []
    for run in range(runs):
        # A start right after the app's start runs 60-100 ms slower here than one right
        # after the bare window's, so the order alternates: neither side always follows.
        if run % 2 == 0:
            bare_s.append(_marks(bare, env)["painted"])
        marks = _marks(app, probe)
        if run % 2 == 1:
            bare_s.append(_marks(bare, env)["painted"])
        painted_s.append(marks["painted"])
        rows.append(marks["painted list_rows"])
        library_s.append(marks["library shown"])
        preview_s.append(marks["preview shown"])
    base = statistics.median(bare_s)
    return {
        "preview_shown_s": statistics.median(preview_s),
        "preview_ratio": statistics.median(preview_s) / base,
        "bare_s": base,
        "first_paint_s": statistics.median(painted_s),
        "library_shown_s": statistics.median(library_s),
        "startup_ratio": statistics.median(library_s) / base,
        "first_paint_ratio": statistics.median(painted_s) / base,
        "startup_ratio_best": min(library_s) / min(bare_s),
        "first_paint_list_rows": min(rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="processes of each (default 7)")
    parser.add_argument("--no-rss", action="store_true",
                        help="accepted for older notes: memory is bench/memory.py's")
    args = parser.parse_args()

    if (code := rerun_under_xvfb(__file__)) is not None:
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    print(f"display {os.environ.get('DISPLAY')}, python {sys.version.split()[0]}, "
          f"{args.runs} runs each")

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="anapana-bench-") as folder:
        scratch = Path(folder)
        start = measure_startup(max(args.runs, 1), scratch)
        print(f"bare window, first paint (median)     {start['bare_s'] * 1000:8.1f} ms")
        rows = start["first_paint_list_rows"]
        print(f"anapana, first paint (median)         {start['first_paint_s'] * 1000:8.1f} ms"
              f"  ×{start['first_paint_ratio']:.2f}  "
              + (f"library in it in every run (≥ {rows:.0f} rows)" if rows > 0
                 else "library NOT in it in every run"))
        print(f"anapana, library list painted with its sessions (median)"
              f" {start['library_shown_s'] * 1000:8.1f} ms"
              f"  ×{start['startup_ratio']:.2f}  target ≤ {TARGET_RATIO}: "
              f"{verdict(start['startup_ratio'], TARGET_RATIO)}")
        print(f"anapana, plan preview shown (median) {start['preview_shown_s'] * 1000:8.1f} ms"
              f"  ×{start['preview_ratio']:.2f}")
        figures.update(startup_ratio=start["startup_ratio"],
                       preview_ratio=start["preview_ratio"],
                       first_paint_ratio=start["first_paint_ratio"],
                       startup_ratio_best=start["startup_ratio_best"],
                       first_paint_list_rows=start["first_paint_list_rows"],
                       bare_ms=start["bare_s"] * 1000,
                       first_paint_ms=start["first_paint_s"] * 1000,
                       library_shown_ms=start["library_shown_s"] * 1000,
                       preview_shown_ms=start["preview_shown_s"] * 1000)
    figures["load_avg"] = os.getloadavg()[0]
    print()
    print(figures_line(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
