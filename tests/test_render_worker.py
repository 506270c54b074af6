"""Spoken lines rendered in a worker process: same samples as in the app, nothing heavy
in the app, and every way a worker can misbehave ends as one failed line, never a hang.

Real processes throughout: the real worker (`python -m anapana.sound.render_worker`), and
small stand-in workers (`python -c`) that speak the protocol badly on purpose.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from anapana.sound import render_protocol as protocol
from anapana.sound.render_client import RenderClient, WorkerFailed
from anapana.sound.speech_render import LineRenderer
from anapana.sound.tts.engine import Choice, SpeechError, Voice, choose
from anapana.sound.tts.espeak_ng import EspeakEngine

SRC = str(Path(__file__).resolve().parents[1] / "src")
TEXT = "Let the breath be easy."
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed")


@pytest.fixture
def espeak_choice() -> Choice:
    choice = choose([EspeakEngine()], "en")
    assert choice is not None
    return choice


@pytest.fixture
def client() -> object:
    made: list[RenderClient] = []

    def make(command: list[str] | None = None, **kwargs: float) -> RenderClient:
        made.append(RenderClient(command, **kwargs))
        return made[-1]

    yield make
    for each in made:
        pid = each.pid
        each.close()
        if pid is not None:
            _wait_gone(pid)


def _gone(pid: int) -> bool:
    """The process has ended (a zombie counts as ended here; `_reaped` checks that)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in status


def _reaped(pid: int) -> bool:
    return not Path(f"/proc/{pid}").exists()


def _wait_gone(pid: int, seconds: float = 10.0, reaped: bool = True) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if (_reaped if reaped else _gone)(pid):
            return True
        time.sleep(0.05)
    return False


def _stand_in(body: str) -> list[str]:
    """A worker that says READY, reads one request, then does `body` (Python)."""
    script = textwrap.dedent("""
        import os, struct, sys, time
        from anapana.sound import render_protocol as p
        out = sys.stdout.buffer
        out.write(p.encode_ready()); out.flush()
        head = sys.stdin.buffer.read(p.REQUEST_HEADER.size)
        body = sys.stdin.buffer.read(p.request_length(head))
        request = p.decode_request(body)
        def header(kind, rid, rate, count):
            return p.REPLY_HEADER.pack(p.REPLY_MAGIC, kind, rid, rate, count)
    """) + textwrap.dedent(body)
    return [sys.executable, "-c", script]


