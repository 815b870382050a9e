"""The tailoring form: name, template, country, other countries, recipient, office, event, date, language,
marking and paper, each with a label that is its buddy (so screen readers and Alt+letter reach it).

What you see is what you build: an editable combo box resolves what was typed when the user leaves it (Tab, a
click elsewhere) or presses Enter, through the Qt-free resolvers of `pack.choices` ("Senegal", "SEN", "sn",
"Sénégal", "السنغال" all mean Senegal; "ETH" is Ethiopia). A resolved value is shown as the list shows it and
reported with `edited`; text that resolves to nothing keeps an inline error beside the field, and `problems()`
names it, so the page disables Export with that reason. `commit()` resolves whatever is still being typed (the
page calls it before exporting or saving on request).

Mnemonics avoid the menu bar's letters (F, E, V, L, P, H).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..collation import sorted_for_locale
from ...pack.choices import CountryResolver, Resolution, resolve_choice
from ...pack.spec import PackSpec
from ...pack.templates import Template
from ...settings import Settings
from ..bidi import paragraph
from ..core_text import text as core_text
from ..i18n import DATE_PATTERNS, DEFAULT_DATE_PATTERNS, current_language

LANGUAGES = (("en", "English"), ("fr", "Français"), ("pt", "Português"), ("ar", "العربية"))
PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("PackForm", "US Letter")))


class ResolvingCombo(QComboBox):
    """An editable combo box whose typed text is resolved to one of its items, or shown as an error.

    `resolved(value)` fires when the user's text or pick resolves (even to the value it already had: the page
    ignores no-ops); `failed(message)` when it does not. The error label is the widget's own, for the form row.
    """

    resolved = Signal(object)
    failed = Signal(str)

    def __init__(self, resolver: Callable[[str], Resolution], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolver = resolver
        self.error = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # narrow enough for the form's pane on a 1024-pixel screen; long names scroll inside the box
        self.setMinimumContentsLength(10)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.error_label = QLabel("")
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        self.lineEdit().returnPressed.connect(self.commit)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.activated.connect(self._picked)
        # any other change of the current item (arrow keys, a script) is a choice too; the box's own are blocked
        self.currentIndexChanged.connect(self._picked)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving the box (Tab, a click elsewhere) resolves what was typed. Watched application-wide because
        the completer's popup takes the focus events while it is open, so the box itself may not see it go."""
        mine = (self, self.lineEdit(), self.completer().popup(), self.view())
        if old in mine and new is not None and new not in mine and self.isEditable():
            self.completer().popup().hide()
            self.commit()

    def shown_value(self):
        """The value the field shows: its current item's data when the text is that item's, else None."""
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 and self.itemText(index) == self.currentText() else None

    def set_value(self, value) -> None:
        """Show `value` (programmatic: no signal), clearing any error."""
        self.blockSignals(True)
        index = self.findData(value)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(str(value or ""))
        self.lineEdit().setCursorPosition(0)  # show a long name from its start
        self.blockSignals(False)
        # a draft can name something no longer offered (a removed template, a country not in the library)
        self._set_error("" if index >= 0 or not self.count() else
                        self.tr("“{value}” is not in the list any more: choose another.").format(value=value))

    def commit(self) -> None:
        """Resolve the text shown now; show it as its item, or keep it with an error beside the field."""
        text = self.currentText()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            self._accept(self.itemData(index))
            return
        result = self.resolver(text)
        if result.ok and self.findData(result.value) >= 0:
            self._accept(result.value)
        else:
            self._set_error(core_text(result.error) if result.error else
                            self.tr("“{text}” is not in the list.").format(text=text))
            self.failed.emit(self.error)

    def _picked(self, index: int) -> None:
        if index >= 0:
            self._accept(self.itemData(index))

    def _accept(self, value) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(value))
        self.lineEdit().setCursorPosition(0)
        self.blockSignals(False)
        self._set_error("")
        self.resolved.emit(value)

    def _set_error(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.setAccessibleDescription(message)
        self.setProperty("invalid", bool(message))
        self.setStyleSheet("QComboBox { border: 1px solid #c62828; }" if message else "")


class _FocusSessions(QObject):
    """Counts focus-ins per field, so typing in one visit merges into one undo command and the next visit does not."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            self.counts[id(watched)] = self.counts.get(id(watched), 0) + 1
        return False

    def of(self, widget: QObject) -> int:
        return self.counts.get(id(widget), 0)


class PackForm(QWidget):
    """The form's fields. `edited(field, value, session)` reports a user's change to one `PackSpec` field (or
    "name" for the draft's name); `session` identifies one visit to the field (for merging undo commands)."""

    edited = Signal(str, object, int)
    problems_changed = Signal()

    def __init__(self, templates: dict[str, Template], settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = templates
        self.resolver = CountryResolver(())
        self._filling = False
        self._sessions = _FocusSessions(self)

        self.name = QLineEdit()
        self.name.setAccessibleDescription(self.tr("The draft's name, shown in the list of drafts (not printed)"))
        self.template = ResolvingCombo(lambda text: resolve_choice(text, self._template_choices(), "template"))
        for template in templates.values():
            self.template.addItem(template.title_in(current_language()), template.name)
        self.country = ResolvingCombo(self.resolver_resolve)
        self.country.setAccessibleDescription(self.tr("The counterpart country: type its name in English, French, "
                                              "Portuguese or Arabic, or its ISO code, or pick it from the list"))
        self.also = QLineEdit()
        self.also.setPlaceholderText(self.tr("more countries side by side, e.g. KEN, ZAF"))
        self.also.setAccessibleDescription(self.tr("More countries for a side-by-side pack, separated by commas"))
        self.also_error = QLabel("")
        self.also_error.setStyleSheet("color: #c62828;")
        self.also_error.setWordWrap(True)
        self.also_error.hide()
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("e.g. Hon. A. Minister"))
        self.office = QLineEdit()
        self.event_field = QLineEdit()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_PATTERNS.get(current_language(), DEFAULT_DATE_PATTERNS)[0])
        self.language = ResolvingCombo(lambda text: resolve_choice(text, LANGUAGES, "language"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.classification = ResolvingCombo(lambda text: resolve_choice(
            text, [(m, m) for m in self.markings], "marking"))
        self.markings: list[str] = []
        self.set_markings(settings.allowed_markings)
        self.paper = QComboBox()
        self.paper.setMinimumContentsLength(10)
        self.paper.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for code, label in PAPERS:
            self.paper.addItem(QCoreApplication.translate("PackForm", label), code)

        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        rows = (("name", self.tr("Na&me"), self.name), ("template", self.tr("&Template"), self.template),
                ("country", self.tr("&Country"), self.country), ("extra_countries", self.tr("Al&so"), self.also),
                ("recipient", self.tr("&Recipient"), self.recipient), ("office", self.tr("&Office"), self.office),
                ("event", self.tr("Eve&nt"), self.event_field), ("date", self.tr("&Date"), self.date),
                ("language", self.tr("Lan&guage"), self.language),
                ("classification", self.tr("Class&ification"), self.classification),
                ("paper", self.tr("Paper si&ze"), self.paper))
        for key, text, widget in rows:
            label = QLabel(self.tr("{field}:").format(field=text))
            label.setBuddy(widget)
            self.labels[key] = label
            widget.setAccessibleName(text.replace("&", ""))
            widget.installEventFilter(self._sessions)
            if isinstance(widget, ResolvingCombo):
                widget.lineEdit().installEventFilter(self._sessions)
                widget.lineEdit().setAccessibleName(text.replace("&", ""))  # the part a screen reader lands on
            self.layout_.addRow(label, widget)
            error = widget.error_label if isinstance(widget, ResolvingCombo) else (
                self.also_error if widget is self.also else None)
            if error is not None:
                self.layout_.addRow("", error)
        self.also.setAccessibleName(self.tr("Also, more countries"))
        self.template_about = QLabel("")
        self.template_about.setWordWrap(True)
        self.template_about.setObjectName("muted")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.layout_)
        outer.addSpacing(12)
        outer.addWidget(self.template_about)
        outer.addStretch(1)

        for key, widget in (("name", self.name), ("recipient", self.recipient), ("office", self.office),
                            ("event", self.event_field)):
            # textChanged, not textEdited: whoever changes the text (the user, a script, a screenshot tool), the pack
            # follows; the form's own updates are ignored while it fills (`_filling`)
            widget.textChanged.connect(lambda text, k=key, w=widget: self._edited(k, text, w))
        self.also.editingFinished.connect(self._also_finished)
        for key, combo in (("template", self.template), ("country", self.country), ("language", self.language),
                           ("classification", self.classification)):
            combo.resolved.connect(lambda value, k=key, c=combo: self._edited(k, value, c))
            combo.failed.connect(lambda _message: self.problems_changed.emit())
        self.paper.currentIndexChanged.connect(
            lambda index: self._edited("paper", self.paper.itemData(index), self.paper))
        self.date.dateChanged.connect(lambda date: self._edited("date", date.toString("yyyy-MM-dd"), self.date))

    # --- choices
    def resolver_resolve(self, text: str) -> Resolution:
        return self.resolver.resolve(text)

    def _template_choices(self) -> list[tuple[str, str]]:
        return [(name, template.title_in(current_language())) for name, template in self.templates.items()]

    def set_countries(self, resolver: CountryResolver) -> None:
        """The countries to choose from (labels "Name (CODE)"), with the resolver for typed text."""
        self.resolver = resolver
        value = self.country.shown_value()
        self.country.blockSignals(True)
        self.country.clear()
        entries = sorted_for_locale(resolver.countries.items(), lambda e: e[1].label or e[0])
        for code, names in entries:
            self.country.addItem(names.label or code, code)
        self.country.blockSignals(False)
        if value:
            self.country.set_value(value)

    def set_markings(self, markings) -> None:
        self.markings = list(markings)
        current = self.classification.shown_value()
        self.classification.blockSignals(True)
        self.classification.clear()
        for marking in self.markings:
            self.classification.addItem(marking, marking)
        self.classification.blockSignals(False)
        if current:
            self.classification.set_value(current)

    # --- showing a spec
    def show_spec(self, name: str, spec: PackSpec, settings: Settings) -> None:
        """Show `spec` (only fields that differ are touched, so a field being typed in keeps its cursor)."""
        self._filling = True
        try:
            if self.name.text() != name:
                self.name.setText(name)
            if self.template.shown_value() != spec.template or self.template.error:
                self.template.set_value(spec.template)
            if self.country.shown_value() != spec.country or self.country.error:
                self.country.set_value(spec.country)
            also = ", ".join(spec.extra_countries)
            if self._also_codes(self.also.text())[0] != spec.extra_countries or self.also_error.isVisible():
                self.also.setText(also)
                self._set_also_error("")
            for widget, value in ((self.recipient, spec.recipient), (self.office, spec.office),
                                  (self.event_field, spec.event)):
                if widget.text() != value:
                    widget.setText(value)
            date = QDate.fromString(spec.resolved_date(), "yyyy-MM-dd")
            if self.date.date() != date:
                self.date.setDate(date)
            if self.language.shown_value() != spec.language or self.language.error:
                self.language.set_value(spec.language)
            marking = spec.classification or settings.default_classification
            if marking and self.classification.findData(marking) < 0:
                self.classification.addItem(marking, marking)  # a draft's marking no longer configured: shown
            if self.classification.shown_value() != marking or self.classification.error:
                self.classification.set_value(marking)
            paper = spec.paper or settings.paper
            if self.paper.currentData() != paper:
                self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))
        finally:
            self._filling = False
        self.update_template_note(spec.template)
        self.problems_changed.emit()

    def update_template_note(self, template_name: str) -> None:
        template = self.templates.get(template_name)
        self.also.setEnabled(bool(template and template.multi_country))
        if template is not None:
            language = current_language()
            self.template_about.setText(paragraph(f"<b>{template.title_in(language)}</b>", escape=False)
                                        + paragraph(template.description_in(language), escape=False))

    # --- user edits
    def _edited(self, key: str, value, widget: QObject) -> None:
        if not self._filling:
            self.edited.emit(key, value, self._sessions.of(widget))
            self.problems_changed.emit()

    def _also_codes(self, text: str) -> tuple[tuple[str, ...], str]:
        codes, errors = [], []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            result = self.resolver.resolve(part)
            if result.ok:
                codes.append(result.value)
            else:
                errors.append(core_text(result.error))
        return tuple(dict.fromkeys(codes)), " ".join(errors)

    def _also_finished(self) -> None:
        codes, error = self._also_codes(self.also.text())
        self._set_also_error(error)
        if error:
            self.problems_changed.emit()
            return
        if self.also.text() != ", ".join(codes):
            self.also.setText(", ".join(codes))  # shown as the codes the pack uses
        self._edited("extra_countries", codes, self.also)

    def _set_also_error(self, message: str) -> None:
        self.also_error.setText(message)
        self.also_error.setVisible(bool(message))
        self.also.setAccessibleDescription(message or self.tr("More countries for a side-by-side pack, separated by commas"))

    def commit(self) -> None:
        """Resolve every field still being typed in (as leaving it would)."""
        self.date.interpretText()  # a date typed but not yet left takes effect (or the last valid one stays)
        for combo in (self.template, self.country, self.language, self.classification):
            if combo.currentText() != combo.itemText(combo.currentIndex()) or combo.error:
                combo.commit()
        if self.also.isEnabled() and (self._also_codes(self.also.text())[0] != tuple(
                c.strip() for c in self.also.text().split(",") if c.strip()) or self.also_error.isVisible()):
            self._also_finished()

    def problems(self) -> list[str]:
        """Why the pack cannot be built as shown: one sentence per field whose text resolves to nothing."""
        found = []
        for key, combo in (("template", self.template), ("country", self.country), ("language", self.language),
                           ("classification", self.classification)):
            if combo.error:
                found.append(self.tr("{field}: {problem}").format(field=self.labels[key].buddy().accessibleName(),
                                                                  problem=combo.error))
        if self.also_error.isVisible() and self.also.isEnabled():
            found.append(self.tr("Also: {problem}").format(problem=self.also_error.text()))
        return found

    def focus_widgets(self) -> list[QWidget]:
        """The fields in visual (and Tab) order."""
        return [self.name, self.template, self.country, self.also, self.recipient, self.office, self.event_field,
                self.date, self.language, self.classification, self.paper]


__all__ = ["PackForm", "ResolvingCombo", "LANGUAGES", "PAPERS"]
