"""The plan preview's segment titles stay within their own band: a short opening segment
(the instructions before the first breath) never prints over the next title."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from anapana.app.plan_preview import PlanPreview
from anapana.core.loader import load_session

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LIBRARY = Path(__file__).parents[1] / "sessions"


def _title_rects(preview: PlanPreview) -> list[tuple[str, QRectF]]:
    return preview.segment_titles()


@pytest.mark.parametrize("point_size", [10, 14])
@pytest.mark.parametrize("session", ["box-breathing", "self-compassion-break"])
def test_segment_titles_never_overlap(qtbot: QtBot, session: str, point_size: int) -> None:
    preview = PlanPreview()
    qtbot.addWidget(preview)
    font = QFont(preview.font())
    font.setPointSize(point_size)
    preview.setFont(font)
    preview.resize(520, 200)
    preview.show()
    qtbot.waitExposed(preview)
    plan = load_session(LIBRARY / f"{session}.yaml").plan
    preview.show_plan(plan)
    rects = _title_rects(preview)
    assert rects, "no segment title is shown at all"
    for (a_text, a), (b_text, b) in pairwise(rects):
        assert a.right() <= b.left() + 0.5, f"{a_text!r} runs into {b_text!r}"


def test_a_long_segment_keeps_its_whole_title(qtbot: QtBot) -> None:
    preview = PlanPreview()
    qtbot.addWidget(preview)
    preview.resize(520, 200)
    preview.show()
    qtbot.waitExposed(preview)
    preview.show_plan(load_session(LIBRARY / "box-breathing.yaml").plan)
    assert "Box breathing" in [text for text, _ in _title_rects(preview)]
