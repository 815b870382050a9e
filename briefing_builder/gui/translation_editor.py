"""The side-by-side translation editor: what lacks a version in a language, and one record's text beside its
translation.

`TranslationEditor(tasks, language, scope=...)` lists the records of `scope` (record kind -> keys; None: the
whole library) that have text with no version in `language` (`Library.missing_translations`), plus any record
named in `always` (the Library page's "Translations…" shows its item even when it is complete). Choosing one
shows its fields side by side (`Library.side_by_side`): the original on the left, read-only, the translation on
the right, editable (right to left for Arabic), with the provenance (official / unofficial), the translator and
the date (today by default). Save writes through `Library.set_translation` on the library worker (`Tasks`);
with an `undo_stack`, each save is one undoable command there (undo puts the previous version back, or removes
a version that was new). Every view hears of the write through `Tasks.changed`, so the Packs page's warnings
and preview follow by themselves.

The dialog never writes SQL and never blocks: loads and saves are background tasks whose late results are
dropped (generation counter) once the user has moved on.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextOption, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..errors import NotFoundError, ValidationError
from .core_text import error_text, text
from ..library import Changes, Library, MissingTranslation, Translation, TranslationDraft
from .errors import present_error
from .tasks import Tasks
from .undo import LibraryCommand, short_label

RTL_LANGUAGES = frozenset({"ar"})
MULTILINE_FIELDS = frozenset({"body", "notes", "note"})  # the others are one line (titles, locators, names)
ROLE_KEY = Qt.ItemDataRole.UserRole  # list entry -> (record, key)


def language_name(code: str) -> str:
    """The language's name in the interface language ("French" in an English interface)."""
    names = {
        "en": QCoreApplication.translate("TranslationEditor", "English"),
        "fr": QCoreApplication.translate("TranslationEditor", "French"),
        "pt": QCoreApplication.translate("TranslationEditor", "Portuguese"),
        "ar": QCoreApplication.translate("TranslationEditor", "Arabic"),
    }
    return names.get(code, code)


def field_name(field: str) -> str:
    names = {
        "title": QCoreApplication.translate("TranslationEditor", "Title"),
        "body": QCoreApplication.translate("TranslationEditor", "Text"),
        "locator": QCoreApplication.translate("TranslationEditor", "Locator"),
        "publisher": QCoreApplication.translate("TranslationEditor", "Publisher"),
        "reference": QCoreApplication.translate("TranslationEditor", "Reference"),
        "notes": QCoreApplication.translate("TranslationEditor", "Notes"),
        "au_name": QCoreApplication.translate("TranslationEditor", "AU name"),
        "note": QCoreApplication.translate("TranslationEditor", "Note"),
    }
    return names.get(field, field)


def record_name(record: str) -> str:
    names = {
        "item": QCoreApplication.translate("TranslationEditor", "Item"),
        "source": QCoreApplication.translate("TranslationEditor", "Source"),
        "country": QCoreApplication.translate("TranslationEditor", "Country"),
        "status": QCoreApplication.translate("TranslationEditor", "Status"),
    }
    return names.get(record, record)


def set_direction(widget: QWidget, language: str) -> None:
    """Right to left for a right-to-left language (the widget, and a text edit's paragraphs too)."""
    rtl = language in RTL_LANGUAGES
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if isinstance(widget, QPlainTextEdit):
        option = widget.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl
                                                              else Qt.AlignmentFlag.AlignLeft))
        widget.document().setDefaultTextOption(option)


def replay_through(tasks: Tasks, status: Callable[[str], None], parent: QWidget | None) -> Callable:
    """A `LibraryCommand` replay for pages without one of their own: run the write, say it in the status bar."""
    def replay(write, said: str, what: str) -> None:
        tasks.library(write, lambda _changes: status(said), lambda error: present_error(parent, error, what))

    return replay


def _restore(record: str, key: str, language: str, before: TranslationDraft | None) -> Callable[[Library], Changes]:
    """The undo of a save: the version as it was, or none."""
    def write(library: Library) -> Changes:
        if before is None:
            try:
                return library.delete_translation(record, key, language)
            except NotFoundError:
                return Changes()
        return library.set_translation(record, key, before)[1]

    return write


