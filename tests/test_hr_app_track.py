"""The heart track (Qt-free): beats placed on plan time, swings per breath, what is kept."""

from __future__ import annotations

import math

import pytest

from anapana.app.heart_live import paced_rates
from anapana.app.heart_track import HeartTrack, breath_windows, swing
from anapana.core.library import load_entry
from anapana.core.plan import Plan
from anapana.hr.sources import HeartSample, SourceState
from anapana.paths import bundled_sessions_dir


def _plan(name: str) -> Plan:
    entry = load_entry(bundled_sessions_dir() / f"{name}.yaml", "bundled")
    assert entry.loaded is not None
    return entry.loaded.plan


def test_beats_land_on_plan_time_through_pauses() -> None:
    track = HeartTrack(_plan("coherent-breathing-10"))
    track.note_frame(1000.0, -2.0, playing=False)  # the lead-in
    track.add(HeartSample(1000.5, 60, (1000.0,)))
    assert track.beats == []  # before plan time 0: not part of the practice
    track.note_frame(1010.0, 8.0, playing=True)
    track.add(HeartSample(1010.2, 70, (800.0, 900.0)))  # two beats in one notification
    assert [(round(b.plan_s, 3), b.rr_ms) for b in track.beats] == [(7.3, 800.0), (8.2, 900.0)]
    track.note_frame(1020.0, 18.0, playing=False)  # paused at plan 18 s
    track.add(HeartSample(1025.0, 70, (850.0,)))
    assert len(track.beats) == 2
    track.note_frame(1040.0, 18.0, playing=True)  # resumed 20 s later
    track.add(HeartSample(1041.0, 70, (1000.0,)))
    assert track.beats[-1].plan_s == pytest.approx(19.0)


def test_implausible_intervals_are_left_out_and_rate_only_straps_still_draw() -> None:
    track = HeartTrack(_plan("coherent-breathing-10"))
    track.note_frame(0.0, 0.0, playing=True)
    track.add(HeartSample(1.0, 60, (0.0, 5000.0, math.nan)))
    track.add(HeartSample(2.0, 61, ()))
    assert track.beats == []
    assert track.points() == ([1.0, 2.0], [60.0, 61.0])


def test_swing_of_the_last_whole_breath() -> None:
    plan = _plan("coherent-breathing-10")
    windows = breath_windows(plan)
    period = 60 / 5.5
    assert windows[0][1] - windows[0][0] == pytest.approx(period, abs=0.01)
    track = HeartTrack(plan)
    track.note_frame(0.0, 0.0, playing=True)
    t = 0.0
    while t < 40:  # heart rate 60 ± 6 with the breath
        rr = 60000 / (60 + 6 * math.sin(2 * math.pi * t / period))
        t += rr / 1000
        track.add(HeartSample(t, 60, (rr,)))
    last = track.last_swing(3 * period + 0.5)
    assert last is not None and 10.0 < last <= 12.0
    assert track.last_swing(period * 0.5) is None  # no whole breath yet
    whole = [b for b in windows if b[1] < 39.0]  # breaths the synthetic heart covers
    assert whole and len(track.swings()) >= len(whole)
    assert all(10.0 < (swing(track.beats, a, b) or 0) <= 12.0 for a, b in whole)


def test_signal_time_counts_only_connected_practice() -> None:
    track = HeartTrack(_plan("coherent-breathing-10"))
    track.note_state(SourceState.CONNECTED, 0.0)
    track.note_frame(0.0, 0.0, True)
    track.note_frame(10.0, 10.0, True)
    track.note_state(SourceState.LOST, 10.0)
    track.note_frame(20.0, 20.0, True)
    track.note_state(SourceState.CONNECTED, 20.0)
    track.note_frame(25.0, 25.0, True)
    track.note_frame(30.0, 25.0, False)
    track.note_frame(40.0, 25.0, False)
    assert track.signal_s == pytest.approx(20.0)


def test_rr_from_plan_zero_starts_at_zero() -> None:
    track = HeartTrack(_plan("coherent-breathing-10"))
    track.note_frame(0.0, 0.0, True)
    for at in (0.4, 1.4, 2.3):
        track.add(HeartSample(at, 60, (1000.0 if at != 2.3 else 900.0,)))
    series = track.rr_from_plan_zero()
    assert series == pytest.approx([400.0, 1000.0, 900.0])


def test_the_finder_paces_five_rates() -> None:
    assert paced_rates(_plan("resonance-rate-finder")) == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert paced_rates(_plan("coherent-breathing-10")) == [5.5]


def test_an_odd_beat_is_kept_for_the_log_but_not_drawn_or_swung() -> None:
    plan = _plan("coherent-breathing-10")
    track = HeartTrack(plan)
    track.note_frame(0.0, 0.0, True)
    t = 0.0
    for i in range(30):
        rr = 550.0 if i == 12 else 1000.0 + 20 * (i % 3)  # one early (ectopic) beat
        t += rr / 1000
        track.add(HeartSample(t, 60, (rr,)))
    assert 550.0 in track.rr_ms()  # the log keeps every beat
    _times, rates = track.points()
    assert len(rates) == 29 and max(rates) < 61
    assert all(s < 3 for s in track.swings())


def test_a_session_without_breaths_has_no_breath_windows() -> None:
    # A body scan or a silent sit paces no breath: no windows (not a failed heart trace).
    assert breath_windows(_plan("body-scan-5")) == []
    assert breath_windows(_plan("silent-sit-10")) == []
