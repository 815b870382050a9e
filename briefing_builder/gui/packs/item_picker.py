"""Add an item from the library to a section: search as you type, pick, Add. Offered only for sections that
hold library items (`pack.select.holds_items`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...library import SearchFilters
from ...library.vocabulary import kind_label
from ..bidi import follow_content
from ..vocabulary import label as vocabulary_label
from ..tasks import Tasks
from ..core_text import error_text

SEARCH_DELAY_MS = 150


class ItemPickerDialog(QDialog):
    """Find an item in the library to pin into `section_heading`. `chosen_uid`/`chosen_title` after Add."""

    def __init__(self, tasks: Tasks, section_heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.chosen_uid: str | None = None
        self.chosen_title = ""
        self._generation = 0
        self.setWindowTitle(self.tr("Add an item to “{section}”").format(section=section_heading) if section_heading else
                            self.tr("Add an item from the library"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 460)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the library…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setAccessibleDescription(self.tr("Words, prefixes or \"a phrase\"; the list below updates as you type"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.results = QListWidget()
        follow_content(self.results)
        self.results.setAccessibleName(self.tr("Matching items"))
        self.results.setAccessibleDescription(self.tr("Enter or a double-click adds the item"))
        results_label = QLabel(self.tr("&Matching items:"))
        results_label.setBuddy(self.results)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the selected item"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.results.itemActivated.connect(lambda _i: self._accept())  # Enter, or a double-click
        self.results.currentItemChanged.connect(lambda *_a: self._update_add())
        self._update_add()
        self._search()

    def _search(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.search.text()
        self.tasks.library(lambda library: library.search(query, SearchFilters(), typed=True, limit=100).items,
                           lambda items: self._show(generation, items),
                           lambda error: self._failed(generation, error))

    def _show(self, generation: int, items) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self.results.clear()
        for item in items:
            entry = QListWidgetItem(f"{item.title}  ·  {vocabulary_label(kind_label(item.kind))}")
            entry.setData(Qt.ItemDataRole.UserRole, (item.uid, item.title))
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_add()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.results.clear()
            self.results.addItem(QListWidgetItem(self.tr("The search failed: {error}").format(error=error_text(error))))
            self._update_add()

    def _update_add(self) -> None:
        current = self.results.currentItem()
        usable = current is not None and current.data(Qt.ItemDataRole.UserRole) is not None
        self.add_button.setEnabled(usable)
        self.add_button.setToolTip("" if usable else self.tr("Search for an item, then select it"))

    def _accept(self) -> None:
        current = self.results.currentItem()
        if current is not None and current.data(Qt.ItemDataRole.UserRole) is not None:
            self.chosen_uid, self.chosen_title = current.data(Qt.ItemDataRole.UserRole)
            self.accept()


__all__ = ["ItemPickerDialog"]
