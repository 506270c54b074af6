"""The practice log: what was practised, how it felt, and the journal notes.

Qt-free, and it never looks for the user's folders itself: the entry layer passes the
log's path, a clock (`anapana.core.clock`) and the rescue folders. `open_log` gives
the log and notices for the user; `Recorder` writes a practice as it happens;
`history` answers the history view's questions with aggregate queries; `exchange`
exports and imports; `commands` is what the command line calls.
"""

from typing import TYPE_CHECKING

from anapana.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from anapana.log.notices import LogUnavailable, Notice, describe_write_error
    from anapana.log.opening import open_log
    from anapana.log.practice import FEELINGS, MOOD_WORDS, CheckIn, Practice, mood_word
    from anapana.log.recorder import Recorder
    from anapana.log.store import PracticeLog

# Each name is imported on first use: the app's settings read `anapana.log.files` as the
# window opens, which must not bring SQLite and the whole log in with it.
_HOMES = {
    "LogUnavailable": "notices", "Notice": "notices", "describe_write_error": "notices",
    "open_log": "opening", "FEELINGS": "practice", "MOOD_WORDS": "practice",
    "CheckIn": "practice", "Practice": "practice", "mood_word": "practice",
    "Recorder": "recorder", "PracticeLog": "store",
}

__getattr__, __dir__ = lazy_exports(globals(), _HOMES)

__all__ = [
    "FEELINGS",
    "MOOD_WORDS",
    "CheckIn",
    "LogUnavailable",
    "Notice",
    "Practice",
    "PracticeLog",
    "Recorder",
    "describe_write_error",
    "mood_word",
    "open_log",
]
