"""How often the resonance assessment finds a simulated subject's resonance rate.

For each resonance rate 4.5, 5, 5.5, 6 and 6.5 breaths a minute, `--subjects` simulated
people (anapana.hr.simulate, with ectopic, missed and extra beats) breathe through the
bundled resonance-rate finder; `assess` recommends a rate for each. A hit is the
recommendation equal to the subject's resonance; `near` counts recommendations within
one step (0.5 breaths a minute). Seeds are fixed, so the figures repeat exactly.

    python bench/hr_assessment.py [--subjects 50]
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time

from _util import figures_line
from anapana.core.library import find, scan
from anapana.hr.assessment import assess
from anapana.hr.simulate import simulate_rr
from anapana.paths import bundled_sessions_dir

RESONANCES = (4.5, 5.0, 5.5, 6.0, 6.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=50, help="subjects per resonance rate")
    args = parser.parse_args()
    entry = find(scan([(bundled_sessions_dir(), "bundled")]), "resonance-rate-finder")
    assert entry is not None and entry.loaded is not None
    plan = entry.loaded.plan

    figures: dict[str, float] = {}
    hits_total = near_total = count = 0
    corrected: list[int] = []
    started = time.perf_counter()
    print(f"{'resonance':>9}  {'hits':>9}  {'near':>9}  recommended (count)")
    for index, resonance in enumerate(RESONANCES):
        picks: collections.Counter[float | None] = collections.Counter()
        for subject in range(args.subjects):
            rr = simulate_rr(plan, resonance, seed=10_000 * (index + 1) + subject)
            result = assess(rr, plan)
            picks[result.best_per_min] += 1
            corrected.append(result.artifacts_corrected)
        hits = picks[resonance]
        near = sum(n for rate, n in picks.items()
                   if rate is not None and abs(rate - resonance) <= 0.5 + 1e-9)
        hits_total += hits
        near_total += near
        count += args.subjects
        shown = ", ".join(f"{rate:g}: {n}" if rate is not None else f"none: {n}"
                          for rate, n in sorted(picks.items(), key=lambda kv: kv[0] or 0))
        print(f"{resonance:>9g}  {hits:>4}/{args.subjects:<4}  {near:>4}/{args.subjects:<4}  "
              f"{shown}")
        figures[f"hit_rate_{resonance:g}"] = hits / args.subjects
    elapsed = time.perf_counter() - started
    line = {"subjects": float(count), "hit_rate": hits_total / count,
            **figures, "near_rate": near_total / count,
            "artifacts_corrected_mean": statistics.fmean(corrected),
            "ms_per_subject": 1000.0 * elapsed / count}
    print(figures_line(line))


if __name__ == "__main__":
    main()
