"""Undo on the Packs page: every pack edit is one command on the page's own stack, typed Ctrl+Z takes it back,
the Edit menu says what it will undo, and Undo never reaches another page or another draft."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from test_pack_flows import _section, _uids, drag_and_drop  # noqa: F401 - shared helpers
from test_pack_form import type_into_combo

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_z(qtbot, widget, shift: bool = False) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL | (Qt.KeyboardModifier.ShiftModifier if shift else
                                                Qt.KeyboardModifier.NoModifier))


def test_moving_an_item_up_is_undone_by_ctrl_z(qtbot, app_window, packs):
    lines = _section(packs, "lines-to-take")
    before = _uids(lines)
    title = lines.child(1).text(0)
    packs.tree.setCurrentItem(lines.child(1))
    packs.tree.setFocus()
    qtbot.keyClick(packs.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _uids(_section(packs, "lines-to-take"))[:2] == [before[1], before[0]]
    assert app_window.undo_action.text() == f"&Undo Move '{title[:39]}{'…' if len(title) > 40 else title[39:]}' up" \
        or app_window.undo_action.text().startswith("&Undo Move '")
    assert app_window.undo_action.text().endswith("' up")
    ctrl_z(qtbot, packs.tree)
    assert _uids(_section(packs, "lines-to-take")) == before
    assert packs.spec.override("lines-to-take").order in ((), tuple(before))
    ctrl_z(qtbot, packs.tree, shift=True)  # redo
    assert _uids(_section(packs, "lines-to-take"))[:2] == [before[1], before[0]]


def test_a_drag_and_drop_is_one_undoable_move(qtbot, packs):
    lines = _section(packs, "lines-to-take")
    before = _uids(lines)
    drag_and_drop(packs.tree, lines.child(lines.childCount() - 1), lines.child(0), above=True)
    assert _uids(_section(packs, "lines-to-take")) == [before[-1]] + before[:-1]
    assert packs.undo_stack.count() == 1 and packs.undo_stack.undoText().endswith("' up")
    ctrl_z(qtbot, packs.tree)
    assert _uids(_section(packs, "lines-to-take")) == before


def test_leaving_out_an_item_and_a_section_is_undone(qtbot, packs):
    lines = _section(packs, "lines-to-take")
    uid = lines.child(0).data(0, Qt.ItemDataRole.UserRole)
    packs.tree.setCurrentItem(lines.child(0))
    packs.tree.setFocus()
    qtbot.keyClick(packs.tree, Qt.Key.Key_Space)
    assert uid in packs.spec.override("lines-to-take").dropped
    assert packs.undo_stack.undoText().startswith("Leave out '")
    packs.tree.setCurrentItem(lines)
    qtbot.keyClick(packs.tree, Qt.Key.Key_Space)
    assert packs.spec.override("lines-to-take").hidden
    ctrl_z(qtbot, packs.tree)
    assert not packs.spec.override("lines-to-take").hidden and lines.checkState(0) == Qt.CheckState.Checked
    ctrl_z(qtbot, packs.tree)
    assert uid not in packs.spec.override("lines-to-take").dropped
    assert _section(packs, "lines-to-take").child(0).checkState(0) == Qt.CheckState.Checked


def test_free_text_is_one_command_per_visit_and_keeps_its_own_typing_undo(qtbot, packs):
    packs.tree.setCurrentItem(_section(packs, "lines-to-take"))
    packs.free_text.setFocus()
    qtbot.keyClicks(packs.free_text, "Thank the host")
    assert packs.spec.override("lines-to-take").free_text == "Thank the host"
    ctrl_z(qtbot, packs.free_text)  # in the text field: Qt's own typing undo, and the pack follows it
    assert packs.free_text.toPlainText() != "Thank the host"
    assert packs.spec.override("lines-to-take").free_text == packs.free_text.toPlainText()
    qtbot.keyClicks(packs.free_text, "ed.")
    text = packs.free_text.toPlainText()
    packs.tree.setFocus()  # leave the field: the visit is one command
    assert packs.undo_stack.count() == 1 and packs.undo_stack.undoText().startswith("Edit the text of '")
    ctrl_z(qtbot, packs.tree)
    assert packs.spec.override("lines-to-take").free_text == "" and packs.free_text.toPlainText() == ""
    ctrl_z(qtbot, packs.tree, shift=True)
    assert packs.spec.override("lines-to-take").free_text == text == packs.free_text.toPlainText()


def test_form_fields_are_undone_from_the_page(qtbot, app_window, packs):
    type_into_combo(qtbot, packs.country, "Senegal")
    assert packs.spec.country == "SEN"
    assert app_window.undo_action.text() == "&Undo Change Country to 'Senegal (SEN)'"
    packs.recipient.setFocus()
    qtbot.keyClicks(packs.recipient, "Hon. C. Minister")
    packs.tree.setFocus()
    assert packs.undo_stack.undoText() == "Edit Recipient"
    ctrl_z(qtbot, packs.tree)
    assert packs.spec.recipient == "" and packs.recipient.text() == ""
    ctrl_z(qtbot, packs.tree)
    assert packs.spec.country == "ETH" and packs.country.currentText() == "Ethiopia (ETH)"


def test_an_added_item_is_undone(qtbot, packs, monkeypatch):
    from briefing_builder.gui.packs import page as page_module

    lines = _section(packs, "lines-to-take")
    before = _uids(lines)

    class Picker:  # the dialog's own flow is tested apart; here, the user picked an item
        def __init__(self, *_args):
            self.chosen_uid, self.chosen_title = "communique2019-call-3-au", "Call on AU Member States"

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "ItemPickerDialog", Picker)
    packs.tree.setCurrentItem(lines)
    qtbot.mouseClick(packs.add_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "communique2019-call-3-au" in _uids(_section(packs, "lines-to-take")), timeout=10_000)
    assert packs.undo_stack.undoText() == "Add 'Call on AU Member States' to 'Lines to take'" or \
        packs.undo_stack.undoText().startswith("Add 'Call on AU Member States' to '")
    ctrl_z(qtbot, packs.tree)
    qtbot.waitUntil(lambda: _uids(_section(packs, "lines-to-take")) == before, timeout=10_000)
    assert packs.spec.override("lines-to-take").pinned == ()


def test_undo_on_the_packs_page_never_changes_the_library_page(qtbot, app_window, packs):
    library_stack = app_window.library_page.undo_stack
    assert app_window.undo_group.activeStack() is packs.undo_stack
    lines = _section(packs, "lines-to-take")
    packs.tree.setCurrentItem(lines.child(1))
    packs.tree.move_current(-1)
    count = library_stack.count(), library_stack.index()
    ctrl_z(qtbot, packs.tree)
    ctrl_z(qtbot, packs.tree)  # nothing more to undo here: nothing happens, anywhere
    assert (library_stack.count(), library_stack.index()) == count
    assert not app_window.undo_action.isEnabled()


def test_another_draft_starts_with_its_own_empty_history(qtbot, packs):
    packs.tree.setCurrentItem(_section(packs, "lines-to-take").child(1))
    packs.tree.move_current(-1)
    assert packs.undo_stack.canUndo()
    packs.new_pack()
    assert not packs.undo_stack.canUndo()


def test_any_sequence_of_outline_edits_undoes_to_the_start_and_redoes_to_the_end(qtbot, packs):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sections = ("lines-to-take", "commitments", "next-steps")
    start_state, start_uids = packs.state, {s: _uids(_section(packs, s)) for s in sections}
    edits = st.lists(st.tuples(st.sampled_from(sections), st.integers(0, 5), st.sampled_from(["up", "down", "tick"])),
                     min_size=1, max_size=8)

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(edits)
    def check(steps):
        packs.undo_stack.clear()
        packs.apply_state(start_state)
        for section_id, row, action in steps:
            top = _section(packs, section_id)
            child = top.child(min(row, top.childCount() - 1))
            packs.tree.setCurrentItem(child)
            if action == "tick":
                child.setCheckState(0, Qt.CheckState.Unchecked if child.checkState(0) == Qt.CheckState.Checked
                                    else Qt.CheckState.Checked)
            else:
                packs.tree.move_current(-1 if action == "up" else 1)
        end_state = packs.state
        while packs.undo_stack.canUndo():
            packs.undo_stack.undo()
        assert packs.state == start_state
        assert {s: _uids(_section(packs, s)) for s in sections} == start_uids
        assert all(_section(packs, s).child(r).checkState(0) == Qt.CheckState.Checked
                   for s in sections for r in range(_section(packs, s).childCount()))
        while packs.undo_stack.canRedo():
            packs.undo_stack.redo()
        assert packs.state == end_state

    check()
