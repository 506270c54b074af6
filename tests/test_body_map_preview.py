"""The library's plan preview of a body scan: its steps as labelled blocks on the timeline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anapana.app.plan_preview import PlanPreview, step_blocks
from anapana.core.loader import load_session
from tests.helpers import load_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LIBRARY = Path(__file__).parents[1] / "sessions"
SCAN = """\
title: Scan
segments:
  - body_scan: Scan
    step: 60s
    steps:
      - Feet
      - Knees
      - Chest
      - Head
      - Whole body
      - Thoughts
"""


def test_blocks_climb_the_body_axis_from_feet_to_head(tmp_path: Path) -> None:
    plan = load_text(tmp_path, SCAN).plan
    blocks = step_blocks(plan, body_axis=True)
    assert [b.text for b in blocks] == ["Feet", "Knees", "Chest", "Head", "Whole body",
                                        "Thoughts"]
    assert [(b.x0, b.x1) for b in blocks] == [(k, k + 1.0) for k in range(6)]  # minutes
    feet, knees, chest, head, whole, thoughts = blocks
    assert feet.y1 <= knees.y0 and knees.y1 <= chest.y0 and chest.y1 <= head.y0
    assert (whole.y0, whole.y1) == (0.0, 10.0)
    assert (thoughts.y0, thoughts.y1) == (0.0, 10.0)  # no area: drawn across, faintly


def test_beside_breathing_the_steps_fill_one_band(tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: T\nsegments:\n  - breathe: B\n    pattern: 4-6\n"
                               "    cycles: 6\n  - body_scan: S\n    step: 30s\n"
                               "    steps: [Feet, Head]\n").plan
    blocks = step_blocks(plan, body_axis=False, low=0.5, high=2.0)
    assert [(b.x0, b.y0, b.y1) for b in blocks] == [(1.0, 0.5, 2.0), (1.5, 0.5, 2.0)]


def labelled_blocks(preview: PlanPreview) -> tuple[list[tuple[QRectF, str]], list[str]]:
    return preview.step_rects(), preview.step_labels()


def test_preview_of_the_bundled_short_scan_shows_labelled_blocks(qtbot: QtBot) -> None:
    plan = load_session(LIBRARY / "body-scan-5.yaml").plan
    preview = PlanPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 280)
    preview.show()
    preview.show_plan(plan)
    QApplication.processEvents()
    rects, labels = labelled_blocks(preview)
    steps = [p for p in plan.phases if p.kind == "step"]
    assert len(rects) == len(steps)
    assert {tip for _rect, tip in rects} == {s.text for s in steps}
    shown = [text for text in labels if text]
    assert len(shown) >= len(steps) // 2  # most have room for their name
    assert any(text == "Feet" for text in labels)
    # no dots on a meaningless axis: the left axis names the body
    assert "feet" in preview.left_ticks()


def test_a_breathing_session_has_no_blocks(qtbot: QtBot) -> None:
    plan = load_session(LIBRARY / "box-breathing.yaml").plan
    preview = PlanPreview()
    qtbot.addWidget(preview)
    preview.show_plan(plan)
    rects, labels = labelled_blocks(preview)
    assert rects == [] and labels == []
    assert "feet" not in preview.left_ticks() and "4" in preview.left_ticks()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tool tips
def test_hovering_a_block_names_its_step(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    plan = load_session(LIBRARY / "body-scan-5.yaml").plan
    preview = PlanPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 280)
    preview.show()
    preview.show_plan(plan)
    rect, text = preview.step_rects()[1]
    at = rect.center().toPoint()
    QApplication.sendEvent(preview, QHelpEvent(QEvent.Type.ToolTip, at,
                                               preview.mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == text
    QToolTip.hideText()
    outside = QPoint(2, 2)  # the corner, on no block
    QApplication.sendEvent(preview, QHelpEvent(QEvent.Type.ToolTip, outside,
                                               preview.mapToGlobal(outside)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
