"""The corpus of broken session files: each refused with a clear message at the right place."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from anapana.core.loader import load_session
from anapana.core.problems import SessionInvalid

BROKEN = Path(__file__).parent / "broken"

# file name -> (line, column or None, words the message must contain)
EXPECTED: dict[str, tuple[int, int | None, str]] = {
    "alias-bomb.yaml": (7, 8, "more than 100,000 values"),
    "bad-wav.yaml": (3, 9, "not a WAV file"),
    "bell-after-end.yaml": (5, 17, "at or after the segment's end"),
    "bells-zero.yaml": (5, 12, "bells: expected a duration of more than 0, got 0"),
    "huge-number.yaml": (4, 15, "got a number with 401 digits"),
    "prompt-repeat-bomb.yaml": (5, 17, "more than 10,000 phases"),
    "repeat-start-cue.yaml": (7, 21, "end belongs to the whole session"),
    "bodyscan-no-durations.yaml": (5, 9, "this step has no duration"),
    "bodyscan-no-steps.yaml": (5, 12, "steps: expected at least one item"),
    "bodyscan-overfull.yaml": (4, 15, "nothing is left for the 1 step without"),
    "bodyscan-step-unknown-key.yaml": (7, 9, "unknown key 'sya' (did you mean 'say'?)"),
    "checkin-bad.yaml": (2, 10, "checkin: expected 'before', 'after', 'both', 'none'"),
    "cue-unknown-event.yaml": (3, 3, "unknown key 'inhail' (did you mean 'inhale'?)"),
    "custom-tag.yaml": (4, 15, "the tag !seconds is not allowed"),
    "cycles-and-duration.yaml": (3, 5, "exactly one of cycles: or duration:"),
    "cycles-float.yaml": (5, 13, "cycles: expected a whole number, got 2.5"),
    "cycles-huge.yaml": (5, 13, "cycles: expected at most 10000"),
    "cycles-zero.yaml": (5, 13, "cycles: expected at least 1, got 0"),
    "duplicate-key.yaml": (2, 1, "duplicate key 'title'"),
    "duration-bad-unit.yaml": (4, 15, 'expected a duration like 90, "90s"'),
    "duration-negative.yaml": (4, 15, "duration: expected a duration of 0 or more, got -60"),
    "duration-zero.yaml": (4, 15, "expected a duration of more than 0, got 0"),
    "empty.yaml": (1, 1, "the file is empty"),
    "format-two.yaml": (1, 9, "format: expected 1, got 2"),
    "language-bad.yaml": (2, 11, "language: expected a language tag"),
    "many-errors.yaml": (4, 14, 'pattern: expected 2 to 4 numbers like 4-7-8, got "4-x"'),
    "no-length.yaml": (3, 5, "exactly one of cycles: or duration:"),
    "not-utf8.yaml": (1, 11, "not UTF-8"),
    "nul-byte.yaml": (1, 11, "NUL byte"),
    "only-comments.yaml": (1, 1, "the file is empty"),
    "open-only-duration.yaml": (5, 15, "only of open phases"),
    "pace-text.yaml": (4, 11, "pace: expected breaths per minute"),
    "pace-too-fast.yaml": (4, 11, "from 1 to 30, got 60"),
    "pattern-and-pace.yaml": (3, 5, "exactly one of pattern: or pace:"),
    "pattern-five-numbers.yaml": (4, 14, "expected 2 to 4 numbers"),
    "pattern-huge-hold.yaml": (4, 26, "hold_in: expected at most 600 seconds"),
    "pattern-letters.yaml": (4, 14, 'pattern: expected 2 to 4 numbers like 4-7-8, got "4-x"'),
    "pattern-list-bad-phase.yaml": (4, 28, "phase 2: unknown phase 'breathe'"),
    "pattern-missing-exhale.yaml": (4, 14, "a pattern needs exhale"),
    "pattern-negative.yaml": (4, 15, "inhale: expected a duration of 0 or more, got -4"),
    "pattern-one-number.yaml": (4, 14, "expected 2 to 4 numbers"),
    "pattern-zero-inhale.yaml": (4, 14, "inhale: expected more than 0 seconds"),
    "prompt-open-bad.yaml": (5, 15, "expected open: true"),
    "python-name-tag.yaml": (3, 14, "the tag !!python/name:os.system is not allowed"),
    "python-object-tag.yaml": (1, 8, "the tag !!python/object/apply:os.system is not allowed"),
    "ramp-bad-keys.yaml": (4, 11, "expected a ramp like {from: 6.5, to: 5.5}"),
    "ratio-bad.yaml": (5, 12, 'ratio: expected a ratio like "1:1"'),
    "repeat-bomb.yaml": (5, 17, "more than 10,000 phases"),
    "repeat-zero.yaml": (3, 13, "repeat: expected at least 1, got 0"),
    "segment-not-mapping.yaml": (3, 5, "expected a segment"),
    "segments-empty.yaml": (2, 11, "segments: expected at least one item"),
    "segments-missing.yaml": (1, 1, "missing required key 'segments'"),
    "silence-no-duration.yaml": (3, 5, "missing required key 'duration'"),
    "sound-absolute.yaml": (3, 9, "absolute paths are not allowed"),
    "sound-escapes-folder.yaml": (3, 9, "must stay inside the session's folder"),
    "sound-missing-file.yaml": (3, 9, "no such file next to the session"),
    "sound-unknown-name.yaml": (3, 11, "unknown sound \"rize\" (did you mean 'rise'?)"),
    "start-cue-in-segment.yaml": (6, 14, "start belongs to the whole session"),
    "syntax-unclosed-bracket.yaml": (5, 11, "not valid YAML"),
    "tab-indent.yaml": (3, 1, "YAML is indented with spaces, not tabs"),
    "tags-not-list.yaml": (2, 7, "tags: expected a list, got a mapping"),
    "title-list.yaml": (1, 8, "title: expected text, got a list"),
    "title-missing.yaml": (1, 1, "missing required key 'title'"),
    "too-long.yaml": (5, 5, "longer than 4 h"),
    "top-level-list.yaml": (1, 1, "expected a mapping with title and segments at the top"),
    "top-level-scalar.yaml": (1, 1, "got a single value"),
    "two-kinds.yaml": (4, 5, "a segment has one kind"),
    "unknown-segment-key.yaml": (4, 5, "unknown key 'patern' (did you mean 'pattern'?)"),
    "unknown-segment-kind.yaml": (3, 5, "unknown segment kind 'breath' (did you mean 'breathe'?)"),
    "unknown-top-key.yaml": (2, 1, "unknown key 'sumary' (did you mean 'summary'?)"),
    # Numbers and lengths that could hurt (issue 9, item 7).
    "number-nan.yaml": (4, 23, "expected a finite number, got .nan"),
    "number-infinite.yaml": (4, 15, "expected a finite number, got .inf"),
    "ratio-infinite.yaml": (5, 12, 'ratio: expected a ratio like "1:1"'),
    "bells-too-often.yaml": (5, 12, "bells: expected a duration of at least 0.5 seconds"),
    "bells-too-many.yaml": (5, 12, "more than 10,000 bells"),
    "phase-too-short.yaml": (4, 14, "hold_in: expected 0 or at least 0.5 seconds, got 0.2"),
    "ratio-phase-too-short.yaml": (5, 5, "its shortest phase lasts 0.10 seconds"),
    "bodyscan-steps-too-short.yaml": (4, 15, "each would last 0.20 seconds"),
    # Clear messages, never the catch-all (item 8).
    "tag-int-on-text.yaml": (1, 8, 'the tag !!int needs a whole number, got "four"'),
    "tag-float-on-text.yaml": (4, 15, 'the tag !!float needs a number, got "soon"'),
    "tag-bool-on-text.yaml": (2, 10, 'the tag !!bool needs true or false, got "maybe"'),
    "tag-timestamp-on-text.yaml": (2, 9, "the tag !!timestamp needs a date or time"),
    "control-character.yaml": (1, 12, "a control character (U+0007)"),
    "nesting-deep-flow.yaml": (2, 50, "nest more than 40 levels deep"),
    "nesting-deep-block.yaml": (42, 81, "nest more than 40 levels deep"),
    "alias-undefined.yaml": (4, 15, "the alias *length has no anchor &length before it"),
    "alias-recursive.yaml": (5, 5, "the alias *all refers to itself"),
    "nested-hold-in.yaml": (6, 7, "pattern: hold_in: expected at most 600 seconds"),
    "nested-ramp-to.yaml": (6, 7, "pace: expected breaths per minute from 1 to 30, got 90"),
    "two-documents.yaml": (5, 1, "a second document (---) begins here"),
    "bells-list-item-too-short.yaml": (7, 9, "bells: expected a duration of at least 0.5"),
    "pattern-list-phase-too-short.yaml": (6, 9, "pattern: exhale: expected at least 0.5"),
    "nested-ramp-in-pattern.yaml": (8, 9, "pattern: hold_in: expected at most 600 seconds"),
    # Found by the fuzz test: an OSError from a sound's name was a traceback.
    "sound-name-too-long.yaml": (5, 18, "File name too long"),
}


def test_the_corpus_is_large_and_fully_described() -> None:
    files = sorted(p.name for p in BROKEN.glob("*.yaml"))
    assert len(files) >= 40
    assert files == sorted(EXPECTED), "every broken file needs an expectation, and vice versa"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_refused_at_its_place(name: str) -> None:
    line, column, words = EXPECTED[name]
    started = time.perf_counter()
    with pytest.raises(SessionInvalid) as refused:
        load_session(BROKEN / name)
    assert time.perf_counter() - started < 5, "refusing a file must never hang"
    first = refused.value.problems[0]
    assert first.file == name
    assert (first.line, first.column if column else None) == (line, column), str(first)
    assert words in first.message, str(first)
    assert str(first).startswith(f"{name}:{line}:")


def test_every_problem_of_a_file_is_reported() -> None:
    with pytest.raises(SessionInvalid) as refused:
        load_session(BROKEN / "many-errors.yaml")
    lines = [p.line for p in refused.value.problems]
    assert lines == [4, 7, 10]


def test_object_building_tags_execute_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f'title: !!python/object/apply:os.system ["touch {marker}"]\n'
                    "segments:\n  - silence: Rest\n    duration: 1m\n")
    with pytest.raises(SessionInvalid):
        load_session(evil)
    assert not marker.exists()


@pytest.fixture
def chunks_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every chunk the session reader takes from a file, in order."""
    from anapana.core import session_file

    chunks: list[int] = []
    real_read = os.read

    def counting_read(fd: int, size: int) -> bytes:
        chunk = real_read(fd, size)
        chunks.append(len(chunk))
        return chunk

    monkeypatch.setattr(session_file.os, "read", counting_read)
    return chunks


