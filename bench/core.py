"""How fast the Qt-free core is: the player's state, compiling plans, loading the library.

- `state_at`: µs per call of `Player.state_at(t)` over many instants of the largest
  bundled plan (the screen asks this every frame). Target ≤ 20 µs.
- Compiling (`compile_plan` only, the file already read and validated) the 45-minute
  body scan and the bundled plan with the most phases, best of N. Target ≤ 20 ms.
- Loading and validating the whole bundled library in a fresh process, timed from the
  probe's first line (only `time` imported before it) to after `scan()`: every import
  it needs counts (pathlib, json, pydantic and PyYAML when used), the interpreter's own
  start does not; it is printed beside (`interpreter_start_ms`, a bare `python -c pass`
  from spawn to exit, and `library_process_ms`, the warm probe from spawn to exit).
  Median of several processes: without the plan cache, with it empty (cold) and filled
  (warm). Target warm ≤ 50 ms. The children use bytecode caches as an installed app
  does (PYTHONDONTWRITEBYTECODE is dropped for them; the caches go to a temporary
  PYTHONPYCACHEPREFIX that the first, untimed run fills), and the session files are
  older than the plan cache's racy window (`plan_cache.RACY_NS`), as a user's are.
- The same for 500 user sessions (copies of the bundled ones). Target warm ≤ 150 ms.
- A synthetic 10,000-phase plan (the format's limit): compile, load, building its
  `Player`, and `state_at`.

    python bench/core.py [--calls 200000] [--repeat 5] [--processes 7]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _util import figures_line, verdict
from anapana.core.compile import compile_plan
from anapana.core.library import scan
from anapana.core.loader import LoadedSession, load_session, validate
from anapana.core.plan import Plan
from anapana.core.plan_cache import RACY_NS
from anapana.core.player import Player
from anapana.core.yaml_source import read_source
from anapana.paths import bundled_sessions_dir

TARGET_STATE_AT_US = 20.0
TARGET_COMPILE_MS = 20.0
TARGET_LIBRARY_MS = 50.0
TARGET_LIBRARY_500_MS = 150.0
USER_SESSIONS = 500

LIBRARY_PROBE = """
import time
t0 = time.perf_counter()
import sys
from pathlib import Path
import anapana.core.library as library
from anapana.paths import bundled_sessions_dir
cache = None
if sys.argv[2]:
    from anapana.core.plan_cache import PlanCache
    cache = PlanCache(Path(sys.argv[2]))
t1 = time.perf_counter()
folder = Path(sys.argv[1]) if sys.argv[1] else bundled_sessions_dir()
entries = library.scan([(folder, "bundled")], cache)
t2 = time.perf_counter()
import json
print(json.dumps({"import_s": t1 - t0, "scan_s": t2 - t1, "files": len(entries),
                  "broken": [e.id for e in entries if not e.ok],
                  "pydantic": "pydantic" in sys.modules, "hashlib": "hashlib" in sys.modules}))
"""

SYNTHETIC_10K = """\
title: Ten thousand phases
segments:
  - breathe: Ramped pace
    pace: {from: 30, to: 25}
    cycles: 5000
"""


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The shortest of `repeat` timings of `action`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - t0)
    return best


def state_at_us(plan: Plan, calls: int, repeat: int) -> float:
    """µs per `state_at` call, over `calls` instants spread across the whole plan."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fakes import FakeClock  # standing at 0 s, so plan time is clock time

    player = Player(plan, clock=FakeClock(seconds=0.0))
    player.start()
    span = plan.total_s
    instants = [span * i / calls for i in range(calls)]
    state_at = player.state_at

    def sweep() -> None:
        for t in instants:
            state_at(t)

    return best_of(repeat, sweep) / calls * 1e6


def compile_ms(path: Path, repeat: int) -> float:
    """Best time of `compile_plan` alone, the file already read and validated."""
    source = read_source(path)
    session = validate(source)
    return best_of(repeat, lambda: compile_plan(session, source, path.stem)) * 1000.0


def load_ms(path: Path, repeat: int) -> float:
    """Best time of reading, validating and compiling one file (`load_session`)."""
    return best_of(repeat, lambda: load_session(path)) * 1000.0


