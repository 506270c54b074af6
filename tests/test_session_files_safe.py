"""Session files that cannot hurt: never block, never read more than the limit, never
expand before the limits are checked, and every problem on one line (issue 9, items 7-8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from anapana.core import compile as compile_module
from anapana.core.library import scan
from anapana.core.loader import load_or_problems, load_session
from anapana.core.problems import Problem, SessionInvalid

GOOD = "title: Fine\nsegments:\n  - silence: Rest\n    duration: 1m\n"


def _problems(path: Path) -> list[Problem]:
    result = load_or_problems(path)
    assert isinstance(result, list), f"{path.name} was accepted"
    return result


@pytest.mark.timeout(10)
def test_a_fifo_in_the_user_folder_is_listed_as_a_problem_without_blocking(
        tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yaml")  # nobody ever writes: a blocking open would hang
    (folder / "fine.yaml").write_text(GOOD)
    entries = {e.id: e for e in scan([(folder, "user")])}
    assert entries["fine"].ok
    problem = entries["pipe"].problems[0]
    assert (problem.line, problem.column) == (1, 1)
    assert "named pipe (FIFO)" in problem.message and "not a file" in problem.message


@pytest.mark.timeout(10)
@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_a_symlink_to_an_endless_device_is_refused_before_reading(
        tmp_path: Path, target: str) -> None:
    if not Path(target).exists():
        pytest.skip(f"{target} does not exist here")
    link = tmp_path / "endless.yaml"
    link.symlink_to(target)
    assert "a device, not a file" in _problems(link)[0].message


@pytest.mark.timeout(10)
def test_a_folder_and_a_symlink_to_a_fifo_are_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    assert "a folder, not a file" in _problems(tmp_path / "folder.yaml")[0].message
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "fifo")
    assert "named pipe" in _problems(tmp_path / "link.yaml")[0].message


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(GOOD)
    (tmp_path / "linked.yaml").symlink_to(tmp_path / "real.txt")
    assert load_session(tmp_path / "linked.yaml").session.title == "Fine"


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_anapana_list_with_a_fifo_in_the_user_folder_finishes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    sessions = home / "data" / "sessions"
    sessions.mkdir(parents=True)
    os.mkfifo(sessions / "stuck.yaml")
    (sessions / "mine.yaml").write_text(GOOD)
    done = subprocess.run([sys.executable, "-m", "anapana", "list"], capture_output=True,
                          text=True, timeout=50, env={**os.environ, "ANAPANA_HOME": str(home)})
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert "mine" in done.stdout
    assert "stuck" in output and "named pipe (FIFO)" in output


@pytest.mark.timeout(10)
def test_limits_are_checked_before_the_plan_is_expanded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A repeat bomb is refused without compiling one phase of it."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("title: Bomb\nsegments:\n  - repeat: 10000\n    segments:\n"
                    "      - repeat: 10000\n        segments:\n"
                    "          - breathe: A\n            pattern: 1-1\n            cycles: 10000\n")
    made: list[object] = []
    real_phase = compile_module._Builder.phase

    def counting_phase(self: object, *args: object, **kwargs: object) -> object:
        made.append(args)
        return real_phase(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compile_module._Builder, "phase", counting_phase)
    with pytest.raises(SessionInvalid) as refused:
        load_session(bomb)
    assert "more than 10,000 phases" in str(refused.value)
    assert made == []


@pytest.mark.timeout(10)
def test_a_bell_flood_is_refused_before_its_bells_are_made(tmp_path: Path) -> None:
    flood = tmp_path / "flood.yaml"
    flood.write_text("title: Flood\nsegments:\n"
                     + "  - silence: A\n    duration: 2h\n    bells: 1s\n" * 3)
    with pytest.raises(SessionInvalid) as refused:
        load_session(flood)
    assert "more than 10,000 bells" in str(refused.value)


def test_a_hold_ramped_up_from_zero_starts_once_it_is_long_enough(tmp_path: Path) -> None:
    ramp = tmp_path / "ramp.yaml"
    ramp.write_text("title: Ramp\nsegments:\n  - breathe: A\n"
                    "    pattern: {inhale: 4, hold_in: {from: 0, to: 4}, exhale: 4}\n"
                    "    cycles: 11\n")
    holds = [p.duration_s for p in load_session(ramp).plan.phases if p.kind == "hold_in"]
    assert holds and min(h for h in holds if h is not None) >= 0.5
    assert len(holds) == 9  # 0 and 0.4 s are left out; 0.8 s and on are held


@pytest.mark.parametrize("text", [
    'title: A\nsegments:\n  - breathe: A\n    pace: "6\\nbreaths"\n    cycles: 3\n',
    'title: A\n"bad\\nkey": 1\nsegments:\n  - silence: A\n    duration: 1m\n',
    'title: A\nsegments:\n  - silence: A\n    duration: "1m\\r\\u2028x"\n',
])
def test_every_problem_is_one_line(tmp_path: Path, text: str) -> None:
    path = tmp_path / "odd\nname.yaml"
    path.write_text(text)
    for problem in _problems(path):
        assert "\n" not in str(problem) and "\r" not in str(problem), str(problem)
        assert "\u2028" not in str(problem)


def test_the_catch_all_message_is_never_needed_for_hostile_yaml(tmp_path: Path) -> None:
    hostile = [
        "title: " + "[" * 2000 + "]" * 2000 + "\nsegments: []\n",
        "title: A\nsegments: " + "{a: " * 600 + "1" + "}" * 600 + "\n",
        "title: !!int\nsegments: []\n",
        "title: !!bool ''\nsegments: []\n",
        "title: !!null x\nsegments: []\n",
        "? [a]\n: 1\ntitle: A\n",
        "title: &a [*a]\n",
        "<<: {title: A}\nsegments: []\n",
        "title: A\n.inf: 1\n",
        "title: !!timestamp 2001-13-45\nsegments: []\n",
    ]
    for i, text in enumerate(hostile):
        path = tmp_path / f"hostile-{i}.yaml"
        path.write_text(text)
        for problem in _problems(path):
            assert "please report this" not in problem.message, (text[:60], str(problem))


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_the_app_opens_and_quits_with_a_fifo_and_dev_zero_in_the_user_folder(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    sessions = home / "data" / "sessions"
    sessions.mkdir(parents=True)
    os.mkfifo(sessions / "stuck.yaml")
    if Path("/dev/zero").exists():
        (sessions / "zeros.yaml").symlink_to("/dev/zero")
    (sessions / "mine.yaml").write_text(GOOD)
    env = {**os.environ, "ANAPANA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "ANAPANA_REPORT_SHOWN": "1", "ANAPANA_QUIT_AFTER_MS": "3000",
           "ANAPANA_NO_HANDOFF": "1"}
    done = subprocess.run([sys.executable, "-m", "anapana"],
                          capture_output=True, text=True, timeout=100, env=env)
    assert done.returncode == 0, done.stderr
    assert "anapana: shown" in done.stdout
    assert "Traceback" not in done.stderr
