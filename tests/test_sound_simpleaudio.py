"""The simpleaudio backend against a captured ALSA device: what it plays, sample for sample.

ALSA reads its configuration once per process, so each playback runs in a subprocess
whose HOME holds an `.asoundrc` that sends the default device into a WAV file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from anapana.core.wavfile import read_wav, to_int16
from anapana.sound import synth

pytest.importorskip("simpleaudio", reason="simpleaudio (the `simpleaudio` extra) not installed")

ROOT = Path(__file__).resolve().parent.parent
RATE = 44100


@pytest.fixture
def captured_alsa(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose ALSA default device writes what it plays to `out.wav`."""
    home = tmp_path / "home"
    home.mkdir()
    capture = tmp_path / "out.wav"
    (home / ".asoundrc").write_text(
        f'pcm.!default {{ type file slave.pcm "null" file "{capture}" format "wav" }}\n'
    )
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    return env, capture


def run_player(env: dict[str, str], script: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


PLAYER = """
    import json, shutil, sys
    from pathlib import Path
    from anapana.sound.simpleaudio_output import SimpleaudioOutput

    class Clock:  # tests.fakes.FakeClock's monotonic half (this runs in a child process)
        seconds = 500.0
        def monotonic(self):
            return self.seconds

    capture = Path({capture!r})
    clock = Clock()
    out = SimpleaudioOutput(clock=clock)
    out.set_volume("bell", {bell_volume})
    out.set_volume("breath", {breath_volume})
    out.play({first!r}, "bell")
    assert out.wait_done(10)
    shutil.copy(capture, capture.with_name("first.wav"))
    clock.seconds += {offset_s}
    if {premix}:
        out.prepare({second!r}, "breath", at=clock.seconds)
    out.play({second!r}, "breath")
    assert out.wait_done(10)
    print(json.dumps({{"backend": out.name}}))
"""


def expected_pcm(name: str, volume: float) -> np.ndarray:
    mono = synth.synthesize(name)
    return to_int16(np.repeat(mono[:, None], 2, axis=1), volume).astype(np.int32)


def captured_pcm(path: Path) -> np.ndarray:
    sound = read_wav(path)
    assert (sound.rate, sound.channels) == (RATE, 2)
    return to_int16(sound.samples).astype(np.int32)


@pytest.mark.parametrize("premix", [False, True], ids=["mixed-on-play", "mixed-ahead"])
def test_captured_samples_equal_the_synthesized_cue_and_the_overlap_is_their_mix(
    captured_alsa: tuple[dict[str, str], Path], premix: bool
) -> None:
    env, capture = captured_alsa
    offset_s = 0.25
    result = run_player(
        env,
        PLAYER.format(
            capture=str(capture),
            first="bowl",
            second="rise",
            bell_volume=0.5,
            breath_volume=0.8,
            offset_s=offset_s,
            premix=premix,
        ),
    )
    assert result["backend"] == "simpleaudio"

    bowl = expected_pcm("bowl", 0.5)
    rise = expected_pcm("rise", 0.8)
    first = captured_pcm(capture.with_name("first.wav"))
    assert first.shape == bowl.shape
    assert np.abs(first - bowl).max() <= 1  # within 1 LSB after volume scaling

    # The rise started 0.25 s into the bowl: the second buffer is the bowl's tail plus
    # the rise, from that moment on.
    tail = bowl[round(offset_s * RATE) :]
    mix = tail.copy()
    mix[: len(rise)] += rise
    mix = np.clip(mix, -32768, 32767)
    second = captured_pcm(capture)
    assert second.shape == mix.shape
    assert np.abs(second - mix).max() <= 2  # 1 LSB from each sound
    # and the mix is really there: neither sound alone matches
    assert np.abs(second[: len(rise)] - tail[: len(rise)]).max() > 1000
    assert np.abs(second[: len(rise)] - rise).max() > 1000


def test_a_sound_after_the_tail_has_ended_plays_alone(
    captured_alsa: tuple[dict[str, str], Path],
) -> None:
    env, capture = captured_alsa
    run_player(
        env,
        PLAYER.format(
            capture=str(capture),
            first="tick",
            second="out",
            bell_volume=1.0,
            breath_volume=0.3,
            offset_s=1.0,
            premix=False,
        ),
    )
    second = captured_pcm(capture)
    expected = expected_pcm("out", 0.3)
    assert second.shape == expected.shape
    assert np.abs(second - expected).max() <= 1
