"""The voice code's errors (no Qt) are English as before and can be said again in the
user's language: every sentence marked in `VoiceErrors`, its values kept, its counts
written by the `Numbers` handed in, a nested reason said in the same language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from anapana.i18n.numbers import Numbers
from anapana.i18n.said import Said, said
from anapana.sound.tts import voice_catalogue, voice_download, voice_files, voice_store
from anapana.sound.tts.voice_catalogue import CatalogueError, parse_catalogue
from anapana.sound.tts.voice_download import DownloadCancelled, check_base_url
from anapana.sound.tts.voice_files import VoiceFileError, VoiceWords, parse_voice_config

VOICE_MODULES = (voice_files, voice_catalogue, voice_download, voice_store)


def shouting(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in language: every marked sentence in capitals, placeholders kept."""
    assert context == "VoiceErrors", context
    return re.sub(r"[a-z]", lambda m: m.group(0).upper(), text)


GERMAN_COUNTS = Numbers(integer=lambda value: f"{value:,}".replace(",", "."))


def test_an_error_reads_as_before_in_english_and_translated_when_asked() -> None:
    with pytest.raises(VoiceFileError) as caught:
        parse_voice_config(b'{"audio": 3}', "calm.onnx.json")
    assert str(caught.value) == \
        "calm.onnx.json: 'audio' is int, an object with sample_rate expected"
    # The file's name and the key stay as written; the words around them, and the
    # nested "an object with sample_rate", are translated.
    assert said(caught.value, shouting) == \
        "calm.onnx.json: 'audio' IS int, AN OBJECT WITH SAMPLE_RATE EXPECTED"


def test_counts_are_written_by_the_numbers_handed_in() -> None:
    with pytest.raises(VoiceFileError) as caught:
        voice_files.parse_json_limited(b"[" + b" " * 2000 + b"]", "voices.json", max_bytes=1234)
    assert str(caught.value) == "voices.json: 2,002 bytes is too large (at most 1,234 expected)"
    assert said(caught.value, shouting, GERMAN_COUNTS) == \
        "voices.json: 2.002 BYTES IS TOO LARGE (AT MOST 1.234 EXPECTED)"


def test_a_left_out_catalogue_entry_is_said_inside_the_catalogues_error() -> None:
    with pytest.raises(CatalogueError) as caught:
        parse_catalogue(b'{"en_US-x-low": {"quality": "low"}}', "voices.json")
    english = str(caught.value)
    assert english == ("voices.json: no voice in it can be used (voices.json: 'en_US-x-low': "
                       "'language' must be an object with a code)")
    assert said(caught.value, shouting) == (
        "voices.json: NO VOICE IN IT CAN BE USED (voices.json: 'en_US-x-low': "
        "'LANGUAGE' MUST BE AN OBJECT WITH A CODE)")


def test_a_refused_address_and_a_cancelled_download_are_translatable() -> None:
    with pytest.raises(ValueError) as caught:
        check_base_url("file:///etc/")
    assert said(caught.value, shouting) == "'file:///etc/' IS NOT AN HTTP:// OR HTTPS:// ADDRESS"
    assert said(DownloadCancelled(), shouting) == \
        "THE DOWNLOAD WAS CANCELLED; IT CAN CONTINUE LATER."


def test_the_store_reports_a_broken_folder_in_words_the_app_can_translate(
        tmp_path: Path) -> None:
    (tmp_path / "voices" / "bad name!").mkdir(parents=True)
    store = voice_store.VoiceStore(tmp_path / "voices")
    (tmp_path / "voices" / "en_US-x-low").mkdir()
    voices, problems = store.scan()
    assert voices == [] and len(problems) == 2
    assert problems[0].endswith("bad name!: not a voice folder name")
    assert said(problems[0], shouting).endswith("bad name!: NOT A VOICE FOLDER NAME")
    assert problems[1].endswith("en_US-x-low.onnx: there is no such file "
                                "(an .onnx voice model expected)")
    assert said(problems[1], shouting).endswith(
        "en_US-x-low.onnx: THERE IS NO SUCH FILE (AN .ONNX VOICE MODEL EXPECTED)")


def test_errors_that_are_not_ours_say_themselves() -> None:
    assert said(OSError(28, "No space left on device")) == "[Errno 28] No space left on device"
    assert said(RuntimeError()) == "RuntimeError"
    assert said("plain words", shouting) == "plain words"


def test_words_keep_their_values_through_a_copy() -> None:
    import copy
    import pickle

    words = VoiceWords("%1 of %2", "a", 1234)
    for again in (copy.copy(words), pickle.loads(pickle.dumps(words))):
        assert again == "a of 1,234" and isinstance(again, VoiceWords)
        assert again.said(shouting, GERMAN_COUNTS) == "a OF 1.234"


@pytest.mark.parametrize("module", VOICE_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_every_message_of_the_voice_code_is_marked_in_one_context(module: object) -> None:
    source = Path(str(getattr(module, "__file__", ""))).read_text(encoding="utf-8")
    contexts = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"([^"]*)"', source))
    assert contexts == {VoiceWords.context}
    # No message is formatted in English only: an error gets words, not an f-string.
    assert not re.search(r'(Error|_failed|_refused|_bad_entry|_wrong)\(\s*f"', source)
    assert not re.search(r'raise ValueError\(\s*"', source)


def test_said_is_a_plain_string_where_a_string_is_expected() -> None:
    words = Said("%1", "x")
    assert isinstance(words, str) and words == "x" and words.said() == "x"
