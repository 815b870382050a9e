"""The pack builder through its real widgets: outline, drag and drop, export, cancel, errors, drafts."""

import os
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_builder.gui.errors import DIALOG_NAME

# PySide exposes only the QPoint overloads of the drag events, which Qt marks as deprecated.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def packs(qtbot, app_window):
    """The Packs page with its outline loaded and exports that do not stop for a message box."""
    page = app_window.packs_page
    app_window.go(2)
    page.quiet_exports = True
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 5, timeout=10_000)
    return page


def _section(page, section_id: str):
    for index in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(index)
        if top.data(0, Qt.ItemDataRole.UserRole) == section_id:
            return top
    raise AssertionError(section_id)


def _uids(top) -> list[str]:
    return [top.child(row).data(0, Qt.ItemDataRole.UserRole) for row in range(top.childCount())]


def drag_and_drop(tree, moving, target, above: bool = True) -> None:
    """A real drag: the view's own drag-enter, drag-move (which places the drop indicator) and drop events."""
    tree.scrollToItem(target)
    tree.setCurrentItem(moving)
    mime = tree.model().mimeData([tree.indexFromItem(moving)])
    rect = tree.visualItemRect(target)
    point = QPoint(rect.center().x(), rect.top() + 2 if above else rect.bottom() - 2)
    viewport = tree.viewport()
    actions, button, modifiers = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, button, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, button, modifiers))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), actions, mime, button, modifiers))


def test_outline_lists_the_template_sections_and_items(packs):
    lines = _section(packs, "lines-to-take")
    assert lines.childCount() == 6 and lines.checkState(0) == Qt.CheckState.Checked
    assert any(not packs.warnings.item(i).text().startswith("No warnings") for i in range(packs.warnings.count()))


def test_drag_and_drop_reorders_and_the_export_follows_the_new_order(qtbot, packs, tmp_path, idle):
    lines = _section(packs, "lines-to-take")
    before = _uids(lines)
    drag_and_drop(packs.tree, lines.child(lines.childCount() - 1), lines.child(0), above=True)
    lines = _section(packs, "lines-to-take")
    after = _uids(lines)
    assert after == [before[-1]] + before[:-1]
    assert packs.spec.override("lines-to-take").order == tuple(after)
    out = tmp_path / "out"
    out.mkdir()
    packs.export(out, ("docx", "pdf"), "ordered")
    qtbot.waitUntil(lambda: (out / "ordered.docx").exists() and (out / "ordered.pdf").exists(), timeout=90_000)
    idle()
    text = "\n".join(p.text for p in docx.Document(str(out / "ordered.docx")).paragraphs)
    titles = [packs.tasks and app_title(packs, uid) for uid in after]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)


def app_title(page, uid: str) -> str:
    for index in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(index)
        for row in range(top.childCount()):
            if top.child(row).data(0, Qt.ItemDataRole.UserRole) == uid:
                return top.child(row).text(0)
    raise AssertionError(uid)


def test_a_drop_into_another_section_is_refused(packs):
    lines = _section(packs, "lines-to-take")
    commitments = _section(packs, "commitments")
    before_lines, before_commitments = _uids(lines), _uids(commitments)
    drag_and_drop(packs.tree, lines.child(0), commitments.child(1))
    assert _uids(_section(packs, "lines-to-take")) == before_lines
    assert _uids(_section(packs, "commitments")) == before_commitments


def test_keyboard_reorders_too(packs):
    lines = _section(packs, "lines-to-take")
    before = _uids(lines)
    packs.tree.setCurrentItem(lines.child(0))
    packs.tree.move_current(1)
    assert _uids(_section(packs, "lines-to-take"))[:2] == [before[1], before[0]]


def test_unticking_an_item_drops_it_from_the_pack(qtbot, packs):
    lines = _section(packs, "lines-to-take")
    uid = lines.child(2).data(0, Qt.ItemDataRole.UserRole)
    packs.tree.setCurrentItem(lines.child(2))
    packs.tree.setFocus()
    qtbot.keyClick(packs.tree, Qt.Key.Key_Space)
    assert lines.child(2).checkState(0) == Qt.CheckState.Unchecked
    assert uid in packs.spec.override("lines-to-take").dropped


