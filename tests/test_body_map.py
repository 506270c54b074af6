"""The body map: shown during a body scan, lighting the step's area and marking the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from anapana.app.body_map import BodyMap, area_path, body_paths
from anapana.app.controller import PlayerController
from anapana.app.player_view import PlayerView
from anapana.app.theme import DARK, LIGHT
from anapana.core.body_areas import AREAS, WHOLE_BODY
from anapana.core.plan import Plan
from tests.app_fixtures import APP_TEST_MARKS, play_plan
from tests.app_helpers import FakeClock
from tests.helpers import load_text

pytestmark = APP_TEST_MARKS

SESSION = """\
title: Scan and breathe
segments:
  - body_scan: Scan
    step: 30s
    steps:
      - focus: Feet
        area: feet
      - Lower legs and knees
      - focus: Settling into the whole
        area: whole body
  - breathe: Breathe
    pattern: 4-6
    cycles: 3
"""


@pytest.fixture
def plan(tmp_path: Path) -> Plan:
    return load_text(tmp_path, SESSION).plan


def at(controller: PlayerController, clock: FakeClock, seconds: float) -> None:
    clock.seconds = 1000.0 + seconds
    controller.tick()


def curve_visible(view: PlayerView) -> bool:
    return bool(view.curve is not None and view.curve.isVisible())  # type: ignore[attr-defined]


# -- in the player -------------------------------------------------------------------------


def test_body_map_replaces_circle_and_curve_during_the_scan(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    assert view.body_map.isVisible()
    assert not view.figure.isVisible() and not curve_visible(view)
    at(controller, clock, 91.0)  # the breathing after the scan
    assert not view.body_map.isVisible()
    assert view.figure.isVisible() and curve_visible(view)
    controller.close()


def test_a_scan_after_breathing_hides_the_circle_and_curve(qtbot: QtBot, tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: B\nsegments:\n  - breathe: B\n    pattern: 4-6\n"
                               "    cycles: 1\n  - body_scan: Scan\n    step: 20s\n"
                               "    steps: [Feet, Hands]\n").plan
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    assert view.figure.isVisible() and curve_visible(view) and not view.body_map.isVisible()
    at(controller, clock, 11.0)
    assert view.body_map.isVisible() and view.body_map.areas == ("feet",)
    assert not view.figure.isVisible() and not curve_visible(view)
    controller.close()


def test_lit_area_follows_the_step_and_the_next_is_marked(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    assert view.body_map.areas == ("feet",)
    assert view.body_map.next_areas == ("lower legs", "knees")
    at(controller, clock, 31.0)  # inferred from "Lower legs and knees"
    assert view.body_map.areas == ("lower legs", "knees")
    assert view.body_map.next_areas == (WHOLE_BODY,)
    at(controller, clock, 61.0)
    assert view.body_map.areas == (WHOLE_BODY,) and view.body_map.next_areas == ()
    assert "all of it lit" in view.body_map.accessibleDescription()
    controller.close()


def test_lead_in_marks_the_first_area_as_next(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan, lead_in_s=3.0)
    at(controller, clock, 1.0)
    assert view.body_map.isVisible()
    assert view.body_map.areas == () and view.body_map.next_areas == ("feet",)
    controller.close()


def test_focus_mode_keeps_the_body_map_and_no_curve(qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    view.set_focus_mode(True)
    assert view.body_map.isVisible() and not curve_visible(view)
    view.set_focus_mode(False)
    assert view.body_map.isVisible() and not curve_visible(view)
    controller.close()


def test_a_breathing_session_never_shows_the_body_map(qtbot: QtBot, tmp_path: Path) -> None:
    plan = load_text(tmp_path, "title: B\nsegments:\n  - breathe: B\n    pattern: 4-6\n"
                               "    cycles: 2\n").plan
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    assert not view.body_map.isVisible() and view.figure.isVisible() and curve_visible(view)
    controller.close()


def test_reduced_motion_holds_the_glow_steady_and_repaints_only_on_change(
        qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    view.set_figure_style("circle", reduced_motion=True)
    at(controller, clock, 1.0)
    QApplication.processEvents()
    painted = view.body_map.paints
    opacities = set()
    for k in range(60):
        at(controller, clock, 1.0 + k * 0.1)
        QApplication.processEvents()
        opacities.add(view.body_map.glow_opacity())
    assert opacities == {1.0}
    assert view.body_map.paints == painted  # six seconds, nothing changed, nothing painted
    at(controller, clock, 31.0)
    QApplication.processEvents()
    assert view.body_map.paints > painted  # a new area is drawn
    controller.close()


def test_without_reduced_motion_the_glow_swells_in_few_repaints(
        qtbot: QtBot, plan: Plan) -> None:
    view, controller, clock = play_plan(qtbot, plan)
    at(controller, clock, 1.0)
    QApplication.processEvents()
    painted = view.body_map.paints
    opacities = set()
    frames = 0
    t = 1.0
    while t < 7.0:  # one swell of the glow at 60 frames a second
        at(controller, clock, t)
        QApplication.processEvents()
        opacities.add(round(view.body_map.glow_opacity(), 3))
        t += 1 / 60
        frames += 1
    assert len(opacities) > 5 and min(opacities) < 0.6 and max(opacities) == 1.0
    repaints = view.body_map.paints - painted
    assert 0 < repaints <= 2 * 24 + 2 < frames  # the glow's steps, not every frame
    controller.close()


# -- the drawing -----------------------------------------------------------------------------


def inner_point(path: QPainterPath) -> QPointF:
    """A point inside a shape, on the level of its middle, as near its centre as can be."""
    centre = path.boundingRect().center()
    inside = [dx for dx in range(-60, 61) if path.contains(QPointF(centre.x() + dx, centre.y()))]
    assert inside, "no point inside the shape on its middle line"
    nearest = min(inside, key=abs)
    run = [nearest]  # the middle of the stretch inside, away from the edges
    while run[-1] + 1 in inside:
        run.append(run[-1] + 1)
    while run[0] - 1 in inside:
        run.insert(0, run[0] - 1)
    return QPointF(centre.x() + (run[0] + run[-1]) / 2, centre.y())


def test_every_area_has_a_shape_inside_the_whole_body() -> None:
    paths = body_paths()
    assert set(paths) == set(AREAS)
    whole = paths[WHOLE_BODY]
    for area, path in paths.items():
        assert not path.isEmpty(), area
        assert whole.contains(inner_point(path)), area
        assert whole.boundingRect().contains(path.boundingRect()), area
    assert area_path(()).isEmpty()
    assert area_path((WHOLE_BODY, "feet")) == whole


def pixel(body_map: BodyMap, area: str) -> QColor:
    """The colour drawn at a point inside `area` and no other (the face is in the head)."""
    point = inner_point(body_paths()[area])
    for other, shape in body_paths().items():
        if other not in (area, WHOLE_BODY, "head", "face") and shape.contains(point):
            raise AssertionError(f"the point for {area} is in {other}")
    where = body_map._transform().map(point)
    return body_map.grab().toImage().pixelColor(round(where.x()), round(where.y()))


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_lit_area_is_drawn_lit_and_whole_body_lights_all(qtbot: QtBot, palette) -> None:  # type: ignore[no-untyped-def]
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.resize(260, 440)
    body_map.set_palette(palette)
    body_map.set_reduced_motion(True)
    body_map.show_areas(("feet",), ("knees",))
    lit, unlit = pixel(body_map, "feet"), pixel(body_map, "chest")
    following = pixel(body_map, "knees")
    assert lit != unlit and following not in (lit, unlit)
    # the lit colour is nearer the figure's own colour than the unlit body is
    core = QColor(palette.figure_core)

    def distance(a: QColor, b: QColor) -> int:
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    assert distance(lit, core) < distance(unlit, core)
    body_map.show_areas((WHOLE_BODY,))
    for area in ("feet", "chest", "head", "hands"):
        assert distance(pixel(body_map, area), core) < distance(unlit, core), area


def test_both_themes_draw_the_body_on_their_own_background(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.resize(260, 440)
    corners = []
    for palette in (LIGHT, DARK):
        body_map.set_palette(palette)
        image = body_map.grab().toImage()
        corners.append(image.pixelColor(2, 2))
        assert image.pixelColor(2, 2) == QColor(palette.window)
    assert corners[0] != corners[1]


def test_a_one_sided_step_lights_its_half_and_marks_the_other_next(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.resize(260, 440)
    body_map.set_reduced_motion(True)
    body_map.show_areas(("feet",), ("feet",), side="left", next_side="right")
    assert body_map.next_areas == ("feet",)  # the other foot comes next: it is marked
    assert "left foot lit. Next: right foot" in body_map.accessibleDescription()
    image = body_map.grab().toImage()
    feet = body_paths()["feet"]
    left, right = feet.intersected(area_path(("feet",), "left")), \
        feet.intersected(area_path(("feet",), "right"))
    assert left.boundingRect().right() <= 60 <= right.boundingRect().left()

    def colour(path: QPainterPath) -> QColor:
        where = body_map._transform().map(inner_point(path))
        return image.pixelColor(round(where.x()), round(where.y()))

    lit, following = colour(left), colour(right)
    assert lit != following
    body_map.show_areas(("feet",), ("feet",), side="left", next_side="left")
    assert body_map.next_areas == ()  # the same foot again is not "next"
