"""Sources without a radio: beats delivered by time, which is an input."""

from __future__ import annotations

from pathlib import Path

import pytest

from anapana.hr.sources import BeatTrainSource, HeartSample, SourceState


def _collect(source: BeatTrainSource) -> tuple[list[HeartSample], list[SourceState]]:
    samples: list[HeartSample] = []
    states: list[SourceState] = []
    source.subscribe(samples.append, states.append)
    return samples, states


def test_beats_arrive_when_their_time_has_come_and_not_before() -> None:
    source = BeatTrainSource([1000, 800, 1200])
    samples, states = _collect(source)
    source.start(100.0)
    source.advance(100.999)
    assert samples == []
    source.advance(101.0)
    assert [(s.time_s, s.bpm, s.rr_ms) for s in samples] == [(101.0, 60.0, (1000.0,))]
    source.advance(104.0)
    assert [s.time_s for s in samples] == pytest.approx([101.0, 101.8, 103.0])
    assert samples[1].bpm == pytest.approx(75.0)
    assert states == [SourceState.CONNECTED, SourceState.LOST]  # the recording ended


def test_a_gap_is_reported_as_lost_and_the_signal_comes_back() -> None:
    source = BeatTrainSource([1000] * 10, gaps=[(2.5, 5.5)])
    samples, states = _collect(source)
    source.start(0.0)
    for tenth in range(0, 95):
        source.advance(tenth / 10)
    assert [s.time_s for s in samples] == [1.0, 2.0, 6.0, 7.0, 8.0, 9.0]
    assert states == [SourceState.CONNECTED, SourceState.LOST, SourceState.CONNECTED]


def test_a_listener_that_fails_does_not_stop_the_beats() -> None:
    source = BeatTrainSource([500, 500])
    seen: list[float] = []

    def broken(_sample: HeartSample) -> None:
        raise RuntimeError("boom")

    source.subscribe(broken)
    source.subscribe(lambda s: seen.append(s.time_s))
    source.start(0.0)
    source.advance(2.0)
    assert seen == [0.5, 1.0]


def test_replay_reads_an_rr_file(tmp_path: Path) -> None:
    from anapana.hr.sources import ReplaySource

    path = tmp_path / "rr.txt"
    values = [1000.0, 900.0, 1100.0] * 20
    path.write_text("# from a strap\n\n" + "\n".join(f"{v:g}" for v in values),
                    encoding="utf-8")
    source = ReplaySource(path)
    samples, states = _collect(source)
    source.start(0.0)
    source.advance(30.5)
    assert [s.rr_ms[0] for s in samples] == values[:30]
    assert samples[-1].time_s == pytest.approx(30.0)
    source.advance(61.0)
    assert len(samples) == 60 and states[-1] == SourceState.LOST


def test_replay_refuses_a_broken_file_with_its_line(tmp_path: Path) -> None:
    from anapana.hr.rr_file import RRFileError
    from anapana.hr.sources import ReplaySource

    path = tmp_path / "rr.txt"
    path.write_text("1000\nabc\n", encoding="utf-8")
    with pytest.raises(RRFileError, match=":2"):
        ReplaySource(path)


def test_simulated_source_beats_through_the_whole_plan() -> None:
    from anapana.core.library import load_entry
    from anapana.hr.sources import SimulatedSource
    from anapana.paths import bundled_sessions_dir

    entry = load_entry(bundled_sessions_dir() / "coherent-breathing-10.yaml", "bundled")
    assert entry.loaded is not None
    plan = entry.loaded.plan
    source = SimulatedSource(plan, 5.5, seed=3)
    samples, states = _collect(source)
    source.start(50.0)
    source.advance(50.0 + plan.total_s + 5)
    assert 0.9 * plan.total_s < sum(s.rr_ms[0] for s in samples) / 1000 <= plan.total_s + 2
    rates = sorted(s.bpm for s in samples)
    assert 45 < rates[len(rates) // 2] < 100  # a resting heart, with a few odd beats
    assert sum(30 < r < 200 for r in rates) > 0.98 * len(rates)
    assert states[0] == SourceState.CONNECTED
