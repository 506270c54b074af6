"""How numbers are written inside the words Qt-free modules say: a `Numbers` handed in.

A translated sentence is only half in the user's language if its number is not: German
writes `5,5` and `1.234`, French `1 234` and `1,2 Mo`. Qt-free modules (`anapana.log`,
`anapana.hr`) never import Qt, so, like their `translate`, they are handed a `Numbers`:
the app builds one on QLocale (`anapana.app.locale_numbers`), the command line and the
tests use `ENGLISH`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

_SI_UNITS = ("kB", "MB", "GB", "TB")


def english_integer(value: int) -> str:
    """`1,234` as English writes a count."""
    return f"{value:,}"


def english_decimal(value: float, places: int) -> str:
    """`5.5`: `places` digits after the point."""
    return f"{value:,.{places}f}"


def size_in_units(n_bytes: int) -> tuple[float, int, int]:
    """A size as a person would say it: the value in its SI unit (1000 bytes a kilobyte,
    the way disks and downloads are labelled), the unit's power (0 for bytes, 1 for kB …)
    and how many decimals to say (one below ten units, `1.2 MB`; none above, `25 MB`)."""
    value, power = float(max(n_bytes, 0)), 0
    # 999,999 bytes is said `1.0 MB`, not `1,000 kB`
    while value >= (999.5 if power else 1000) and power < len(_SI_UNITS):
        value, power = value / 1000, power + 1
    if power and value >= 9.95:
        return value, power, 0
    return value, power, 1 if power else 0


def english_data_size(n_bytes: int) -> str:
    """`512 bytes`, `1.2 MB`, `300 MB`."""
    value, power, places = size_in_units(n_bytes)
    if power == 0:
        return f"{int(value):,} byte{'' if int(value) == 1 else 's'}"
    return f"{english_decimal(value, places)} {_SI_UNITS[power - 1]}"


@dataclass(frozen=True, slots=True)
class Numbers:
    """How the interface's language writes a count, a decimal and a file size."""

    integer: Callable[[int], str] = english_integer
    decimal: Callable[[float, int], str] = english_decimal
    data_size: Callable[[int], str] = english_data_size


ENGLISH = Numbers()
"""Numbers as English writes them (the command line, the JSON reasons, tests)."""
