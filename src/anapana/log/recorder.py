"""Records one practice as it happens, and never loses it when the disk says no.

The app calls `start(...)` when a session begins, `progress(practised_s)` as often as
it likes (a save happens every `save_every_s`, 5 s by default, by the recorder's
clock), `checkpoint(practised_s)` on pause (saves now), and `finish(status)` at the
end; check-ins and the journal note go through the same recorder.

Writes are write-behind: the latest state of each practice waits in memory until the
log accepts it. A full or read-only disk, a locked file or no log at all only sets
`problem` (a calm sentence for the app to show) while the session goes on; every later
call, and `retry()`, tries again. If the disk still says no when the app quits,
`rescue(folders)` keeps what waits in a small private file that the next
`open_log` adds to the log (see `anapana.log.rescue`).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from anapana.core.clock import Clock
from anapana.i18n.wording import Translate, english
from anapana.log import rescue as rescue_file
from anapana.log.notices import NOT_OPEN, describe_write_error
from anapana.log.owner import ProcessIdentity, current_process
from anapana.log.practice import CheckIn, Ending, Practice
from anapana.log.store import PracticeLog

logger = logging.getLogger(__name__)

ProblemListener = Callable[[str | None], None]

SAVE_EVERY_S = 5.0
"""How often a running practice is saved: at most this much is lost to a SIGKILL."""


class Recorder:
    """Writes the practice in progress into a `PracticeLog` (or holds it until it can)."""

    def __init__(
        self,
        log: PracticeLog | None,
        clock: Clock,
        *,
        save_every_s: float = SAVE_EVERY_S,
        owner: ProcessIdentity | None = None,
        on_problem: ProblemListener | None = None,
        new_id: Callable[[], str] = lambda: str(uuidlib.uuid4()),
        translate: Translate = english,
    ) -> None:
        self._log = log
        self._clock = clock
        self._save_every_s = save_every_s
        self._owner = owner or current_process()
        self._on_problem = on_problem
        self._new_id = new_id
        self._translate = translate  # the problem's words, in the app's language
        self._pending: dict[str, tuple[Practice, bool]] = {}
        self._practice: Practice | None = None
        self._last_save = float("-inf")
        self._rescue_name: str | None = None
        self._rescued: Path | None = None
        self.problem: str | None = (None if log is not None
                                    else translate("LogNotices", NOT_OPEN))

    @property
    def practice(self) -> Practice | None:
        """The practice being recorded (kept after `finish` for the check-in and note)."""
        return self._practice

    @property
    def unsaved(self) -> bool:
        """Whether something is still waiting to be written."""
        return bool(self._pending)

    def start(
        self,
        *,
        session: str,
        title: str,
        sha256: str,
        planned_s: float,
        checkin: CheckIn | None = None,
    ) -> Practice:
        """A session began: write its row now."""
        now = self._clock.now()
        self._practice = Practice(
            uuid=self._new_id(),
            session=session,
            title=title,
            sha256=sha256,
            started_at=now,
            planned_s=float(planned_s),
            last_seen_at=now,
            updated_at=now,
            before=checkin or CheckIn(),
            owner=self._owner,
        )
        self._save()
        return self._practice

    def progress(self, practised_s: float) -> None:
        """Call freely (every frame if you like); saves when `save_every_s` has passed."""
        if self._practice is None or self._practice.status != "running":
            return
        if self._clock.monotonic() - self._last_save >= self._save_every_s:
            self.checkpoint(practised_s)
        else:
            self._practice = replace(self._practice, practised_s=float(practised_s))

    def checkpoint(self, practised_s: float) -> None:
        """Save the practised time now (on pause, and from `progress`)."""
        if self._practice is None or self._practice.status != "running":
            return
        now = self._clock.now()
        self._update(practised_s=float(practised_s), last_seen_at=now, updated_at=now)

    def finish(self, status: Ending, practised_s: float | None = None) -> Practice | None:
        """The session ended: completed, stopped by the user, or interrupted."""
        if self._practice is None:
            return None
        now = self._clock.now()
        practised = self._practice.practised_s if practised_s is None else float(practised_s)
        self._update(
            status=status, practised_s=practised, ended_at=now, last_seen_at=now, updated_at=now
        )
        return self._practice

    def record_checkin(self, moment: str, checkin: CheckIn) -> None:
        """Keep a check-in; `moment` is "before" or "after"."""
        if self._practice is None:
            return
        if moment not in ("before", "after"):
            raise ValueError(f'moment must be "before" or "after", got {moment!r}')
        now = self._clock.now()
        if moment == "before":
            self._update(before=checkin, updated_at=now)
        else:
            self._update(after=checkin, updated_at=now)

    def save_note(self, text: str) -> None:
        """Keep the journal note (drafts too); written durably, straight to disk."""
        if self._practice is None or text == self._practice.note:
            return
        self._update(note=text, updated_at=self._clock.now(), durable=True)

    def retry(self) -> bool:
        """Try to write whatever is waiting; True when nothing is left unsaved."""
        if self._log is None:
            return not self._pending
        for key, (practice, durable) in list(self._pending.items()):
            try:
                self._log.save_practice(practice, durable=durable)
            except (sqlite3.Error, OSError) as error:
                self._set_problem(describe_write_error(error, self._translate))
                return False
            if self._pending.get(key, (None,))[0] is practice:
                del self._pending[key]
        self._set_problem(None)
        self._forget_rescue()
        return True

    def rescue(self, folders: Sequence[Path], log_path: Path | None = None) -> Path | None:
        """Keep what still waits in a private file in the first of `folders` that takes it.

        For when the app quits while the disk still fails: the next `open_log`
        of that log adds the file's practices and deletes it. `log_path` names the log
        (by default the attached log's). Returns the file written, or None when nothing
        waited or no folder would take it. Never raises; what waits stays in memory, so
        a later `retry()` can still write it (and then deletes the file).
        """
        if not self._pending:
            return None
        try:
            target = log_path if log_path is not None else getattr(self._log, "path", None)
            if target is None:
                logger.error("unsaved practices could not be kept: no log path is known")
                return None
            if self._rescue_name is None:
                self._rescue_name = rescue_file.file_name(target, self._clock.now())
            practices = [practice for practice, _durable in self._pending.values()]
            written = rescue_file.write(practices, target, folders, self._rescue_name)
        except Exception:  # the last chance to keep a note: never let it crash the quit
            logger.exception("unsaved practices could not be kept")
            return None
        if written is None:
            logger.error("unsaved practices could not be kept in any of %s", list(folders))
            return None
        if self._rescued is not None and self._rescued != written:
            self._forget_rescue()  # an older copy elsewhere; the new file holds it all
        self._rescued = written
        return written

    def _forget_rescue(self) -> None:
        """Everything reached the log: a file kept by `rescue` is no longer needed."""
        if self._rescued is not None:
            with contextlib.suppress(OSError):
                self._rescued.unlink()
            self._rescued = None

    def _update(self, *, durable: bool = False, **changes: Any) -> None:
        assert self._practice is not None
        self._practice = replace(self._practice, **changes)
        self._save(durable)

    def _save(self, durable: bool = False) -> None:
        assert self._practice is not None
        key = self._practice.uuid
        waiting_durable = self._pending.get(key, (None, False))[1]
        self._pending[key] = (self._practice, durable or waiting_durable)
        self._last_save = self._clock.monotonic()
        self.retry()

    def _set_problem(self, problem: str | None) -> None:
        if problem == self.problem:
            return
        self.problem = problem
        if self._on_problem is not None:
            self._on_problem(problem)
