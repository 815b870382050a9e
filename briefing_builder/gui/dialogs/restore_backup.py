"""Library ▸ Restore backup: the backups with their dates and item counts, each integrity-checked before it is
offered (damaged ones are listed, greyed out, with the reason); restoring takes a safety backup first. The work
is `library.backup.describe_backups` and `library.maintenance.restore_backup` on the library worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...library.backup import BackupInfo, describe_backups
from ...library.maintenance import RestoreReport, restore_backup
from ..errors import present_error
from ..i18n import format_moment
from ..tasks import Tasks
from ..core_text import text

REASONS = {"manual": QT_TRANSLATE_NOOP("RestoreBackupDialog", "taken by hand"),
           "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "safety copy before a restore")}


def describe_reason(reason: str) -> str:
    if reason.startswith("before-") and reason not in REASONS:
        return QCoreApplication.translate("RestoreBackupDialog", "before upgrading ({version})").format(
            version=reason.removeprefix('before-'))
    return QCoreApplication.translate("RestoreBackupDialog", REASONS[reason]) if reason in REASONS else (reason or "—")


class RestoreBackupDialog(QDialog):
    """Lists the backups (in the background); `restore_selected` asks, then restores the chosen one."""

    def __init__(self, tasks: Tasks, library_path: Path, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.library_path, self.read_only = tasks, Path(library_path), read_only
        self.backups: list[BackupInfo] = []
        self.restored: RestoreReport | None = None
        self.setWindowTitle(self.tr("Restore backup"))
        self.summary = QLabel(self.tr("Checking the backups…"))
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Items"), self.tr("Sources"), self.tr("Kind"), self.tr("State")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setAccessibleDescription(self.tr("Each backup with the date it was taken, its item and source counts, "
                                           "and whether it passed the integrity check"))
        self.list.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda *_: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        path = self.library_path
        self.tasks.library(lambda _library: describe_backups(path), self._show,
                           lambda error: present_error(self, error, self.tr("Listing the backups")))

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.list.clear()
        for info in backups:
            state = self.tr("checked, can be restored") if info.usable else self.tr("not offered: it {problem}").format(
                problem=text(info.problems[0]))
            number = QLocale().toString
            row = QTreeWidgetItem([format_moment(info.taken), number(info.items), number(info.sources),
                                   describe_reason(info.reason), state])
            row.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            row.setToolTip(0, str(info.path))
            if not info.usable:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addTopLevelItem(row)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        usable = sum(info.usable for info in backups)
        if not backups:
            self.summary.setText(self.tr("There are no backups yet. Use Library ▸ Back up now to take one."))
        else:
            self.summary.setText(self.tr("%Ln backup(s)", "", len(backups)) + ", "
                                 + self.tr("%Ln passed the integrity check.", "", usable) + " "
                                 + self.tr("Restoring replaces the library's content; a safety backup of it is "
                                           "taken first."))
        if self.restored is not None:  # say what was just done above the refreshed list
            self.summary.setText(self._restored_text(self.restored) + " " + self.summary.text())
        first = next((i for i, info in enumerate(backups) if info.usable), None)
        if first is not None:
            self.list.setCurrentItem(self.list.topLevelItem(first))

    def selected(self) -> BackupInfo | None:
        row = self.list.currentItem()
        if row is None:
            return None
        path = row.data(0, Qt.ItemDataRole.UserRole)
        return next((info for info in self.backups if str(info.path) == path and info.usable), None)

    def _selection_changed(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.read_only)
        if self.read_only:
            self.restore_button.setToolTip(self.tr("This library is read-only here."))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.read_only:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the library with the backup taken {moment} (%Ln item(s))?", "", info.items).format(
                moment=format_moment(info.taken)) + "\n\n"
            + self.tr("A safety backup of the library as it is now is taken first, so this can be reversed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        self.summary.setText(self.tr("Restoring…"))
        self.tasks.library(lambda library: restore_backup(library, info.path), self._restored, self._failed,
                           initiator=self)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Nothing was restored."))
        present_error(self, error, self.tr("Restoring the backup"))
        self._selection_changed()

    def _restored(self, report: RestoreReport) -> None:
        self.restored = report
        self.summary.setText(self._restored_text(report))
        self.reload()

    def _restored_text(self, report: RestoreReport) -> str:
        return self.tr("Restored the backup taken {moment}. The library as it was is in {file}.").format(
            moment=format_moment(report.restored.taken), file=report.safety_backup.name)