# same sound ---------------------------------------------------------------------------
@needs_espeak
def test_espeak_ng_through_the_worker_gives_the_same_samples(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    worker = client()
    through = LineRenderer(espeak_choice, worker=worker).render(TEXT)
    assert worker.pid is not None and worker.pid != os.getpid()
    here = LineRenderer(espeak_choice).render(TEXT)
    assert through.rate == here.rate
    assert through.frames > 10_000
    assert np.array_equal(through.samples, here.samples)


def _piper_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    pytest.importorskip("piper", reason="piper-tts (the `voice` extra) is not installed")
    pytest.importorskip("onnx", reason="onnx (to build the test model) is not installed")
    from anapana.sound.tts.voice_store import VoiceStore

    from .piper_model import write_voice

    store = VoiceStore(tmp_path / "voices")
    store.add_local(write_voice(tmp_path / "in"))
    return store


def test_a_piper_voice_through_the_worker_gives_the_same_samples(
        tmp_path: Path, client) -> None:  # type: ignore[no-untyped-def]
    from anapana.sound.tts.piper import PiperEngine

    choice = choose([PiperEngine(_piper_store(tmp_path))], "en")
    assert choice is not None and choice.engine.name == "piper"
    through = LineRenderer(choice, worker=client()).render(TEXT + " Notice your feet.")
    here = LineRenderer(choice).render(TEXT + " Notice your feet.")
    assert through.frames > 1000
    assert np.array_equal(through.samples, here.samples)


APP_SIDE = """
import sys
from pathlib import Path
from anapana.sound.render_client import RenderClient
from anapana.sound.speech_render import LineRenderer
from anapana.sound.tts.engine import choose
from anapana.sound.tts.installed import installed_engines
choice = choose(installed_engines(), "en")
assert choice is not None and choice.engine.name == "piper", choice
sound = LineRenderer(choice, worker=RenderClient()).render("Let the breath be easy.")
print(sound.frames, "piper" in sys.modules, "onnxruntime" in sys.modules)
"""


def test_after_a_piper_line_the_app_process_holds_no_onnxruntime_or_piper(
        tmp_path: Path, anapana_home: Path) -> None:
    from anapana.sound.tts.voice_store import VoiceStore

    _piper_store(tmp_path)
    from .piper_model import write_voice

    VoiceStore.for_user().add_local(write_voice(tmp_path / "in2"))
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run([sys.executable, "-c", APP_SIDE], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    frames, piper, onnxruntime = done.stdout.split()
    assert int(frames) > 1000
    assert (piper, onnxruntime) == ("False", "False")


def test_chatter_on_the_workers_stdout_does_not_reach_the_protocol(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    """What ONNX Runtime or Piper print (from Python or from C, on fd 1) goes to stderr."""
    noisy = textwrap.dedent("""
        import os, sys
        from anapana.sound import render_worker, speech_render
        requests, replies = render_worker._protocol_pipes()
        real = speech_render.levelled_pcm
        def chatty(*args, **kwargs):
            print("a warning from python"); sys.stdout.flush()
            os.write(1, b"a warning from native code\\n")
            return real(*args, **kwargs)
        speech_render.levelled_pcm = chatty
        sys.exit(render_worker.serve(requests, replies))
    """)
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    worker = client([sys.executable, "-c", noisy])
    through = LineRenderer(espeak_choice, worker=worker).render(TEXT)
    again = LineRenderer(espeak_choice, worker=worker).render("Notice your feet.")
    assert through.frames > 10_000 and again.frames > 10_000


# a broken worker ----------------------------------------------------------------------
@needs_espeak
def test_a_worker_killed_mid_render_fails_that_line_and_the_next_renders(
        espeak_choice: Choice, client, caplog: pytest.LogCaptureFixture,
        ) -> None:  # type: ignore[no-untyped-def]
    worker = client()
    renderer = LineRenderer(espeak_choice, worker=worker)
    renderer.render("Begin.")
    first = worker.pid
    assert first is not None
    long_line = " ".join(["Breathe in slowly, and breathe out slowly."] * 90)
    threading.Timer(0.3, os.kill, (first, signal.SIGKILL)).start()
    with caplog.at_level(logging.WARNING), pytest.raises(WorkerFailed, match="signal 9"):
        renderer.render(long_line)
    assert "speech worker" in caplog.text
    assert _wait_gone(first), "the killed worker was not reaped"
    assert renderer.render(TEXT).frames > 10_000
    assert worker.pid not in (None, first)


@pytest.mark.parametrize(("name", "body", "reason"), [
    ("garbage", "out.write(b'\\x00garbage, not a reply' * 3); out.flush(); time.sleep(30)",
     "protocol's mark"),
    ("too many samples",
     "out.write(header(0, request.id, 48000, 48000 * 601)); out.flush(); time.sleep(30)",
     "more than 600 s"),
    ("absurd rate", "out.write(header(0, request.id, 5, 10)); out.flush(); time.sleep(30)",
     "out of range"),
    ("another request's id",
     "out.write(header(0, request.id + 7, 48000, 1) + b'ab'); out.flush(); time.sleep(30)",
     "answers request"),
    ("bytes after the reply",
     "out.write(header(0, request.id, 48000, 2) + b'abcd' + b'more'); out.flush(); "
     "time.sleep(30)", "more than its reply"),
    ("a huge error message",
     "out.write(header(1, request.id, 0, 10**9)); out.flush(); time.sleep(30)",
     "too long"),
    ("dies mid-reply",
     "out.write(header(0, request.id, 48000, 48000) + b'ab' * 100); out.flush(); "
     "os._exit(1)", "stopped"),
])
def test_a_worker_that_breaks_the_protocol_is_refused(
        espeak_choice: Choice, client, name: str, body: str, reason: str,
        caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    worker = client(_stand_in(body), reply_timeout_s=20.0)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING), pytest.raises(WorkerFailed, match=reason):
        LineRenderer(espeak_choice, worker=worker).render(TEXT)
    assert time.monotonic() - started < 15, f"{name}: refused only at the timeout"
    assert reason in caplog.text
    assert worker.pid is None  # stopped and reaped


def test_a_worker_that_never_answers_times_out(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    worker = client(_stand_in("time.sleep(3600)"), reply_timeout_s=1.5)
    renderer = LineRenderer(espeak_choice, worker=worker)
    with pytest.raises(WorkerFailed, match="did not answer in time"):
        renderer.render(TEXT)
    assert worker.pid is None


def test_a_line_the_engine_cannot_say_fails_and_the_worker_stays(
        client) -> None:  # type: ignore[no-untyped-def]
    choice = Choice(EspeakEngine(), Voice("espeak-ng", "xx-no-such-voice", "none", "xx"))
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    worker = client()
    with pytest.raises(SpeechError) as failed:
        LineRenderer(choice, worker=worker).render(TEXT)
    assert not isinstance(failed.value, WorkerFailed)
    assert "espeak-ng" in str(failed.value) and worker.pid is not None


def test_a_worker_that_cannot_start_leaves_rendering_to_the_app(
        espeak_choice: Choice, client, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    for command in ([str(tmp_path / "no-such-program")], [sys.executable, "-c", "pass"]):
        worker = client(command)
        with caplog.at_level(logging.WARNING):
            sound = LineRenderer(espeak_choice, worker=worker).render(TEXT)
        assert sound.frames > 10_000 and worker.in_process
        assert "rendered in the app's process" in caplog.text


def test_a_worker_that_keeps_dying_is_not_restarted_forever(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    worker = client(_stand_in("os._exit(1)"))
    renderer = LineRenderer(espeak_choice, worker=worker)
    for _ in range(3):
        with pytest.raises(WorkerFailed):
            renderer.render(TEXT)
    with pytest.raises(SpeechError, match="kept stopping"):
        renderer.render(TEXT)


# its life -----------------------------------------------------------------------------
@needs_espeak
def test_an_idle_worker_exits_is_reaped_and_comes_back(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    worker = client(idle_s=1.0)
    renderer = LineRenderer(espeak_choice, worker=worker)
    renderer.render(TEXT)
    first = worker._worker.process.pid  # type: ignore[union-attr]
    assert _wait_gone(first, 15.0), "the idle worker did not exit and get reaped"
    assert renderer.render("Notice your feet.").frames > 10_000


PARENT = """
import sys
from anapana.sound.render_client import RenderClient
from anapana.sound.speech_render import LineRenderer
from anapana.sound.tts.engine import choose
from anapana.sound.tts.espeak_ng import EspeakEngine
client = RenderClient()
LineRenderer(choose([EspeakEngine()], "en"), worker=client).render("Begin.")
print(client.pid, flush=True)
if sys.argv[1] == "exit":
    sys.exit(0)
import time
time.sleep(3600)
"""


@needs_espeak
@pytest.mark.parametrize("how", ["exit", "kill"])
def test_the_worker_ends_with_the_app(how: str) -> None:
    env = dict(os.environ, PYTHONPATH=SRC)
    with subprocess.Popen([sys.executable, "-c", PARENT, how], env=env,
                          stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        pid = int(parent.stdout.readline())
        assert not _gone(pid)
        if how == "kill":
            parent.kill()
        parent.wait(timeout=30)
    assert _wait_gone(pid, 15.0, reaped=False), f"worker {pid} outlived the app ({how})"


# the protocol itself ------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    b"not json", b"[1, 2]", b'{"id": 1}',
    b'{"id": 1, "text": "x", "engine": "rm -rf", "setup": "", "voice": "v", "rate": 1,'
    b' "output_rate": 48000}',
    b'{"id": 1, "text": "x", "engine": "piper", "setup": "", "voice": "v", "rate": 1e9,'
    b' "output_rate": 48000}',
    b'{"id": true, "text": "x", "engine": "piper", "setup": "", "voice": "v", "rate": 1,'
    b' "output_rate": 48000}',
])
def test_bad_requests_are_refused(body: bytes) -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.decode_request(body)


def test_an_oversized_request_is_refused_from_its_header() -> None:
    header = protocol.REQUEST_HEADER.pack(protocol.REQUEST_MAGIC, 10**9)
    with pytest.raises(protocol.ProtocolError, match="too long"):
        protocol.request_length(header)


def test_a_request_round_trips() -> None:
    request = protocol.RenderRequest(5, "Breathe « in »", "piper", "/v", "en_US-x", 0.85,
                                     48000, -20.0)
    blob = protocol.encode_request(request)
    size = protocol.request_length(blob[:protocol.REQUEST_HEADER.size])
    assert protocol.decode_request(blob[protocol.REQUEST_HEADER.size:][:size]) == request


# where the app uses it ----------------------------------------------------------------
@needs_espeak
def test_the_apps_sound_layer_renders_through_the_worker_and_stops_it(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from anapana.app.sound_sink import SoundLayer
    from anapana.core.plan import PlanSpeech
    from anapana.sound.speech_cache import SpeechCache

    layer = SoundLayer(backend="silent", engines=[EspeakEngine()], language="en",
                       cache=SpeechCache(tmp_path))
    assert layer.render_speech_now(PlanSpeech(0.0, TEXT)) is not None
    client = layer._render_client
    assert client is not None and not client.in_process
    pid = client.pid
    assert pid is not None and pid != os.getpid()
    layer.close()
    assert _wait_gone(pid), "the worker outlived the sound layer"


@needs_espeak
def test_an_overlong_line_is_left_to_the_engines_own_rule_in_the_app(
        espeak_choice: Choice, client) -> None:  # type: ignore[no-untyped-def]
    worker = client()
    line = "Rest. " * (protocol.MAX_TEXT_CHARS // 6 + 10)
    assert LineRenderer(espeak_choice, worker=worker).render(line).frames > 0
    assert worker.pid is None  # never started: espeak-ng cut the line here, as always


def test_the_worker_imports_no_qt() -> None:
    code = ("import sys, anapana.sound.render_worker, anapana.sound.speech_render, "
            "anapana.sound.tts.piper, anapana.sound.tts.espeak_ng\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6')))")
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ, PYTHONPATH=SRC),
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
