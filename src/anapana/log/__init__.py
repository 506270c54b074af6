"""The practice log: what was practised, how it felt, and the journal notes.

Qt-free. `PracticeLog.open(path, clock)` gives the log and notices for the user;
`Recorder` writes a practice as it happens; `history` answers the history view's
questions with aggregate queries; `exchange` exports and imports; `commands` is what
the command line calls.
"""

from anapana.log.clock import Clock, FakeClock, SystemClock
from anapana.log.practice import FEELINGS, MOOD_WORDS, CheckIn, Practice, mood_word
from anapana.log.recorder import Recorder
from anapana.log.store import LogUnavailable, Notice, PracticeLog

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
