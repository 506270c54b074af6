"""A few months of realistic practice for the History page: several practices a week,
check-ins on most, a few notes, and heart readings on the coherent-breathing sessions.

Deterministic (a seeded random); used by the layout tests and by
`scripts/history_screenshots.py`.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from anapana.log import CheckIn, Practice, PracticeLog
from anapana.log.heart import HeartRecord, save_heart

# (session id, title, minutes, typical mood change): how a person's mix might look.
PRACTICES = (
    ("box-breathing", "Box breathing", 5, 1.0),
    ("body-scan-10", "Body scan, 10 minutes", 10, 1.2),
    ("coherent-breathing-10", "Coherent breathing", 10, 0.8),
    ("silent-sit-20", "Silent sit, 20 minutes", 20, 0.5),
    ("loving-kindness-10", "Loving-kindness, 10 minutes", 10, 1.4),
    ("relaxing-breath-4-7-8", "4-7-8 breathing", 2, 0.3),
)
NOTES = (
    "The jaw let go halfway through.",
    "Restless at first, then the breath slowed by itself.",
    "Hard to sit today; glad I did a short one.",
    "Warmth in the chest during the kind wishes.",
)


def seed_months(log: PracticeLog, now: datetime, days: int = 120, seed: int = 7) -> int:
    """Practices on most of the `days` days before `now` (and today); returns how many."""
    rng = random.Random(seed)
    count = 0
    for back in range(days, -1, -1):
        if rng.random() < 0.3 and back:
            continue  # a day without practice, as most weeks have (today has one)
        for _ in range(1 if rng.random() < 0.8 else 2):
            session, title, minutes, shift = rng.choice(PRACTICES[:4] if back > 60 and
                                                        rng.random() < 0.5 else PRACTICES)
            if back in (12, 40):
                session, title, minutes, shift = PRACTICES[5]
            if title == "4-7-8 breathing" and back not in (12, 40):
                continue  # tried twice: too few to say much
            start = (now - timedelta(days=back)).replace(
                hour=rng.choice((7, 8, 12, 18, 21)), minute=rng.randrange(60), second=0,
                microsecond=0)
            if start > now:
                start = now - timedelta(minutes=minutes + 5)
            practised = minutes * 60 * (1.0 if rng.random() < 0.85 else rng.uniform(0.4, 0.9))
            before = rng.choice((2, 3, 3, 3, 4))
            after = max(1, min(5, round(before + shift + rng.uniform(-1.0, 1.0))))
            checked = rng.random() < 0.85
            practice = Practice(
                uuid=f"seed-{count:06d}", session=session, title=title, sha256="",
                started_at=start, planned_s=minutes * 60.0, last_seen_at=start,
                updated_at=start, practised_s=practised,
                status="completed" if practised >= minutes * 60 else "stopped",
                ended_at=start + timedelta(seconds=practised),
                before=CheckIn(before if checked else None),
                after=CheckIn(after if checked else None, ("calm",) if after >= 4 else ()),
                note=rng.choice(NOTES) if rng.random() < 0.12 else "",
            )  # fmt: skip
            log.save_practice(practice)
            if session == "coherent-breathing-10" and back < 70:
                hr = 68.0 - (70 - back) * 0.08 + rng.uniform(-2, 2)
                rmssd = 32.0 + (70 - back) * 0.2 + rng.uniform(-4, 4)
                save_heart(log, HeartRecord(practice.uuid, "Polar H10", practised, hr, rmssd,
                                            9.0, (880.0,) * 10), now)
            count += 1
    return count
