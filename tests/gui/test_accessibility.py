"""The accessibility walk: every page of the main window and every dialog the app can open.

Each window fails on any visible interactive widget without an accessible name (what a screen reader says, as Qt's
accessibility interface gives it: the accessible name, or the buddy label's or the button's text), on a name that
is a configuration key, on two widgets using one mnemonic, and (main window) on a field using a menu's mnemonic.
Tab, pressed as a person does, must visit every focusable widget once, in reading order within each pane, without
being trapped; each widget must look different when it has the focus.

Dialogs are found by walking `briefing_builder.gui` for QDialog subclasses, so a new dialog is walked too: its
constructor's parameters are filled by name from `ARGUMENTS` (a new parameter name fails loudly here).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import briefing_builder.gui as gui_package

MENU_MNEMONICS = set("fevlph")  # &File &Edit &View &Library &Packs &Help
CONFIG_KEY = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
               QAbstractSlider, QTabBar)


# --- what the walk looks at
def _is_part_of_another_widget(widget: QWidget) -> bool:
    """Pieces Qt builds inside a widget (a combo's line edit, a line edit's clear button, tab scroll arrows, a
    table's header, a scroll area's corner) are named and reached through that widget."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)):
        return True
    return parent is not None and parent.objectName() in ("qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")


def interactive_widgets(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractSlider) and widget.inherits("QScrollBar"):
            continue  # a scroll bar belongs to its view
        if isinstance(widget, INTERACTIVE) or widget.inherits("QPdfView"):
            if not _is_part_of_another_widget(widget):
                found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name; else a label whose buddy it is; else what Qt's
    interface derives (a button's text). On Linux a combo box's interface gives its current value as its
    name, so a combo box counts as named only by its own name or its label."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    if isinstance(widget, QComboBox):
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {accessible_name(widget)!r}"


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every visible mnemonic in the window: labels, buttons, group boxes, tab titles."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        else:
            continue
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            continue
        for text in texts:
            match = re.search(r"&([^&\s])", text.replace("&&", ""))
            if match:
                found.append((match.group(1).lower(), f"{type(widget).__name__} {text!r}"))
    return found


def _pane(widget: QWidget, window: QWidget) -> QWidget:
    """The region whose widgets are read top to bottom, left to right: the nearest splitter pane, group box,
    tab page, scroll area content or stacked page."""
    child, parent = widget, widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QSplitter, QStackedWidget, QTabWidget)) or isinstance(child, QGroupBox):
            return child
        if isinstance(parent, QWidget) and parent.objectName() == "qt_scrollarea_viewport":
            return child
        child, parent = parent, parent.parentWidget()
    return window


def tab_chain(qtbot, window: QWidget, first: QWidget, limit: int = 200) -> tuple[list[QWidget], dict]:
    """The widgets Tab visits from `first`, by pressing Tab, until it comes back (or loops), and how each looked
    while focused."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2_000)
    chain, looks = [first], {}
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None and now not in looks:
            qtbot.wait(5)
            looks[now] = now.grab().toImage()
        if now is first or now is None:
            break
        if now is chain[-1]:
            continue  # Tab moving inside one widget (a page's links) before it moves on
        chain.append(now)
        if now in chain[:-1]:
            break  # a loop that never comes back to `first`: reported by the caller
    return chain, looks


def focusable(window: QWidget) -> list[QWidget]:
    return [w for w in interactive_widgets(window)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
            and not w.visibleRegion().isEmpty()]


# --- the checks, shared by pages and dialogs
def check_names(window: QWidget) -> list[str]:
    problems = []
    for widget in interactive_widgets(window):
        name = accessible_name(widget)
        if not name:
            problems.append(f"no accessible name: {describe(widget)}")
        elif CONFIG_KEY.match(name):
            problems.append(f"named by a configuration key {name!r}: {describe(widget)}")
    return problems


def check_mnemonics(window: QWidget, menus: set[str] = frozenset()) -> list[str]:
    problems, seen = [], {}
    for letter, where in mnemonics(window):
        if letter in menus:
            problems.append(f"Alt+{letter.upper()} is a menu's, but {where} uses it")
        elif letter in seen:
            problems.append(f"Alt+{letter.upper()} used twice: {seen[letter]} and {where}")
        seen.setdefault(letter, where)
    return problems


def check_tab_order_and_focus(qtbot, window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Tab from the first widget: every widget is reached once, in reading order within its pane, and each
    looks different while it has the focus (Qt draws focus marks after keyboard navigation, so only Tab
    presses show them)."""
    if not widgets:
        return []
    focused = window.focusWidget()
    if focused is not None:
        focused.clearFocus()
    qtbot.wait(20)
    unfocused = {widget: widget.grab().toImage() for widget in widgets}
    chain, looks = tab_chain(qtbot, window, widgets[0])
    problems = []
    if len(chain) != len(set(chain)):
        problems.append(f"Tab is trapped at {describe(chain[-1])}")
    problems += [f"Tab never reaches {describe(w)}" for w in widgets if w not in chain]
    for before, after in zip(chain, chain[1:]):
        if before not in unfocused or after not in unfocused or _pane(before, window) is not _pane(after, window):
            continue
        a, b = before.mapTo(window, QPoint(0, 0)), after.mapTo(window, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < min(before.height(), after.height()) // 2 + 4
        if (same_row and b.x() < a.x() - 4) or (not same_row and b.y() < a.y()):
            problems.append(f"Tab goes back from {describe(before)} at {a.toTuple()} to {describe(after)} at "
                            f"{b.toTuple()}")
    for widget, image in looks.items():
        if widget in unfocused and image == unfocused[widget]:
            problems.append(f"no visible focus: {describe(widget)}")
    return problems


def walk(qtbot, window: QWidget, menus: set[str] = frozenset(), widgets: list[QWidget] | None = None) -> list[str]:
    widgets = focusable(window) if widgets is None else widgets
    return check_names(window) + check_mnemonics(window, menus) + check_tab_order_and_focus(qtbot, window, widgets)


# --- the main window, page by page
def _show_page(qtbot, window, index: int, tab: int | None = None) -> QWidget:
    window.go(index)
    page = window.stack.currentWidget()
    if tab is not None:
        page.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=15_000)
    qtbot.wait(50)
    return page


