"""The `anapana` command line: list, validate, plan, schema, paths, help and version."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from anapana import __version__
from anapana.cli import main
from anapana.paths import bundled_sessions_dir

BROKEN = Path(__file__).parent / "broken"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help() -> None:
    done = subprocess.run([sys.executable, "-m", "anapana", "--version"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"anapana {__version__}"
    for command in ("list", "validate", "plan", "schema", "run", "sound", "paths", "history"):
        helped = subprocess.run([sys.executable, "-m", "anapana", command, "--help"],
                                capture_output=True, text=True, check=True)
        assert helped.stdout.startswith(f"usage: anapana {command}")


def test_list_json_has_every_bundled_session(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0
    ids = {r["id"] for r in rows}
    assert ids == {p.stem for p in bundled_sessions_dir().glob("*.yaml")}
    box = next(r for r in rows if r["id"] == "box-breathing")
    assert box["total_s"] == 316.0 and box["errors"] == [] and box["origin"] == "bundled"
    assert "breathing" in box["tags"] and box["title"]


def test_list_shows_broken_user_files_with_their_errors(
        capsys: pytest.CaptureFixture[str], home: Path) -> None:
    user = home / "data" / "sessions"
    user.mkdir(parents=True)
    shutil.copy(BROKEN / "pattern-letters.yaml", user / "mine.yaml")
    shutil.copy(BROKEN / "tab-indent.yaml", user / "tabs.yaml")
    code, out, _ = run(capsys, "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and len(rows) >= 17  # the broken files hide nothing
    assert rows["mine"]["errors"] == [
        'mine.yaml:4:14: pattern: expected 2 to 4 numbers like 4-7-8, got "4-x"']
    assert rows["mine"]["origin"] == "user" and rows["mine"]["total_s"] is None
    code, out, _ = run(capsys, "list")
    assert "mine" in out and "BROKEN" in out and "mine.yaml:4:14" in out


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    bundled = [str(p) for p in sorted(bundled_sessions_dir().glob("*.yaml"))]
    assert len(bundled) >= 15
    code, out, _ = run(capsys, "validate", *bundled)
    assert (code, out) == (0, "")
    code, out, _ = run(capsys, "validate", bundled[0], str(BROKEN / "many-errors.yaml"))
    assert code == 1
    assert out.splitlines() == [
        f"{BROKEN}/many-errors.yaml:4:14: pattern: expected 2 to 4 numbers like 4-7-8, "
        'got "4-x"',
        f'{BROKEN}/many-errors.yaml:7:15: duration: expected a duration like 90, "90s", "5m" '
        'or "1m30s", got "forever"',
        f"{BROKEN}/many-errors.yaml:10:11: step: expected a duration of 0 or more, got -1",
    ]


def test_plan_by_id_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "relaxing-breath-4-7-8")
    assert code == 0 and "2 min 1 s" in out and "4 cycles" in out
    code, out, _ = run(capsys, "plan", "relaxing-breath-4-7-8", "--json")
    plan = json.loads(out)
    # a 25 s prompt, one full exhale of 5 s, four 19 s breaths, 15 s of rest
    assert plan["total_s"] == 121.0 and len(plan["phases"]) == 1 + 1 + 12 + 1


def test_plan_of_unknown_or_broken(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "no-such-session")
    assert code == 2 and "anapana list" in err
    code, _, err = run(capsys, "plan", str(BROKEN / "pattern-letters.yaml"))
    assert code == 1 and "pattern-letters.yaml:4:14:" in err


def test_schema_validates_the_library_and_refuses_broken_files(
        capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema
    import yaml

    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0 and schema["title"] == "Anapana session, format 1"
    checker = jsonschema.Draft202012Validator(schema)
    for path in bundled_sessions_dir().glob("*.yaml"):
        errors = list(checker.iter_errors(yaml.safe_load(path.read_text())))
        assert errors == [], path.name
    template = bundled_sessions_dir().parent / "assets" / "templates" / "new-session.yaml"
    assert list(checker.iter_errors(yaml.safe_load(template.read_text()))) == []
    for name in ("unknown-top-key.yaml", "checkin-bad.yaml", "cycles-zero.yaml"):
        assert list(checker.iter_errors(yaml.safe_load((BROKEN / name).read_text())))


def test_paths_names_every_folder(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, out, _ = run(capsys, "paths")
    assert code == 0
    assert f"{home}/data/log.sqlite3" in out and f"{home}/data/sessions" in out
    assert "Settings" in out and "Bundled sessions" in out


def test_history_export_and_import_round_trip(capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path, home: Path) -> None:
    code, out, _ = run(capsys, "history")
    assert code == 0 and "No practices yet" in out
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{
        "id": "7f1b7a52-7d54-4e0e-9d4e-2a8c1c7f0a11", "session": "box-breathing",
        "title": "Box breathing", "started_at": "2026-11-20T07:30:00+00:00",
        "ended_at": "2026-11-20T07:35:04+00:00", "planned_s": 304.0, "practised_s": 304.0,
        "status": "completed", "mood_before": 2, "mood_after": 4,
        "feelings_before": ["tired"], "feelings_after": ["calm"], "note": "=SUM(A1)"}]))
    code, _, err = run(capsys, "history", "--import", str(export))
    assert code == 0, err
    run(capsys, "history", "--import", str(export))  # a second import adds nothing
    code, out, _ = run(capsys, "history", "--json")
    rows = json.loads(out)["practices"]
    assert code == 0 and len(rows) == 1
    assert rows[0]["note"] == "=SUM(A1)" and rows[0]["mood_after"] == 4
    code, out, _ = run(capsys, "history", "--csv")
    assert "'=SUM(A1)" in out  # neutralized for spreadsheets
    code, _, err = run(capsys, "history", "--since", "last week")
    assert code == 2 and "2026-01-31" in err


def test_run_refuses_an_unknown_session_before_starting_qt(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "run", "no-such-session")
    assert code == 2 and "`anapana list` shows them" in err
    code, _, err = run(capsys, "run", str(tmp_path / "missing.yaml"))
    assert code == 2 and "no such file" in err
    done = subprocess.run([sys.executable, "-c",
                           "import sys; from anapana.cli import main; code = main(['run', 'x']);"
                           "sys.exit(10 + code if 'PySide6' in sys.modules else code)"],
                          capture_output=True, text=True)
    assert done.returncode == 2, done.stderr
