"""The one rule for two versions of the same practice: are they the same, which is newer.

A practice keeps its UUID wherever it goes, so a version can come back to the log it
started in: from a rescue file (this computer's own later state) or from an export
(perhaps edited on another computer). `compare` says how an incoming version stands to
the one here; each caller then decides what to do with a difference:

- a rescued version that is not older replaces the one here (`anapana.log.rescue`);
- an imported version never overwrites: a different one is kept beside it as a copy
  (`anapana.log.exchange`).

Two versions are the same when everything an export shows matches, except when they
were last edited; a practice still marked running is the same as that practice
interrupted (once its process is gone, that is all it can become).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from anapana.log import practice_json
from anapana.log.practice import Practice


class Standing(Enum):
    """How an incoming version of a practice stands to the one in the log."""

    NEW = "new"
    """The log has no practice with that id."""
    SAME = "same"
    """Both say the same thing (see `details`)."""
    NEWER = "newer"
    """They differ, and the incoming one was edited at the same moment or later."""
    OLDER = "older"
    """They differ, and the one here was edited later."""


def details(practice: Practice) -> dict[str, Any]:
    """What two versions are compared on: the exported object less its id and last edit."""
    row = practice_json.to_dict(practice)
    for name in ("id", "updated_at", "damaged"):
        row.pop(name, None)
    if row["status"] == "running":
        row["status"] = "interrupted"
    return row


def compare(here: Practice | None, incoming: Practice) -> Standing:
    if here is None:
        return Standing.NEW
    if details(here) == details(incoming):
        return Standing.SAME
    return Standing.OLDER if here.updated_at > incoming.updated_at else Standing.NEWER
