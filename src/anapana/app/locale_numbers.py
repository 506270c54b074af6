"""Numbers in the interface's language, for the Qt-free modules' words and the app's own.

`locale_numbers()` is the `anapana.i18n.numbers.Numbers` the app hands to the log and
the heart-rate wording: each number is written by the default QLocale, which
`translations.install_translations` sets to the interface language (`1.234`, `5,5`,
`1,2 MB`, in French `1,2 Mo`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from anapana.i18n.numbers import Numbers, size_in_units


def locale_integer(value: int) -> str:
    return QLocale().toString(value)


def locale_decimal(value: float, places: int) -> str:
    return QLocale().toString(value, "f", places)


def locale_data_size(n_bytes: int) -> str:
    """A size as a person would say it, in the locale's digits and units: `1,2 MB`,
    `300 MB`, `512 Byte` (SI units, as downloads and disks are labelled)."""
    value, power, places = size_in_units(n_bytes)
    # Rounded first, so Qt picks the unit English does (999,999 bytes: `1,0 MB`).
    said = round(round(value, places) * 1000**power)
    return QLocale().formattedDataSize(said, places, QLocale.DataSizeFormat.DataSizeSIFormat)


def locale_numbers() -> Numbers:
    return Numbers(locale_integer, locale_decimal, locale_data_size)
