"""The meeting a pack is for, in the builder (issue 12): two tabs beside the tailoring form.

- `MeetingForm` ("Meeting"): purpose, format, venue, date, time, time zone, duration, who attends on each side,
  interpreters.
- `DocumentForm` ("Document"): file reference, version, prepared by (name, desk, telephone, e-mail), cleared by,
  date prepared; the annex list (`annex_list.AnnexList`) sits below it.

Both report a user's change as `edited(changes, label, merge_key)`: `changes` is a dict of `Meeting` fields,
applied by the page to the pack's current meeting as one undoable command; typing in one field during one visit
(a focus session) merges into one command. `show_meeting` shows a `Meeting` (only fields that differ are touched,
so a field being typed in keeps its cursor). `show_problems` puts `Meeting.problems()` beside the fields at
fault; a field's new error waits until the user leaves it (no scolding mid-word), the page's Export reason does
not wait.

The time zone is an editable combo over `zoneinfo.available_timezones()` resolving typed text ("addis ababa",
"Africa/Addis_Ababa") when the user leaves it, as the tailoring form's combos do; text that resolves to nothing
keeps an inline error and disables Export with the reason.

Mnemonics: the tabs not shown do not take shortcuts, so these reuse letters of the Pack tab; they avoid the menu
bar's (F, E, V, L, P, H) and the page's top row (A, W, U, X).
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import Problem
from ...pack.choices import Resolution, fold
from ...pack.meeting import FORMATS, Attendee, Meeting
from ..core_text import text as core_text
from .form import ResolvingCombo, _FocusSessions

ERROR_STYLE = "color: #c62828;"
SEARCH_DELAY_MS = 150  # a pause between keystrokes before the library is searched for people


# ------------------------------------------------------------------------------------------ time zones
@lru_cache(maxsize=1)
def time_zones() -> tuple[str, ...]:
    """Every IANA zone this machine knows, sorted (Python's zoneinfo; tzdata where the system has none)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC"))


def _zone_key(text: str) -> str:
    """Folded as the pack's choices are (case, accents; "_" and "/" read as spaces): "africa addis ababa"."""
    return " ".join(fold(text).split())


def resolve_time_zone(text: str) -> Resolution:
    """Typed text to an IANA zone: empty means none; an exact name (any case, spaces for underscores); else a
    place's name ("addis ababa", "Sao Paulo") or the unique zone it begins or is contained in."""
    if not text.strip():
        return Resolution("")
    key = _zone_key(text)
    zones = time_zones()
    for zone in zones:
        if _zone_key(zone) == key:
            return Resolution(zone)
    cities = [z for z in zones if _zone_key(z.rsplit("/", 1)[-1]) == key]
    if len(cities) == 1:
        return Resolution(cities[0])
    found = ([z for z in zones if _zone_key(z.rsplit("/", 1)[-1]).startswith(key)]
             or [z for z in zones if key in _zone_key(z)])
    if len(found) == 1:
        return Resolution(found[0])
    typed = text.strip()[:60]
    if found:
        return Resolution(None, QCoreApplication.translate("MeetingForm", "“{typed}” could be {zones}: choose one.")
                          .format(typed=typed, zones=", ".join(found[:4]) + ("…" if len(found) > 4 else "")))
    return Resolution(None, QCoreApplication.translate(
        "MeetingForm", "“{typed}” is not a time zone: type a city such as Addis Ababa, or a name such as "
        "Africa/Addis_Ababa.").format(typed=typed))


# ------------------------------------------------------------------------------------------ small parts
def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def problem_key(problem: Problem) -> str:
    """The form field a `Meeting.problems()` entry belongs to ("time", "ours", "prepared_email", …)."""
    where = problem.where
    if where == "meeting":
        return problem.field
    if where.startswith("meeting, our side"):
        return "ours"
    if where.startswith("meeting, their side"):
        return "theirs"
    if where.startswith("meeting, interpreter"):
        return "interpreters"
    if where == "meeting, prepared by":
        return f"prepared_{problem.field}"
    return ""


def problem_place(where: object) -> str:
    """The attendee, interpreter or contact a `Meeting.problems()` entry names, in the interface language
    ("their side attendee 2"); "" for the meeting itself; any other place as the core said it."""
    template = getattr(where, "template", None)
    number = dict(getattr(where, "values", ())).get("number", "")
    if template == "meeting, our side attendee {number}":
        return QCoreApplication.translate("MeetingForm", "our side attendee {number}").format(number=number)
    if template == "meeting, their side attendee {number}":
        return QCoreApplication.translate("MeetingForm", "their side attendee {number}").format(number=number)
    if template == "meeting, interpreter {number}":
        return QCoreApplication.translate("MeetingForm", "interpreter {number}").format(number=number)
    if template == "meeting, prepared by":
        return QCoreApplication.translate("MeetingForm", "prepared by")
    if str(where) == "meeting":
        return ""
    return core_text(where)


def _field_name(field: str) -> str:
    """An attendee's or interpreter's field as the form names it."""
    names = {"name": QCoreApplication.translate("MeetingForm", "name"),
             "role": QCoreApplication.translate("MeetingForm", "role"),
             "person": QCoreApplication.translate("MeetingForm", "person")}
    return names.get(field, field)


def problem_text(problem: Problem) -> str:
    """The problem as said beside its field, in the interface language: the attendee or interpreter it names,
    then what is wrong."""
    message = core_text(problem.message)
    if str(problem.where).startswith(("meeting, our side", "meeting, their side", "meeting, interpreter")):
        message = QCoreApplication.translate("MeetingForm", "{place}: {field} {message}").format(
            place=problem_place(problem.where), field=_field_name(problem.field), message=message)
    return message[:1].upper() + message[1:]


@dataclass(frozen=True)
class PersonChoice:
    """A library person as offered under an attendee entry."""

    uid: str
    label: str  # "H.E. Placeholder Person A — Placeholder role A, Placeholder Ministry"
    name: str  # "H.E. Placeholder Person A"
    role: str  # as the pack prints it: "Placeholder role A, Placeholder Ministry"


PeopleSearch = Callable[[str, Callable[[list[PersonChoice]], None]], None]
PeopleLookup = Callable[[tuple[str, ...], Callable[[dict[str, PersonChoice]], None]], None]


class AttendeeList(QWidget):
    """Who attends on one side: an entry row above a table (name, role).

    Type part of a name in the entry: library people matching it are listed under it (searched in the background
    a moment after the last keystroke); Down and Enter pick one, or keep the typed name; give a role, then Enter
    or Add. The role
    cell of a row can be edited in place (F2 or a double-click); Remove and Move up/down act on the current row.
    `changed(attendees)` reports the side's new tuple."""

    changed = Signal(tuple)

    def __init__(self, side_name: str, search: PeopleSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_name = side_name
        self.search = search
        self.known: dict[str, PersonChoice] = {}  # uid -> what the library said of that person
        self.attendees: tuple[Attendee, ...] = ()
        self._picked: PersonChoice | None = None
        self._filling = False

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.table.setAccessibleName(self.tr("%s: attendees") % side_name)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.table.setCornerButtonEnabled(False)  # no row header: the corner's "select all" button has no use
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select every attendee"))
        self.table.setMinimumHeight(60)
        self.table.setMaximumHeight(130)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        self.name_entry = QLineEdit()
        self.name_entry.setPlaceholderText(self.tr("Name"))
        self.name_entry.setToolTip(self.tr("Type a name, or part of one to find people in the library (Down, "
                                           "Enter to pick); then Enter or Add"))
        self.name_entry.setAccessibleName(self.tr("%s: new attendee's name") % side_name)
        self.name_entry.setAccessibleDescription(self.tr(
            "Type part of a name: people in the library are offered; or keep the name as typed"))
        self.role_entry = QLineEdit()
        self.role_entry.setPlaceholderText(self.tr("Role"))
        self.role_entry.setToolTip(self.tr("The attendee's role as printed; empty for a library person: the "
                                           "library's role"))
        self.role_entry.setAccessibleName(self.tr("%s: new attendee's role") % side_name)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the attendee to %s") % side_name)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected attendee from %s") % side_name)
        self.up_button = QPushButton("↑")  # arrows: four buttons fit the form's pane on a 1024-pixel screen
        self.up_button.setAccessibleName(self.tr("Move the selected attendee up"))
        self.up_button.setToolTip(self.tr("Move the selected attendee up"))
        self.down_button = QPushButton("↓")
        self.down_button.setAccessibleName(self.tr("Move the selected attendee down"))
        self.down_button.setToolTip(self.tr("Move the selected attendee down"))
        self.error_label = _error_label()

        # the library's matches in a list under the entry, not a popup: it stays in the window (a screen reader
        # reads it as part of the form, and no popup window takes the focus away); Down goes into it, Enter picks
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("%s: people in the library matching the name") % side_name)
        self.matches.setMaximumHeight(self.matches.fontMetrics().lineSpacing() * 4 + 8)
        self.matches.hide()
        self.matches.itemActivated.connect(self._chosen)
        self.matches.installEventFilter(self)
        self.name_entry.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._search)
        self.name_entry.textEdited.connect(self._typed)
        self.name_entry.returnPressed.connect(self._enter)
        self.role_entry.returnPressed.connect(self._enter)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

        # the entry row first (type, Enter, the name drops into the table below it), then the table and its buttons
        entry = QHBoxLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.name_entry, 3)
        entry.addWidget(self.role_entry, 2)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setMinimumWidth(0)
            buttons.addWidget(button)
        for button in (self.up_button, self.down_button):
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("↓") * 4 + 16)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry)
        layout.addWidget(self.matches)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self._update_buttons()

    # --- the library's people
    def _typed(self, text: str) -> None:
        self._picked = None  # a pick stands only while its text does
        self.search_timer.start() if text.strip() else self._show_matches([])

    def _search(self) -> None:
        query = self.name_entry.text().strip()
        if query:
            self.search(query, lambda found, q=query: self._found(q, found))

    def _found(self, query: str, found: list[PersonChoice]) -> None:
        if query != self.name_entry.text().strip():
            return  # typed on since: a newer search is on its way
        self._show_matches(found)

    def _show_matches(self, found: list[PersonChoice]) -> None:
        self.matches.clear()
        for choice in found:
            self.known[choice.uid] = choice
            row = QListWidgetItem(choice.label)
            row.setData(Qt.ItemDataRole.UserRole, choice.uid)
            self.matches.addItem(row)
        self.matches.setVisible(bool(found))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.name_entry and key == Qt.Key.Key_Down and self.matches.count():
                self.matches.setFocus()
                self.matches.setCurrentRow(0)
                return True
            if watched is self.matches and (key == Qt.Key.Key_Escape or (
                    key == Qt.Key.Key_Up and self.matches.currentRow() <= 0)):
                self.name_entry.setFocus()
                return True
        return False

    def _chosen(self, item: QListWidgetItem) -> None:
        uid = item.data(Qt.ItemDataRole.UserRole)
        choice = self.known.get(uid)
        if choice is None:
            return
        self._picked = choice
        self._show_matches([])
        self.name_entry.blockSignals(True)  # not a keystroke: no new search
        self.name_entry.setText(choice.name)  # shown as printed; the pick holds while this text stays
        self.name_entry.blockSignals(False)
        self.role_entry.setPlaceholderText(choice.role or self.tr("Role"))
        self.role_entry.setFocus()

    def _enter(self) -> None:
        self.add_entry()

    def add_entry(self) -> None:
        """Add what the entry row holds: the person picked from the library, or the name as typed."""
        name, role = self.name_entry.text().strip(), self.role_entry.text().strip()
        picked = self._picked if self._picked is not None and self._picked.name == name else None
        if picked is None and not name:
            self.name_entry.setFocus()
            return
        attendee = Attendee(person=picked.uid, role=role) if picked else Attendee(name=name, role=role)
        self._picked = None
        self.name_entry.clear()
        self.role_entry.clear()
        self.role_entry.setPlaceholderText(self.tr("Role"))
        self._show_matches([])
        self.changed.emit(self.attendees + (attendee,))
        self.table.setCurrentCell(len(self.attendees) - 1, 0)
        self.name_entry.setFocus()  # ready for the next one

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.attendees):
            self.changed.emit(self.attendees[:row] + self.attendees[row + 1:])
            self.table.setCurrentCell(min(row, len(self.attendees) - 1), 0)

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if 0 <= row < len(self.attendees) and 0 <= target < len(self.attendees):
            people = list(self.attendees)
            people[row], people[target] = people[target], people[row]
            self.changed.emit(tuple(people))
            self.table.setCurrentCell(target, 0)

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(0 <= row < len(self.attendees))
        self.up_button.setEnabled(0 < row < len(self.attendees))
        self.down_button.setEnabled(0 <= row < len(self.attendees) - 1)

    # --- showing
    def shown_name(self, attendee: Attendee) -> str:
        if attendee.person:
            choice = self.known.get(attendee.person)
            return attendee.name or (choice.name if choice else self.tr("(not in the library: %s)") % attendee.person)
        return attendee.name

    def show_attendees(self, attendees: tuple[Attendee, ...]) -> None:
        row = self.table.currentRow()
        self.attendees = tuple(attendees)
        self._filling = True
        try:
            self.table.setRowCount(len(attendees))
            for number, attendee in enumerate(attendees):
                name = QTableWidgetItem(self.shown_name(attendee))
                name.setToolTip(name.text())  # a long name cut with "…" in a narrow pane is read whole here
                choice = self.known.get(attendee.person) if attendee.person else None
                if attendee.person:
                    name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)  # the library's name: edit it there
                    name.setToolTip(self.tr("From the library: %s") % (choice.label if choice else attendee.person))
                role = QTableWidgetItem(attendee.role)
                if not attendee.role and choice and choice.role:
                    # what will print, in grey: the library's role (typing here replaces it for this meeting)
                    role.setText(choice.role)
                    role.setForeground(self.palette().placeholderText())
                    role.setToolTip(self.tr("The library's role, printed unless you type another here"))
                self.table.setItem(number, 0, name)
                self.table.setItem(number, 1, role)
            if 0 <= row < len(attendees):
                self.table.setCurrentCell(row, 0)
        finally:
            self._filling = False
        self._update_buttons()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.attendees):
            return
        old = self.attendees[item.row()]
        text = item.text().strip()
        new = Attendee(old.person, old.name, text) if item.column() == 1 else Attendee(old.person, text, old.role)
        if new != old:
            people = list(self.attendees)
            people[item.row()] = new
            self.changed.emit(tuple(people))

    def set_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.table.setAccessibleDescription(message)

    def focus_widgets(self) -> list[QWidget]:
        return [self.name_entry, self.matches, self.role_entry, self.add_button, self.table, self.remove_button, self.up_button,
                self.down_button]


