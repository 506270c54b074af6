"""RR files: what is read, and every way a file is refused (with its line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anapana.hr.rr_file import MAX_FILE_BYTES, RRFileError, parse_rr_text, read_rr_file

GOOD = [800 + 10 * (k % 5) for k in range(12)]


def write(tmp_path: Path, text: str | bytes, name: str = "rr.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> list[str]:
    with pytest.raises(RRFileError) as error:
        read_rr_file(path)
    return error.value.problems


def test_reads_intervals_with_comments_blanks_and_bom(tmp_path: Path) -> None:
    lines = ["# exported by a strap", "", *map(str, GOOD[:6]), "  812.5  # a decimal",
             *map(str, GOOD[6:]), "", "   "]
    path = write(tmp_path, "\ufeff" + "\r\n".join(lines))
    series = read_rr_file(path)
    assert series.intervals_ms[:6] == tuple(float(v) for v in GOOD[:6])
    assert series.intervals_ms[6] == 812.5
    assert len(series) == 13
    # The running sum gives each beat's time after plan time 0.
    assert series.beat_times_s[0] == pytest.approx(GOOD[0] / 1000)
    assert series.beat_times_s[-1] == pytest.approx((sum(GOOD) + 812.5) / 1000)


@pytest.mark.parametrize(("line", "expected"), [
    ("abc", "expected one interval in milliseconds (like 850), got 'abc'"),
    ("800 810", "expected one interval in milliseconds"),
    ("nan", "got 'nan'"),
    ("inf", "got 'inf'"),
    ("1e3", "got '1e3'"),
    ("0x320", "got '0x320'"),
    ("-800", "a negative interval (-800 ms)"),
    ("0", "0 ms is shorter than any heartbeat (at least 200 ms expected)"),
    ("0.85", "(in seconds? write milliseconds)"),
    ("199", "199 ms is shorter than any heartbeat"),
    ("3001", "3001 ms is longer than any heartbeat at rest (at most 3000 ms expected)"),
    ("99999999999999999999999", "is longer than any heartbeat"),
])
def test_bad_values_are_refused_with_their_line(tmp_path: Path, line: str,
                                                expected: str) -> None:
    lines = ["# header", *map(str, GOOD[:4]), line, *map(str, GOOD[4:])]
    problems = refused(write(tmp_path, "\n".join(lines)))
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'rr.txt'}:6: ")
    assert expected in problems[0]


def test_every_problem_is_listed_up_to_a_limit(tmp_path: Path) -> None:
    lines = [*map(str, GOOD), "x", "-5", *(["oops"] * 40)]
    problems = refused(write(tmp_path, "\n".join(lines)))
    assert problems[0].endswith(":13: expected one interval in milliseconds (like 850), "
                                "got 'x'")
    assert ":14: a negative interval" in problems[1]
    assert len(problems) == 21
    assert problems[-1].endswith("... and 22 more problems")


def test_long_garbage_is_shortened_in_the_message(tmp_path: Path) -> None:
    problems = refused(write(tmp_path, "\n".join([*map(str, GOOD), "z" * 5000])))
    assert len(problems[0]) < 200


def test_too_few_beats(tmp_path: Path) -> None:
    assert refused(write(tmp_path, "# only a few\n800\n810\n")) == [
        f"{tmp_path / 'rr.txt'}: only 2 intervals; at least 10 are needed"]
    assert "only 0 intervals" in refused(write(tmp_path, ""))[0]


def test_files_that_are_not_rr_text(tmp_path: Path) -> None:
    assert "not UTF-8 text" in refused(write(tmp_path, b"800\n810\n\xff\xfe\n"))[0]
    assert ":3: not UTF-8" in refused(write(tmp_path, b"800\n810\n\xff\xfe\n"))[0]
    assert ":2: binary data" in refused(write(tmp_path, b"800\n8\x0010\n"))[0]
    assert refused(tmp_path / "missing.txt") == [f"{tmp_path / 'missing.txt'}: no such file"]
    assert "is a folder" in refused(tmp_path)[0]


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    problems = refused(path)
    assert "larger than 8 MiB" in problems[0]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_read_or_refused_cleanly(text: str) -> None:
    try:
        series = parse_rr_text(text, "fuzz.txt")
    except RRFileError as error:
        assert error.problems
        assert all(p.startswith("fuzz.txt") for p in error.problems)
    else:
        assert len(series) >= 10
        assert all(200 <= v <= 3000 for v in series.intervals_ms)


def test_too_many_beats_are_refused_at_the_line_that_passes_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "# a long night\n" + "800\n" * 200_001)
    assert refused(path) == [f"{path}:200002: more than 200,000 intervals; split the "
                             "recording into shorter files"]
