"""A piece of slow work (network, large files) on its own thread, reporting to the GUI.

The voice manager and its download dialog run every download, catalogue fetch and voice
import as a `Task`, so their windows never wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from anapana.i18n.said import said
from anapana.sound.tts.voice_download import Cancel, DownloadCancelled

from .locale_numbers import locale_numbers
from .translations import arg, qt_translate

PROGRESS_INTERVAL_S = 0.1
EXPECTED_ERRORS = (OSError, ValueError, RuntimeError)
"""Every error the voice store and downloads raise: told to the user in their language
(`in_words`)."""


def in_words(message: object) -> str:
    """An error or message of the Qt-free voice code (`anapana.i18n.said`) in the
    interface's language; Qt's `translate` may be called from a task's thread too."""
    return said(message, qt_translate, locale_numbers())


class Task(QThread):
    """Runs `work(cancel, progress)` on its own thread and reports back in the GUI thread.

    `progressed(done, total)` at most ten times a second; then `succeeded(result)`,
    `failed(message)` or `cancelled()`. A task outlives the dialog that started it (it is
    kept by the application until it ends), so closing a window never blocks on the
    network: closing cancels, and the thread ends within one read.
    """

    progressed = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Cancel, Callable[[int, int], None]], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel = Cancel()
        self._work = work
        self._last_progress = 0.0
        self.finished.connect(self.deleteLater)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)

    def start_detached(self) -> None:
        """Start, owned by the application rather than by the widget that asked."""
        self.setParent(QCoreApplication.instance())
        self.start()

    def stop(self) -> None:
        self.cancel.set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self.cancel, self._progress)
        except DownloadCancelled:
            self.cancelled.emit()
        except EXPECTED_ERRORS as error:
            self.failed.emit(in_words(error))
        except Exception as error:  # a bug must not take the app down from a thread
            self.failed.emit(arg(self.tr("Something went wrong: %1"), repr(error)))
        else:
            self.succeeded.emit(result)

    def _on_app_about_to_quit(self) -> None:
        self.cancel.set()
        self.wait(3000)
