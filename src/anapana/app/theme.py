"""Colours and the Qt palette: a calm light and dark theme (sand, teal, indigo).

Every text colour is checked against its background for WCAG AA contrast
(`contrast_ratio`, see tests/test_app_theme.py). The theme follows the system unless
the user picked one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ThemeChoice = Literal["system", "light", "dark"]


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours one theme uses, as #rrggbb strings."""

    name: str
    window: str
    surface: str
    """Cards, lists, the details pane."""
    text: str
    muted: str
    """Secondary text: lengths, tags, the next step."""
    accent: str
    """Teal: buttons, the figure's edge, the progress."""
    on_accent: str
    """Text on an accent button."""
    indigo: str
    """The figure's depth and the breath curve."""
    sand: str
    """Bands, track rings, quiet fills."""
    problem: str
    """A broken session's error text (warm, not alarming)."""
    figure_core: str
    figure_edge: str
    glow: str
    """The soft pulse around a held breath."""
    line: str
    """Hairlines and separators (decoration, not the edge of a control)."""
    border: str
    """The edge of a control (buttons, fields, lists, cards): 3:1 against the window and
    the surface, so a control's shape can be seen (WCAG 2.2, 1.4.11)."""


LIGHT = Palette(
    name="light",
    window="#F5F0E8",
    surface="#FFFCF7",
    text="#1E2A36",
    muted="#4D5A66",
    accent="#0F6B63",
    on_accent="#FFFFFF",
    indigo="#4B4FA6",
    sand="#E7DCCB",
    problem="#9A3B1C",
    figure_core="#9ED8CF",
    figure_edge="#3E8F99",
    glow="#7A7FD1",
    line="#DDD2C1",
    border="#857A6B",
)

DARK = Palette(
    name="dark",
    window="#141A22",
    surface="#1C2430",
    text="#E8E4DC",
    muted="#A9B3BF",
    accent="#5CC8B8",
    on_accent="#0E1A1A",
    indigo="#9397E6",
    sand="#3A3530",
    problem="#F0A184",
    figure_core="#5FB8AE",
    figure_edge="#3A7C96",
    glow="#8C91E0",
    line="#2E3845",
    border="#76838F",
)

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("muted", "window"),
    ("muted", "surface"),
    ("on_accent", "accent"),
    ("accent", "window"),
    ("accent", "surface"),
    ("problem", "surface"),
    ("problem", "window"),
)
"""Foreground/background pairs that carry text; each must reach 4.5:1."""

BOUNDARY_PAIRS: tuple[tuple[str, str], ...] = (
    ("border", "window"),
    ("border", "surface"),
    ("accent", "window"),
    ("accent", "surface"),
    ("accent", "sand"),
    ("on_accent", "accent"),
)
"""Edges and state differences that must reach 3:1: a control's border on the window and
on a card; the focus ring (accent) on both; a checked control (accent) against an
unchecked one (surface) or a hovered one (sand); the focus ring of an accent-filled
button (on_accent) on its fill. The practised/empty heatmap day is `heatmap_shades`."""


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    value = colour.lstrip("#")
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _mix(a: str, b: str, t: float) -> str:
    pa, pb = a.lstrip("#"), b.lstrip("#")
    channels = (round(int(pa[i:i + 2], 16) * (1 - t) + int(pb[i:i + 2], 16) * t)
                for i in (0, 2, 4))
    return "#" + "".join(f"{c:02X}" for c in channels)


def heatmap_shades(p: Palette) -> list[str]:
    """The empty day (sand), then four shades of practice toward the accent.

    The lightest practised shade is the first mix that stands 3:1 from an empty day,
    so "practised or not" is seen without colour vision; more minutes go deeper.
    """
    start = 1.0
    for step in range(21):
        t = step / 20
        if contrast_ratio(_mix(p.sand, p.accent, t), p.sand) >= 3.0:
            start = t
            break
    return [p.sand] + [_mix(p.sand, p.accent, start + (1 - start) * k / 3) for k in range(4)]


def system_prefers_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def resolve(choice: str) -> Palette:
    """The palette for a setting: `light`, `dark`, or `system` (anything else)."""
    if choice == "light":
        return LIGHT
    if choice == "dark":
        return DARK
    return DARK if system_prefers_dark() else LIGHT


