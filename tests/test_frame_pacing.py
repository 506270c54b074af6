"""The frame timer runs only while something moves, and frames repaint only what changed.

On a fake clock with the timer not running: each `tick()` is one frame, the controller's
`frame_wait_s` is how long the timer would wait after it, and the paint events of the
figure and the breath curve are counted with their rectangles. Nothing here is timed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from anapana.app.composition import build_main_window
from anapana.app.frame_pacing import (
    FRAME_S,
    LONGEST_WAIT_S,
    NEVER,
    frame_wait_s,
    next_level_change_s,
    until_next_whole_s,
)
from anapana.app.main_window import MainWindow
from anapana.app.player_view import PlayerView
from anapana.app.settings import Settings
from anapana.core.plan import PlanPhase
from anapana.paths import UserPaths
from tests.app_helpers import FakeClock, RecordingSink

MOVING_WAIT_S = 0.03
"""The longest wait for a frame while the figure or the curve moves (a pixel or a few)."""

pytestmark = [
    pytest.mark.usefixtures("no_running_timers"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


# -- the arithmetic -------------------------------------------------------------------
def test_the_timer_waits_one_frame_while_anything_moves_else_for_the_soonest_change() -> None:
    assert frame_wait_s([NEVER, 0.0, 0.4]) == FRAME_S
    assert frame_wait_s([NEVER, 0.3, 0.4]) == pytest.approx(0.3)
    assert frame_wait_s([NEVER]) == LONGEST_WAIT_S  # never idle longer than a second
    assert frame_wait_s([]) == LONGEST_WAIT_S


def test_shown_seconds_change_at_whole_seconds() -> None:
    assert until_next_whole_s(4.25, rising=False) == pytest.approx(0.25)  # "5" → "4"
    assert until_next_whole_s(4.0, rising=False) == pytest.approx(1.0)
    assert until_next_whole_s(4.25, rising=True) == pytest.approx(0.75)
    assert until_next_whole_s(-1.0, rising=True) == NEVER


def test_a_stepped_animation_is_woken_at_its_next_step() -> None:
    def level(t: float) -> int:
        return math.floor(t * 4)  # a new level every quarter second

    assert next_level_change_s(level, 1.1) == pytest.approx(0.15, abs=0.011)
    assert next_level_change_s(lambda _t: 3, 1.1) == NEVER


# -- the player on a fake clock -----------------------------------------------------------
class PaintLog(QObject):
    """The rectangles each watched widget was asked to paint."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.rects: dict[QObject, list[QRect]] = {w: [] for w in widgets}
        self.areas: dict[QObject, list[int]] = {w: [] for w in widgets}
        """The pixels each paint covered (its region's, not its bounding rectangle's)."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self.rects:
            self.rects[watched].append(event.rect())  # type: ignore[attr-defined]
            self.areas[watched].append(sum(
                r.width() * r.height() for r in event.region()))  # type: ignore[attr-defined]
        return False

    def clear(self) -> None:
        for rects in self.rects.values():
            rects.clear()
        for areas in self.areas.values():
            areas.clear()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> Iterator[MainWindow]:
    settings = Settings(UserPaths.from_environment().settings)
    win = build_main_window(settings, UserPaths.from_environment(), checkin=False, clock=clock,
                     sound_factory=lambda _language: RecordingSink(), open_log=False,
                     run_timer=False)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.after_shown()
    yield win
    win.close()


def start(window: MainWindow, session_id: str) -> tuple[PlayerView, PaintLog]:
    entry = window.store.find(session_id)
    assert entry is not None and entry.ok
    window.start_session(entry)
    view = window.player_view
    assert view is not None and view.curve is not None
    return view, PaintLog(view.figure, view.curve)  # type: ignore[arg-type]


def first_phase(window: MainWindow, kind: str) -> PlanPhase:
    plan = window.controller.plan
    assert plan is not None
    return next(p for p in plan.phases if p.kind == kind)


def frames(window: MainWindow, clock: FakeClock, seconds: float,
           step: float = 0.016) -> list[float]:
    """Tick frames `step` apart for `seconds`, painting between them; each frame's wait."""
    waits = []
    for _ in range(round(seconds / step)):
        clock.advance(step)
        window.controller.tick()
        QApplication.processEvents()
        waits.append(window.controller.frame_wait_s)
    return waits


