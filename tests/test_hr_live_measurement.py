"""The 0x2A37 parser against payloads written byte by byte from the specification."""

from __future__ import annotations

import contextlib
import itertools
import struct

import pytest

from anapana.hr.measurement import (
    MeasurementError,
    encode_measurement,
    parse_measurement,
)


def _spec_payload(flags: int, bpm: int, energy: int, rr: list[int]) -> bytes:
    """Built independently of the module: straight from the field table of the spec."""
    out = bytes([flags])
    out += struct.pack("<H", bpm) if flags & 0x01 else struct.pack("<B", bpm)
    if flags & 0x08:
        out += struct.pack("<H", energy)
    if flags & 0x10:
        out += b"".join(struct.pack("<H", value) for value in rr)
    return out


@pytest.mark.parametrize("flags", range(32))
@pytest.mark.parametrize("rr", [[], [1024], [800, 835, 1200]])
def test_every_flag_combination_parses_as_the_spec_says(flags: int, rr: list[int]) -> None:
    bpm = 300 if flags & 0x01 else 72
    payload = _spec_payload(flags, bpm, 513, rr)
    m = parse_measurement(payload)
    assert m.bpm == bpm
    if flags & 0x04:
        assert m.contact is bool(flags & 0x02)
    else:
        assert m.contact is None  # bit 1 means nothing without bit 2
    assert m.energy_kj == (513 if flags & 0x08 else None)
    expected = rr if flags & 0x10 else []
    assert list(m.rr_raw) == expected
    assert m.rr_ms == pytest.approx([v * 1000 / 1024 for v in expected])


def test_little_endian_and_units() -> None:
    # 16-bit rate 0x0102 = 258, energy 0x0304 = 772, RR 0x0400 = 1024/1024 s = 1000 ms.
    m = parse_measurement(bytes([0x19, 0x02, 0x01, 0x04, 0x03, 0x00, 0x04, 0x33, 0x03]))
    assert (m.bpm, m.energy_kj) == (258, 772)
    assert m.rr_ms == pytest.approx((1000.0, 0x0333 * 1000 / 1024))


def test_reserved_bits_are_ignored() -> None:
    assert parse_measurement(bytes([0xE0 | 0x10, 60, 0x00, 0x04])).rr_ms == (1000.0,)


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"", "empty"),
        (bytes([0x00]), "8-bit heart rate"),
        (bytes([0x01, 0x50]), "16-bit heart rate"),
        (bytes([0x08, 60, 0x01]), "energy expended"),
        (bytes([0x10, 60, 0x00, 0x04, 0x01]), "2 bytes each"),
        (bytes([0x00, 60, 0x00]), "left over"),
        (bytes([0x18, 60]), "energy expended"),
    ],
)
def test_malformed_notifications_are_refused_with_a_reason(payload: bytes, words: str) -> None:
    with pytest.raises(MeasurementError, match=words):
        parse_measurement(payload)


def test_any_bytes_give_a_measurement_or_a_measurement_error() -> None:
    for length in range(5):
        for raw in itertools.product((0x00, 0x11, 0x1F, 0xFF), repeat=length):
            with contextlib.suppress(MeasurementError):
                parse_measurement(bytes(raw))


def test_encoder_round_trips() -> None:
    for bpm, contact, energy, rr, wide in [
        (61, None, None, None, False), (61, True, 7, [900, 1000], True),
        (400, False, None, [], False), (0, True, 65535, [65535], False),
    ]:
        payload = encode_measurement(bpm, contact=contact, energy_kj=energy, rr_raw=rr,
                                     wide_rate=wide)
        m = parse_measurement(payload)
        assert (m.bpm, m.contact, m.energy_kj, list(m.rr_raw)) == (bpm, contact, energy, rr or [])


def test_agrees_with_bumble() -> None:
    hrs = pytest.importorskip("bumble.profiles.heart_rate_service",
                              reason="bumble (test-only cross-check) is not installed")
    hrm = hrs.HeartRateService.HeartRateMeasurement
    cases = [
        hrm(72), hrm(72, sensor_contact_detected=False), hrm(300, True, 12, [0.8, 1.25]),
        hrm(55, None, None, [1.0]), hrm(180, True, None, [0.25, 0.3, 0.35, 0.5]),
    ]
    for theirs in cases:
        mine = parse_measurement(bytes(theirs))
        assert mine.bpm == theirs.heart_rate
        assert mine.contact == theirs.sensor_contact_detected
        assert mine.energy_kj == theirs.energy_expended
        back = [v / 1024 for v in mine.rr_raw]
        assert back == pytest.approx(list(theirs.rr_intervals or []), abs=1 / 1024)
        # ...and theirs reads ours.
        again = hrm.from_bytes(encode_measurement(
            mine.bpm, contact=mine.contact, energy_kj=mine.energy_kj,
            rr_raw=list(mine.rr_raw) if theirs.rr_intervals is not None else None))
        assert again == hrm.from_bytes(bytes(theirs))
