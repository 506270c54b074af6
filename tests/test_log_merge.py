"""One shape for a practice in JSON, and one rule for two versions of the same practice."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from anapana.log import CheckIn, Practice, practice_json, rescue
from anapana.log.merge import Standing, compare
from anapana.log.owner import ProcessIdentity

START = datetime(2026, 11, 25, 7, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))


def practice(**changes: object) -> Practice:
    base = Practice(
        uuid="7d3f2a10-0000-4000-8000-000000000001",
        session="box-breathing",
        title="Box breathing",
        sha256="ab" * 32,
        started_at=START,
        planned_s=600.0,
        last_seen_at=START + timedelta(seconds=301.5),
        updated_at=START + timedelta(seconds=302),
        practised_s=301.123456,
        status="running",
        before=CheckIn(2, ("tired",)),
        after=CheckIn(),
        note="Breath slowed.",
        owner=ProcessIdentity(4242, "boot:1234"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_missing_practice_is_new() -> None:
    assert compare(None, practice()) is Standing.NEW


def test_the_moment_of_the_last_edit_alone_changes_nothing() -> None:
    here = practice()
    later = replace(here, updated_at=here.updated_at + timedelta(hours=1))
    assert compare(here, later) is Standing.SAME
    assert compare(later, here) is Standing.SAME


def test_running_here_is_the_same_practice_interrupted() -> None:
    assert compare(practice(status="interrupted"), practice()) is Standing.SAME


def test_the_later_edit_wins_and_a_tie_goes_to_the_incoming_version() -> None:
    here = practice()
    edited = replace(here, note="Edited.", updated_at=here.updated_at + timedelta(seconds=1))
    assert compare(here, edited) is Standing.NEWER
    assert compare(edited, here) is Standing.OLDER
    assert compare(here, replace(here, note="Edited at the same second.")) is Standing.NEWER


def test_an_exact_object_gives_back_the_very_practice() -> None:
    original = practice()
    row = json.loads(json.dumps(practice_json.to_dict(original, exact=True)))
    assert practice_json.from_dict(row, rescued=True) == original


def test_the_export_is_the_same_shape_rounded_and_without_this_computers_details() -> None:
    exported = practice_json.to_dict(practice())
    exact = practice_json.to_dict(practice(), exact=True)
    assert tuple(exported) == practice_json.FIELDS
    assert tuple(exact) == practice_json.EXACT_FIELDS
    assert exported["started_at"] == "2026-11-25T07:30:15+02:00"
    assert exported["practised_s"] == 301.123
    imported = practice_json.from_dict(exported)
    assert imported.status == "interrupted" and imported.owner is None


def test_an_import_refuses_an_end_before_the_start_but_a_rescue_keeps_it() -> None:
    """The wall clock may be set back during a session; the rescue keeps what was recorded."""
    backwards = practice(status="completed", ended_at=START - timedelta(minutes=1))
    with pytest.raises(ValueError, match="ended_at is before started_at"):
        practice_json.from_dict(practice_json.to_dict(backwards))
    row = practice_json.to_dict(backwards, exact=True)
    assert practice_json.from_dict(row, rescued=True).ended_at == backwards.ended_at


def test_a_rescue_file_of_the_first_format_is_still_read(tmp_path: Path) -> None:
    original = practice()
    row = practice_json.to_dict(original, exact=True)
    row = {("uuid" if name == "id" else name): value for name, value in row.items()}
    old = tmp_path / "rescue-old.json"
    old.write_text(json.dumps({"format": "anapana-rescue", "version": 1, "practices": [row]}))
    assert rescue.read(old) == [original]


@pytest.mark.parametrize("version", [0, 3, "2"])
def test_a_rescue_file_of_an_unknown_format_is_refused(tmp_path: Path, version: object) -> None:
    path = tmp_path / "rescue-x.json"
    path.write_text(json.dumps({"format": "anapana-rescue", "version": version, "practices": []}))
    with pytest.raises(ValueError, match="not known here"):
        rescue.read(path)


def test_utc_is_kept_when_the_offset_was_damaged() -> None:
    from anapana.log.practice import Damage

    damaged = practice(damage=(Damage("utc_offset_s", "is not a time zone offset"),))
    row = practice_json.to_dict(damaged, exact=True)
    assert row["last_seen_at"].endswith("+00:00")
    assert datetime.fromisoformat(row["started_at"]) == START.astimezone(UTC)
