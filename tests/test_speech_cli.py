"""`anapana validate --strict` and `anapana plan` report spoken lines that do not fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from anapana.cli import main
from anapana.paths import bundled_sessions_dir

CROWDED = """\
title: Crowded
language: en
segments:
  - body_scan: Scan
    steps:
      - focus: Feet
        say: >-
          Bring your attention to your feet and notice warmth, coolness, pressure,
          tingling, or simply nothing at all, and let that be fine.
        duration: 4
      - focus: Legs
        duration: 10
"""


@pytest.fixture
def crowded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path / "home"))
    path = tmp_path / "crowded.yaml"
    path.write_text(CROWDED, encoding="utf-8")
    return path


def test_strict_validation_fails_on_a_line_longer_than_its_step(
        crowded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(crowded)]) == 0  # a valid file: only --strict minds
    assert main(["validate", "--strict", str(crowded)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{crowded}:7:14: the spoken line \"Bring your attention")
    assert "longer than its step" in out[0]
    assert out[1].startswith(f"{crowded}: spoken lengths ")  # engine or estimate: it says


def test_plan_warns_on_stderr(crowded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(crowded)]) == 0
    captured = capsys.readouterr()
    assert "Crowded" in captured.out
    assert f"{crowded}:7:14: warning: the spoken line" in captured.err


def test_the_bundled_body_scans_pass_strict_validation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ANAPANA_HOME", str(tmp_path))
    scans = [str(bundled_sessions_dir() / f"body-scan-{m}.yaml") for m in (5, 10)]
    assert main(["validate", "--strict", *scans]) == 0, capsys.readouterr().out