class PurposeEdit(QPlainTextEdit):
    """A multi-line field that Tab and Shift+Tab leave (it needs no tab characters).

    Qt's own `tabChangesFocus` path did not move the focus out of this field on Tab when the widget before it in
    the chain sits in a hidden tab (seen with PySide6 6.12, offscreen): the next field in the chain is found here
    instead, as Qt would (visible, enabled, taking Tab focus, not inside this field)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        step = QWidget.nextInFocusChain if next else QWidget.previousInFocusChain
        window = self.window()
        widget = step(self)
        while widget is not None and widget is not self:
            target = widget.focusProxy() or widget
            if (target is not self and not self.isAncestorOf(widget) and widget.isVisibleTo(window)
                    and widget.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus):
                target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
                return True
            widget = step(widget)
        return super().focusNextPrevChild(next)


class _FieldsForm(QWidget):
    """What both tabs share: rows of labelled fields, each with an inline error, edits reported as changes."""

    edited = Signal(dict, str, object)  # changes to Meeting fields, the undo text, a merge key (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = _FocusSessions(self)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.error_text: dict[str, str] = {}  # what each field's error would say now (shown or waiting)
        self._filling = False

    def add_row(self, key: str, text: str, widget: QWidget, error: QLabel | None = None, span: bool = False) -> None:
        """A labelled field with its error label below; `span`: the label above, the field the pane's width."""
        label = QLabel(text)
        label.setBuddy(widget)
        self.labels[key] = label
        self.widgets[key] = widget
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        widget.installEventFilter(self.sessions)
        if isinstance(widget, ResolvingCombo):
            widget.lineEdit().installEventFilter(self.sessions)
            widget.lineEdit().setAccessibleName(text.replace("&", "").rstrip(":"))
        if span:
            self.layout_.addRow(label)
            self.layout_.addRow(widget)
        else:
            self.layout_.addRow(label, widget)
        if error is None:
            error = _error_label()
        if error.parentWidget() is None:  # a combo's own label too: unparented, it would open as a window
            self.layout_.addRow("", error)
        self.errors[key] = error

    def label_of(self, key: str) -> str:
        return self.labels[key].text().replace("&", "").rstrip(" :\u00a0\u202f")  # French writes "Objet :"

    def _change(self, key: str, value, merging: bool = True) -> None:
        if self._filling:
            return
        widget = self.widgets[key]
        merge_key = ("meeting", key, self.sessions.of(widget)) if merging else None
        self.edited.emit({key: value}, self.tr("Edit '{field}'").format(field=self.label_of(key)), merge_key)

    def _text_row(self, key: str, text: str, placeholder: str = "",
                  convert: Callable[[str], object] = str) -> QLineEdit:
        line = QLineEdit()
        if placeholder:
            line.setPlaceholderText(placeholder)
        self.add_row(key, text, line)
        line.textChanged.connect(lambda value, k=key: self._change(k, convert(value)))
        line.editingFinished.connect(lambda k=key: self._reveal(k))
        return line

    @staticmethod
    def _set_text(line: QLineEdit, value: str) -> None:
        if line.text() != value:
            line.setText(value)

    # --- errors
    def show_problems(self, problems: list[Problem]) -> None:
        """Show each field's first problem beside it; a new one in the field being typed in waits until it is left."""
        found: dict[str, str] = {}
        for problem in problems:
            key = problem_key(problem)
            if key in self.errors and key not in found:
                found[key] = problem_text(problem)
        focused = self.focusWidget()
        for key, label in self.errors.items():
            message = found.get(key, "")
            widget = self.widgets[key]
            if isinstance(widget, ResolvingCombo) and widget.error:
                continue  # the combo's own error (typed text that names nothing) stands until it resolves
            self.error_text[key] = message
            typing = focused is not None and (focused is widget or widget.isAncestorOf(focused))
            if message and typing and label.text() != message:
                continue  # revealed when the field is left
            self._show_error(key, message)

    def _reveal(self, key: str) -> None:
        self._show_error(key, self.error_text.get(key, ""))

    def _show_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        if label.text() == message and label.isVisibleTo(self) == bool(message):
            return  # unchanged: restyling a field on every keystroke costs a polish of it each time
        label.setText(message)
        label.setVisible(bool(message))
        widget = self.widgets[key]
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QSpinBox)):
            widget.setAccessibleDescription(message)
            widget.setStyleSheet(f"{type(widget).__name__} {{ border: 1px solid #c62828; }}" if message else "")

    def shown_errors(self) -> dict[str, str]:
        """The inline errors on screen now, by field (tests and screenshots)."""
        return {k: label.text() for k, label in self.errors.items() if label.isVisibleTo(self) and label.text()}


