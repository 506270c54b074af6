"""The journal note editor: autosaved drafts, Done, failures kept (pytest-qt, offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from anapana.app.journal import DEFAULT_PROMPT, JournalEditor
from anapana.log import Recorder
from anapana.log.opening import open_log
from tests.fakes import FakeClock

# The offscreen platform warns that it cannot size top-level windows; nothing is wrong.
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


class Notebook:
    """A save function that can be told to fail like a full disk."""

    def __init__(self) -> None:
        self.saved: list[str] = []
        self.full = False

    def __call__(self, text: str) -> None:
        if self.full:
            raise sqlite3.OperationalError("database or disk is full")
        self.saved.append(text)


def make(qtbot: QtBot, notebook: Notebook, **kwargs: object) -> JournalEditor:
    editor = JournalEditor(notebook, autosave_ms=20, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_typing_autosaves_a_draft_after_a_pause(qtbot: QtBot) -> None:
    notebook = Notebook()
    editor = make(qtbot, notebook, prompt="What did you notice in your body?")
    assert editor.prompt.text() == "What did you notice in your body?"
    assert notebook.saved == []  # nothing touched before typing
    with qtbot.waitSignal(editor.draft_saved, timeout=2000) as blocker:
        qtbot.keyClicks(editor.editor, "Warm hands")
    assert blocker.args == ["Warm hands"]
    assert notebook.saved == ["Warm hands"]  # debounced: one save for the whole burst
    assert editor.status.text() == "Saved"


def test_hiding_the_editor_saves_at_once(qtbot: QtBot) -> None:
    notebook = Notebook()
    editor = JournalEditor(notebook, autosave_ms=60_000)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.editor, "Nearly lost")
    assert notebook.saved == []
    editor.hide()
    assert notebook.saved == ["Nearly lost"]


def test_done_saves_and_finishes(qtbot: QtBot) -> None:
    notebook = Notebook()
    editor = make(qtbot, notebook)
    assert editor.prompt.text() == DEFAULT_PROMPT
    qtbot.keyClicks(editor.editor, "Soft belly")
    with qtbot.waitSignal(editor.note_saved, timeout=1000) as blocker:
        qtbot.keyClick(editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["Soft belly"]
    assert notebook.saved[-1] == "Soft belly"


def test_a_failed_save_keeps_the_words_and_says_so(qtbot: QtBot) -> None:
    notebook = Notebook()
    notebook.full = True
    editor = make(qtbot, notebook)
    with qtbot.waitSignal(editor.save_failed, timeout=2000) as blocker:
        qtbot.keyClicks(editor.editor, "Kept")
    assert "disk is full" in blocker.args[0]
    assert "kept here" in editor.status.text()
    assert editor.unsaved and editor.text() == "Kept"
    notebook.full = False
    assert editor.flush()
    assert notebook.saved == ["Kept"]


def test_switching_notes_saves_the_previous_one_first(qtbot: QtBot) -> None:
    first, second = Notebook(), Notebook()
    editor = JournalEditor(first, text="Old note", autosave_ms=60_000)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.editor, " and more")
    editor.begin("Second note", second)
    assert first.saved == ["Old note and more"]
    assert editor.text() == "Second note" and not editor.unsaved
    assert second.saved == []


def test_drafts_go_into_the_log_through_the_recorder(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    log, _ = open_log(tmp_path / "log.sqlite3", clock, [])
    try:
        recorder = Recorder(log, clock)
        practice = recorder.start(session="s", title="Evening", sha256="", planned_s=60)
        recorder.finish("completed", 60)
        editor = JournalEditor(recorder.save_note, autosave_ms=20)
        qtbot.addWidget(editor)
        with qtbot.waitSignal(editor.draft_saved, timeout=2000):
            qtbot.keyClicks(editor.editor, "Shoulders dropped")
        # Read it back through a separate connection, as after a crash.
        other, _ = open_log(tmp_path / "log.sqlite3", clock, [])
        saved = other.get(practice.uuid)
        other.close()
        assert saved is not None and saved.note == "Shoulders dropped"
    finally:
        log.close()
