"""The Heart Rate Measurement characteristic (0x2A37), read exactly as the Bluetooth
Heart Rate Service specification writes it.

One notification: a flags byte, the heart rate (uint8, or uint16 when flag bit 0 is
set), the energy expended (uint16 kJ, when bit 3 is set), then zero or more RR
intervals (uint16 each, in 1/1024 s, when bit 4 is set). Bits 1–2 tell whether the
strap can sense skin contact (bit 2) and whether it does now (bit 1). Every value is
little-endian. Bits 5–7 are reserved: they are ignored, as the specification asks of
a reader, so a future strap still parses.

A notification that does not hold what its flags promise is refused with
`MeasurementError`, whose message says which byte was missing or left over; the BLE
source counts and skips it instead of passing it on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

RATE_UINT16 = 0x01
CONTACT_DETECTED = 0x02
CONTACT_SUPPORTED = 0x04
ENERGY_PRESENT = 0x08
RR_PRESENT = 0x10

RR_UNITS_PER_S = 1024


class MeasurementError(ValueError):
    """A notification that does not follow the specification; `str()` says why."""


@dataclass(frozen=True, slots=True)
class HeartRateMeasurement:
    bpm: int
    contact: bool | None
    """Skin contact now; None when the strap cannot tell (bit 2 clear)."""
    energy_kj: int | None
    rr_ms: tuple[float, ...]
    """RR intervals converted from 1/1024 s to milliseconds, oldest first."""
    rr_raw: tuple[int, ...] = ()
    """The same intervals as sent, in 1/1024 s (exact, for re-encoding)."""


def parse_measurement(data: bytes | bytearray | memoryview) -> HeartRateMeasurement:
    """Decode one 0x2A37 notification; raises `MeasurementError` when it is malformed."""
    raw = bytes(data)
    if not raw:
        raise MeasurementError("empty notification: expected at least a flags byte and a rate")
    flags = raw[0]
    offset = 1
    rate_size = 2 if flags & RATE_UINT16 else 1
    if len(raw) < offset + rate_size:
        raise MeasurementError(
            f"{len(raw)} bytes: flags 0x{flags:02x} promise a {8 * rate_size}-bit heart rate"
            f" at byte {offset}, which is missing"
        )
    bpm = int.from_bytes(raw[offset:offset + rate_size], "little")
    offset += rate_size
    contact = bool(flags & CONTACT_DETECTED) if flags & CONTACT_SUPPORTED else None
    energy: int | None = None
    if flags & ENERGY_PRESENT:
        if len(raw) < offset + 2:
            raise MeasurementError(
                f"{len(raw)} bytes: flags 0x{flags:02x} promise the energy expended (2 bytes)"
                f" at byte {offset}, which is missing"
            )
        energy = int.from_bytes(raw[offset:offset + 2], "little")
        offset += 2
    rest = raw[offset:]
    if not flags & RR_PRESENT:
        if rest:
            raise MeasurementError(
                f"{len(rest)} byte(s) left over at byte {offset}: flags 0x{flags:02x} say no RR"
                " intervals follow"
            )
        return HeartRateMeasurement(bpm, contact, energy, ())
    if len(rest) % 2:
        raise MeasurementError(
            f"RR intervals take 2 bytes each, but {len(rest)} bytes follow byte {offset}"
        )
    rr_raw = tuple(int.from_bytes(rest[i:i + 2], "little") for i in range(0, len(rest), 2))
    rr_ms = tuple(value * 1000.0 / RR_UNITS_PER_S for value in rr_raw)
    return HeartRateMeasurement(bpm, contact, energy, rr_ms, rr_raw)


def encode_measurement(
    bpm: int,
    *,
    contact: bool | None = None,
    energy_kj: int | None = None,
    rr_raw: Sequence[int] | None = None,
    wide_rate: bool = False,
) -> bytes:
    """A 0x2A37 payload (the simulator's fake strap and the tests build them so).

    `rr_raw` is in 1/1024 s; `rr_raw=[]` sets the RR flag with no intervals, `None`
    leaves it clear. `wide_rate` sends a rate below 256 as uint16 all the same.
    """
    flags = 0
    wide = wide_rate or bpm > 0xFF
    if not 0 <= bpm <= 0xFFFF:
        raise ValueError(f"heart rate {bpm} does not fit 16 bits")
    body = bpm.to_bytes(2 if wide else 1, "little")
    if wide:
        flags |= RATE_UINT16
    if contact is not None:
        flags |= CONTACT_SUPPORTED | (CONTACT_DETECTED if contact else 0)
    if energy_kj is not None:
        flags |= ENERGY_PRESENT
        body += energy_kj.to_bytes(2, "little")
    if rr_raw is not None:
        flags |= RR_PRESENT
        for value in rr_raw:
            body += int(value).to_bytes(2, "little")
    return bytes([flags]) + body
