"""The pack builder: tailoring choices, an outline of sections and items (checkboxes, drag-and-drop or
Alt+Up/Down to reorder), free text per section, warnings where they occur, a live PDF preview refreshed in the
background, and export with progress and cancel. Drafts are saved as the user works."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import BriefingBuilderError, Cancelled
from ..library import Library, SearchFilters
from ..library.vocabulary import kind_label
from ..pack.drafts import DraftInfo, DraftStore
from ..pack.spec import PackSpec
from ..pack.templates import load_templates
from ..paths import DataLocation
from ..settings import Settings
from .tasks import Tasks

SECTION, ITEM = 1, 2  # outline entry types (Qt.UserRole + 1)
ROLE_TYPE = Qt.ItemDataRole.UserRole + 1
ROLE_ID = Qt.ItemDataRole.UserRole
PREVIEW_DELAY_MS = 700
DRAFT_DELAY_MS = 1_000  # a crash loses at most about a second of work on a draft


OUTLINE_MIME = "application/x-briefing-builder-outline-item"


class OutlineTree(QTreeWidget):
    """Sections and their items. Items move only within their own section (drag and drop or Alt+Up/Down).

    Drags carry a private MIME entry (this tree's token and the item's uid); anything else is refused, so a
    drop from another window or application can never rearrange the pack.
    """

    reordered = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._token = f"{id(self)}".encode()
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("Pack outline")
        self.setToolTip("Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder")

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return super().mimeTypes() + [OUTLINE_MIME]

    def mimeData(self, items):  # noqa: N802
        data = super().mimeData(items)
        if items and items[0].data(0, ROLE_TYPE) == ITEM:
            data.setData(OUTLINE_MIME, QByteArray(self._token + b"|" + items[0].data(0, ROLE_ID).encode()))
        return data

    def _dragged(self, event) -> QTreeWidgetItem | None:
        """The outline item being dragged, if the drag is one of ours."""
        mime = event.mimeData()
        if not mime.hasFormat(OUTLINE_MIME):
            return None
        token, _, uid = bytes(mime.data(OUTLINE_MIME)).partition(b"|")
        if token != self._token:
            return None
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            for row in range(top.childCount()):
                if top.child(row).data(0, ROLE_ID) == uid.decode():
                    return top.child(row)
        return None

    def _allowed(self, event) -> tuple[QTreeWidgetItem, QTreeWidgetItem] | None:
        moving = self._dragged(event)
        target = self.itemAt(event.position().toPoint())
        if (moving is None or target is None or target is moving or target.parent() is not moving.parent()
                or self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem):
            return None
        return moving, target

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dragged(event) is None:
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._dragged(event) is None:
            event.ignore()
            return
        super().dragMoveEvent(event)
        if self._allowed(event) is None:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        allowed = self._allowed(event)
        if allowed is None:
            event.ignore()
            return
        moving, target = allowed
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        parent = moving.parent()
        parent.removeChild(moving)
        row = parent.indexOfChild(target) + (1 if below else 0)
        parent.insertChild(row, moving)
        self.setCurrentItem(moving)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the move is done here; the view must not remove it
        event.accept()
        self.reordered.emit()

    def move_current(self, step: int) -> None:
        moving = self.currentItem()
        if moving is None or moving.data(0, ROLE_TYPE) != ITEM:
            return
        parent = moving.parent()
        row = parent.indexOfChild(moving)
        target = row + step
        if 0 <= target < parent.childCount():
            parent.takeChild(row)
            parent.insertChild(target, moving)
            self.setCurrentItem(moving)
            self.reordered.emit()


class PackBuilderPage(QWidget):
    status = Signal(str)
    drafts_changed = Signal()

    def __init__(self, tasks: Tasks, settings: Settings, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings, self.location = tasks, settings, location
        self.store = DraftStore(location.drafts_dir)
        self.template_dirs = [location.templates_dir] + (
            [settings.extra_templates_folder] if settings.extra_templates_folder else [])
        self.templates = load_templates(self.template_dirs)
        self.draft_id: str | None = None
        self.spec: PackSpec | None = None
        self._filling = False
        self._preview_generation = 0
        self._preview_token = None
        self.export_token = None
        self.last_export: list[Path] = []
        self.outline_uids: dict[str, list[str]] = {}

        # --- drafts
        self.drafts = QComboBox()
        self.drafts.setAccessibleName("Saved pack drafts")
        self.drafts.setMinimumContentsLength(24)
        self.new_button = QPushButton("&New pack")
        self.duplicate_button = QPushButton("Duplicate")
        self.delete_button = QPushButton("Delete draft…")
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(QLabel("Draft:"))
        drafts_row.addWidget(self.drafts, 1)
        drafts_row.addWidget(self.new_button)
        drafts_row.addWidget(self.duplicate_button)
        drafts_row.addWidget(self.delete_button)

        # --- tailoring form
        self.name = QLineEdit()
        self.template = QComboBox()
        for template in self.templates.values():
            self.template.addItem(template.title_in("en"), template.name)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.also = QLineEdit()
        self.also.setPlaceholderText("more countries side by side, e.g. KEN, ZAF")
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText("e.g. Hon. A. Minister")
        self.office = QLineEdit()
        self.event_field = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.language = QComboBox()
        for label, code in (("English", "en"), ("Français", "fr"), ("Português", "pt"), ("العربية", "ar")):
            self.language.addItem(label, code)
        self.classification = QComboBox()
        self.classification.addItems(list(settings.allowed_markings))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        form = QFormLayout()
        for label, widget in (("&Name", self.name), ("&Template", self.template), ("&Country", self.country),
                              ("Also", self.also), ("&Recipient", self.recipient), ("Office", self.office),
                              ("&Event", self.event_field), ("&Date", self.date), ("Language", self.language),
                              ("Classification", self.classification), ("Paper", self.paper)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(f"{label}:", widget)

        # --- outline, free text, warnings
        self.tree = OutlineTree()
        self.add_item_button = QPushButton("Add item…")
        self.add_item_button.setToolTip("Pin an item from the library into the selected section")
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.free_label = QLabel("Text added for this meeting (lines to take, notes):")
        self.free_text = QPlainTextEdit()
        self.free_text.setPlaceholderText("Select a section, then write here. Blank lines separate paragraphs.")
        self.free_text.setAccessibleName("Text added to the selected section")
        self.free_text.setMaximumHeight(120)
        self.free_text.setTabChangesFocus(True)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName("Warnings")
        self.warnings.setMaximumHeight(120)
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings.setResizeMode(QListWidget.ResizeMode.Adjust)
        outline_buttons = QHBoxLayout()
        outline_buttons.addWidget(self.add_item_button)
        outline_buttons.addStretch(1)
        outline_buttons.addWidget(self.up_button)
        outline_buttons.addWidget(self.down_button)

        self.template_about = QLabel("")
        self.template_about.setWordWrap(True)
        self.template_about.setObjectName("muted")
        left = QVBoxLayout()
        left.addLayout(form)
        left.addSpacing(12)
        left.addWidget(self.template_about)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        middle = QVBoxLayout()
        middle.addWidget(QLabel("<b>Outline</b>"))
        middle.addWidget(self.tree, 1)
        middle.addLayout(outline_buttons)
        middle.addWidget(self.free_label)
        middle.addWidget(self.free_text)
        middle.addWidget(QLabel("<b>Warnings</b>"))
        middle.addWidget(self.warnings)
        middle_widget = QWidget()
        middle_widget.setLayout(middle)

        # --- preview and export
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName("Preview of the pack")
        self.preview_state = QLabel("Preview: nothing yet")
        self.preview_state.setObjectName("muted")
        self.export_button = QPushButton("&Export…")
        self.export_button.setToolTip("Export the pack as Word and/or PDF (Ctrl+E)")
        self.export_button.setDefault(True)
        right = QVBoxLayout()
        top_right = QHBoxLayout()
        top_right.addWidget(self.preview_state, 1)
        top_right.addWidget(self.export_button)
        right.addLayout(top_right)
        right.addWidget(self.preview, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        self._buffer: QBuffer | None = None

        split = QSplitter()
        split.addWidget(left_widget)
        split.addWidget(middle_widget)
        split.addWidget(right_widget)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 4)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(drafts_row)
        layout.addWidget(split, 1)

        # --- timers and wiring
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        for widget in (self.name, self.also, self.recipient, self.office, self.event_field):
            widget.textChanged.connect(self._form_changed)
        for combo in (self.template, self.language, self.classification, self.paper):
            combo.currentIndexChanged.connect(self._form_changed)
        self.country.currentIndexChanged.connect(self._form_changed)
        self.date.dateChanged.connect(self._form_changed)
        self.tree.itemChanged.connect(self._tree_changed)
        self.tree.reordered.connect(self._tree_changed)
        self.tree.currentItemChanged.connect(self._section_selected)
        self.free_text.textChanged.connect(self._free_text_changed)
        self.up_button.clicked.connect(lambda: self.tree.move_current(-1))
        self.down_button.clicked.connect(lambda: self.tree.move_current(1))
        QShortcut(QKeySequence("Alt+Up"), self.tree, lambda: self.tree.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tree, lambda: self.tree.move_current(1))
        self.add_item_button.clicked.connect(self.add_item)
        self.export_button.clicked.connect(self.export_dialog)
        self.new_button.clicked.connect(lambda: self.new_pack())
        self.duplicate_button.clicked.connect(self.duplicate_draft)
        self.delete_button.clicked.connect(self.delete_draft)
        self.drafts.activated.connect(self._draft_chosen)

    # ------------------------------------------------------------------------------------------ setup
    def load(self) -> None:
        """Fill the country list, then open the most recent draft (or a new pack)."""
        self.tasks.library(lambda library: [(c.code, c.name("en")) for c in library.countries()],
                           self._countries_loaded, self._error)

    def _countries_loaded(self, countries: list[tuple[str, str]]) -> None:
        self._filling = True
        self.country.clear()
        for code, name in countries:
            self.country.addItem(f"{name} ({code})", code)
        self._filling = False
        drafts = self.store.list()
        self._fill_drafts(drafts)
        if drafts:
            self.open_draft(drafts[0].id)
        else:
            self.new_pack()

    def _fill_drafts(self, drafts: list[DraftInfo] | None = None) -> None:
        drafts = self.store.list() if drafts is None else drafts
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for info in drafts:
            self.drafts.addItem(f"{info.name} — {info.country}, saved {info.saved_at.replace('T', ' ')[:16]}",
                                info.id)
        index = self.drafts.findData(self.draft_id)
        self.drafts.setCurrentIndex(max(index, 0))
        self.drafts.blockSignals(False)

    def new_pack(self, template: str = "ministerial-summit", country: str = "ETH") -> None:
        if self.draft_id is not None:
            self.save_draft()
        spec = PackSpec(template=template if template in self.templates else next(iter(self.templates)),
                        country=country, date=_dt.date.today().isoformat(), language=self.settings.language,
                        classification=self.settings.default_classification, paper=self.settings.paper)
        self.draft_id = self.store.new_id()
        self._show(f"New pack {_dt.date.today():%d %b %Y}", spec)
        self.save_draft()
        self.name.setFocus()
        self.name.selectAll()

    def open_draft(self, draft_id: str) -> None:
        if self.draft_id is not None and self.draft_id != draft_id:
            self.save_draft()
        try:
            name, spec = self.store.load(draft_id)
        except BriefingBuilderError as exc:
            self._error(exc)
            return
        self.draft_id = draft_id
        self._show(name, spec)
        self._fill_drafts()

    def _draft_chosen(self, index: int) -> None:
        draft_id = self.drafts.itemData(index)
        if draft_id and draft_id != self.draft_id:
            self.open_draft(draft_id)

    def duplicate_draft(self) -> None:
        if self.draft_id is None:
            return
        self.save_draft()
        info = self.store.duplicate(self.draft_id)
        self.open_draft(info.id)
        self.status.emit(f"Duplicated as “{info.name}”.")

    def delete_draft(self) -> None:
        if self.draft_id is None:
            return
        answer = QMessageBox.question(self, "Delete draft", f"Delete the draft “{self.name.text()}”?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.draft_timer.stop()
        self.store.delete(self.draft_id)
        self.draft_id = None
        drafts = self.store.list()
        if drafts:
            self.open_draft(drafts[0].id)
        else:
            self.new_pack()
        self.drafts_changed.emit()

    # ------------------------------------------------------------------------------------------ form
    def _show(self, name: str, spec: PackSpec) -> None:
        self._filling = True
        self.spec = spec
        self.name.setText(name)
        self.template.setCurrentIndex(max(self.template.findData(spec.template), 0))
        self.country.setCurrentIndex(max(self.country.findData(spec.country), 0))
        self.also.setText(", ".join(spec.extra_countries))
        self.recipient.setText(spec.recipient)
        self.office.setText(spec.office)
        self.event_field.setText(spec.event)
        self.date.setDate(QDate.fromString(spec.resolved_date(), "yyyy-MM-dd"))
        self.language.setCurrentIndex(max(self.language.findData(spec.language), 0))
        if spec.classification and self.classification.findText(spec.classification) < 0:
            self.classification.addItem(spec.classification)
        self.classification.setCurrentText(spec.classification or self.settings.default_classification)
        self.paper.setCurrentIndex(max(self.paper.findData(spec.paper or self.settings.paper), 0))
        self._filling = False
        self._update_also()
        self.refresh_outline()
        self.preview_timer.start()

    def _update_also(self) -> None:
        template = self.templates.get(self.template.currentData())
        self.also.setEnabled(bool(template and template.multi_country))
        if template is not None:
            self.template_about.setText(f"<b>{template.title_in('en')}</b><br>{template.description_in('en')}")

    def _form_changed(self, *_args) -> None:
        if self._filling or self.spec is None:
            return
        self._update_also()
        codes = tuple(code.strip().upper() for code in self.also.text().split(",") if code.strip())
        template = self.template.currentData()
        spec = dataclasses.replace(
            self.spec, template=template, country=self.country.currentData() or self.spec.country,
            extra_countries=codes, recipient=self.recipient.text(), office=self.office.text(),
            event=self.event_field.text(), date=self.date.date().toString("yyyy-MM-dd"),
            language=self.language.currentData(), classification=self.classification.currentText(),
            paper=self.paper.currentData())
        if template != self.spec.template:  # section overrides belong to one template
            spec = dataclasses.replace(spec, overrides={}, section_order=())
        outline_needed = (spec.template, spec.country, spec.extra_countries, spec.language) != (
            self.spec.template, self.spec.country, self.spec.extra_countries, self.spec.language)
        self.spec = spec
        self._spec_changed(outline=outline_needed)

    def _spec_changed(self, outline: bool = False) -> None:
        self.draft_timer.start()
        self.preview_timer.start()
        if outline:
            self.refresh_outline()

    # ------------------------------------------------------------------------------------------ outline
    def refresh_outline(self) -> None:
        """Assemble (in the background) with no item dropped, to list every candidate with its state."""
        if self.spec is None:
            return
        spec = self.spec
        candidates = dataclasses.replace(spec, overrides={
            sid: dataclasses.replace(o, dropped=(), hidden=False) for sid, o in spec.overrides.items()})
        settings, dirs = self.settings, self.template_dirs

        def outline(library: Library):
            from ..pack.assemble import assemble  # imported on first use: keeps start-up quick

            pack = assemble(library, candidates, settings, extra_template_dirs=dirs)
            template = self.templates[spec.template]
            titles = {}
            for section in pack.sections:
                for uid in section.item_uids:
                    item = library.item(uid)
                    titles[uid] = (item.title, kind_label(item.kind), item.review_by if item.is_stale() else None)
            sections = [(s.id, s.heading_in(spec.language).replace("{country}", pack.cover.country),
                         next((p.item_uids for p in pack.sections if p.id == s.id), ())) for s in template.sections]
            return sections, titles, pack.warnings

        generation = spec
        self.tasks.library(outline, lambda result: self._show_outline(generation, result), self._outline_failed)

    def _outline_failed(self, error: BaseException) -> None:
        self.tree.clear()
        self.warnings.clear()
        self.warnings.addItem(QListWidgetItem(f"Cannot assemble this pack: {error}"))

    def _show_outline(self, spec_then: PackSpec, result) -> None:
        if self.spec is None or spec_then.template != self.spec.template:
            return
        sections, titles, warnings = result
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._filling = True
        current = self.tree.currentItem()
        current_key = (current.data(0, ROLE_TYPE), current.data(0, ROLE_ID)) if current else None
        self.tree.clear()
        self.outline_uids = {}
        for section_id, heading, uids in sections:
            override = self.spec.override(section_id)
            top = QTreeWidgetItem([heading])
            top.setData(0, ROLE_TYPE, SECTION)
            top.setData(0, ROLE_ID, section_id)
            top.setFlags((top.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsDragEnabled
                         & ~Qt.ItemFlag.ItemIsDropEnabled)
            top.setCheckState(0, Qt.CheckState.Unchecked if override.hidden else Qt.CheckState.Checked)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            self.outline_uids[section_id] = list(uids)
            for uid in uids:
                title, kind, stale = titles.get(uid, (uid, "", None))
                child = QTreeWidgetItem([f"{title}"])
                child.setData(0, ROLE_TYPE, ITEM)
                child.setData(0, ROLE_ID, uid)
                child.setToolTip(0, f"{kind} · {uid}" + (f"\nReview was due on {stale}" if stale else ""))
                child.setFlags((child.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                               & ~Qt.ItemFlag.ItemIsDropEnabled)
                child.setCheckState(0, Qt.CheckState.Unchecked if uid in override.dropped else Qt.CheckState.Checked)
                if stale:
                    child.setIcon(0, warning_icon)
                top.addChild(child)
                if current_key == (ITEM, uid):
                    self.tree.setCurrentItem(child)
            if current_key == (SECTION, section_id):
                self.tree.setCurrentItem(top)
        self.tree.expandAll()
        self.warnings.clear()
        for warning in warnings:
            entry = QListWidgetItem(warning_icon, warning.message)
            entry.setToolTip(warning.message)
            self.warnings.addItem(entry)
        if not warnings:
            self.warnings.addItem("No warnings: every item is within its review date.")
        self._filling = False

    def _tree_changed(self, *_args) -> None:
        if self._filling or self.spec is None:
            return
        spec = self.spec
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            section_id = top.data(0, ROLE_ID)
            order, dropped = [], []
            for row in range(top.childCount()):
                child = top.child(row)
                uid = child.data(0, ROLE_ID)
                order.append(uid)
                if child.checkState(0) == Qt.CheckState.Unchecked:
                    dropped.append(uid)
            override = spec.override(section_id)
            changed = dict(hidden=top.checkState(0) == Qt.CheckState.Unchecked, dropped=tuple(dropped))
            if order != self.outline_uids.get(section_id, []) or override.order:
                changed["order"] = tuple(order)
            if any(getattr(override, key) != value for key, value in changed.items()):
                spec = spec.with_override(section_id, **changed)
        if spec != self.spec:
            self.spec = spec
            self._spec_changed()

    def _selected_section(self) -> str | None:
        current = self.tree.currentItem()
        if current is None:
            return None
        top = current if current.data(0, ROLE_TYPE) == SECTION else current.parent()
        return top.data(0, ROLE_ID) if top is not None else None

    def _section_selected(self, *_args) -> None:
        section_id = self._selected_section()
        self._filling = True
        self.free_text.setEnabled(section_id is not None)
        self.free_text.setPlainText(self.spec.override(section_id).free_text if section_id and self.spec else "")
        self.free_label.setText(f"Text added to “{self.tree.currentItem().text(0)[:50]}” for this meeting:"
                                if section_id and self.tree.currentItem() and
                                self.tree.currentItem().data(0, ROLE_TYPE) == SECTION else
                                "Text added to the selected section for this meeting:")
        self._filling = False

    def _free_text_changed(self) -> None:
        section_id = self._selected_section()
        if self._filling or self.spec is None or section_id is None:
            return
        self.spec = self.spec.with_override(section_id, free_text=self.free_text.toPlainText())
        self._spec_changed()

    def add_item(self) -> None:
        section_id = self._selected_section()
        if section_id is None or self.spec is None:
            QMessageBox.information(self, "Add item", "Select the section to add the item to first.")
            return
        dialog = ItemPickerDialog(self.tasks, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_uid:
            pinned = tuple(dict.fromkeys(self.spec.override(section_id).pinned + (dialog.chosen_uid,)))
            self.spec = self.spec.with_override(section_id, pinned=pinned)
            self._spec_changed(outline=True)

    # ------------------------------------------------------------------------------------------ drafts
    def save_draft(self) -> None:
        self.draft_timer.stop()
        if self.draft_id is None or self.spec is None:
            return
        try:
            self.store.save(self.draft_id, self.name.text() or "Untitled pack", self.spec)
        except BriefingBuilderError as exc:
            self.status.emit(f"The draft could not be saved: {exc}")
            return
        self._fill_drafts()

    # ------------------------------------------------------------------------------------------ preview
    def refresh_preview(self) -> None:
        if self.spec is None:
            return
        if self._preview_token is not None:
            self._preview_token.cancel()
        self._preview_generation += 1
        generation, spec = self._preview_generation, self.spec
        settings, dirs, path = self.settings, self.template_dirs, self.location.library_path
        self.preview_state.setText("Preview: updating…")

        def render(_progress, cancelled):
            from ..pack.assemble import assemble
            from ..render.pdf import render_bytes

            with Library.open(path, create=False) as library:
                pack = assemble(library, spec, settings, extra_template_dirs=dirs, cancelled=cancelled)
            return render_bytes(pack, cancelled=cancelled)[0]

        self._preview_token = self.tasks.job(render, lambda data: self._show_preview(generation, data),
                                             lambda error: self._preview_failed(generation, error))

    def _show_preview(self, generation: int, data: bytes) -> None:
        if generation != self._preview_generation:
            return
        page = self.preview.pageNavigator().currentPage()
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if page and page < self.pdf.pageCount():
            self.preview.pageNavigator().jump(page, QPoint())
        self.preview_state.setText(f"Preview: {self.pdf.pageCount()} pages, as it will print")

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._preview_generation and not isinstance(error, Cancelled):
            self.preview_state.setText(f"Preview failed: {error}")

    # ------------------------------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        if self.spec is None:
            return
        from ..build import default_basename

        dialog = ExportDialog(default_basename(self.spec), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export(Path(dialog.folder.text()), dialog.formats(), dialog.file_name.text().strip() or None)

    def export(self, folder: Path, formats: tuple[str, ...], basename: str | None = None) -> None:
        """Build in the background with a progress dialog; Cancel stops it and leaves no file."""
        if self.spec is None or not formats:
            return
        self.save_draft()
        spec, settings, dirs, path = self.spec, self.settings, self.template_dirs, self.location.library_path
        progress = QProgressDialog("Building the pack…", "Cancel", 0, 100, self)
        progress.setWindowTitle("Export")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)

        def on_progress(done: int, total: int, _what: str) -> None:
            if total:
                progress.setValue(min(99, int(done * 100 / total)))

        def done(result) -> None:
            progress.reset()
            self.export_token = None
            self.last_export = list(result.files)
            self.status.emit(f"Exported {', '.join(p.name for p in result.files)} to {folder}.")
            self._exported(result)

        def failed(error: BaseException) -> None:
            progress.reset()
            self.export_token = None
            if isinstance(error, Cancelled):
                self.status.emit("Export cancelled; no file was written.")
                return
            self.status.emit(f"Export failed: {error}")
            QMessageBox.warning(self, "Export failed", str(error))

        self.export_token = self.tasks.process(
            "briefing_builder.build:build_from_library_file",
            dict(library_path=path, spec=spec, out_dir=folder, formats=formats, settings=settings,
                 extra_template_dirs=dirs, basename=basename), done, failed, on_progress)
        progress.canceled.connect(lambda: self.export_token and self.export_token.cancel())

    def _exported(self, result) -> None:
        if getattr(self, "quiet_exports", False):
            return
        box = QMessageBox(self)
        box.setWindowTitle("Export finished")
        warnings = "".join(f"\n• {w.message}" for w in result.warnings[:6])
        box.setText(f"The pack is marked {result.pack.classification}.\n\n"
                    + "\n".join(str(p) for p in result.files) + (f"\n\nWarnings:{warnings}" if warnings else ""))
        open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton("Show in folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[-1])))
        elif box.clickedButton() is folder_button:
            show_in_folder(result.files[0])

    def _error(self, error: BaseException) -> None:
        self.status.emit(str(error))


def show_in_folder(path: Path) -> None:
    """Open the file manager at the file (selecting it where the platform allows)."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607 - local file manager
    elif sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])  # noqa: S603,S607
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportDialog(QDialog):
    def __init__(self, basename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export the pack")
        self.word = QCheckBox("Word (.docx), to edit")
        self.word.setChecked(True)
        self.pdf = QCheckBox("PDF, to read and print")
        self.pdf.setChecked(True)
        self.folder = QLineEdit(str(Path.home() / "Documents" if (Path.home() / "Documents").is_dir() else Path.home()))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.file_name = QLineEdit(basename)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Formats:", self.word)
        form.addRow("", self.pdf)
        form.addRow("Folder:", folder_row)
        form.addRow("File name:", self.file_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export to", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in (("docx", self.word), ("pdf", self.pdf)) if box.isChecked())


class ItemPickerDialog(QDialog):
    """Find an item in the library to pin into a section."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.chosen_uid: str | None = None
        self.setWindowTitle("Add an item from the library")
        self.resize(620, 460)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search the library…")
        self.results = QListWidget()
        self.results.setAccessibleName("Matching items")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.results.itemDoubleClicked.connect(lambda _i: self._accept())
        self._search()

    def _search(self) -> None:
        query = self.search.text()
        self.tasks.library(lambda library: library.search(query, SearchFilters(), typed=True, limit=100).items,
                           self._show)

    def _show(self, items) -> None:
        self.results.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.title}  ·  {kind_label(item.kind)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.uid)
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        current = self.results.currentItem()
        if current is not None:
            self.chosen_uid = current.data(Qt.ItemDataRole.UserRole)
            self.accept()
