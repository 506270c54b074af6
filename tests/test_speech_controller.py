"""Speech through the controller on a fake clock: lines scheduled on the voice channel at
their timeline's times, captions following the timeline, intros in the lead-in so the
first breath comes on time, eyes-closed words at exact phase times; the sound layer's
notices reach the window even when raised before it listened."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from anapana.app.controller import PlayerController
from anapana.core.plan import Plan, PlanCue, PlanSpeech
from anapana.sound.cues import channel_of
from anapana.sound.speech_plan import GAP_S
from anapana.sound.tts.engine import CALM_RATE, RenderedSpeech, Voice
from tests.app_helpers import FakeClock, RecordingSink
from tests.helpers import load_text

pytestmark = pytest.mark.gui

SCAN = """\
title: Scan
language: en
segments:
  - body_scan: Scan
    steps:
      - focus: Feet
        say: Feel the feet.
        duration: 10
      - focus: Legs
        say: Now the legs, all of them, slowly.
        duration: 3
      - focus: Hips
        say: Hips.
        duration: 10
"""

BREATHING = """\
title: Breathe
language: en
segments:
  - breathe: Calm
    intro: Sit comfortably and let the breath settle.
    pattern: {inhale: 4, hold_in: 2, exhale: 4}
    cycles: 2
