"""The "Heart rate" section of Settings: find a strap nearby, choose it, forget it.

Scanning runs on a worker thread (Bluetooth may take seconds, or never answer) and
hands its result back through a queued signal; the dialog never waits on it. Without
the `hr` extra the section only says how to enable heart-rate features.
"""

from __future__ import annotations

import contextlib
import importlib.util
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .settings import Settings

Finder = Callable[[], list[object]]

ENABLE_HINT = ("Heart-rate features (a live trace under the breath curve, and a measured"
               " resonance pace) need the optional Bluetooth and analysis packages. To"
               " enable them, install Anapana with its hr extra: pip install 'anapana[hr]'")


def hr_available() -> tuple[bool, str]:
    """bleak for straps and scipy for the spectra: both come with the `hr` extra."""
    # find_spec, not import: opening Settings should not load scipy.
    if importlib.util.find_spec("bleak") is None or importlib.util.find_spec("scipy") is None:
        return False, ENABLE_HINT
    return True, ""


def _default_finder() -> list[object]:
    from anapana.hr.ble import find_straps

    return list(find_straps(8.0))


class HeartRateSettingsPanel(QGroupBox):
    scan_finished = Signal(object, str)
    """(the straps found, a problem sentence or '') — emitted from the worker thread."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 available: tuple[bool, str] | None = None,
                 finder: Finder | None = None) -> None:
        super().__init__("Heart rate", parent)
        self.settings = settings
        self.setAccessibleName("Heart rate")
        self._finder = finder or _default_finder
        ok, hint = available if available is not None else hr_available()
        self.available = ok
        layout = QVBoxLayout(self)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription("How to enable heart-rate features")
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(not ok)
        layout.addWidget(self.hint)

        self.enabled = QCheckBox("Show my heart rate during sessions", self)
        self.enabled.setAccessibleName("Show my heart rate during sessions")
        self.enabled.setChecked(settings.heart_enabled)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.chosen = QLabel(self)
        self.chosen.setAccessibleDescription("Chosen strap")
        self.chosen.setWordWrap(True)
        self.straps = QComboBox(self)
        self.straps.setAccessibleName("Straps found nearby")
        self.find_button = QPushButton("Find straps", self)
        self.find_button.setAccessibleName("Find heart-rate straps nearby")
        self.find_button.clicked.connect(self._on_find_clicked)
        self.use_button = QPushButton("Use this strap", self)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.forget_button = QPushButton("Forget", self)
        self.forget_button.setAccessibleName("Forget the chosen strap")
        self.forget_button.clicked.connect(self._on_forget_clicked)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addStretch(1)
        choice = QHBoxLayout()
        choice.addWidget(self.straps, 1)
        choice.addWidget(self.use_button)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.forget_button)
        self._controls = QWidget(self)
        inner = QVBoxLayout(self._controls)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.enabled)
        inner.addLayout(chosen_row)
        inner.addLayout(row)
        inner.addLayout(choice)
        inner.addWidget(self.status)
        layout.addWidget(self._controls)
        self._controls.setVisible(ok)
        self.straps.setVisible(False)
        self.use_button.setVisible(False)
        self.scan_finished.connect(self._on_scan_finished)
        self._worker: threading.Thread | None = None
        self._show_chosen()

    def _show_chosen(self) -> None:
        address, name = self.settings.heart_strap
        if address:
            self.chosen.setText(f"Strap: {name or 'heart-rate strap'} ({address})")
        else:
            self.chosen.setText("No strap chosen yet. Put it on (most straps wake with skin"
                                " contact), then Find straps.")
        self.forget_button.setVisible(bool(address))

    def _on_enabled_toggled(self, on: bool) -> None:
        self.settings.heart_enabled = on

    def _on_find_clicked(self) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        self.find_button.setEnabled(False)
        self.status.setText("Looking for heart-rate straps nearby…")
        finder = self._finder
        emit = self.scan_finished.emit

        def work() -> None:
            try:
                found, problem = finder(), ""
            except Exception as error:
                found, problem = [], (f"Bluetooth didn't answer ({error})." if str(error)
                                      else "Bluetooth didn't answer.")
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                emit(found, problem)

        self._worker = threading.Thread(target=work, name="anapana-strap-scan", daemon=True)
        self._worker.start()

    def _on_scan_finished(self, found: object, problem: str) -> None:
        self.find_button.setEnabled(True)
        straps = list(found) if isinstance(found, list) else []
        self.straps.clear()
        for strap in straps:
            address = str(getattr(strap, "address", ""))
            name = str(getattr(strap, "name", "") or "Heart-rate strap")
            self.straps.addItem(f"{name} ({address})", (address, name))
        self.straps.setVisible(bool(straps))
        self.use_button.setVisible(bool(straps))
        if problem:
            self.status.setText(f"{problem} Is Bluetooth switched on?")
        elif not straps:
            self.status.setText("No strap answered. Wet the electrodes, put it on, and try again.")
        else:
            self.status.setText(f"Found {len(straps)}. Choose yours and press Use this strap.")

    def _on_use_clicked(self) -> None:
        data = self.straps.currentData()
        if not isinstance(data, tuple):
            return
        address, name = data
        self.settings.set_heart_strap(address, name)
        self.status.setText(f"{name} will be used in your sessions.")
        self._show_chosen()

    def _on_forget_clicked(self) -> None:
        self.settings.set_heart_strap("", "")
        self.status.setText("")
        self._show_chosen()

    def wait_for_scan(self, seconds: float = 5.0) -> None:
        """For tests: let the worker finish (its result still arrives as a queued signal)."""
        if self._worker is not None:
            self._worker.join(seconds)
