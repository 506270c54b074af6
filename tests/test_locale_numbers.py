"""Numbers inside translated messages follow the interface language: a German message
writes `1.234` and `1,5 GB`, never `1,234` or `1500000000 bytes`.

The Qt-free log and heart-rate wording is handed a `Numbers` (`anapana.i18n.numbers`) as
it is handed `translate`; the app's is `locale_numbers()`, on the default QLocale.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime
from pathlib import Path

import pytest

from anapana.app.locale_numbers import locale_data_size, locale_numbers
from anapana.app.translations import qt_translate
from anapana.hr.model import Reason
from anapana.hr.reason_text import pace_text, reason_text
from anapana.i18n.numbers import ENGLISH, english_data_size, size_in_units
from anapana.log import open_log, wal
from anapana.log.history_text import HistoryText
from anapana.log.notices import LogNotices
from tests.fakes import FakeClock

pytestmark = pytest.mark.gui

ONE_AND_A_HALF_GB = 1_500_000_000


def oversized_wal(tmp_path: Path, size: int = ONE_AND_A_HALF_GB) -> Path:
    """A log whose journal is far too large to be ours (sparse: no disk is used)."""
    db = tmp_path / "log.sqlite3"
    db.write_bytes(b"")
    with open(db.with_name("log.sqlite3-wal"), "wb") as journal:
        journal.truncate(size)
    return db


@pytest.mark.parametrize(("n_bytes", "said"), [
    (0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1.0 kB"), (1234, "1.2 kB"),
    (9_940_000, "9.9 MB"), (9_960_000, "10 MB"), (268_435_457, "268 MB"),
    (999_999, "1.0 MB"),
    (ONE_AND_A_HALF_GB, "1.5 GB"), (2 * 10**15, "2,000 TB"),
])
def test_a_size_reads_as_a_person_would_say_it_in_english(n_bytes: int, said: str) -> None:
    assert english_data_size(n_bytes) == said


def test_the_english_and_the_locales_size_agree_on_the_unit_and_decimals() -> None:
    for n_bytes in (1234, 9_940_000, 9_960_000, 999_999, 268_435_457, ONE_AND_A_HALF_GB):
        value, power, places = size_in_units(n_bytes)
        assert locale_data_size(n_bytes) == english_data_size(n_bytes), (value, power, places)


def test_the_command_lines_wal_reason_stays_english(tmp_path: Path) -> None:
    assert wal.problem(oversized_wal(tmp_path)) == "it is unusually large (1.5 GB)"


def test_a_german_wal_reason_says_its_size_the_german_way(tmp_path: Path, german: None) -> None:
    said = wal.problem(oversized_wal(tmp_path), qt_translate, locale_numbers())
    assert said == "sie ist ungewöhnlich groß (1,5 GB)"


def test_opening_the_log_passes_the_numbers_to_the_journals_notice(
        tmp_path: Path, german: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # A small limit, so that keeping the journal aside copies 1.5 kB, not 1.5 GB.
    monkeypatch.setattr(wal, "_MAX_CHECKED_BYTES", 1000)
    db = oversized_wal(tmp_path, 1500)  # an empty log beside a stray journal
    clock = FakeClock(datetime(2026, 11, 30, 7, 30, tzinfo=UTC))
    log, notices = open_log(db, clock, [], translate=qt_translate, numbers=locale_numbers())
    log.close()
    kept = [n.message for n in notices if n.kind == "wal-kept"]
    assert kept and "(1,5 kB)" in kept[0], notices
    assert "1.5" not in kept[0] and "Bytes" not in kept[0]


def test_german_counts_in_the_logs_notices_are_grouped_the_german_way(german: None) -> None:
    words = LogNotices(qt_translate, locale_numbers())
    assert words.interrupted(1234).startswith("1.234 Übungen wurden unerwartet beendet")
    assert words.recovered(2345, 0, 0) == (
        "2.345 Übungen, die letztes Mal nicht gespeichert werden konnten, wurden"
        " wiederhergestellt.")
    assert words.newer_format(12345).endswith("12.345")


def test_english_counts_in_the_logs_notices_are_grouped_the_english_way() -> None:
    words = LogNotices()
    assert words.interrupted(1234).startswith("1,234 practices ended unexpectedly")
    assert words.newer_format(12345) == "format 12,345"
    assert ENGLISH.decimal(5.5, 1) == "5.5"


def test_the_history_pages_week_in_german(german: None) -> None:
    text = HistoryText(qt_translate)
    assert text.this_week(1234) == "Diese Woche bisher: 1.234 Minuten"


def test_the_resonance_reasons_numbers_in_german(german: None) -> None:
    numbers = locale_numbers()
    reason = Reason(kind="too-few-beats", min_breaths=1000)
    said = reason_text(reason, qt_translate, numbers)
    assert "1.000" in said and "1,000" not in said
    best = Reason("best", per_min=5.5, swing_bpm=10.24, close_per_min=6.0)
    said = reason_text(best, qt_translate, numbers)
    assert said.startswith("Bei 5,5 Atemzügen pro Minute") and "(10,2 " in said, said
    assert " 6 Atemzüge pro Minute" in said and "5.5" not in said, said


def test_the_result_view_writes_paces_as_its_reason_does(german: None) -> None:
    from anapana.app.heart_result import rate_text

    assert [rate_text(r) for r in (5.5, 6.0, 4.75)] == ["5,5", "6", "4,75"]
    assert [rate_text(r) for r in (5.5, 6.0, 4.75)] == [
        pace_text(r, locale_numbers()) for r in (5.5, 6.0, 4.75)]


def test_the_download_dialog_says_sizes_the_german_way(qtbot, german: None,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from anapana.app.voice_download_dialog import DownloadDialog
    from anapana.sound.tts.voice_catalogue import Catalogue, CatalogueFile, CatalogueVoice
    from anapana.sound.tts.voice_store import VoiceStore

    def voice(name: str, model_bytes: int) -> CatalogueVoice:
        key = f"de_DE-{name}-low"
        return CatalogueVoice(
            key=key, name=name, language="de_DE", language_name="German (Germany)",
            quality="low", num_speakers=1,
            model=CatalogueFile(f"de/{key}.onnx", model_bytes, "0" * 32),
            config=CatalogueFile(f"de/{key}.onnx.json", 1_000, "0" * 32), card=None)

    dialog = DownloadDialog(VoiceStore(tmp_path / "voices"), "http://127.0.0.1:9/",
                            language="de")
    qtbot.addWidget(dialog)
    dialog._on_catalogue_loaded(Catalogue((voice("gross", 63_200_294),
                                           voice("klein", 1_233_567)), ()))
    shown = [dialog.voices.item(i).text() for i in range(dialog.voices.count())]
    assert shown == ["gross – German (Germany), Qualität low, 63 MB",
                     "klein – German (Germany), Qualität low, 1,2 MB"]
    dialog._downloading_name = "gross"
    dialog._on_download_progressed(1_234_567, 63_201_294)
    assert dialog.status.text() == "gross wird heruntergeladen … 1,2 MB von 63 MB"


def test_the_plan_previews_axis_numbers_in_german(german: None) -> None:
    from anapana.app.plan_preview import tick_text

    assert [tick_text(v) for v in (0.2, 1.0, 12.5, 45.0)] == ["0,2", "1", "12,5", "45"]
