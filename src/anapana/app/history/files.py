"""Export, import and delete-everything for the History page: the questions asked (through
`HistoryDialogs`), the file written owner-only and never through a link, and a calm
sentence for every outcome."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject

from anapana.app.history.dialogs import HistoryDialogs
from anapana.app.translations import qt_translate
from anapana.core.clock import Clock
from anapana.log import exchange
from anapana.log.commands import delete_all_data
from anapana.log.files import LinkRefused, open_private_text
from anapana.log.history_text import arg, english_plural
from anapana.log.notices import describe_write_error
from anapana.log.store import PracticeLog


class HistoryFiles(QObject):
    """`changed` is called when an action changed the log, before the user is told, so
    the page behind the message already shows the log as it now is."""

    def __init__(self, log: PracticeLog, clock: Clock, dialogs: HistoryDialogs,
                 changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._clock = clock
        self._dialogs = dialogs
        self._changed = changed

    def export(self) -> None:
        target = self._dialogs.export_path()
        if target is None:
            return
        tell = self._dialogs.tell
        try:
            # Owner-only, and never through a link: an export holds every journal note.
            with open_private_text(target) as stream:
                if target.suffix.lower() == ".csv":
                    count = exchange.write_csv(self._log.practices(), stream)
                else:
                    count = exchange.write_json(self._log.practices(), stream, self._clock.now())
        except LinkRefused:
            tell(arg(self.tr("%1 is a link to another file; please choose another name."),
                     target.name))
            return
        except OSError as error:
            tell(arg(self.tr("The export could not be written: %1."),
                     str(error.strerror or error)))
            return
        except sqlite3.DatabaseError as error:
            tell(arg(self.tr("Part of the log could not be read for the export (%1)."),
                     str(error)))
            return
        tell(arg(english_plural(self.tr("%Ln practice(s) exported to %1.", None, count), count),
                 target.name))

    def import_(self) -> None:
        source = self._dialogs.import_path()
        if source is None:
            return
        try:
            with source.open(encoding="utf-8") as stream:
                rows = exchange.read_export(stream)
            result = exchange.import_rows(self._log, rows)
        except (OSError, UnicodeDecodeError, exchange.ImportError_) as error:
            self._dialogs.tell(arg(self.tr("%1 could not be imported: %2"), source.name,
                                   str(error)))
            return
        except sqlite3.Error as error:  # a full or locked disk: nothing was half-imported
            self._dialogs.tell(describe_write_error(error, qt_translate))
            return
        self._changed()
        self._dialogs.tell(result.summary())

    def delete_all(self) -> None:
        if not self._dialogs.confirm_delete():
            return
        try:
            count = delete_all_data(self._log)
        except (sqlite3.Error, OSError) as error:
            self._dialogs.tell(describe_write_error(error, qt_translate))
            return
        self._changed()
        self._dialogs.tell(english_plural(
            self.tr("Deleted %Ln practice(s) and every note.", None, count), count))
