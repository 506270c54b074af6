"""PySide6 6.12.0 on Python 3.11 drops a reference to True on every Python Signal.emit();
after a few thousand the interpreter aborts (bool_dealloc). pyproject pins <6.12 there.
This emits 20,000 signals and checks the count of references to True does not fall."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ticked = Signal(object)
    flagged = Signal(bool)


def test_signal_emits_keep_references_to_true() -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.ticked.connect(received.append)
    emitter.flagged.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(10_000):
        emitter.ticked.emit(n)
        emitter.flagged.emit(True)
    received.clear()
    after = sys.getrefcount(True)
    # Immortal objects (3.12+) report a huge constant; either way it must not fall.
    assert after >= before, f"references to True fell from {before} to {after}"
