"""How the history holds up after about 30 years of practice (100,000 practices).

Fills a temporary log (9 practices a day, with check-ins and some notes), then
measures: opening the history view with every chart drawn (offscreen, shown and
processed), the totals query, the 99th-percentile checkpoint write during a session,
and the file size. Targets: open_history_ms <= 300, summary_ms <= 30,
checkpoint_p99_ms <= 2. Ends with one line of key=value figures.

    PYTHONPATH=src python bench/history.py [--practices 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.fakes

from tests.fakes import FakeClock

from anapana.core.clock import SYSTEM_CLOCK
from anapana.log import CheckIn, Practice, PracticeLog, Recorder, history
from anapana.log.opening import open_log

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
TITLES = ("Box breathing", "Evening unwind", "Resonance breathing", "Body scan", "Silent sit")


def fill(log: PracticeLog, count: int) -> None:
    rnd = random.Random(7)
    zone = timezone(timedelta(hours=1))
    per_day = 9
    batch: list[Practice] = []
    for n in range(count):
        back_days, slot = divmod(n, per_day)
        start = (
            (NOW - timedelta(days=back_days))
            .astimezone(zone)
            .replace(hour=6 + slot, minute=rnd.randrange(60))
        )
        minutes = rnd.choice((3, 5, 10, 15, 20, 30))
        end = start + timedelta(minutes=minutes)
        batch.append(
            Practice(
                uuid=f"bench-{n:09d}",
                session=TITLES[n % len(TITLES)].lower().replace(" ", "-"),
                title=TITLES[n % len(TITLES)],
                sha256="ab" * 32,
                started_at=start,
                planned_s=minutes * 60,
                practised_s=minutes * 60,
                status="completed",
                ended_at=end,
                last_seen_at=end,
                updated_at=end,
                before=CheckIn(rnd.randint(1, 4), ("tired",) if rnd.random() < 0.3 else ()),
                after=CheckIn(rnd.randint(2, 5), ("calm",) if rnd.random() < 0.5 else ()),
                note="Noticed the breath slowing down. " * rnd.randint(1, 4)
                if rnd.random() < 0.2
                else "",
            )
        )
        if len(batch) == 10_000:
            log.save_many(batch)
            batch = []
    if batch:
        log.save_many(batch)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--practices", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from anapana.app.history.view import HistoryView  # pyqtgraph import is not measured

    with tempfile.TemporaryDirectory(prefix="anapana-bench-") as folder:
        path = Path(folder) / "log.sqlite3"
        clock = FakeClock(NOW, timedelta(hours=1))
        log, _ = open_log(path, clock, [])
        began = time.perf_counter()
        fill(log, args.practices)
        fill_s = time.perf_counter() - began
        log.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        log.close()

        began = time.perf_counter()
        log, _ = open_log(path, clock, [])
        open_log_ms = (time.perf_counter() - began) * 1000

        summaries = []
        for _ in range(20):
            began = time.perf_counter()
            history.totals(log)
            summaries.append((time.perf_counter() - began) * 1000)
        totals = history.totals(log)

        opens = []
        for _ in range(5):
            began = time.perf_counter()
            view = HistoryView(log, clock)
            view.resize(1100, 850)
            view.show()
            app.processEvents()
            opens.append((time.perf_counter() - began) * 1000)
            view.close()
            view.deleteLater()
            app.processEvents()

        recorder = Recorder(log, SYSTEM_CLOCK)
        recorder.start(session="bench", title="Bench", sha256="", planned_s=3600)
        checkpoints = []
        for second in range(1, 1001):
            began = time.perf_counter()
            recorder.checkpoint(float(second))
            checkpoints.append((time.perf_counter() - began) * 1000)
        recorder.finish("completed")
        log.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        log.close()

    print(f"practices={totals.sessions} fill_s={fill_s:.1f} open_log_ms={open_log_ms:.1f}")
    print(f"summary_ms median={statistics.median(summaries):.2f} max={max(summaries):.2f}")
    print("open_history_ms runs=" + ",".join(f"{ms:.0f}" for ms in opens))
    print(
        f"checkpoint_ms median={statistics.median(checkpoints):.3f}"
        f" p99={percentile(checkpoints, 0.99):.3f} max={max(checkpoints):.3f}"
    )
    print(
        f"open_history_ms={max(opens):.0f} summary_ms={statistics.median(summaries):.1f}"
        f" checkpoint_p99_ms={percentile(checkpoints, 0.99):.2f} db_mb={size / 1e6:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
