"""The questions the History page asks (where to export, what to import, delete?)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class HistoryDialogs(Protocol):
    """The questions the history asks the user; tests answer them without windows."""

    def export_path(self) -> Path | None: ...
    def import_path(self) -> Path | None: ...
    def confirm_delete(self) -> bool: ...
    def tell(self, text: str) -> None: ...


class QtHistoryDialogs:
    """File dialogs and message boxes over a parent widget."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def export_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("HistoryDialogs", "Export your practice log"),
            str(Path.home() / "anapana-history.json"),
            QCoreApplication.translate(
                "HistoryDialogs", "JSON (*.json);;CSV for spreadsheets (*.csv)"
            ),
        )
        return Path(name) if name else None

    def import_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            QCoreApplication.translate("HistoryDialogs", "Import a practice log export"),
            str(Path.home()),
            QCoreApplication.translate("HistoryDialogs", "JSON (*.json)"),
        )
        return Path(name) if name else None

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("HistoryDialogs", "Delete all your data?"),
            QCoreApplication.translate(
                "HistoryDialogs",
                "This deletes every practice, check-in and journal note, and the log's backup"
                " copies. It can't be undone. You may want to export first.",
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, text: str) -> None:
        QMessageBox.information(self._parent, "Anapana", text)
