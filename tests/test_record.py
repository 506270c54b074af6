"""`core.record.Record`, the dataclass stand-in of the warm library path: equal by value,
hashable, read-only, printable and copyable like the frozen dataclasses it replaced."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from anapana.core.library import LibraryEntry
from anapana.core.loaded import LoadedSession, SessionHeader
from anapana.core.problems import Problem
from anapana.paths import UserPaths


def test_records_are_equal_by_value_and_hash_alike() -> None:
    a = SessionHeader("Box", "Four sides", None, ("calm",), None, 120.0, False)
    b = SessionHeader("Box", "Four sides", None, ("calm",), None, 120.0, False)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != SessionHeader("Box", "Four sides", None, ("calm",), None, 121.0, False)
    assert Problem("f.yaml", 1, 2, "x") != ("f.yaml", 1, 2, "x")


def test_records_are_read_only() -> None:
    header = SessionHeader("Box")
    with pytest.raises(AttributeError, match="read-only"):
        header.title = "Square"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="read-only"):
        del header.title
    assert header.title == "Box"


def test_records_keep_their_defaults_and_print_their_fields() -> None:
    paths = UserPaths(data=Path("/d"), config=Path("/c"), logs=Path("/l"))
    assert paths.cache is None and paths.plan_cache == Path("/d/cache/plans")
    assert repr(SessionHeader("Box")) == ("SessionHeader(title='Box', summary=None, "
                                          "description=None, tags=(), author=None, "
                                          "total_s=0.0, open=False)")
    assert str(Problem("f.yaml", 3, 4, "line\nbreak")) == "f.yaml:3:4: line\\nbreak"


def test_records_copy_and_pickle() -> None:
    entry = LibraryEntry("box", Path("/s/box.yaml"), "user", None,
                         (Problem("box.yaml", 1, 1, "odd"),))
    assert copy.copy(entry) == entry == copy.deepcopy(entry)
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_a_loaded_session_is_equal_only_to_itself() -> None:
    header = SessionHeader("Box")
    one = LoadedSession("box", Path("/s/box.yaml"), header, "0" * 64)
    other = LoadedSession("box", Path("/s/box.yaml"), header, "0" * 64)
    assert one == one and one != other and len({one, other}) == 2
    assert "_plan" not in repr(one) and "sha256=" in repr(one)
