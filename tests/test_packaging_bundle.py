"""The PyInstaller one-folder bundle builds, carries the library and starts on its own.

Builds `packaging/anapana.spec` into a temporary folder (about 25 s and 210 MB here),
then runs the frozen program the way a user would, with no source tree on its path.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "anapana.spec"
EXE_NAME = "anapana.exe" if sys.platform == "win32" else "anapana"
# Today's bundle is ~210 MB; PyInstaller's defaults give ~290 MB for the same app. A jump
# past this budget means Qt parts the app does not use (QML, FFmpeg...) are collected again.
SIZE_BUDGET_MB = 250

if importlib.util.find_spec("PyInstaller") is None:
    pytest.skip(
        "PyInstaller is not installed (pip install 'pyinstaller>=6.10', or `make bundle`)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built bundle's folder (dist/anapana)."""
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "anapana"
    assert (folder / EXE_NAME).is_file()
    return folder


def _run(
    bundle: Path, *args: str, home: Path, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", ANAPANA_HOME=str(home), **extra_env)
    return subprocess.run(
        [str(bundle / EXE_NAME), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _package_version() -> str:
    text = (REPO / "src" / "anapana" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise AssertionError("no __version__ in src/anapana/__init__.py")


def _bundled_ids() -> list[str]:
    return sorted(path.stem for path in (REPO / "sessions").glob("*.yaml"))


def test_bundle_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"anapana {_package_version()}"


def test_bundle_lists_every_bundled_session(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "list", home=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.strip()}
    assert set(_bundled_ids()) <= listed
    assert "BROKEN" not in result.stdout


def test_bundle_compiles_a_plan(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "plan", "box-breathing", "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["format"] == 1
    assert plan["total_s"] > 0 and plan["phases"]


def test_bundle_opens_the_window_and_closes_cleanly(bundle: Path, tmp_path: Path) -> None:
    # The whole app: widgets, pyqtgraph (which needs QtOpenGL), sounds, speech, icon.
    result = _run(bundle, home=tmp_path, ANAPANA_REPORT_SHOWN="1", ANAPANA_QUIT_AFTER_MS="500")
    assert result.returncode == 0, result.stderr[-4000:]
    assert "anapana: shown" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-4000:]


def test_bundle_carries_the_library_and_assets_beside_the_package(bundle: Path) -> None:
    package = next(bundle.rglob("anapana/sessions")).parent
    shipped = sorted(p.stem for p in (package / "sessions").glob("*.yaml"))
    assert shipped == _bundled_ids()
    sounds = sorted(p.name for p in (REPO / "assets" / "sounds").glob("*.wav"))
    assert sorted(p.name for p in (package / "assets" / "sounds").glob("*.wav")) == sounds
    assert (package / "assets" / "icons" / "anapana.svg").is_file()
    from anapana.i18n import LANGUAGES

    assert sorted(p.name for p in (package / "i18n").glob("*.qm")) == sorted(
        f"anapana_{lang}.qm" for lang in LANGUAGES)  # compiled by the spec, never in git
    assert (package / "sessions" / "translations" / "de").is_dir()


def test_bundle_keeps_the_qt_the_app_uses_and_drops_the_rest(bundle: Path) -> None:
    pyside = next(bundle.rglob("PySide6/QtCore.*")).parent  # its .py files are archived
    modules = {p.name.split(".")[0] for p in pyside.iterdir() if p.suffix in (".so", ".pyd")}
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia",
                   "QtTextToSpeech", "QtNetwork", "QtOpenGL"):
        assert needed in modules, f"{needed} is missing from the bundle"
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "Qt3DCore", "QtCharts"):
        assert unused not in modules, f"{unused} was bundled although the app never uses it"
    names = [p.name for p in bundle.rglob("*")]
    assert not [n for n in names if n.startswith(("libQt6Quick", "libQt6Qml", "libavcodec"))]
    translations = [p.name for p in bundle.rglob("translations/*.qm")]
    assert all(name.startswith("qtbase_") for name in translations), translations


def test_bundle_stays_within_its_size_budget(bundle: Path) -> None:
    # PyInstaller links some libraries into two places; count each file once.
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < SIZE_BUDGET_MB * 2**20, f"bundle is {size / 2**20:.0f} MB (MiB, as du -sh)"
