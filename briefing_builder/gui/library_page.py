"""The library page: search as you type with filters, a table paged in from SQLite, the item editor, sources.

Every write goes to the library worker; `Tasks.changed` broadcasts the `Changes` it made to every view, this
page included, and each refreshes itself (no one hands changes to a page by name). Edits, additions and
deletions are undoable: the page owns its `QUndoStack` (`undo_stack`), which the main window's undo group
activates while this page is shown. Failed background work is reported through `gui.errors.present_error`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import BriefingBuilderError, ValidationError
from .core_text import error_text, text
from ..library import Changes, Item, ItemDraft, Library, SearchFilters, Source, SourceDraft
from ..library.vocabulary import FRAMEWORKS, KINDS, LANGUAGES
from ..settings import Settings
from .bidi import follow_content
from .errors import present_error
from .item_editor import ItemEditor
from .models import ItemsTableModel
from .tasks import Tasks
from .undo import LibraryCommand, short_label
from .vocabulary import label as vocabulary_label

SEARCH_DELAY_MS = 180  # debounce: search once the user pauses, not on every keystroke


class ItemsTable(QTableView):
    """The results table; on a narrow window it hides its least useful columns so titles stay readable."""

    TITLE_MIN = 220
    COLUMN_WIDTHS = {1: 100, 2: 80, 3: 84, 4: 120, 5: 80}
    HIDE_FIRST = (5, 4, 3)  # countries, then source, then review-by

    def fit_columns(self) -> None:
        spare = self.viewport().width() - self.TITLE_MIN - sum(self.COLUMN_WIDTHS.values())
        for column in self.HIDE_FIRST:
            hide = spare < 0
            self.setColumnHidden(column, hide)
            if hide:
                spare += self.COLUMN_WIDTHS[column]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_columns()


class LibraryPage(QWidget):
    status = Signal(str)

    def __init__(self, reader: Library, tasks: Tasks, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader, self.tasks, self.settings = reader, tasks, settings
        self.undo_stack = QUndoStack(self)  # this page's edits only; the main window's undo group activates it
        self.read_only = settings.read_only

        # --- search and filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, text and tags… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the library"))
        self.kind = self._combo(self.tr("All kinds"), [(vocabulary_label(label), key) for key, label in KINDS.items()],
                                self.tr("Kind filter"))
        self.framework = self._combo(self.tr("All frameworks"), [(vocabulary_label(label), key)
                                                               for key, label in FRAMEWORKS.items()],
                                     self.tr("Framework filter"))
        self.tag = self._combo(self.tr("All tags"), [], self.tr("Tag filter"))
        self.country = self._combo(self.tr("All countries"), [], self.tr("Country filter"))
        self.language = self._combo(self.tr("All languages"),
                                    [(f"{name} ({code})", code) for code, name in LANGUAGES.items()],
                                    self.tr("Language filter"))
        self.stale = QCheckBox(self.tr("Needs review"))
        self.stale.setToolTip(self.tr("Only items whose review-by date has passed"))
        self.stale.setAccessibleName(self.tr("Needs review filter"))
        self.count = QLabel("")
        self.count.setObjectName("muted")
        self.new_button = QPushButton(self.tr("&New item"))
        self.new_button.setToolTip(self.tr("Add an item (Ctrl+N)"))
        self.new_button.setEnabled(not self.read_only)

        filters = QHBoxLayout()
        for widget in (self.kind, self.framework, self.tag, self.country, self.language):
            # Space shared by the length of each "All …" label, so none is clipped at the usual window width.
            filters.addWidget(widget, len(widget.itemText(0)))
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter (Ctrl+Shift+L)"))
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.setEnabled(False)

        # --- results
        self.model = ItemsTableModel(reader, tasks, self)
        self.table = ItemsTable()
        self.table.setModel(self.model)
        follow_content(self.table)  # English titles keep their punctuation in place in an Arabic window
        self.table.setAccessibleName(self.tr("Library items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        # setSortingEnabled sorts by the first column at once; start in relevance (or newest-first) order instead.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.order, self.model.descending = "rank", False
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ItemsTable.COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), so Tab is never trapped

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        # "Needs review" and "Clear" share the search row, so the filter row fits a 1024-pixel-wide screen.
        top.addWidget(self.stale)
        top.addWidget(self.clear_button)
        top.addWidget(self.new_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        left.addWidget(self.count)
        left_widget = QWidget()
        left_widget.setLayout(left)

        # --- editor
        self.editor = ItemEditor(settings)
        self.editor.setEnabled(not self.read_only)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(360)

        items_split = QSplitter()
        items_split.addWidget(left_widget)
        items_split.addWidget(scroll)
        items_split.setStretchFactor(0, 3)
        items_split.setStretchFactor(1, 2)
        items_split.setSizes([760, 520])
        self.splitter = items_split

        self.sources_tab = SourcesTab(tasks, settings, self)
        self.sources_tab.undoable.connect(self.undo_stack.push)
        self.sources_tab.status.connect(self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(items_split, self.tr("&Items"))
        self.tabs.addTab(self.sources_tab, self.tr("S&ources"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

        # --- wiring
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        for combo in (self.kind, self.framework, self.tag, self.country, self.language):
            combo.currentIndexChanged.connect(self.run_search)
        self.stale.toggled.connect(self.run_search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.model.counts_changed.connect(self._counts)
        self.model.search_failed.connect(lambda message: self.status.emit(message))
        self.model.modelReset.connect(self._reselect)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.horizontalHeader().sectionDoubleClicked.connect(lambda _c: self.model.sort_by_relevance())
        self.new_button.clicked.connect(self.new_item)
        self.editor.save_requested.connect(self._save)
        self.editor.delete_requested.connect(self._delete)
        self.editor.translations_requested.connect(self.translate)
        self.translation_editor = None
        tasks.changed.connect(self.apply_changes)
        self._selected_uid: str | None = None
        chain = (self.search, self.stale, self.clear_button, self.new_button, self.kind, self.framework, self.tag,
                 self.country, self.language, self.table)
        for first, second in zip(chain, chain[1:]):  # Tab follows the visual order: the search row, then filters
            self.setTabOrder(first, second)

    def _combo(self, everything: str, entries: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for label, value in entries:
            combo.addItem(label, value)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)  # the filters shrink on small screens; the full label is in the list
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # When a narrow window clips the label, the tooltip still says what the filter is set to.
        combo.currentTextChanged.connect(lambda text, combo=combo: combo.setToolTip(
            self.tr("{filter}: {value}").format(filter=name, value=text)))
        combo.setToolTip(self.tr("{filter}: {value}").format(filter=name, value=everything))
        return combo

    # --- loading reference data
    def load_reference(self) -> None:
        """Fill the tag, country and source pickers (in the background), then run the first search."""
        def read(library: Library):
            return library.tags(), [(c.code, c.name("en")) for c in library.countries()], library.sources()

        def show(result) -> None:
            tags, countries, sources = result
            self._refill(self.tag, [(f"{tag} ({count})", tag) for tag, count in tags])
            self._refill(self.country, [(f"{name} ({code})", code) for code, name in countries])
            self.editor.known_countries = {code for code, _ in countries}
            self.editor.set_sources(sources)
            self.sources_tab.show_sources(sources)

        self.tasks.library(read, show, self._error_for(self.tr("Loading the library")))
        self.run_search()

    @staticmethod
    def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in entries:
            combo.addItem(label, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # --- searching
    def filters(self) -> SearchFilters:
        def one(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return SearchFilters(kinds=one(self.kind), frameworks=one(self.framework), tags=one(self.tag),
                             countries=one(self.country), languages=one(self.language),
                             stale_only=self.stale.isChecked())

    def run_search(self) -> None:
        self.timer.stop()
        filters = self.filters()
        self.clear_button.setEnabled(bool(self.search.text()) or not filters.is_empty())
        self.model.set_query(self.search.text(), filters, typed=True)

    def clear_filters(self) -> None:
        """Back to the whole library: empty search, every filter on All; one search, not one per filter."""
        self.tabs.setCurrentIndex(0)
        widgets = (self.search, self.kind, self.framework, self.tag, self.country, self.language, self.stale)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.kind, self.framework, self.tag, self.country, self.language):
            combo.setCurrentIndex(0)
            combo.setToolTip(self.tr("{filter}: {value}").format(filter=combo.accessibleName(),
                                                                 value=combo.itemText(0)))
        self.stale.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.run_search()
        self.status.emit(self.tr("Showing the whole library: search and filters cleared."))

    def _counts(self, rows: int, more: bool) -> None:
        if more:
            text = self.tr("The %Ln best matches (there are more: add words or filters to narrow the search)", "",
                           rows)
        else:
            text = self.tr("%Ln item(s)", "", rows)
        self.count.setText(text)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- selection and editing
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is not None and (self.editor.item is None or self.editor.item.id != item.id):
            if self.editor.is_dirty() and not self._confirm_discard():
                return
            self._selected_uid = item.uid
            self.editor.setEnabled(not self.read_only)
            self.editor.load(item)

    def _reselect(self) -> None:
        """After a refresh, keep the edited item selected if it is still listed (or select the first one)."""
        if not self.model.rowCount() and not self.editor.is_dirty():
            # nothing found: the editor must not go on showing an item that is no longer in the list
            self.editor.show_none(self.tr("No item selected: nothing matches the search and filters."))
            return
        if self.editor.item is None:
            if not self.editor.is_dirty() and self.model.rowCount() and not self.table.currentIndex().isValid():
                # not selectRow: right to left, Qt looks for its column past the viewport's edge and selects nothing
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            return
        row = self.model.row_of(self.editor.item.id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                      self.tr("This item has changes that are not saved. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def new_item(self) -> None:
        if self.read_only:
            return
        if self.editor.is_dirty() and not self._confirm_discard():
            return
        self.tabs.setCurrentIndex(0)
        self.table.clearSelection()
        self.editor.setEnabled(True)
        self.editor.load(None)
        self.editor.title.setFocus()

    def save_current(self) -> None:
        self.editor.save()

    def _save(self, item: Item | None, draft: ItemDraft) -> None:
        if item is None:
            def add(library: Library):
                return library.add_item(draft)

            self.tasks.library(add, self._added, self._save_failed, initiator=self)
        else:
            before, revision, uid = item.draft(), item.revision, item.uid

            def update(library: Library):
                return library.update_item(uid, draft, expected_revision=revision)

            def done(result) -> None:
                stored, changes = result
                self._saved(stored, changes)
                self.undo_stack.push(LibraryCommand(
                    self.tr("Edit “{title}”").format(title=short_label(stored.title)), self.replay,
                    lambda library: library.update_item(uid, draft)[1],
                    lambda library: library.update_item(uid, before)[1]))

            self.tasks.library(update, done, self._save_failed, initiator=self)

    def _added(self, result) -> None:
        item, changes = result
        self._saved(item, changes)
        self.undo_stack.push(LibraryCommand(
            self.tr("Add “{title}”").format(title=short_label(item.title)), self.replay,
            lambda library: library.restore_item(item)[1],
            lambda library: library.delete_item(item.uid)))

    def _saved(self, item: Item, _changes: Changes) -> None:
        self.editor.saved(item)
        self.status.emit(self.tr("Saved “{title}” (revision {revision}).").format(
            title=item.title[:60], revision=QLocale().toString(item.revision)))

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for problem in error.problems:
                self.editor.show_error(problem.field, text(problem.message))
        present_error(self, error, self.tr("Saving the item"))

    def _delete(self, item: Item) -> None:
        answer = QMessageBox.question(self, self.tr("Delete item"), self.tr("Delete “{title}”?\n\nYou can undo this "
                                      "with Edit ▸ Undo.").format(title=item.title[:80]),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(changes: Changes) -> None:
            self.editor.load(None)
            self.status.emit(self.tr("Deleted “{title}”.").format(title=item.title[:60]))
            self.undo_stack.push(LibraryCommand(
                self.tr("Delete “{title}”").format(title=short_label(item.title)), self.replay,
                lambda library: library.delete_item(item.uid),
                lambda library: library.restore_item(item)[1]))

        self.tasks.library(lambda library: library.delete_item(item.uid), done,
                           self._error_for(self.tr("Deleting the item")), initiator=self)

    def translate(self, item: Item) -> None:
        """The side-by-side translation editor on `item` (and its source); saves are undoable here."""
        from .translation_editor import TranslationEditor

        others = [code for code in ("fr", "pt", "ar", "en") if code != item.language]
        language = self.settings.language if self.settings.language in others else others[0]
        editor = TranslationEditor(
            self.tasks, language, scope={"item": [item.uid], "source": [item.source_uid] if item.source_uid else []},
            always=[("item", item.uid, item.title)], focus=("item", item.uid), undo_stack=self.undo_stack,
            replay=self.replay, read_only=self.read_only, parent=self)
        editor.status.connect(self.status)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: setattr(self, "translation_editor", None))
        self.translation_editor = editor
        editor.open()

    def replay(self, write: Callable[[Library], Changes], said: str, what: str) -> None:
        """Run an undo or redo of a library edit; the status bar says it was done (or why not)."""
        def done(_changes: Changes) -> None:
            self.status.emit(said)
            self._reload_editor()

        self.tasks.library(write, done, self._error_for(what), initiator=self)

    def _reload_editor(self) -> None:
        """After an undo or redo, show the edited item as it now is (or nothing, if it is gone)."""
        if self.editor.item is not None and not self.editor.is_dirty():
            uid = self.editor.item.uid
            self.tasks.library(lambda library: library.item(uid), self.editor.load,
                               lambda _error: self.editor.load(None))

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Refresh from a library write made anywhere (connected to `Tasks.changed`)."""
        self.model.apply_changes(changes)
        if changes.sources or changes.deleted_sources:
            self.tasks.library(lambda library: library.sources(), self._sources_loaded,
                               self._error_for(self.tr("Reloading the sources")))
        if changes.items or changes.deleted_items:
            self.tasks.library(lambda library: library.tags(), lambda tags: self._refill(
                self.tag, [(f"{tag} ({count})", tag) for tag, count in tags]), self._error_for(self.tr("Reloading the tags")))
        if changes.countries:
            def countries_loaded(countries: list[tuple[str, str]]) -> None:
                self._refill(self.country, [(f"{name} ({code})", code) for code, name in countries])
                self.editor.known_countries = {code for code, _ in countries}

            self.tasks.library(lambda library: [(c.code, c.name("en")) for c in library.countries()],
                               countries_loaded, self._error_for(self.tr("Reloading the countries")))

    def _sources_loaded(self, sources: list[Source]) -> None:
        self.editor.set_sources(sources)
        self.sources_tab.show_sources(sources)

    def _error_for(self, what: str) -> Callable[[BaseException], None]:
        """An on_error callback that reports through the one error presenter."""
        return lambda error: present_error(self, error, what)


