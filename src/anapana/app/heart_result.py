"""After the resonance-rate finder with a heart signal: what each pace did to the heart.

A bar per rate (the heart rate's mean rise and fall per breath), the recommended rate
with its reason in plain words, and "Create my resonance session", which writes an
ordinary session file at that rate into the user's sessions folder, checked by the
same loader as every other file, for the user to edit as they like.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from anapana.hr.model import Assessment
from anapana.hr.reason_text import pace_text, reason_text

from .fonts import scaled_font
from .library_store import unused_session_path
from .locale_numbers import locale_decimal, locale_numbers
from .theme import LIGHT, Palette
from .translations import QT_TRANSLATE_NOOP, arg, qt_translate

DISCLAIMER = QT_TRANSLATE_NOOP("ResonanceResultView", "A practice aid, not a medical measurement: "
                               "the pace that feels easiest is a fine choice too.")


def rate_text(per_min: float) -> str:
    """A breathing rate as the user's locale writes it (`5.5`, `5,5`), as the reason
    under it writes its paces."""
    return pace_text(per_min, locale_numbers())


def resonance_session_yaml(per_min: float, made_on: date) -> str:
    """An editable session at `per_min` (quoted strings only: no YAML surprises)."""
    rate = f"{per_min:g}"  # the file is YAML: always a dot
    return f"""# Made by Anapana from your resonance-rate finder on {made_on.isoformat()}.
# Change anything you like and save; the library picks it up. The full reference is
# docs/session-format.md.
format: 1
title: "My resonance breathing ({rate} a minute)"
summary: "Slow, even breathing at your own resonance rate, {rate} breaths a minute."
description: |
  Your heart rate rose and fell most, and most in step with the breath, at about
  {rate} breaths a minute when you tried the resonance-rate finder on {made_on.isoformat()}.
  Practising near that pace is what resonance breathing is about (Lehrer and Vaschillo).
  Breathe gently through the nose; if the pace ever feels like work, let it go.
tags: [breathing, resonance, hrv]
language: en
checkin: both
reflect: "How did your own pace feel today?"
segments:
  - breathe: "Resonance breathing"
    intro: "Breathe in as the sound rises and out as it falls, {rate} breaths a minute."
    pace: {rate}
    duration: 15m
"""


def write_resonance_session(folder: Path, per_min: float, made_on: date) -> tuple[Path | None, str]:
    """Write the session file and check it with the core loader.

    Returns (path, '') or (None, a sentence saying why not). Never overwrites a file.
    """
    from anapana.core.library import load_entry

    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = unused_session_path(folder, "my-resonance-breathing")
        with target.open("x", encoding="utf-8") as stream:
            stream.write(resonance_session_yaml(per_min, made_on))
    except OSError as error:
        return None, arg(QCoreApplication.translate(
            "ResonanceResultView", "The session could not be written: %1"),
            error.strerror or error)
    entry = load_entry(target, "user")
    if not entry.ok:
        target.unlink(missing_ok=True)
        return None, arg(QCoreApplication.translate(
            "ResonanceResultView", "The session came out wrong and was not kept: %1"),
            entry.problems[0])
    return target, ""


class RateBars(QWidget):
    """One bar per rate: the mean heart-rate swing per breath; the recommended one filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Heart-rate swing at each pace"))
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: list[tuple[float, float | None]] = []
        self.best: float | None = None
        self._palette = LIGHT

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_assessment(self, assessment: Assessment) -> None:
        self.bars = [(r.per_min, r.peak_trough_bpm) for r in assessment.rates]
        self.best = assessment.best_per_min
        described = ", ".join(
            arg(self.tr("%1 a minute: %2", "a breathing rate: the heart's swing at it"),
                rate_text(rate),
                self.tr("no clear reading") if value is None
                else arg(self.tr("%1 beats a minute"), locale_decimal(value, 1)))
            for rate, value in self.bars)
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.bars:
            return
        palette = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = painter.fontMetrics()
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 8
        usable = max(bottom - top, 10)
        highest = max((v for _r, v in self.bars if v is not None), default=1.0) or 1.0
        slot = self.width() / len(self.bars)
        width = min(slot * 0.55, 90)
        for i, (rate, value) in enumerate(self.bars):
            x = slot * i + (slot - width) / 2
            best = self.best is not None and abs(rate - self.best) < 1e-6
            if value is not None:
                height = max(usable * value / highest, 2)
                rect = QRectF(x, bottom - height, width, height)
                fill = QColor(palette.accent if best else palette.sand)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QPen(QColor(palette.text)))
                painter.drawText(QRectF(x - 20, rect.top() - line - 2, width + 40, line),
                                 Qt.AlignmentFlag.AlignCenter, locale_decimal(value, 1))
            else:
                painter.setPen(QPen(QColor(palette.muted)))
                painter.drawText(QRectF(x - 20, bottom - line, width + 40, line),
                                 Qt.AlignmentFlag.AlignCenter, "–")
            font = painter.font()
            font.setBold(best)
            painter.setFont(font)
            painter.setPen(QPen(QColor(palette.text if best else palette.muted)))
            painter.drawText(QRectF(x - 30, bottom + 4, width + 60, line),
                             Qt.AlignmentFlag.AlignCenter, arg(
                                 self.tr("%1 / min"), rate_text(rate)))
            font.setBold(False)
            painter.setFont(font)
        painter.end()


