"""Every sentence opening the log and replaying rescued writes says goes through the
app's `translate` (the command line keeps English)."""

from __future__ import annotations

import ast
import inspect
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from anapana.i18n.wording import english
from anapana.log import LogUnavailable
from anapana.log.notices import LogNotices
from anapana.log.opening import open_log
from anapana.log.rescue import Replayed
from tests.fakes import FakeClock

SOURCES = [Path(__file__).parents[1] / "src/anapana/log" / name
           for name in ("opening.py", "rescue.py")]


def shouting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A "translation" anyone can recognise: the English in capitals (placeholders kept)."""
    return english(context, text, disambiguation, n).upper().replace("%N", "%n")


def placeholders_only(
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """A translation that keeps none of the English words: only a mark and the values."""
    kept = [part for part in ("%1", "%2", "%3") if part in text]
    return " ".join(["∎", *kept, *([str(n)] if n >= 0 else [])])


def samples(method: object) -> list[dict[str, object]]:
    """Arguments for one LogNotices method: values without letters, every count and flag."""
    parameters = [p for p in inspect.signature(method).parameters.values()]  # type: ignore[arg-type]
    base: dict[str, object] = {}
    for number, parameter in enumerate(parameters, start=1):
        base[parameter.name] = {"int": 1, "bool": True}.get(str(parameter.annotation),
                                                           f"«{number}»")
    variants = [base]
    for parameter in parameters:  # each count at 0, 1 and 2, each flag both ways
        if str(parameter.annotation) == "int":
            variants += [{**base, parameter.name: k} for k in (0, 2)]
        if str(parameter.annotation) == "bool":
            variants.append({**base, parameter.name: False})
    return variants


SENTENCES = [name for name, _ in inspect.getmembers(LogNotices, inspect.isfunction)
             if not name.startswith("_") and name not in ("tr", "write_error")]


def test_there_are_sentences_to_check() -> None:
    assert len(SENTENCES) >= 20


@pytest.mark.parametrize("name", SENTENCES)
def test_every_log_notice_sentence_goes_through_translate(name: str) -> None:
    for arguments in samples(getattr(LogNotices(english), name)):
        said = getattr(LogNotices(english), name)(**arguments)
        shown = getattr(LogNotices(shouting), name)(**arguments)
        if said is None:  # nothing to tell (a replay that added nothing)
            assert shown is None
            continue
        assert shown == shown.upper() and shown != said, (name, arguments, shown)
        for value in arguments.values():  # values fill the placeholders, untranslated
            if isinstance(value, str):
                assert value in said and value in shown, (name, value)


def test_opening_and_rescue_build_no_sentence_of_their_own() -> None:
    """A `Notice` or `LogUnavailable` message is always a `words.…` sentence, never a
    literal or f-string that would stay English in the app."""
    for source in SOURCES:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Name)
                 and node.func.id in ("Notice", "LogUnavailable")]
        assert calls, source
        for call in calls:
            message = call.args[1] if call.func.id == "Notice" else call.args[0]  # type: ignore[union-attr]
            assert not isinstance(message, ast.Constant | ast.JoinedStr | ast.BinOp), (
                f"{source.name}:{call.lineno}: an English sentence not said through translate")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 7, 30, tzinfo=UTC), timedelta(hours=1))


def test_a_replaced_log_is_told_in_the_apps_language(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "data" / "log.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"not a log at all\x00" * 100)
    log, notices = open_log(path, clock, [], translate=placeholders_only)
    log.close()
    assert [n.kind for n in notices] == ["log-replaced"]
    assert notices[0].path is not None
    assert notices[0].message == f"∎ {notices[0].path.name}"


def test_a_log_that_cant_be_opened_is_told_in_the_apps_language(
        tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "data" / "log.sqlite3"
    log, _ = open_log(path, clock, [])
    log.connection.execute("PRAGMA user_version = 99")
    log.close()
    with pytest.raises(LogUnavailable) as newer:
        open_log(path, clock, [], translate=placeholders_only)
    assert str(newer.value) == f"∎ {path} ∎ 99"
    elsewhere = tmp_path / "elsewhere.sqlite3"
    elsewhere.write_bytes(b"")
    path.unlink()
    path.symlink_to(elsewhere)
    with pytest.raises(LogUnavailable) as outside:
        open_log(path, clock, [], translate=placeholders_only)
    assert str(outside.value).startswith("∎ ") and "link" not in str(outside.value)


def test_a_replay_is_told_in_the_apps_language(tmp_path: Path) -> None:
    replayed = Replayed(added=2, notes=1, unreadable=[tmp_path / "r.json"],
                        waiting=[tmp_path / "w.json"])
    said = [n.message for n in replayed.notices(LogNotices(placeholders_only))]
    assert said == ["∎ ∎ 2 ∎ 1", f"∎ {tmp_path / 'r.json'}", "∎"]
    english_said = [n.message for n in replayed.notices()]
    assert english_said[0] == (
        "Recovered 2 practices and 1 journal note that could not be saved last time.")


@pytest.mark.parametrize("journal", [b"short", b"\x00" * 64], ids=["cut-short", "not-a-journal"])
def test_why_a_journal_looks_damaged_goes_through_translate(
        tmp_path: Path, journal: bytes) -> None:
    from anapana.log import wal

    path = tmp_path / "log.sqlite3"
    path.write_bytes(b"\x00" * 100)
    path.with_name("log.sqlite3-wal").write_bytes(journal)
    said, shown = wal.problem(path), wal.problem(path, shouting)
    assert said is not None and said.startswith("its header")
    assert shown == said.upper()
