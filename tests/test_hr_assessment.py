"""The resonance assessment on simulated subjects, and the simulator itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from anapana.core.library import find, scan
from anapana.core.plan import Plan
from anapana.hr import assess, simulate_rr
from anapana.hr.assessment import paced_blocks, recommend, score_rates
from anapana.hr.model import RateResult, Reason
from anapana.hr.reason_text import reason_text
from anapana.hr.rr_file import parse_rr_text
from anapana.i18n.numbers import Numbers
from anapana.i18n.wording import english
from anapana.paths import bundled_sessions_dir
from tests.helpers import load_text


def bundled(session_id: str) -> Plan:
    entry = find(scan([(bundled_sessions_dir(), "bundled")]), session_id)
    assert entry is not None and entry.loaded is not None
    return entry.loaded.plan


@pytest.fixture(scope="module")
def finder() -> Plan:
    return bundled("resonance-rate-finder")


def test_blocks_of_the_finder(finder: Plan) -> None:
    blocks = paced_blocks(finder)
    assert [b.per_min for b in blocks] == [6.5, 6.0, 5.5, 5.0, 4.5]
    assert [b.start_s for b in blocks] == [90, 210, 330, 450, 570]  # 30 s skipped
    assert [b.end_s for b in blocks] == pytest.approx([180, 300, 420, 540, 660])
    assert all(b.start_s <= br.start_s and br.end_s <= b.end_s
               for b in blocks for br in b.breaths)


def test_the_simulator_is_deterministic_and_writes_valid_rr(finder: Plan) -> None:
    one = simulate_rr(finder, 5.5, seed=7)
    assert simulate_rr(finder, 5.5, seed=7) == one
    assert simulate_rr(finder, 5.5, seed=8) != one
    assert sum(one) / 1000 == pytest.approx(finder.total_s, abs=3)
    text = "\n".join(f"{v:.0f}" for v in one)
    assert len(parse_rr_text(text)) == len(one)  # its own file format takes it
    with pytest.raises(ValueError, match="between 2 and 12"):
        simulate_rr(finder, 40, seed=1)


def test_artifacts_are_simulated_and_corrected(finder: Plan) -> None:
    with_artifacts = [assess(simulate_rr(finder, 5.5, seed=s), finder) for s in range(3)]
    clean = [assess(simulate_rr(finder, 5.5, seed=s, artifacts=False), finder)
             for s in range(3)]
    assert all(a.artifacts_corrected >= 2 for a in with_artifacts)
    assert all(a.artifacts_corrected <= 2 for a in clean)
    for dirty, good in zip(with_artifacts, clean, strict=True):
        assert dirty.rmssd_ms == pytest.approx(good.rmssd_ms, rel=0.1)


def test_the_assessment_recovers_the_simulated_resonance(finder: Plan) -> None:
    # A modest panel for CI time; bench/hr_assessment.py runs 50 subjects per rate.
    # Seeds are fixed, so the result is too; the bench's hit rate is about 0.8.
    picks = {(rate, seed): assess(simulate_rr(finder, rate, seed=seed), finder).best_per_min
             for rate in (4.5, 5.0, 5.5, 6.0, 6.5) for seed in range(3)}
    hits = sum(best == rate for (rate, _), best in picks.items())
    assert hits >= 11, picks
    assert all(best is not None and abs(best - rate) <= 0.5 for (rate, _), best in picks.items())


def test_what_an_assessment_reports(finder: Plan) -> None:
    result = assess(simulate_rr(finder, 5.5, seed=2), finder)
    assert result.best_per_min == 5.5
    assert "5.5 breaths a minute" in result.reason
    assert 40 < result.mean_hr_bpm < 100
    data = result.to_json()
    assert set(data) >= {"mean_hr_bpm", "rmssd_ms", "sdnn_ms", "artifacts_corrected", "rates",
                         "best_per_min"}
    best = next(r for r in result.rates if r.per_min == 5.5)
    assert best.score == max(r.score for r in result.rates)
    for rate in data["rates"]:
        assert set(rate) >= {"per_min", "start_s", "end_s", "peak_trough_bpm", "lf_peak_hz",
                             "lf_power_ms2", "phase_sync"}
        # The heart follows the pacer: the LF peak sits at the breathing rate.
        assert rate["lf_peak_hz"] == pytest.approx(rate["per_min"] / 60, abs=0.006)
        assert rate["breaths"] >= 6


def test_a_recording_that_stops_early(finder: Plan) -> None:
    rr = simulate_rr(finder, 6.0, seed=4)
    first_half: list[float] = []
    for value in rr:
        if sum(first_half) > 330_000:
            break
        first_half.append(value)
    result = assess(first_half, finder)
    measured = [r.per_min for r in result.rates if r.peak_trough_bpm is not None]
    assert measured == [6.5, 6.0]
    assert result.best_per_min in (6.5, 6.0)
    assert [r.peak_trough_bpm for r in result.rates[2:]] == [None, None, None]

    tiny = assess(rr[:80], finder)
    assert tiny.best_per_min is None
    assert "No pace had enough clean heartbeats" in tiny.reason


def test_a_session_without_paced_breathing(tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: Sit\nsegments:\n  - silence: Sit\n    duration: 5m\n").plan
    result = assess([900.0] * 300, plan)
    assert result.rates == [] and result.best_per_min is None
    assert "no paced breathing" in result.reason


def test_one_paced_block_is_its_own_answer(tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: One\nsegments:\n  - breathe: B\n    pattern: 5-5\n"
                               "    duration: 3m\n").plan
    result = assess(simulate_rr(plan, 6.0, seed=1), plan)
    assert result.best_per_min == 6.0
    assert result.reason.startswith("Only 6 breaths a minute had enough heart data")


def rate(per_min: float, swing: float, lf: float, peak: float, sync: float) -> RateResult:
    return RateResult(per_min, 0.0, 90.0, swing, per_min / 60, lf, sync, lf_peak_ms2_hz=peak)


def test_the_criteria_and_their_weights() -> None:
    # The larger swing wins against slightly better LF power, LF peak and synchrony,
    # because peak-to-trough counts twice: (2·1 + 3·0.9) / 5 = 0.94 against
    # (2·0.8 + 3·1) / 5 = 0.92.
    scored = score_rates([rate(5.0, 10.0, 90.0, 900.0, 0.9), rate(5.5, 8.0, 100.0, 1000.0, 1.0),
                          RateResult(6.0, 0.0, 90.0, None, None, None, None)])
    assert [r.score for r in scored] == pytest.approx([0.94, 0.92, 0.0])
    best, why = recommend(scored)
    assert best is not None and best.per_min == 5.0
    assert reason_text(why) == (
        "At 5 breaths a minute your heart showed the largest heart-rate swing "
        "with each breath (10.0 beats a minute from peak to trough). 5.5 "
        "breaths a minute came very close, so either pace will serve you well.")
    # Leading on every criterion is said so, and a clear winner gets no "very close".
    scored = score_rates([rate(4.5, 12.0, 200.0, 2000.0, 0.95), rate(5.0, 6.0, 50.0, 500.0, 0.5)])
    best, why = recommend(scored)
    reason = reason_text(why)
    assert best is not None and best.per_min == 4.5
    assert "largest heart-rate swing with each breath, the most low-frequency heart-rate " \
           "variability, the highest low-frequency peak and heart rate rising and falling " \
           "most steadily with the breath (12.0 beats" in reason
    assert "close" not in reason
    assert recommend([])[0] is None


def test_noise_gets_no_recommendation(finder: Plan) -> None:
    rng = np.random.default_rng(11)
    noise = [float(v) for v in rng.integers(740, 860, 850)]
    result = assess(noise, finder)
    assert all(r.peak_trough_bpm is not None for r in result.rates)
    assert result.best_per_min is None
    assert result.reason.startswith("Your heart rate did not clearly rise and fall with the "
                                    "breath at any pace this time")


def shouting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A 'translation' that shows which words went through `translate`."""
    assert context == "ResonanceReason"
    return english(context, text, disambiguation, n).upper()


