"""The library page: every session with its length and tags, search and a tag filter,
a details pane with the description and a preview of the plan, and Start.

Sessions are grouped by kind (Breathing, Body scans, …, Your sessions) under a small
heading row that can't be selected, and sorted naturally by title within a group.

Broken files are listed with their first error (file:line:column) and all of them in
the details pane, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .fonts import scaled_font
from .library_model import ENTRY_ROLE, GROUP_ROLE, LibraryFilter, LibraryModel, entry_length
from .library_search import entry_title, search_words
from .tag_names import by_shown_name, tag_name, tag_names
from .theme import LIGHT, Palette

if TYPE_CHECKING:
    from anapana.core.library import LibraryEntry

def _button(text: str, parent: QWidget) -> QPushButton:
    """`QPushButton(text, parent)`, without PySide6 weighing that call's overloads: one
    takes a `QIcon`, and checking for it builds the `QIcon` type (~1 ms) before the
    window's first paint."""
    button = QPushButton(parent)
    button.setText(text)
    return button


def reflow(text: str) -> str:
    """Paragraphs as the window wide: a YAML block keeps the file's line breaks."""
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip()))
    return "\n\n".join(p for p in paragraphs if p)


class EntryDelegate(QStyledItemDelegate):
    """Two calm lines: the title, then length · tags (or the error of a broken file)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.palette = LIGHT

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        if title.pointSizeF() > 0:
            title.setPointSizeF(title.pointSizeF() * 1.08)
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.92)
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, small = self._fonts(option)
        if index.data(GROUP_ROLE):
            return QSize(260, QFontMetrics(small).height() + 18)
        height = QFontMetrics(title).height() + 2 * QFontMetrics(small).height() + 22
        return QSize(260, height)

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem,
                       group: str) -> None:
        _title, small = self._fonts(option)
        heading = QFont(small)
        heading.setWeight(QFont.Weight.DemiBold)
        heading.setCapitalization(QFont.Capitalization.AllUppercase)
        heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        painter.save()
        painter.setFont(heading)
        painter.setPen(QColor(self.palette.muted))
        rect = option.rect.adjusted(20, 10, -12, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, group)
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        group = index.data(GROUP_ROLE)
        if group:
            self._paint_heading(painter, option, str(index.data(Qt.ItemDataRole.DisplayRole)))
            return
        entry: LibraryEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        p = self.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = option.rect.adjusted(4, 3, -4, -3)
        # The view's selection, as the style's State_Selected says: reading `option.state`
        # would make PySide6 build its QStyle type (~17 ms) before the window's first paint.
        view = self.parent()
        selected = (isinstance(view, QAbstractItemView) and view.selectionModel() is not None
                    and view.selectionModel().isSelected(index))
        if selected:
            colour = QColor(p.sand)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 10, 10)
            painter.setBrush(QColor(p.accent))
            painter.drawRoundedRect(QRect(rect.left(), rect.top() + 8, 4, rect.height() - 16),
                                    2, 2)
        title_font, small = self._fonts(option)
        inner = rect.adjusted(16, 8, -12, -8)
        painter.setFont(title_font)
        painter.setPen(QColor(p.text))
        th = QFontMetrics(title_font).height()
        title = entry_title(entry)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), th),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                             inner.width()))
        painter.setFont(small)
        sh = QFontMetrics(small).height()
        if entry.loaded is not None:
            session = entry.loaded.header
            first = session.summary or ""
            second = " · ".join([entry_length(entry), *tag_names(session.tags)])
            colours: tuple[str, str] = (p.muted, p.muted)
        else:
            first = self.tr("This file has a problem:")
            second = str(entry.problems[0]) if entry.problems else self.tr("it could not be read")
            colours = (p.problem, p.problem)
        metrics = QFontMetrics(small)
        for k, (text, colour_name) in enumerate(zip((first, second), colours, strict=True)):
            painter.setPen(QColor(colour_name))
            painter.drawText(QRect(inner.left(), inner.top() + th + 2 + k * sh, inner.width(), sh),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
        painter.restore()


class SessionList(QListView):
    """The list; Enter starts the selected session. Keys skip the group headings."""

    activated_entry = Signal(object)
    painted = Signal(int)
    """After each paint of the list, with how many rows it held (the start-up probe's)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit(self.model().rowCount() if self.model() is not None else 0)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # Up and Down already pass over rows that can't be chosen; Home and End (and a
        # page jump landing on a heading) would stop on one, so find the nearest session.
        index = super().moveCursor(action, modifiers)
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return index
        model = self.model()
        selectable = [row for row in range(model.rowCount())
                      if model.index(row, 0).flags() & Qt.ItemFlag.ItemIsSelectable]
        if not selectable:
            return index
        if action == QAbstractItemView.CursorAction.MoveHome:
            row = selectable[0]
        elif index.isValid():  # on a heading: the first session under it, or the last above
            row = next((r for r in selectable if r > index.row()), selectable[-1])
        else:
            return index
        return model.index(row, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.activated_entry.emit(index.data(ENTRY_ROLE))
                return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    """Signals: `start_requested(entry)`, `new_session_requested`, `open_folder_requested`,
    `edit_requested(entry)`, `history_requested`, `settings_requested`."""

    start_requested = Signal(object)
    new_session_requested = Signal()
    open_folder_requested = Signal()
    edit_requested = Signal(object)
    history_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = LIGHT
        self._preview: object | None = None
        self._selected_id: str | None = None
        self._build()

    def _build(self) -> None:
        title = QLabel("Anapana", self)
        title.setFont(scaled_font(self, 1.6, QFont.Weight.Light))
        subtitle = QLabel(self.tr("Choose a practice"), self)
        subtitle.setObjectName("muted")
        self.history_button = _button(self.tr("History"), self)
        self.history_button.setAccessibleDescription(self.tr("Your practice history and notes"))
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = _button(self.tr("Settings"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        header = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        header.addLayout(heading)
        header.addStretch(1)
        header.addWidget(self.history_button)
        header.addWidget(self.settings_button)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search sessions"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        # Its clear button comes with the preview, after the first paint: the first look
        # has no text to clear, and the button's icon costs ~20 ms to find.
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tag_filter = QComboBox(self)
        tag_label = QLabel(self.tr("&Tag"), self)
        tag_label.setBuddy(self.tag_filter)
        # A combo's name would otherwise be its value (self.tr("All tags")): name it by its label.
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        self.tag_filter.currentIndexChanged.connect(self._on_tag_filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag_filter)

        self.model = LibraryModel(self)
        self.filter = LibraryFilter(self)
        self.filter.setSourceModel(self.model)
        self.list = SessionList(self)
        self.list.setModel(self.filter)
        self.list.setAccessibleName(self.tr("Sessions"))
        self.delegate = EntryDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)  # group headings are lower than sessions
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.activated_entry.connect(self._on_list_activated_entry)
        self._refiltering = False
        self.empty_label = QLabel("", self)
        self.empty_label.setObjectName("muted")
        self.empty_label.hide()

        self.new_button = _button(self.tr("New session"), self)
        self.new_button.setToolTip(self.tr("Make your own session from a template and open it"
                                           " in your text editor"))
        self.new_button.clicked.connect(self.new_session_requested)
        self.folder_button = _button(self.tr("Open sessions folder"), self)
        self.folder_button.clicked.connect(self.open_folder_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(filters)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty_label)
        left.addLayout(bottom)

        # details
        self.details = QWidget(self)
        self.details.setObjectName("card")
        self.detail_title = QLabel(self.details)
        self.detail_title.setFont(scaled_font(self, 1.5, QFont.Weight.Normal))
        self.detail_title.setWordWrap(True)
        self.detail_meta = QLabel(self.details)
        self.detail_meta.setObjectName("muted")
        self.detail_meta.setAccessibleDescription(self.tr("Length and tags"))
        self.detail_meta.setWordWrap(True)
        self.detail_text = QLabel(self.details)
        self.detail_text.setWordWrap(True)
        self.detail_text.setAccessibleDescription(self.tr("Description"))
        self.detail_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail_text.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scroll area takes Tab
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_text = QLabel(self.details)
        self.problem_text.setObjectName("problem")
        self.problem_text.setWordWrap(True)
        self.problem_text.setAccessibleDescription(self.tr("Problems in this file"))
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.problem_text.hide()
        scroll = QScrollArea(self.details)
        scroll.setObjectName("description")
        scroll.setAccessibleName(self.tr("Description"))
        # A Tab stop (arrows and Page keys scroll a long description) with a visible ring.
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.description_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 8, 0)
        text_layout.addWidget(self.problem_text)
        text_layout.addWidget(self.detail_text)
        text_layout.addStretch(1)
        scroll.setWidget(text_box)
        scroll.setStyleSheet("QScrollArea > QWidget > QWidget "
                             "{ background: transparent; border: none; }")
        self._preview_slot = QVBoxLayout()
        self._preview_slot.setContentsMargins(0, 0, 0, 0)
        self.start_button = _button(self.tr("Start"), self.details)
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleDescription(self.tr("Start the session (Enter in the list)"))
        self.start_button.setDefault(False)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.edit_button = _button(self.tr("Edit file"), self.details)
        self.edit_button.setAccessibleDescription(
            self.tr("Open the session file in your text editor"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(24, 20, 24, 20)
        details_layout.setSpacing(10)
        details_layout.addWidget(self.detail_title)
        details_layout.addWidget(self.detail_meta)
        details_layout.addWidget(scroll, 1)
        details_layout.addLayout(self._preview_slot)
        details_layout.addLayout(actions)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 5)
        body.addWidget(self.details, 7)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.details.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tab follows reading order: find, choose, read, start; then the rest.
        chain = (self.search, self.tag_filter, self.list, scroll, self.start_button,
                 self.edit_button, self.new_button, self.folder_button, self.history_button,
                 self.settings_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._show_entry(None)

    # -- content ---------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.delegate.palette = palette
        if self.list.isVisible():  # else its first paint uses the palette anyway
            # (and asking for the viewport before that costs PySide6 ~10 ms of types)
            self.list.viewport().update()
        if self._preview is not None:
            self._preview.set_palette(palette)  # type: ignore[attr-defined]

    def ensure_preview(self) -> None:
        """Create the plan preview (and the search field's clear button) once the window
        is on screen."""
        if self._preview is not None:
            return
        from .plan_preview import PlanPreview

        preview = PlanPreview(self.details)
        preview.set_palette(self._palette)
        self._preview_slot.addWidget(preview)
        self._preview = preview
        self._show_entry(self.current_entry())
        self.search.setClearButtonEnabled(True)

    @property
    def preview(self) -> object | None:
        return self._preview

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        """Show these entries (keeps the selection by id and the filters)."""
        current = self.current_entry()
        if current is not None:
            self._selected_id = current.id
        self._refiltering = True  # the reset clears the current row: choose it again below
        try:
            self.model.set_entries(list(entries))
        finally:
            self._refiltering = False
        tags = by_shown_name(t for e in entries if e.loaded for t in e.loaded.header.tags)
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_filter.addItem(tag_name(tag), tag)  # filtered by the tag as written
        at = self.tag_filter.findData(chosen)
        self.tag_filter.setCurrentIndex(max(at, 0))
        self.tag_filter.blockSignals(False)
        self._refilter()

    def select(self, ref: str) -> bool:
        """Select an entry by id or by path."""
        row = self._row_of(lambda e: e.id == ref or str(e.path) == ref)
        if row is not None:
            self.list.setCurrentIndex(self.filter.index(row, 0))
            return True
        self._selected_id = ref
        return False

    def _row_of(self, wanted: Callable[[LibraryEntry], bool]) -> int | None:
        """The first shown row whose entry is `wanted`."""
        for row in range(self.filter.rowCount()):
            entry: LibraryEntry | None = self.filter.index(row, 0).data(ENTRY_ROLE)
            if entry is not None and wanted(entry):
                return row
        return None

    def current_entry(self) -> LibraryEntry | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        entry: LibraryEntry | None = index.data(ENTRY_ROLE)
        return entry

    def _refilter(self) -> None:
        wanted = self._selected_id
        self._refiltering = True  # the rows come and go: show the chosen one once, after
        try:
            self.filter.set_search(search_words(self.search.text()),
                                   self.tag_filter.currentData() or "")
            row = self._row_of(lambda e: e.id == wanted)
            if row is None:
                row = self._row_of(lambda _e: True)
            if row is None:
                self.list.setCurrentIndex(QModelIndex())
            else:
                self.list.selectionModel().setCurrentIndex(
                    self.filter.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refiltering = False
        if row is not None:
            self._selected_id = self.filter.index(row, 0).data(ENTRY_ROLE).id
            self.empty_label.hide()
        else:
            self.empty_label.setText(self.tr("No session matches. Try another word or tag."))
            self.empty_label.show()
        self._show_entry(self.current_entry())

    def _show_entry(self, entry: LibraryEntry | None) -> None:
        preview = self._preview
        if entry is None:
            self.detail_title.setText(self.tr("No session selected"))
            self.detail_meta.setText("")
            self.detail_text.setText("")
            self.problem_text.hide()
            self.start_button.setEnabled(False)
            self.edit_button.hide()
            if preview is not None:
                preview.hide()  # type: ignore[attr-defined]
            return
        self.edit_button.setVisible(entry.origin == "user")
        if entry.loaded is None:
            self.detail_title.setText(entry.path.name)
            self.detail_meta.setText(str(entry.path))
            problems = "\n".join(str(p) for p in entry.problems)
            self.problem_text.setText(
                self.tr("This file can't be used yet:\n\n%1\n\nFix it in your editor and save:"
                        " the library updates by itself.").replace("%1", problems))
            self.problem_text.show()
            self.detail_text.setText("")
            self.start_button.setEnabled(False)
            if preview is not None:
                preview.hide()  # type: ignore[attr-defined]
            return
        session = entry.loaded.header
        self.detail_title.setText(session.title)
        meta = [f"{entry_length(entry)}"]
        if session.tags:
            meta.append(", ".join(tag_names(session.tags)))
        meta.append(self.tr("your session") if entry.origin == "user" else self.tr("bundled"))
        self.detail_meta.setText(" · ".join(meta))
        self.detail_text.setText(reflow(session.description or session.summary or ""))
        self.problem_text.hide()
        self.start_button.setEnabled(True)
        if preview is not None:
            # The plan only for the preview: before the first paint there is none, and
            # reading the plan checks the file's hash (OpenSSL) and decodes it.
            preview.show()  # type: ignore[attr-defined]
            preview.show_plan(entry.loaded.plan)  # type: ignore[attr-defined]

    # -- slots ---------------------------------------------------------------------------
    def _on_search_text_changed(self, _text: str) -> None:
        self._refilter()

    def _on_tag_filter_changed(self, _index: int) -> None:
        self._refilter()

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refiltering:
            return
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if entry is not None:
            self._selected_id = entry.id
        self._show_entry(entry)

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        self._on_list_activated_entry(index.data(ENTRY_ROLE))

    def _on_list_activated_entry(self, entry: LibraryEntry) -> None:
        if entry is not None and entry.ok:
            self.start_requested.emit(entry)

    def _on_start_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.ok:
            self.start_requested.emit(entry)

    def _on_edit_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.edit_requested.emit(entry)
