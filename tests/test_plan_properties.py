"""Property-based checks of the plan compiler's invariants (hypothesis)."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anapana.core.loader import load_session
from anapana.core.plan import Plan

seconds = st.floats(min_value=0.5, max_value=20, allow_nan=False).map(lambda x: round(x, 2))
holds = st.one_of(st.just(0.0), seconds)


@st.composite
def breathe_segments(draw: st.DrawFn) -> dict:
    segment: dict = {"breathe": "B"}
    if draw(st.booleans()):
        segment["pattern"] = {"inhale": draw(seconds), "hold_in": draw(holds),
                              "exhale": draw(seconds), "hold_out": draw(holds)}
    else:
        segment["pace"] = draw(st.floats(min_value=1, max_value=30).map(lambda x: round(x, 2)))
    if draw(st.booleans()):
        segment["cycles"] = draw(st.integers(min_value=1, max_value=40))
    else:
        segment["duration"] = draw(st.floats(min_value=1, max_value=600).map(
            lambda x: round(x, 1)))
    return segment


other_segments = st.one_of(
    st.builds(lambda d: {"silence": "S", "duration": d, "bells": max(d / 3, 1)}, seconds),
    st.builds(lambda d, n: {"body_scan": "Scan", "duration": d * n,
                            "steps": [f"part {i}" for i in range(n)]},
              seconds, st.integers(min_value=1, max_value=6)),
    st.builds(lambda d: {"prompt": "P", "text": "Rest here.", "duration": d},
              st.one_of(seconds, st.just("open"))),
)
segment_lists = st.lists(st.one_of(breathe_segments(), other_segments), min_size=1, max_size=6)


def compile_dict(folder: Path, data: dict) -> Plan:
    path = folder / "generated.yaml"
    path.write_text(yaml.safe_dump(data))
    return load_session(path).plan


_settings = settings(max_examples=120, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@_settings
@given(segments=segment_lists)
def test_phases_are_contiguous_and_the_total_is_their_sum(tmp_path: Path,
                                                          segments: list) -> None:
    plan = compile_dict(tmp_path, {"title": "T", "segments": segments})
    assert plan.phases[0].start_s == 0.0
    for before, after in zip(plan.phases, plan.phases[1:], strict=False):
        assert math.isclose(after.start_s, before.end_s, abs_tol=1e-9)
        assert before.duration_s is None or before.duration_s > 0
    fixed = math.fsum(p.duration_s or 0.0 for p in plan.phases)
    assert math.isclose(plan.total_s, fixed, abs_tol=1e-9)
    assert math.isclose(plan.total_s, math.fsum(s.duration_s for s in plan.segments),
                        abs_tol=1e-9)
    times = [e.at_s for e in plan.events]
    assert times == sorted(times)
    assert plan.cues[-1].event == "end" and plan.cues[-1].at_s == plan.total_s


@_settings
@given(inhale=seconds, exhale=seconds, hold=holds,
       target=st.floats(min_value=1, max_value=900).map(lambda x: round(x, 1)))
def test_duration_takes_the_closest_whole_number_of_cycles(
        tmp_path: Path, inhale: float, exhale: float, hold: float, target: float) -> None:
    segment = {"breathe": "B", "pattern": {"inhale": inhale, "hold_in": hold, "exhale": exhale},
               "duration": target}
    plan = compile_dict(tmp_path, {"title": "T", "segments": [segment]})
    length = inhale + hold + exhale
    count = len({p.cycle for p in plan.phases})
    assert count >= 1
    assert math.isclose(plan.total_s, count * length, abs_tol=1e-6)
    error = abs(count * length - target)
    assert error < abs((count + 1) * length - target) + 1e-6  # more would not be closer
    if count > 1:
        # fewer would be farther away, or as close (a tie takes the larger count)
        assert error <= abs((count - 1) * length - target) + 1e-6


@_settings
@given(start=seconds, end=seconds, cycles=st.integers(min_value=2, max_value=30))
def test_phase_ramps_start_at_from_and_end_at_to(tmp_path: Path, start: float, end: float,
                                                 cycles: int) -> None:
    segment = {"breathe": "B", "pattern": {"inhale": 2, "exhale": {"from": start, "to": end}},
               "cycles": cycles}
    plan = compile_dict(tmp_path, {"title": "T", "segments": [segment]})
    exhales = [p.duration_s for p in plan.phases if p.kind == "exhale"]
    assert len(exhales) == cycles
    assert math.isclose(exhales[0] or 0, start, abs_tol=1e-9)
    assert math.isclose(exhales[-1] or 0, end, abs_tol=1e-9)
    steps = [b - a for a, b in itertools.pairwise(exhales)]  # type: ignore[operator]
    assert all(math.isclose(s, (end - start) / (cycles - 1), abs_tol=1e-9) for s in steps)


@_settings
@given(start=st.floats(min_value=1, max_value=30), end=st.floats(min_value=1, max_value=30),
       cycles=st.integers(min_value=2, max_value=30))
def test_pace_ramps_interpolate_breaths_per_minute(tmp_path: Path, start: float, end: float,
                                                   cycles: int) -> None:
    segment = {"breathe": "B", "pace": {"from": start, "to": end}, "cycles": cycles}
    plan = compile_dict(tmp_path, {"title": "T", "segments": [segment]})
    lengths = [2 * (p.duration_s or 0) for p in plan.phases if p.kind == "inhale"]
    assert math.isclose(60 / lengths[0], start, rel_tol=1e-9)
    assert math.isclose(60 / lengths[-1], end, rel_tol=1e-9)
