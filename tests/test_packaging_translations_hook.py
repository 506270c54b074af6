"""The wheel's build hook compiles the catalogues, and never breaks an install over them.

A second `pip install -e .` into a venv that has PySide6 failed: pip builds in an
isolated environment, where the venv's `pyside6-lrelease` script cannot import PySide6.
"""

from __future__ import annotations

import importlib.util
import stat
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent

if importlib.util.find_spec("hatchling") is None:
    pytest.skip("hatchling is not installed (the test extra brings it)", allow_module_level=True)


def _hook_module() -> ModuleType:
    path = REPO / "packaging" / "hatch_build.py"
    spec = importlib.util.spec_from_file_location("hatch_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _App:
    def __init__(self) -> None:
        self.warnings: list[str] = []

    def display_warning(self, message: str) -> None:
        self.warnings.append(message)


def _fake_lrelease(tmp_path: Path, body: str) -> str:
    script = tmp_path / "lrelease"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def _run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str,
         lrelease_body: str) -> tuple[dict[str, Any], _App, Path]:
    module = _hook_module()
    calls = tmp_path / "calls"
    lrelease = _fake_lrelease(tmp_path, f'echo "$@" >> {calls}\n{lrelease_body}')
    monkeypatch.setattr(module, "find_lrelease", lambda: lrelease)
    app = _App()
    hook = module.TranslationsHook(str(REPO), {}, None, None, str(tmp_path), "wheel", app)
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize(version, build_data)
    hook.finalize(version, build_data, "")
    return build_data, app, calls


def test_a_wheel_carries_every_compiled_catalogue(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # the fake writes its -qm target, as lrelease does
    build_data, app, _ = _run(tmp_path, monkeypatch, "standard", 'touch "$4"')
    sources = sorted(p.with_suffix(".qm").name
                     for p in (REPO / "src" / "anapana" / "i18n").glob("anapana_*.ts"))
    assert sources
    assert sorted(Path(t).name for t in build_data["force_include"].values()) == sources
    assert app.warnings == []


def test_an_editable_install_compiles_nothing(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    build_data, app, calls = _run(tmp_path, monkeypatch, "editable", "exit 1")
    assert build_data["force_include"] == {}
    assert not calls.exists()
    assert app.warnings == []


def test_a_failing_lrelease_warns_and_ships_the_sources_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_data, app, calls = _run(tmp_path, monkeypatch, "standard",
                                  'case "$2" in *_fr.ts) exit 1;; esac; touch "$4"')
    assert calls.exists()
    assert build_data["force_include"] == {}
    assert len(app.warnings) == 1 and "anapana_fr.ts" in app.warnings[0]
