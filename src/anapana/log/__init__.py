"""The practice log: what was practised, how it felt, and the journal notes.

Qt-free. `PracticeLog.open(path, clock)` gives the log and notices for the user;
`Recorder` writes a practice as it happens; `history` answers the history view's
questions with aggregate queries; `exchange` exports and imports; `commands` is what
the command line calls.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from anapana.log.clock import Clock, FakeClock, SystemClock
    from anapana.log.practice import FEELINGS, MOOD_WORDS, CheckIn, Practice, mood_word
    from anapana.log.recorder import Recorder
    from anapana.log.store import LogUnavailable, Notice, PracticeLog

# Each name is imported on first use: the app's settings read `anapana.log.files` as the
# window opens, which must not bring SQLite and the whole log in with it.
_HOMES = {
    "Clock": "clock", "FakeClock": "clock", "SystemClock": "clock",
    "FEELINGS": "practice", "MOOD_WORDS": "practice", "CheckIn": "practice",
    "Practice": "practice", "mood_word": "practice", "Recorder": "recorder",
    "LogUnavailable": "store", "Notice": "store", "PracticeLog": "store",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'anapana.log' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"anapana.log.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FEELINGS",
    "MOOD_WORDS",
    "CheckIn",
    "Clock",
    "FakeClock",
    "LogUnavailable",
    "Notice",
    "Practice",
    "PracticeLog",
    "Recorder",
    "SystemClock",
    "mood_word",
]