class ResonanceResultView(QWidget):
    """`continue_requested` goes on to the usual completion screen;
    `session_created(path)` after a new session file was written."""

    continue_requested = Signal()
    session_created = Signal(str)

    def __init__(self, sessions_folder: Path, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.sessions_folder = sessions_folder
        self._today = today
        self.assessment: Assessment | None = None
        self.title = QLabel(self.tr("How your heart followed each pace"), self)
        self.title.setFont(scaled_font(self, 1.6, QFont.Weight.Light))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self.tr("The rise and fall of your heart rate with each breath,"
                                      " in beats a minute"), self)
        self.caption.setObjectName("muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bars = RateBars(self)
        self.recommendation = QLabel(self)
        self.recommendation.setAccessibleName(self.tr("Recommended pace"))
        self.recommendation.setFont(scaled_font(self, 1.25, QFont.Weight.DemiBold))
        self.recommendation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recommendation.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setAccessibleName(self.tr("Why this pace"))
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setWordWrap(True)
        self.note = QLabel(QCoreApplication.translate("ResonanceResultView", DISCLAIMER), self)
        self.note.setObjectName("muted")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton(self.tr("Create my resonance session"), self)
        self.create_button.setObjectName("primary")
        self.create_button.setAccessibleName(self.tr("Create my resonance session"))
        self.create_button.clicked.connect(self._on_create_clicked)
        # The primary style pads 1.6 em each side in a semibold face, and its focus ring
        # takes 2 px more: make room for the whole label in every state.
        bold = QFont(self.create_button.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        self.create_button.setMinimumWidth(
            metrics.horizontalAdvance(self.create_button.text())
            + round(3.2 * metrics.averageCharWidth() * 1.9) + 12)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.clicked.connect(self.continue_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 36, 80, 28)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.caption)
        layout.addWidget(self.bars, 1)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.created: Path | None = None

    def set_palette(self, palette: Palette) -> None:
        self.bars.set_palette(palette)

    def show_assessment(self, assessment: Assessment) -> None:
        self.assessment = assessment
        self.created = None
        self.status.setText("")
        self.bars.set_assessment(assessment)
        best = assessment.best_per_min
        if best is None:
            self.recommendation.setText(self.tr("No clear resonance pace this time"))
        else:
            self.recommendation.setText(
                arg(self.tr("Your resonance pace looks like %1 breaths a minute"),
                    rate_text(best)))
        why = assessment.why
        self.reason.setText(assessment.reason if why is None else
                            reason_text(why, qt_translate, locale_numbers()))
        self.create_button.setVisible(best is not None)
        self.create_button.setEnabled(True)

    def focus_first(self) -> None:
        (self.create_button if self.create_button.isVisible() else self.continue_button
         ).setFocus()

    def _on_create_clicked(self) -> None:
        assessment = self.assessment
        if assessment is None or assessment.best_per_min is None:
            return
        path, why = write_resonance_session(self.sessions_folder, assessment.best_per_min,
                                            self._today or date.today())
        if path is None:
            self.status.setText(why)
            return
        self.created = path
        self.create_button.setEnabled(False)
        self.status.setText(arg(self.tr("Made %1 in your sessions: it is in the library now,"
                                        " and you can open it in a text editor to change it."),
                                path.name))
        self.session_created.emit(str(path))
