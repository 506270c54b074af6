"""Fuzz the session loader: seeded mutants of the bundled and broken session files.

Each mutant is loaded as the app loads a file. Counted: accepted, refused, tracebacks
(any exception other than a refusal), the catch-all "please report this" message,
problems at 1:1 that are not about the whole file, problems spread over several lines,
and the slowest mutant. Targets: no tracebacks, catch-alls, misplaced or multi-line
problems, and no mutant slower than 1 s.

    python bench/fuzz_sessions.py --mutants 20000 --seed 1
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.session_mutants

from tests.session_mutants import SEEDS, run

from _util import figures_line, verdict

SLOWEST_TARGET_MS = 1000.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mutants", type=int, default=20_000, help="how many (default 20,000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="anapana-fuzz-") as folder:
        figures = run(max(args.mutants, 1), args.seed, Path(folder))
    took = time.perf_counter() - started
    slowest_ms = figures.slowest_s * 1000
    print(f"{len(SEEDS)} seed files, {figures.mutants} mutants in {took:.1f} s (seed {args.seed})")
    for title, found in (("tracebacks", figures.tracebacks), ("catch-all", figures.catch_all),
                         ("misplaced at 1:1", figures.misplaced),
                         ("multi-line", figures.multi_line)):
        print(f"{title}: {len(found)}")
        for line in found[:10]:
            print(f"  {line}")
    print(f"slowest: {slowest_ms:.1f} ms ({figures.slowest_name}), target <= "
          f"{SLOWEST_TARGET_MS:.0f} ms: {verdict(slowest_ms, SLOWEST_TARGET_MS)}")
    counts = {
        "mutants": figures.mutants, "refused": figures.refused, "accepted": figures.accepted,
        "tracebacks": len(figures.tracebacks), "catch_all": len(figures.catch_all),
        "misplaced": len(figures.misplaced), "multi_line": len(figures.multi_line),
    }
    print(" ".join(f"{key}={value}" for key, value in counts.items()),
          figures_line({"slowest_ms": slowest_ms}))
    bad = figures.tracebacks or figures.catch_all or figures.misplaced or figures.multi_line
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
