"""Heart rate during sessions: which source, its trace in the player, and what is kept.

`HeartLive` belongs to the main window. When a session begins it picks the source —
the simulator when asked for (`anapana run ID --hr-simulate 5.5`, or the environment
variable `ANAPANA_HR_SIMULATE`), else the strap chosen in Settings when the `hr` extra
is installed — and shows the heart panel under the breath curve. Without a source
nothing here runs and the player looks as it always did. At the end it summarizes
the practice for the log (`anapana.log.heart`) and, for a session with several paced
rates (the resonance-rate finder), runs the resonance assessment.

The simulator and a replay have no thread: the frame tick advances them. The
Bluetooth source keeps its own thread and stays connected between sessions.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from anapana.core.clock import Clock
from anapana.hr.sources import HeartRateSource, SourceState

from .heart_track import HeartTrack
from .settings import Settings

if TYPE_CHECKING:
    from anapana.core.plan import Plan
    from anapana.core.player import PlayerState
    from anapana.hr.model import Assessment
    from anapana.log.heart import HeartRecord
    from anapana.log.store import PracticeLog

    from .controller import PlayerController
    from .heart_panel import HeartBridge, HeartPanel
    from .player_view import PlayerView

logger = logging.getLogger(__name__)

SIMULATE_ENV = "ANAPANA_HR_SIMULATE"


def simulate_rate_from_env() -> float | None:
    """The simulator's resonance rate when asked for; None otherwise or when unreadable."""
    text = os.environ.get(SIMULATE_ENV, "").strip()
    if not text:
        return None
    try:
        rate = float(text)
    except ValueError:
        logger.warning("%s=%r is not a rate in breaths a minute; ignored", SIMULATE_ENV, text)
        return None
    return rate if math.isfinite(rate) and 3.0 <= rate <= 10.0 else None


def paced_rates(plan: Plan) -> list[float]:
    """The distinct breathing rates of a plan's breathe segments, in order."""
    rates: list[float] = []
    for segment in plan.segments:
        if segment.kind != "breathe":
            continue
        inhales = [p for p in plan.phases if p.segment == segment.index and p.kind == "inhale"]
        if len(inhales) >= 2:
            period = (inhales[-1].start_s - inhales[0].start_s) / (len(inhales) - 1)
            rate = round(60.0 / period * 2) / 2 if period > 0 else 0.0
            if rate and rate not in rates:
                rates.append(rate)
    return rates


