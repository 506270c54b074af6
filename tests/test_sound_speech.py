"""Spoken guidance with Qt's `mock` speech engine: order, queue policy, recordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from anapana.core.plan import PlanSpeech
from anapana.core.wavfile import Sound, write_wav
from anapana.sound.library import SoundLibrary
from anapana.sound.output import Channel, SilentOutput
from anapana.sound.speech import NO_SPEECH_NOTICE, Speaker

pytestmark = pytest.mark.gui

BODY_SCAN = (
    PlanSpeech(0.0, "Lie down and let the body be heavy."),
    PlanSpeech(0.0, "Left foot"),
    PlanSpeech(40.0, "Right foot"),
    PlanSpeech(80.0, "Notice the belly rise and fall."),
    PlanSpeech(140.0, "Shoulders"),
)


class Events:
    def __init__(self, speaker: Speaker) -> None:
        self.log: list[str] = []
        speaker.started.connect(lambda text: self.log.append(f"start {text}"))
        speaker.finished.connect(lambda text: self.log.append(f"end {text}"))
        speaker.speech_unavailable.connect(lambda text: self.log.append(f"notice {text}"))


def test_body_scan_is_spoken_in_order_without_overlap(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker("en", engine="mock", policy="wait")
    events = Events(speaker)
    assert speaker.available
    for item in BODY_SCAN:  # all at once: each must wait for the one before
        speaker.say_item(item)
    assert speaker.speaking and speaker.queued == len(BODY_SCAN) - 1
    last = BODY_SCAN[-1].text
    with qtbot.waitSignal(speaker.finished, timeout=15000, check_params_cb=lambda t: t == last):
        pass
    expected = [line for item in BODY_SCAN for line in (f"start {item.text}", f"end {item.text}")]
    assert events.log == expected
    assert not speaker.speaking


def test_cut_policy_stops_the_current_sentence_for_the_new_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker("en", engine="mock", policy="cut")
    events = Events(speaker)
    speaker.say("A long sentence that would take a good while to say out loud.")
    speaker.say("Cut short by the next one.")  # cut: replaces the first at once
    speaker.say("Right foot")
    with qtbot.waitSignal(speaker.finished, timeout=10000):
        pass
    assert events.log == [
        "start A long sentence that would take a good while to say out loud.",
        "end A long sentence that would take a good while to say out loud.",
        "start Cut short by the next one.",
        "end Cut short by the next one.",
        "start Right foot",
        "end Right foot",
    ]
    assert speaker.queued == 0


def test_stop_forgets_the_queue(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker(engine="mock")
    events = Events(speaker)
    speaker.say("one")
    speaker.say("two")
    speaker.stop()
    assert events.log == ["start one", "end one"]
    assert not speaker.speaking and speaker.queued == 0
    qtbot.wait(300)  # the engine's late state changes must not start anything
    assert events.log == ["start one", "end one"]


class VoiceRecorder(SilentOutput):
    def __init__(self) -> None:
        super().__init__(SoundLibrary())
        self.played: list[tuple[str, Channel]] = []
        self.stopped: list[Channel] = []

    def play(self, sound: str | Path, channel: Channel = "bell") -> None:
        super().play(sound, channel)
        self.played.append((Path(sound).name, channel))

    def stop_channel(self, channel: Channel) -> None:
        self.stopped.append(channel)


def test_a_recording_is_played_instead_of_spoken(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    recording = tmp_path / "belly.wav"
    write_wav(recording, Sound(np.zeros((4410, 1), dtype=np.float32), 44100))  # 0.1 s
    output = VoiceRecorder()
    speaker = Speaker("en", engine="mock", output=output)
    events = Events(speaker)
    speaker.say_item(PlanSpeech(0.0, "Notice the belly.", recording=recording))
    speaker.say("Shoulders")
    assert output.played == [("belly.wav", "voice")]
    assert events.log == ["start Notice the belly."]  # the next waits for the recording
    with qtbot.waitSignal(
        speaker.finished, timeout=5000, check_params_cb=lambda t: t == "Shoulders"
    ):
        pass
    assert events.log == [
        "start Notice the belly.",
        "end Notice the belly.",
        "start Shoulders",
        "end Shoulders",
    ]
    speaker.policy = "cut"
    speaker.say_item(PlanSpeech(0.0, "again", recording=recording))
    speaker.say("cut in")
    assert output.stopped == ["voice"]


def test_without_an_engine_words_are_shown_and_one_notice_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker("en", engine="no-such-engine")
    events = Events(speaker)
    assert not speaker.available
    speaker.say("Left foot")
    speaker.say("Right foot")
    assert events.log == [
        "start Left foot",
        f"notice {NO_SPEECH_NOTICE}",
        "end Left foot",
        "start Right foot",
        "end Right foot",
    ]


def test_language_rate_volume_and_voice(qtbot) -> None:  # type: ignore[no-untyped-def]
    speaker = Speaker("en-US", engine="mock")
    assert speaker.set_language("fi")  # the mock engine has Finnish
    assert not speaker.set_language("tlh")
    assert speaker.voices() and speaker.set_voice(speaker.voices()[-1])
    assert not speaker.set_voice("Nobody")
    speaker.set_rate(3.0)
    speaker.set_volume(-1.0)
    assert speaker._tts is not None
    assert speaker._tts.rate() == 1.0 and speaker._tts.volume() == 0.0
    with pytest.raises(ValueError, match="policy"):
        Speaker(engine="mock", policy="shout")  # type: ignore[arg-type]
