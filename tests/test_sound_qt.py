"""The Qt Multimedia backend against a private PulseAudio null sink, recorded with parec.

The fixture starts its own PulseAudio (HOME and XDG_RUNTIME_DIR in a temp folder) and stops
it by PID. Playback runs in a subprocess so Qt meets that server on its first look.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from anapana.core.wavfile import read_wav, to_int16
from anapana.sound import synth

ROOT = Path(__file__).resolve().parent.parent
RATE = 44100


def wait_for(condition, timeout_s: float) -> bool:  # type: ignore[no-untyped-def]
    """Poll an outside process's progress (no fake clock can stand in for a daemon)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    missing = [tool for tool in ("pulseaudio", "pactl", "parec") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"{', '.join(missing)} not installed (apt-get install pulseaudio pulseaudio-utils)"
        )
    home, run = tmp_path / "home", tmp_path / "run"
    (home / ".config" / "pulse").mkdir(parents=True)
    run.mkdir(mode=0o700)
    (home / ".config" / "pulse" / "client.conf").write_text("autospawn = no\n")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(run),
        "PULSE_SERVER": f"unix:{run}/pulse/native",
        "PYTHONPATH": str(ROOT / "src"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    log = (tmp_path / "pulse.log").open("w")
    daemon = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            f"--load=module-null-sink sink_name=nullsink rate={RATE} channels=2",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        up = wait_for(
            lambda: subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0,
            10,
        )
        assert up, (tmp_path / "pulse.log").read_text()
        yield env
    finally:
        daemon.terminate()
        try:
            daemon.wait(5)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        log.close()


PLAYER = """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication([])
    from anapana.sound.backends import open_output
    notices = []
    out = open_output("qt", on_notice=notices.append)
    print(out.name, notices, flush=True)
    out.set_volume("bell", 0.5)
    out.prepare("bowl", "bell")
    out.prepare("tick", "breath")
    QTimer.singleShot(300, lambda: out.play("bowl", "bell"))
    QTimer.singleShot(800, lambda: out.play("tick", "breath"))
    QTimer.singleShot(1800, app.quit)
    app.exec()
    out.close()
"""


def expected_pcm(name: str, volume: float) -> np.ndarray:
    mono = synth.synthesize(name)
    return to_int16(np.repeat(mono[:, None], 2, axis=1), volume).astype(np.int32)


def first_sound(x: np.ndarray, threshold: int = 0) -> int:
    return int(np.argmax(np.abs(x).max(axis=1) > threshold))


def align(heard: np.ndarray, ref: np.ndarray, guess: int, span: int = 4410) -> int:
    """Where `ref` starts in `heard`: the offset near `guess` that matches it best
    (the first audible samples of a fade-in are too faint to pin the start alone)."""
    candidates = range(max(0, guess - 20), guess + 21)
    return min(candidates, key=lambda at: np.abs(heard[at : at + span] - ref[:span]).sum())


def test_qt_plays_through_pulseaudio_and_mixes(pulse: dict[str, str], tmp_path: Path) -> None:
    recording = tmp_path / "rec.wav"
    recorder = subprocess.Popen(
        [
            "parec",
            "-d",
            "nullsink.monitor",
            "--file-format=wav",
            "--format=s16le",
            f"--rate={RATE}",
            "--channels=2",
            "--latency-msec=10",
            str(recording),
        ],
        env=pulse,
    )
    try:
        assert wait_for(lambda: recording.exists() and recording.stat().st_size > 8192, 10)
        player = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(PLAYER)],
            env=pulse,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        recorder.send_signal(signal.SIGINT)  # parec writes the WAV header on SIGINT
        recorder.wait(10)
    assert player.returncode == 0, player.stderr
    assert player.stdout.startswith("qt []"), player.stdout

    heard = to_int16(read_wav(recording).samples).astype(np.int32)
    bowl = expected_pcm("bowl", 0.5)
    tick = expected_pcm("tick", 1.0)
    assert np.abs(heard).max() > 0, "nothing was heard"
    start = align(heard, bowl, first_sound(heard) - first_sound(bowl))
    # The bowl alone, for its first 0.4 s (the tick comes 0.5 s later): the same samples.
    alone = round(0.4 * RATE)
    assert np.abs(heard[start : start + alone] - bowl[:alone]).max() <= 1
    # Then the tick on top of the bowl: what is left after taking the bowl away is the tick.
    span = min(len(bowl), len(heard) - start)
    residual = heard[start : start + span] - bowl[:span]
    tick_at = align(residual, tick, first_sound(residual, threshold=2) - first_sound(tick))
    assert 0.4 * RATE < tick_at < 0.7 * RATE, tick_at / RATE
    got = residual[tick_at : tick_at + len(tick)]
    assert np.abs(got - tick[: len(got)]).max() <= 2