"""


@dataclass
class SpeakingSink(RecordingSink):
    """A recording sink whose lines are 'rendered' at once with known lengths."""

    lengths: dict[str, float] = field(default_factory=dict)
    prepared: list[str] = field(default_factory=list)
    speech_version: int = 0
    ready: bool = True

    def prepare_speech(self, texts: Sequence[str]) -> None:
        self.prepared = list(texts)
        self.speech_version += 1

    def speech_sound(self, item: PlanSpeech) -> str | None:
        return f"speech:{item.text}" if self.ready else None

    def speech_duration(self, item: PlanSpeech) -> float | None:
        return self.lengths.get(item.text, 1.0) if self.ready else None

    def render_speech_now(self, item: PlanSpeech) -> float | None:
        return self.speech_duration(item)

    def schedule(self, cues: Sequence[PlanCue], deadline_of: Callable[[float], float]) -> None:
        super().schedule(cues, deadline_of)


def plan_of(tmp_path: Path, text: str) -> Plan:
    return load_text(tmp_path, text).plan


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def voice_cues(sink: RecordingSink) -> list[tuple[str, float]]:
    return [(cue.sound, due) for cue, due in sink.scheduled if channel_of(cue) == "voice"]


def test_lines_are_scheduled_on_the_voice_channel_at_their_times(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    sink = SpeakingSink(lengths={"Now the legs, all of them, slowly.": 5.0})
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(tmp_path, SCAN), lead_in_s=3.0)
    assert sink.prepared == ["Feel the feet.", "Now the legs, all of them, slowly.", "Hips."]
    begin = clock.seconds + 3.0
    controller.start()
    assert voice_cues(sink) == [
        ("speech:Feel the feet.", pytest.approx(begin)),
        ("speech:Now the legs, all of them, slowly.", pytest.approx(begin + 10.0)),
        # the legs' line runs 2 s past its step: the hips' line waits for it
        ("speech:Hips.", pytest.approx(begin + 15.0 + GAP_S)),
    ]
    bells = [cue.event for cue, _ in sink.scheduled if channel_of(cue) == "bell"]
    assert bells[:2] == ["start", "step"]  # cues and speech go through the same scheduler


def test_lines_ready_later_are_handed_over_then(qtbot: QtBot, tmp_path: Path,
                                                 clock: FakeClock) -> None:
    sink = SpeakingSink(ready=False)
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(tmp_path, SCAN), lead_in_s=3.0)
    controller.start()
    assert voice_cues(sink) == []
    sink.ready = True
    sink.speech_version += 1
    clock.advance(1.0)
    controller.tick()
    assert next(sound for sound, _ in voice_cues(sink)) == "speech:Feel the feet."


def test_captions_follow_the_timeline_and_stop_with_a_pause(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    sink = SpeakingSink(lengths={"Feel the feet.": 2.0})
    controller = PlayerController(clock, sound=sink, run_timer=False)
    events: list[str] = []
    controller.speech_started.connect(lambda text: events.append(f"+{text}"))
    controller.speech_ended.connect(lambda: events.append("-"))
    controller.load(plan_of(tmp_path, SCAN), lead_in_s=1.0)
    controller.start()
    clock.advance(1.0)
    controller.tick()
    assert events == ["+Feel the feet."]
    clock.advance(2.1)
    controller.tick()
    assert events == ["+Feel the feet.", "-"]
    clock.advance(8.0)  # 11.1 s: the legs' line began at 10 s
    controller.tick()
    assert events[-1] == "+Now the legs, all of them, slowly."
    controller.pause()
    assert events[-1] == "-"
    controller.resume()
    clock.advance(0.2)
    controller.tick()
    assert events[-1] == "-"  # the line cut by the pause is not captioned again


def test_captions_show_even_when_nothing_can_be_heard(qtbot: QtBot, tmp_path: Path,
                                                      clock: FakeClock) -> None:
    sink = RecordingSink()  # no speech at all: lengths are estimated
    controller = PlayerController(clock, sound=sink, run_timer=False)
    shown: list[str] = []
    controller.speech_started.connect(shown.append)
    controller.load(plan_of(tmp_path, SCAN), lead_in_s=0.0)
    controller.start()
    for _ in range(120):
        clock.advance(0.25)
        controller.tick()
    assert shown == ["Feel the feet.", "Now the legs, all of them, slowly.", "Hips."]


def test_an_opening_intro_is_spoken_in_a_longer_lead_in(qtbot: QtBot, tmp_path: Path,
                                                        clock: FakeClock) -> None:
    intro = "Sit comfortably and let the breath settle."
    sink = SpeakingSink(lengths={intro: 6.0})
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.load(plan_of(tmp_path, BREATHING), lead_in_s=3.0)
    start = clock.seconds
    controller.start()
    first_breath = next(due for cue, due in sink.scheduled if cue.event == "inhale")
    intro_due = dict(voice_cues(sink))[f"speech:{intro}"]
    assert first_breath - start >= 6.0 + GAP_S  # the lead-in grew to hold the intro
    assert intro_due >= start  # spoken after the start button, before the first breath
    assert intro_due + 6.0 + GAP_S == pytest.approx(first_breath)


def test_eyes_closed_words_are_on_time_and_never_wait_for_the_intro(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    intro = "Sit comfortably and let the breath settle."
    sink = SpeakingSink(lengths={intro: 6.0, "in": 0.4, "hold": 0.4, "out": 0.4})
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.eyes_closed = "words"
    plan = plan_of(tmp_path, BREATHING)
    controller.load(plan, lead_in_s=3.0)
    assert sink.prepared[:4] == [intro, "in", "hold", "out"]  # the words are ready early
    controller.start()
    words = [(cue.sound, due) for cue, due in sink.scheduled
             if cue.sound in ("speech:in", "speech:hold", "speech:out")]
    origin = next(due for cue, due in sink.scheduled if cue.event == "start")
    expected = [(f"speech:{w}", origin + p.start_s)
                for p, w in zip(plan.phases, ["in", "hold", "out"] * 2, strict=True)]
    assert words == [(s, pytest.approx(t)) for s, t in expected]
    intro_due = dict(voice_cues(sink))[f"speech:{intro}"]
    assert intro_due + 6.0 < words[0][1]  # the intro ends before the first "in"


def test_the_eyes_closed_intro_waits_in_the_lead_in_even_unrendered(
        qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> None:
    sink = RecordingSink()
    controller = PlayerController(clock, sound=sink, run_timer=False)
    controller.eyes_closed = "tones"
    controller.load(plan_of(tmp_path, BREATHING), lead_in_s=1.0)
    start = clock.seconds
    controller.start()
    first = next(due for cue, due in sink.scheduled if cue.event == "inhale")
    assert first - start > 3.0  # estimated: about 8 words at a calm pace


def test_the_sound_layer_keeps_notices_raised_before_anyone_listened(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from anapana.app.sound_sink import SoundLayer
    from anapana.sound import backends, output

    def no_device(*args: object) -> object:
        raise output.BackendUnavailable("no device here")

    monkeypatch.setattr(backends, "OPENERS", {"simpleaudio": no_device, "qt": no_device})
    layer = SoundLayer(backend="auto", engines=[])
    heard: list[str] = []
    layer.notice.connect(heard.append)
    assert layer.take_notices() == [output.NO_DEVICE_NOTICE]
    assert heard == []
    assert layer.take_notices() == []
    layer.close()


def test_the_sound_layers_notices_are_in_the_interface_language(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, german: None) -> None:
    from anapana.app.sound_sink import SoundLayer
    from anapana.sound import backends, output
    from anapana.sound.speech import NO_SPEECH_NOTICE

    def no_device(*args: object) -> object:
        raise output.BackendUnavailable("no device here")

    monkeypatch.setattr(backends, "OPENERS", {"simpleaudio": no_device, "qt": no_device})
    layer = SoundLayer(backend="auto", engines=[])
    assert layer.take_notices() == ["Kein Audiogerät gefunden – die Klänge bleiben still"]
    heard: list[str] = []
    layer.notice.connect(heard.append)
    layer._on_speaker_notice(NO_SPEECH_NOTICE)  # what the Speaker says once, in English
    assert heard == ["Gesprochene Anleitung ist hier nicht verfügbar – die Worte werden "
                     "stattdessen angezeigt"]
    layer.close()


def test_the_window_shows_notices_raised_before_it_was_shown(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    from anapana.app.composition import build_main_window
    from anapana.app.settings import Settings
    from anapana.paths import UserPaths

    paths = UserPaths(data=tmp_path / "d", config=tmp_path / "c", logs=tmp_path / "l")
    window = build_main_window(Settings(paths.settings), paths, open_log=False, run_timer=False)
    qtbot.addWidget(window)
    window.notify("No sound device found — cues are off")
    window.notify("A second notice")
    assert window.statusBar().currentMessage() == ""
    assert window.pending_notices == ["No sound device found — cues are off", "A second notice"]
    window.show()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=3000)
    assert window.statusBar().currentMessage() == "No sound device found — cues are off"
    assert window.pending_notices == ["A second notice"]  # its turn comes next
    window.statusBar().clearMessage()  # as when its time is up
    assert window.statusBar().currentMessage() == "A second notice"
    assert window.pending_notices == []
    window.close()


class ToneEngine:
    """A speech engine that 'says' every text as a short tone (no program needed)."""

    name = "tone"

    def available(self) -> bool:
        return True

    def voices(self) -> list[Voice]:
        return [Voice("tone", "t", "Tone", "en-US")]

    def voice_for(self, language: str | None) -> Voice | None:
        return self.voices()[0]

    def render(self, text: str, voice: Voice, rate: float = CALM_RATE) -> RenderedSpeech:
        t = np.arange(round(22050 * 0.1 * len(text))) / 22050
        tone = (9000 * np.sin(2 * np.pi * 300 * t) * np.sin(np.pi * t / t[-1]))
        return RenderedSpeech(tone.astype(np.int16), 22050, text, voice.key)


def test_the_sound_layer_renders_lines_into_the_output_library(
        qtbot: QtBot, tmp_path: Path) -> None:
    from anapana.app.sound_sink import SoundLayer
    from anapana.sound.speech_cache import SpeechCache

    layer = SoundLayer(backend="silent", engines=[ToneEngine()], language="en",
                       cache=SpeechCache(tmp_path))
    item = PlanSpeech(0.0, "Feet")
    layer.prepare_speech(["Feet", "Legs"])
    layer.wait_for_speech(10)
    name = layer.speech_sound(item)
    assert name is not None and name.startswith("speech:")
    assert layer.speech_duration(item) == pytest.approx(0.4, abs=0.01)
    assert layer.speech_version == 2
    sound = layer.output.library.load(name)  # type: ignore[attr-defined]
    assert sound.rate == 44100 and sound.duration_s == pytest.approx(0.4, abs=0.01)
    layer.output.play(name, "voice")  # plays through the same output as the cues
    layer.say(item)  # rendered lines are scheduled, never spoken live
    assert layer._speaker is None
    layer.close()


def test_without_any_engine_the_layer_falls_back_to_live_speech(
        qtbot: QtBot, tmp_path: Path) -> None:
    from anapana.app.sound_sink import SoundLayer

    layer = SoundLayer(backend="silent", engines=[], language="en")
    layer.prepare_speech(["Feet"])
    assert layer.choice is None
    assert layer.speech_sound(PlanSpeech(0.0, "Feet")) is None
    layer.close()


def test_the_intro_is_captioned_during_the_lead_in(qtbot: QtBot, tmp_path: Path,
                                                   clock: FakeClock) -> None:
    intro = "Sit comfortably and let the breath settle."
    sink = SpeakingSink(lengths={intro: 6.0})
    controller = PlayerController(clock, sound=sink, run_timer=False)
    shown: list[str] = []
    controller.speech_started.connect(shown.append)
    controller.load(plan_of(tmp_path, BREATHING), lead_in_s=3.0)
    controller.start()
    clock.advance(1.0)
    state = controller.tick()
    assert state is not None and state.status == "countdown"
    assert shown == [intro]
