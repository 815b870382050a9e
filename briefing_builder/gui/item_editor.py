"""The item editor: every field of an item, checked as the user types with the library's own rules.

It never writes: it emits `save_requested`/`delete_requested` and the page runs the write in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..errors import Problem
from ..library import Item, ItemDraft, Source
from ..library.validate import item_problems
from ..library.vocabulary import CONFIDENCE, FRAMEWORKS, KINDS, LANGUAGES
from ..settings import Settings
from .bidi import paragraph
from .i18n import format_number, format_timestamp
from .vocabulary import label as vocabulary_label
from .core_text import text

ERROR_STYLE = "color: palette(highlighted-text); background: #c62828; border-radius: 3px; padding: 1px 4px;"


# Alt+T, Alt+X; Alt+E stays the Edit menu's
MNEMONICS = {"title": QT_TRANSLATE_NOOP("ItemEditor", "&Title:"), "body": QT_TRANSLATE_NOOP("ItemEditor", "Te&xt:")}


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


class ItemEditor(QWidget):
    save_requested = Signal(object, object)  # (the item being edited or None for a new one, ItemDraft)
    delete_requested = Signal(object)  # Item
    translations_requested = Signal(object)  # Item: open the side-by-side translation editor on it
    dirty_changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.item: Item | None = None
        self._loaded: ItemDraft | None = None
        self._loading = False
        self._touched = False  # errors show once the user has changed something or tried to save
        self.sources: list[Source] = []
        self.known_countries: set[str] = set()

        self.heading = QLabel(self.tr("No item selected"))
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(vocabulary_label(label), key)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.source = QComboBox()
        self.source.setEditable(False)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(12)
        self.locator = QLineEdit()
        self.locator.setPlaceholderText(self.tr("paragraph, section or page"))
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.review_by = QLineEdit()
        self.review_by.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. summit-2019, key-figures"))
        self.frameworks = QLineEdit()
        self.frameworks.setPlaceholderText(self.tr("comma-separated: {codes}").format(codes=", ".join(FRAMEWORKS)))
        self.countries = QLineEdit()
        self.countries.setPlaceholderText(self.tr("ISO codes, comma-separated, e.g. ETH, KEN"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, name in LANGUAGES.items():
            self.language.addItem(f"{code}", code)
            self.language.setItemData(self.language.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.classification = QComboBox()
        self.classification.addItems(list(settings.allowed_markings))
        self.confidence = QComboBox()
        for key, label in CONFIDENCE.items():
            self.confidence.addItem(f"{key or '–'}: {vocabulary_label(label)}", key)
        for combo in (self.kind, self.language, self.classification, self.confidence):
            # Long entries must not widen the editor past its pane: the combo shows what fits, the list all.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.meta = QLabel("")
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = [(self.tr("Title"), "title", self.title), (self.tr("Kind"), "kind", self.kind),
                  (self.tr("Text"), "body", self.body),
                  (self.tr("Source"), "source", self.source), (self.tr("Locator"), "locator", self.locator),
                  (self.tr("As of"), "as_of", self.as_of), (self.tr("Review by"), "review_by", self.review_by),
                  (self.tr("Tags"), "tags", self.tags), (self.tr("Frameworks"), "frameworks", self.frameworks),
                  (self.tr("Countries"), "countries", self.countries),
                  (self.tr("Language"), "language", self.language),
                  (self.tr("Classification"), "classification", self.classification),
                  (self.tr("Confidence"), "confidence", self.confidence),
                  (self.tr("Editorial notes"), "notes", self.notes)]
        for label, key, widget in fields:
            widget.setAccessibleName(label)
            error = QLabel("")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            error.setAccessibleName(self.tr("{field} error").format(field=label))
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            box.addWidget(error)
            holder = QWidget()
            holder.setLayout(box)
            # Mnemonics only where they cannot clash with the menus (&File &Edit &View &Library &Packs &Help).
            form.addRow(QCoreApplication.translate("ItemEditor", MNEMONICS[key]) if key in MNEMONICS
                        else self.tr("{field}:").format(field=label), holder)
            form.labelForField(holder).setBuddy(widget)  # the label names the field itself, not its holder
            if isinstance(widget, QLineEdit) and widget.placeholderText():
                widget.setAccessibleDescription(self.tr("For example: {example}").format(
                    example=widget.placeholderText()))

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this item (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.translations_button = QPushButton(self.tr("Translations…"))
        self.translations_button.setToolTip(self.tr("Translate this item into another language, side by side"))
        for button in (self.save_button, self.revert_button, self.delete_button, self.translations_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.unsaved = QLabel("")  # says so while the fields differ from the stored item (also "*" in the title)
        self.unsaved.setObjectName("unsavedChanges")
        self.unsaved.setAccessibleName(self.tr("Unsaved changes"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        heading_row = QHBoxLayout()  # beside the title, not in the button row: that row must fit 1024 px
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.translations_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height on a tall screen goes below the fields, not between a label and its box
        layout.addWidget(self.meta)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        for widget in (self.title, self.locator, self.as_of, self.review_by, self.tags, self.frameworks,
                       self.countries):
            widget.textChanged.connect(self._changed)
        for widget in (self.body, self.notes):
            widget.textChanged.connect(self._changed)
        for widget in (self.kind, self.source, self.classification, self.confidence):
            widget.currentIndexChanged.connect(self._changed)
        self.language.currentTextChanged.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(lambda: self.item and self.delete_requested.emit(self.item))
        self.translations_button.clicked.connect(lambda: self.item and self.translations_requested.emit(self.item))
        self.load(None)

    # --- data in and out
    def set_sources(self, sources: list[Source]) -> None:
        current = self.source.currentData()
        self._loading = True
        self.sources = sources
        self.source.clear()
        self.source.addItem(self.tr("— choose a source —"), "")
        for source in sources:
            self.source.addItem(source.title[:90], source.uid)
            self.source.setItemData(self.source.count() - 1, source.citation(), Qt.ItemDataRole.ToolTipRole)
        self._select(self.source, current or "")
        self._loading = False

    def load(self, item: Item | None, draft: ItemDraft | None = None) -> None:
        """Show `item` (None: a new, empty item; `draft` pre-fills it)."""
        self.item = item
        draft = item.draft() if item else (draft or ItemDraft(kind="fact", title="",
                                                               classification=self.settings.allowed_markings[0]))
        self._loading = True
        self.title.setText(draft.title)
        self.title.setCursorPosition(0)
        self._select(self.kind, draft.kind)
        self.body.setPlainText(draft.body)
        self._select(self.source, draft.source_uid)
        self.locator.setText(draft.locator)
        self.as_of.setText(draft.as_of or "")
        self.review_by.setText(draft.review_by or "")
        self.tags.setText(", ".join(draft.tags))
        self.frameworks.setText(", ".join(draft.frameworks))
        self.countries.setText(", ".join(draft.countries))
        for field in (self.locator, self.tags, self.frameworks, self.countries):
            field.setCursorPosition(0)  # long values show their beginning, not their end
        self.language.setCurrentText(draft.language)
        if self.classification.findText(draft.classification) < 0:
            self.classification.addItem(draft.classification)
        self.classification.setCurrentText(draft.classification)
        self._select(self.confidence, draft.confidence)
        self.notes.setPlainText(draft.notes)
        self._loading = False
        self._loaded = self.draft()
        self._touched = False
        if item:
            self.heading.setText(paragraph(f"<b>{_html(item.title[:120])}</b>", escape=False))
            self.meta.setText(self.tr("uid {uid} · revision {revision} · created {created} · updated {updated}").format(
                uid=item.uid, revision=format_number(item.revision), created=format_timestamp(item.created_at),
                updated=format_timestamp(item.updated_at)))
        else:
            self.heading.setText("<b>" + self.tr("New item") + "</b>")
            self.meta.setText(self.tr("Every item needs a source; add one under Sources if it is not listed."))
        self.delete_button.setEnabled(item is not None)
        self.translations_button.setEnabled(item is not None)
        self._changed()

    def show_none(self, message: str) -> None:
        """No item to show (e.g. a search found nothing): empty fields and `message`, not the last item."""
        self.load(None)
        self.heading.setText(f"<b>{_html(message)}</b>")
        self.meta.setText("")
        self.setEnabled(False)  # nothing to edit until an item is chosen or New item pressed

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def draft(self) -> ItemDraft:
        return ItemDraft(
            kind=self.kind.currentData() or "fact", title=self.title.text(), body=self.body.toPlainText(),
            source_uid=self.source.currentData() or "", locator=self.locator.text(),
            as_of=self.as_of.text().strip() or None, review_by=self.review_by.text().strip() or None,
            tags=_split(self.tags.text()), frameworks=_split(self.frameworks.text()),
            countries=tuple(c.upper() for c in _split(self.countries.text())),
            language=self.language.currentText().strip(), classification=self.classification.currentText(),
            confidence=self.confidence.currentData() or "", notes=self.notes.toPlainText(),
        ).normalised()

    def problems(self) -> list[Problem]:
        draft = self.draft()
        problems = item_problems(draft, "item")
        unknown = [c for c in draft.countries if self.known_countries and c not in self.known_countries]
        if unknown:
            problems.append(Problem("item", "countries", self.tr("{code} is not an ISO 3166 country code").format(
                code=unknown[0])))
        if draft.classification not in self.settings.allowed_markings:
            problems.append(Problem("item", "classification", self.tr("is not one of the configured markings")))
        return problems

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.draft() != self._loaded

    # --- behaviour
    def _changed(self) -> None:
        if self._loading:
            return
        if self._loaded is not None and self.draft() != self._loaded:
            self._touched = True
        problems = self.problems()
        by_field: dict[str, str] = {}
        for problem in problems:
            by_field.setdefault(problem.field, text(problem.message))
        for key, label in self.errors.items():
            message = by_field.get(key, "")
            if key == "source" and not message and not self.source.currentData():
                message = self.tr("is required")
            label.setText(message[:1].upper() + message[1:] if message else "")
            label.setVisible(bool(message) and self._touched)
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not problems)
        self.revert_button.setEnabled(dirty)
        self.unsaved.setText(self.tr("• Unsaved changes") if dirty else "")
        self.dirty_changed.emit(dirty)

    def save(self) -> None:
        if self.problems():
            self._touched = True
            self._changed()
            return
        if self.is_dirty():
            self.save_requested.emit(self.item, self.draft())

    def saved(self, item: Item) -> None:
        """The page reports a successful save: show the stored item (new revision)."""
        self.load(item)

    def revert(self) -> None:
        self.load(self.item) if self.item else self.load(None, self._loaded)

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is not None:
            label.setText(message)
            label.setVisible(True)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ItemEditor"]
