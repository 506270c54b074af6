"""The Bluetooth source's thread reaches Qt only through queued signals: the slots run in
the GUI thread, and the window never waits for Bluetooth."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from anapana.app.heart_panel import HeartBridge
from anapana.hr.ble import HEART_RATE_SERVICE, Backoff, BleHeartRateSource
from anapana.hr.measurement import encode_measurement
from anapana.hr.sources import HeartSample
from tests.test_hr_ble import ADS, HR, Strap, fakes

pytestmark = pytest.mark.gui


def test_samples_from_the_bluetooth_thread_arrive_in_the_gui_thread(qtbot: QtBot) -> None:
    link = [encode_measurement(60 + i, contact=True, rr_raw=[1000 + i]) for i in range(5)]
    strap = Strap([(HR[0], ADS[0])], [link, link])
    scanner, client = fakes(strap)
    source = BleHeartRateSource(scanner=scanner, client=client, backoff=Backoff(0.01, 0.05))
    owner = QObject()
    bridge = HeartBridge(source, owner)
    gui = threading.current_thread()
    seen: list[tuple[float, threading.Thread]] = []
    states: list[str] = []
    emitted_from: list[threading.Thread] = []
    source.subscribe(lambda _s: emitted_from.append(threading.current_thread()))

    def on_sample(sample: object) -> None:
        assert isinstance(sample, HeartSample)
        seen.append((sample.bpm, threading.current_thread()))

    bridge.sample_received.connect(on_sample)
    bridge.state_changed.connect(states.append)
    source.start(0.0)
    try:
        qtbot.waitUntil(lambda: len(seen) >= 10, timeout=10000)
    finally:
        source.stop()
    assert all(thread is gui for _bpm, thread in seen)
    assert emitted_from and all(thread is not gui for thread in emitted_from)
    assert [bpm for bpm, _t in seen[:5]] == [60, 61, 62, 63, 64]
    assert "connected" in states and "lost" in states  # it dropped once and came back
    assert strap.scans[0] == [HEART_RATE_SERVICE]
