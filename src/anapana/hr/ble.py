"""A chest strap over Bluetooth Low Energy, through `bleak`, on a thread of its own.

Any strap that offers the standard Heart Rate Service will do: devices are found by
the service UUID 0x180D in their advertisement, never by brand name. Once found, the
source connects, reads Battery Level (0x2A19) when the strap offers it, subscribes to
Heart Rate Measurement (0x2A37) and hands each parsed notification on as a
`HeartSample`. When the link drops, or goes silent (some Linux stacks stop notifying
without saying so), it searches again by itself, waiting 1, 2, 4 ... up to 30 s between
attempts; a link that delivered beats starts the wait from 1 s again.

bleak's asyncio loop runs in a daemon thread started by `start`; nothing here blocks
the caller, and `stop` only asks the loop to end (and waits a moment for it). The
scanner and client classes are constructor arguments, `BleakScanner` and
`BleakClient` by default: the tests pass stand-ins that replay notifications and drop
the link. bleak itself is imported only when a real strap is asked for (it is in the
`hr` extra); without it `available()` is False and says how to install it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from dataclasses import dataclass
from typing import Any

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.hr.measurement import MeasurementError, parse_measurement
from anapana.hr.sources import HeartRateSource, HeartSample, SourceState

logger = logging.getLogger(__name__)


def _uuid16(short: int) -> str:
    return f"0000{short:04x}-0000-1000-8000-00805f9b34fb"


HEART_RATE_SERVICE = _uuid16(0x180D)
HEART_RATE_MEASUREMENT = _uuid16(0x2A37)
BATTERY_LEVEL = _uuid16(0x2A19)

INSTALL_HINT = "pip install 'anapana[hr]'"


def available() -> tuple[bool, str]:
    """Whether bleak can be imported; if not, a sentence saying how to enable it."""
    try:
        import bleak  # noqa: F401
    except ImportError:
        return False, f"Heart-rate straps need the optional Bluetooth support: {INSTALL_HINT}"
    return True, ""


@dataclass(frozen=True, slots=True)
class FoundStrap:
    address: str
    name: str
    rssi: int | None = None


class Backoff:
    """Waits that double after each failed attempt, up to `most_s`; `reset` after success."""

    def __init__(self, first_s: float = 1.0, most_s: float = 30.0) -> None:
        self.first_s = first_s
        self.most_s = most_s
        self._next = first_s

    def next(self) -> float:
        wait = self._next
        self._next = min(self._next * 2, self.most_s)
        return wait

    def reset(self) -> None:
        self._next = self.first_s


def _default_scanner() -> Any:
    from bleak import BleakScanner

    return BleakScanner


def _default_client() -> Any:
    from bleak import BleakClient

    return BleakClient


async def discover_straps(scanner: Any, timeout_s: float) -> list[tuple[FoundStrap, Any]]:
    """Advertising devices that offer the Heart Rate Service, nearest first."""
    found = await scanner.discover(timeout=timeout_s, return_adv=True,
                                   service_uuids=[HEART_RATE_SERVICE])
    straps: list[tuple[FoundStrap, Any]] = []
    for device, adv in found.values():
        uuids = [str(u).lower() for u in (getattr(adv, "service_uuids", None) or [])]
        # The filter is a request: BlueZ may still report cached devices. A strap says
        # it offers heart rate in its advertisement; without that, it is not one.
        if HEART_RATE_SERVICE not in uuids:
            continue
        name = getattr(adv, "local_name", None) or getattr(device, "name", None) or ""
        straps.append((FoundStrap(str(device.address), str(name), getattr(adv, "rssi", None)),
                       device))
    straps.sort(key=lambda item: -(item[0].rssi if item[0].rssi is not None else -999))
    return straps


def find_straps(timeout_s: float = 8.0, scanner: Any = None) -> list[FoundStrap]:
    """Blocking scan for Settings (call it from a worker thread). Raises on no Bluetooth."""
    scanner = scanner or _default_scanner()
    return [strap for strap, _device in asyncio.run(discover_straps(scanner, timeout_s))]


def describe_problem(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return f"Bluetooth said: {text}"


class BleHeartRateSource(HeartRateSource):
    """A strap by address (or the nearest one offering heart rate when `address` is empty)."""

    own_thread = True

    def __init__(
        self,
        address: str = "",
        *,
        name: str = "",
        scanner: Any = None,
        client: Any = None,
        clock: Clock = SYSTEM_CLOCK,
        backoff: Backoff | None = None,
        scan_timeout_s: float = 8.0,
        silent_after_s: float = 5.0,
    ) -> None:
        super().__init__()
        self.address = address
        self.name = name or address or "Heart-rate strap"
        self._scanner = scanner
        self._client_cls = client
        self._clock = clock
        self._backoff = backoff or Backoff()
        self._scan_timeout_s = scan_timeout_s
        self._silent_after_s = silent_after_s
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = threading.Event()
        self._wake: asyncio.Event | None = None
        self._last_sample_s = 0.0
        self.connections = 0
        """How many times a link was made (a reconnection adds one)."""
        self.malformed = 0
        """Notifications refused by the parser (skipped, never passed on)."""
        self.problem = ""
        """The last thing Bluetooth said went wrong, in a sentence ('' when fine)."""

    # -- the caller's thread ----------------------------------------------------------
    def start(self, now_s: float = 0.0) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stopping.clear()
        self._set_state(SourceState.SEARCHING)
        self._thread = threading.Thread(target=self._run, name="anapana-ble", daemon=True)
        self._thread.start()

    def stop(self, wait_s: float = 3.0) -> None:
        self._stopping.set()
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has just ended
                loop.call_soon_threadsafe(wake.set)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(wait_s)
        self._thread = None
        super().stop()

    # -- the Bluetooth thread -----------------------------------------------------------
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception as error:  # never let the thread die with a traceback on stderr
            logger.exception("the Bluetooth loop ended")
            self.problem = describe_problem(error)
            self._set_state(SourceState.LOST)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        try:
            scanner = self._scanner or _default_scanner()
            client_cls = self._client_cls or _default_client()
        except ImportError:
            _ok, hint = available()
            self.problem = hint
            self._set_state(SourceState.LOST)
            return
        while not self._stopping.is_set():
            try:
                device = await self._find(scanner)
                if device is not None:
                    await self._connected(client_cls, device)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                logger.info("heart-rate strap: %s", error)
                self.problem = describe_problem(error)
            if self._stopping.is_set():
                break
            self._set_state(SourceState.LOST if self.connections else SourceState.SEARCHING)
            await self._sleep(self._backoff.next())

    async def _sleep(self, seconds: float) -> None:
        assert self._wake is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def _find(self, scanner: Any) -> Any:
        straps = await discover_straps(scanner, self._scan_timeout_s)
        for strap, device in straps:
            if not self.address or strap.address.lower() == self.address.lower():
                if strap.name and self.name in ("", self.address, "Heart-rate strap"):
                    self.name = strap.name
                return device
        return None

    async def _connected(self, client_cls: Any, device: Any) -> None:
        loop = asyncio.get_running_loop()
        dropped = asyncio.Event()

        def on_disconnect(_client: Any) -> None:
            # bleak may call this from its own callback context: hop onto the loop.
            loop.call_soon_threadsafe(dropped.set)

        client = client_cls(device, disconnected_callback=on_disconnect)
        await client.connect()
        self.connections += 1
        self.problem = ""
        try:
            self.battery_pct = await self._battery(client)
            self._last_sample_s = self._clock.monotonic()
            delivered = [False]

            def on_notify(_characteristic: Any, data: bytearray) -> None:
                if self._receive(bytes(data)):
                    delivered[0] = True

            await client.start_notify(HEART_RATE_MEASUREMENT, on_notify)
            self._set_state(SourceState.CONNECTED)
            assert self._wake is not None
            while not dropped.is_set() and not self._stopping.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(dropped.wait(), 0.5)
                if delivered[0]:
                    self._backoff.reset()
                if self._clock.monotonic() - self._last_sample_s > self._silent_after_s:
                    logger.info("heart-rate strap went silent; connecting again")
                    break
        finally:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.disconnect(), 5.0)

    async def _battery(self, client: Any) -> int | None:
        try:
            value = await client.read_gatt_char(BATTERY_LEVEL)
        except Exception:  # not offered by every strap
            return None
        return int(value[0]) if value and 0 <= value[0] <= 100 else None

    def _receive(self, data: bytes) -> bool:
        """One notification; returns whether it was a usable measurement."""
        try:
            measurement = parse_measurement(data)
        except MeasurementError as error:
            self.malformed += 1
            logger.info("heart-rate notification skipped: %s", error)
            return False
        now = self._clock.monotonic()
        self._last_sample_s = now
        rr = tuple(v for v in measurement.rr_ms if v > 0)
        self._set_state(SourceState.NO_CONTACT if measurement.contact is False
                        else SourceState.CONNECTED)
        self._emit(HeartSample(now, float(measurement.bpm), rr, measurement.contact))
        return True
