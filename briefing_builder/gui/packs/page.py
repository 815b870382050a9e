"""The Packs page: drafts, the tailoring form, the outline with free text and warnings, the live preview, export.

One value, one path: the page holds the pack's state (`PackState`: draft name and `PackSpec`); every user edit
becomes one `PackEdit` on the page's own `undo_stack` (the main window's undo group makes it the active stack
while this page is shown), and applying a state updates the form, the outline, the free text, the preview and
the draft together. So what is shown is what is built, and Undo restores all of it.

The preview renders off the UI thread a short while after the last edit (`PREVIEW_DELAY_MS`); a newer edit
cancels an older render and late results are dropped (generation counter). It stays on the page the user was
looking at, and after an edit to a section it shows that section's page. The page subscribes itself to
`Tasks.changed` (library writes anywhere) and reports failed background work through `present_error`.

Layout for small screens (1024×600): the form scrolls, the three panes sit in a splitter whose panes collapse,
the outline and the free text share a vertical splitter, the preview can be hidden, and Export sits in the top
row, always in reach. `save_state`/`restore_state` keep the splitters and the preview's visibility.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import BriefingBuilderError, Cancelled
from ...library import Library
from ...pack.choices import CountryNames, CountryResolver
from ...pack.drafts import DraftInfo, DraftStore
from ...pack.select import holds_items, why_no_items
from ...pack.spec import PackSpec
from ...pack.templates import load_templates
from ...paths import DataLocation
from ...settings import Settings
from .. import core_text
from ..i18n import current_language, format_timestamp
from ..tasks import Tasks
from .commands import PackEdit, PackState
from .export_dialog import ExportDialog, finished_box, resolve_existing
from .form import LANGUAGES, PAPERS, PackForm
from .item_picker import ItemPickerDialog
from .meeting_part import MeetingPart
from .jobs import OutlineListing, RenderedPreview, outline_listing, render_preview
from .outline import OutlinePanel
from .preview import PreviewPanel

PREVIEW_DELAY_MS = 80  # after the last edit: a pause between keystrokes; the ministerial pack renders in ~60 ms
DRAFT_DELAY_MS = 1_000  # a crash loses at most about a second of work on a draft
FIELD_LABELS = {"name": QT_TRANSLATE_NOOP("PackBuilderPage", "Name"),
                "template": QT_TRANSLATE_NOOP("PackBuilderPage", "Template"),
                "country": QT_TRANSLATE_NOOP("PackBuilderPage", "Country"),
                "extra_countries": QT_TRANSLATE_NOOP("PackBuilderPage", "Also"),
                "recipient": QT_TRANSLATE_NOOP("PackBuilderPage", "Recipient"),
                "office": QT_TRANSLATE_NOOP("PackBuilderPage", "Office"),
                "event": QT_TRANSLATE_NOOP("PackBuilderPage", "Event"),
                "date": QT_TRANSLATE_NOOP("PackBuilderPage", "Date"),
                "language": QT_TRANSLATE_NOOP("PackBuilderPage", "Language"),
                "classification": QT_TRANSLATE_NOOP("PackBuilderPage", "Classification"),
                "paper": QT_TRANSLATE_NOOP("PackBuilderPage", "Paper size")}
# What a section holds instead of library items (the reason Add item is greyed out there).
SECTION_HOLDS = {"text": QT_TRANSLATE_NOOP("PackBuilderPage", "only text (the template's and yours)"),
                 "summary": QT_TRANSLATE_NOOP("PackBuilderPage", "a summary written from the rest of the pack"),
                 "sources": QT_TRANSLATE_NOOP("PackBuilderPage", "the list of sources cited"),
                 "country_profile": QT_TRANSLATE_NOOP("PackBuilderPage", "the country's own record"),
                 "country_comparison": QT_TRANSLATE_NOOP("PackBuilderPage", "a table of the countries' statuses")}
OUTLINE_FIELDS = ("template", "country", "extra_countries", "language")  # fields that change what sections list


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PackBuilderPage(QWidget):
    status = Signal(str)
    drafts_changed = Signal()
    preview_shown = Signal(int)  # the preview generation now on screen (benchmarks and tests wait for it)

    def __init__(self, tasks: Tasks, settings: Settings, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self._settings, self.location = tasks, settings, location
        self.store = DraftStore(location.drafts_dir)
        self.template_dirs = [location.templates_dir] + (
            [settings.extra_templates_folder] if settings.extra_templates_folder else [])
        self.templates = load_templates(self.template_dirs)
        self.draft_id: str | None = None
        self._state: PackState | None = None
        self._filling = False
        self._preview_generation = 0
        self._preview_token = None
        self._preview_focus: tuple[str, str] | None = None  # (section id, "start" | "end") to show after a render
        self._outline_generation = 0
        self._problems: list[str] = []
        self.section_pages: dict[str, tuple[int, int]] = {}  # section id -> (first, last) page, zero-based
        self.preview_timing: dict[str, float] = {}  # the last preview's phases (ms), reported by `bench gui`
        self.export_token = None
        self.last_export: list[Path] = []
        self.undo_stack = QUndoStack(self)  # this page's edits only; the main window's undo group activates it

        # --- top row: drafts, preview toggle, export (always in reach)
        self.drafts = QComboBox()
        self.drafts.setAccessibleName(self.tr("Saved pack drafts"))
        self.drafts.setAccessibleDescription(self.tr("Choose a draft to open it; drafts are saved as you work"))
        self.drafts.setMinimumContentsLength(16)
        self.drafts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        drafts_label = QLabel(self.tr("Dr&aft:"))
        drafts_label.setBuddy(self.drafts)
        self.new_button = QPushButton(self.tr("Ne&w pack"))
        self.new_button.setToolTip(self.tr("Start a new pack (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(self.tr("Save a copy of this draft and open it"))
        self.delete_button = QPushButton(self.tr("Delete draft…"))
        self.delete_button.setToolTip(self.tr("Delete this draft (asks first)"))
        self.preview_toggle = QPushButton(self.tr("Preview"))
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.setChecked(True)
        self.preview_toggle.setToolTip(self.tr("Show or hide the preview (more room for the outline on a small screen)"))
        self.preview_toggle.setAccessibleDescription(self.tr("Pressed while the preview is shown"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the pack as Word and/or PDF (Ctrl+E)"))
        self.export_button.setDefault(True)
        for button, name in ((self.new_button, self.tr("New pack")),
                             (self.duplicate_button, self.tr("Duplicate draft")),
                             (self.delete_button, self.tr("Delete draft")),
                             (self.preview_toggle, self.tr("Show the preview")),
                             (self.export_button, self.tr("Export the pack"))):
            button.setAccessibleName(name)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(drafts_label)
        drafts_row.addWidget(self.drafts, 1)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            drafts_row.addWidget(button)
        drafts_row.addSpacing(12)
        drafts_row.addWidget(self.preview_toggle)
        drafts_row.addWidget(self.export_button)

        # --- form (scrolls when the window is short)
        self.form = PackForm(self.templates, settings)
        for attribute in ("name", "template", "country", "also", "recipient", "office", "event_field", "date",
                          "language", "classification", "paper", "template_about"):
            setattr(self, attribute, getattr(self.form, attribute))
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumWidth(200)
        self.meeting_part = MeetingPart(self, self.form_scroll)  # tabs: the form, the meeting, the document

        # --- outline, free text, warnings (a vertical splitter of its own)
        self.outline_panel = OutlinePanel()
        self.middle_splitter = self.outline_panel
        for attribute in ("tree", "add_item_button", "up_button", "down_button", "free_label", "free_text",
                          "warnings"):
            setattr(self, attribute, getattr(self.outline_panel, attribute))

        # --- preview
        self.preview_panel = PreviewPanel()
        self.pdf = self.preview_panel.pdf
        self.preview = self.preview_panel.view
        self.preview_state = self.preview_panel.state

        self.splitter = QSplitter()
        self.splitter.setObjectName("packsSplitter")
        self.splitter.setChildrenCollapsible(True)
        for index, (widget, stretch) in enumerate(((self.meeting_part.tabs, 3), (self.middle_splitter, 3),
                                                   (self.preview_panel, 4))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(drafts_row)
        layout.addWidget(self.splitter, 1)
        self._set_tab_order()

        # --- timers and wiring
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._autosave)
        self.form.edited.connect(self._form_edited)
        self.form.problems_changed.connect(self._update_actions)
        self.tree.toggled.connect(self._toggled)
        self.tree.move_requested.connect(self._move_requested)
        self.tree.entry_activated.connect(self.show_entry)
        self.tree.currentItemChanged.connect(self._section_selected)
        self.free_text.textChanged.connect(self._free_text_changed)
        self.free_text.installEventFilter(self.form._sessions)  # one undo command per visit to the text
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
        self.preview_toggle.toggled.connect(self.set_preview_visible)
        self.tasks.changed.connect(self._library_changed)
        self.warnings.itemActivated.connect(self._warning_activated)
        self.translation_editor = None
        self._missing: tuple = ()
        self._update_actions()

    def _set_tab_order(self) -> None:
        """Tab follows what the eye reads: the top row, the form, the outline and its buttons, the text, the
        warnings, then the preview's tools and the preview."""
        panel = self.preview_panel
        chain = [self.drafts, self.new_button, self.duplicate_button, self.delete_button, self.preview_toggle,
                 self.export_button, *self.form.focus_widgets(), *self.meeting_part.focus_widgets(), self.tree, self.add_item_button, self.up_button,
                 self.down_button, self.free_text, self.warnings, panel.zoom_out, panel.zoom_in, panel.fit_width,
                 panel.previous, panel.page_box, panel.next, panel.view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------------------------------ state
    @property
    def settings(self) -> Settings:
        return self._settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        """New settings (from the Settings dialog): markings offered, defaults; the preview is redrawn."""
        self._settings = settings
        self.form.set_markings(settings.allowed_markings)
        if self._state is not None:
            self.form.show_spec(self._state.name, self._state.spec, settings)
        self.schedule_preview()

    @property
    def spec(self) -> PackSpec | None:
        return self._state.spec if self._state else None

    @spec.setter
    def spec(self, spec: PackSpec) -> None:
        """Replace the spec without an undo command (scripts and tests; user edits go through commands)."""
        self.apply_state(PackState(self._state.name if self._state else "", spec))

    @property
    def state(self) -> PackState | None:
        return self._state

    def apply_state(self, state: PackState, focus: tuple[str, str] | None = None) -> None:
        """Make `state` the pack on the page: form, outline, free text, preview and draft all follow."""
        old = self._state
        self._state = state
        self.form.show_spec(state.name, state.spec, self._settings)
        self.meeting_part.show(state.spec)
        outline_needed = old is None or any(getattr(old.spec, f) != getattr(state.spec, f) for f in OUTLINE_FIELDS) \
            or any(old.spec.override(s).pinned != state.spec.override(s).pinned
                   for s in set(old.spec.overrides) | set(state.spec.overrides))
        if outline_needed:
            self.refresh_outline()
        else:
            self.tree.sync(state.spec)
        if focus is not None and (focus[1] or self.tree.selected_section() != focus[0]):
            self.tree.select(*focus)  # what changed is in front of the user (undo of an edit elsewhere too)
        self._show_free_text()
        self._update_actions()
        if old is not None and old != state:
            section = focus[0] if focus else None
            self.schedule_preview(section, "end" if section and old.spec.override(section).free_text !=
                                  state.spec.override(section).free_text else "start")
            self.draft_timer.start()

    def _edit(self, after: PackState, text: str, merge_key: tuple | None = None,
              focus: tuple[str, str] | None = None) -> None:
        """Push the change from the current state to `after` as one undoable command (nothing when no change)."""
        if self._state is None or after == self._state:
            return
        self.undo_stack.push(PackEdit(self, self._state, after, text, merge_key, focus))

    def _with_spec(self, spec: PackSpec) -> PackState:
        assert self._state is not None
        return dataclasses.replace(self._state, spec=spec)

    # ------------------------------------------------------------------------------------------ setup
    def load(self) -> None:
        """Fill the country list, then open the most recent draft (or a new pack)."""
        language = current_language()  # the list shows names in the interface's language ("Éthiopie (ETH)")
        self.tasks.library(lambda library: [dataclasses.replace(CountryNames.of(c),
                                                                label=f"{c.name(language)} ({c.code})")
                                            for c in library.countries()],
                           self._countries_loaded, lambda error: self._present(error, self.tr("Loading the countries")))

    def _countries_loaded(self, countries: list[CountryNames]) -> None:
        self.form.set_countries(CountryResolver(countries))
        drafts = self.store.list()
        self._fill_drafts(drafts)
        if drafts:
            self.open_draft(drafts[0].id)
        else:
            self.new_pack()

    def _present(self, error: BaseException, what: str) -> None:
        from ..errors import present_error

        present_error(self, error, what)

    def _library_changed(self, changes, _initiator) -> None:
        """Any library write (this page makes none): list the candidates again and redraw the preview."""
        if self._state is not None and changes:
            self.refresh_outline()
            self.schedule_preview()

    # ------------------------------------------------------------------------------------------ drafts
    def _fill_drafts(self, drafts: list[DraftInfo] | None = None) -> None:
        drafts = self.store.list() if drafts is None else drafts
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for info in drafts:
            self.drafts.addItem(self.tr("{name} — {country}, saved {saved}").format(
                name=info.name, country=info.country, saved=format_timestamp(info.saved_at)), info.id)
        index = self.drafts.findData(self.draft_id)
        self.drafts.setCurrentIndex(max(index, 0))
        self.drafts.blockSignals(False)

    def _open(self, draft_id: str, state: PackState) -> None:
        """Show another pack: its own undo history starts empty (undo never reaches into another draft)."""
        self.draft_timer.stop()
        self.draft_id = draft_id
        self.undo_stack.clear()
        self._state = None  # everything is shown afresh
        self.apply_state(state)
        self.schedule_preview()

    def _new_pack_language(self) -> str:
        """A new pack's language: the configured `output.language` when a file sets it, else the interface's
        (a French interface starts French packs), else English."""
        from ..i18n import interface_language
        from ...pack.spec import LANGUAGES

        if "output.language" in self._settings.origins:
            return self._settings.language
        language = interface_language(self._settings)
        return language if language in LANGUAGES else self._settings.language

    def new_pack(self, template: str = "ministerial-summit", country: str = "ETH") -> None:
        if self.draft_id is not None:
            self.save_draft()
        spec = PackSpec(template=template if template in self.templates else next(iter(self.templates)),
                        country=country, date=_dt.date.today().isoformat(), language=self._new_pack_language(),
                        classification=self._settings.default_classification, paper=self._settings.paper)
        self._open(self.store.new_id(), PackState(self.tr("New pack {date}").format(
            date=QLocale().toString(QDate.currentDate(), "d MMM yyyy")), spec))
        self._save(commit=False)
        self.name.setFocus()
        self.name.selectAll()

    def open_draft(self, draft_id: str) -> None:
        if self.draft_id is not None and self.draft_id != draft_id:
            self.save_draft()
        try:
            name, spec = self.store.load(draft_id)
        except BriefingBuilderError as exc:
            self._present(exc, self.tr("Opening the draft"))
            return
        self._open(draft_id, PackState(name, spec))
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
        self.status.emit(self.tr("Duplicated as “{name}”.").format(name=info.name))

    def delete_draft(self) -> None:
        if self.draft_id is None or self._state is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete draft"), self.tr("Delete the draft “{name}”?").format(
            name=self._state.name))
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

    def save_draft(self) -> None:
        """Save now, first resolving any field still being typed in (so the draft is what the form shows)."""
        self._save(commit=True)

    def _autosave(self) -> None:
        self._save(commit=False)  # never resolves a field under the user's fingers

    def _save(self, commit: bool) -> None:
        self.draft_timer.stop()
        if commit:
            self.form.commit()
            self.meeting_part.commit()
        if self.draft_id is None or self._state is None:
            return
        try:
            self.store.save(self.draft_id, self._state.name or self.tr("Untitled pack"), self._state.spec)
        except BriefingBuilderError as exc:
            self.status.emit(self.tr("The draft could not be saved: {error}").format(error=core_text.error_text(exc)))
            return
        self._fill_drafts()

    # ------------------------------------------------------------------------------------------ form edits
    def _form_edited(self, key: str, value, session: int) -> None:
        if self._state is None:
            return
        label = QCoreApplication.translate("PackBuilderPage", FIELD_LABELS[key]) if key in FIELD_LABELS else key
        if key == "name":
            self._edit(dataclasses.replace(self._state, name=value), self.tr("Edit Name"), ("field", key, session))
            return
        spec = dataclasses.replace(self._state.spec, **{key: value})
        if key == "template" and value != self._state.spec.template:  # overrides belong to one template
            spec = dataclasses.replace(spec, overrides={}, section_order=())
        if key in ("recipient", "office", "event"):
            self._edit(self._with_spec(spec), self.tr("Edit {field}").format(field=label), ("field", key, session))
            return
        shown = {"template": lambda v: self.templates[v].title_in(current_language()) if v in self.templates else v,
                 "country": lambda v: self.form.resolver.countries[v].label if v in self.form.resolver.countries
                 else v,
                 "language": lambda v: dict(LANGUAGES).get(v, v), "paper": lambda v: dict(PAPERS).get(v, v),
                 "extra_countries": lambda v: ", ".join(v) or self.tr("none")}.get(key, str)(value)
        self._edit(self._with_spec(spec), self.tr("Change {field} to '{value}'").format(field=label,
                                                                                    value=_short(str(shown))))

    # ------------------------------------------------------------------------------------------ outline edits
    def _title(self, section_id: str, uid: str = "") -> str:
        entry = self.tree.entry(section_id, uid)
        return _short(entry.text(0)) if entry is not None else (uid or section_id)

    def _toggled(self, section_id: str, uid: str, included: bool) -> None:
        if self._state is None:
            return
        spec = self._state.spec
        override = spec.override(section_id)
        if uid:
            dropped = tuple(u for u in override.dropped if u != uid) + (() if included else (uid,))
            after = spec.with_override(section_id, dropped=dropped)
            text = (self.tr("Include '{title}'") if included else self.tr("Leave out '{title}'")).format(
                title=self._title(section_id, uid))
        else:
            after = spec.with_override(section_id, hidden=not included)
            text = (self.tr("Include section '{title}'") if included else self.tr("Leave out section '{title}'")
                    ).format(title=self._title(section_id))
        self._edit(self._with_spec(after), text, focus=(section_id, uid))

    def _move_requested(self, section_id: str, uid: str, row: int) -> None:
        top = self.tree.section(section_id)
        if self._state is None or top is None:
            return
        order = self.tree.uids(top)
        old_row = order.index(uid)
        order.remove(uid)
        order.insert(max(0, min(row, len(order))), uid)
        after = self._state.spec.with_override(section_id, order=tuple(order))
        self._edit(self._with_spec(after), (self.tr("Move '{title}' up") if row < old_row else self.tr("Move '{title}' down")
                                            ).format(title=self._title(section_id, uid)),
                   focus=(section_id, uid))

    def _selected_template_section(self):
        section_id = self.tree.selected_section()
        template = self.templates.get(self._state.spec.template) if self._state else None
        if section_id is None or template is None:
            return None
        return next((s for s in template.sections if s.id == section_id), None)

    def add_item(self) -> None:
        """Pin an item from the library into the selected section (offered only where items can go)."""
        section = self._selected_template_section()
        if section is None or not holds_items(section) or self._state is None:
            self.status.emit(self._add_item_reason() or self.tr("Select a section first."))
            return
        heading = self._title(section.id)
        dialog = ItemPickerDialog(self.tasks, heading, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_uid:
            spec = self._state.spec
            override = spec.override(section.id)
            pinned = tuple(dict.fromkeys(override.pinned + (dialog.chosen_uid,)))
            dropped = tuple(u for u in override.dropped if u != dialog.chosen_uid)
            after = spec.with_override(section.id, pinned=pinned, dropped=dropped)
            self._edit(self._with_spec(after), self.tr("Add '{title}' to '{section}'").format(
                title=_short(dialog.chosen_title), section=heading),
                       focus=(section.id, dialog.chosen_uid))

    def _add_item_reason(self) -> str:
        section = self._selected_template_section()
        if section is None:
            return self.tr("Select a section that lists items (such as Lines to take) to add an item to it.")
        if holds_items(section):
            return ""
        what = SECTION_HOLDS.get(section.kind)  # pack.select.why_no_items says the same, in English, for the CLI
        what = QCoreApplication.translate("PackBuilderPage", what) if what else self.tr("no library items")
        return self.tr("“{section}” holds {what}; library items can only be added to sections that list items.").format(
            section=section.heading_in(current_language()), what=what)

    # ------------------------------------------------------------------------------------------ free text
    def _section_selected(self, *_args) -> None:
        self._show_free_text()
        self._update_actions()

    def _show_free_text(self) -> None:
        section_id = self.tree.selected_section()
        text = self._state.spec.override(section_id).free_text if section_id and self._state else ""
        self.free_text.setEnabled(section_id is not None)
        if self.free_text.toPlainText() != text:
            self._filling = True
            self.free_text.setPlainText(text)
            self._filling = False
        self.free_label.setText(self.tr("Text added to “{section}” for this meeting:").format(
            section=self._title(section_id)) if section_id else
                                self.tr("Text added to the selected section for this meeting:"))

    def _free_text_changed(self) -> None:
        section_id = self.tree.selected_section()
        if self._filling or self._state is None or section_id is None:
            return
        after = self._state.spec.with_override(section_id, free_text=self.free_text.toPlainText())
        session = self.form._sessions.of(self.free_text)
        self._edit(self._with_spec(after), self.tr("Edit the text of '{section}'").format(section=self._title(section_id)),
                   ("free", section_id, session), focus=(section_id, ""))

    # ------------------------------------------------------------------------------------------ actions
    def _update_actions(self) -> None:
        """Enable what can apply now; a disabled action says why (tooltip), and Export's reason goes to the
        status bar too."""
        reason = self._add_item_reason() if self._state else self.tr("Open or start a pack first.")
        self.add_item_button.setEnabled(not reason)
        self.add_item_button.setToolTip(reason or self.tr("Pin an item from the library into the selected section"))
        tips = {-1: (self.tr("Move the selected item up (Alt+Up)"),
                     self.tr("Select an item (not a section) that can move up")),
                1: (self.tr("Move the selected item down (Alt+Down)"),
                    self.tr("Select an item (not a section) that can move down"))}
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            movable = self.tree.can_move(step)
            button.setEnabled(movable)
            button.setToolTip(tips[step][0] if movable else tips[step][1])
        problems = self.form.problems() if self._state else [self.tr("Open or start a pack first.")]
        problems = problems + (self.meeting_part.problems() if self._state else [])
        self.export_button.setEnabled(not problems)
        self.export_button.setToolTip(self.tr("Export the pack as Word and/or PDF (Ctrl+E)") if not problems else
                                      self.tr("Cannot export: {problems}").format(problems=" ".join(problems)))
        if problems != self._problems:
            self._problems = problems
            if problems and self._state is not None:
                self.status.emit(self.tr("Cannot export: {problems}").format(problems=" ".join(problems)))
                self.preview_state.setText(self.tr("Preview shows the last valid choices. {problems}").format(
                    problems=" ".join(problems)))
            elif self._state is not None:
                self.status.emit("")  # a "Cannot export" said before is no longer true
                self.schedule_preview()

    def problems(self) -> list[str]:
        """Why the pack cannot be exported as shown (empty when it can)."""
        return list(self._problems)

    # ------------------------------------------------------------------------------------------ outline
    def refresh_outline(self) -> None:
        """Assemble (in the background) with no item dropped and the rule's order, to list every candidate; the
        tree then shows the spec's ticks and order over that listing (so undo can return to the rule's order)."""
        if self._state is None:
            return
        spec, settings, dirs, templates = self._state.spec, self._settings, self.template_dirs, self.templates
        self._outline_generation += 1
        generation = self._outline_generation

        def outline(library: Library) -> OutlineListing:
            return outline_listing(library, spec, settings, dirs, templates)

        self.tasks.library(outline, lambda result: self._show_outline(generation, result),
                           lambda error: self._outline_failed(generation, error))

    def _outline_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._outline_generation:
            return
        self.tree.clear()
        self.outline_panel.show_problem(self.tr("Cannot assemble this pack: {error}").format(error=core_text.error_text(error)))
        self._update_actions()

    def _show_outline(self, generation: int, result) -> None:
        if generation != self._outline_generation or self._state is None:
            return  # a newer listing is on its way
        sections, warnings, stray = result.sections, result.warnings, result.stray
        self.tree.fill(sections, result.titles, self._state.spec, result.holds)
        headings = {sid: heading for sid, heading, _uids in sections}
        self.outline_panel.show_warnings(
            [self.tr("“{title}” was added to “{section}”, which holds no library items, so it is not in the "
                     "pack.").format(title=_short(title, 60), section=headings.get(section_id, section_id))
             for section_id, _uid, title in stray]
            + [core_text.text(warning.message) for warning in warnings])
        self._show_translations_gaps(result, len(stray))
        self._show_free_text()
        self._update_actions()

    # ------------------------------------------------------------------------------------------ translations
    def _show_translations_gaps(self, result, offset: int) -> None:
        """The summary entry that opens the translation editor, and each missing-version warning marked with
        its record so that activating it opens the editor there."""
        self._missing, self._missing_language = tuple(result.missing), result.language
        keys = {(gap.record, gap.key) for gap in self._missing}
        for index, warning in enumerate(result.warnings):
            if warning.kind == "missing" and ("item", warning.item_uid) in keys:
                entry = self.warnings.item(offset + index)
                if entry is not None:
                    entry.setData(Qt.ItemDataRole.UserRole, ("translate", "item", warning.item_uid))
        self.outline_panel.show_translation_gaps(len(self._missing), result.language)

    def _warning_activated(self, entry) -> None:
        data = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if isinstance(data, tuple) and data and data[0] == "translate":
            self.translate(focus=(data[1], data[2]) if data[1] else None)

    def translate(self, focus: tuple[str, str] | None = None):
        """Open the translation editor on what this pack lacks in its language (undo: this page's Edit ▸ Undo)."""
        from ..translation_editor import TranslationEditor, replay_through

        if self.translation_editor is not None and self.translation_editor.isVisible():
            if focus is not None:  # already open (a second Enter, a double-click): show that record there
                self.translation_editor.open_record(*focus)
            self.translation_editor.raise_()
            return self.translation_editor
        language = getattr(self, "_missing_language", None) or (self._state.spec.language if self._state else "en")
        scope: dict[str, list[str]] = {}
        for gap in self._missing:
            scope.setdefault(gap.record, []).append(gap.key)
        editor = TranslationEditor(self.tasks, language, scope=scope, focus=focus, undo_stack=self.undo_stack,
                                   replay=replay_through(self.tasks, self.status.emit, self),
                                   read_only=self._settings.read_only, parent=self)
        editor.status.connect(self.status)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_: setattr(self, "translation_editor", None))
        self.translation_editor = editor
        editor.open()
        return editor

    # ------------------------------------------------------------------------------------------ preview
    def schedule_preview(self, section_id: str | None = None, where: str = "start") -> None:
        """Render again a moment after the last edit; afterwards show `section_id`'s page if given."""
        if section_id is not None:
            self._preview_focus = (section_id, where)
        self.preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the pack now, in the background; an older render still running is cancelled."""
        self.preview_timer.stop()
        if self._state is None:
            return
        if self._preview_token is not None:
            self._preview_token.cancel()
        self._preview_generation += 1
        generation, spec = self._preview_generation, self._state.spec
        settings, dirs, path = self._settings, self.template_dirs, self.location.library_path
        self.preview_state.setText(self.tr("Preview: updating…"))

        requested = time.perf_counter()

        def render(_progress, cancelled) -> RenderedPreview:
            return render_preview(path, spec, settings, dirs, requested, cancelled)

        self._preview_token = self.tasks.job(render, lambda result: self._show_preview(generation, result),
                                             lambda error: self._preview_failed(generation, error))

    def _show_preview(self, generation: int, result) -> None:
        if generation != self._preview_generation:
            return
        self._preview_token = None
        firsts = result.section_firsts
        loading = time.perf_counter()
        self.preview_panel.load(result.data)
        self.preview_timing = dict(result.timing, load_ms=(time.perf_counter() - loading) * 1000)  # `bench gui`
        pages = self.pdf.pageCount()
        self.section_pages = {}
        for index, (section_id, first) in enumerate(firsts):
            # a section ends on the page where the next one starts (they share it unless a page break intervenes)
            last = firsts[index + 1][1] if index + 1 < len(firsts) else pages - 1
            self.section_pages[section_id] = (first, max(first, last))
        if self._preview_focus is not None:
            section_id, where = self._preview_focus
            self._preview_focus = None
            if section_id in self.section_pages:
                first, last = self.section_pages[section_id]
                page = first
                if where == "end":  # the free text, printed at the section's end: the page showing its last words
                    tail = self._state.spec.override(section_id).free_text.strip()[-12:] if self._state else ""
                    found = self.preview_panel.find_text(tail, first, last) if tail else None
                    page = found if found is not None else last
                self.preview_panel.show_page(page)
        problems = self._problems
        self.preview_state.setText(self.tr("Preview: %Ln page(s), as it will print", "", pages) if not problems else
                                   self.tr("Preview shows the last valid choices. {problems}").format(
                                       problems=" ".join(problems)))
        self.preview_shown.emit(generation)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._preview_generation:
            self._preview_token = None
            if not isinstance(error, Cancelled):
                self.preview_state.setText(self.tr("Preview failed: {error}").format(error=core_text.error_text(error)))

    def show_entry(self, section_id: str, uid: str = "") -> None:
        """Show the page of an outline entry in the preview (a double-click or Enter in the outline)."""
        if section_id not in self.section_pages:
            hidden = self._state is not None and self._state.spec.override(section_id).hidden
            self.status.emit(self.tr("That section is left out of the pack.") if hidden else
                             self.tr("That section has nothing to print yet, or the preview is still being drawn."))
            return
        self.set_preview_visible(True)
        first, last = self.section_pages[section_id]
        page = first
        if uid:
            entry = self.tree.entry(section_id, uid)
            found = self.preview_panel.find_text(entry.text(0)[:40], first, last) if entry is not None else None
            page = found if found is not None else first
        self.preview_panel.show_page(page)
        self.status.emit(self.tr("Page {page} of {pages}.").format(page=QLocale().toString(page + 1),
                                                                 pages=QLocale().toString(self.pdf.pageCount())))

    def set_preview_visible(self, visible: bool) -> None:
        self.preview_panel.setVisible(visible)
        if self.preview_toggle.isChecked() != visible:
            self.preview_toggle.blockSignals(True)
            self.preview_toggle.setChecked(visible)
            self.preview_toggle.blockSignals(False)
        if visible and self.splitter.sizes()[2] == 0:  # collapsed by dragging: give it room again
            sizes = self.splitter.sizes()
            self.splitter.setSizes([sizes[0], max(1, sizes[1] // 2), max(1, sizes[1] - sizes[1] // 2)])

    # ------------------------------------------------------------------------------------------ window state
    def save_state(self, settings: QSettings) -> None:
        """Store the splitters and the preview's visibility (the main window calls this on close)."""
        settings.setValue("packs/splitter", self.splitter.saveState())
        settings.setValue("packs/middle_splitter", self.middle_splitter.saveState())
        settings.setValue("packs/preview_visible", self.preview_panel.isVisibleTo(self))

    def restore_state(self, settings: QSettings) -> None:
        """Restore what `save_state` stored (missing or damaged values are ignored)."""
        for key, splitter in (("packs/splitter", self.splitter), ("packs/middle_splitter", self.middle_splitter)):
            value = settings.value(key)
            if value is not None:
                splitter.restoreState(value)
        visible = settings.value("packs/preview_visible")
        if visible is not None:
            self.set_preview_visible(str(visible).lower() not in ("false", "0"))

    # ------------------------------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        """Ask where to export (and what to do about existing files), then export in the background."""
        if self._state is None:
            return
        self.form.commit()
        self.meeting_part.commit()
        if self._problems:
            self.status.emit(self.tr("Cannot export: {problems}").format(problems=" ".join(self._problems)))
            return
        from ...build import default_basename

        dialog = ExportDialog(default_basename(self._state.spec), getattr(self, "_last_folder", None), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder = Path(dialog.folder.text().strip())
        self._last_folder = folder
        choice = resolve_existing(self, folder, dialog.formats(), dialog.file_name.text().strip())
        if choice is None:
            self.status.emit(self.tr("Export cancelled; no file was changed."))
            return
        self.export(choice.folder, choice.formats, choice.basename, overwrite=choice.overwrite)

    def export(self, folder: Path, formats: tuple[str, ...], basename: str | None = None,
               overwrite: bool = False) -> None:
        """Build in the background with a progress dialog; Cancel stops it and leaves no file. Files of the same
        name are replaced only when `overwrite` (the dialog asks first)."""
        if self._state is None or not formats:
            return
        self.save_draft()
        if self._problems:
            self.status.emit(self.tr("Cannot export: {problems}").format(problems=" ".join(self._problems)))
            return
        spec, settings, dirs, path = self._state.spec, self._settings, self.template_dirs, self.location.library_path
        progress = QProgressDialog(self.tr("Building the pack…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setAccessibleName(self.tr("Export progress"))
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
            self.status.emit(self.tr("Exported {files} to {folder}.").format(files=", ".join(p.name for p in result.files),
                                                                           folder=folder))
            if not getattr(self, "quiet_exports", False):
                finished_box(self, result)

        def failed(error: BaseException) -> None:
            progress.reset()
            self.export_token = None
            if isinstance(error, Cancelled):
                self.status.emit(self.tr("Export cancelled; no file was written."))
                return
            self.status.emit(self.tr("Export failed: {error}").format(error=core_text.error_text(error)))
            self._present(error, self.tr("Export"))

        self.export_token = self.tasks.process(
            "briefing_builder.build:build_from_library_file",
            dict(library_path=path, spec=spec, out_dir=folder, formats=formats, settings=settings,
                 extra_template_dirs=dirs, basename=basename, overwrite=overwrite), done, failed, on_progress)
        progress.canceled.connect(lambda: self.export_token and self.export_token.cancel())


__all__ = ["PackBuilderPage", "PREVIEW_DELAY_MS"]
