"""Contrast computed from the theme palettes with the WCAG 2.2 formula: text at 4.5:1,
component edges and state differences at 3:1, in both themes."""

from __future__ import annotations

import pytest

from anapana.app import theme


def test_the_wcag_formula_gives_the_known_extremes_and_a_known_pair() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # #767676 on white is the classic 4.54:1 grey.
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_text_reaches_4_5_to_1(palette: theme.Palette) -> None:
    pairs = (*theme.TEXT_PAIRS, ("muted", "surface"))  # muted is also the placeholder
    low = {f"{fg} on {bg}": round(theme.contrast_ratio(getattr(palette, fg),
                                                       getattr(palette, bg)), 2)
           for fg, bg in pairs
           if theme.contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < 4.5}
    assert not low


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_component_edges_and_states_reach_3_to_1(palette: theme.Palette) -> None:
    low = {f"{fg} against {bg}": round(theme.contrast_ratio(getattr(palette, fg),
                                                            getattr(palette, bg)), 2)
           for fg, bg in theme.BOUNDARY_PAIRS
           if theme.contrast_ratio(getattr(palette, fg), getattr(palette, bg)) < 3.0}
    assert not low


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_the_stylesheet_uses_the_checked_pairs(palette: theme.Palette) -> None:
    """The pairs above are the ones the stylesheet really draws."""
    sheet = theme.stylesheet(palette)
    # A control's edge is `border`, never the faint hairline colour.
    assert f"border: 1px solid {palette.line}" not in sheet
    assert f"border: 1px solid {palette.border}" in sheet
    # A chosen mood or feeling (a checked button) is filled with the accent.
    checked = sheet.split("QPushButton:checked {{".replace("{{", "{"))[1].split("}")[0]
    assert f"background: {palette.accent}" in checked
    assert f"color: {palette.on_accent}" in checked
    # The focus ring is the accent.
    assert f"QLineEdit:focus {{ border: 2px solid {palette.accent}; }}" in sheet


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_a_practised_day_stands_3_to_1_from_an_empty_one(palette: theme.Palette) -> None:
    empty, *practised = theme.heatmap_shades(palette)
    assert empty == palette.sand
    assert len(practised) == 4
    for shade in practised:
        assert theme.contrast_ratio(shade, empty) >= 3.0, shade
    # More minutes look deeper: each shade moves further from the empty day.
    ratios = [theme.contrast_ratio(shade, empty) for shade in practised]
    assert ratios == sorted(ratios)


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=lambda p: p.name)
def test_the_qt_palette_gives_placeholders_and_disabled_text_muted(
        palette: theme.Palette, qapp: object) -> None:
    from PySide6.QtGui import QPalette

    pal = theme.qpalette(palette)
    placeholder = pal.color(QPalette.ColorRole.PlaceholderText).name().upper()
    assert placeholder == palette.muted.upper()
    assert theme.contrast_ratio(placeholder, palette.surface) >= 4.5
