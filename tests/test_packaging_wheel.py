"""The wheel carries the session library, sounds and icons, and works once installed.

Builds the wheel into a temporary folder, checks what is inside, then installs it into
a fresh virtual environment with only the light dependencies (no Qt, no numpy) and runs
`anapana list` and `anapana plan`: the commands that read files must not need Qt.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
APP_ID = "io.github.anapana.Anapana"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What `list` and `plan` import; the full app adds PySide6, pyqtgraph and numpy.
LIGHT_DEPENDENCIES = ("PyYAML>=6.0", "pydantic>=2.6", "platformdirs>=4.0")

if importlib.util.find_spec("build") is None:
    pytest.skip("the `build` package is not installed (pip install build)",
                allow_module_level=True)


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would put the source tree on the path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-isolation")  # the backend is here: no download needed
    result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                            env=_clean_env())
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (built,) = out.glob("anapana-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel and the light dependencies; returns its bin folder."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(root)
    bin_dir = root / ("Scripts" if os.name == "nt" else "bin")
    python = str(bin_dir / "python")
    for args in (["--no-deps", str(wheel)], list(LIGHT_DEPENDENCIES)):
        result = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", *args],
            capture_output=True, text=True, timeout=300, env=_clean_env(),
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return bin_dir


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _run(bin_dir: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / "anapana"), *args],
        cwd=home,  # not the repository, so its src/ and sessions/ cannot be picked up
        env=_clean_env(ANAPANA_HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_wheel_carries_every_bundled_session(wheel: Path) -> None:
    names = _names(wheel)
    expected = {f"anapana/sessions/{p.relative_to(REPO / 'sessions').as_posix()}"
                for p in (REPO / "sessions").rglob("*.yaml")}  # with translations/<lang>/
    assert expected, "the repository has no sessions/*.yaml"
    assert expected == {n for n in names if n.startswith("anapana/sessions/")}


def test_wheel_carries_the_sounds(wheel: Path) -> None:
    sounds = {f"anapana/assets/sounds/{p.name}"
              for p in (REPO / "assets" / "sounds").glob("*.wav")}
    assert sounds <= _names(wheel)


def test_wheel_carries_every_icon(wheel: Path) -> None:
    names = _names(wheel)
    theme = "anapana/assets/icons/hicolor"
    for size in ICON_SIZES:
        assert f"{theme}/{size}x{size}/apps/{APP_ID}.png" in names
    assert f"{theme}/scalable/apps/{APP_ID}.svg" in names
    assert "anapana/assets/icons/anapana.svg" in names


def test_wheel_carries_compiled_translations(wheel: Path) -> None:
    from anapana.i18n import LANGUAGES

    names = _names(wheel)
    assert {f"anapana/i18n/anapana_{lang}.qm" for lang in LANGUAGES} <= names
    assert {f"anapana/sessions/translations/de/{p.name}"
            for p in (REPO / "sessions").glob("*.yaml")} <= names


def test_wheel_declares_the_anapana_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
        text = archive.read(entry_points).decode()
    assert "anapana = anapana.cli:main" in text


def test_installed_wheel_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "python"), "-c", "import anapana.paths as p; "
         "print(p.bundled_sessions_dir())"],
        cwd=tmp_path, env=_clean_env(), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    sessions = Path(result.stdout.strip())
    assert sessions.is_relative_to(installed.parent), f"sessions come from {sessions}"


def test_installed_wheel_lists_the_library_without_qt(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, "list", home=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    expected = {p.stem for p in (REPO / "sessions").glob("*.yaml")}
    assert expected <= listed
    assert "BROKEN" not in result.stdout


def test_installed_wheel_prints_a_plan(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, "plan", "box-breathing", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    source = yaml.safe_load((REPO / "sessions" / "box-breathing.yaml").read_text("utf-8"))
    assert plan["title"] == source["title"]
    assert plan["total_s"] > 0
    assert {phase["kind"] for phase in plan["phases"]} >= {"inhale", "exhale"}
