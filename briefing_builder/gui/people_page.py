"""People: a searchable list of interlocutors and officials, and an editor with every field, sourced biography
lines and a photo that can be dropped on it (issue 12).

Every read and write goes to the library worker through `Tasks`; the page refreshes itself from
`Tasks.changed`, whoever made the change. Adding, editing, deleting and changing a photo are undoable on the
page's own `undo_stack`, which the main window's undo group activates while the page is shown. Photos are only
read here: the library checks, rotates, strips and downscales them (library/photos.py); Qt only shows them.
User-visible strings go through `self.tr()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
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
    QVBoxLayout,
    QWidget,
)

from ..errors import BriefingBuilderError, Problem, ValidationError, os_reason
from .core_text import error_text, text
from ..library import BioLine, Changes, Library, Person, PersonDraft, Source
from ..settings import Settings
from .errors import present_error
from .tasks import Tasks
from .undo import LibraryCommand, short_label

SEARCH_DELAY_MS = 150
PHOTO_BOX = QSize(150, 190)
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")  # what the file dialog offers; the library checks the content itself


class PhotoArea(QLabel):
    """Shows a person's photo; a PNG or JPEG file dropped on it is handed on through `dropped` (a path)."""

    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFixedSize(PHOTO_BOX)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("photoArea")
        self.show_photo(None)

    def show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.setPixmap(pixmap.scaled(PHOTO_BOX - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        else:
            self.setPixmap(QPixmap())
            self.setText(self.tr("No photo.\nDrop a PNG or JPEG here."))

    @staticmethod
    def _path_of(event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.isEnabled() and self._path_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._path_of(event)
        if path:
            event.acceptProposedAction()
            self.dropped.emit(path)


class PeoplePage(QWidget):
    """The list on the left, the editor on the right."""

    status = Signal(str)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.read_only = settings.read_only
        self.undo_stack = QUndoStack(self)
        self.people: list[Person] = []
        self.sources: list[Source] = []
        self.current: Person | None = None
        self.bio: list[BioLine] = []
        self.pending_photo: bytes | None = None  # chosen for a person not saved yet
        self._generation = 0  # drops a search result that a newer search has overtaken
        self._loaded = PersonDraft(name="")  # the record as the form showed it when loaded

        # --- the list
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a person by name (any script), role or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a person"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.count = QLabel("")
        self.count.setObjectName("muted")
        self.new_button = QPushButton(self.tr("Ne&w person"))
        self.new_button.setEnabled(not self.read_only)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        left.addLayout(bottom)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMinimumWidth(190)

        # --- the editor
        self.title = QLabel(self.tr("New person"))
        self.title.setObjectName("pageTitle")
        self.photo = PhotoArea()
        self.photo.setAccessibleName(self.tr("Photo: drop a PNG or JPEG file here"))
        self.choose_photo = QPushButton(self.tr("Choose ph&oto…"))
        self.remove_photo = QPushButton(self.tr("Re&move photo"))
        self.photo_alt = QLineEdit()
        self.photo_alt.setPlaceholderText(self.tr("Alternative text (default: name, role)"))
        self.photo_alt.setAccessibleName(self.tr("Photo alternative text"))
        # The photo sits above the form, its buttons beside it: Tab then runs in reading order (buttons, then
        # the fields), which a photo column left of the form would break.
        photo_hint = QLabel(self.tr("Drop a PNG or JPEG on the photo, or choose a file."))
        photo_hint.setToolTip(self.tr("The library checks it, turns it upright, removes its metadata (camera, "
                                      "place) and scales it to print size."))
        photo_hint.setWordWrap(True)
        photo_hint.setObjectName("muted")
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(photo_hint)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.choose_photo)
        buttons_row.addWidget(self.remove_photo)
        buttons_row.addStretch(1)
        photo_buttons.addLayout(buttons_row)
        photo_buttons.addWidget(QLabel(self.tr("Photo text (for screen readers):")))
        photo_buttons.addWidget(self.photo_alt)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons, 1)

        self.name = QLineEdit()
        self.honorific = QLineEdit()
        self.honorific.setPlaceholderText(self.tr("H.E., Dr, Hon. …"))
        self.role = QLineEdit()
        self.organisation = QLineEdit()
        self.country = QComboBox()
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setMinimumContentsLength(14)
        self.country.addItem(self.tr("(none: an international body)"), "")
        self.pronunciation = QLineEdit()
        self.pronunciation.setPlaceholderText(self.tr("e.g. ah-BEH-beh"))
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(self.tr("One a line, language code then the name:\nar: …\nam: …"))
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(52)
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Languages spoken, e.g. am, en, fr"))
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.review_by = QLineEdit()
        self.review_by.setPlaceholderText(self.tr("YYYY-MM-DD: packs warn after it"))
        self.confidence = QComboBox()
        for label, code in ((self.tr("not stated"), ""), (self.tr("H: primary or official"), "H"),
                            (self.tr("M: reputable secondary"), "M"), (self.tr("L: partial or indirect"), "L")):
            self.confidence.addItem(label, code)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Editorial notes (never printed)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(52)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        for key, label, widget in (
                ("name", self.tr("&Name:"), self.name), ("honorific", self.tr("Honorific:"), self.honorific),
                ("role", self.tr("&Role:"), self.role), ("organisation", self.tr("Or&ganisation:"), self.organisation),
                ("country", self.tr("Co&untry:"), self.country), ("names", self.tr("Other scripts:"), self.names),
                ("pronunciation", self.tr("Pronunciation:"), self.pronunciation),
                ("languages", self.tr("Languages:"), self.languages)):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            self.fields[key] = widget
        review_form = QFormLayout()
        review_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label, widget in (
                ("as_of", self.tr("Role as of:"), self.as_of), ("review_by", self.tr("Review by:"), self.review_by),
                ("confidence", self.tr("Confidence:"), self.confidence), ("notes", self.tr("Notes:"), self.notes)):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            review_form.addRow(label, widget)
            self.fields[key] = widget
        self.fields["photo_alt"] = self.photo_alt
        # Two columns, each a group box read top to bottom: who the person is (photo, names, role) on the left;
        # the biography and the review dates on the right, so all of it fits a 1366×768 screen without scrolling.
        person_box = QGroupBox(self.tr("Person"))
        person_layout = QVBoxLayout(person_box)
        person_layout.addLayout(photo_row)
        person_layout.addLayout(form)
        person_layout.addStretch(1)
        review_box = QGroupBox(self.tr("Review and notes (notes are never printed)"))
        review_box.setLayout(review_form)

        # Biography lines: each needs a source and an as-of date (the library refuses a line without them).
        self.bio_list = QListWidget()
        self.bio_list.setAccessibleName(self.tr("Biography lines"))
        self.bio_list.setWordWrap(True)
        self.bio_list.setMinimumHeight(70)
        self.bio_text = QLineEdit()
        self.bio_text.setPlaceholderText(self.tr("A line of the biography"))
        self.bio_source = QComboBox()
        self.bio_source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bio_source.setMinimumContentsLength(16)
        self.bio_as_of = QLineEdit()
        self.bio_as_of.setPlaceholderText(self.tr("As of: YYYY[-MM[-DD]]"))
        self.bio_locator = QLineEdit()
        self.bio_locator.setPlaceholderText(self.tr("Page or paragraph"))
        for widget, name in ((self.bio_text, self.tr("Biography line text")),
                             (self.bio_source, self.tr("Biography line source")),
                             (self.bio_as_of, self.tr("Biography line as of")),
                             (self.bio_locator, self.tr("Biography line locator"))):
            widget.setAccessibleName(name)
        self.add_line = QPushButton(self.tr("&Add line"))
        self.remove_line = QPushButton(self.tr("Remove l&ine"))
        bio_form = QFormLayout()
        bio_form.addRow(self.tr("Line:"), self.bio_text)
        bio_form.addRow(self.tr("Source:"), self.bio_source)
        details = QHBoxLayout()
        details.addWidget(self.bio_as_of, 1)
        details.addWidget(self.bio_locator, 1)
        bio_form.addRow(self.tr("As of, where:"), details)
        bio_buttons = QHBoxLayout()
        bio_buttons.addStretch(1)
        bio_buttons.addWidget(self.remove_line)
        bio_buttons.addWidget(self.add_line)
        bio_box = QGroupBox(self.tr("Biography (every line sourced and dated)"))
        bio_layout = QVBoxLayout(bio_box)
        bio_layout.addWidget(self.bio_list, 1)
        bio_layout.addLayout(bio_form)
        bio_layout.addLayout(bio_buttons)

        self.error = QLabel("")
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save person"))
        self.save_button.setDefault(False)
        self.delete_button = QPushButton(self.tr("&Delete"))
        actions = QHBoxLayout()
        actions.addWidget(self.error, 1)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.save_button)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.title)
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns = columns  # side by side on a wide window, one above the other on a narrow one (resizeEvent)
        columns.addWidget(person_box, 1)
        right_column = QVBoxLayout()
        right_column.addWidget(bio_box, 1)
        right_column.addWidget(review_box)
        columns.addLayout(right_column, 1)
        editor_layout.addLayout(columns, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(editor)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.installEventFilter(self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.scroll, 1)
        right.addLayout(actions)
        right_widget = QWidget()
        right_widget.setLayout(right)
        right_widget.setMinimumWidth(440)
        right_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        split = QSplitter()
        split.addWidget(left_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setCollapsible(1, False)
        split.setSizes([230, 900])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        for widget in (self.save_button, self.delete_button, self.choose_photo, self.remove_photo, self.add_line,
                       self.remove_line, self.photo):
            widget.setEnabled(not self.read_only)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.list.currentItemChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo.clicked.connect(lambda: self.set_photo(None))
        self.photo.dropped.connect(self.photo_file)
        self.add_line.clicked.connect(self._add_line)
        self.bio_text.returnPressed.connect(self._add_line)
        self.remove_line.clicked.connect(self._remove_line)
        tasks.changed.connect(self.apply_changes)
        self._show(None)

    TWO_COLUMNS_FROM = 860  # editor width (px) from which the person and the biography stand side by side

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The scroll area was resized (window or splitter): lay the editor out in one or two columns."""
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            wide = self.scroll.width() >= self.TWO_COLUMNS_FROM
            direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
            if self.columns.direction() != direction:
                self.columns.setDirection(direction)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------------------ data
    def load(self) -> None:
        """Read the sources and countries for the pickers, then the list."""
        def read(library: Library):
            return library.sources(), [(c.code, c.name("en")) for c in library.countries()]

        self.tasks.library(read, self._reference_loaded, self._error_for(self.tr("Loading people")))
        self.run_search()

    def _reference_loaded(self, result) -> None:
        self.sources, countries = result
        chosen = self.bio_source.currentData()
        self.bio_source.clear()
        for source in self.sources:
            self.bio_source.addItem(source.title[:90], source.uid)
            self.bio_source.setItemData(self.bio_source.count() - 1, source.citation(), Qt.ItemDataRole.ToolTipRole)
        if chosen:
            self.bio_source.setCurrentIndex(max(self.bio_source.findData(chosen), 0))
        country = self.country.currentData()
        while self.country.count() > 1:
            self.country.removeItem(1)
        for code, name in countries:
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(self.country.findData(country or ""), 0))
        self._fill_bio()

    def run_search(self) -> None:
        self.search_timer.stop()
        query = self.search.text()
        self._generation += 1
        generation = self._generation

        def shown(people: list[Person]) -> None:
            if generation == self._generation:
                self._list_people(people)

        self.tasks.library(lambda library: library.search_people(query, 500) if query.strip()
                           else library.people(), shown, self._error_for(self.tr("Searching people")))

    def _list_people(self, people: list[Person]) -> None:
        self.people = people
        current = self.current.uid if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for person in people:
            label = person.display_name()
            if person.role or person.organisation:
                label += "\n" + ", ".join(p for p in (person.role, person.organisation) if p)
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, person.uid)
            if person.is_stale():
                entry.setToolTip(self.tr("Due for review since {0}").format(person.review_by))
            self.list.addItem(entry)
            if person.uid == current:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self.count.setText(self.tr("%Ln person(s)", "", len(people)))

    def apply_changes(self, changes: Changes, _initiator: object = None) -> None:
        """Refresh from a write made anywhere (connected to `Tasks.changed`)."""
        if changes.sources or changes.deleted_sources or changes.countries:
            self.load()
            return
        if changes.people or changes.deleted_people:
            self.run_search()
            if self.current is not None and self.current.id in changes.deleted_people:
                self._show(None)
            elif self.current is not None and self.current.id in changes.people and not self.is_dirty():
                self.open_person(self.current.uid)  # unsaved edits are never overwritten: saving them then
                # meets the revision check, which says the person was changed elsewhere

    # ---------------------------------------------------------------------------------------- editor
    def _selected(self, entry: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if entry is None:
            return
        uid = entry.data(Qt.ItemDataRole.UserRole)
        if self.current is not None and uid == self.current.uid:
            return
        if self.is_dirty() and not self._confirm_discard():
            self.list.blockSignals(True)  # stay on the person being edited
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.open_person(uid)

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet (a photo chosen for a new person counts)."""
        if self.pending_photo is not None:
            return True
        try:
            draft = self.draft()
        except ValidationError:
            return True
        alt = self.current.photo_alt if self.current is not None else ""
        return draft != self._loaded or self.photo_alt.text().strip() != alt.strip()

    def revert(self) -> None:
        """Drop unsaved edits: the form shows the person as stored (or an empty new person)."""
        self.pending_photo = None
        self._show(None) if self.current is None else self.open_person(self.current.uid)
        if self.current is not None:  # until the fresh copy arrives, the form already counts as clean
            self._loaded = self.draft()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Unsaved changes"), self.tr(
            "The person you are editing has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def open_person(self, uid: str) -> None:
        """Show a person (read fresh from the library, with their photo) in the editor."""
        self.tasks.library(lambda library: (library.person(uid), library.person_photo(uid)),
                           lambda result: self._show(*result), lambda _error: self._show(None))

    def select(self, uid: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                self.list.setCurrentRow(row)
                return

    def new_person(self) -> None:
        if self.read_only or (self.is_dirty() and not self._confirm_discard()):
            return
        self.list.clearSelection()
        self._show(None)
        self.name.setFocus()

    def _show(self, person: Person | None, photo: bytes | None = None) -> None:
        self.current = person
        self.pending_photo = None
        self.error.setText("")
        draft = person.draft() if person is not None else PersonDraft(name="")
        self.title.setText(person.display_name() if person is not None else self.tr("New person"))
        for widget, value in ((self.name, draft.name), (self.honorific, draft.honorific), (self.role, draft.role),
                              (self.organisation, draft.organisation), (self.pronunciation, draft.pronunciation),
                              (self.as_of, draft.as_of or ""), (self.review_by, draft.review_by or ""),
                              (self.languages, ", ".join(draft.languages)),
                              (self.photo_alt, person.photo_alt if person is not None else "")):
            widget.setText(value)
        for line_edit in (self.name, self.honorific, self.role, self.organisation, self.photo_alt):
            line_edit.setCursorPosition(0)  # show the start of a long value, not its end
        self.names.setPlainText("\n".join(f"{lang}: {name}" for lang, name in draft.names))
        self.notes.setPlainText(draft.notes)
        self.country.setCurrentIndex(max(self.country.findData(draft.country), 0))
        self.confidence.setCurrentIndex(max(self.confidence.findData(draft.confidence), 0))
        self.bio = list(draft.bio)
        self._fill_bio()
        self._loaded = self.draft()  # what `is_dirty` compares with (the form's own reading of the record)
        self.photo.show_photo(photo)
        self.delete_button.setEnabled(person is not None and not self.read_only)
        self.remove_photo.setEnabled(person is not None and person.has_photo and not self.read_only)

    def _fill_bio(self) -> None:
        titles = {s.uid: s.title for s in self.sources}
        self.bio_list.clear()
        for line in self.bio:
            where = f", {line.locator}" if line.locator else ""
            title = titles.get(line.source_uid, line.source_uid)
            title = title if len(title) <= 60 else title[:59].rstrip() + "…"
            entry = QListWidgetItem(f"{line.text}  [{title}{where}, {self.tr('as of')} {line.as_of}]")
            entry.setToolTip(next((s.citation() for s in self.sources if s.uid == line.source_uid), line.source_uid))
            self.bio_list.addItem(entry)

    def _add_line(self) -> None:
        text = self.bio_text.text().strip()
        if not text:
            self.bio_text.setFocus()
            return
        self.bio.append(BioLine(text, self.bio_source.currentData() or "", self.bio_as_of.text().strip() or None,
                                self.bio_locator.text().strip()))
        self._fill_bio()
        self.bio_text.clear()
        self.bio_locator.clear()
        self.bio_text.setFocus()

    def _remove_line(self) -> None:
        row = self.bio_list.currentRow()
        if 0 <= row < len(self.bio):
            del self.bio[row]
            self._fill_bio()

    def draft(self) -> PersonDraft:
        """The person as the form holds it; a malformed "other scripts" line raises `ValidationError`."""
        names = []
        for number, line in enumerate(self.names.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            language, sep, name = line.partition(":")
            if not sep:
                raise ValidationError(Problem(self.tr("person"), "names", self.tr(
                    "line {0} must be a language code, a colon, then the name (ar: …)").format(number)))
            names.append((language.strip(), name.strip()))
        languages = tuple(part.strip() for part in self.languages.text().replace(";", ",").split(",")
                          if part.strip())
        return PersonDraft(
            name=self.name.text().strip(), honorific=self.honorific.text().strip(), role=self.role.text().strip(),
            organisation=self.organisation.text().strip(), country=self.country.currentData() or "",
            names=tuple(names), bio=tuple(self.bio), pronunciation=self.pronunciation.text().strip(),
            languages=languages, as_of=self.as_of.text().strip() or None,
            review_by=self.review_by.text().strip() or None, confidence=self.confidence.currentData() or "",
            notes=self.notes.toPlainText())

    # ---------------------------------------------------------------------------------------- writes
    def save(self) -> None:
        if self.read_only:
            return
        try:
            draft = self.draft()
        except ValidationError as error:
            self._refused(error)
            return
        alt = self.photo_alt.text().strip()
        if self.current is None:
            photo = self.pending_photo
            self.tasks.library(lambda library: library.add_person(draft, photo=photo, alt=alt), self._added,
                               self._save_failed, initiator=self)
            return
        person, before = self.current, self.current.draft()
        uid, revision, alt_before = person.uid, person.revision, person.photo_alt

        def update(library: Library):
            stored, changes = library.update_person(uid, draft, expected_revision=revision)
            if person.has_photo and alt != alt_before:  # the alternative text lives with the photo
                stored, more = library.set_person_photo(uid, library.person_photo(uid), alt)
                changes = changes | more
            return stored, changes

        def done(result) -> None:
            stored, changes = result
            self._saved(stored)
            if changes:
                self.undo_stack.push(LibraryCommand(
                    self.tr("Edit {0}").format(short_label(stored.display_name())), self.replay,
                    lambda library: library.update_person(uid, draft)[1],
                    lambda library: library.update_person(uid, before)[1]))

        self.tasks.library(update, done, self._save_failed, initiator=self)

    def _added(self, result) -> None:
        person, _changes = result
        self._saved(person)
        photo = self.pending_photo
        self.pending_photo = None
        self.undo_stack.push(LibraryCommand(
            self.tr("Add {0}").format(short_label(person.display_name())), self.replay,
            lambda library: library.restore_person(person, photo)[1],
            lambda library: library.delete_person(person.uid)))

    def _saved(self, person: Person) -> None:
        self.error.setText("")
        self.current = person
        self.title.setText(person.display_name())
        self.delete_button.setEnabled(not self.read_only)
        self.status.emit(self.tr("Saved {0} (revision {1}).").format(person.display_name(), person.revision))
        self.open_person(person.uid)

    def _refused(self, error: BaseException) -> None:
        """A refused person is explained beside the form, and the field at fault gets the focus."""
        self.error.setText(error_text(error))
        problems = getattr(error, "problems", [])
        field = problems[0].field.split(".")[0].split("[")[0] if problems else ""
        target = {"bio": self.bio_text, "photo": self.choose_photo}.get(field) or self.fields.get(field)
        if target is not None:
            target.setFocus()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, BriefingBuilderError):
            self._refused(error)
        present_error(self, error, self.tr("Saving the person"))

    def delete(self) -> None:
        person = self.current
        if person is None or self.read_only:
            return
        answer = QMessageBox.question(self, self.tr("Delete person"), self.tr(
            "Delete {0}?\n\nYou can undo this with Edit ▸ Undo.").format(person.display_name()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_now(person)

    def delete_now(self, person: Person) -> None:
        """Delete without asking (the confirmation is `delete`'s); undo puts the person back with the photo."""
        def remove(library: Library):
            photo = library.person_photo(person.uid)
            return photo, library.delete_person(person.uid)

        def done(result) -> None:
            photo, _changes = result
            self._show(None)
            self.status.emit(self.tr("Deleted {0}.").format(person.display_name()))
            self.undo_stack.push(LibraryCommand(
                self.tr("Delete {0}").format(short_label(person.display_name())), self.replay,
                lambda library: library.delete_person(person.uid),
                lambda library: library.restore_person(person, photo)[1]))

        self.tasks.library(remove, done, self._error_for(self.tr("Deleting the person")), initiator=self)

    # ---------------------------------------------------------------------------------------- photos
    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), str(Path.home()),
                                              self.tr("Photos (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.photo_file(path)

    def photo_file(self, path: str) -> None:
        """A PNG or JPEG file chosen or dropped: read it, then `set_photo`."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._refused(BriefingBuilderError(self.tr("Cannot read {0}: {1}").format(
                Path(path).name, text(os_reason(exc)))))
            return
        self.set_photo(data)

    def set_photo(self, data: bytes | None) -> None:
        """Set (or with None remove) the photo: at once for a saved person (undoable), else with the save."""
        if self.read_only:
            return
        alt = self.photo_alt.text().strip()
        if self.current is None:
            from ..library.photos import prepare_photo

            def check(_library: Library):
                return prepare_photo(data).data if data is not None else None  # refused here, not at save

            def held(prepared: bytes | None) -> None:
                self.pending_photo = prepared
                self.photo.show_photo(prepared)
                self.error.setText("")

            self.tasks.library(check, held, self._photo_failed)
            return
        uid = self.current.uid

        def write(library: Library):
            before = library.person_photo(uid), library.person(uid).photo_alt
            person, changes = library.set_person_photo(uid, data, alt)
            return person, library.person_photo(uid), before, changes

        def done(result) -> None:
            person, stored, (before, before_alt), changes = result
            # Only the photo is shown anew: edits in the form stay, and the next save checks against the
            # revision the photo change made.
            if self.current is not None and self.current.uid == person.uid:
                self.current = person
                self.photo.show_photo(stored)
                self.error.setText("")
                self.remove_photo.setEnabled(person.has_photo and not self.read_only)
            self.status.emit(self.tr("Saved the photo of {0}.").format(person.display_name()) if data is not None
                             else self.tr("Removed the photo of {0}.").format(person.display_name()))
            if changes:
                text = self.tr("Remove the photo of {0}") if data is None else self.tr("Set the photo of {0}")
                self.undo_stack.push(LibraryCommand(
                    text.format(short_label(person.display_name())), self.replay,
                    lambda library: library.set_person_photo(uid, data, alt)[1],
                    lambda library: library.set_person_photo(uid, before, before_alt)[1]))

        self.tasks.library(write, done, self._photo_failed, initiator=self)

    def _photo_failed(self, error: BaseException) -> None:
        if isinstance(error, BriefingBuilderError):
            self.error.setText(error_text(error))
        present_error(self, error, self.tr("Setting the photo"))

    # ----------------------------------------------------------------------------------------- undo
    def replay(self, write: Callable[[Library], Changes], said: str, what: str) -> None:
        """Run an undo or redo; the page refreshes itself from `Tasks.changed`."""
        self.tasks.library(write, lambda _changes: self.status.emit(said), self._error_for(what), initiator=self)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _error_for(self, what: str) -> Callable[[BaseException], None]:
        return lambda error: present_error(self, error, what)


__all__ = ["PeoplePage", "PhotoArea"]
