"""The settings dialog: appearance, practice, sound, accessibility; applied as they change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from anapana.sound.channels import CHANNEL_LABELS

from .settings import LANGUAGE_CHOICES, Settings
from .translations import QT_TRANSLATE_NOOP, arg

THEME_LABELS = (("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
                ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
                ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")))
FIGURE_LABELS = (("circle", QT_TRANSLATE_NOOP("SettingsDialog", "Circle")),
                 ("square", QT_TRANSLATE_NOOP(
                     "SettingsDialog", "Square (traces its sides, for box breathing)")))
EYES_CLOSED_LABELS = (("off", QT_TRANSLATE_NOOP("SettingsDialog", "The session's own cues")),
                      ("words", QT_TRANSLATE_NOOP("SettingsDialog", "Say in, hold, out")),
                      ("tones", QT_TRANSLATE_NOOP(
                          "SettingsDialog", "A distinct tone for in, hold and out")))
"""English sources of the choices; shown through `_shown` in the UI language."""
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español",
                  "it": "Italiano", "pt_BR": "Português (Brasil)", "nl": "Nederlands"}
"""Each language in its own words (never translated), so that anyone can find theirs."""


def _shown(label: str) -> str:
    return QCoreApplication.translate("SettingsDialog", label)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, voices: list[str] | None = None,
                 parent: QWidget | None = None,
                 extra_pages: Sequence[QWidget] = ()) -> None:
        """`extra_pages`: more groups to show, such as the reminders (from the desktop)."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, label in THEME_LABELS:
            self.theme.addItem(_shown(label), value)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        self.theme.currentIndexChanged.connect(self._on_theme_changed)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the app (after a restart)"))
        self.language.addItem(self.tr("Follow the system"), "")
        for code in LANGUAGE_CHOICES[1:]:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.language_note = QLabel(
            self.tr("The new language shows the next time Anapana starts."), self)
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("muted")
        self.language_note.hide()

        self.figure = QComboBox(self)
        self.figure.setAccessibleName(self.tr("Figure style"))
        for value, label in FIGURE_LABELS:
            self.figure.addItem(_shown(label), value)
        self.figure.setCurrentIndex(max(self.figure.findData(settings.figure_style), 0))
        self.figure.currentIndexChanged.connect(self._on_figure_changed)

        self.reduced_motion = QCheckBox(
            self.tr("Reduce motion (the figure changes colour instead of size)"), self)
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.reduced_motion.toggled.connect(self._on_reduced_motion_toggled)

        self.lead_in = QDoubleSpinBox(self)
        self.lead_in.setAccessibleName(self.tr("Lead-in before a session, in seconds"))
        self.lead_in.setRange(0, 30)
        self.lead_in.setDecimals(0)
        self.lead_in.setSuffix(self.tr(" s"))
        self.lead_in.setValue(settings.lead_in_s)
        self.lead_in.valueChanged.connect(self._on_lead_in_changed)

        self.speak = QCheckBox(self.tr("Speak the guidance aloud"), self)
        self.speak.setAccessibleName(self.tr("Speak the guidance aloud"))
        self.speak.setChecked(settings.speak_guidance)
        self.speak.toggled.connect(self._on_speak_toggled)
        self.eyes_closed = QComboBox(self)
        self.eyes_closed.setAccessibleName(self.tr("Following with eyes closed"))
        for value, label in EYES_CLOSED_LABELS:
            self.eyes_closed.addItem(_shown(label), value)
        self.eyes_closed.setCurrentIndex(max(self.eyes_closed.findData(settings.eyes_closed), 0))
        self.eyes_closed.currentIndexChanged.connect(self._on_eyes_closed_changed)
        self.voice = QComboBox(self)
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.addItem(self.tr("The session's language (default)"), "")
        for name in voices or []:
            self.voice.addItem(name, name)
        self.voice.setCurrentIndex(max(self.voice.findData(settings.voice), 0))
        self.voice.currentIndexChanged.connect(self._on_voice_changed)

        self.volumes: dict[str, QSlider] = {}
        sound_form = QFormLayout()
        for channel, source in CHANNEL_LABELS.items():
            label = QCoreApplication.translate("SoundChannels", source)
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setRange(0, 100)
            slider.setValue(round(settings.volume(channel) * 100))
            slider.setAccessibleName(arg(self.tr("%1 volume"), label))
            slider.valueChanged.connect(
                lambda value, ch=channel: self._on_volume_changed(ch, value))
            self.volumes[channel] = slider
            sound_form.addRow(label, slider)
        sound_form.addRow("", self.speak)
        sound_form.addRow(self.tr("Eyes closed"), self.eyes_closed)
        sound_form.addRow(self.tr("Voice"), self.voice)
        self.natural_voices = QPushButton(self.tr("Natural voices…"), self)
        self.natural_voices.setToolTip(self.tr("Add, download and choose Piper voices"))
        self.natural_voices.clicked.connect(self._on_natural_voices_clicked)
        sound_form.addRow("", self.natural_voices)

        self.announce = QCheckBox(self.tr("Announce each phase to screen readers"), self)
        self.announce.setAccessibleName(self.tr("Announce each phase to screen readers"))
        self.announce.setChecked(settings.announce_phases)
        self.announce.toggled.connect(self._on_announce_toggled)

        look = QGroupBox(self.tr("Appearance"), self)
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("Theme"), self.theme)
        look_form.addRow(self.tr("Language"), self.language)
        look_form.addRow("", self.language_note)
        look_form.addRow(self.tr("Figure"), self.figure)
        look_form.addRow("", self.reduced_motion)
        practice = QGroupBox(self.tr("Practice"), self)
        practice_form = QFormLayout(practice)
        practice_form.addRow(self.tr("Lead-in"), self.lead_in)
        sound = QGroupBox(self.tr("Sound"), self)
        sound.setLayout(sound_form)
        self.captions = QCheckBox(self.tr("Show the spoken words as captions"), self)
        self.captions.setAccessibleName(self.tr("Show the spoken words as captions"))
        self.captions.setChecked(settings.captions)
        self.captions.toggled.connect(self._on_captions_toggled)

        access = QGroupBox(self.tr("Accessibility"), self)
        access_layout = QVBoxLayout(access)
        access_layout.addWidget(self.captions)
        access_layout.addWidget(self.announce)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 12)
        # With large text the groups outgrow the screen: they scroll, never overlap.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 4)
        layout.setSpacing(12)
        from .heart_settings import HeartRateSettingsPanel

        self.heart = HeartRateSettingsPanel(settings, self)
        for group in (look, practice, sound, access, self.heart, *extra_pages):
            if group.parent() is not self:
                group.setParent(self)
            layout.addWidget(group)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(buttons)
        self._fit_to_screen(content)

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as the groups need, but never beyond the screen's free area."""
        screen = self.screen()
        hint = content.sizeHint()
        width, height = hint.width() + 40, hint.height() + 80
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 16), min(height, free.height() - 48)
        self.resize(width, height)

    def _on_theme_changed(self, _index: int) -> None:
        self.settings.theme = self.theme.currentData()

    def _on_language_changed(self, _index: int) -> None:
        self.settings.language = self.language.currentData()
        self.language_note.show()

    def _on_figure_changed(self, _index: int) -> None:
        self.settings.figure_style = self.figure.currentData()

    def _on_reduced_motion_toggled(self, on: bool) -> None:
        self.settings.reduced_motion = on

    def _on_lead_in_changed(self, value: float) -> None:
        self.settings.lead_in_s = value

    def _on_speak_toggled(self, on: bool) -> None:
        self.settings.speak_guidance = on

    def _on_eyes_closed_changed(self, _index: int) -> None:
        self.settings.eyes_closed = self.eyes_closed.currentData()

    def _on_voice_changed(self, _index: int) -> None:
        self.settings.voice = self.voice.currentData()

    def _on_natural_voices_clicked(self) -> None:
        from .voice_manager import open_voice_manager

        self.voice_manager = open_voice_manager(self, QLocale.system().name())

    def _on_volume_changed(self, channel: str, value: int) -> None:
        self.settings.set_volume(channel, value / 100)

    def _on_announce_toggled(self, on: bool) -> None:
        self.settings.announce_phases = on

    def _on_captions_toggled(self, on: bool) -> None:
        self.settings.captions = on
