"""Library ▸ Check library: integrity, foreign keys, schema and search index, with a Repair button for what
can be repaired (a search index out of step with the items). The work is `library.maintenance.check_library`
on the library worker; this dialog only shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ...library.maintenance import CheckReport, check_library
from .. import core_text
from ..errors import present_error
from ..tasks import Tasks


class CheckLibraryDialog(QDialog):
    """Runs a check as soon as it opens; `report` holds the last result (None while checking)."""

    def __init__(self, tasks: Tasks, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.read_only = tasks, read_only
        self.report: CheckReport | None = None
        self.setWindowTitle(self.tr("Check library"))
        self.summary = QLabel(self.tr("Checking the library…"))
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.setAccessibleDescription(self.tr("Each problem the check found, one per line"))
        self.repair_button = QPushButton(self.tr("&Repair"))
        self.repair_button.setToolTip(self.tr("Rebuild the search index from the items (nothing else is changed)"))
        self.repair_button.setEnabled(False)
        self.again_button = QPushButton(self.tr("Check &again"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.repair_button.clicked.connect(lambda: self.run(repair=True))
        self.again_button.clicked.connect(lambda: self.run(repair=False))
        self.resize(560, 320)
        self.run(repair=False)

    def run(self, repair: bool) -> None:
        self.summary.setText(self.tr("Repairing the search index…") if repair else self.tr("Checking the library…"))
        for button in (self.repair_button, self.again_button):
            button.setEnabled(False)
        self.tasks.library(lambda library: check_library(library, repair=repair), self._show, self._failed,
                           initiator=self)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The check could not be completed."))
        self.again_button.setEnabled(True)
        present_error(self, error, self.tr("Checking the library"))

    def _show(self, report: CheckReport) -> None:
        self.report = report
        self.problems.clear()
        self.problems.addItems([core_text.text(problem) for problem in report.problems])
        if report.ok:
            text = self.tr("The library is healthy: integrity, foreign keys, schema and search index are all in order.")
            if report.repaired:
                text = self.tr("Repaired: the search index was rebuilt. {state}").format(state=text)
        elif report.repairable:
            text = self.tr("The search index does not match the items. Repair rebuilds it from the items; "
                           "no item is changed.")
        else:
            text = self.tr("%Ln problem(s) found that cannot be repaired here. Use Library ▸ "
                           "Restore backup to go back to a copy taken before they appeared.", "", len(report.problems))
        self.summary.setText(text)
        self.repair_button.setEnabled(report.repairable and not self.read_only)
        self.again_button.setEnabled(True)
