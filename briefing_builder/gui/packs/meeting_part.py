"""The meeting and annexes on the Packs page: the tabs beside the tailoring form, and their one path into the pack.

`MeetingPart` builds the left pane's tabs ("Pack": the tailoring form; "Meeting"; "Document": who prepared it and
the annexes), each scrolling on its own so it fits a 1024×600 screen. Every edit in them becomes one `PackEdit`
on the page's undo stack through `page._edit`, exactly as the tailoring form's do, so the preview, the saved
draft and Undo follow. The page calls `show(spec)` whenever its state changes, `problems()` for Export's reason,
`commit()` before exporting or saving on request.

Library people are searched and looked up on the library worker (`Tasks.library`); the widgets never touch the
library.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ...pack.annexes import annex_path, entries_for
from ...pack.meeting import Meeting
from ...pack.spec import PackSpec
from .annex_list import AnnexList
from ..core_text import text as core_text
from .meeting_form import DocumentForm, MeetingForm, PersonChoice, problem_key, problem_place

if TYPE_CHECKING:
    from .page import PackBuilderPage

PEOPLE_OFFERED = 20  # completer rows: enough to pick from, few enough to read


def person_choice(person) -> PersonChoice:
    """How the builder offers a library `Person`."""
    name = person.display_name()
    about = ", ".join(part for part in (person.role, person.organisation) if part)
    return PersonChoice(person.uid, f"{name} — {about}" if about else name, name, about)  # role as printed


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class MeetingPart(QObject):
    def __init__(self, page: "PackBuilderPage", form_scroll: QScrollArea) -> None:
        super().__init__(page)
        self.page = page
        self._asked: set[str] = set()  # person uids looked up already (found or not)
        self._not_found: set[str] = set()  # of those, the ones the library does not hold
        self.meeting_form = MeetingForm(self.search_people)
        self.document_form = DocumentForm()
        self.annex_list = AnnexList()
        self.document_form.outer.addSpacing(8)
        self.document_form.outer.addWidget(self.annex_list, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("packsFormTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setMinimumWidth(200)
        self.meeting_scroll = _scrolling(self.meeting_form)
        self.document_scroll = _scrolling(self.document_form)
        self.tabs.addTab(form_scroll, self.tr("Pack"))
        self.tabs.addTab(self.meeting_scroll, self.tr("Meeting"))
        self.tabs.addTab(self.document_scroll, self.tr("Document"))
        for index, tip in enumerate((self.tr("What the pack is: template, country, recipient, date, language"),
                                     self.tr("The meeting: when, where, format, who attends (Ctrl+Tab)"),
                                     self.tr("File reference, who prepared and cleared the brief, annexes"))):
            self.tabs.setTabToolTip(index, tip)

        for form in (self.meeting_form, self.document_form):
            form.edited.connect(self._edited)
        self.meeting_form.zone_failed.connect(page._update_actions)
        self.meeting_form.zone_failed.connect(self._mark_tabs)
        self.annex_list.changed.connect(self._annexes_changed)

    # --- the library's people (on the library worker)
    def search_people(self, query: str, on_done) -> None:
        def search(library) -> list[PersonChoice]:
            return [person_choice(p) for p in library.search_people(query, limit=PEOPLE_OFFERED)]

        self.page.tasks.library(search, on_done, lambda error: self.page.status.emit(
            self.tr("Searching the library's people failed: %s") % error))

    def _look_up(self, uids: tuple[str, ...]) -> None:
        """Fetch the names of people a draft names but the completer has not offered (shown once they arrive)."""
        missing = tuple(u for u in uids if u not in self._asked)
        if not missing:
            return
        self._asked.update(missing)

        def look_up(library) -> dict[str, PersonChoice]:
            from ...errors import NotFoundError

            found = {}
            for uid in missing:
                try:
                    found[uid] = person_choice(library.person(uid))
                except NotFoundError:
                    pass  # shown as "not in the library"; the pack's warnings say so too
            return found

        def done(found: dict[str, PersonChoice]) -> None:
            self._not_found.update(u for u in missing if u not in found)
            self._not_found.difference_update(found)
            for side in (self.meeting_form.ours, self.meeting_form.theirs):
                side.known.update(found)
                side.show_attendees(side.attendees)
            self.page._update_actions()  # an attendee who is only an unknown uid stops Export (problems())
            self._mark_tabs()

        self.page.tasks.library(look_up, done, lambda _error: None)

    # --- edits
    def _edited(self, changes: dict, text: str, merge_key) -> None:
        state = self.page.state
        if state is None:
            return
        meeting = state.spec.meeting
        contact = {k.removeprefix("prepared_"): v for k, v in changes.items() if k.startswith("prepared_")}
        plain = {k: v for k, v in changes.items() if not k.startswith("prepared_")}
        meeting = dataclasses.replace(meeting, **plain)
        if contact:
            meeting = dataclasses.replace(meeting, prepared_by=dataclasses.replace(meeting.prepared_by, **contact))
        self.page._edit(self.page._with_spec(dataclasses.replace(state.spec, meeting=meeting)), text, merge_key)

    def _annexes_changed(self, paths: tuple, text: str) -> None:
        state = self.page.state
        if state is not None:
            annexes = entries_for(tuple(paths), state.spec.annexes)  # titles from a --spec file are kept
            self.page._edit(self.page._with_spec(dataclasses.replace(state.spec, annexes=annexes)), text)

    # --- the page's hooks
    def show(self, spec: PackSpec) -> None:
        """Show the spec's meeting and annexes, with their problems beside the fields."""
        meeting: Meeting = spec.meeting
        self.meeting_form.show_meeting(meeting)
        self.document_form.show_meeting(meeting)
        problems = meeting.problems()
        self.meeting_form.show_problems(problems)
        self.document_form.show_problems(problems)
        self.annex_list.show_paths(tuple(annex_path(a) for a in spec.annexes))
        self._look_up(meeting.people_uids())
        self._mark_tabs()

    def _mark_tabs(self) -> None:
        # a tab holding an error says so, so the user knows where Export's reason points
        for index, title, wrong in (
                (1, self.tr("Meeting"), any(self.meeting_form.error_text.values()) or self.meeting_form.problems()),
                (2, self.tr("Document"), any(self.document_form.error_text.values()) or self.annex_list.problems())):
            self.tabs.setTabText(index, f"{title} ⚠" if wrong else title)

    def problems(self) -> list[str]:
        """Why the pack cannot be exported, from the meeting and the annexes (empty when it can)."""
        state = self.page.state
        found = list(self.meeting_form.problems())
        if state is not None:
            from ...pack.brief_sections import attendee_problems

            meeting = state.spec.meeting
            unknown = attendee_problems(meeting, lambda uid: uid not in self._not_found)
            found += [_sentence(self.tr("Meeting, %s") % self._problem_text(problem))
                      for problem in meeting.problems() + unknown]
        return found + self.annex_list.problems()

    def _problem_text(self, problem) -> str:
        """A meeting problem after "Meeting, ", in the interface language: the attendee, interpreter or contact it
        names, the field, what is wrong ("their side attendee 1, field 'person': names …")."""
        place, message = problem_place(problem.where), core_text(problem.message)
        if problem.field and not place:  # a field of the form: named as its label names it ("Heure", not "time")
            key = problem_key(problem)
            form = next((f for f in (self.meeting_form, self.document_form) if key in f.labels), None)
            if form is not None:
                return self.tr("field '{field}': {message}").format(field=form.label_of(key), message=message)
        if place:
            return (self.tr("{place}, field '{field}': {message}").format(place=place, field=problem.field, message=message)
                    if problem.field else self.tr("{place}: {message}").format(place=place, message=message))
        return (self.tr("field '{field}': {message}").format(field=problem.field, message=message) if problem.field
                else message)

    def commit(self) -> None:
        self.meeting_form.commit()

    def focus_widgets(self) -> list[QWidget]:
        return [*self.meeting_form.focus_widgets(), *self.document_form.focus_widgets(),
                *self.annex_list.focus_widgets()]


def _sentence(text: str) -> str:
    """`text` ending as a sentence does, so that Export's reasons, run together, stay apart."""
    return text if text.endswith((".", "!", "?", "…", "؟")) else text + "."


__all__ = ["MeetingPart", "person_choice"]
