"""The plan cache: same plans as the loader, never trusted, never stale, owner-only."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from anapana.core import plan_cache
from anapana.core.library import LibraryEntry, load_entry, scan
from anapana.core.loader import load_session
from anapana.core.plan_cache import CACHE_FORMAT, PlanCache, _decode_plan, _loads
from anapana.core.problems import SessionInvalid
from anapana.paths import bundled_sessions_dir

BROKEN = Path(__file__).parent / "broken"
BOX = "title: Box\nsummary: Four sides\ntags: [calm, focus]\nsegments:\n" \
      "  - breathe: Box\n    pattern: 4-4-4-4\n    cycles: 3\n"


def entries_of(cache_dir: Path, folder: Path) -> list[LibraryEntry]:
    return scan([(folder, "user")], PlanCache(cache_dir))


def headers(cache_dir: Path) -> list[object]:
    """The index's entries (what the library lists), one a cached session."""
    index = cache_dir / "index.json"
    if not index.exists():
        return []
    return list(json.loads(index.read_text(encoding="utf-8"))["entries"].values())


def the_entry(cache_dir: Path, plan: bool = False) -> Path:
    """The one plan's file, or the index that holds its header."""
    if plan:
        (entry,) = cache_dir.glob("*.plan.json")
        return entry
    return cache_dir / "index.json"


def test_every_bundled_session_comes_back_from_the_cache_as_compiled(tmp_path: Path) -> None:
    first = scan([(bundled_sessions_dir(), "bundled")], PlanCache(tmp_path))
    assert len(headers(tmp_path)) == len(list(tmp_path.glob("*.plan.json"))) == len(first)
    again = scan([(bundled_sessions_dir(), "bundled")], PlanCache(tmp_path))
    for fresh, cached in zip(first, again, strict=True):
        assert fresh.loaded is not None and cached.loaded is not None
        assert cached.loaded.session.title == fresh.loaded.session.title  # built on request
        assert cached.loaded.plan == fresh.loaded.plan
        assert cached.loaded.plan.events == fresh.loaded.plan.events
        assert cached.loaded.header == fresh.loaded.header
        assert (cached.id, cached.origin, cached.problems) == (fresh.id, fresh.origin, ())
        for event in cached.loaded.plan.events:  # events point at the plan's own items
            if event.item in cached.loaded.plan.phases:
                assert any(event.item is p for p in cached.loaded.plan.phases)


def test_a_warm_library_loads_without_pydantic_or_yaml(tmp_path: Path) -> None:
    probe = ("import sys\nfrom pathlib import Path\nfrom anapana.core.library import scan\n"
             "from anapana.core.plan_cache import PlanCache\n"
             "from anapana.paths import bundled_sessions_dir\n"
             f"c = PlanCache(Path({str(tmp_path)!r}))\n"
             "e = scan([(bundled_sessions_dir(), 'bundled')], c)\n"
             "print(all(x.ok for x in e), 'pydantic' in sys.modules, 'yaml' in sys.modules)\n")
    runs = [subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                           text=True).stdout.split() for _ in range(2)]
    assert runs == [["True", "True", "True"], ["True", "False", "False"]]


def test_an_edited_file_is_compiled_again(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    (folder / "box.yaml").write_text(BOX.replace("cycles: 3", "cycles: 5"), encoding="utf-8")
    (entry,) = entries_of(tmp_path / "c", folder)
    assert entry.loaded is not None
    assert len(entry.loaded.plan.phases) == 20


def test_broken_files_report_the_same_problems_and_are_not_cached(tmp_path: Path) -> None:
    plain = scan([(BROKEN, "user")])
    cached = entries_of(tmp_path, BROKEN)
    again = entries_of(tmp_path, BROKEN)
    assert [(e.id, e.problems) for e in plain] == [(e.id, e.problems) for e in cached] \
        == [(e.id, e.problems) for e in again]
    assert len(headers(tmp_path)) == sum(e.ok for e in plain)


@pytest.mark.parametrize("damage", [
    b"",
    b"\xff\xfe not json",
    b"[" * 100_000,
    b'{"format": 1}',
    b"null",
])
@pytest.mark.parametrize("plan", [False, True])
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, damage: bytes,
                                                plan: bool) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    (good,) = entries_of(tmp_path / "c", folder)
    entry = the_entry(tmp_path / "c", plan)
    entry.write_bytes(damage)
    if plan:
        (tmp_path / "c" / "index.json").unlink()  # its header: rebuild both
    (rebuilt,) = entries_of(tmp_path / "c", folder)
    assert rebuilt.loaded is not None and good.loaded is not None
    assert rebuilt.loaded.plan == good.loaded.plan
    assert rebuilt.loaded.header == good.loaded.header
    assert json.loads(entry.read_text(encoding="utf-8"))["format"] == CACHE_FORMAT


