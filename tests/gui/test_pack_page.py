"""The Packs page as a whole: actions offered only where they apply, export that asks before replacing files,
the preview's zoom and pages, small screens, saved layout, and accessible widgets."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from test_pack_flows import _section

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MENU_LETTERS = set("FEVLPH")  # &File &Edit &View &Library &Packs/&Pack &Help
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTreeWidget, QListWidget)


_pollers: list = []  # kept for the session: a poller must outlive the dialog it waits for


@pytest.fixture(autouse=True)
def _pollers_stop_with_their_test():
    """A poller whose dialog never opened (a test that checks none does) must not go on to reject the next
    modal dialog of the session: it closed the translation editor in tests/gui/test_translation_editor.py."""
    yield
    for timer in _pollers:
        timer.stop()


def when_shown(qtbot, kind, act) -> list:
    """Run `act(widget)` on the next modal `kind` that opens (dialogs block in exec()). Returns a list that
    gets True once it ran. No widget is kept in a Python reference cycle: the cyclic collector may run on a
    worker thread, and a Qt wrapper freed there crashes shiboken (see the report on issue 9, point 6)."""
    seen: list[bool] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            timer.stop()
            seen.append(True)
            act(widget)

    timer.timeout.connect(poll)
    timer.start()
    _pollers.append(timer)
    return seen


# ------------------------------------------------------------------------------------------ point 2
def test_add_item_is_offered_only_for_sections_that_list_items(qtbot, packs):
    objectives = next(top for top in packs.tree.sections() if not packs.templates["ministerial-summit"].section(
        top.data(0, Qt.ItemDataRole.UserRole)).select)
    packs.tree.setCurrentItem(objectives)
    assert not packs.add_item_button.isEnabled()
    assert "library items can only be added" in packs.add_item_button.toolTip()
    packs.tree.setCurrentItem(_section(packs, "lines-to-take"))
    assert packs.add_item_button.isEnabled()
    packs.tree.setCurrentItem(_section(packs, "lines-to-take").child(0))  # an item: its section takes the new one
    assert packs.add_item_button.isEnabled()


def test_move_buttons_are_disabled_where_nothing_can_move(qtbot, packs):
    lines = _section(packs, "lines-to-take")
    packs.tree.setCurrentItem(lines)
    assert not packs.up_button.isEnabled() and not packs.down_button.isEnabled()
    packs.tree.setCurrentItem(lines.child(0))
    assert not packs.up_button.isEnabled() and packs.down_button.isEnabled()
    assert "Select an item" in packs.up_button.toolTip()


def test_an_item_pinned_into_a_text_section_is_reported_not_silently_dropped(qtbot, packs):
    template = packs.templates["ministerial-summit"]
    text_section = next(s for s in template.sections if s.kind == "text")
    packs.spec = packs.spec.with_override(text_section.id, pinned=("communique2019-call-3-au",))
    qtbot.waitUntil(lambda: any("holds no library items" in packs.warnings.item(i).text()
                                for i in range(packs.warnings.count())), timeout=10_000)


def test_the_item_picker_finds_and_adds_an_item(qtbot, packs):
    from briefing_builder.gui.packs.item_picker import ItemPickerDialog

    dialog = ItemPickerDialog(packs.tasks, "Lines to take", packs)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "Malabo")
    qtbot.waitUntil(lambda: dialog.results.count() > 0 and dialog.add_button.isEnabled(), timeout=5_000)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.chosen_uid and dialog.result() == dialog.DialogCode.Accepted


# ------------------------------------------------------------------------------------------ point 5
def _export_through_dialog(qtbot, packs, folder: Path, name: str, answer: str | None) -> None:
    """Ctrl+E, type the folder and name, Export; answer the existing-files question if it is asked."""
    def fill(dialog) -> None:
        dialog.folder.selectAll()
        qtbot.keyClicks(dialog.folder, str(folder))
        dialog.file_name.selectAll()
        qtbot.keyClicks(dialog.file_name, name)
        if answer is not None:
            when_shown(qtbot, QMessageBox, lambda box: box.findChild(QAbstractButton, answer).click())
        dialog.ok.click()

    when_shown(qtbot, QWidget, fill)
    packs.export_dialog()


@pytest.mark.parametrize("answer", ["replace", "keep-both", "cancel"])
def test_export_asks_before_replacing_files(qtbot, packs, tmp_path, idle, answer):
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.docx").write_bytes(b"old docx")
    (out / "brief.pdf").write_bytes(b"old pdf")
    _export_through_dialog(qtbot, packs, out, "brief", answer)
    if answer == "cancel":
        idle()
        assert sorted(p.name for p in out.iterdir()) == ["brief.docx", "brief.pdf"]
        assert (out / "brief.docx").read_bytes() == b"old docx"
        return
    wanted = "brief" if answer == "replace" else "brief (2)"
    # a real build in a child process: 12 s and more when the machine is loaded
    qtbot.waitUntil(lambda: (out / f"{wanted}.pdf").exists() and packs.export_token is None, timeout=90_000)
    idle()
    if answer == "replace":
        assert (out / "brief.pdf").read_bytes().startswith(b"%PDF")
        assert (out / "brief.docx").read_bytes().startswith(b"PK")
    else:
        assert (out / "brief.docx").read_bytes() == b"old docx" and (out / "brief.pdf").read_bytes() == b"old pdf"
        assert (out / "brief (2).pdf").read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    assert len(PdfReader(str(out / f"{wanted}.pdf")).pages) >= 6


def test_export_is_refused_with_the_reason_while_a_field_does_not_resolve(qtbot, packs):
    from test_pack_form import type_into_combo

    messages = []
    packs.status.connect(messages.append)
    type_into_combo(qtbot, packs.country, "Nowhereland")
    opened = when_shown(qtbot, QWidget, lambda dialog: dialog.reject())
    packs.export_dialog()
    qtbot.wait(100)
    assert not opened and any("Nowhereland" in m for m in messages)


# ------------------------------------------------------------------------------------------ point 8
def test_preview_zooms_and_pages(qtbot, packs):
    panel = packs.preview_panel
    qtbot.waitUntil(lambda: packs.pdf.pageCount() >= 6, timeout=20_000)
    assert not panel.previous.isEnabled() and panel.next.isEnabled()
    qtbot.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert panel.current_page() == 1 and panel.page_box.value() == 2 and panel.previous.isEnabled()
    panel.page_box.setFocus()
    panel.page_box.selectAll()
    qtbot.keyClicks(panel.page_box, "5")
    qtbot.keyClick(panel.page_box, Qt.Key.Key_Return)
    assert panel.current_page() == 4
    fit = panel.zoom_factor()
    qtbot.mouseClick(panel.zoom_in, Qt.MouseButton.LeftButton)
    assert panel.zoom_factor() == pytest.approx(fit * 1.25, rel=0.05) and not panel.fit_width.isChecked()
    qtbot.mouseClick(panel.zoom_out, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.zoom_out, Qt.MouseButton.LeftButton)
    assert panel.zoom_factor() < fit
    qtbot.mouseClick(panel.fit_width, Qt.MouseButton.LeftButton)
    assert panel.fit_width.isChecked() and panel.view.zoomMode() == panel.view.ZoomMode.FitToWidth


def test_double_clicking_an_outline_entry_shows_its_page(qtbot, packs):
    qtbot.waitUntil(lambda: packs.pdf.pageCount() >= 6 and "sources" in packs.section_pages, timeout=20_000)
    sources = _section(packs, "sources")
    packs.tree.scrollToItem(sources)
    rect = packs.tree.visualItemRect(sources)
    # a real double-click: the view only reports one whose first press landed on the same entry
    qtbot.mouseClick(packs.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(packs.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first, _last = packs.section_pages["sources"]
    assert packs.preview_panel.current_page() == first > 2
    heading = packs.pdf.getAllText(first).text()
    assert sources.text(0).split()[0] in heading
    lines = _section(packs, "lines-to-take")
    last_item = lines.child(lines.childCount() - 1)
    packs.tree.setCurrentItem(last_item)
    qtbot.keyClick(packs.tree, Qt.Key.Key_Return)
    page = packs.preview_panel.current_page()
    start, end = packs.section_pages["lines-to-take"]
    assert start <= page <= end
    words = "".join(last_item.text(0)[:40].split()).casefold()
    assert words in "".join(packs.pdf.getAllText(page).text().split()).casefold()


def test_an_edit_to_a_section_shows_that_section_in_the_preview(qtbot, packs):
    qtbot.waitUntil(lambda: "sources" in packs.section_pages, timeout=20_000)
    packs.preview_panel.show_page(0)
    packs.tree.setCurrentItem(_section(packs, "lines-to-take"))
    packs.free_text.setFocus()
    qtbot.keyClicks(packs.free_text, "Welcome the new plan.")
    shown = []
    packs.preview_shown.connect(shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    page = packs.preview_panel.current_page()
    assert "Welcomethenewplan." in "".join(packs.pdf.getAllText(page).text().split())


def test_the_preview_shows_a_focus_mark(qtbot, packs):
    view = packs.preview
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert ":focus" in view.styleSheet() and "highlight" in view.styleSheet()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2_000)
    image = view.grab().toImage()
    highlight = view.palette().highlight().color()
    edge = image.pixelColor(1, image.height() // 2)
    assert abs(edge.red() - highlight.red()) + abs(edge.green() - highlight.green()) + \
        abs(edge.blue() - highlight.blue()) < 60


# ------------------------------------------------------------------------------------------ point 4
def _reachable(widget: QWidget, window: QWidget) -> bool:
    """Shown, with a size, and inside the window (or inside a scroll area that can scroll to it)."""
    if not widget.isVisibleTo(window) or widget.width() < 4 or widget.height() < 4:
        return False
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            widget = parent  # the scroll area brings it into view; the area itself must be on screen
            break
        parent = parent.parentWidget()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_every_action_is_in_reach_on_a_small_screen(qtbot, app_window, packs, size):
    app_window.resize(*size)
    qtbot.wait(50)
    packs.tree.setCurrentItem(_section(packs, "lines-to-take").child(1))
    missing = [w.accessibleName() or type(w).__name__ for w in packs.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and w.isVisibleTo(packs) and w.parentWidget().isVisibleTo(packs)
               and not _reachable(w, app_window) and not isinstance(w.parentWidget(), QComboBox)]
    assert missing == []
    assert app_window.rect().contains(packs.export_button.mapTo(app_window, packs.export_button.rect().bottomRight()))


def test_the_preview_can_be_hidden_and_the_layout_is_restored(qtbot, packs, tmp_path):
    qtbot.mouseClick(packs.preview_toggle, Qt.MouseButton.LeftButton)
    assert not packs.preview_panel.isVisibleTo(packs) and not packs.preview_toggle.isChecked()
    packs.splitter.setSizes([100, 500, 0])
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    packs.save_state(store)
    store.sync()
    qtbot.mouseClick(packs.preview_toggle, Qt.MouseButton.LeftButton)
    assert packs.preview_panel.isVisibleTo(packs) and packs.splitter.sizes()[2] > 0
    packs.restore_state(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert not packs.preview_panel.isVisibleTo(packs) and not packs.preview_toggle.isChecked()


# ------------------------------------------------------------------------------------------ point 7
def _unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and not w.accessibleName().strip()
            and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox))]


def test_every_widget_on_the_packs_page_and_its_dialogs_has_an_accessible_name(qtbot, packs):
    from briefing_builder.gui.packs.export_dialog import existing_files_box, ExportDialog
    from briefing_builder.gui.packs.item_picker import ItemPickerDialog

    assert _unnamed(packs) == []
    dialogs = [ExportDialog("brief", parent=packs), ItemPickerDialog(packs.tasks, "Lines to take", packs),
               existing_files_box(packs, Path("/tmp"), "brief", [Path("/tmp/brief.pdf")], "brief (2)")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert _unnamed(dialog) == [], dialog.windowTitle()


def test_form_labels_are_the_buddies_of_their_fields(packs):
    for key, label in packs.form.labels.items():
        assert label.buddy() is not None and label.buddy().accessibleName(), key


def _mnemonics(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    letters = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(root):
            match = re.search(r"&([^&\s<])", re.sub(r"<[^>]+>", "", widget.text()))
            if match:
                letters.append(match.group(1).upper())
    return letters


def test_mnemonics_on_the_page_are_unique_and_leave_the_menus_alone(app_window, packs):
    letters = _mnemonics(packs)
    assert len(letters) == len(set(letters)), sorted(letters)
    assert not set(letters) & MENU_LETTERS
    menu_letters = {re.search(r"&(\w)", a.text()).group(1).upper() for a in app_window.menuBar().actions()
                    if "&" in a.text()}
    assert not set(letters) & menu_letters


def test_tab_order_follows_the_visual_order_drafts_row_first(qtbot, packs):
    packs.drafts.setFocus()
    qtbot.waitUntil(packs.drafts.hasFocus, timeout=2_000)
    order = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    names = [w.accessibleName() or (w.parentWidget().accessibleName() if w.parentWidget() else "") for w in order]
    assert names[:8] == ["Saved pack drafts", "New pack", "Duplicate draft", "Delete draft", "Show the preview",
                         "Export the pack", "Name", "Template"]
