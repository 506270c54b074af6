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

from PySide6.QtCore import QCoreApplication, Qt
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
from anapana.app.translations import QT_TRANSLATE_NOOP, arg
from anapana.paths import UserPaths, format_guide

CARE_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Anapana is a practice aid, not therapy and not a medical device. "
    "If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and "
    "breathe normally; and please reach out to someone you trust, your doctor or a "
    "mental health professional. You deserve that support. "
    "If you might be in danger or are thinking of harming yourself, please call your "
    "local emergency number or a crisis line now."
)
"""The English source; `_tr(CARE_NOTE)` gives it in the UI language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)

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
    return arg(_tr("%1 in Anapana's source"), "<code>docs/session-format.md</code>")


def about_html(paths: UserPaths, version: str = __version__, guide: Path | None = None) -> str:
    """The About page: version, licence, the care note, the data folders, the docs."""
    rows = [
        (_tr("Your sessions"), paths.sessions),
        (_tr("Practice log"), paths.log_db),
        (_tr("Settings"), paths.settings),
        (_tr("App logs"), paths.logs),
    ]
    table = "".join(
        f"<tr><td>{escape(label)}&nbsp;&nbsp;</td><td>{_folder_link(path)}</td></tr>"
        for label, path in rows
    )
    return (
        f"<h2>Anapana {escape(version)}</h2>"
        "<p>" + escape(_tr("Guided breathing, timed body scans, compassion practices and "
                           "quiet sitting, paced by sound and a calm animation.")) + "</p>"
        f'<h3><a name="care"></a>{escape(_tr("A gentle note"))}</h3>'
        f"<p>{escape(_tr(CARE_NOTE))}</p>"
        f"<h3>{escape(_tr('Where your things live'))}</h3>"
        f"<table>{table}</table>"
        "<p>" + arg(escape(_tr("Nothing leaves your computer. %1 prints these too.")),
                    "<code>anapana paths</code>") + "</p>"
        f"<h3>{escape(_tr('Documentation'))}</h3>"
        "<p>" + arg(escape(_tr("Free software under the MIT licence. The documentation comes "
                               "with the app: the session format guide is %1, and %2 lists "
                               "the commands.")),
                    _guide_link(guide or format_guide()), "<code>anapana --help</code>")
        + "</p>"
    )


def guide_html(paths: UserPaths, guide: Path | None = None) -> str:
    """A few lines on writing a session file, and where to learn more."""
    return (
        f"<h3>{escape(_tr('Writing your own sessions'))}</h3>"
        "<p>" + arg(escape(_tr("A session is a small YAML file: a title, then segments played "
                               "top to bottom (%1).")),
                    "<code>breathe</code>, <code>body_scan</code>, <code>silence</code>, "
                    "<code>prompt</code>, <code>repeat</code>") + "</p>"
        f"<pre>{escape(EXAMPLE_SESSION)}</pre>"
        "<p>" + arg(escape(_tr("Save it as %1 in %2; it appears in the library straight away "
                               "(its id is the file name).")),
                    "<code>a-short-pause.yaml</code>", _folder_link(paths.sessions)) + "</p>"
        "<p>" + arg(escape(_tr("Check a file with %1, see its timeline with %2, and get the "
                               "JSON Schema for your editor with %3. The full guide is %4.")),
                    "<code>anapana validate FILE</code>", "<code>anapana plan FILE</code>",
                    "<code>anapana schema</code>", _guide_link(guide or format_guide()))
        + "</p>"
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
        self.setWindowTitle(self.tr("About Anapana"))
        self.setObjectName("aboutDialog")
        self.resize(560, 520)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_page(about_html(paths)), self.tr("About"))
        self.tabs.addTab(_page(guide_html(paths)), self.tr("Writing sessions"))
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
