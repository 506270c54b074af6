"""Downloading a Piper voice (Voice manager → Download…): the catalogue, a voice's
licence to read and accept, the download with its progress, cancel and resume.

Network work runs in a `background_task.Task`; the files are handled by
`anapana.sound.tts.voice_store`, which has no Qt.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anapana.sound.tts.voice_catalogue import (
    DEFAULT_CATALOGUE_URL,
    Catalogue,
    CatalogueVoice,
    language_family,
)
from anapana.sound.tts.voice_download import (
    Cancel,
    check_base_url,
    fetch_catalogue,
    fetch_model_card,
)
from anapana.sound.tts.voice_files import licence_from_model_card
from anapana.sound.tts.voice_store import InstalledVoice, VoiceStore

from .background_task import EXPECTED_ERRORS, Task, in_words
from .locale_numbers import locale_data_size
from .translations import arg

CATALOGUE_ENV = "ANAPANA_VOICE_CATALOGUE"


def catalogue_url() -> str:
    """The catalogue's base address: `ANAPANA_VOICE_CATALOGUE`, else Piper's official one."""
    return os.environ.get(CATALOGUE_ENV, "").strip() or DEFAULT_CATALOGUE_URL


class DownloadDialog(QDialog):
    """Pick a voice from the catalogue, read its licence, accept it, download it."""

    installed = Signal(object)  # InstalledVoice

    def __init__(self, store: VoiceStore, base_url: str | None = None,
                 language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Download a voice"))
        self.setAccessibleName(self.tr("Download a voice"))
        self._catalogue: Catalogue | None = None
        self._task: Task | None = None
        self._card_task: Task | None = None
        self._downloading = False
        self._downloading_name = ""
        self.retry_pause_s = 1.0  # before trying a dropped connection again (more each time)
        self._wanted_family = language_family(language or "en")

        self.address = QLineEdit(base_url or catalogue_url(), self)
        self.address.setAccessibleName(self.tr("Catalogue address"))
        self.reload = QPushButton(self.tr("Load the list"), self)
        self.reload.clicked.connect(self.load_catalogue)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.voices = QListWidget(self)
        self.voices.setAccessibleName(self.tr("Voices in the catalogue"))
        self.voices.currentItemChanged.connect(self._on_voice_selected)
        self.licence = QLabel("", self)
        self.licence.setWordWrap(True)
        self.licence.setTextFormat(Qt.TextFormat.PlainText)
        self.card = QPlainTextEdit(self)
        self.card.setReadOnly(True)
        self.card.setAccessibleName(self.tr("The voice's model card, with its licence"))
        self.card.setPlaceholderText(
            self.tr("Choose a voice to read where it comes from and its licence."))
        self.accept_licence = QCheckBox(
            self.tr("I have read this voice's licence and accept it"), self)
        self.accept_licence.setAccessibleName(self.tr("Accept the voice's licence"))
        self.accept_licence.toggled.connect(self._update_buttons)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Download status"))

        self.download = QPushButton(self.tr("Download"), self)
        self.download.clicked.connect(self._on_download_clicked)
        self.cancel = QPushButton(self.tr("Cancel download"), self)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.cancel.setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        where = QHBoxLayout()
        where.addWidget(self.address, 1)
        where.addWidget(self.reload)
        form = QFormLayout()
        form.addRow(self.tr("Catalogue"), where)
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.voices, 2)
        layout.addWidget(self.licence)
        layout.addWidget(self.card, 2)
        layout.addWidget(self.accept_licence)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(620, 560)
        self._update_buttons()

    # catalogue --------------------------------------------------------------
    def load_catalogue(self) -> None:
        """Fetch the catalogue in the background (called once the dialog is shown)."""
        try:
            url = check_base_url(self.address.text())
        except ValueError as error:
            self.status.setText(arg(self.tr("The catalogue address is not usable: %1"),
                                    in_words(error)))
            return
        self.status.setText(self.tr("Fetching the list of voices…"))
        self.reload.setEnabled(False)
        task = Task(lambda cancel, _progress: fetch_catalogue(url, cancel))
        task.succeeded.connect(self._on_catalogue_loaded)
        task.failed.connect(self._on_catalogue_failed)
        self._task = task
        task.start_detached()

    def _on_catalogue_loaded(self, catalogue: Catalogue) -> None:
        self._task = None
        self.reload.setEnabled(True)
        self._catalogue = catalogue
        skipped = len(catalogue.problems)
        self.status.setText(
            self.tr("%n voice(s) in the catalogue.", "", len(catalogue.voices)) if not skipped
            else arg(self.tr("%1 (%2 left out: their entries were malformed).",
                             "the number of voices, then how many were left out"),
                     self.tr("%n voice(s) in the catalogue", "", len(catalogue.voices)),
                     QLocale().toString(skipped)))
        self.language.blockSignals(True)
        self.language.clear()
        for family, label in catalogue.languages():
            self.language.addItem(f"{label} ({family})", family)
        self.language.blockSignals(False)
        index = self.language.findData(self._wanted_family)
        self.language.setCurrentIndex(max(index, 0))
        self._on_language_changed()

    def _on_catalogue_failed(self, message: str) -> None:
        self._task = None
        self.reload.setEnabled(True)
        self.status.setText(arg(self.tr("The list of voices could not be fetched. %1"), message))

    def _on_language_changed(self, _index: int = 0) -> None:
        self.voices.clear()
        if self._catalogue is None:
            return
        family = self.language.currentData()
        installed = {v.key for v in self.store.installed()}
        for voice in self._catalogue.for_language(family):
            quality = voice.quality.replace("_", " ")
            text = arg(self.tr("%1 — %2, %3 quality, %4",
                               "voice name, language, quality (low, medium, high), size"),
                       voice.name, voice.language_name, quality,
                       locale_data_size(voice.download_size))
            if voice.key in installed:
                text = arg(self.tr("%1 (installed)"), text)
            item = QListWidgetItem(text, self.voices)
            item.setData(Qt.ItemDataRole.UserRole, voice)
        self._update_buttons()

    def selected_voice(self) -> CatalogueVoice | None:
        item = self.voices.currentItem()
        voice = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return voice if isinstance(voice, CatalogueVoice) else None

    def _on_voice_selected(self, *_args: object) -> None:
        self.accept_licence.setChecked(False)
        self.card.clear()
        voice = self.selected_voice()
        if voice is None:
            self.licence.setText("")
            self._update_buttons()
            return
        if voice.card is None:
            self.licence.setText(
                self.tr("The catalogue gives no model card for this voice, so its licence is "
                        "not known. Please check it before you use the voice."))
            self._update_buttons()
            return
        self.licence.setText(self.tr("Reading this voice's licence…"))
        url = self.address.text()
        def work(cancel: Cancel, _progress: object) -> tuple[str, str]:
            try:
                return voice.key, fetch_model_card(voice, url, cancel)
            except EXPECTED_ERRORS as error:
                return voice.key, f"\0{in_words(error)}"  # a failure, tagged with its voice

        task = Task(work)
        task.succeeded.connect(self._on_card_fetched)
        if self._card_task is not None:
            self._card_task.stop()
        self._card_task = task
        task.start_detached()
        self._update_buttons()

    def _on_card_fetched(self, result: tuple[str, str]) -> None:
        key, text = result
        voice = self.selected_voice()
        if voice is None or voice.key != key:
            return  # the user moved on to another voice
        self._card_task = None
        if text.startswith("\0"):
            self.licence.setText(arg(self.tr("The licence could not be read. %1"), text[1:]))
            self._update_buttons()
            return
        licence = licence_from_model_card(text)
        self.licence.setText(
            arg(self.tr("Licence: %1"), licence) if licence
            else self.tr("The model card names no licence: please read it below."))
        self.card.setPlainText(text)
        self._update_buttons()

    # downloading --------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        voice = self.selected_voice()
        licence_known = voice is not None and (voice.card is None
                                                or bool(self.card.toPlainText()))
        self.accept_licence.setEnabled(licence_known and not self._downloading)
        self.download.setEnabled(voice is not None and licence_known
                                 and self.accept_licence.isChecked()
                                 and not self._downloading)
        self.voices.setEnabled(not self._downloading)
        self.language.setEnabled(not self._downloading)

    def _on_download_clicked(self) -> None:
        voice = self.selected_voice()
        if voice is None or not self.accept_licence.isChecked():
            return
        url = self.address.text()
        store = self.store
        pause = self.retry_pause_s
        task = Task(lambda cancel, progress: store.download(
            voice, url, progress=progress, cancel=cancel, retry_pause_s=pause))
        task.progressed.connect(self._on_download_progressed)
        task.succeeded.connect(self._on_download_succeeded)
        task.failed.connect(self._on_download_failed)
        task.cancelled.connect(self._on_download_cancelled)
        self._task = task
        self._downloading = True
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # the theme draws a thin bar; words go below
        self._downloading_name = voice.name
        self.progress.setVisible(True)
        self.cancel.setVisible(True)
        self.status.setText(arg(self.tr("Downloading %1…"), voice.name))
        self._update_buttons()
        task.start_detached()

    def _on_download_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(round(1000 * done / total) if total else 0)
        self.status.setText(
            arg(self.tr("Downloading %1… %2 of %3"), self._downloading_name,
                locale_data_size(done), locale_data_size(total)))

    def _end_download(self, message: str) -> None:
        self._task = None
        self._downloading = False
        self.cancel.setVisible(False)
        self.status.setText(message)
        self._update_buttons()

    def _on_download_succeeded(self, voice: InstalledVoice) -> None:
        self.progress.setValue(self.progress.maximum())
        self._end_download(arg(self.tr("%1 is installed and ready to speak."), voice.name))
        self._on_language_changed()
        self.installed.emit(voice)

    def _on_download_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self._end_download(arg(self.tr("The voice was not installed. %1"), message))

    def _on_download_cancelled(self) -> None:
        self.progress.setVisible(False)
        self._end_download(
            self.tr("Download cancelled. It continues where it stopped next time."))

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.stop()
            self.status.setText(self.tr("Cancelling…"))

    def done(self, result: int) -> None:
        for task in (self._task, self._card_task):
            if task is not None:
                task.stop()
        super().done(result)
