"""A recording of `anapana run body-scan-5`: the first minute's lines are heard, on time.

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

pytestmark = pytest.mark.slow


def test_the_first_minute_of_the_body_scan_is_spoken_on_time(tmp_path: Path) -> None:
    missing = bench.capture_missing()
    if missing:
        pytest.skip(f"no audio capture here: {missing}")
    result = bench.record(tmp_path, seconds=48)
    spoken = [row for row in result["cues"] if row["event"] == "speech"]
    assert [row["at_s"] for row in spoken] == [0.0, 30.0], "each line of the first 35 s"
    for row in spoken:
        assert not math.isnan(row["error_ms"]), f"line at {row['at_s']} s not found"
        assert abs(row["error_ms"]) < 100, row
        assert abs(row["level_db"] - (-20 + 20 * math.log10(0.8))) < 3, row  # at the bell's level
    assert result["figures"]["peak_dbfs"] <= -1.0