class SourcesTab(QWidget):
    """Sources have their own list and editor; a source cited by items cannot be deleted. Its writes reach
    every view through `Tasks.changed`; each one is offered to the Library page's undo stack (`undoable`)."""

    undoable = Signal(object)  # a LibraryCommand for the page's undo stack
    status = Signal(str)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.sources: list[Source] = []
        self.current: Source | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter sources…"))
        self.filter.setAccessibleName(self.tr("Filter sources"))
        self.list = QListWidget()
        follow_content(self.list)
        self.list.setAccessibleName(self.tr("Sources"))
        # A long title ends in "…" within the list's width (the editor beside it shows it whole), rather than
        # scrolling sideways: right to left, that showed the titles' ends and cut their beginnings.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields = {name: QLineEdit() for name in ("title", "publisher", "date", "url", "reference", "language")}
        self.fields["date"].setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.fields["url"].setPlaceholderText(self.tr("The original publisher's own address"))
        # Provenance (never printed): where the editors read it, and how far it can be trusted.
        self.read_at = QLineEdit()
        self.read_at.setPlaceholderText(self.tr("Mirror, transcription or news page read, and when (never printed)"))
        self.read_at.setAccessibleName(self.tr("Source read at"))
        self.confidence = QLineEdit()
        self.confidence.setPlaceholderText(self.tr("H, M or L"))
        self.confidence.setAccessibleName(self.tr("Source confidence"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab moves on (a note needs no tab characters)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        field_names = {"title": (self.tr("Source title"), self.tr("Title:")),
                       "publisher": (self.tr("Source publisher"), self.tr("Publisher:")),
                       "date": (self.tr("Source date"), self.tr("Date:")),
                       "url": (self.tr("Source URL"), self.tr("URL:")),
                       "reference": (self.tr("Source reference"), self.tr("Reference:")),
                       "language": (self.tr("Source language"), self.tr("Language:"))}
        for name, widget in self.fields.items():
            widget.setAccessibleName(field_names[name][0])
            form.addRow(field_names[name][1], widget)
        form.addRow(self.tr("Read at:"), self.read_at)
        form.addRow(self.tr("Confidence:"), self.confidence)
        form.addRow(self.tr("Notes:"), self.notes)
        self.new_button = QPushButton(self.tr("New source"))
        self.save_button = QPushButton(self.tr("Save source"))
        self.delete_button = QPushButton(self.tr("Delete source…"))
        read_only = settings.read_only
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setEnabled(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addStretch(1)
        left_widget, right_widget = QWidget(), QWidget()
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        right_widget.setLayout(right)
        form_scroll = QScrollArea()  # on a small screen the form scrolls; its buttons stay reachable
        form_scroll.setWidget(right_widget)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter()
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(form_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)
        self.filter.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._selected)
        self.new_button.clicked.connect(lambda: self._show(None))
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)

    def show_sources(self, sources: list[Source]) -> None:
        self.sources = sources
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        current = self.current.uid if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for source in self.sources:
            if needle in f"{source.title} {source.publisher} {source.uid}".casefold():
                entry = QListWidgetItem(source.title)
                entry.setToolTip(source.citation())
                entry.setData(Qt.ItemDataRole.UserRole, source.uid)
                self.list.addItem(entry)
                if source.uid == current:
                    self.list.setCurrentItem(entry)
        self.list.blockSignals(False)

    def _selected(self, entry: QListWidgetItem | None, _previous) -> None:
        if entry is not None:
            uid = entry.data(Qt.ItemDataRole.UserRole)
            self._show(next((s for s in self.sources if s.uid == uid), None))

    def _show(self, source: Source | None) -> None:
        self.current = source
        draft = source.draft() if source else SourceDraft(title="")
        for name, widget in self.fields.items():
            widget.setText(getattr(draft, name) or "")
        self.read_at.setText(draft.read_at)
        self.confidence.setText(draft.confidence)
        self.notes.setPlainText(draft.notes)
        self.error.setText("")

    def _draft(self) -> SourceDraft:
        values = {name: widget.text().strip() for name, widget in self.fields.items()}
        return SourceDraft(title=values["title"], publisher=values["publisher"], date=values["date"] or None,
                           url=values["url"], reference=values["reference"], language=values["language"] or "en",
                           notes=self.notes.toPlainText(), read_at=self.read_at.text().strip(),
                           confidence=self.confidence.text().strip().upper())

    def _save(self) -> None:
        draft, current = self._draft(), self.current
        if current is None:
            job = lambda library: library.add_source(draft)  # noqa: E731
        else:
            job = lambda library: library.update_source(current.uid, draft)  # noqa: E731

        def done(result) -> None:
            stored = result[0]
            self.current = stored
            self.error.setText(self.tr("Saved."))
            if current is None:
                self.undoable.emit(LibraryCommand(
                    self.tr("Add source “{title}”").format(title=short_label(stored.title)), self.replay,
                    lambda library: library.add_source(draft, uid=stored.uid)[1],
                    lambda library: library.delete_source(stored.uid)))
            else:
                before = current.draft()
                self.undoable.emit(LibraryCommand(
                    self.tr("Edit source “{title}”").format(title=short_label(stored.title)), self.replay,
                    lambda library: library.update_source(stored.uid, draft)[1],
                    lambda library: library.update_source(stored.uid, before)[1]))

        self.tasks.library(job, done, self._failed, initiator=self)

    def _delete(self) -> None:
        if self.current is None:
            return
        uid = self.current.uid
        answer = QMessageBox.question(self, self.tr("Delete source"), self.tr("Delete the source “{title}”?").format(
            title=self.current.title[:80]))
        if answer == QMessageBox.StandardButton.Yes:
            self.tasks.library(lambda library: library.delete_source(uid),
                               lambda _changes: self._show(None), self._failed, initiator=self)

    def replay(self, write, said: str, what: str) -> None:
        """Undo or redo a source edit; the form shows the source as it now is."""
        def done(_changes) -> None:
            self.status.emit(said)
            if self.current is not None:
                uid = self.current.uid
                self.tasks.library(lambda library: library.source(uid), self._show, lambda _e: self._show(None))

        self.tasks.library(write, done, lambda error: present_error(self, error, what), initiator=self)

    def _failed(self, error: BaseException) -> None:
        """A refused source is explained beside the form; anything else through the error presenter."""
        if isinstance(error, BriefingBuilderError):
            self.error.setText(error_text(error))
        else:
            present_error(self, error, self.tr("Saving the source"))
