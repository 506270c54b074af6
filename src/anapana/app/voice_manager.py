"""The voice manager (Settings → Natural voices…): Piper voices to add, download, choose, remove.

It lists the installed voices with their language, quality and licence, imports a local
`.onnx` + `.onnx.json`, and downloads from Piper's voices catalogue after showing the
voice's licence (its model card) and asking the user to accept it
(`voice_download_dialog`). Everything that touches the network or copies large files
runs in a `background_task.Task` thread, so the window never waits; a download shows its
progress and can be cancelled, and resumes next time. The work itself is done by
`anapana.sound.tts.voice_store`, which has no Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from anapana.sound.tts.piper import piper_installed
from anapana.sound.tts.voice_files import VoiceFileError, VoiceWords
from anapana.sound.tts.voice_store import (
    UNKNOWN_LICENCE,
    InstalledVoice,
    VoiceStore,
    VoiceStoreError,
)

from .background_task import Task, in_words
from .translations import QT_TRANSLATE_NOOP, arg
from .voice_download_dialog import DownloadDialog

__all__ = ["DownloadDialog", "VoiceManager", "open_voice_manager"]


def language_label(family: str) -> str:
    locale = QLocale(family)
    if not family or locale.language() == QLocale.Language.C:
        return family
    # Qt names languages only in English or in themselves; a language's own name
    # ("Deutsch", "Français") reads right in every interface language, as pickers show it.
    name = _OWN_NAMES.get(locale.language()) or locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else QLocale.languageToString(locale.language())


# The two languages whose own name in Qt carries a country ("American English",
# "español de España"); a voice's family has none.
_OWN_NAMES = {QLocale.Language.English: "English", QLocale.Language.Spanish: "español"}


def licence_text(licence: str) -> str:
    """A voice's licence as stored, or, when none was stated, that said in the interface's
    language."""
    return in_words(VoiceWords(UNKNOWN_LICENCE)) if licence == UNKNOWN_LICENCE else licence


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
                                       len(problems)),
                                "; ".join(in_words(problem) for problem in problems[:3])))
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
            licence = licence_text(voice.licence)
            item = QTreeWidgetItem(self.table, [
                voice.name, voice.language, voice.quality.replace("_", " ") or "—",
                licence, speaking.get(voice.key, "")])
            item.setToolTip(3, licence)
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
        self.status.setText(arg(self.tr("%1 was added. Licence: %2"), voice.name,
                                licence_text(voice.licence)))
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
            self.status.setText(arg(self.tr("The choice could not be saved. %1"),
                                    in_words(error)))
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
            self.status.setText(arg(self.tr("The voice could not be removed. %1"),
                                    in_words(error)))
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


