"""Thousands of seeded mutants of the bundled and broken session files: every one is
accepted or refused with clear problems, never a traceback (issue 9, fuzz test).

`bench/fuzz_sessions.py` runs the same mutator for longer and prints the figures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.session_mutants import SEEDS, run

MUTANTS = 3000
SEED = int(os.environ.get("ANAPANA_FUZZ_SEED", "20261130"))


def test_the_seeds_are_the_bundled_and_broken_files() -> None:
    names = {p.parent.name for p in SEEDS}
    assert names == {"sessions", "broken"} and len(SEEDS) > 80


@pytest.mark.timeout(240)
def test_thousands_of_mutants_are_accepted_or_refused_cleanly(tmp_path: Path) -> None:
    figures = run(MUTANTS, SEED, tmp_path)
    print(f"mutants={figures.mutants} refused={figures.refused} accepted={figures.accepted} "
          f"tracebacks={len(figures.tracebacks)} slowest_ms={figures.slowest_s * 1000:.1f} "
          f"({figures.slowest_name})")
    assert figures.mutants == MUTANTS
    assert figures.tracebacks == []
    assert figures.catch_all == []
    assert figures.multi_line == []
    assert figures.misplaced == [], "problems at 1:1 that are not about the whole file"
    assert figures.refused > 0 and figures.accepted > 0
    # Not a timing target (that is the bench's slowest_ms): a guard against a hang.
    assert figures.slowest_s < 10, figures.slowest_name
