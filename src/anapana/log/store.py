"""The practice log over one open SQLite connection: every read and write of a practice.

A `PracticeLog` is given its connection; `anapana.log.opening.open_log` is the one
place that makes one (creating, repairing, upgrading the file, replaying rescued
writes). Nothing here is global, and every statement is parameterized. How a practice
maps onto a row is `anapana.log.row`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from anapana.log.owner import ProcessIdentity, is_alive
from anapana.log.practice import Practice
from anapana.log.row import COLUMNS, UPSERT, epoch, practice_from_row, practice_row


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_clause(search: str) -> tuple[str, list[Any]]:
    """Every word must appear in the title, session, note or feelings."""
    clauses: list[str] = []
    params: list[Any] = []
    for word in search.split():
        clauses.append(
            "(title LIKE ? ESCAPE '\\' OR session LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\'"
            " OR feelings_before LIKE ? ESCAPE '\\' OR feelings_after LIKE ? ESCAPE '\\')"
        )
        params.extend([_like(word)] * 5)
    return " AND ".join(clauses), params


class PracticeLog:
    """The practice log over one open SQLite connection (given, never global)."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path | None = None, *, read_only: bool = False
    ) -> None:
        self._conn = connection
        self.path = path
        self.read_only = read_only
        """Opened for reading only (full or read-only disk): every write raises."""

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For read-only aggregate queries (see `anapana.log.history`)."""
        return self._conn

    # -- writing -------------------------------------------------------------------------

    def save_practice(self, practice: Practice, *, durable: bool = False) -> None:
        """Insert or update one practice by its uuid. `durable` waits for the disk (notes)."""
        row = practice_row(practice)
        if not durable:
            self._conn.execute(UPSERT, row)
            return
        self._conn.execute("PRAGMA synchronous = FULL")
        try:
            self._conn.execute(UPSERT, row)
        finally:
            self._conn.execute("PRAGMA synchronous = NORMAL")

    def save_many(self, practices: Sequence[Practice]) -> None:
        """Insert or update many practices in one transaction."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(UPSERT, [practice_row(p) for p in practices])
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def set_note(self, uuid: str, text: str, now: datetime) -> bool:
        """Replace a practice's journal note; False if no such practice."""
        self._conn.execute("PRAGMA synchronous = FULL")
        try:
            cursor = self._conn.execute(
                "UPDATE practices SET note = ?, updated_at = ? WHERE uuid = ?",
                (text, epoch(now), uuid),
            )
        finally:
            self._conn.execute("PRAGMA synchronous = NORMAL")
        return cursor.rowcount == 1

    def mark_interrupted(self) -> int:
        """Close the `running` practices whose process is gone; returns how many."""
        running = self._conn.execute(
            "SELECT id, owner_pid, owner_start FROM practices WHERE status = 'running'"
        ).fetchall()
        dead = [
            (row_id,)
            for row_id, pid, start in running
            if not isinstance(pid, int)
            or not is_alive(ProcessIdentity(pid, start if isinstance(start, str) else ""))
        ]
        if dead:
            self._conn.executemany(
                "UPDATE practices SET status = 'interrupted', ended_at = last_seen_at,"
                " owner_pid = NULL, owner_start = '' WHERE id = ? AND status = 'running'",
                dead,
            )
        return len(dead)

    def delete_everything(self) -> int:
        """Erase every practice and note, leaving no readable trace in the file."""
        self._conn.execute("PRAGMA secure_delete = ON")
        count = self._conn.execute("DELETE FROM practices").rowcount
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    # -- reading -------------------------------------------------------------------------

    def get(self, uuid: str) -> Practice | None:
        row = self._conn.execute(
            f"SELECT {COLUMNS} FROM practices WHERE uuid = ?", (uuid,)
        ).fetchone()
        return None if row is None else practice_from_row(row)

    def practices(
        self, *, since_day: int | None = None, search: str = "", newest_first: bool = False
    ) -> Iterator[Practice]:
        """Practices in start order, streamed (a 100,000-row export never sits in memory)."""
        for _key, practice in self._keyed(since_day, search, newest_first, None, None):
            yield practice

    def page(
        self, search: str = "", after: tuple[Any, int] | None = None, limit: int = 200
    ) -> tuple[list[Practice], tuple[Any, int] | None]:
        """One page of the newest-first list, and the key that asks for the next page."""
        keyed = list(self._keyed(None, search, True, after, limit))
        next_key = keyed[-1][0] if len(keyed) == limit else None
        return [practice for _key, practice in keyed], next_key

    def _keyed(
        self,
        since_day: int | None,
        search: str,
        newest_first: bool,
        before: tuple[Any, int] | None,
        limit: int | None,
    ) -> Iterator[tuple[tuple[Any, int], Practice]]:
        where, params = _search_clause(search)
        clauses = [where] if where else []
        if since_day is not None:
            clauses.append("local_day >= ?")
            params.append(since_day)
        if before is not None:
            clauses.append("(started_at, id) < (?, ?)")
            params.extend(before)
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {COLUMNS}, id FROM practices"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY started_at {order}, id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        cursor = self._conn.execute(sql, params)
        while batch := cursor.fetchmany(500):
            for row in batch:
                # The raw stored start, whatever its type: the next page compares against it.
                yield (row[4], int(row[-1])), practice_from_row(row[:-1])

    def count(self, search: str = "") -> int:
        where, params = _search_clause(search)
        sql = "SELECT count(*) FROM practices" + (f" WHERE {where}" if where else "")
        return int(self._conn.execute(sql, params).fetchone()[0])