def child_environment(bytecode: Path) -> dict[str, str]:
    """The children's environment: bytecode caches written and read (in `bytecode`)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def interpreter_start_ms(processes: int, env: dict[str, str]) -> float:
    """Median wall time of a bare `python -c pass`, spawn to exit (after one warm-up)."""
    times = []
    for i in range(processes + 1):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
        if i > 0:
            times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000.0


def library_in_fresh_process(
    processes: int, env: dict[str, str], folder: Path | None = None, cache: Path | None = None,
    cold: bool = False,
) -> tuple[list[dict[str, float]], list[str]]:
    """Time `import` + `scan` of a library in new interpreters (one warm-up).

    With `cache`, through the plan cache in that folder: emptied before each run when
    `cold`, else filled by the warm-up run. `process_s` is the child's wall time, spawn
    to exit, interpreter start included.
    """
    results: list[dict[str, float]] = []
    broken: list[str] = []
    for i in range(processes + 1):
        if cold and cache is not None:
            shutil.rmtree(cache, ignore_errors=True)
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", LIBRARY_PROBE, str(folder or ""), str(cache or "")],
            check=True, capture_output=True, text=True, env=env,
        )
        process_s = time.perf_counter() - t0
        data = json.loads(done.stdout.strip().splitlines()[-1])
        broken = data["broken"]
        if i > 0:  # the first run writes bytecode caches; the app's users have them
            results.append(
                {"import_s": data["import_s"], "scan_s": data["scan_s"], "files": data["files"],
                 "pydantic": float(data["pydantic"]), "hashlib": float(data["hashlib"]),
                 "process_s": process_s}
            )
    return results, broken


def median_ms(runs: list[dict[str, float]]) -> float:
    return statistics.median(r["import_s"] + r["scan_s"] for r in runs) * 1000.0


def process_ms(runs: list[dict[str, float]]) -> float:
    return statistics.median(r["process_s"] for r in runs) * 1000.0


def user_library(folder: Path, count: int) -> None:
    """`count` distinct user sessions, copies of the bundled ones with their own titles."""
    sources = [p.read_text(encoding="utf-8") for p in sorted(bundled_sessions_dir().glob("*.yaml"))]
    for i in range(count):
        text = sources[i % len(sources)].replace("title:", f"# copy {i}\ntitle:", 1)
        (folder / f"mine-{i:03d}.yaml").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--calls", type=int, default=200_000, help="state_at calls per sweep (default 200,000)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help="best of this many sweeps and compiles (default 5)",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=7,
        help="fresh processes that load the library (default 7, plus a warm-up)",
    )
    args = parser.parse_args(argv)
    repeat = max(args.repeat, 1)

    library = bundled_sessions_dir()
    entries = scan([(library, "bundled")])
    loaded: list[LoadedSession] = [e.loaded for e in entries if e.loaded is not None]
    largest = max(loaded, key=lambda s: len(s.plan.phases))
    body_scan = library / "body-scan-45.yaml"
    body_scan_plan = load_session(body_scan).plan
    print(
        f"library: {library} ({len(entries)} files, {len(loaded)} valid); "
        f"Python {sys.version.split()[0]}"
    )
    print(
        f"largest bundled plan: {largest.id} ({len(largest.plan.phases)} phases, "
        f"{len(largest.plan.events)} events)\n"
    )

    with tempfile.TemporaryDirectory() as folder:
        synthetic = Path(folder) / "ten-thousand.yaml"
        synthetic.write_text(SYNTHETIC_10K, encoding="utf-8")
        big_plan = load_session(synthetic).plan
        compile_10k = compile_ms(synthetic, repeat)
        load_10k = load_ms(synthetic, repeat)
    fewer = max(args.calls // 4, 1)
    state_largest = state_at_us(largest.plan, args.calls, repeat)
    state_body_scan = state_at_us(body_scan_plan, fewer, repeat)
    state_10k = state_at_us(big_plan, fewer, repeat)
    player_10k = best_of(repeat, lambda: Player(big_plan)) * 1000.0
    compile_body_scan = compile_ms(body_scan, repeat * 4)
    compile_largest = compile_ms(largest.path, repeat * 4)
    load_body_scan = load_ms(body_scan, repeat * 4)
    load_largest = load_ms(largest.path, repeat * 4)
    processes = max(args.processes, 1)
    with tempfile.TemporaryDirectory() as scratch:
        plans, mine = Path(scratch) / "plans", Path(scratch) / "mine"
        mine.mkdir()
        env = child_environment(Path(scratch) / "bytecode")
        bare_start = interpreter_start_ms(processes, env)
        runs, broken = library_in_fresh_process(processes, env)
        cold_runs, _ = library_in_fresh_process(processes, env, cache=plans, cold=True)
        warm_runs, _ = library_in_fresh_process(processes, env, cache=plans)
        user_library(mine, USER_SESSIONS)
        made = time.monotonic()
        few = max(processes // 2, 1)
        user_plain, _ = library_in_fresh_process(few, env, folder=mine)
        user_cold, _ = library_in_fresh_process(few, env, folder=mine, cache=plans / "u",
                                                cold=True)
        # A user's files are older than the cache's racy window (files written just
        # before the cache are hashed until they are not): as old as that, then.
        time.sleep(max(0.0, RACY_NS / 1e9 - (time.monotonic() - made)) + 0.1)
        user_warm, _ = library_in_fresh_process(processes, env, folder=mine, cache=plans / "u")
    pydantic_warm = max(r["pydantic"] for r in warm_runs + user_warm)
    hashed_warm = max(r["hashlib"] for r in warm_runs + user_warm)
    library_total = statistics.median(r["import_s"] + r["scan_s"] for r in runs) * 1000.0
    library_fastest = min(r["import_s"] + r["scan_s"] for r in runs) * 1000.0
    library_import = statistics.median(r["import_s"] for r in runs) * 1000.0
    library_scan = statistics.median(r["scan_s"] for r in runs) * 1000.0

    rows = [
        ("state_at, " + largest.id, state_largest, "µs", TARGET_STATE_AT_US),
        ("state_at, body-scan-45", state_body_scan, "µs", TARGET_STATE_AT_US),
        (f"state_at, 10k phases ({len(big_plan.phases)})", state_10k, "µs", None),
        ("compile, body-scan-45", compile_body_scan, "ms", TARGET_COMPILE_MS),
        ("compile, " + largest.id, compile_largest, "ms", TARGET_COMPILE_MS),
        ("compile, 10k phases", compile_10k, "ms", None),
        ("load (read+validate+compile), body-scan-45", load_body_scan, "ms", None),
        ("load, " + largest.id, load_largest, "ms", None),
        ("load, 10k phases", load_10k, "ms", None),
        ("Player(plan), 10k phases", player_10k, "ms", None),
        (f"library, no cache ({len(runs)} fresh processes)", library_total, "ms", None),
        ("  fastest run", library_fastest, "ms", None),
        ("  of which imports (median)", library_import, "ms", None),
        (f"  of which scan ({int(runs[0]['files'])} files, median)", library_scan, "ms", None),
        ("library, plan cache cold (empty)", median_ms(cold_runs), "ms", None),
        ("library, plan cache warm", median_ms(warm_runs), "ms", TARGET_LIBRARY_MS),
        ("  fastest warm run", min(r["import_s"] + r["scan_s"] for r in warm_runs) * 1000.0,
         "ms", None),
        (f"{USER_SESSIONS} user sessions, no cache", median_ms(user_plain), "ms", None),
        (f"{USER_SESSIONS} user sessions, cache cold", median_ms(user_cold), "ms", None),
        (f"{USER_SESSIONS} user sessions, cache warm", median_ms(user_warm), "ms",
         TARGET_LIBRARY_500_MS),
        ("interpreter start, bare `python -c pass`", bare_start, "ms", None),
        ("library warm, whole process (spawn to exit)", process_ms(warm_runs), "ms", None),
        ("  less the bare interpreter start", process_ms(warm_runs) - bare_start, "ms", None),
    ]
    for label, value, unit, target in rows:
        goal = f"target ≤ {target:g} {unit}: {verdict(value, target)}" if target else ""
        print(f"{label:<48}{value:>10.3f} {unit:<3} {goal}")
    if broken:
        print(f"\nbroken bundled files (listed with problems, still timed): {', '.join(broken)}")

    print()
    print(
        figures_line(
            {
                "state_at_us": state_largest,
                "compile_bodyscan45_ms": compile_body_scan,
                "compile_largest_ms": compile_largest,
                "library_load_ms": median_ms(warm_runs),
                "library_load_warm_min_ms": min(r["import_s"] + r["scan_s"] for r in warm_runs)
                * 1000.0,
                "library_process_ms": process_ms(warm_runs),
                "interpreter_start_ms": bare_start,
                "library_load_cold_ms": median_ms(cold_runs),
                "library_load_nocache_ms": library_total,
                "library_load_500_ms": median_ms(user_warm),
                "library_load_500_cold_ms": median_ms(user_cold),
                "library_load_500_nocache_ms": median_ms(user_plain),
                "pydantic_imported_warm": pydantic_warm,
                "hashlib_imported_warm": hashed_warm,
                "library_import_warm_ms": statistics.median(r["import_s"] for r in warm_runs)
                * 1000.0,
                "compile_10k_ms": compile_10k,
                "state_at_10k_us": state_10k,
                "load_10k_ms": load_10k,
                "player_10k_ms": player_10k,
                "library_load_min_ms": library_fastest,
                "library_import_ms": library_import,
                "library_scan_ms": library_scan,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
