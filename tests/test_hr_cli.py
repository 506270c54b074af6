"""`anapana hr simulate`, `anapana hrv assess` and `anapana hrv summary`, as people run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def anapana(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANAPANA_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "anapana", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hr")
    out = folder / "rr.txt"
    done = anapana("hr", "simulate", "--resonance", "5", "--session", "resonance-rate-finder",
                   "--out", str(out), "--seed", "3", home=folder)
    assert done.returncode == 0, done.stderr
    assert "intervals written to" in done.stderr
    return out


def test_simulate_writes_an_rr_file(recording: Path) -> None:
    lines = recording.read_text().splitlines()
    assert lines[0].startswith("# Simulated RR intervals (ms)")
    assert "resonance 5 breaths a minute, seed 3" in lines[0]
    values = [int(v) for v in lines[2:]]
    assert 600 < len(values) < 1000
    assert sum(values) / 1000 == pytest.approx(680, abs=3)


def test_assess_json_names_the_simulated_rate(recording: Path, tmp_path: Path) -> None:
    done = anapana("hrv", "assess", str(recording), "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["best_per_min"] == 5.0
    assert [r["per_min"] for r in data["rates"]] == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert data["artifacts_corrected"] > 0
    assert data["rates"][3]["start_s"] == 450.0 and data["rates"][3]["end_s"] == 540.0
    for key in ("mean_hr_bpm", "rmssd_ms", "sdnn_ms"):
        assert isinstance(data[key], float)


def test_assess_text_and_summary(recording: Path, tmp_path: Path) -> None:
    done = anapana("hrv", "assess", str(recording), "--session", "resonance-rate-finder",
                   home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Your resonance pace: 5 breaths a minute." in done.stdout
    assert "450–540 s" in done.stdout

    summary = anapana("hrv", "summary", str(recording), "--json", home=tmp_path)
    assert summary.returncode == 0, summary.stderr
    data = json.loads(summary.stdout)
    assert set(data) == {"beats", "mean_rr_ms", "mean_hr_bpm", "rmssd_ms", "sdnn_ms",
                         "pnn50_pct", "artifacts_corrected"}
    assert data["artifacts_corrected"] > 0
    raw = json.loads(anapana("hrv", "summary", str(recording), "--json", "--no-correction",
                             home=tmp_path).stdout)
    assert raw["artifacts_corrected"] == 0 and raw["rmssd_ms"] > data["rmssd_ms"]
    text = anapana("hrv", "summary", str(recording), home=tmp_path)
    assert "RMSSD" in text.stdout and text.returncode == 0


@pytest.mark.parametrize(("content", "expected"), [
    ("800\n810\nabc\n" + "800\n" * 20, ":3: expected one interval in milliseconds"),
    ("800\n-810\n" + "800\n" * 20, ":2: a negative interval"),
    ("800\n" * 20 + "0.8\n", ":21: 0.8 ms is shorter than any heartbeat"),
    ("800\n" * 5 + "5000\n", ":6: 5000 ms is longer than any heartbeat"),
    ("# nothing much\n800\n900\n", "only 2 intervals; at least 10 are needed"),
])
@pytest.mark.parametrize("command", ["assess", "summary"])
def test_bad_files_are_refused_with_line_numbers(tmp_path: Path, content: str, expected: str,
                                                 command: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content)
    done = anapana("hrv", command, str(path), "--json", home=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"{path}" in done.stderr and expected in done.stderr
    assert "one interval in milliseconds a line" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_files_and_unknown_sessions(tmp_path: Path, recording: Path) -> None:
    done = anapana("hrv", "assess", str(tmp_path / "nope.txt"), home=tmp_path)
    assert done.returncode == 2 and "nope.txt: no such file" in done.stderr
    done = anapana("hrv", "assess", str(recording), "--session", "no-such-session",
                   home=tmp_path)
    assert done.returncode == 2 and "no session called 'no-such-session'" in done.stderr
    done = anapana("hr", "simulate", "--resonance", "50", "--out", str(tmp_path / "x.txt"),
                   home=tmp_path)
    assert done.returncode == 2 and "between 2 and 12" in done.stderr
    done = anapana("hr", "simulate", "--resonance", "5", "--out",
                   str(tmp_path / "no" / "dir" / "x.txt"), home=tmp_path)
    assert done.returncode == 2 and "cannot write" in done.stderr
    assert "Traceback" not in done.stderr


def test_simulate_to_stdout_is_the_same_recording(recording: Path, tmp_path: Path) -> None:
    done = anapana("hr", "simulate", "--resonance", "5", "--out", "-", "--seed", "3",
                   home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == recording.read_text()
    other = anapana("hr", "simulate", "--resonance", "5", "--out", "-", "--seed", "4",
                    home=tmp_path)
    assert other.stdout != done.stdout
