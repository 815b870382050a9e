"""Countries: a searchable list in four languages, and a profile with AU membership and dated, sourced
statuses; users add their own statuses and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .collation import sorted_for_locale
from ..errors import BriefingBuilderError
from .core_text import error_text
from ..library import Changes, Country, Library, Source, StatusDraft
from ..library.vocabulary import AU_REGIONS, STATUS_TOPICS, STATUS_VALUES
from ..settings import Settings
from .bidi import follow_content, isolate
from .errors import present_error
from .tasks import Tasks
from .i18n import current_language, format_date
from .undo import LibraryCommand, short_label
from .vocabulary import label as vocabulary_label

NOTE_CHARS = 100  # of a status's note shown in the table
NAME_LANGUAGES = (("English", "en"), ("Français", "fr"), ("Português", "pt"), ("العربية", "ar"))


class StatusTable(QTableWidget):
    """The dated statuses. On a narrow table the Source column goes (each status names its source in its
    tooltip), so the note keeps room to be read instead of wrapping one word per line."""

    SOURCE_COLUMN = 3
    NARROW = 640  # pixels of viewport below which the Source column is hidden

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.setColumnHidden(self.SOURCE_COLUMN, self.viewport().width() < self.NARROW)


class CountriesPage(QWidget):
    """Writes go through `Tasks`; the page refreshes itself from `Tasks.changed`, whoever made the change."""

    status = Signal(str)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.undo_stack = QUndoStack(self)  # notes and statuses; the main window's undo group activates it
        self.countries: list[Country] = []
        self.sources: list[Source] = []
        self.current: Country | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a country by name or code…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a country"))
        self.language = QComboBox()
        for label, code in NAME_LANGUAGES:
            self.language.addItem(label, code)
        # Names start in the interface's language (a French interface lists "Éthiopie").
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.setAccessibleName(self.tr("Language of country names"))
        self.au_only = QComboBox()
        self.au_only.addItem(self.tr("All countries"), "")
        self.au_only.addItem(self.tr("African Union members"), "au")
        for key, label in AU_REGIONS.items():
            self.au_only.addItem(self.tr("AU: {region}").format(region=vocabulary_label(label)), key)
        self.au_only.setAccessibleName(self.tr("Country group"))
        self.list = QListWidget()
        follow_content(self.list)
        self.list.setAccessibleName(self.tr("Countries"))
        self.list.setUniformItemSizes(True)

        left = QVBoxLayout()
        left.addWidget(self.filter)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(self.au_only)
        left.addLayout(row)
        left.addWidget(self.list, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.title = QLabel(self.tr("Choose a country"))
        self.title.setObjectName("pageTitle")
        self.names = QLabel("")
        self.names.setWordWrap(True)
        self.names.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.membership = QLabel("")
        self.membership.setWordWrap(True)
        self.table = StatusTable(0, 5)
        follow_content(self.table)
        self.table.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Status"), self.tr("As of"), self.tr("Source"),
                                              self.tr("Note")])
        self.table.setAccessibleName(self.tr("Dated statuses"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        header = self.table.horizontalHeader()
        # Every column fits the table's width (no column off to the right, wrapping one word per line), and each
        # row is as tall as its cells' text: at 1024×600 the table showed one row as tall as the table.
        for column, mode in ((0, QHeaderView.ResizeMode.Stretch), (1, QHeaderView.ResizeMode.ResizeToContents),
                             (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.Stretch),
                             (4, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Your notes on this country (saved in the library)"))
        self.notes.setAccessibleName(self.tr("Country notes"))
        self.notes.setMaximumHeight(110)
        self.notes.setTabChangesFocus(True)  # Tab moves on (a note needs no tab characters)
        self.save_notes = QPushButton(self.tr("Save &notes"))

        # The form starts empty: no topic, status or source is chosen for the user (it used to offer the first
        # topic, "ratified" and the first source in the list, so one click recorded a status nobody checked).
        self.topic = QComboBox()
        self.topic.setEditable(True)
        for key, label in STATUS_TOPICS.items():
            # the topic in words (in the interface language); its key is what the library stores
            self.topic.addItem(vocabulary_label(label), key)
            self.topic.setItemData(self.topic.count() - 1, f"{vocabulary_label(label)} ({key})",
                                   Qt.ItemDataRole.ToolTipRole)
        self.topic.lineEdit().setPlaceholderText(self.tr("Choose or type a topic"))
        self.status_value = QComboBox()
        self.status_value.setEditable(True)
        for value in STATUS_VALUES:  # shown in the interface language, stored as the vocabulary has it
            self.status_value.addItem(vocabulary_label(value), value)
        self.status_value.lineEdit().setPlaceholderText(self.tr("e.g. ratified, signed"))
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.source = QComboBox()
        for combo in (self.topic, self.status_value, self.source):
            # Long source titles must not widen the form past a small screen: the list shows them whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.note = QLineEdit()
        self.add_button = QPushButton(self.tr("&Add status"))
        self.add_error = QLabel("")
        self.add_error.setStyleSheet("color: #c62828;")
        self.add_error.setWordWrap(True)
        add_form = QFormLayout()
        note_row = QHBoxLayout()  # the button beside the last field: the form is one row shorter on a small screen
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_button)
        for label, name, widget in ((self.tr("Topic:"), self.tr("New status topic"), self.topic),
                                    (self.tr("Status:"), self.tr("New status status"), self.status_value),
                                    (self.tr("As of:"), self.tr("New status as of"), self.as_of),
                                    (self.tr("Source:"), self.tr("New status source"), self.source),
                                    (self.tr("Note:"), self.tr("New status note"), self.note)):
            widget.setAccessibleName(name)
            add_form.addRow(label, note_row if widget is self.note else widget)
        add_box = QGroupBox(self.tr("Record a dated, sourced status"))
        box_layout = QVBoxLayout(add_box)
        box_layout.addLayout(add_form)
        box_layout.addWidget(self.add_error)
        notes_box = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.save_notes, 0, Qt.AlignmentFlag.AlignRight)
        editable = not settings.read_only
        for widget in (self.save_notes, self.add_button, self.notes):
            widget.setEnabled(editable)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.names)
        right.addWidget(self.membership)
        # The forms sit in a scroll area under a splitter handle: on a 1024×600 screen "Add status" stays
        # reachable by scrolling, and the table can give the forms room (or take it back).
        lower_widget = QWidget()
        lower = QHBoxLayout(lower_widget)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(notes_box, 2)
        lower.addWidget(add_box, 3)
        self.forms = QScrollArea()
        self.forms.setWidget(lower_widget)
        self.forms.setWidgetResizable(True)
        self.forms.setFrameShape(QFrame.Shape.NoFrame)
        self.forms.setMinimumHeight(120)
        self.details_split = QSplitter(Qt.Orientation.Vertical)
        self.details_split.addWidget(self.table)
        self.details_split.addWidget(self.forms)
        self.details_split.setStretchFactor(0, 1)
        self.details_split.setSizes([300, 200])  # the table gets more of a short screen; the forms scroll
        right.addWidget(self.details_split, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        right_widget.setMinimumWidth(360)

        split = QSplitter()
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setCollapsible(1, False)
        split.setSizes([260, 900])  # the list needs little width; the profile and its forms need the rest
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        self.filter.textChanged.connect(self._fill)
        self.language.currentIndexChanged.connect(self._fill)
        self.au_only.currentIndexChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._selected)
        self.save_notes.clicked.connect(self._save_notes)
        self.add_button.clicked.connect(self._add_status)
        tasks.changed.connect(self.apply_changes)
        self._clear_status_form()

    # --- data
    def load(self) -> None:
        def read(library: Library):
            return library.countries(), library.sources()

        self.tasks.library(read, self._loaded,
                           lambda error: present_error(self, error, self.tr("Loading the countries")))

    def _loaded(self, result) -> None:
        self.countries, self.sources = result
        chosen = self.source.currentData()
        self.source.clear()
        self.source.addItem(self.tr("— choose the source —"), "")
        for source in self.sources:
            self.source.addItem(source.title[:80], source.uid)
            self.source.setItemData(self.source.count() - 1, source.citation(), Qt.ItemDataRole.ToolTipRole)
        self.source.setCurrentIndex(max(0, self.source.findData(chosen)))
        self._fill()
        if self.current is not None:
            self._show(next((c for c in self.countries if c.code == self.current.code), None))

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Reload when countries or sources changed (connected to `Tasks.changed`)."""
        if changes.countries or changes.sources or changes.deleted_sources:
            self.load()

    def replay(self, write, said: str, what: str) -> None:
        """Undo or redo a notes or status edit (the page reloads itself from `Tasks.changed`)."""
        self.tasks.library(write, lambda _changes: self.status.emit(said),
                           lambda error: present_error(self, error, what), initiator=self)

    def _fill(self, *_args) -> None:
        language = self.language.currentData()
        group = self.au_only.currentData()
        needle = self.filter.text().casefold().strip()
        rows = []
        for country in self.countries:
            if group == "au" and not country.au_member:
                continue
            if group not in ("", "au") and country.au_region != group:
                continue
            haystack = " ".join(list(country.names.values()) + [country.code, country.alpha2]).casefold()
            if needle and needle not in haystack:
                continue
            rows.append(country)
        rows = sorted_for_locale(rows, lambda c: c.name(language))  # as the language sorts, not by code point
        current = self.current.code if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for country in rows:
            entry = QListWidgetItem(f"{country.name(language)}  ·  {country.code}")
            entry.setData(Qt.ItemDataRole.UserRole, country.code)
            if language == "ar":
                # right, whatever the layout's direction
                entry.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                       | Qt.AlignmentFlag.AlignVCenter)
            self.list.addItem(entry)
            if country.code == current:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)

    def select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)
                return

    def _selected(self, entry: QListWidgetItem | None, _previous) -> None:
        if entry is not None:
            code = entry.data(Qt.ItemDataRole.UserRole)
            self._show(next((c for c in self.countries if c.code == code), None))

    def _show(self, country: Country | None) -> None:
        self.current = country
        if country is None:
            return
        language = self.language.currentData()
        self.title.setText(f"{country.name(language)} ({country.code} / {country.alpha2})")
        self.names.setText("  ·  ".join(self.tr("{language}: {name}").format(language=label,
                                                                             name=country.names.get(code, ''))
                                        for label, code in NAME_LANGUAGES))
        if country.au_member:
            region = AU_REGIONS.get(country.au_region or '', '?')
            text = self.tr("African Union member state, {region} region").format(region=vocabulary_label(region))
            if country.au_name:
                text += self.tr(" (as the {au_name})").format(au_name=country.au_name)
        else:
            text = self.tr("Not an African Union member state")
        self.membership.setText(text)
        statuses = sorted(country.statuses, key=lambda s: (s.topic, s.as_of or ""), reverse=False)
        sources = {s.uid: s for s in self.sources}
        self.table.setRowCount(max(len(statuses), 1))
        if not statuses:
            for column, text in enumerate([self.tr("No statuses recorded"), vocabulary_label("unknown"), "", "", ""]):
                self.table.setItem(0, column, QTableWidgetItem(text))
        for row, status in enumerate(statuses):
            source = sources.get(status.source_uid)
            # a topic's short name ("Malabo Convention"); its full name is in the tooltip
            cells = [vocabulary_label(STATUS_TOPICS.get(status.topic, status.topic)).split(" (")[0],
                     vocabulary_label(status.status), format_date(status.as_of) or self.tr("date unknown"),
                     source.title if source else status.source_uid,
                     status.note + (isolate(self.tr(" [confidence {mark}]").format(mark=status.confidence))
                                    if status.confidence else "")]
            for column, text in enumerate(cells):
                # a long note is cut (whole in its tooltip), so one status never takes the whole table
                cell = QTableWidgetItem(short_label(text, NOTE_CHARS) if column == 4 else text)
                if column in (1, 3) and source:
                    cell.setToolTip(self.tr("Source: {citation}").format(citation=source.citation()))
                if column == 4:
                    cell.setToolTip(text)
                if column == 0:
                    cell.setToolTip(vocabulary_label(STATUS_TOPICS.get(status.topic, status.topic)))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.notes.setPlainText(country.notes)

    def _save_notes(self) -> None:
        if self.current is None:
            return
        code, text, before = self.current.code, self.notes.toPlainText(), self.current.notes

        def done(result) -> None:
            self.status.emit(self.tr("Saved the notes on {country}.").format(country=result[0].name(current_language())))
            self.undo_stack.push(LibraryCommand(
                self.tr("Edit the notes on {country}").format(country=result[0].name(current_language())), self.replay,
                lambda library: library.set_country_notes(code, text)[1],
                lambda library: library.set_country_notes(code, before)[1]))

        self.tasks.library(lambda library: library.set_country_notes(code, text), done,
                           lambda error: present_error(self, error, self.tr("Saving the notes")), initiator=self)

    def _status_value(self) -> str:
        """The status as stored: a listed value's vocabulary key (its label may be translated), else as typed."""
        text = self.status_value.currentText().strip()
        index = self.status_value.findText(text)
        return self.status_value.itemData(index) if index >= 0 and self.status_value.itemData(index) else text

    def _topic_key(self) -> str:
        """The topic's key: a listed topic shown in words gives its key; anything typed is taken as it is."""
        text = self.topic.currentText().strip()
        index = self.topic.findText(text)
        return self.topic.itemData(index) if index >= 0 else text

    def _clear_status_form(self) -> None:
        for combo in (self.topic, self.status_value):
            combo.setCurrentIndex(-1)
            combo.clearEditText()
        self.source.setCurrentIndex(0)
        self.as_of.clear()
        self.note.clear()

    def _add_status(self) -> None:
        if self.current is None:
            return
        code = self.current.code
        draft = StatusDraft(topic=self._topic_key(), status=self._status_value(),
                            source_uid=self.source.currentData() or "", as_of=self.as_of.text().strip() or None,
                            note=self.note.text())

        def done(result) -> None:
            self.add_error.setText("")
            self._clear_status_form()
            added = result[0]
            self.status.emit(self.tr("Recorded {topic}: {status}.").format(topic=added.topic,
                                                                           status=vocabulary_label(added.status)))

            def remove(library: Library):
                status_id = next(s.id for s in library.country(code).statuses if s.uid == added.uid)
                return library.delete_status(status_id)

            self.undo_stack.push(LibraryCommand(
                self.tr("Add status {topic}: {status} ({code})").format(
                    topic=added.topic, status=vocabulary_label(added.status), code=code), self.replay,
                lambda library: library.add_status(code, draft, uid=added.uid)[1], remove))

        def failed(error: BaseException) -> None:
            if isinstance(error, BriefingBuilderError):  # a refused status is explained beside the form
                self.add_error.setText(error_text(error))
            else:
                present_error(self, error, self.tr("Recording the status"))

        self.tasks.library(lambda library: library.add_status(code, draft), done, failed, initiator=self)
