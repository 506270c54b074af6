"""The voice manager (Settings → Natural voices…): Piper voices to add, download, choose, remove.

It lists the installed voices with their language, quality and licence, imports a local
`.onnx` + `.onnx.json`, and downloads from Piper's voices catalogue after showing the
voice's licence (its model card) and asking the user to accept it. Everything that
touches the network or copies large files runs in a `Task` thread, so the window never
waits; a download shows its progress and can be cancelled, and resumes next time.
The work itself is done by `anapana.sound.tts.voice_store`, which has no Qt.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anapana.sound.tts.piper import piper_installed
from anapana.sound.tts.voice_catalogue import (
    DEFAULT_CATALOGUE_URL,
    Catalogue,
    CatalogueVoice,
    language_family,
)
from anapana.sound.tts.voice_download import (
    Cancel,
    DownloadCancelled,
    check_base_url,
    fetch_catalogue,
    fetch_model_card,
)
from anapana.sound.tts.voice_files import VoiceFileError, licence_from_model_card
from anapana.sound.tts.voice_store import InstalledVoice, VoiceStore, VoiceStoreError

from .translations import QT_TRANSLATE_NOOP, arg

CATALOGUE_ENV = "ANAPANA_VOICE_CATALOGUE"
PROGRESS_INTERVAL_S = 0.1
_EXPECTED = (OSError, ValueError, RuntimeError)  # every error the store raises is one


def catalogue_url() -> str:
    """The catalogue's base address: `ANAPANA_VOICE_CATALOGUE`, else Piper's official one."""
    return os.environ.get(CATALOGUE_ENV, "").strip() or DEFAULT_CATALOGUE_URL


def language_label(family: str) -> str:
    locale = QLocale(family)
    if not family or locale.language() == QLocale.Language.C:
        return family
    return QLocale.languageToString(locale.language())


def _size(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{max(n, 1) / 1000:.0f} kB"


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
        except _EXPECTED as error:
            self.failed.emit(str(error) or type(error).__name__)
        except Exception as error:  # a bug must not take the app down from a thread
            self.failed.emit(arg(self.tr("Something went wrong: %1"), repr(error)))
        else:
            self.succeeded.emit(result)

    def _on_app_about_to_quit(self) -> None:
        self.cancel.set()
        self.wait(3000)


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
            self.status.setText(arg(self.tr("The catalogue address is not usable: %1"), error))
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
                       voice.name, voice.language_name, quality, _size(voice.download_size))
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
            except _EXPECTED as error:
                return voice.key, f"\0{error}"  # a failure, still tagged with its voice

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
            arg(self.tr("Downloading %1… %2 of %3"), self._downloading_name, _size(done),
                _size(total)))

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


class VoiceManager(QDialog):
    """Installed Piper voices: their language, quality and licence; add, download, choose,
    remove. `changed` after anything was installed, removed or chosen."""

    changed = Signal()

    COLUMNS = (QT_TRANSLATE_NOOP("VoiceManager", "Voice"),
               QT_TRANSLATE_NOOP("VoiceManager", "Language"),
               QT_TRANSLATE_NOOP("VoiceManager", "Quality"),
               QT_TRANSLATE_NOOP("VoiceManager", "Licence"),
               QT_TRANSLATE_NOOP("VoiceManager", "Speaks"))

    def __init__(self, store: VoiceStore, *, language: str = "en",
                 catalogue: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.catalogue = catalogue
        self._task: Task | None = None
        self._choices: dict[str, str] = {}
        self.download_dialog: DownloadDialog | None = None
        self.setWindowTitle(self.tr("Natural voices"))
        self.setAccessibleName(self.tr("Natural voices"))

        intro = QLabel(
            self.tr("Natural voices (Piper) speak the guidance on this computer, without the "
                    "internet. Each voice was made from someone's recordings and has its own "
                    "licence, shown here."), self)
        intro.setWordWrap(True)
        self.notice = QLabel("", self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Installed voices"))
        self.table.setHeaderLabels(
            [QCoreApplication.translate("VoiceManager", name) for name in self.COLUMNS])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.currentItemChanged.connect(self._update_buttons)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Voice manager status"))

        self.add = QPushButton(self.tr("Add a voice…"), self)
        self.add.setToolTip(
            self.tr("Import a Piper voice (.onnx with its .onnx.json) from a folder"))
        self.add.clicked.connect(self._on_add_clicked)
        self.download = QPushButton(self.tr("Download…"), self)
        self.download.setToolTip(self.tr("Choose a voice from Piper's voices catalogue"))
        self.download.clicked.connect(self._on_download_clicked)
        self.use = QPushButton(self.tr("Use for its language"), self)
        self.use.clicked.connect(self._on_use_clicked)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(self._on_remove_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.add, self.download, self.use, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(720, 380)
        self._update_buttons()

    # listing ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the installed voices again (quick: folder listings and small JSON files)."""
        voices, problems = self.store.scan()
        notices = []
        if not piper_installed():
            notices.append(
                self.tr("Piper is not installed, so these voices stay silent and espeak-ng "
                        "speaks instead. Install Anapana with its `voice` extra to hear them."))
        if problems:
            notices.append(arg(self.tr("%n voice folder(s) could not be used: %1", "",
                                       len(problems)), "; ".join(problems[:3])))
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        selected = self.selected_voice()
        self.table.clear()
        speaking: dict[str, str] = {}
        choices = self._choices = self.store.choices()
        for family in sorted({v.family for v in voices}):
            chosen = self.store.voice_for(family)
            if chosen is not None:
                how = (self.tr("%1 (your choice)") if choices.get(family) == chosen.key
                       else self.tr("%1 (automatically)"))
                speaking[chosen.key] = arg(how, language_label(family))
        for voice in voices:
            item = QTreeWidgetItem(self.table, [
                voice.name, voice.language, voice.quality.replace("_", " ") or "—",
                voice.licence, speaking.get(voice.key, "")])
            item.setToolTip(3, voice.licence)
            item.setData(0, Qt.ItemDataRole.UserRole, voice)
            if selected is not None and voice.key == selected.key:
                self.table.setCurrentItem(item)
        if not voices:
            self.status.setText(
                self.tr("No natural voice is installed yet: add one you have, or download one."))
        self._update_buttons()

    def selected_voice(self) -> InstalledVoice | None:
        item = self.table.currentItem()
        voice = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return voice if isinstance(voice, InstalledVoice) else None

    def _update_buttons(self, *_args: object) -> None:
        voice = self.selected_voice()
        busy = self._task is not None
        self.add.setEnabled(not busy)
        self.remove.setEnabled(voice is not None and not busy)
        self.use.setEnabled(voice is not None and not busy)
        if voice is None:
            self.use.setText(self.tr("Use for its language"))
        elif self._choices.get(voice.family) == voice.key:
            self.use.setText(arg(self.tr("Choose automatically for %1"),
                                 language_label(voice.family)))
        else:
            self.use.setText(arg(self.tr("Use for %1"), language_label(voice.family)))

    # asking the user (tests replace these two) -----------------------------------
    def choose_model_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a Piper voice"), str(Path.home()), self.tr("Piper voices (*.onnx)"))
        return Path(path) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # actions --------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        path = self.choose_model_file()
        if path is None:
            return
        self.add_from_file(path)

    def add_from_file(self, path: Path) -> None:
        """Check and copy the voice in the background (models are tens of megabytes)."""
        store = self.store
        task = Task(lambda _cancel, _progress: store.add_local(path))
        task.succeeded.connect(self._on_added)
        task.failed.connect(self._on_add_failed)
        self._task = task
        self.status.setText(arg(self.tr("Adding %1…"), path.name))
        self._update_buttons()
        task.start_detached()

    def _on_added(self, voice: InstalledVoice) -> None:
        self._task = None
        self.status.setText(arg(self.tr("%1 was added. Licence: %2"), voice.name, voice.licence))
        self.refresh()
        self.changed.emit()

    def _on_add_failed(self, message: str) -> None:
        self._task = None
        self.status.setText(arg(self.tr("This voice could not be added. %1"), message))
        self._update_buttons()

    def _on_download_clicked(self) -> None:
        dialog = DownloadDialog(self.store, self.catalogue, self.language, parent=self)
        dialog.installed.connect(self._on_downloaded)
        dialog.finished.connect(dialog.deleteLater)
        self.download_dialog = dialog
        dialog.open()
        dialog.load_catalogue()

    def _on_downloaded(self, _voice: InstalledVoice) -> None:
        self.refresh()
        self.changed.emit()

    def _on_use_clicked(self) -> None:
        voice = self.selected_voice()
        if voice is None:
            return
        unchoose = self._choices.get(voice.family) == voice.key
        try:
            self.store.choose(voice.family, None if unchoose else voice.key)
        except (VoiceStoreError, VoiceFileError, OSError) as error:
            self.status.setText(arg(self.tr("The choice could not be saved. %1"), error))
            return
        language = language_label(voice.family)
        self.status.setText(
            arg(self.tr("Anapana will pick the best installed voice for %1."), language)
            if unchoose else arg(self.tr("%1 will speak %2."), voice.name, language))
        self.refresh()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        voice = self.selected_voice()
        if voice is None or not self.confirm(
                self.tr("Remove this voice?"),
                arg(self.tr("Remove %1 (%2)? You can add or download it again later."),
                    voice.name, voice.language)):
            return
        try:
            self.store.remove(voice.key)
        except (VoiceStoreError, OSError) as error:
            self.status.setText(arg(self.tr("The voice could not be removed. %1"), error))
            return
        self.status.setText(arg(self.tr("%1 was removed."), voice.name))
        self.refresh()
        self.changed.emit()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.stop()
        super().done(result)


def open_voice_manager(parent: QWidget, language: str = "en",
                       store: VoiceStore | None = None) -> VoiceManager:
    """Show the voice manager window-modally (without blocking) and return it."""
    manager = VoiceManager(store if store is not None else VoiceStore.for_user(),
                           language=language, parent=parent)
    manager.finished.connect(manager.deleteLater)
    manager.refresh()
    manager.open()
    return manager


