"""The pack outline: sections and their items, with a tick to include or leave out each, reordered by drag and
drop or Alt+Up/Alt+Down within a section.

The tree never changes the pack itself: a tick, a drop or a move is reported as an intent (`toggled`,
`move_requested`) and the page turns it into an undoable command; the command then brings the tree in line with
the spec (`sync`). So the tree, the preview, the draft and the export all follow one value, and Undo restores
the tree too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...pack.spec import PackSpec
from ..bidi import follow_content
from ..direction import embedded, is_rtl
from ..i18n import format_date
from ..vocabulary import label as vocabulary_label

SECTION, ITEM = 1, 2  # outline entry types (ROLE_TYPE)
ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_TYPE = Qt.ItemDataRole.UserRole + 1
OUTLINE_MIME = "application/x-briefing-builder-outline-item"


class OutlineTree(QTreeWidget):
    """Sections (top level) and their items. Drags carry a private MIME entry (this tree's token and the item's
    uid); anything else is refused, so a drop from another window or application can never rearrange the pack.
    """

    toggled = Signal(str, str, bool)  # section id, item uid ("" for the section itself), included
    move_requested = Signal(str, str, int)  # section id, item uid, new row within the section
    entry_activated = Signal(str, str)  # section id, item uid ("" for a section): double-click or Enter

    def __init__(self) -> None:
        super().__init__()
        self._token = f"{id(self)}".encode()
        self._syncing = False
        self._base: dict[str, list[str]] = {}  # section id -> its items in the rule's order (as listed)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setExpandsOnDoubleClick(False)  # a double-click shows the entry's page in the preview instead
        self.setAccessibleName(self.tr("Pack outline"))
        self.setAccessibleDescription(self.tr("Sections and items of the pack. Space ticks or unticks; Alt+Up and Alt+Down "
                                      "move an item; Enter or a double-click shows its page in the preview."))
        self.setToolTip(self.tr("Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder; double-click to see its page"))
        self.itemChanged.connect(self._item_changed)
        self.itemDoubleClicked.connect(lambda item, _col: self._activate(item))
        self.itemActivated.connect(lambda item, _col: self._activate(item))

    # --- reading
    def sections(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def section(self, section_id: str) -> QTreeWidgetItem | None:
        return next((top for top in self.sections() if top.data(0, ROLE_ID) == section_id), None)

    @staticmethod
    def uids(top: QTreeWidgetItem) -> list[str]:
        return [top.child(row).data(0, ROLE_ID) for row in range(top.childCount())]

    def entry(self, section_id: str, uid: str = "") -> QTreeWidgetItem | None:
        top = self.section(section_id)
        if top is None or not uid:
            return top
        return next((top.child(r) for r in range(top.childCount()) if top.child(r).data(0, ROLE_ID) == uid), None)

    def selected_section(self) -> str | None:
        current = self.currentItem()
        if current is None:
            return None
        top = current if current.data(0, ROLE_TYPE) == SECTION else current.parent()
        return top.data(0, ROLE_ID) if top is not None else None

    def current_key(self) -> tuple[str, str] | None:
        """(section id, item uid or "") of the current entry."""
        current = self.currentItem()
        if current is None:
            return None
        if current.data(0, ROLE_TYPE) == SECTION:
            return current.data(0, ROLE_ID), ""
        return current.parent().data(0, ROLE_ID), current.data(0, ROLE_ID)

    # --- filling
    def fill(self, sections, titles: dict[str, tuple[str, str, str | None]], spec: PackSpec,
             holds: dict[str, bool]) -> None:
        """Rebuild from an outline listing: [(section id, heading, candidate uids)], titles by uid."""
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        key = self.current_key()
        self._syncing = True
        try:
            self.clear()
            self._base = {section_id: list(uids) for section_id, _heading, uids in sections}
            for section_id, heading, uids in sections:
                top = QTreeWidgetItem([heading])
                top.setData(0, ROLE_TYPE, SECTION)
                top.setData(0, ROLE_ID, section_id)
                top.setFlags((top.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsDragEnabled
                             & ~Qt.ItemFlag.ItemIsDropEnabled)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setToolTip(0, heading + ("" if holds.get(section_id)
                                             else "\n" + self.tr("Text only: holds no library items")))
                self.addTopLevelItem(top)
                for uid in uids:
                    title, kind, stale = titles.get(uid, (uid, "", None))
                    child = QTreeWidgetItem([title])
                    child.setData(0, ROLE_TYPE, ITEM)
                    child.setData(0, ROLE_ID, uid)
                    due = "\n" + self.tr("Review was due on {date}").format(date=format_date(stale)) if stale else ""
                    child.setToolTip(0, f"{vocabulary_label(kind)} · {uid}" + due)
                    child.setFlags((child.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                                   & ~Qt.ItemFlag.ItemIsDropEnabled)
                    child.setCheckState(0, Qt.CheckState.Checked)
                    if stale:
                        child.setIcon(0, warning_icon)
                    top.addChild(child)
            self.expandAll()
        finally:
            self._syncing = False
        self.sync(spec)
        if key is not None:
            self.select(*key)

    def sync(self, spec: PackSpec) -> None:
        """Bring ticks and order in line with `spec` (no signal is emitted for these changes)."""
        self._syncing = True
        try:
            for top in self.sections():
                override = spec.override(top.data(0, ROLE_ID))
                state = Qt.CheckState.Unchecked if override.hidden else Qt.CheckState.Checked
                if top.checkState(0) != state:
                    top.setCheckState(0, state)
                current = self.uids(top)
                base = self._base.get(top.data(0, ROLE_ID), current)
                rank = {uid: n for n, uid in enumerate(override.order)}
                wanted = sorted(current, key=lambda uid: (rank.get(uid, len(rank)),
                                                          base.index(uid) if uid in base else len(base)))
                if wanted != current:  # the spec's order over the rule's, as assemble does
                    selected = self.currentItem()
                    children = {c.data(0, ROLE_ID): c for c in top.takeChildren()}
                    top.addChildren([children[uid] for uid in wanted])
                    if selected is not None and selected.parent() is top:
                        self.setCurrentItem(selected)
                dropped = set(override.dropped)
                for row in range(top.childCount()):
                    child = top.child(row)
                    state = Qt.CheckState.Unchecked if child.data(0, ROLE_ID) in dropped else Qt.CheckState.Checked
                    if child.checkState(0) != state:
                        child.setCheckState(0, state)
        finally:
            self._syncing = False

    def select(self, section_id: str, uid: str = "") -> None:
        entry = self.entry(section_id, uid) or self.entry(section_id)
        if entry is not None:
            self.setCurrentItem(entry)
            self.scrollToItem(entry)

    # --- intents
    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._syncing:
            return
        checked = item.checkState(0) != Qt.CheckState.Unchecked
        if item.data(0, ROLE_TYPE) == SECTION:
            self.toggled.emit(item.data(0, ROLE_ID), "", checked)
        else:
            self.toggled.emit(item.parent().data(0, ROLE_ID), item.data(0, ROLE_ID), checked)

    def _activate(self, item: QTreeWidgetItem) -> None:
        if item.data(0, ROLE_TYPE) == SECTION:
            self.entry_activated.emit(item.data(0, ROLE_ID), "")
        else:
            self.entry_activated.emit(item.parent().data(0, ROLE_ID), item.data(0, ROLE_ID))

    def can_move(self, step: int) -> bool:
        current = self.currentItem()
        if current is None or current.data(0, ROLE_TYPE) != ITEM:
            return False
        return 0 <= current.parent().indexOfChild(current) + step < current.parent().childCount()

    def move_current(self, step: int) -> None:
        """Ask to move the current item `step` rows within its section (nothing to ask at either end)."""
        if not self.can_move(step):
            return
        current = self.currentItem()
        parent = current.parent()
        self.move_requested.emit(parent.data(0, ROLE_ID), current.data(0, ROLE_ID),
                                 parent.indexOfChild(current) + step)

    # --- drag and drop
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return super().mimeTypes() + [OUTLINE_MIME]

    def mimeData(self, items):  # noqa: N802
        data = super().mimeData(items)
        if items and items[0].data(0, ROLE_TYPE) == ITEM:
            data.setData(OUTLINE_MIME, QByteArray(self._token + b"|" + items[0].data(0, ROLE_ID).encode()))
        return data

    def _dragged(self, event) -> QTreeWidgetItem | None:
        """The outline item being dragged, if the drag is one of ours."""
        mime = event.mimeData()
        if not mime.hasFormat(OUTLINE_MIME):
            return None
        token, _, uid = bytes(mime.data(OUTLINE_MIME)).partition(b"|")
        if token != self._token:
            return None
        for top in self.sections():
            for row in range(top.childCount()):
                if top.child(row).data(0, ROLE_ID) == uid.decode():
                    return top.child(row)
        return None

    def _allowed(self, event) -> tuple[QTreeWidgetItem, QTreeWidgetItem] | None:
        moving = self._dragged(event)
        target = self.itemAt(event.position().toPoint())
        if (moving is None or target is None or target is moving or target.parent() is not moving.parent()
                or self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem):
            return None
        return moving, target

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dragged(event) is None:
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._dragged(event) is None:
            event.ignore()
            return
        super().dragMoveEvent(event)
        if self._allowed(event) is None:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        allowed = self._allowed(event)
        if allowed is None:
            event.ignore()
            return
        moving, target = allowed
        below = self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        parent = moving.parent()
        uids = self.uids(parent)
        uid = moving.data(0, ROLE_ID)
        uids.remove(uid)
        row = uids.index(target.data(0, ROLE_ID)) + (1 if below else 0)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the page's command moves it; the view must not
        event.accept()
        self.setCurrentItem(moving)
        if row != parent.indexOfChild(moving):
            self.move_requested.emit(parent.data(0, ROLE_ID), uid, row)


class OutlinePanel(QSplitter):
    """The middle column: the outline with its buttons, the selected section's own text, and the warnings, one
    above the other in a splitter (each part can be made smaller or collapsed on a short screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("packsMiddleSplitter")
        self.tree = OutlineTree()
        follow_content(self.tree)
        outline_label = QLabel("<b>" + self.tr("Pac&k outline") + "</b>")
        outline_label.setBuddy(self.tree)
        self.add_item_button = QPushButton(self.tr("Add item…"))
        self.add_item_button.setAccessibleName(self.tr("Add an item from the library"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the item up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the item down"))
        self.free_label = QLabel(self.tr("Text added for this meeting (lines to take, notes):"))
        self.free_label.setWordWrap(True)
        self.free_text = QPlainTextEdit()
        self.free_text.setPlaceholderText(self.tr("Select a section, then write here. Blank lines separate paragraphs."))
        self.free_text.setAccessibleName(self.tr("Text added to the selected section"))
        self.free_text.setAccessibleDescription(self.tr("Printed at the end of the selected section; blank lines "
                                                "separate paragraphs"))
        self.free_text.setTabChangesFocus(True)
        self.free_label.setBuddy(self.free_text)
        self.warnings = QListWidget()
        follow_content(self.warnings)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setAccessibleDescription(self.tr("Items past their review date, missing statuses and other problems"))
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings.setResizeMode(QListWidget.ResizeMode.Adjust)
        warnings_label = QLabel("<b>" + self.tr("Warnings") + "</b>")
        warnings_label.setBuddy(self.warnings)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        parts = []
        for widgets, extra in (((outline_label, self.tree), buttons), ((self.free_label, self.free_text), None),
                               ((warnings_label, self.warnings), None)):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widgets[0])
            layout.addWidget(widgets[1], 1)
            if extra is not None:
                layout.addLayout(extra)
            parts.append(box)
        for index, (box, stretch) in enumerate(zip(parts, (5, 2, 2))):
            self.addWidget(box)
            self.setStretchFactor(index, stretch)

    def show_warnings(self, messages: list[str]) -> None:
        """List the pack's warnings (or say there are none)."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warnings.clear()
        widget_rtl = self.warnings.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for message in messages:
            # each warning in its own direction: an Arabic pack's warnings read right to left here too
            entry = QListWidgetItem(icon, embedded(message, widget_rtl))
            entry.setToolTip(message)
            if is_rtl(message) != widget_rtl:
                entry.setTextAlignment(Qt.AlignmentFlag.AlignRight if is_rtl(message) else Qt.AlignmentFlag.AlignLeft)
            self.warnings.addItem(entry)
        if not messages:
            self.warnings.addItem(self.tr("No warnings: every item is within its review date."))

    def show_translation_gaps(self, count: int, language: str) -> QListWidgetItem | None:
        """Put "N passages have no French version — Translate…" first in the warnings (activating it opens
        the translation editor); nothing when nothing is missing."""
        if not count:
            return None
        from ..translation_editor import language_name

        text = self.tr("%Ln passage(s) with no %1 version — Translate…", "", count).replace(
            "%1", language_name(language))
        entry = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), text)
        entry.setData(Qt.ItemDataRole.UserRole, ("translate", "", ""))
        entry.setToolTip(self.tr("Double-click or press Enter to translate them side by side"))
        if self.warnings.count() == 1 and self.warnings.item(0).data(Qt.ItemDataRole.UserRole) is None \
                and self.warnings.item(0).icon().isNull():
            self.warnings.takeItem(0)  # "No warnings" no longer holds
        self.warnings.insertItem(0, entry)
        return entry

    def show_problem(self, message: str) -> None:
        """The pack cannot be listed at all (e.g. its country is unknown): say so where the warnings go."""
        self.warnings.clear()
        self.warnings.addItem(QListWidgetItem(message))


__all__ = ["OutlineTree", "OutlinePanel", "SECTION", "ITEM", "ROLE_ID", "ROLE_TYPE", "OUTLINE_MIME"]
