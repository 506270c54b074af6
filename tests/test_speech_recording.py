"""A recording of `anapana run body-scan-5`: the lines of its first 50 s are heard, on time.

The app runs offscreen with the fallback voice (espeak-ng) and a fresh cache, as on a
first run; `bench/speech.py` records what it plays through a private PulseAudio (with
the shared audio-timing tools) and finds each line by cross-correlation with the exact
sound rendered. The tolerance is loose (100 ms) because this runs on busy machines;
the bench prints the real figures. Skips only where the capture tools are missing.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import speech as bench  # noqa: E402
from anapana.core.loader import load_session  # noqa: E402
from anapana.paths import bundled_sessions_dir  # noqa: E402

pytestmark = pytest.mark.slow


def test_the_first_minute_of_the_body_scan_is_spoken_on_time(tmp_path: Path) -> None:
    missing = bench.capture_missing()
    if missing:
        pytest.skip(f"no audio capture here: {missing}")
    plan = load_session(bundled_sessions_dir() / "body-scan-5.yaml").plan
    expected = [line.at_s for line in plan.speech if line.at_s <= 50.0]
    assert len(expected) >= 2
    result = bench.record(tmp_path, seconds=70)  # room for a slow start on a busy machine
    spoken = [row for row in result["cues"] if row["event"] == "speech"]
    assert [row["at_s"] for row in spoken][: len(expected)] == expected, "each line, in order"
    for row in spoken:
        assert not math.isnan(row["error_ms"]), f"line at {row['at_s']} s not found"
        assert abs(row["error_ms"]) < 100, row
        assert abs(row["level_db"] - (-20 + 20 * math.log10(0.8))) < 3, row  # at the bell's level
    assert result["figures"]["peak_dbfs"] <= -1.0