class MeetingForm(_FieldsForm):
    """The "Meeting" tab: when, where, in what format, who attends."""

    zone_failed = Signal()  # typed time zone text resolves to nothing (the page updates Export's reason)

    def __init__(self, search: PeopleSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = PurposeEdit()
        self.purpose.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.purpose.setPlaceholderText(self.tr("Why the meeting is held and what we want from it"))
        self.purpose.setFixedHeight(self.purpose.fontMetrics().lineSpacing() * 4 + 14)
        self.add_row("purpose", self.tr("Purp&ose:"), self.purpose)
        self.purpose.textChanged.connect(lambda: self._change("purpose", self.purpose.toPlainText()))

        self.format = QComboBox()
        self.format.addItem(self.tr("(not given)"), "")
        for code, label in zip(FORMATS, (self.tr("Bilateral"), self.tr("Plenary"), self.tr("Pull-aside"),
                                         self.tr("Call"))):
            self.format.addItem(label, code)
        self.format.setMinimumContentsLength(10)
        self.format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_row("format", self.tr("For&mat:"), self.format)
        self.format.currentIndexChanged.connect(
            lambda index: self._change("format", self.format.itemData(index), merging=False))

        self.venue = self._text_row("venue", self.tr("Ve&nue:"), self.tr("e.g. the Ministry, room 4"))
        self.date = self._text_row("date", self.tr("&Date:"), self.tr("YYYY-MM-DD (empty: the pack's date)"))
        self.time = self._text_row("time", self.tr("T&ime:"), self.tr("HH:MM, 24-hour, local time"))

        self.time_zone = ResolvingCombo(resolve_time_zone)
        self.time_zone.addItem("", "")
        for zone in time_zones():
            self.time_zone.addItem(zone, zone)
        self.time_zone.lineEdit().setPlaceholderText(self.tr("a city or an IANA name"))
        self.time_zone.setAccessibleDescription(self.tr(
            "The meeting's time zone: type a city (Addis Ababa) or an IANA name (Africa/Addis_Ababa)"))
        self.add_row("time_zone", self.tr("Time &zone:"), self.time_zone, self.time_zone.error_label)
        self.time_zone.resolved.connect(lambda value: self._change("time_zone", value, merging=False))
        self.time_zone.failed.connect(lambda _message: self.zone_failed.emit())

        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not given"))
        self.add_row("duration", self.tr("Du&ration:"), self.duration)
        self.duration.valueChanged.connect(lambda value: self._change("duration", value))

        self.ours = AttendeeList(self.tr("Our delegation"), search)
        self.theirs = AttendeeList(self.tr("Their delegation"), search)
        for key, text, side in (("ours", self.tr("Our dele&gation:"), self.ours),
                                ("theirs", self.tr("&Their delegation:"), self.theirs)):
            self.add_row(key, text, side, side.error_label, span=True)  # a table needs the pane's width
            self.labels[key].setBuddy(side.name_entry)  # Alt+letter lands where a name is typed
            side.name_entry.installEventFilter(self.sessions)
            side.changed.connect(lambda people, k=key: self._change(k, people, merging=False))

        self.interpreters = self._text_row("interpreters", self.tr("Interpreter&s:"),
                                           self.tr("names, separated by commas"), _names)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.layout_)
        outer.addStretch(1)

    def show_meeting(self, meeting: Meeting) -> None:
        self._filling = True
        try:
            if self.purpose.toPlainText() != meeting.purpose:
                self.purpose.setPlainText(meeting.purpose)
            index = self.format.findData(meeting.format)
            if index < 0:  # a spec file's unknown format: shown as typed, its problem beside it
                self.format.addItem(str(meeting.format), meeting.format)
                index = self.format.count() - 1
            if self.format.currentIndex() != index:
                self.format.setCurrentIndex(index)
            for line, value in ((self.venue, meeting.venue), (self.date, meeting.date), (self.time, meeting.time)):
                self._set_text(line, value)
            if self.time_zone.shown_value() != meeting.time_zone or self.time_zone.error:
                self.time_zone.set_value(meeting.time_zone)  # not a zone (a spec file's): kept, with its error
            if self.duration.value() != meeting.duration and isinstance(meeting.duration, int):
                self.duration.setValue(meeting.duration)
            self.ours.show_attendees(meeting.ours)
            self.theirs.show_attendees(meeting.theirs)
            if _names(self.interpreters.text()) != tuple(meeting.interpreters):
                self.interpreters.setText(", ".join(meeting.interpreters))
        finally:
            self._filling = False

    def commit(self) -> None:
        """Resolve a time zone still being typed (as leaving the field would)."""
        zone = self.time_zone
        if zone.currentText() != zone.itemText(zone.currentIndex()) or zone.error:
            zone.commit()

    def problems(self) -> list[str]:
        """What the form holds that the pack cannot take: a typed time zone that names none."""
        return [self.tr("Meeting, time zone: %s") % self.time_zone.error] if self.time_zone.error else []

    def focus_widgets(self) -> list[QWidget]:
        return [self.purpose, self.format, self.venue, self.date, self.time, self.time_zone, self.duration,
                *self.ours.focus_widgets(), *self.theirs.focus_widgets(), self.interpreters]