def paced(window: MainWindow, clock: FakeClock, seconds: float) -> int:
    """Tick as the frame timer would, each frame after the wait the last one asked for,
    for `seconds`; how many frames that took."""
    count = 0
    end = clock.seconds + seconds
    while clock.seconds < end:
        clock.advance(window.controller.frame_wait_s)
        window.controller.tick()
        QApplication.processEvents()
        count += 1
    return count


def go_to(window: MainWindow, clock: FakeClock, plan_s: float) -> None:
    state = window.controller.state
    assert state is not None
    now = state.plan_s if state.status != "countdown" else -state.countdown_s
    clock.advance(plan_s - now)
    window.controller.tick()
    QApplication.processEvents()


def stepped(window: MainWindow, clock: FakeClock, seconds: float,
            ) -> list[tuple[float, int, int | None]]:
    """Tick as the frame timer would for `seconds`: each frame's wait, the disc's radius
    and the breath curve's offset (device pixels) it showed."""
    view = window.player_view
    assert view is not None and view.curve is not None
    shown = []
    end = clock.seconds + seconds
    while clock.seconds < end:
        clock.advance(window.controller.frame_wait_s)
        window.controller.tick()
        QApplication.processEvents()
        shown.append((window.controller.frame_wait_s, view.figure.disc_radius_px(),
                      view.curve.offset_px))  # type: ignore[attr-defined]
    return shown