PAGES = [
    pytest.param(0, 0, id="library"),
    pytest.param(0, 1, id="library-sources"),
    pytest.param(1, None, id="countries"),
    pytest.param(2, None, id="packs"),
    pytest.param(3, None, id="people"),
]


@pytest.mark.parametrize(("index", "tab"), PAGES)
def test_every_page_of_the_main_window_is_accessible(qtbot, app_window, index, tab):
    app_window.activateWindow()
    page = _show_page(qtbot, app_window, index, tab)
    if index == 1:  # a country chosen, so its forms are shown
        qtbot.waitUntil(lambda: page.list.count() > 0, timeout=5_000)
        page.list.setCurrentRow(0)
    widgets = [w for w in focusable(app_window) if page.isAncestorOf(w) or w is app_window.navigation]
    widgets = [app_window.navigation] + [w for w in widgets if w is not app_window.navigation]
    problems = walk(qtbot, app_window, MENU_MNEMONICS, widgets)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("index", "tab"), PAGES)
def test_alt_e_opens_the_edit_menu_on_every_page(qtbot, app_window, index, tab):
    edit_menu = next(a.menu() for a in app_window.menuBar().actions() if a.text() == "&Edit")
    app_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app_window, timeout=2_000)
    _show_page(qtbot, app_window, index, tab)
    qtbot.keyClick(app_window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(edit_menu.isVisible, timeout=2_000)
    qtbot.keyClick(edit_menu, Qt.Key.Key_Escape)
    qtbot.keyClick(app_window.menuBar(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not edit_menu.isVisible(), timeout=2_000)


def test_the_menus_have_the_expected_mnemonics_and_none_twice(app_window):
    titles = [a.text() for a in app_window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Library", "&Packs", "&Help"]
    for action in app_window.menuBar().actions():
        menu: QMenu = action.menu()
        letters = [re.search(r"&(\w)", a.text()).group(1).lower() for a in menu.actions()
                   if not a.isSeparator() and "&" in a.text()]
        assert len(letters) == len(set(letters)), f"{action.text()} repeats a mnemonic: {letters}"


# --- every dialog
ARGUMENTS = {  # constructor parameter name -> value from the running window
    "parent": lambda w: w,
    "tasks": lambda w: w.tasks,
    "settings": lambda w: w.settings,
    "location": lambda w: w.location,
    "read_only": lambda w: w.settings.read_only,
    "library_path": lambda w: w.location.library_path,
    "data_folder": lambda w: w.location.folder,
    "basename": lambda _w: "Placeholder pack",
    "reader": lambda w: w.reader,
    "language": lambda _w: "ar",  # the translation editor: right to left included
}


def dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for module_info in pkgutil.walk_packages(gui_package.__path__, "briefing_builder.gui."):
        if module_info.name.endswith(("screenshots", ".app")):
            continue
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and cls is not QMessageBox:
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[key] for key in sorted(found)]


@pytest.mark.parametrize("cls", [pytest.param(cls, id=cls.__name__) for cls in dialog_classes()])
def test_every_dialog_is_accessible(qtbot, app_window, cls):
    parameters = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]
    unknown = [p.name for p in parameters if p.name not in ARGUMENTS and p.default is inspect.Parameter.empty]
    assert not unknown, f"add {unknown} to ARGUMENTS so {cls.__name__} can be walked"
    kwargs = {p.name: ARGUMENTS[p.name](app_window) for p in parameters if p.name in ARGUMENTS}
    dialog = cls(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: app_window.tasks.pending == 0, timeout=15_000)
    qtbot.wait(50)
    problems = walk(qtbot, dialog)
    dialog.close()
    assert problems == [], "\n".join(problems)


def test_the_walk_finds_an_unnamed_widget(qtbot):
    """The walk itself can fail: an icon-only button with no name is caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton(""))
    layout.addWidget(QPushButton("&Fine"))
    layout.addWidget(QPushButton("&Fun"))
    window.show()
    problems = check_names(window) + check_mnemonics(window)
    assert any("no accessible name" in p for p in problems) and any("used twice" in p for p in problems)


@pytest.mark.parametrize("cls", [pytest.param(cls, id=cls.__name__) for cls in dialog_classes()])
def test_every_dialog_fits_a_1024_by_600_screen(qtbot, app_window, cls):
    """Every dialog can shrink to a maximised 1024×600 window's room (about 1024×540) with its buttons shown."""
    parameters = [p for p in inspect.signature(cls.__init__).parameters.values() if p.name != "self"]
    dialog = cls(**{p.name: ARGUMENTS[p.name](app_window) for p in parameters if p.name in ARGUMENTS})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: app_window.tasks.pending == 0, timeout=15_000)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 540, (cls.__name__, hint.toTuple())
    dialog.close()
