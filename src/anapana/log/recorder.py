"""Records one practice as it happens, and never loses it when the disk says no.

The app calls `start(...)` when a session begins, `progress(practised_s)` as often as
it likes (a save happens every `save_every_s`, 5 s by default, by the recorder's
clock), `checkpoint(practised_s)` on pause (saves now), and `finish(status)` at the
end; check-ins and the journal note go through the same recorder.

Writes are write-behind: the latest state of each practice waits in memory until the
log accepts it. A full or read-only disk, a locked file or no log at all only sets
`problem` (a calm sentence for the app to show) while the session goes on; every later
call, and `retry()`, tries again.
"""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from anapana.log.clock import Clock, SystemClock
from anapana.log.owner import ProcessIdentity, current_process
from anapana.log.practice import CheckIn, Ending, Practice
from anapana.log.store import PracticeLog, describe_write_error

ProblemListener = Callable[[str | None], None]


class Recorder:
    """Writes the practice in progress into a `PracticeLog` (or holds it until it can)."""

    def __init__(
        self,
        log: PracticeLog | None,
        clock: Clock | None = None,
        *,
        save_every_s: float = 5.0,
        owner: ProcessIdentity | None = None,
        on_problem: ProblemListener | None = None,
        new_id: Callable[[], str] = lambda: str(uuidlib.uuid4()),
    ) -> None:
        self._log = log
        self._clock = clock or SystemClock()
        self._save_every_s = save_every_s
        self._owner = owner or current_process()
        self._on_problem = on_problem
        self._new_id = new_id
        self._pending: dict[str, tuple[Practice, bool]] = {}
        self._practice: Practice | None = None
        self._last_save = float("-inf")
        self.problem: str | None = None if log is not None else "The practice log isn't open."

    @property
    def practice(self) -> Practice | None:
        """The practice being recorded (kept after `finish` for the check-in and note)."""
        return self._practice

    @property
    def unsaved(self) -> bool:
        """Whether something is still waiting to be written."""
        return bool(self._pending)

    def attach(self, log: PracticeLog) -> bool:
        """Use a log that could be opened later; writes what waited. True if all saved."""
        self._log = log
        return self.retry()

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
                self._set_problem(describe_write_error(error))
                return False
            if self._pending.get(key, (None,))[0] is practice:
                del self._pending[key]
        self._set_problem(None)
        return True

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
