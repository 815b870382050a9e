"""The main window: the library, the countries and the packs one click apart, with the menus and shortcuts a
desktop user expects, a status bar, and its size and layout remembered between sessions.

The window does not hand library changes to pages: each page subscribes itself to `Tasks.changed`. Edit ▸ Undo
and Redo come from a `QUndoGroup` over the pages' own stacks; showing a page makes its stack the active one, so
Undo only ever changes what is on the page in front of the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME, __version__
from ..library import Library
from ..paths import DataLocation, user_config_dir
from ..settings import Settings
from . import look
from .bidi import isolate
from .errors import present_error
from .countries_page import CountriesPage
from .library_page import LibraryPage
from .pack_builder import PackBuilderPage
from .people_page import PeoplePage
from .settings_dialog import SettingsDialog
from .tasks import Tasks

PAGES = (("library", QT_TRANSLATE_NOOP("MainWindow", "Library")),
         ("countries", QT_TRANSLATE_NOOP("MainWindow", "Countries")),
         ("packs", QT_TRANSLATE_NOOP("MainWindow", "Packs")),
         ("people", QT_TRANSLATE_NOOP("MainWindow", "People")))
FIRST_START_FRACTION = 0.9  # of the available screen, centred
MAX_FIRST_SIZE = QSize(1680, 1050)  # on a very large screen, a comfortable window rather than a wall


class MainWindow(QMainWindow):
    def __init__(self, reader: Library, tasks: Tasks, settings: Settings, location: DataLocation) -> None:
        super().__init__()
        self.reader, self.tasks, self.settings, self.location = reader, tasks, settings, location
        self.setWindowTitle(f"{APP_NAME}[*]")  # "Briefing Builder*" while the item editor has unsaved changes
        self.setWindowIcon(look.icon("briefing-builder"))
        self.packs_page = PackBuilderPage(tasks, settings, location)
        self.library_page = LibraryPage(reader, tasks, settings)
        self.library_page.editor.dirty_changed.connect(self.setWindowModified)
        self.countries_page = CountriesPage(tasks, settings)
        self.people_page = PeoplePage(tasks, settings)
        self.undo_group = QUndoGroup(self)
        self._page_stacks: dict[QWidget, QUndoStack] = {}
        for page in self.pages():
            stack = getattr(page, "undo_stack", None)
            if stack is None:  # a page with nothing undoable gets an empty stack: Undo is then greyed out there
                stack = QUndoStack(page)
            self.undo_group.addStack(stack)
            self._page_stacks[page] = stack
        self.stack = QStackedWidget()
        for page in self.pages():
            self.stack.addWidget(page)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections of the app"))
        self.navigation.setIconSize(QSize(22, 22))
        labels = [QCoreApplication.translate("MainWindow", label) for _key, label in PAGES]
        # 150 pixels hold the English labels; a longer translation ("Bibliothèque") widens the column to fit it.
        widest = max(self.navigation.fontMetrics().horizontalAdvance(label) for label in labels)
        self.navigation.setFixedWidth(max(150, widest + 22 + 56))
        for (key, _label), label in zip(PAGES, labels):
            entry = QListWidgetItem(look.icon(key), label)
            entry.setSizeHint(QSize(self.navigation.width() - 10, 46))
            self.navigation.addItem(entry)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy = QLabel("")
        # As wide as its notice from the start: appearing, it would otherwise draw over the message beside it.
        self.busy.setMinimumWidth(self.busy.fontMetrics().horizontalAdvance(self.tr("Working…")) + 12)
        self.statusBar().addPermanentWidget(self.busy)
        path = f"{location.library_path}" + (self.tr("  (read-only)") if settings.read_only else "")
        # The library's path, shortened in its middle past a third of the window: messages need the room more.
        where = QLabel(isolate(self.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, 420)))
        where.setToolTip(path)
        where.setObjectName("muted")
        self.statusBar().addPermanentWidget(where)
        tasks.busy_changed.connect(lambda busy: self.busy.setText(self.tr("Working…") if busy else ""))
        for page in self.pages():
            page.status.connect(self.show_status)
        self.stack.currentChanged.connect(self._page_shown)

        self._menus()
        self.navigation.setCurrentRow(0)
        self._restore_state()
        self._page_shown(self.stack.currentIndex())  # currentChanged does not fire for the first page
        self.library_page.load_reference()
        self.countries_page.load()
        self.packs_page.load()
        self.people_page.load()

    def pages(self) -> tuple[QWidget, ...]:
        """The pages in the order of `PAGES` (People last, so Ctrl+1..3 keep their places)."""
        return (self.library_page, self.countries_page, self.packs_page, self.people_page)

    # --- menus and shortcuts
    def _action(self, menu, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        """&File &Edit &View &Library &Packs &Help: no field on any page uses these letters as its mnemonic."""
        bar = self.menuBar()
        writable = not self.settings.read_only
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New"), self.new_thing, QKeySequence.StandardKey.New,
                     self.tr("A new item in the library, or a new pack on the Packs page"))
        self._action(file_menu, self.tr("New &pack"), self.new_pack, "Ctrl+Shift+N")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        redo.setShortcuts(redo_keys)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find"), self.find, QKeySequence.StandardKey.Find, self.tr("Search the library"))
        self._action(edit_menu, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)

        view_menu = bar.addMenu(self.tr("&View"))
        # P is the Packs page's: People takes o
        for index, label in enumerate((self.tr("&Library"), self.tr("&Countries"), self.tr("&Packs"),
                                       self.tr("Pe&ople"))):
            self._action(view_menu, label, lambda _checked=False, i=index: self.go(i), f"Ctrl+{index + 1}")

        library_menu = bar.addMenu(self.tr("&Library"))
        self.import_action = self._action(library_menu, self.tr("&Import…"), self.import_library, "Ctrl+I",
                                          self.tr("Add or update items from a JSON or CSV file"))
        self._action(library_menu, self.tr("&Export the library…"), self.export_library)
        library_menu.addSeparator()
        self._action(library_menu, self.tr("&Back up now"), self.backup,
                     tip=self.tr("Write a consistent copy to the backups folder"))
        self.restore_action = self._action(library_menu, self.tr("&Restore backup…"), self.restore_backup,
                                           tip=self.tr("Put a backup back in place of the library"))
        self._action(library_menu, self.tr("&Check library…"), self.check_library,
                     tip=self.tr("Integrity, foreign keys and search index; repair what can be repaired"))
        self._action(library_menu, self.tr("Library s&tatistics…"), self.library_statistics)
        library_menu.addSeparator()
        self._action(library_menu, self.tr("C&lear filters"), self.clear_filters, "Ctrl+Shift+L",
                     self.tr("Show the whole library again: empty search, every filter back to All"))
        for action in (self.import_action, self.restore_action):
            action.setEnabled(writable)

        pack_menu = bar.addMenu(self.tr("&Packs"))
        self._action(pack_menu, self.tr("&Export…"), self.export_pack, "Ctrl+E", self.tr("Export the pack as Word and/or PDF"))
        self._action(pack_menu, self.tr("Refresh the &preview"), lambda: self.packs_page.refresh_preview(), "F5")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Manual"), self.manual, QKeySequence.StandardKey.HelpContents,
                     self.tr("The documentation shipped with the app (works offline)"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.shortcuts_help, "Ctrl+F1")
        self._action(help_menu, self.tr("&About {app}").format(app=APP_NAME), self.about)

    def go(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def new_thing(self) -> None:
        if self.stack.currentWidget() is self.packs_page:
            self.packs_page.new_pack()
        elif self.stack.currentWidget() is self.people_page:
            self.people_page.new_person()
        else:
            self.go(0)
            self.library_page.new_item()

    def new_pack(self) -> None:
        self.go(2)
        self.packs_page.new_pack()

    def find(self) -> None:
        if self.stack.currentWidget() is self.people_page:
            self.people_page.focus_search()
            return
        self.go(0)
        self.library_page.focus_search()

    def clear_filters(self) -> None:
        self.go(0)
        self.library_page.clear_filters()

    def save(self) -> None:
        if self.stack.currentWidget() is self.packs_page:
            self.packs_page.save_draft()
            self.show_status(self.tr("Draft saved."))
        elif self.stack.currentWidget() is self.people_page:
            self.people_page.save()
        else:
            self.library_page.save_current()

    def export_pack(self) -> None:
        self.go(2)
        self.packs_page.export_dialog()

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the page in front of the user (the undo group's active stack)."""
        return self.undo_group.activeStack()

    def _page_shown(self, index: int) -> None:
        self.undo_group.setActiveStack(self._page_stacks.get(self.stack.widget(index)))

    def show_status(self, message: str) -> None:
        """`message` in the status bar for 8 s; one too long for the room beside the permanent notices ends in
        "…" (the whole of it in the bar's tooltip), rather than being cut mid-word against "Working…"."""
        bar = self.statusBar()
        busy = self.busy.geometry()
        room = (bar.width() - busy.right() if self.isRightToLeft() else busy.left()) - 24
        shown = bar.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room) if room > 200 else message
        bar.setToolTip(message if shown != message else "")
        bar.showMessage(isolate(shown) if shown != message else message, 8000)  # "…" at the end it belongs to

    # --- library files
    def import_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import into the library"), str(Path.home()),
                                              self.tr("Library files (*.json *.csv);;All files (*)"))
        if not path:
            return
        from ..library.io import import_file

        def done(report) -> None:
            self.show_status(self.tr("Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.").format(
                file=Path(path).name, added=report.added, updated=report.updated, unchanged=report.unchanged))

        # An ImportRejected lists every problem under "Show Details…"; nothing was imported.
        self.tasks.library(lambda library: import_file(library, Path(path)), done,
                           lambda error: present_error(self, error,
                                                      self.tr("Importing {file}").format(file=Path(path).name)),
                           initiator=self)

    def export_library(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the library"), str(Path.home() / "library.json"),
                                                   self.tr("Library exchange file (*.json);;Items as CSV (*.csv)"))
        if not path:
            return
        from ..library.io import export_csv, export_json

        writer = export_csv if path.lower().endswith(".csv") or "*.csv" in chosen else export_json
        self.tasks.library(lambda library: writer(library, Path(path)),
                           lambda count: self.show_status(
                               self.tr("Exported %Ln item(s) to {path}.", "", count).format(path=path)),
                           lambda error: present_error(self, error, self.tr("Exporting the library")))

    def backup(self) -> None:
        self.tasks.library(lambda library: library.backup(),
                           lambda target: self.show_status(
                               self.tr("Backed up the library to {target}.").format(target=target)),
                           lambda error: present_error(self, error, self.tr("Backing up the library")))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.location, self)
        dialog.backup_requested.connect(self.backup)
        if dialog.exec() and dialog.result_settings is not None:
            self.settings = dialog.result_settings
            self.packs_page.settings = self.settings
            self.packs_page.refresh_preview()
            self.show_status(self.tr("Settings saved."))

    # --- library care (the work is in library/maintenance.py; the dialogs show it)
    def _open_dialog(self, dialog: QDialog) -> QDialog:
        """Window-modal and non-blocking (`open`, not `exec`), deleted once closed; kept in `self.dialog`."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def check_library(self) -> QDialog:
        from .dialogs.check_library import CheckLibraryDialog

        return self._open_dialog(CheckLibraryDialog(self.tasks, self.settings.read_only, self))

    def restore_backup(self) -> QDialog:
        from .dialogs.restore_backup import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.tasks, self.location.library_path, self.settings.read_only, self)
        return self._open_dialog(dialog)

    def library_statistics(self) -> QDialog:
        from .dialogs.statistics import LibraryStatsDialog

        return self._open_dialog(LibraryStatsDialog(self.tasks, self))

    # --- help
    def manual(self) -> QDialog:
        from .dialogs.manual import ManualWindow

        window = ManualWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = window
        window.show()  # not modal: the manual stays open beside the work
        return window

    def shortcuts_help(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join([
            self.tr("Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Library, Countries, Packs, People"),
            self.tr("Ctrl+F    Search the library"), self.tr("Ctrl+Shift+L    Clear the library's search and filters"),
            self.tr("Ctrl+N    New item (or new pack on the Packs page)"),
            self.tr("Ctrl+S    Save the item (or the draft)"),
            self.tr("Ctrl+Z / Ctrl+Shift+Z    Undo / redo on the page in front of you (in a text field: its typing)"),
            self.tr("Ctrl+E    Export the pack"), self.tr("F5    Refresh the preview"), self.tr("F1    The manual"),
            self.tr("Alt+Up / Alt+Down    Move an item in the pack outline"), self.tr("Space    Tick or untick in the outline"),
        ]))

    def about(self) -> QDialog:
        from .dialogs.about import AboutDialog

        return self._open_dialog(AboutDialog(self.location.folder, self))

    # --- window state
    def _state_store(self) -> QSettings:
        return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)

    def fit_to_screen(self, fraction: float = FIRST_START_FRACTION) -> None:
        """First start: `fraction` of the available screen (never more than it, nor than MAX_FIRST_SIZE),
        centred."""
        available = self._available()
        width = min(int(available.width() * fraction), MAX_FIRST_SIZE.width(), available.width())
        height = min(int(available.height() * fraction), MAX_FIRST_SIZE.height(), available.height())
        self.resize(width, height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def clamp_to_screen(self) -> None:
        """After restoring a geometry saved on another (larger) screen: shrink and move it onto this one."""
        available = self._available()
        if self.isMaximized() or self.isFullScreen():
            return
        width, height = min(self.width(), available.width()), min(self.height(), available.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.left(), available.right() - frame.width() + 1))
        y = max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def _restore_state(self) -> None:
        store = self._state_store()
        geometry = store.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()
        else:
            self.clamp_to_screen()
        state = store.value("state")
        if state is not None:
            self.restoreState(state)
        splitters = [("library_split", self.library_page.splitter), ("countries_split", self.countries_page.splitter),
                     ("people_split", self.people_page.splitter)]
        if hasattr(self.packs_page, "restore_state"):
            self.packs_page.restore_state(store)
        else:
            splitters.append(("packs_split", self.packs_page.splitter))
        for name, splitter in splitters:
            sizes = store.value(name)
            if sizes:
                splitter.restoreState(sizes)
        page = store.value("page", 0)
        try:
            self.go(int(page))
        except (TypeError, ValueError):
            self.go(0)

    def save_state(self) -> None:
        store = self._state_store()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("state", self.saveState())
        store.setValue("library_split", self.library_page.splitter.saveState())
        store.setValue("countries_split", self.countries_page.splitter.saveState())
        store.setValue("people_split", self.people_page.splitter.saveState())
        if hasattr(self.packs_page, "save_state"):
            self.packs_page.save_state(store)
        else:
            store.setValue("packs_split", self.packs_page.splitter.saveState())
        store.setValue("page", self.stack.currentIndex())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.people_page.is_dirty():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"), self.tr("The person you are editing has "
                                          "unsaved changes. Quit without saving them?"),
                                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if self.library_page.editor.is_dirty():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"), self.tr("The item you are editing has unsaved changes. "
                                          "Quit without saving them?"),
                                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.packs_page.save_draft()
        try:
            self.save_state()
        except OSError:
            pass
        self.tasks.forget()  # late results must not reach widgets that are about to be destroyed
        event.accept()


__all__ = ["MainWindow"]