class _Field:
    """One row of the side-by-side grid: the original (read-only) and its translation (editable)."""

    def __init__(self, name: str, original: str, version: str, original_language: str, language: str) -> None:
        self.name = name
        multiline = name in MULTILINE_FIELDS
        label = field_name(name)
        self.label = QLabel(f"<b>{label}</b>")
        self.original = QPlainTextEdit() if multiline else QLineEdit()
        self.edit = QPlainTextEdit() if multiline else QLineEdit()
        if multiline:
            self.original.setPlainText(original)
            self.edit.setPlainText(version)
            self.edit.setTabChangesFocus(True)  # Tab moves to the next field: a translation needs no tab characters
            for widget in (self.original, self.edit):
                widget.setMinimumHeight(90)
        else:
            self.original.setText(original)
            self.original.setCursorPosition(0)
            self.edit.setText(version)
            self.edit.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.original.setReadOnly(True)
        # The original can be selected and copied with the mouse, but Tab goes from translation to translation;
        # screen readers hear the original as the translation field's description.
        self.original.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.original.setObjectName("translationOriginal")
        self.original.setAccessibleName(
            QCoreApplication.translate("TranslationEditor", "Original {field}").format(field=label))
        self.edit.setAccessibleName(QCoreApplication.translate("TranslationEditor", "{field} in {language}").format(
            field=label, language=language_name(language)))
        self.edit.setAccessibleDescription(
            QCoreApplication.translate("TranslationEditor", "Original: {text}").format(text=original[:300]))
        self.edit.setObjectName(f"translation_{name}")
        self.label.setBuddy(self.edit)
        set_direction(self.original, original_language)
        set_direction(self.edit, language)

    def text(self) -> str:
        return self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()


