"""The BLE source against stand-ins for bleak's scanner and client (no radio here).

The fake strap replays 0x2A37 notifications built from the spec, drops the link once
after a few of them, and must be found and subscribed to again by the source itself.
Nothing here was tried with a real strap.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from anapana.hr.ble import (
    BATTERY_LEVEL,
    HEART_RATE_MEASUREMENT,
    HEART_RATE_SERVICE,
    Backoff,
    BleHeartRateSource,
    find_straps,
)
from anapana.hr.measurement import encode_measurement
from anapana.hr.sources import HeartSample, SourceState


@dataclass
class Device:
    address: str
    name: str | None = None


@dataclass
class Adv:
    local_name: str | None
    rssi: int
    service_uuids: list[str] = field(default_factory=list)


@dataclass
class Strap:
    """What the fake radio knows: what is advertised and what each link sends."""

    advertised: list[tuple[Device, Adv]]
    links: list[list[bytes]]
    """Notifications per connection; after the last one of a link (except the final
    link), the strap drops the connection."""
    battery: bytes | None = b"\x57"
    scans: list[list[str] | None] = field(default_factory=list)
    connects: int = 0
    subscribed: list[str] = field(default_factory=list)
    disconnects: int = 0


def fakes(strap: Strap) -> tuple[Any, Any]:
    class Scanner:
        @staticmethod
        async def discover(timeout: float = 5.0, *, return_adv: bool = False,
                           service_uuids: list[str] | None = None,
                           **kwargs: Any) -> dict[str, tuple[Device, Adv]]:
            assert return_adv
            strap.scans.append(service_uuids)
            await asyncio.sleep(0)
            return {d.address: (d, a) for d, a in strap.advertised}

    class Client:
        def __init__(self, device: Device,
                     disconnected_callback: Callable[[Any], None] | None = None,
                     **kwargs: Any) -> None:
            self.device = device
            self.on_drop = disconnected_callback
            self.link = strap.links[min(strap.connects, len(strap.links) - 1)]
            self.last = strap.connects >= len(strap.links) - 1
            self.task: asyncio.Task[None] | None = None

        async def connect(self) -> None:
            strap.connects += 1

        async def disconnect(self) -> None:
            strap.disconnects += 1
            if self.task is not None:
                self.task.cancel()

        async def read_gatt_char(self, uuid: str) -> bytearray:
            assert uuid == BATTERY_LEVEL
            if strap.battery is None:
                raise RuntimeError("Characteristic 2a19 was not found")
            return bytearray(strap.battery)

        async def start_notify(self, uuid: str, callback: Callable[[Any, bytearray], None]
                               ) -> None:
            strap.subscribed.append(uuid)

            async def replay() -> None:
                for payload in self.link:
                    await asyncio.sleep(0.005)
                    callback(None, bytearray(payload))
                if not self.last and self.on_drop is not None:
                    self.on_drop(self)
                else:
                    await asyncio.sleep(3600)

            self.task = asyncio.ensure_future(replay())

    return Scanner, Client


def _wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the source did not get there"
        time.sleep(0.01)


HR = [Device("AA:01", None), Device("CC:03", "Lamp")]
ADS = [Adv("Any Strap 7", -60, [HEART_RATE_SERVICE]), Adv(None, -40, [])]


def _source(strap: Strap, **kwargs: Any) -> tuple[BleHeartRateSource, list[HeartSample],
                                                  list[SourceState]]:
    scanner, client = fakes(strap)
    source = BleHeartRateSource(scanner=scanner, client=client,
                                backoff=Backoff(0.01, 0.05), **kwargs)
    samples: list[HeartSample] = []
    states: list[SourceState] = []
    lock = threading.Lock()

    def on_sample(sample: HeartSample) -> None:
        with lock:
            samples.append(sample)

    source.subscribe(on_sample, states.append)
    return source, samples, states


def test_reconnects_by_itself_after_a_drop_and_skips_malformed_notifications() -> None:
    first = [encode_measurement(60, contact=True, rr_raw=[1024]),
             b"\x10\x3c\x00",  # RR flag with a half interval: refused, skipped
             encode_measurement(62, contact=True, rr_raw=[990, 985])]
    second = [encode_measurement(70, contact=False, rr_raw=[]),
              encode_measurement(71, contact=True, energy_kj=5, rr_raw=[877])]
    strap = Strap(list(zip(HR, ADS, strict=True)), [first, second])
    source, samples, states = _source(strap)
    source.start(0.0)
    try:
        _wait_for(lambda: len(samples) == 4)
    finally:
        source.stop()
    assert strap.scans[0] == [HEART_RATE_SERVICE]  # found by service, not by name
    assert strap.connects == 2 and source.connections == 2
    assert strap.subscribed == [HEART_RATE_MEASUREMENT] * 2
    assert source.malformed == 1
    assert source.battery_pct == 0x57
    assert source.name == "Any Strap 7"
    assert [s.bpm for s in samples] == [60, 62, 70, 71]
    assert samples[1].rr_ms == pytest.approx((990 * 1000 / 1024, 985 * 1000 / 1024))
    assert samples[2].contact is False and samples[2].rr_ms == ()
    assert states[:5] == [SourceState.SEARCHING, SourceState.CONNECTED, SourceState.LOST,
                          SourceState.CONNECTED, SourceState.NO_CONTACT]
    assert states[-1] == SourceState.IDLE


def test_keeps_searching_until_a_strap_appears_then_connects_to_the_chosen_one() -> None:
    strap = Strap([], [[encode_measurement(55, rr_raw=[1100])]], battery=None)
    source, samples, states = _source(strap, address="bb:02")
    source.start(0.0)
    try:
        _wait_for(lambda: len(strap.scans) >= 3)
        assert strap.connects == 0 and source.state == SourceState.SEARCHING
        strap.advertised = [(Device("AA:01"), ADS[0]),
                            (Device("BB:02"), Adv("Chosen", -80, [HEART_RATE_SERVICE]))]
        _wait_for(lambda: len(samples) == 1)
    finally:
        source.stop()
    assert source.name == "Chosen"
    assert source.battery_pct is None  # not offered: no error, no number
    assert states[0] == SourceState.SEARCHING


def test_a_silent_link_is_dropped_and_made_again() -> None:
    # Both links send one beat and then nothing, without saying they dropped.
    silent = [encode_measurement(58, rr_raw=[1050])]
    strap = Strap([(HR[0], ADS[0])], [silent, silent, silent])
    strap.links = [silent]  # the last link never reports a drop either
    source, samples, _states = _source(strap, silent_after_s=0.2)
    source.start(0.0)
    try:
        _wait_for(lambda: strap.connects >= 2 and len(samples) >= 2)
    finally:
        source.stop()
    assert strap.disconnects >= 1


def test_bluetooth_errors_become_a_sentence_and_the_source_keeps_trying() -> None:
    class Broken:
        @staticmethod
        async def discover(**kwargs: Any) -> dict[str, Any]:
            raise OSError("org.bluez.Error.NotReady: Resource Not Ready")

    source = BleHeartRateSource(scanner=Broken, client=object, backoff=Backoff(0.01, 0.02))
    source.start(0.0)
    try:
        _wait_for(lambda: "NotReady" in source.problem)
        assert source.state == SourceState.SEARCHING
        assert source._thread is not None and source._thread.is_alive()
    finally:
        source.stop()


def test_backoff_doubles_up_to_its_ceiling_and_resets() -> None:
    backoff = Backoff(1.0, 30.0)
    assert [backoff.next() for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    backoff.reset()
    assert backoff.next() == 1


def test_find_straps_lists_heart_rate_devices_only_nearest_first() -> None:
    strap = Strap([(HR[0], ADS[0]), (Device("BB:02", "Other"),
                                     Adv("Other HR", -30, [HEART_RATE_SERVICE.upper()])),
                   (HR[1], Adv("Lamp", -20, ["0000feed-0000-1000-8000-00805f9b34fb"]))], [])
    scanner, _client = fakes(strap)
    found = find_straps(0.1, scanner=scanner)
    assert [(s.address, s.name) for s in found] == [("BB:02", "Other HR"),
                                                    ("AA:01", "Any Strap 7")]