@pytest.mark.timeout(30)
def test_a_file_over_one_mebibyte_is_refused_without_reading_it_all(
        tmp_path: Path, chunks_read: list[int]) -> None:
    from anapana.core import session_file

    big = tmp_path / "big.yaml"
    big.write_text("title: Big\n# " + "x" * (2 * 1024 * 1024) + "\nsegments: []\n")
    with pytest.raises(SessionInvalid) as refused:
        load_session(big)
    assert "at most 1 MiB" in str(refused.value)
    assert "big.yaml:1:1:" in str(refused.value)
    assert sum(chunks_read) <= session_file.MAX_FILE_BYTES + 1


@pytest.mark.timeout(30)
def test_a_file_that_grows_past_the_limit_while_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunks_read: list[int]) -> None:
    from anapana.core import session_file

    growing = tmp_path / "growing.yaml"
    growing.write_text("title: Small\nsegments: [{silence: A, duration: 1m}]\n")
    real_fstat = os.fstat

    def grow_after_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        with growing.open("a") as more:
            more.write("# " + "x" * (2 * 1024 * 1024) + "\n")
        return info

    monkeypatch.setattr(session_file.os, "fstat", grow_after_fstat)
    with pytest.raises(SessionInvalid) as refused:
        load_session(growing)
    assert "at most 1 MiB" in str(refused.value)
    assert sum(chunks_read) <= session_file.MAX_FILE_BYTES + 1


def test_a_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(SessionInvalid) as refused:
        load_session(tmp_path / "gone.yaml")
    assert "cannot read the file" in str(refused.value)


def test_validate_command_reports_every_file_without_tracebacks() -> None:
    files = sorted(str(p) for p in BROKEN.glob("*.yaml"))
    done = subprocess.run([sys.executable, "-m", "anapana", "validate", *files],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    reported = {Path(line.split(":", 1)[0]).name for line in done.stdout.splitlines()}
    assert reported == set(EXPECTED)
    for line in done.stdout.splitlines():
        _path, row, column, message = line.split(":", 3)
        assert row.isdigit() and column.isdigit() and message.strip(), line
