"""The library's rows as a Qt model, and the filter the search box and tag drive.

`LibraryModel` holds every entry once, in library order under a heading row per group
(a heading can't be chosen). `LibraryFilter` (a `QSortFilterProxyModel`) shows the
entries a search and a tag let through, and the headings of groups that still have any:
a keystroke re-runs the filter, the rows and their items are never rebuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from anapana.app.library_groups import group_of, grouped
from anapana.app.library_search import entry_title, is_shown
from anapana.app.shown_words import shown_group as group_name
from anapana.app.tag_names import tag_name
from anapana.app.words import length_text

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""On a session's row: its `LibraryEntry` (None on a heading)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""On a group's heading row: the group's name (its ENTRY_ROLE is None)."""

Index = QModelIndex | QPersistentModelIndex




def entry_length(entry: LibraryEntry) -> str:
    if entry.loaded is None:
        return ""
    header = entry.loaded.header  # not the plan: a cached library decodes plans on use
    length = length_text(header.total_s)
    if header.open:
        return QCoreApplication.translate(
            "LibraryModel", "%1 + open", "a length, then: it waits for you somewhere"
        ).replace("%1", length)
    return length


class LibraryModel(QAbstractListModel):
    """Headings and entries, in library order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LibraryEntry | str] = []

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self._rows = []
        for group, members in grouped(entries):
            self._rows.append(group)
            self._rows.extend(members)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.NoItemFlags  # a heading: never current nor selected
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role == GROUP_ROLE:
                return row
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return group_name(row)
            return None
        if role == ENTRY_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_title(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            length = entry_length(row) or self.tr("has a problem")
            return (self.tr("%1, %2, %3", "a session's title, length and group")
                    .replace("%3", group_name(group_of(row))).replace("%2", length)
                    .replace("%1", entry_title(row)))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if row.loaded is not None:
                return row.loaded.header.summary or ""
            return str(row.problems[0]) if row.problems else ""
        return None


class LibraryFilter(QSortFilterProxyModel):
    """The rows a search and a tag let through; headings only above a shown entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._tag = ""
        self._groups: set[str] = set()

    def set_search(self, words: list[str], tag: str) -> None:
        # Qt 6.10 asks for begin/end around a filter change (invalidateRowsFilter is
        # deprecated there); older Qt has only the latter.
        changing = hasattr(self, "endFilterChange")
        if changing:
            self.beginFilterChange()
        self._words, self._tag = words, tag
        self._groups = set()
        source = self.sourceModel()
        for row in range(source.rowCount() if source is not None else 0):
            entry = source.index(row, 0).data(ENTRY_ROLE)
            if entry is not None and self._shown(entry):
                self._groups.add(group_of(entry))
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def _shown(self, entry: LibraryEntry) -> bool:
        return is_shown(entry, self._words, self._tag, group_name(group_of(entry)).lower(),
                        tag_name)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        entry = index.data(ENTRY_ROLE)
        if entry is None:
            return index.data(GROUP_ROLE) in self._groups
        return self._shown(entry)