@pytest.mark.parametrize("why", [
    Reason("no-paced-breathing"),
    Reason("too-few-beats", min_breaths=3),
    Reason("not-following"),
    Reason("only-one", per_min=5.5),
    Reason("best", per_min=5.5, swing_bpm=10.25, led=("peak_trough",), close_per_min=6.0),
    Reason("best", per_min=5.5, swing_bpm=10.25, led=("peak_trough", "lf_power", "lf_peak")),
    Reason("best", per_min=5.5, swing_bpm=10.25),
], ids=lambda why: f"{why.kind}-{len(why.led)}")
def test_every_word_of_the_reason_is_translated(why: Reason) -> None:
    english_text = reason_text(why)
    comma = Numbers(decimal=lambda v, places: f"{v:.{places}f}".replace(".", ","))
    shown = reason_text(why, shouting, comma)
    assert shown == shown.upper() and shown != english_text
    if why.per_min is not None:
        assert "5,5" in shown and "5.5" not in shown
    if why.swing_bpm is not None:
        assert "10,2" in shown
    if why.close_per_min is not None:
        assert english_text.endswith(" 6 breaths a minute came very close, so either pace "
                                     "will serve you well.")
    if len(why.led) == 3:
        assert ("the largest heart-rate swing with each breath, the most low-frequency "
                "heart-rate variability and the highest low-frequency peak") in english_text
