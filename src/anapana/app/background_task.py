"""A piece of slow work (network, large files) on its own thread, reporting to the GUI.

The voice manager and its download dialog run every download, catalogue fetch and voice
import as a `Task`, so their windows never wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from anapana.sound.tts.voice_download import Cancel, DownloadCancelled

from .translations import arg

PROGRESS_INTERVAL_S = 0.1
EXPECTED_ERRORS = (OSError, ValueError, RuntimeError)
"""Every error the voice store and downloads raise: told to the user as it says itself."""


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
            self.failed.emit(str(error) or type(error).__name__)
        except Exception as error:  # a bug must not take the app down from a thread
            self.failed.emit(arg(self.tr("Something went wrong: %1"), repr(error)))
        else:
            self.succeeded.emit(result)

    def _on_app_about_to_quit(self) -> None:
        self.cancel.set()
        self.wait(3000)
