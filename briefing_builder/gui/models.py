"""Qt models over the library. The items table never loads the whole library: the library worker computes the
ordered list of matching ids, and rows are read 100 at a time, as they scroll into view, through the UI
thread's own read-only connection (WAL lets it read while the worker writes)."""

from __future__ import annotations

import datetime as _dt
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..library import Changes, Item, Library, SearchFilters
from ..library.vocabulary import kind_label
from .i18n import format_date
from .tasks import Tasks
from .vocabulary import label as vocabulary_label
from .core_text import error_text

PAGE = 100
MAX_PAGES = 40  # pages kept in memory (4,000 rows); older ones are dropped and read again if needed

Index = QModelIndex | QPersistentModelIndex


class ItemsTableModel(QAbstractTableModel):
    """Search results as a sortable table, paged in from SQLite."""

    counts_changed = Signal(int, bool)  # rows, whether more matches exist than are listed
    search_failed = Signal(str)

    COLUMNS = (("title", QT_TRANSLATE_NOOP("ItemsTableModel", "Title")),
               ("kind", QT_TRANSLATE_NOOP("ItemsTableModel", "Kind")),
               ("as_of", QT_TRANSLATE_NOOP("ItemsTableModel", "As of")),
               ("review_by", QT_TRANSLATE_NOOP("ItemsTableModel", "Review by")),
               ("source", QT_TRANSLATE_NOOP("ItemsTableModel", "Source")),
               ("countries", QT_TRANSLATE_NOOP("ItemsTableModel", "Countries")))
    ORDERS = {0: "title", 1: "kind", 2: "as_of", 3: "review_by", 4: "source"}

    def __init__(self, reader: Library, tasks: Tasks, parent=None) -> None:
        super().__init__(parent)
        self.reader, self.tasks = reader, tasks
        self.ids: list[int] = []
        self.more = False
        self.query, self.filters, self.typed = "", SearchFilters(), True
        self.order, self.descending = "rank", False
        self._pages: OrderedDict[int, list[Item]] = OrderedDict()
        self._generation = 0
        self.page_loads = 0  # how many pages were read (tests check that scrolling reads only what it shows)
        self.today = _dt.date.today()

    # --- querying
    def set_query(self, query: str, filters: SearchFilters, typed: bool = True) -> None:
        self.query, self.filters, self.typed = query, filters, typed
        self.refresh()

    def refresh(self) -> None:
        """Run the current query again (on the library worker); late answers to older queries are ignored."""
        self._generation += 1
        generation = self._generation
        query, filters, typed = self.query, self.filters, self.typed
        order = self.order if (self.order != "rank" or query.strip()) else "id"
        descending = self.descending or order == "id"

        def find(library: Library) -> tuple[list[int], bool]:
            ids, more = library.search_ids(query, filters, order=order, typed=typed)
            return (ids[::-1] if descending and order != "rank" else ids), more

        self.tasks.library(find, lambda result: self._apply(generation, result),
                           lambda error: self.search_failed.emit(error_text(error)))

    def _apply(self, generation: int, result: tuple[list[int], bool]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.ids, self.more = result
        self._pages.clear()
        self.endResetModel()
        self.counts_changed.emit(len(self.ids), self.more)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh after a write: the rows' contents, and the list itself (an edit can change what matches)."""
        if changes.items or changes.deleted_items or changes.sources:
            self._pages.clear()
            self.refresh()

    # --- rows
    def item_at(self, row: int) -> Item | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self.reader.items(self.ids[page * PAGE:(page + 1) * PAGE])
            self.page_loads += 1
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        items = self._pages[page]
        offset = row - page * PAGE
        return items[offset] if offset < len(items) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self.ids.index(item_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ItemsTableModel", self.COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index.row())
        if item is None:
            return None
        column = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return item.title.replace("\n", " ")[:300]
            if column == "kind":
                return vocabulary_label(kind_label(item.kind))
            if column == "source":
                return item.source_uid
            if column == "countries":
                return ", ".join(item.countries)
            return getattr(item, column) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = item.body[:400] + ("…" if len(item.body) > 400 else "")
            if item.is_stale(self.today):
                text = self.tr("Review was due on {date}.").format(date=format_date(item.review_by)) + f"\n\n{text}"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == "review_by" and item.is_stale(self.today):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = self.ORDERS.get(column, "rank")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def sort_by_relevance(self) -> None:
        self.order, self.descending = "rank", False
        self.refresh()
