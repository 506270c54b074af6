"""About and help: the version, the licence, where your files live, how to write a session.

And a plain note that Anapana is a practice aid, not therapy, with where to find support:
the check-in links here when someone arrives feeling heavy, so the note comes near the top.
Links go only to places that exist: the folders on this computer and the guide that ships
with the app (there is no public home page yet). The text is built by pure
functions (`about_html`, `guide_html`) so it can be checked without a window; the dialog
only lays it out. It never shows itself and touches no disk: paths are shown, not made.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from anapana import __version__
from anapana.paths import UserPaths, format_guide

CARE_NOTE = (
    "Anapana is a practice aid, not therapy and not a medical device. "
    "If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and "
    "breathe normally; and please reach out to someone you trust, your doctor or a "
    "mental health professional. You deserve that support. "
    "If you might be in danger or are thinking of harming yourself, please call your "
    "local emergency number or a crisis line now."
)

EXAMPLE_SESSION = """\
title: A short pause
segments:
  - breathe: Slow breaths
    pattern: 4-6        # inhale 4 s, exhale 6 s
    duration: 2m
  - silence: Sit quietly
    duration: 2m
    bells: 1m"""


def _folder_link(path: Path) -> str:
    shown = escape(str(path))
    return f'<a href="{escape(path.as_uri())}">{shown}</a>' if path.is_absolute() else shown


def _guide_link(guide: Path) -> str:
    """The bundled guide as a link, or its name where this install lacks it."""
    if guide.is_file():
        return f'<a href="{escape(guide.as_uri())}">docs/session-format.md</a>'
    return "<code>docs/session-format.md</code> in Anapana's source"


def about_html(paths: UserPaths, version: str = __version__, guide: Path | None = None) -> str:
    """The About page: version, licence, the care note, the data folders, the docs."""
    rows = [
        ("Your sessions", paths.sessions),
        ("Practice log", paths.log_db),
        ("Settings", paths.settings),
        ("App logs", paths.logs),
    ]
    table = "".join(
        f"<tr><td>{escape(label)}&nbsp;&nbsp;</td><td>{_folder_link(path)}</td></tr>"
        for label, path in rows
    )
    return (
        f"<h2>Anapana {escape(version)}</h2>"
        "<p>Guided breathing, timed body scans, compassion practices and quiet sitting, "
        "paced by sound and a calm animation.</p>"
        f'<h3><a name="care"></a>A gentle note</h3><p>{escape(CARE_NOTE)}</p>'
        "<h3>Where your things live</h3>"
        f"<table>{table}</table>"
        "<p>Nothing leaves your computer. <code>anapana paths</code> prints these too.</p>"
        "<h3>Documentation</h3>"
        "<p>Free software under the MIT licence. The documentation comes with the app: "
        f"the session format guide is {_guide_link(guide or format_guide())}, and "
        "<code>anapana --help</code> lists the commands.</p>"
    )


def guide_html(paths: UserPaths, guide: Path | None = None) -> str:
    """A few lines on writing a session file, and where to learn more."""
    return (
        "<h3>Writing your own sessions</h3>"
        "<p>A session is a small YAML file: a title, then segments played top to bottom "
        "(<code>breathe</code>, <code>body_scan</code>, <code>silence</code>, "
        "<code>prompt</code>, <code>repeat</code>).</p>"
        f"<pre>{escape(EXAMPLE_SESSION)}</pre>"
        f"<p>Save it as <code>a-short-pause.yaml</code> in {_folder_link(paths.sessions)}; "
        "it appears in the library straight away (its id is the file name).</p>"
        "<p>Check a file with <code>anapana validate FILE</code>, see its timeline with "
        "<code>anapana plan FILE</code>, and get the JSON Schema for your editor with "
        "<code>anapana schema</code>. The full guide is "
        f"{_guide_link(guide or format_guide())}.</p>"
    )


def _page(html: str) -> QWidget:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setContentsMargins(12, 12, 12, 12)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(label)
    return scroll


class AboutDialog(QDialog):
    """About Anapana, with a second tab on writing sessions."""

    def __init__(self, paths: UserPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Anapana")
        self.setObjectName("aboutDialog")
        self.resize(560, 520)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_page(about_html(paths)), "About")
        self.tabs.addTab(_page(guide_html(paths)), "Writing sessions")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def page_text(self, index: int) -> str:
        """The plain text of a tab (for tests and screen readers)."""
        scroll = self.tabs.widget(index)
        assert isinstance(scroll, QScrollArea)
        label = scroll.widget()
        assert isinstance(label, QLabel)
        return label.text()
