"""Correction of ectopic, missed and extra beats in RR series."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Correction:
    rr_ms: list[float]
    corrected: int


def correct_artifacts(rr_ms: Sequence[float]) -> Correction:
    raise NotImplementedError
