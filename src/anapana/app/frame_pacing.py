"""When the player next needs a frame: the arithmetic behind the adaptive frame timer.

Qt-free. Each part of the player says how long until it will look different by itself
(0: every frame; the time until it will have moved by a whole pixel; `NEVER`: not until
something else changes), and the controller's frame timer waits for the soonest of
them, never less than a frame (`FRAME_S`): every frame while the figure's disc breathes
(each whole-pixel step then shows within a frame of its time, and a frame that would
draw the same pixels paints nothing), when the breath curve or a hold's ring has moved
by a pixel or a step otherwise, a tick at the next whole second for a countdown, none
at all for a still picture, at most `LONGEST_WAIT_S` apart so the log's progress is
kept.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

NEVER = math.inf
FRAME_S = 0.016
"""About 60 frames a second while something moves."""
LONGEST_WAIT_S = 1.0
"""The slowest the timer ever gets while a session plays (the log's progress, once a
second, and a safety net for anything not foreseen)."""
LOOKAHEAD_STEP_S = 0.01


def frame_wait_s(waits: Iterable[float]) -> float:
    """How long the frame timer waits: one frame, or the soonest change (at most
    `LONGEST_WAIT_S`)."""
    soonest = min(waits, default=NEVER)
    if soonest <= FRAME_S:
        return FRAME_S
    return min(soonest, LONGEST_WAIT_S)


def until_next_whole_s(value: float, rising: bool) -> float:
    """Seconds until `int(value)` changes for a value that moves at one per second
    (a countdown falls, a stopwatch rises); shown seconds are whole seconds."""
    if value < 0 or math.isnan(value):
        return NEVER
    fraction = value - math.floor(value)
    if rising:
        return 1.0 - fraction
    return fraction if fraction > 1e-9 else 1.0


def next_level_change_s(level_at: Callable[[float], int], now: float,
                        within: float = LONGEST_WAIT_S) -> float:
    """Seconds until a stepped animation (`level_at(time)`, e.g. a glow's brightness
    level) shows its next level; `NEVER` when it does not within `within`."""
    level = level_at(now)
    steps = math.ceil(within / LOOKAHEAD_STEP_S)
    for k in range(1, steps + 1):
        if level_at(now + k * LOOKAHEAD_STEP_S) != level:
            return k * LOOKAHEAD_STEP_S
    return NEVER