class HeartLive(QObject):
    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        *,
        simulate_per_min: float | None = None,
        strap_factory: Callable[[str, str], HeartRateSource] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._clock = clock
        self.simulate_per_min = simulate_per_min
        self._strap_factory = strap_factory
        self.source: HeartRateSource | None = None
        self._bridge: HeartBridge | None = None
        self._strap: HeartRateSource | None = None
        self._strap_key = ("", "")
        self.track: HeartTrack | None = None
        self.panel: HeartPanel | None = None
        self._controller: PlayerController | None = None
        self._time_driven = False
        self._started = False

    # -- choosing a source -------------------------------------------------------------
    def _source_for(self, plan: Plan) -> HeartRateSource | None:
        if self.simulate_per_min is not None:
            from anapana.hr.sources import SimulatedSource

            try:
                return SimulatedSource(plan, self.simulate_per_min)
            except Exception:  # the analysis package is missing a part: run without
                logger.exception("the heart simulator could not start")
                return None
        if not self.settings.heart_enabled:
            return None
        address, name = self.settings.heart_strap
        if not address:
            return None
        if self._strap is not None and self._strap_key == (address, name):
            return self._strap
        if self._strap is not None:
            self._strap.stop()
            self._strap = None
        if self._strap_factory is not None:
            strap = self._strap_factory(address, name)
        else:
            from anapana.hr import ble

            ok, _hint = ble.available()
            if not ok:
                return None
            strap = ble.BleHeartRateSource(address, name=name, clock=self._clock)
        self._strap, self._strap_key = strap, (address, name)
        return strap

    # -- a session --------------------------------------------------------------------
    def begin(self, plan: Plan, controller: PlayerController, view: PlayerView) -> bool:
        """Start following the heart for `plan`; False (and nothing shown) without a source."""
        self.end()
        source = self._source_for(plan)
        panel = self.panel
        if source is None:
            if panel is not None:
                view.set_heart_panel(None)
            return False
        from .heart_panel import HeartBridge, HeartPanel

        if panel is None:
            panel = HeartPanel(view)
            self.panel = panel
        view.set_heart_panel(panel)
        self.source = source
        self.track = HeartTrack(plan, source.name)
        panel.begin(self.track)
        if self._bridge is None or self._bridge.source is not source:
            if self._bridge is not None:
                self._bridge.deleteLater()
            self._bridge = HeartBridge(source, self)
            self._bridge.sample_received.connect(self._on_bridge_sample_received)
            self._bridge.state_changed.connect(self._on_bridge_state_changed)
        self._time_driven = not source.own_thread
        self._started = False
        if not self._time_driven:
            source.start(self._clock.monotonic())
            self._started = True
        panel.show_state(source.state if source.state != SourceState.IDLE
                         else SourceState.SEARCHING)
        panel.set_battery(source.battery_pct)
        self._controller = controller
        controller.ticked.connect(self._on_controller_ticked)
        return True

    def end(self) -> HeartTrack | None:
        """Stop following (the strap stays connected for the next session)."""
        track = self.track
        if self._controller is not None:
            self._controller.ticked.disconnect(self._on_controller_ticked)
            self._controller = None
        if self.source is not None and self._time_driven:
            self.source.stop()
        self.source = None
        self.track = None
        return track

    def close(self) -> None:
        self.end()
        if self._strap is not None:
            self._strap.stop()  # asks its loop to end; waits a moment at most
            self._strap = None

    def _on_controller_ticked(self, state: PlayerState) -> None:
        source, track = self.source, self.track
        if source is None or track is None:
            return
        now = self._clock.monotonic()
        playing = state.status in ("playing", "waiting")
        track.note_frame(now, state.plan_s, playing)
        if self._time_driven:
            if not self._started and playing:
                self._started = True
                source.start(now - state.plan_s)  # the simulated heart beats from plan 0
            source.advance(now)
        if self.panel is not None:
            self.panel.show_time(state.plan_s)

    def _on_bridge_sample_received(self, sample: object) -> None:
        from anapana.hr.sources import HeartSample

        if self.track is None or not isinstance(sample, HeartSample):
            return
        self.track.add(sample)
        if self.panel is not None:
            self.panel.beats_changed()

    def _on_bridge_state_changed(self, value: str) -> None:
        try:
            state = SourceState(value)
        except ValueError:
            return
        if self.track is not None:
            self.track.note_state(state, self._clock.monotonic())
        if self.panel is not None:
            self.panel.show_state(state)
            if self.source is not None:
                self.panel.set_battery(self.source.battery_pct)


def summarize(track: HeartTrack) -> tuple[HeartRecord | None, Assessment | None]:
    """What the log keeps of a practice's heart, and the assessment when the plan paced
    several rates. (None, None) when no heart signal came at all."""
    from anapana.log.heart import HeartRecord, summarize_rr

    rr = track.rr_ms()
    if not rr and not track.rates:
        return None, None
    mean_hr, rmssd = summarize_rr(rr)
    if mean_hr is None and track.rates:
        mean_hr = sum(r for _, r in track.rates) / len(track.rates)
    swings = track.swings()
    assessment: Assessment | None = None
    if len(paced_rates(track.plan)) >= 2 and len(rr) >= 60:
        try:
            from anapana.hr.assessment import assess

            assessment = assess(track.rr_from_plan_zero(), track.plan)
        except Exception:  # the log and the app go on without it
            logger.exception("the resonance assessment failed")
    record = HeartRecord(
        practice_uuid="",
        source=track.source_name,
        signal_s=track.signal_s,
        mean_hr_bpm=mean_hr,
        rmssd_ms=rmssd,
        mean_swing_bpm=sum(swings) / len(swings) if swings else None,
        rr_ms=tuple(round(v, 1) for v in rr),
        first_beat_s=track.beats[0].plan_s - track.beats[0].rr_ms / 1000 if track.beats else None,
        assessment=assessment.to_json() if assessment is not None else None,
        chosen_per_min=assessment.best_per_min if assessment is not None else None,
    )
    return record, assessment


def save_record(log: PracticeLog | None, record: HeartRecord, practice_uuid: str,
                now: datetime) -> str | None:
    """Write the heart row; a calm sentence when it can't be written (else None)."""
    import sqlite3
    from dataclasses import replace

    from anapana.app.translations import qt_translate
    from anapana.log.heart import save_heart
    from anapana.log.notices import describe_write_error

    if log is None or not practice_uuid:
        return QCoreApplication.translate(
            "HeartLive", "The heart recording could not be kept: the practice log isn't open.")
    try:
        save_heart(log, replace(record, practice_uuid=practice_uuid), now)
    except sqlite3.Error as error:
        return describe_write_error(error, qt_translate)
    return None