class TranslationEditor(QDialog):
    """See the module docstring. `saved(record, key, language)` follows every successful save."""

    saved = Signal(str, str, str)
    status = Signal(str)

    def __init__(self, tasks: Tasks, language: str, *, scope: dict[str, list[str]] | None = None,
                 always: Iterable[tuple[str, str, str]] = (), focus: tuple[str, str] | None = None,
                 undo_stack: QUndoStack | None = None, replay: Callable | None = None,
                 languages: Iterable[str] = ("fr", "pt", "ar", "en"), read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.scope, self.undo_stack = tasks, scope, undo_stack
        self.always = list(always)  # (record, key, label) listed even when nothing is missing
        self.read_only = read_only
        # The replay outlives this dialog (undo comes later): by default it reports to the opener, not to us.
        self._replay = replay or replay_through(tasks, lambda _said: None, None)
        self._focus = focus
        self._generation = 0  # of the list and of the record shown: late results of older requests are dropped
        self._record: tuple[str, str] | None = None
        self._shown_language = language
        self._said = ""
        self._before: TranslationDraft | None = None  # the stored version of the record shown (for undo)
        self._original_language = "en"
        self._fields: list[_Field] = []
        self._loaded_values: tuple = ()
        self.setWindowTitle(self.tr("Translate"))
        self.setObjectName("translationEditor")
        self.setAccessibleName(self.tr("Translation editor"))

        # --- top: the language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language to translate into"))
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_label = QLabel(self.tr("Translate &into:"))
        language_label.setBuddy(self.language)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.summary, 1)

        # --- left: what is missing
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records to translate"))
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(180)
        list_label = QLabel(self.tr("<b>&Missing a version</b>"))
        list_label.setBuddy(self.list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)

        # --- right: one record side by side, then its provenance
        self.heading = QLabel(self.tr("Nothing selected"))
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.column_original = QLabel("")
        self.column_version = QLabel("")
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.addWidget(self.column_original, 0, 1)
        self.grid.addWidget(self.column_version, 0, 2)
        grid_scroll = QScrollArea()
        grid_scroll.setWidget(self.grid_widget)
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.provenance = QComboBox()
        self.provenance.addItem(self.tr("Unofficial translation, by the editors"), "unofficial")
        self.provenance.addItem(self.tr("Official version, published by the source"), "official")
        self.provenance.setAccessibleName(self.tr("Provenance"))
        self.translator = QLineEdit()
        self.translator.setAccessibleName(self.tr("Translator"))
        self.translator.setPlaceholderText(self.tr("Who translated it (required for an unofficial translation)"))
        self.translated_on = QLineEdit()
        self.translated_on.setAccessibleName(self.tr("Date of the translation"))
        self.translated_on.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        provenance_form = QFormLayout()
        provenance_form.addRow(self.tr("&Provenance:"), self.provenance)
        provenance_form.addRow(self.tr("T&ranslator:"), self.translator)
        provenance_form.addRow(self.tr("&Date:"), self.translated_on)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setObjectName("translationError")
        self.error.setStyleSheet("color: #c62828;")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this version (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(grid_scroll, 1)
        right_layout.addLayout(provenance_form)
        right_layout.addWidget(self.error)
        right_layout.addWidget(buttons)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._fit(parent)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.list.currentItemChanged.connect(self._entry_chosen)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.provenance.currentIndexChanged.connect(self._provenance_changed)
        self._show_record(None)
        self.reload()

    def _fit(self, parent: QWidget | None) -> None:
        """A comfortable size that never exceeds the window it opens over (1024×600 included)."""
        window = parent.window() if parent is not None else None
        width, height = 1000, 640
        if window is not None and window.isVisible():
            width, height = min(width, window.width() - 24), min(height, window.height() - 24)
        self.resize(max(640, width), max(420, height))

    # ------------------------------------------------------------------------------------------ reading
    @property
    def current_language(self) -> str:
        return self.language.currentData()

    def reload(self) -> None:
        """List again what lacks a version in the chosen language (in the background)."""
        self._generation += 1
        generation, language, scope = self._generation, self.current_language, self.scope

        def find(library: Library) -> list[MissingTranslation]:
            if scope is None:
                return library.missing_translations(language)
            found: list[MissingTranslation] = []
            for record, keys in scope.items():
                if keys:
                    found += library.missing_translations(language, record, keys)
            return found

        self.tasks.library(find, lambda result: self._listed(generation, result),
                           lambda error: present_error(self, error, self.tr("Listing what to translate")))

    def _listed(self, generation: int, missing: list[MissingTranslation]) -> None:
        if generation != self._generation:
            return
        wanted = self._focus or self._record
        self._focus = None
        self.list.blockSignals(True)
        self.list.clear()
        listed = set()
        for gap in missing:
            fields = self.tr(", ", "between field names").join(field_name(f) for f in gap.fields)  # Arabic: «، »
            entry = QListWidgetItem(f"{gap.label or gap.key}\n{record_name(gap.record)} · {fields}")
            entry.setData(ROLE_KEY, (gap.record, gap.key))
            entry.setToolTip(self.tr("{record} {key}: no {language} version of {fields}").format(
                record=record_name(gap.record), key=gap.key, language=language_name(gap.language), fields=fields))
            self.list.addItem(entry)
            listed.add((gap.record, gap.key))
        for record, key, label in self.always:
            if (record, key) not in listed:
                entry = QListWidgetItem(f"{label or key}\n{record_name(record)} · {self.tr('complete')}")
                entry.setData(ROLE_KEY, (record, key))
                self.list.addItem(entry)
        self.list.blockSignals(False)
        count = len(missing)
        name = language_name(self.current_language)
        self.summary.setText(self.tr("Missing in %1: %Ln record(s).", "", count).replace("%1", name) if count else
                             self.tr("Everything here has a %1 version.").replace("%1", name))
        row = next((i for i in range(self.list.count())
                    if wanted is not None and tuple(self.list.item(i).data(ROLE_KEY)) == tuple(wanted)), 0)
        if self.list.count():
            self.list.setCurrentRow(row)
            self._entry_chosen(self.list.currentItem(), None)
        else:
            self._show_record(None)

    def _language_changed(self, _index: int) -> None:
        if not self._confirm_discard():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(self._shown_language))
            self.language.blockSignals(False)
            return
        self.reload()

    def _entry_chosen(self, entry: QListWidgetItem | None, _previous) -> None:
        if entry is None:
            return
        wanted = tuple(entry.data(ROLE_KEY))
        if wanted == self._record and self._shown_language == self.current_language:
            return
        if not self._confirm_discard():
            self.list.blockSignals(True)
            self.list.setCurrentRow(next((i for i in range(self.list.count())
                                          if tuple(self.list.item(i).data(ROLE_KEY)) == self._record), -1))
            self.list.blockSignals(False)
            return
        self.open_record(*wanted)

    def open_record(self, record: str, key: str) -> None:
        """Show one record's fields beside their versions in the chosen language (read in the background)."""
        self._generation += 1
        generation, language = self._generation, self.current_language

        def read(library: Library):
            rows = library.side_by_side(record, key, language)
            stored = next((t for t in library.translations(record, key) if t.language == language), None)
            original_language = "en"
            if record == "item":
                original_language = library.item(key).language
            elif record == "source":
                original_language = library.source(key).language
            return rows, stored, original_language

        self.tasks.library(read, lambda result: self._read(generation, record, key, language, result),
                           lambda error: present_error(self, error, self.tr("Opening the record")))

    def _read(self, generation: int, record: str, key: str, language: str, result) -> None:
        if generation != self._generation:
            return
        rows, stored, original_language = result
        self._original_language = original_language
        self._before = None if stored is None else TranslationDraft(
            stored.language, stored.texts, stored.provenance, stored.translator, stored.translated_on)
        self._record, self._shown_language = (record, key), language
        self._show_record(rows, stored)

    def _show_record(self, rows: list[tuple[str, str, str]] | None, stored: Translation | None = None) -> None:
        for field in self._fields:
            for widget in (field.label, field.original, field.edit):
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._fields = []
        enabled = rows is not None and not self.read_only
        for widget in (self.provenance, self.translator, self.translated_on, self.save_button):
            widget.setEnabled(enabled)
        self.error.setText(self._said)  # what the last save did stays in view on the next record
        self._said = ""
        if rows is None:
            self._record = None
            self.heading.setText(self.tr("Nothing selected") if self.list.count() else
                                 self.tr("Nothing to translate here."))
            self.column_original.setText("")
            self.column_version.setText("")
            self._loaded_values = ()
            return
        record, key = self._record
        language = self._shown_language
        label = self.list.currentItem().text().split("\n")[0] if self.list.currentItem() else key
        self.heading.setText(f"<b>{record_name(record)}</b> {_html(label)} <span style='color: gray'>"
                             f"({_html(key)})</span>")
        self.column_original.setText(self.tr("<b>Original</b> ({language})").format(
            language=language_name(self._original_language)))
        self.column_version.setText(self.tr("<b>{language}</b>").format(language=language_name(language)))
        for row, (name, original, version) in enumerate(rows, start=1):
            field = _Field(name, original, version, self._original_language, language)
            field.edit.setReadOnly(self.read_only)
            self.grid.addWidget(field.label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(field.original, row, 1)
            self.grid.addWidget(field.edit, row, 2)
            self._fields.append(field)
            self.grid.setRowStretch(row, 1 if name in MULTILINE_FIELDS else 0)  # long texts take the spare height
        for row in range(len(rows) + 1, self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)  # rows of a longer record shown before
        # with no long text (a source: title, publisher, reference) the spare height goes below the fields
        self.grid.setRowStretch(len(rows) + 1, 0 if any(n in MULTILINE_FIELDS for n, _o, _v in rows) else 1)
        self.provenance.blockSignals(True)
        self.provenance.setCurrentIndex(max(0, self.provenance.findData(stored.provenance if stored else
                                                                        "unofficial")))
        self.provenance.blockSignals(False)
        self.translator.setText(stored.translator if stored else _last_translator())
        self.translated_on.setText((stored.translated_on or "") if stored else _dt.date.today().isoformat())
        chain: list[QWidget] = [self.language, self.list] + [f.edit for f in self._fields] + [
            self.provenance, self.translator, self.translated_on, self.save_button, self.close_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._loaded_values = self._values()
        if self._fields and not self.read_only:
            target = next((f for f in self._fields if not f.text().strip()), self._fields[0])
            target.edit.setFocus()

    # ------------------------------------------------------------------------------------------ writing
    def _values(self) -> tuple:
        return (tuple(f.text() for f in self._fields), self.provenance.currentData(), self.translator.text(),
                self.translated_on.text())

    def is_dirty(self) -> bool:
        return bool(self._fields) and self._values() != self._loaded_values

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved translation"),
                                      self.tr("This translation has changes that are not saved. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _provenance_changed(self, _index: int) -> None:
        official = self.provenance.currentData() == "official"
        self.translator.setPlaceholderText(self.tr("Optional for an official version") if official else
                                           self.tr("Who translated it (required for an unofficial translation)"))

    def draft(self) -> TranslationDraft:
        """The version as the form shows it."""
        return TranslationDraft(
            self._shown_language, tuple(sorted((f.name, f.text().strip()) for f in self._fields if f.text().strip())),
            self.provenance.currentData(), self.translator.text().strip(), self.translated_on.text().strip() or None)

    def save(self) -> None:
        """Write the version in the background; the list then drops the record if nothing is missing any more."""
        if self._record is None or self.read_only or not self._fields:
            return
        (record, key), draft, before = self._record, self.draft(), self._before
        title = self.list.currentItem().text().split("\n")[0] if self.list.currentItem() else key
        self.error.setText("")

        def done(result) -> None:
            stored, changes = result
            _remember_translator(draft.translator)
            self._before = draft
            self._loaded_values = self._values()
            said = self.tr("Saved the {language} version of “{title}”.").format(
                language=language_name(draft.language), title=short_label(title, 60))
            self.error.setText(said)
            self._said = said
            self.status.emit(said)
            if changes and self.undo_stack is not None:
                self.undo_stack.push(LibraryCommand(
                    self.tr("Translate “{title}” into {language}").format(
                        title=short_label(title), language=language_name(draft.language)),
                    self._replay, lambda library: library.set_translation(record, key, draft)[1],
                    _restore(record, key, draft.language, before)))
            self.saved.emit(record, key, draft.language)
            self._advance()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                # each problem names its field ("texts.title", "translator"): say them beside the form
                self.error.setText("\n".join(f"{_problem_field(p.field)}: {text(p.message)}" for p in error.problems))
            else:
                self.error.setText(error_text(error))
                present_error(self, error, self.tr("Saving the translation"))

        self.tasks.library(lambda library: library.set_translation(record, key, draft), done, failed,
                           initiator=self)

    def _advance(self) -> None:
        """After a save: list again, and show the next record still missing (or stay, when it is the last)."""
        row = self.list.currentRow()
        following = self.list.item(row + 1) if row + 1 < self.list.count() else None
        self._focus = tuple(following.data(ROLE_KEY)) if following is not None else self._record
        self.reload()

    def reject(self) -> None:
        if self._confirm_discard():
            super().reject()


def _problem_field(field: str) -> str:
    name = field.split(".")[-1]
    names = {
        "translator": QCoreApplication.translate("TranslationEditor", "Translator"),
        "translated_on": QCoreApplication.translate("TranslationEditor", "Date"),
        "provenance": QCoreApplication.translate("TranslationEditor", "Provenance"),
        "texts": QCoreApplication.translate("TranslationEditor", "Text"),
    }
    return names.get(name, field_name(name))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _settings() -> QSettings:
    from ..paths import user_config_dir

    return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _last_translator() -> str:
    """The name the user gave last time (a translator usually translates many records in a row)."""
    try:
        return str(_settings().value("translation/translator", "") or "")
    except OSError:
        return ""


def _remember_translator(name: str) -> None:
    if name:
        try:
            _settings().setValue("translation/translator", name)
        except OSError:
            pass


__all__ = ["TranslationEditor", "language_name", "set_direction", "replay_through", "RTL_LANGUAGES"]
