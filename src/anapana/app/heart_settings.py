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

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from .translations import QT_TRANSLATE_NOOP, arg

Finder = Callable[[], list[object]]

ENABLE_HINT = QT_TRANSLATE_NOOP(
    "HeartRateSettingsPanel",
    "Heart-rate features (a live trace under the breath curve, and a measured"
    " resonance pace) need the optional Bluetooth and analysis packages. To"
    " enable them, install Anapana with its hr extra: pip install 'anapana[hr]'")


def hr_available() -> tuple[bool, str]:
    """bleak for straps and scipy for the spectra: both come with the `hr` extra."""
    # find_spec, not import: opening Settings should not load scipy.
    if importlib.util.find_spec("bleak") is None or importlib.util.find_spec("scipy") is None:
        return False, QCoreApplication.translate("HeartRateSettingsPanel", ENABLE_HINT)
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
        super().__init__(parent)
        self.setTitle(self.tr("Heart rate"))
        self.settings = settings
        self.setAccessibleName(self.tr("Heart rate"))
        self._finder = finder or _default_finder
        ok, hint = available if available is not None else hr_available()
        self.available = ok
        layout = QVBoxLayout(self)
        self.hint = QLabel(hint, self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription(self.tr("How to enable heart-rate features"))
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(not ok)
        layout.addWidget(self.hint)

        self.enabled = QCheckBox(self.tr("Show my heart rate during sessions"), self)
        self.enabled.setAccessibleName(self.tr("Show my heart rate during sessions"))
        self.enabled.setChecked(settings.heart_enabled)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.chosen = QLabel(self)
        self.chosen.setAccessibleDescription(self.tr("Chosen strap"))
        self.chosen.setWordWrap(True)
        self.straps = QComboBox(self)
        self.straps.setAccessibleName(self.tr("Straps found nearby"))
        self.find_button = QPushButton(self.tr("Find straps"), self)
        self.find_button.setAccessibleName(self.tr("Find heart-rate straps nearby"))
        self.find_button.clicked.connect(self._on_find_clicked)
        self.use_button = QPushButton(self.tr("Use this strap"), self)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.forget_button = QPushButton(self.tr("Forget"), self)
        self.forget_button.setAccessibleName(self.tr("Forget the chosen strap"))
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
            self.chosen.setText(arg(self.tr("Strap: %1 (%2)"), name or self.tr("heart-rate strap"),
                                    address))
        else:
            self.chosen.setText(self.tr("No strap chosen yet. Put it on (most straps wake with"
                                        " skin contact), then Find straps."))
        self.forget_button.setVisible(bool(address))

    def _on_enabled_toggled(self, on: bool) -> None:
        self.settings.heart_enabled = on

    def _on_find_clicked(self) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Looking for heart-rate straps nearby…"))
        finder = self._finder
        emit = self.scan_finished.emit

        def work() -> None:
            try:
                found, problem = finder(), ""
            except Exception as error:
                found, problem = [], (
                    arg(QCoreApplication.translate(
                        "HeartRateSettingsPanel", "Bluetooth didn't answer (%1)."), error)
                    if str(error)
                    else QCoreApplication.translate("HeartRateSettingsPanel",
                                                    "Bluetooth didn't answer."))
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
            name = str(getattr(strap, "name", "") or self.tr("Heart-rate strap"))
            self.straps.addItem(arg(self.tr("%1 (%2)", "a strap's name and address"), name,
                                    address), (address, name))
        self.straps.setVisible(bool(straps))
        self.use_button.setVisible(bool(straps))
        if problem:
            self.status.setText(arg(self.tr("%1 Is Bluetooth switched on?"), problem))
        elif not straps:
            self.status.setText(
                self.tr("No strap answered. Wet the electrodes, put it on, and try again."))
        else:
            self.status.setText(self.tr("Found %n. Choose yours and press Use this strap.", "",
                                        len(straps)))

    def _on_use_clicked(self) -> None:
        data = self.straps.currentData()
        if not isinstance(data, tuple):
            return
        address, name = data
        self.settings.set_heart_strap(address, name)
        self.status.setText(arg(self.tr("%1 will be used in your sessions."), name))
        self._show_chosen()

    def _on_forget_clicked(self) -> None:
        self.settings.set_heart_strap("", "")
        self.status.setText("")
        self._show_chosen()

    def wait_for_scan(self, seconds: float = 5.0) -> None:
        """For tests: let the worker finish (its result still arrives as a queued signal)."""
        if self._worker is not None:
            self._worker.join(seconds)
