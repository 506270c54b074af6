"""The Piper engine, speaking through a tiny generated model with a Piper voice's signature.

The phonemes come from Piper's own espeak-ng bridge (bundled with piper-tts), the audio
from ONNX Runtime running `piper_model`: each phoneme id becomes HOP samples of id / 256,
stretched by the length scale. So these tests see the real path from text to PCM.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("piper", reason="piper-tts (the `voice` extra) is not installed")
pytest.importorskip("onnx", reason="onnx (to build the test model) is not installed")

from anapana.sound.tts.engine import CALM_RATE, SpeechError, Voice, choose
from anapana.sound.tts.installed import installed_engines
from anapana.sound.tts.piper import SENTENCE_PAUSE_S, PiperEngine
from anapana.sound.tts.voice_store import VoiceStore

from .piper_model import HOP, SAMPLE_RATE, write_voice

TEXT = "Let the breath be easy."


@pytest.fixture
def store(tmp_path: Path) -> VoiceStore:
    return VoiceStore(tmp_path / "voices")


@pytest.fixture
def engine(store: VoiceStore, tmp_path: Path) -> PiperEngine:
    store.add_local(write_voice(tmp_path / "in"))
    return PiperEngine(store)


def expected_ids(engine: PiperEngine, voice: Voice, text: str) -> list[list[int]]:
    piper_voice = engine.preload(voice)
    return [piper_voice.phonemes_to_ids(p) for p in piper_voice.phonemize(text)]


def test_without_voices_piper_is_not_available(store: VoiceStore) -> None:
    engine = PiperEngine(store)
    assert not engine.available()
    assert engine.voices() == [] and engine.voice_for("en") is None


def test_an_installed_voice_is_offered_with_its_details(engine: PiperEngine) -> None:
    assert engine.available()
    [voice] = engine.voices()
    assert (voice.engine, voice.id, voice.language, voice.quality) == (
        "piper", "en_US-tiny-medium", "en-US", "medium")
    assert voice.path is not None and voice.path.name == "en_US-tiny-medium.onnx"
    assert engine.voice_for("en-GB") == voice
    assert engine.voice_for("de") is None
    assert engine.voice("en_US-tiny-medium") == voice  # one voice found by its key
    assert engine.voice("de_DE-tiny-medium") is None and engine.voice("../x") is None


def test_text_becomes_the_models_pcm_at_the_voices_rate(engine: PiperEngine) -> None:
    voice = engine.voices()[0]
    [ids] = expected_ids(engine, voice, TEXT)
    spoken = engine.render(TEXT, voice, rate=1.0)
    assert spoken.rate == SAMPLE_RATE and spoken.samples.dtype == np.int16
    assert spoken.samples.ndim == 1
    assert len(spoken.samples) == len(ids) * HOP
    # Each phoneme id, in order, is what the model turned into sound.
    heard = np.round(spoken.samples[::HOP].astype(np.float64) / 32767 * 256).astype(int)
    assert heard.tolist() == ids
    assert spoken.voice_key == "piper:en_US-tiny-medium"


def test_the_calm_rate_slows_the_voice(engine: PiperEngine) -> None:
    voice = engine.voices()[0]
    normal = len(engine.render(TEXT, voice, rate=1.0).samples)
    calm = len(engine.render(TEXT, voice, rate=CALM_RATE).samples)
    assert calm == pytest.approx(normal / CALM_RATE, rel=0.01)


def test_sentences_get_a_pause_between_them(engine: PiperEngine) -> None:
    voice = engine.voices()[0]
    first, second = expected_ids(engine, voice, "Rest. Breathe out.")
    spoken = engine.render("Rest. Breathe out.", voice, rate=1.0)
    pause = round(SENTENCE_PAUSE_S * SAMPLE_RATE)
    assert len(spoken.samples) == (len(first) + len(second)) * HOP + pause
    gap = spoken.samples[len(first) * HOP: len(first) * HOP + pause]
    assert not gap.any()


def test_loud_output_is_kept_under_minus_one_dbfs(store: VoiceStore, tmp_path: Path) -> None:
    # Ids above 230 make the model's output exceed -1 dBFS (230/256 = 0.898).
    store.add_local(write_voice(tmp_path / "in", phoneme_type="text",
                                id_map={"þ": [255], "a": [100]}))
    engine = PiperEngine(store)
    spoken = engine.render("þa", engine.voices()[0], rate=1.0)
    peak = np.abs(spoken.samples.astype(np.int32)).max()
    assert 0.85 * 32767 < peak <= 10 ** (-1 / 20) * 32767 + 1


def test_the_model_is_loaded_once_and_only_when_needed(
        engine: PiperEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime

    opened: list[str] = []
    real = onnxruntime.InferenceSession

    def counting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(onnxruntime, "InferenceSession", counting)
    voice = engine.voices()[0]
    assert opened == []  # listing voices loads nothing
    engine.render("One.", voice)
    engine.render("Two.", voice)
    assert len(opened) == 1


def test_errors_become_clear_messages(engine: PiperEngine, store: VoiceStore) -> None:
    voice = engine.voices()[0]
    with pytest.raises(SpeechError, match="too long"):
        engine.render("word " * 2000, voice)
    with pytest.raises(SpeechError, match="not a Piper voice"):
        engine.render(TEXT, Voice("espeak-ng", "en-us", "English", "en-US"))
    store.remove(voice.id)
    engine.unload()
    with pytest.raises(SpeechError, match="no longer installed"):
        engine.render(TEXT, voice)


def test_a_damaged_model_is_reported_not_crashed(store: VoiceStore, tmp_path: Path) -> None:
    model = write_voice(tmp_path / "in")
    model.write_bytes(b"\x08\x07" + b"\xff" * 500)  # passes the cheap check, not ONNX
    store.add_local(model)
    engine = PiperEngine(store)
    with pytest.raises(SpeechError, match="ONNX Runtime could not open"):
        engine.render(TEXT, engine.voices()[0])


def test_a_model_without_pipers_inputs_is_refused(store: VoiceStore, tmp_path: Path) -> None:
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("Identity", ["x"], ["y"])], "other",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])])
    other = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    other.ir_version = 8
    other.doc_string = "a model, but not a voice" * 4  # past the store's minimum size
    onnx.checker.check_model(other)
    model = write_voice(tmp_path / "in")
    model.write_bytes(other.SerializeToString())
    store.add_local(model)
    engine = PiperEngine(store)
    with pytest.raises(SpeechError, match=r"not a Piper voice model.*input, input_lengths"):
        engine.render(TEXT, engine.voices()[0])


def test_an_empty_line_is_silence(engine: PiperEngine) -> None:
    spoken = engine.render("   ", engine.voices()[0])
    assert len(spoken.samples) == 0 and spoken.rate == SAMPLE_RATE


def test_the_engine_registry_prefers_piper_once_a_voice_is_installed(
        anapana_home: Path, tmp_path: Path) -> None:
    VoiceStore.for_user().add_local(write_voice(tmp_path / "in"))
    choice = choose(installed_engines(), "en-GB")
    assert choice is not None
    assert (choice.engine.name, choice.voice.id) == ("piper", "en_US-tiny-medium")
    assert len(choice.engine.render(TEXT, choice.voice).samples) > 0


def test_a_locally_added_voice_renders_through_the_apps_speech_renderer(
        engine: PiperEngine) -> None:
    """The app's path: a worker thread renders each line (loading the model there, off
    the GUI thread), resampled to the output rate and levelled with the cues."""
    import threading

    from anapana.core.wavfile import OUTPUT_RATE
    from anapana.sound.speech_render import LineRenderer, Prerenderer

    choice = choose([engine], "en")
    assert choice is not None
    ready: dict[str, object] = {}
    threads: set[str] = set()
    real_preload = engine.preload

    def preload(voice: Voice):  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        return real_preload(voice)

    engine.preload = preload  # type: ignore[method-assign]
    worker = Prerenderer(LineRenderer(choice), lambda text, sound: ready.update({text: sound}),
                         lambda text, error: ready.update({text: error}))
    worker.submit([TEXT, "Notice your feet."])
    worker.join(timeout=60)
    worker.close()
    assert threads == {"anapana-speech"}
    sound = ready[TEXT]
    assert getattr(sound, "rate", None) == OUTPUT_RATE
    samples = sound.samples  # type: ignore[attr-defined]
    assert samples.shape[0] > 0 and float(abs(samples).max()) <= 10 ** (-1 / 20) + 1e-3


def test_without_the_voice_extra_piper_steps_aside(
        engine: PiperEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    import anapana.sound.tts.piper as piper_module

    voice = engine.voices()[0]
    monkeypatch.setattr(piper_module, "piper_installed", lambda: False)
    assert not engine.available()
    assert engine.voices() == [] and engine.voice_for("en") is None
    with pytest.raises(SpeechError, match="install Anapana's `voice` extra"):
        engine.render(TEXT, voice)
