"""The heart trace under the breath curve: heart rate over the same seconds, the last
breath's swing as a number, and the source's state in a small quiet line.

`HeartBridge` carries a source's samples and states into the GUI thread: a source
may call its listeners from its own thread (Bluetooth), and a signal emitted there
reaches these slots queued, in the GUI thread.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from anapana.hr.sources import HeartRateSource, HeartSample, SourceState

from .breath_curve import AHEAD_S, PAST_WITH_HEART_S, strip_view_rect
from .fonts import scaled_font
from .frame_pacing import NEVER
from .heart_track import HeartTrack
from .theme import LIGHT, Palette
from .translations import QT_TRANSLATE_NOOP, arg

SHOWN_BEATS = 120
"""Enough beats to fill the past part of the trace at any heart rate."""

STATE_WORDS = {
    SourceState.IDLE: "",
    SourceState.SEARCHING: QT_TRANSLATE_NOOP("HeartPanel", "Looking for your heart-rate strap…"),
    SourceState.CONNECTED: "",
    SourceState.NO_CONTACT: QT_TRANSLATE_NOOP(
        "HeartPanel", "The strap can't feel your skin; a little moisture on it helps."),
    SourceState.LOST: QT_TRANSLATE_NOOP(
        "HeartPanel", "Heart signal lost for now; it will come back by itself."),
}
"""English sources, shown through QCoreApplication.translate("HeartPanel", …)."""


class HeartBridge(QObject):
    """Re-emits a source's listener calls as signals (safe from any thread)."""

    sample_received = Signal(object)
    state_changed = Signal(str)

    def __init__(self, source: HeartRateSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        source.subscribe(self._on_source_sample, self._on_source_state)

    def _on_source_sample(self, sample: HeartSample) -> None:
        self.sample_received.emit(sample)

    def _on_source_state(self, state: SourceState) -> None:
        self.state_changed.emit(state.value)


class HeartTrace(QWidget):
    """Heart rate by plan time, drawn in plan seconds and slid left as time goes on.

    A plain widget painted with QPainter (about 120 points a frame), not a pyqtgraph
    view: the player then never imports pyqtgraph. Its view rectangle and time axis are
    the breath curve's, so the two now lines align.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("HeartTrace", "Heart-rate trace"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "HeartTrace", "Your heart rate over the last breaths."))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(48)
        self.setMaximumHeight(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._times: list[float] = []
        self._rates: list[float] = []
        self._shift = 0.0
        self._plan_s = 0.0
        self._y_range = (50.0, 80.0)
        self._background = QColor()
        self._now_pen = QPen()
        self._line_pen = QPen()
        self.set_palette(LIGHT)

    def sizeHint(self) -> QSize:
        return QSize(600, 60)

    def set_palette(self, palette: Palette) -> None:
        self._background = QColor(palette.window)
        self._now_pen = QPen(QColor(palette.accent), 2)
        self._line_pen = QPen(QColor(palette.problem), 2.2)
        self.update()

    def _view_rect(self) -> QRectF:
        return strip_view_rect(self)

    def _per_s(self) -> float:
        """Device pixels per second of plan time."""
        width = self._view_rect().width() * self.devicePixelRatioF()
        return width / (PAST_WITH_HEART_S + AHEAD_S) if width > 0 else 0.0

    def set_points(self, times: list[float], rates: list[float]) -> None:
        times, rates = times[-SHOWN_BEATS:], rates[-SHOWN_BEATS:]
        self._times, self._rates = list(times), list(rates)
        # Fit the height to what shows now (the past part of the axis), not older beats.
        visible = [r for t, r in zip(times, rates, strict=True)
                   if times[-1] - t <= PAST_WITH_HEART_S + 2] if times else []
        if visible:
            # In whole steps of 4 beats a minute, so the scale changes only when the
            # heart has really moved.
            low = float(math.floor((min(visible) - 2) / 4) * 4)
            high = float(math.ceil((max(visible) + 2) / 4) * 4)
            if high - low < 12:
                low, high = (low + high) / 2 - 6, (low + high) / 2 + 6
            self._y_range = (low, high)
        self._shift = math.nan
        self.show_time(self._plan_s)

    def show_time(self, plan_s: float) -> None:
        """Slide to `plan_s`, by whole device pixels as the breath curve does (a frame
        that would move the line by less than a pixel costs nothing)."""
        self._plan_s = plan_s
        per_s = self._per_s()
        shift = round(plan_s * per_s) / per_s if per_s > 0 else plan_s
        if shift != self._shift:
            self._shift = shift
            self.update()

    def next_change_s(self, plan_s: float) -> float:
        """Seconds until the trace slides by its next whole device pixel."""
        per_s = self._per_s()
        if per_s <= 0:
            return NEVER
        exact = plan_s * per_s
        return max(round(exact) + 0.5 - exact, 0.0) / per_s

    def point_count(self) -> int:
        return len(self._times)

    def newest_s(self) -> float | None:
        """Where the newest beat sits on the time axis, in seconds from the now line."""
        return self._times[-1] - self._shift if self._times else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._shift = math.nan
        self.show_time(self._plan_s)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._background)
        rect = self._view_rect()
        span = PAST_WITH_HEART_S + AHEAD_S
        now_x = rect.left() + rect.width() * PAST_WITH_HEART_S / span
        low, high = self._y_range
        if len(self._times) > 1 and rect.width() > 0 and high > low:
            per_s = rect.width() / span
            per_beat = rect.height() / (high - low)
            shift = 0.0 if math.isnan(self._shift) else self._shift
            points = [QPointF(now_x + (t - shift) * per_s, rect.bottom() - (r - low) * per_beat)
                      for t, r in zip(self._times, self._rates, strict=True)]
            painter.setClipRect(rect)
            painter.setPen(self._line_pen)
            painter.drawPolyline(points)
            painter.setClipping(False)
        painter.setPen(self._now_pen)
        painter.drawLine(QPointF(now_x, rect.top()), QPointF(now_x, rect.bottom()))
        painter.end()


class HeartPanel(QWidget):
    """The trace with the swing and the heart rate to its right, and the quiet state line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Heart rate"))
        self.trace = HeartTrace(self)
        self.swing_label = QLabel(self)
        self.swing_label.setAccessibleName(self.tr("Heart-rate swing of the last breath"))
        self.swing_label.setFont(scaled_font(self, 1.1, QFont.Weight.Normal))
        self.swing_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rate_label = QLabel(self)
        self.rate_label.setObjectName("muted")
        self.rate_label.setAccessibleName(self.tr("Heart rate now"))
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("muted")
        self.state_label.setAccessibleName(self.tr("Heart signal"))
        self.state_label.setFont(scaled_font(self, 0.9))
        # The numbers sit below the trace, never beside it: the trace keeps the breath
        # curve's full width, so both share one time axis and one now line.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.rate_label)
        row.addSpacing(16)
        row.addWidget(self.swing_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.trace)
        layout.addLayout(row)
        self.track: HeartTrack | None = None
        self.battery_pct: int | None = None
        self._rate_text = ""
        self._shown_swing: float | None = None
        self._state = SourceState.IDLE
        self.show_state(SourceState.SEARCHING)

    def set_palette(self, palette: Palette) -> None:
        self.trace.set_palette(palette)

    def begin(self, track: HeartTrack) -> None:
        self.track = track
        self._shown_swing = None
        self.trace.set_points([], [])
        self.swing_label.setText("")
        self._rate_text = ""
        self._show_rate()

    def show_state(self, state: SourceState) -> None:
        self._state = state
        words = STATE_WORDS.get(state, "")
        words = QCoreApplication.translate("HeartPanel", words) if words else ""
        self.state_label.setText(words)

    def beats_changed(self) -> None:
        track = self.track
        if track is None:
            return
        times, rates = track.points()
        self.trace.set_points(times, rates)
        if rates:
            self._rate_text = arg(self.tr("%1 beats a minute"), QLocale().toString(
                round(rates[-1])))
            self._show_rate()

    def set_battery(self, percent: int | None) -> None:
        """The strap's battery level, where it offers one."""
        if percent != self.battery_pct:
            self.battery_pct = percent
            self._show_rate()

    def _show_rate(self) -> None:
        battery = "" if self.battery_pct is None else arg(
            self.tr("strap battery %1 %"), QLocale().toString(self.battery_pct))
        self.rate_label.setText(" · ".join(t for t in (self._rate_text, battery) if t))

    def next_change_s(self, plan_s: float) -> float:
        """Seconds until the trace next moves on screen (for the frame timer)."""
        return self.trace.next_change_s(plan_s)

    def show_time(self, plan_s: float) -> None:
        self.trace.show_time(plan_s)
        track = self.track
        if track is None:
            return
        swing = track.last_swing(plan_s)
        if swing != self._shown_swing:
            self._shown_swing = swing
            self.swing_label.setText(
                "" if swing is None else arg(self.tr("last breath's swing %1"),
                                             QLocale().toString(round(swing))))
            self.swing_label.setToolTip(
                self.tr("How far your heart rate rose and fell over the last breath, in beats a"
                        " minute"))
