"""Mixing, volumes, the sound library and the silent fallback (no device needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from anapana.core.wavfile import Sound, WavError, to_int16, write_wav
from anapana.sound import synth
from anapana.sound.backends import open_output
from anapana.sound.library import SoundLibrary, UnknownSound
from anapana.sound.mixer import Pcm, StreamMixer, TailMixer, overlay
from anapana.sound.output import (
    NO_DEVICE_NOTICE,
    BackendUnavailable,
    Channel,
    MixingOutput,
    SilentOutput,
    SoundOutput,
)
from tests.fakes import FakeClock

ROOT = Path(__file__).resolve().parent.parent


def pcm(values: list[int]) -> Pcm:
    return np.array(values, dtype=np.int16).reshape(-1, 1)


def test_overlay_adds_and_clips() -> None:
    out = overlay(pcm([30000, 1, 2]), pcm([10000, -5]))
    np.testing.assert_array_equal(out[:, 0], [32767, -4, 2])


def test_overlay_fast_path_equals_the_clipping_one() -> None:
    rng = np.random.default_rng(3)
    a = rng.integers(-12000, 12000, size=(5000, 2)).astype(np.int16)
    b = rng.integers(-12000, 12000, size=(3000, 2)).astype(np.int16)
    np.testing.assert_array_equal(overlay(a, b, peak_sum=24000), overlay(a, b))
    np.testing.assert_array_equal(overlay(b, a, peak_sum=24000), overlay(a, b))
    loud = np.full((4, 1), 30000, dtype=np.int16)
    assert overlay(loud, loud, peak_sum=60000).max() == 32767  # a wrong bound is not trusted


def test_tail_mixer_mixes_what_still_rings_with_the_new_sound() -> None:
    clock = FakeClock()
    mixer = TailMixer(rate=10, clock=clock)
    first = pcm(list(range(100, 110)))  # 1 s at 10 Hz
    assert mixer.add(first, "bell") is first
    clock.seconds += 0.3  # three frames have played
    second = pcm([1, 1])
    np.testing.assert_array_equal(mixer.add(second, "breath")[:, 0], [104, 105, *range(105, 110)])
    clock.seconds += 5.0  # everything has ended: the next one plays alone
    assert not mixer.ringing()
    np.testing.assert_array_equal(mixer.add(second, "breath"), second)


def test_a_mix_made_ahead_is_used_only_while_nothing_changed() -> None:
    clock = FakeClock()
    mixer = TailMixer(rate=10, clock=clock)
    mixer.add(pcm([100] * 10), "bell")
    ahead = mixer.mix_at(pcm([1, 1]), at=clock.seconds + 0.4)
    np.testing.assert_array_equal(ahead[:, 0], [101, 101, 100, 100, 100, 100])
    assert mixer.version == 1
    clock.seconds += 0.4
    premixed = (mixer.version, ahead)
    assert mixer.add(pcm([1, 1]), "breath", premixed=premixed) is ahead
    # stale: something started in between, so the mix is made afresh
    clock.seconds += 0.1
    mixer.add(pcm([5]), "bell")
    fresh = mixer.add(pcm([7]), "bell", premixed=premixed)
    np.testing.assert_array_equal(fresh[:, 0], [101 + 5 + 7, 100, 100, 100, 100])


def test_tail_mixer_can_silence_one_channel() -> None:
    clock = FakeClock()
    mixer = TailMixer(rate=10, clock=clock)
    mixer.add(pcm([10] * 10), "bell")
    mixer.add(pcm([1] * 20), "voice")
    clock.seconds += 0.5
    rest = mixer.without("voice")
    assert rest is not None
    np.testing.assert_array_equal(rest[:, 0], [10] * 5)
    assert mixer.without("bell") is None


def test_stream_mixer_sums_blocks_until_voices_end() -> None:
    mixer = StreamMixer(channels=1)
    mixer.add(pcm([1, 2, 3, 4, 5]), "bell")
    np.testing.assert_array_equal(mixer.read(2)[:, 0], [1, 2])
    mixer.add(pcm([10, 10]), "breath")
    np.testing.assert_array_equal(mixer.read(4)[:, 0], [13, 14, 5, 0])
    assert mixer.active == 0
    np.testing.assert_array_equal(mixer.read(3)[:, 0], [0, 0, 0])
    mixer.add(pcm([7, 7]), "voice")
    mixer.add(pcm([1, 1]), "bell")
    mixer.stop("voice")
    np.testing.assert_array_equal(mixer.read(2)[:, 0], [1, 1])


def test_stream_mixer_starts_a_voice_where_its_play_call_fell_in_the_block() -> None:
    mixer = StreamMixer(channels=1, rate=10)
    mixer.add(pcm([5, 6, 7]), "bell", at=100.3)  # 0.2 s before the block's end
    np.testing.assert_array_equal(mixer.read(5, now=100.5)[:, 0], [0, 0, 0, 5, 6])
    np.testing.assert_array_equal(mixer.read(2, now=100.7)[:, 0], [7, 0])
    mixer.add(pcm([1]), "bell", at=90.0)  # long before this block: starts at once
    np.testing.assert_array_equal(mixer.read(2, now=100.9)[:, 0], [1, 0])


class RecordingOutput(MixingOutput):
    """A backend that keeps what it was asked to play."""

    name = "recording"

    def __init__(self, library: SoundLibrary, fail_after: int | None = None) -> None:
        self.notices: list[str] = []
        super().__init__(library, on_notice=self.notices.append)
        self.started: list[tuple[Pcm, Channel]] = []
        self.stopped: list[Channel | None] = []
        self.fail_after = fail_after

    def _start(self, pcm: Pcm, channel: Channel, pcm_peak: int) -> None:
        if self.fail_after is not None and len(self.started) >= self.fail_after:
            raise BackendUnavailable("unplugged")
        self.started.append((pcm, channel))

    def _stop(self, channel: Channel | None) -> None:
        self.stopped.append(channel)


@pytest.fixture(scope="module")
def library() -> SoundLibrary:
    return SoundLibrary()


def test_volumes_scale_each_channel_and_mute_silences(library: SoundLibrary) -> None:
    out = RecordingOutput(library)
    out.set_volume("breath", 0.5)
    out.set_master_volume(0.8)
    out.play("rise", "breath")
    out.play("tick", "bell")
    expected_rise = to_int16(np.repeat(synth.synthesize("rise")[:, None], 2, axis=1), 0.4)
    assert np.abs(out.started[0][0].astype(int) - expected_rise).max() <= 1
    assert out.started[0][1] == "breath"
    assert np.abs(out.started[1][0]).max() > np.abs(out.started[0][0]).max() * 1.5 * 0.4
    out.set_muted(True)
    out.play("bowl", "bell")
    assert len(out.started) == 2 and out.stopped == [None]
    with pytest.raises(ValueError, match="channel"):
        out.set_volume("drums", 1.0)  # type: ignore[arg-type]


def test_a_backend_that_fails_later_goes_quiet_with_one_notice(library: SoundLibrary) -> None:
    out = RecordingOutput(library, fail_after=1)
    for _ in range(5):
        out.play("tick", "bell")
    assert len(out.started) == 1
    assert out.notices == [NO_DEVICE_NOTICE]


def test_library_reads_user_wavs_and_refuses_unknown_names(
    library: SoundLibrary, tmp_path: Path
) -> None:
    path = tmp_path / "drop.wav"
    write_wav(path, Sound(np.full((2205, 1), 0.25, dtype=np.float32), 22050))
    sound = library.load(path)
    assert (sound.rate, sound.channels, sound.frames) == (44100, 2, 4410)
    path.unlink()  # decoded once, kept by its resolved path: the disk is not read again
    np.testing.assert_array_equal(library.load(str(path)).samples, sound.samples)
    with pytest.raises(UnknownSound, match="built-in sounds are rise, fall"):
        library.load("trumpet")
    (tmp_path / "bad.wav").write_bytes(b"not a wav")
    with pytest.raises(WavError, match="not a WAV file"):
        library.load(tmp_path / "bad.wav")


def test_library_synthesizes_a_cue_whose_file_is_missing(tmp_path: Path) -> None:
    played = SoundLibrary(sounds_dir=tmp_path).pcm("chime", 1.0)
    np.testing.assert_array_equal(played[:, 0], to_int16(synth.synthesize("chime")))


def failing(reason: str):  # type: ignore[no-untyped-def]
    def opener(*_args: object) -> SoundOutput:
        raise BackendUnavailable(reason)

    return opener


def test_when_every_backend_fails_output_is_silent_with_one_notice(
    library: SoundLibrary,
) -> None:
    notices: list[str] = []
    tried: list[str] = []

    def broken(name: str):  # type: ignore[no-untyped-def]
        def opener(*_args: object) -> SoundOutput:
            tried.append(name)
            if name == "qt":
                raise RuntimeError("something unexpected")
            raise BackendUnavailable("no device")

        return opener

    out = open_output(
        "auto",
        on_notice=notices.append,
        library=library,
        openers={"simpleaudio": broken("simpleaudio"), "qt": broken("qt")},
    )
    for _ in range(3):
        out.play("bowl", "bell")
    out.stop_all()
    assert isinstance(out, SilentOutput)
    assert tried == ["simpleaudio", "qt"]
    assert notices == [NO_DEVICE_NOTICE]
    with pytest.raises(UnknownSound):
        out.play("trumpet")  # a bad name is still the session's mistake


def test_a_named_backend_is_tried_alone(library: SoundLibrary) -> None:
    made: list[str] = []

    def works(*_args: object) -> SoundOutput:
        made.append("simpleaudio")
        return SilentOutput(library)

    out = open_output(
        "qt",
        library=library,
        openers={"simpleaudio": works, "qt": failing("no pulse")},
    )
    assert made == [] and out.name == "silent"
    with pytest.raises(ValueError, match="unknown sound backend"):
        open_output("jack", library=library)


def test_no_device_at_all_in_a_real_process(tmp_path: Path) -> None:
    """ALSA pointed at a card that does not exist, no PulseAudio: one notice, exit 0."""
    home = tmp_path / "home"
    run = tmp_path / "run"
    home.mkdir()
    run.mkdir(mode=0o700)
    (home / ".asoundrc").write_text(
        "pcm.!default { type hw card 7 }\nctl.!default { type hw card 7 }\n"
    )
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(run),
        "PULSE_SERVER": f"unix:{run}/no-such-socket",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
    }
    code = (
        "from anapana.sound.preview import play_once\n"
        "raise SystemExit(play_once('tick') + play_once('chime'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(NO_DEVICE_NOTICE) == 2  # once per output opened
    assert "with silent" in done.stdout
    assert "Traceback" not in done.stderr


def test_a_one_channel_sound_mixes_as_its_stereo_copy() -> None:
    rng = np.random.default_rng(5)
    stereo = rng.integers(-20000, 20000, size=(50, 2)).astype(np.int16)
    mono = rng.integers(-20000, 20000, size=(80, 1)).astype(np.int16)
    wide = np.repeat(mono, 2, axis=1)
    for a, b in ((stereo, mono), (mono, stereo)):
        expected = overlay(stereo, wide)
        np.testing.assert_array_equal(overlay(a, b), expected)
    clock = FakeClock()
    mixer = TailMixer(rate=10, clock=clock, channels=2)
    np.testing.assert_array_equal(mixer.add(mono, "voice"), wide)  # alone: widened
    clock.seconds += 1.0
    np.testing.assert_array_equal(mixer.add(stereo, "bell"), overlay(wide[10:], stereo))
    rest = mixer.without("bell")
    assert rest is not None
    np.testing.assert_array_equal(rest, wide[10:])