def qpalette(p: Palette) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pairs = {
        role.Window: p.window,
        role.WindowText: p.text,
        role.Base: p.surface,
        role.AlternateBase: p.window,
        role.Text: p.text,
        role.Button: p.surface,
        role.ButtonText: p.text,
        role.Highlight: p.accent,
        role.HighlightedText: p.on_accent,
        role.ToolTipBase: p.surface,
        role.ToolTipText: p.text,
        role.PlaceholderText: p.muted,
        role.Link: p.accent,
        role.BrightText: p.problem,
        role.Mid: p.line,
        role.Midlight: p.sand,
    }
    for r, colour in pairs.items():
        pal.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(p.muted))
    return pal


def stylesheet(p: Palette) -> str:
    """Spacing and shapes; sizes are relative (em) so text follows the system font."""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; }}
QWidget#card, QListWidget, QTextBrowser, QTableView, QPlainTextEdit {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: 12px;
}}
QTableView, QPlainTextEdit {{ border-radius: 8px; }}
QListWidget {{ padding: 4px; outline: none; }}
QListWidget:focus, QTableView:focus, QPlainTextEdit:focus {{
    border: 2px solid {p.accent};
}}
QScrollArea#description {{
    background: transparent; border: 2px solid transparent; border-radius: 6px;
}}
QScrollArea#description:focus {{ border-color: {p.accent}; }}
QLineEdit {{
    background: {p.surface}; border: 1px solid {p.border};
    border-radius: 8px; padding: 0.3em 0.6em; min-height: 1.4em;
}}
QLineEdit:focus {{ border: 2px solid {p.accent}; }}
QComboBox, QAbstractSpinBox {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 8px; padding: 0.25em 0.6em;
}}
QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {p.accent}; }}
QComboBox QAbstractItemView {{
    background: {p.surface}; color: {p.text}; selection-background-color: {p.accent};
    selection-color: {p.on_accent};
}}
QPushButton {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: 10px; padding: 0.45em 1.1em;
}}
QPushButton:hover {{ background: {p.sand}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:disabled {{
    background: {p.window}; color: {p.muted}; border: 1px dashed {p.border};
}}
QPushButton#primary {{
    background: {p.accent}; color: {p.on_accent}; border: 2px solid {p.accent};
    font-weight: 600; padding: 0.55em 1.6em;
}}
QPushButton#primary:focus {{ border: 2px solid {p.on_accent}; }}
QPushButton#primary:disabled {{
    background: {p.window}; color: {p.muted}; border: 1px dashed {p.border};
    font-weight: 400;
}}
QPushButton:checked {{
    background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent};
}}
QPushButton:checked:focus {{ border: 2px solid {p.on_accent}; }}
QLabel#muted {{ color: {p.muted}; }}
QLabel#problem {{ color: {p.problem}; }}
QProgressBar {{
    background: {p.sand}; border: none; border-radius: 3px; max-height: 6px;
}}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 3px; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
QCheckBox, QRadioButton {{
    spacing: 0.5em; border: 2px solid transparent; border-radius: 6px; padding: 1px 3px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {p.accent}; }}
QCheckBox::indicator {{
    width: 0.9em; height: 0.9em; border: 1px solid {p.border}; border-radius: 3px;
    background: {p.surface};
}}
QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent}; }}
QSlider {{ border: 2px solid transparent; border-radius: 6px; padding: 2px 4px; }}
QSlider:focus {{ border-color: {p.accent}; }}
QSlider::groove:horizontal {{ height: 4px; background: {p.border}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {p.accent}; width: 16px; height: 16px; margin: -6px 0; border-radius: 8px;
}}
"""


def apply(app: QApplication, p: Palette) -> None:
    """Use a palette for the whole app."""
    app.setPalette(qpalette(p))
    app.setStyleSheet(stylesheet(p))
    app.setProperty("anapana_palette", p.name)


def current(app: QApplication | None = None) -> Palette:
    """The palette in use (light before any was applied)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    name = app.property("anapana_palette") if app is not None else None
    return DARK if name == "dark" else LIGHT


def palette_colours(p: Palette) -> dict[str, str]:
    return {f.name: getattr(p, f.name) for f in fields(p) if f.name != "name"}
