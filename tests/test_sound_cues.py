"""Cue dispatch: which cue plays when, on which channel; pausing and skipping."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from anapana.core.clock import SYSTEM_CLOCK, Clock
from anapana.core.guidance import phase_tone, phase_word
from anapana.core.plan import PlanCue
from anapana.sound.cues import CuePlayed, CueScheduler, channel_of
from anapana.sound.library import SoundLibrary
from anapana.sound.output import Channel, SilentOutput
from tests.fakes import FakeClock


class Recorder(SilentOutput):
    """An output that notes each play call and when it came."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        super().__init__(SoundLibrary())
        self.played: list[tuple[str, Channel, float]] = []
        self.prepared: list[str] = []
        self._clock: Clock = clock or SYSTEM_CLOCK
        self.done = threading.Event()
        self.expect = 0

    def play(self, sound: str | Path, channel: Channel = "bell") -> None:
        super().play(sound, channel)
        self.played.append((str(sound), channel, self._clock.monotonic()))
        if len(self.played) >= self.expect:
            self.done.set()

    def prepare(
        self, sound: str | Path, channel: Channel = "bell", at: float | None = None
    ) -> None:
        self.prepared.append(str(sound))


CUES = (
    PlanCue(0.0, "bowl", "start"),
    PlanCue(0.0, "rise", "inhale"),
    PlanCue(4.0, "fall", "exhale"),
    PlanCue(10.0, "rise", "inhale"),
    PlanCue(12.0, "chime", "step"),
)


def test_events_map_to_channels() -> None:
    channels = {cue.event: channel_of(cue) for cue in CUES}
    assert channels == {
        "start": "bell",
        "inhale": "breath",
        "exhale": "breath",
        "step": "bell",
    }
    assert channel_of(PlanCue(1, "tick", "hold")) == "breath"
    assert channel_of(PlanCue(1, "bowl", "end")) == "bell"
    assert channel_of(PlanCue(1, "bowl", "bell")) == "bell"


def scheduler(clock: FakeClock, output: Recorder) -> CueScheduler:
    return CueScheduler(output, clock=clock, start=False)


def dispatch_due(s: CueScheduler, clock: FakeClock) -> list[str]:
    return [item.cue.sound for item in s.take_due(clock.seconds)]


def test_cues_come_due_at_their_deadline_in_order() -> None:
    clock, out = FakeClock(), Recorder()
    s = scheduler(clock, out)
    s.schedule(CUES, lambda at_s: 1000.0 + at_s)
    assert dispatch_due(s, clock) == ["bowl", "rise"]
    clock.seconds = 1003.999
    assert dispatch_due(s, clock) == []
    clock.seconds = 1004.0
    assert dispatch_due(s, clock) == ["fall"]
    assert [c.sound for c in s.pending] == ["rise", "chime"]


def test_pause_clears_and_resume_plays_only_what_is_ahead() -> None:
    clock, out = FakeClock(), Recorder()
    s = scheduler(clock, out)
    s.schedule(CUES, lambda at_s: 1000.0 + at_s)
    dispatch_due(s, clock)
    clock.seconds = 1002.0
    s.clear()  # pause at plan time 2 s
    clock.seconds = 1060.0
    assert dispatch_due(s, clock) == []
    # resume: plan time 2 s is now 1060 s; the cues before 2 s are not played again
    s.reschedule([c for c in CUES if c.at_s >= 2.0], lambda at_s: 1058.0 + at_s)
    clock.seconds = 1062.0
    assert dispatch_due(s, clock) == ["fall"]


def test_a_cue_handed_over_again_just_after_it_played_is_not_played_twice() -> None:
    clock, out = FakeClock(), Recorder()
    s = scheduler(clock, out)
    s.schedule(CUES, lambda at_s: 1000.0 + at_s)
    assert dispatch_due(s, clock) == ["bowl", "rise"]
    clock.seconds = 1000.05  # a spoken line became ready: the window is handed over again
    s.schedule(CUES, lambda at_s: 1000.0 + at_s)
    assert dispatch_due(s, clock) == []
    assert [c.sound for c in s.pending] == ["fall", "rise", "chime"]
    # The same cues at other deadlines (resumed after a pause, or a skip back) do play.
    s.schedule(CUES, lambda at_s: 1000.1 + at_s)
    clock.seconds = 1000.1
    assert dispatch_due(s, clock) == ["bowl", "rise"]


def test_skipped_and_long_overdue_cues_are_not_played() -> None:
    clock, out = FakeClock(), Recorder()
    s = scheduler(clock, out)
    # skip to plan time 11 s: everything before is more than 0.25 s in the past
    s.schedule(CUES, lambda at_s: 989.0 + at_s)
    assert [c.sound for c in s.pending] == ["chime"]
    # a cue that became due while the machine stalled for a second is dropped
    clock.seconds = 1002.0
    assert dispatch_due(s, clock) == []
    assert s.pending == ()


def test_dispatch_plays_on_the_cue_channel_and_reports_lateness(tmp_path: Path) -> None:
    clock, out = FakeClock(), Recorder()
    played: list[CuePlayed] = []
    errors: list[str] = []
    s = CueScheduler(
        out,
        clock=clock,
        start=False,
        on_played=played.append,
        on_error=lambda cue, error: errors.append(f"{cue.sound}: {error}"),
    )
    own = tmp_path / "gong.wav"
    s.schedule(
        [
            PlanCue(0.0, "rise", "inhale"),
            PlanCue(0.0, "nope", "bell"),
            PlanCue(0.0, "nope", "bell"),
            PlanCue(0.0, "gong.wav", "bell", path=own),
        ],
        lambda at_s: 999.998 + at_s,
    )
    for item in s.take_due(clock.seconds):
        s.dispatch(item)
    assert [(sound, channel) for sound, channel, _ in out.played] == [("rise", "breath")]
    assert [round(p.late_s, 6) for p in played] == [0.002]
    assert len(errors) == 2  # once per broken sound, never a crash
    assert errors[0].startswith("nope: unknown sound") and "gong.wav: file not found" in errors[1]


def test_the_thread_plays_each_cue_at_its_deadline() -> None:
    out = Recorder()
    out.expect = 3
    played: list[CuePlayed] = []
    s = CueScheduler(out, on_played=played.append)
    try:
        start = time.monotonic() + 0.05
        s.preload(CUES)
        s.schedule(CUES[:3], lambda at_s: start + at_s / 100)  # 0, 0 and 40 ms apart
        assert out.done.wait(5.0)
    finally:
        s.close()
    assert [sound for sound, _, _ in out.played] == ["bowl", "rise", "fall"]
    # generous bound for a shared CI core; bench/audio.py measures the real figures
    assert all(0.0 <= p.late_s < 0.05 for p in played), [p.late_s for p in played]


def test_eyes_closed_words_and_tones() -> None:
    assert [phase_word(k) for k in ("inhale", "hold_in", "exhale", "hold_out", "step")] == [
        "in",
        "hold",
        "out",
        "hold",
        None,
    ]
    assert phase_word("exhale", "de-CH") == "aus"
    assert phase_word("inhale", "ja") == "in"  # no words of its own: English
    assert [phase_tone(k) for k in ("inhale", "hold_out", "exhale", "silence")] == [
        "in",
        "hold",
        "out",
        None,
    ]