def test_free_text_for_a_section_goes_into_the_spec(qtbot, packs):
    packs.tree.setCurrentItem(_section(packs, "lines-to-take"))
    qtbot.keyClicks(packs.free_text, "Thank the minister for hosting.")
    assert packs.spec.override("lines-to-take").free_text == "Thank the minister for hosting."


def _unwritable(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root ignores permission bits; /proc refuses new files even to root
        return Path("/proc")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def _names(folder: Path) -> set[str]:
    """The folder's entries, less /proc's per-process ones (processes, the export's own, come and go)."""
    return {name for name in os.listdir(folder) if not name.isdigit()}


def test_export_to_an_unwritable_folder_shows_an_error_and_leaves_no_file(qtbot, app_window, packs, tmp_path, idle):
    folder = _unwritable(tmp_path)
    before = _names(folder)
    packs.export(folder, ("docx", "pdf"), "brief")
    qtbot.waitUntil(lambda: app_window.findChild(QMessageBox, DIALOG_NAME) is not None, timeout=60_000)
    idle()
    box = app_window.findChild(QMessageBox, DIALOG_NAME)
    assert box.windowTitle().startswith("Export") and str(folder) in box.informativeText()
    box.close()
    assert _names(folder) == before


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, packs, tmp_path, idle):
    out = tmp_path / "out"
    out.mkdir()
    messages = []
    packs.status.connect(messages.append)
    packs.export(out, ("docx", "pdf"), "cancelled")
    packs.export_token.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: packs.export_token is None, timeout=20_000)
    idle()
    assert any("cancelled" in m for m in messages)
    assert list(out.iterdir()) == []


def test_reopening_a_draft_restores_it(qtbot, app_window, packs):
    packs.recipient.clear()
    qtbot.keyClicks(packs.recipient, "Hon. Draft Tester")
    packs.name.clear()
    qtbot.keyClicks(packs.name, "Draft for Nairobi")
    packs.save_draft()
    first = packs.draft_id
    packs.new_pack()
    assert packs.recipient.text() == "" and packs.draft_id != first
    index = packs.drafts.findData(first)
    packs.drafts.setCurrentIndex(index)
    packs.drafts.activated.emit(index)
    assert packs.draft_id == first
    assert packs.recipient.text() == "Hon. Draft Tester" and packs.name.text() == "Draft for Nairobi"


def test_drafts_are_saved_as_the_user_works(qtbot, packs):
    qtbot.keyClicks(packs.event_field, "Summit of the future")
    qtbot.waitUntil(lambda: any(d.id == packs.draft_id for d in packs.store.list())
                    and packs.store.load(packs.draft_id)[1].event == "Summit of the future", timeout=5_000)


def test_a_new_window_reopens_the_latest_draft(qtbot, packs, data_dir):
    qtbot.keyClicks(packs.event_field, "Reopen me")
    packs.save_draft()
    from briefing_builder.gui.app import create_window

    _app, second, tasks, reader = create_window(str(data_dir))
    try:
        qtbot.waitUntil(lambda: second.packs_page.spec is not None and second.packs_page.spec.event.endswith("Reopen me"),
                        timeout=10_000)
    finally:
        second.library_page.editor.revert()
        second.close()
        tasks.shutdown()
        reader.close()


def test_duplicate_and_delete_drafts(qtbot, packs, monkeypatch):
    original = packs.draft_id
    packs.duplicate_draft()
    assert packs.draft_id != original and len(packs.store.list()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    packs.delete_draft()
    assert [d.id for d in packs.store.list()] == [original]


def test_the_preview_shows_the_pack(qtbot, packs):
    qtbot.waitUntil(lambda: packs.pdf.pageCount() >= 6, timeout=20_000)
    assert "pages" in packs.preview_state.text()


def test_an_unknown_country_in_a_draft_is_reported_not_a_crash(qtbot, packs):
    import dataclasses

    packs.spec = dataclasses.replace(packs.spec, country="XXX")
    packs.refresh_outline()
    qtbot.waitUntil(lambda: packs.warnings.count() == 1 and "Cannot assemble" in packs.warnings.item(0).text(),
                    timeout=5_000)
