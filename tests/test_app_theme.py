"""Both themes keep every text readable: WCAG AA contrast (4.5:1) for each text colour on
each background it is drawn on; and the settings file keeps what the user chose."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from anapana.app import theme
from anapana.app.settings import Settings


def test_contrast_ratio_matches_the_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    # WCAG's own example: #777777 on white is just under AA.
    assert theme.contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
@pytest.mark.parametrize("pair", theme.TEXT_PAIRS, ids=lambda pair: f"{pair[0]}-on-{pair[1]}")
def test_text_meets_wcag_aa(palette: theme.Palette, pair: tuple[str, str]) -> None:
    colours = theme.palette_colours(palette)
    ratio = theme.contrast_ratio(colours[pair[0]], colours[pair[1]])
    assert ratio >= 4.5, f"{palette.name}: {pair[0]} on {pair[1]} is {ratio:.2f}:1"


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_the_figure_stands_out_from_the_window(palette: theme.Palette) -> None:
    # Not text, so WCAG's 3:1 for graphical objects is the bar.
    assert theme.contrast_ratio(palette.figure_edge, palette.window) >= 3.0


def test_resolve_follows_the_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert theme.resolve("light") is theme.LIGHT
    assert theme.resolve("dark") is theme.DARK
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    assert theme.resolve("system") is theme.DARK
    assert theme.resolve("anything else") is theme.DARK
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    assert theme.resolve("system") is theme.LIGHT


def test_the_system_choice_follows_the_desktop_palette(qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    if QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform states a colour scheme; the palette is not consulted")
    before = QGuiApplication.palette()
    try:
        dark = QPalette(before)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        QGuiApplication.setPalette(dark)
        assert theme.resolve("system") is theme.DARK
        light = QPalette(before)
        light.setColor(QPalette.ColorRole.Window, QColor("#f4f1ea"))
        QGuiApplication.setPalette(light)
        assert theme.resolve("system") is theme.LIGHT
    finally:
        QGuiApplication.setPalette(before)


def test_settings_keep_values_and_refuse_nonsense(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    assert settings.theme == "system" and settings.lead_in_s == 3.0
    settings.theme = "dark"
    settings.lead_in_s = 5
    settings.figure_style = "square"
    settings.set_volume("bell", 0.25)
    again = Settings(path)
    assert (again.theme, again.lead_in_s, again.figure_style) == ("dark", 5.0, "square")
    assert again.volume("bell") == 0.25
    path.write_text("[appearance]\ntheme=purple\n[practice]\nlead_in_s=lots\n")
    odd = Settings(path)
    assert odd.theme == "system"
    assert odd.lead_in_s == 3.0