class DocumentForm(_FieldsForm):
    """The "Document" tab: the brief's file reference and version, who prepared and cleared it, and when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_reference = self._text_row("file_reference", self.tr("File &reference:"))
        self.version = self._text_row("version", self.tr("Versi&on:"), self.tr("e.g. 2"))
        self.prepared_name = self._text_row("prepared_name", self.tr("Prepared &by:"), self.tr("name"))
        self.prepared_desk = self._text_row("prepared_desk", self.tr("Des&k:"), self.tr("desk or team"))
        self.prepared_telephone = self._text_row("prepared_telephone", self.tr("&Telephone:"),
                                                 self.tr("e.g. +44 20 0000 0000"))
        self.prepared_email = self._text_row("prepared_email", self.tr("E-&mail:"))
        self.cleared_by = self._text_row("cleared_by", self.tr("&Cleared by:"))
        self.date_prepared = self._text_row("date_prepared", self.tr("&Date prepared:"), self.tr("YYYY-MM-DD"))
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addLayout(self.layout_)

    def show_meeting(self, meeting: Meeting) -> None:
        self._filling = True
        try:
            contact = meeting.prepared_by
            for line, value in ((self.file_reference, meeting.file_reference), (self.version, meeting.version),
                                (self.prepared_name, contact.name), (self.prepared_desk, contact.desk),
                                (self.prepared_telephone, contact.telephone), (self.prepared_email, contact.email),
                                (self.cleared_by, meeting.cleared_by), (self.date_prepared, meeting.date_prepared)):
                self._set_text(line, value)
        finally:
            self._filling = False

    def focus_widgets(self) -> list[QWidget]:
        return [self.file_reference, self.version, self.prepared_name, self.prepared_desk, self.prepared_telephone,
                self.prepared_email, self.cleared_by, self.date_prepared]


__all__ = ["MeetingForm", "DocumentForm", "AttendeeList", "PersonChoice", "resolve_time_zone", "time_zones",
           "problem_key", "problem_place", "problem_text"]