def _moved(index: dict, name: str) -> None:  # type: ignore[type-arg]
    index["entries"]["/elsewhere/box.yaml"] = index["entries"].pop(name)


@pytest.mark.parametrize("tamper", [
    lambda d, n: d["entries"][n][1].append("extra"),
    lambda d, n: d["entries"][n][1].__setitem__(5, "long"),
    lambda d, n: d["entries"][n][1].__setitem__(3, [1]),
    lambda d, n: d["entries"][n].__setitem__(0, "0" * 64),
    lambda d, n: d["entries"][n].append("more"),
    lambda d, n: d["entries"].__setitem__(n, {"sha256": d["entries"][n][0]}),
    _moved,
    lambda d, n: d.__setitem__("format", CACHE_FORMAT + 1),
    lambda d, n: d.__setitem__("code", "0" * 64),
    lambda d, n: d.__setitem__("entries", [d["entries"][n]]),
])
def test_a_tampered_header_is_refused(tmp_path: Path, tamper: object) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    entry = the_entry(tmp_path / "c")
    data = json.loads(entry.read_text(encoding="utf-8"))
    path = folder / "box.yaml"
    assert PlanCache(tmp_path / "c").get(path, load_session(path).sha256) is not None
    tamper(data, str(path))  # type: ignore[operator]
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert PlanCache(tmp_path / "c").get(path, load_session(path).sha256) is None
    (again,) = entries_of(tmp_path / "c", folder)  # and it is rebuilt
    assert again.ok and PlanCache(tmp_path / "c").get(path, again.loaded.sha256) is not None


