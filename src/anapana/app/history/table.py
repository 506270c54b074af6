"""The practice list's model: the newest practices first, a page at a time as it scrolls."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QWidget

from anapana.app.history.words import TEXT
from anapana.log import history_text
from anapana.log.practice import Practice
from anapana.log.store import PracticeLog

PAGE = 200


def when_text(practice: Practice) -> str:
    if practice.lost("started_at"):
        return QCoreApplication.translate("PracticeTable", "unknown date (damaged)")
    # The practice's own wall clock (the offset where it was practised), as the log keeps it.
    at = practice.started_at
    when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return QLocale().toString(when, "ddd d MMM yyyy, HH:mm")


class PracticeTable(QAbstractTableModel):
    """Columns: when, session, minutes, how it ended, mood, the note's first line."""

    def __init__(self, log: PracticeLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._rows: list[Practice] = []
        self._next: tuple[Any, int] | None = None
        self._more = False
        self.search = ""
        self._headers = (
            self.tr("When"), self.tr("Session"), self.tr("Minutes"), self.tr("How it ended"),
            self.tr("Mood"), self.tr("Note"),
        )  # fmt: skip

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search
        self.beginResetModel()
        try:
            self._rows, self._next = [], None
            self._more = False
            self._rows, self._next = self._log.page(self.search, None, PAGE)
            self._more = self._next is not None
        finally:
            # A reset left open freezes every view on the model: end it even on error.
            self.endResetModel()

    def practice_at(self, row: int) -> Practice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_practice(self, row: int, practice: Practice) -> None:
        self._rows[row] = practice
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            rows, self._next = self._log.page(self.search, self._next, PAGE)
        except sqlite3.DatabaseError:
            self._more = False  # the rest can't be read; what is listed stays
            return
        self._more = self._next is not None
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        practice = self.practice_at(index.row())
        if practice is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        column = index.column()
        if practice.damage and role == Qt.ItemDataRole.ToolTipRole and column < 5:
            return TEXT.damage(practice)
        if column == 0:
            return when_text(practice)
        if column == 1:
            return practice.title
        if column == 2:
            return history_text.minutes_cell(practice)
        if column == 3:
            return TEXT.ending(practice)
        if column == 4:
            return TEXT.mood_pair(practice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return practice.note.strip() or None
        return history_text.note_line(practice.note)