def test_while_the_figure_breathes_frames_come_every_frame_and_move_it_a_pixel_at_most(
        window: MainWindow, clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    inhale = first_phase(window, "inhale")
    assert inhale.duration_s is not None
    go_to(window, clock, inhale.start_s + 0.05)
    paints.clear()
    shown = stepped(window, clock, inhale.duration_s - 0.2)  # the inhale, to its end
    radii = [r for _w, r, _o in shown]
    offsets = [o for _w, _r, o in shown]
    assert max(radii) - min(radii) > 40  # the disc really breathes
    # While it moves, a frame every frame time (about 60 a second), however slowly the
    # breath turns at its ends: each pixel step shows within a frame of its time...
    assert all(wait == FRAME_S for wait, _r, _o in shown)
    # ...no jump: the disc and the curve never move more than a whole pixel a frame
    # (the offset of the curve's pre-drawn slice; hundreds of pixels when a new slice
    # is cut, which the screen does not show)...
    assert all(abs(b - a) <= 1 for a, b in pairwise(radii))
    assert all(a is not None and b is not None and (abs(b - a) <= 1 or abs(b - a) > 100)
               for a, b in pairwise(offsets))
    # ...and a frame that would draw the same disc paints none of the figure.
    steps = sum(1 for a, b in pairwise(radii) if a != b)
    assert steps < len(shown) * 0.8
    assert len(paints.rects[view.figure]) <= steps + 1


def test_the_disc_moves_by_whole_pixels(window: MainWindow, clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    inhale = first_phase(window, "inhale")
    go_to(window, clock, inhale.start_s + 1.0)
    frames(window, clock, 0.5)
    # A frame that would draw the same picture (here a twentieth of a millisecond
    # later, well under a pixel) paints nothing.
    paints.clear()
    radius = view.figure.disc_radius_px()
    fill = view.figure.fill
    clock.advance(0.00005)
    window.controller.tick()
    QApplication.processEvents()
    assert view.figure.fill != fill and view.figure.moving
    if view.figure.disc_radius_px() == radius:
        assert paints.rects[view.figure] == []
    clock.advance(0.1)
    window.controller.tick()
    QApplication.processEvents()
    assert view.figure.disc_radius_px() != radius
    assert paints.rects[view.figure]


def test_a_hold_repaints_only_the_growing_ring_and_the_glow_in_steps(
        window: MainWindow, clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    hold = first_phase(window, "hold_in")
    go_to(window, clock, hold.start_s + 0.5)
    paints.clear()
    waits = frames(window, clock, 2.0)
    assert all(wait <= MOVING_WAIT_S for wait in waits)  # the ring moves: a frame every few pixels
    rects = paints.rects[view.figure]
    disc = view.figure.width() * 0.3  # the disc is far wider than this
    small = [r for r in rects if r.width() < disc and r.height() < disc]
    large = [r for r in rects if r not in small]
    assert len(small) > 60  # the ring's new stretch, frame after frame
    # The halo repaints only when its glow steps (24 steps a swell), not every frame.
    assert 0 < len(large) <= 2 * 24 * 2 / 4 + 2 < len(rects)


def test_a_pause_paints_nothing_and_the_timer_idles(window: MainWindow,
                                                    clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    inhale = first_phase(window, "inhale")
    go_to(window, clock, inhale.start_s + 1.0)
    window.controller.pause()
    frames(window, clock, 0.1)  # the frame that shows "Paused"
    paints.clear()
    assert window.controller.frame_wait_s == LONGEST_WAIT_S
    assert paced(window, clock, 5.0) == 5
    assert paints.rects[view.figure] == [] and paints.rects[view.curve] == []
    window.controller.resume()
    assert window.controller.frame_wait_s == FRAME_S  # the frame after a resume comes at once


def test_a_silent_sit_paints_nothing_but_its_clock(window: MainWindow,
                                                   clock: FakeClock) -> None:
    view, paints = start(window, "silent-sit-10")
    go_to(window, clock, 6.0)  # past the lead-in, the first bell and the figure's glide
    frames(window, clock, 0.5)
    paints.clear()
    left = view.time_left_label.text()
    # Only the shown seconds change: the timer wakes about once a second for them.
    assert paced(window, clock, 10.0) <= 12
    assert paints.rects[view.figure] == [] and paints.rects[view.curve] == []
    assert view.time_left_label.text() != left


def test_a_hidden_window_is_not_painted_and_the_timer_slows(window: MainWindow,
                                                             clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    inhale = first_phase(window, "inhale")
    go_to(window, clock, inhale.start_s + 0.5)
    window.hide()
    paints.clear()
    assert paced(window, clock, 8.0) <= 8 + 4  # once a second, and at the plan's events
    assert paints.rects[view.figure] == [] and paints.rects[view.curve] == []
    window.show()
    QApplication.processEvents()
    frames(window, clock, 0.1)
    assert window.controller.frame_wait_s <= MOVING_WAIT_S
    assert paints.rects[view.figure]


def test_the_frame_timer_itself_slows_in_a_pause_and_comes_back_on_exposure(
        qtbot: QtBot, anapana_home: Path, clock: FakeClock) -> None:
    settings = Settings(UserPaths.from_environment().settings)
    win = build_main_window(settings, UserPaths.from_environment(), checkin=False, clock=clock,
                     sound_factory=lambda _language: RecordingSink(), open_log=False)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    win.after_shown()
    entry = win.store.find("box-breathing")
    assert entry is not None
    win.start_session(entry)
    timer = win.controller.frame_timer
    try:
        go_to(win, clock, first_phase(win, "inhale").start_s + 1.0)
        win.controller.tick()  # the frame the page's first showing asked for
        assert timer.isActive() and timer.interval() <= MOVING_WAIT_S * 1000
        win.controller.pause()
        clock.advance(0.1)
        win.controller.tick()
        assert timer.isActive() and timer.interval() > 900  # once a second, not sixty
        win.controller.resume()
        assert timer.interval() <= MOVING_WAIT_S * 1000
        win.hide()
        win.controller.tick()
        assert timer.interval() > 900
        win.show()
        qtbot.waitExposed(win)
        assert timer.interval() == 0  # a frame at once, then the pace is worked out again
    finally:
        win.controller.close()
        win.close()
    assert not timer.isActive()


def test_the_breath_curve_moves_by_whole_pixels_and_rests_when_flat(
        window: MainWindow, clock: FakeClock) -> None:
    view, paints = start(window, "box-breathing")
    inhale = first_phase(window, "inhale")
    go_to(window, clock, inhale.start_s + 1.0)
    paints.clear()
    waits = frames(window, clock, 2.0)
    curve = paints.rects[view.curve]
    # 25 s across ~900 pixels: a pixel every ~28 ms, so about every other frame.
    assert len(waits) / 3 < len(curve) < len(waits)
    wait = view.curve.next_change_s(True)  # type: ignore[attr-defined]
    assert 0 <= wait < 0.03


def test_frames_painted_one_after_another_leave_the_picture_a_whole_repaint_draws(
        window: MainWindow, clock: FakeClock) -> None:
    """Each frame repaints only its dirty rectangles (a breathing disc as one plate,
    the backdrop around it): what they leave is exactly the whole picture."""
    from PySide6.QtGui import QImage, QRegion

    view, _paints = start(window, "box-breathing")
    figure = view.figure
    exhale = first_phase(window, "exhale")
    go_to(window, clock, exhale.start_s - 0.3)  # the end of a hold, then breathing out
    frames(window, clock, 0.05)
    dirty = QRegion()
    original = figure.update

    def collect(*args: object) -> None:
        nonlocal dirty
        dirty = dirty.united(QRegion(args[0]) if args else QRegion(figure.rect()))  # type: ignore[call-overload]
        original(*args)  # type: ignore[arg-type]

    figure.update = collect  # type: ignore[method-assign]
    kept = QImage(figure.size(), QImage.Format.Format_RGB32)
    figure.render(kept)
    for _ in range(40):  # the hold's end, and the disc shrinking pixel by pixel
        dirty = QRegion()
        clock.advance(0.03)
        window.controller.tick()
        if not dirty.isEmpty():
            # (render() puts the region's corner at the offset it is given)
            figure.render(kept, dirty.boundingRect().topLeft(), dirty)
    whole = QImage(figure.size(), QImage.Format.Format_RGB32)
    figure.render(whole)
    assert kept == whole


def test_a_hold_copied_from_its_still_picture_looks_as_when_painted_whole(
        window: MainWindow, clock: FakeClock) -> None:
    """A hold's frames copy the glow and disc from one picture drawn per glow step and
    draw the ring over it: the same pixels as glow, disc and ring painted afresh."""
    from PySide6.QtGui import QImage

    view, _paints = start(window, "box-breathing")
    figure = view.figure
    hold = first_phase(window, "hold_in")
    for at in (0.4, 1.7, 3.1):
        go_to(window, clock, hold.start_s + at)
        copied = QImage(figure.size(), QImage.Format.Format_RGB32)
        figure.render(copied)
        assert figure._still is not None  # the frame came from the still picture
        direct = figure._still_picture
        figure._still_picture = lambda: None  # type: ignore[method-assign]
        try:
            painted = QImage(figure.size(), QImage.Format.Format_RGB32)
            figure.render(painted)
        finally:
            figure._still_picture = direct  # type: ignore[method-assign]
        assert copied == painted


def test_the_scrolled_breath_curve_shows_what_a_whole_repaint_draws(
        window: MainWindow, clock: FakeClock) -> None:
    """The curve moves by scrolling what is on screen and painting only the columns it
    uncovers and around the now line: the window then shows exactly the curve a whole
    repaint draws."""
    from PySide6.QtCore import QPoint

    view, paints = start(window, "box-breathing")
    curve = view.curve
    assert isinstance(curve, QWidget)
    go_to(window, clock, first_phase(window, "exhale").start_s - 1.0)
    frames(window, clock, 0.1)
    paints.clear()
    frames(window, clock, 2.0)  # some 80 pixels of the curve, a breath turning
    painted = paints.areas[curve]
    assert painted and max(painted) < curve.width() * curve.height() / 20
    corner = curve.mapTo(window, QPoint(0, 0))
    handle = window.windowHandle()
    assert handle is not None
    on_screen = handle.screen().grabWindow(window.winId(), corner.x(), corner.y(),
                                           curve.width(), curve.height()).toImage()
    whole = curve.grab().toImage()
    assert on_screen.convertToFormat(whole.format()) == whole


def test_a_breathing_frame_taken_the_short_way_works_out_what_the_long_way_does(
        qtbot: QtBot) -> None:
    """Frames within an inhale or exhale skip what cannot change there (`_breathe`):
    the pixels drawn, the repaints asked for, and the next frame's time are the same."""
    from anapana.app.figure import PacingFigure

    figures = [PacingFigure(), PacingFigure()]
    asked: list[list[QRect]] = [[], []]
    for figure, rects in zip(figures, asked, strict=True):
        qtbot.addWidget(figure)
        figure.resize(500, 400)
        figure.update = rects.append  # type: ignore[assignment,method-assign]
    figures[1]._breathing_disc = lambda: False  # type: ignore[method-assign]
    seconds = 0.0
    for kind, frames_in in (("inhale", 250), ("hold_in", 60), ("exhale", 250), ("", 5)):
        for k in range(frames_in):
            seconds += 0.016
            fill = (k / frames_in) if kind == "inhale" else 1 - k / frames_in
            for figure in figures:
                figure.show_state(fill, kind, k / frames_in, seconds)
            short, long = figures
            assert (short._drawn, short.moving, short.next_change_s()) == \
                (long._drawn, long.moving, long.next_change_s())
    assert asked[0] == asked[1] and len(asked[0]) > 100


def test_a_glow_step_redraws_only_the_band_of_glow_and_keeps_the_still_picture_exact(
        window: MainWindow, clock: FakeClock) -> None:
    """When a hold's glow steps, the still picture is drawn again only in the band of
    pixels the glow reaches, not the whole square around it: after a dozen steps it is
    the picture drawn whole, pixel for pixel."""
    view, _paints = start(window, "box-breathing")
    figure = view.figure
    for kind in ("hold_in", "hold_out"):
        hold = first_phase(window, kind)
        go_to(window, clock, hold.start_s + 0.2)
        band = figure._glow_region()
        halo = figure._halo_rect()
        assert halo.contains(band.boundingRect())
        assert sum(r.width() * r.height() for r in band) < 0.8 * halo.width() * halo.height()
        steps = 0
        for _ in range(90):  # 1.4 s of the hold: a dozen glow steps
            level = figure._drawn[4]
            frames(window, clock, 0.016)
            steps += figure._drawn[4] != level
        assert steps >= 8
        assert figure._still is not None
        stepped = figure._still[2].toImage()
        figure._still = None
        assert figure._still_picture() is not None
        assert figure._still is not None
        assert stepped == figure._still[2].toImage()


def test_the_breath_curve_copies_only_the_slice_columns_it_shows_as_drawn_whole(
        window: MainWindow, clock: FakeClock) -> None:
    """A curve frame copies from its slice only the columns of each dirty rectangle;
    what it shows is the slice drawn whole at its offset, clipped to the view."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QImage, QPainter

    view, _paints = start(window, "box-breathing")
    curve = view.curve
    assert isinstance(curve, QWidget)
    for at in (0.5, 3.3, 9.7):
        go_to(window, clock, at)
        frames(window, clock, 0.2)
        shown = curve.grab().toImage()
        whole = QImage(curve.size(), shown.format())
        painter = QPainter(whole)
        painter.fillRect(whole.rect(), curve._background)
        rect = curve._view_rect()
        painter.setClipRect(rect)
        painter.drawPixmap(QPointF(rect.x() + curve._left_px, rect.y()), curve._pixmap)
        painter.setClipping(False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(curve._now_pen)
        x = curve._now_x()
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.end()
        assert shown == whole