@pytest.mark.parametrize("tamper", [
    lambda d: d["phases"][0].__setitem__(2, "explode"),
    lambda d: d["phases"][0].__setitem__(0, "1"),
    lambda d: d["phases"][0].__setitem__(3, True),
    lambda d: d["events"][0].__setitem__(2, 10_000),
    lambda d: d["events"][0].__setitem__(1, "x"),
    lambda d: d["plan"].__setitem__(5, "always"),
    lambda d: d.__setitem__("sha256", "0" * 64),
])
def test_a_tampered_plan_is_refused_and_compiled_afresh(tmp_path: Path, tamper: object) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "box.yaml"
    path.write_text(BOX, encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    entry = the_entry(tmp_path / "c", plan=True)
    data = json.loads(entry.read_text(encoding="utf-8"))
    tamper(data)  # type: ignore[operator]
    entry.write_text(json.dumps(data), encoding="utf-8")
    fresh = load_session(path)
    with pytest.raises(ValueError):
        _decode_plan(data, path, fresh.sha256)
    cached = PlanCache(tmp_path / "c").get(path, fresh.sha256)
    assert cached is not None and cached.plan == fresh.plan


def test_a_symlinked_entry_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    entry = the_entry(tmp_path / "c")
    elsewhere = tmp_path / "elsewhere.json"
    shutil.move(entry, elsewhere)
    entry.symlink_to(elsewhere)
    path = folder / "box.yaml"
    assert PlanCache(tmp_path / "c").get(path, load_session(path).sha256) is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_the_cache_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    cache = tmp_path / "c"
    entries_of(cache, folder)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(the_entry(cache).stat().st_mode) == 0o600
    assert stat.S_IMODE(the_entry(cache, plan=True).stat().st_mode) == 0o600
    assert not list(cache.glob(".*"))  # no temporary file left behind


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_cache_folder_others_can_write_into_is_left_alone_and_unused(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    (entry,) = entries_of(shared, folder)
    assert entry.ok
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert not list(shared.iterdir())


def test_plans_naming_a_wav_file_are_not_cached(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    with wave.open(str(folder / "bell.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 800)
    (folder / "bell.yaml").write_text(
        "title: T\ncues: {bell: bell.wav}\nsegments:\n  - silence: S\n    duration: 1m\n"
        "    bells: 30s\n", encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    (folder / "bell.wav").unlink()
    (entry,) = entries_of(tmp_path / "c", folder)
    assert not entry.ok  # the missing sound is found, not hidden by a cached plan
    assert not headers(tmp_path / "c")


def test_a_cached_session_changed_since_refuses_its_model(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    cached = load_entry(folder / "box.yaml", "user", PlanCache(tmp_path / "c"))
    assert cached.loaded is not None
    (folder / "box.yaml").write_text(BOX.replace("Box", "Square"), encoding="utf-8")
    with pytest.raises(SessionInvalid, match="changed since"):
        _ = cached.loaded.session


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(BOX, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    (entry,) = entries_of(blocker / "plans", folder)
    assert entry.ok


def test_the_index_forgets_files_that_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.yaml").write_text(BOX.replace("Box", name), encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    assert len(headers(tmp_path / "c")) == 3
    (folder / "a.yaml").unlink()
    (folder / "d.yaml").write_text(BOX.replace("Box", "d"), encoding="utf-8")
    entries_of(tmp_path / "c", folder)
    index = json.loads((tmp_path / "c" / "index.json").read_text(encoding="utf-8"))
    assert sorted(Path(name).stem for name in index["entries"]) == ["b", "c", "d"]


# --- freshness by stat: a file is read again only when its stat says it may have changed --

def reads_of(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The session files the plan cache reads from now on."""
    reads: list[Path] = []
    real = plan_cache.read_limited

    def counting(path: Path) -> bytes:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(plan_cache, "read_limited", counting)
    return reads


def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the index had been written long after the files last changed."""
    monkeypatch.setattr(plan_cache, "RACY_NS", -3600 * 10**9)


def one_box(tmp_path: Path, text: str = BOX) -> tuple[Path, Path]:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "box.yaml").write_text(text, encoding="utf-8")
    return folder, folder / "box.yaml"


def test_an_unchanged_file_is_not_read_again(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = one_box(tmp_path)
    (first,) = entries_of(tmp_path / "c", folder)
    settled(monkeypatch)
    reads = reads_of(monkeypatch)
    (again,) = entries_of(tmp_path / "c", folder)
    assert reads == []
    assert again.loaded is not None and first.loaded is not None
    assert again.loaded.header == first.loaded.header
    assert again.loaded.plan == first.loaded.plan


def test_a_rewrite_keeping_size_and_modification_time_is_noticed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, path = one_box(tmp_path)
    entries_of(tmp_path / "c", folder)
    before = path.stat()
    path.write_text(BOX.replace("cycles: 3", "cycles: 4"), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    settled(monkeypatch)
    (entry,) = entries_of(tmp_path / "c", folder)
    assert entry.loaded is not None and len(entry.loaded.plan.phases) == 16


def test_a_file_changed_just_before_the_index_was_written_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, path = one_box(tmp_path)
    entries_of(tmp_path / "c", folder)  # within the racy window of the file's writing
    reads = reads_of(monkeypatch)
    (entry,) = entries_of(tmp_path / "c", folder)
    assert reads == [path] and entry.ok


@pytest.mark.parametrize("stamp", ["x", None, [], [0] * 5, [[0] * 5], {"size": 1}, True,
                                   "9" * 5000])
def test_a_tampered_stat_only_costs_a_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           stamp: object) -> None:
    folder, path = one_box(tmp_path)
    (good,) = entries_of(tmp_path / "c", folder)
    index = tmp_path / "c" / "index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["entries"][str(path)][2] = stamp
    index.write_text(json.dumps(data), encoding="utf-8")
    settled(monkeypatch)
    reads = reads_of(monkeypatch)
    (entry,) = entries_of(tmp_path / "c", folder)
    assert reads == [path]
    assert entry.loaded is not None and good.loaded is not None
    assert entry.loaded.plan == good.loaded.plan
    reads.clear()
    entries_of(tmp_path / "c", folder)  # the index has its stat right again
    assert reads == []


@pytest.mark.parametrize("text", ['{"a":[1,2.5,-3e2,true,false,null,"x\\u00e9\\n"]}', "[]", '"s"',
                                  '{"k":{"n":[[]]},"k2":{}}', "12", '["\\u00e9t\\u00e9", "été"]'])
def test_the_cache_reads_json_as_json_does(text: str) -> None:
    assert _loads(text) == json.loads(text)


@pytest.mark.parametrize("text", ["", " {}", "{} x", "{}\n", '{"a":NaN}', "[Infinity]",
                                  "{'a':1}", "[1,]", '{"a":1', '["\x01"]', "[" * 100_000])
def test_the_cache_refuses_json_it_never_writes(text: str) -> None:
    with pytest.raises((ValueError, RecursionError)):
        _loads(text)
