"""Export: the dialog (formats, folder, file name), the question asked when files of that name exist
(Replace / Keep both, with a numbered name / Cancel), and the box shown when the export has finished.

Which files a build would replace, and the next free numbered name, come from `output_set` (Qt-free, shared with
the CLI's `--overwrite` rule), so the question names exactly the files the build would replace.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import core_text
from ...output_set import existing_outputs, next_free_basename

translate = QCoreApplication.translate


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


class ExportDialog(QDialog):
    """Formats, folder and file name. The Export button is disabled, with the reason, until a format is ticked
    and a folder and file name are given."""

    def __init__(self, basename: str, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the pack"))
        self.setAccessibleName(self.tr("Export the pack"))
        self.word = QCheckBox(self.tr("&Word (.docx), to edit"))
        self.word.setChecked(True)
        self.word.setAccessibleName(self.tr("Word document"))
        self.word.setAccessibleDescription(self.tr("Write a Word document (.docx) to edit"))
        self.pdf = QCheckBox(self.tr("P&DF, to read and print"))
        self.pdf.setChecked(True)
        self.pdf.setAccessibleName("PDF")
        self.pdf.setAccessibleDescription(self.tr("Write a PDF file to read and print"))
        self.folder = QLineEdit(str(folder or default_folder()))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the folder"))
        self.browse.clicked.connect(self._browse)
        self.file_name = QLineEdit(basename)
        self.file_name.setAccessibleName(self.tr("File name"))
        self.file_name.setAccessibleDescription(self.tr("The name of the files, without .docx or .pdf"))
        self.reason = QLabel("")
        self.reason.setStyleSheet("color: #c62828;")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        formats_label = QLabel(self.tr("Formats:"))
        formats_label.setBuddy(self.word)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)
        name_label = QLabel(self.tr("File &name:"))
        name_label.setBuddy(self.file_name)
        form = QFormLayout()
        form.addRow(formats_label, self.word)
        form.addRow("", self.pdf)
        form.addRow(folder_label, folder_row)
        form.addRow(name_label, self.file_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Export"))
        self.ok.setAccessibleName(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        for signal in (self.word.toggled, self.pdf.toggled, self.folder.textChanged, self.file_name.textChanged):
            signal.connect(self._check)
        self._check()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in (("docx", self.word), ("pdf", self.pdf)) if box.isChecked())

    def problem(self) -> str:
        if not self.formats():
            return self.tr("Tick Word, PDF or both.")
        if not self.folder.text().strip():
            return self.tr("Choose the folder to export to.")
        if not self.file_name.text().strip():
            return self.tr("Give the files a name.")
        return ""

    def _check(self, *_args) -> None:
        problem = self.problem()
        self.ok.setEnabled(not problem)
        self.ok.setToolTip(problem)
        self.reason.setText(problem)
        self.reason.setVisible(bool(problem))


@dataclass(frozen=True)
class ExportChoice:
    """Where and how to export once any question about existing files is answered."""

    folder: Path
    formats: tuple[str, ...]
    basename: str
    overwrite: bool


REPLACE, KEEP_BOTH, CANCEL = "replace", "keep-both", "cancel"


def existing_files_box(parent: QWidget | None, folder: Path, basename: str, existing: list[Path],
                       numbered: str) -> QMessageBox:
    """The question asked when the export would replace files (built, not shown, so tests can drive it)."""
    names = "\n".join(f"• {path.name}" for path in existing)
    box = QMessageBox(QMessageBox.Icon.Question, translate("ExportDialog", "Files already exist"),
                      translate("ExportDialog", "{folder} already holds files named “{name}”:").format(
                          folder=folder, name=basename) + f"\n\n{names}", parent=parent)
    box.setObjectName("existing-files")
    box.setInformativeText(translate("ExportDialog", "Replace them, or keep both and name the new files “{name}”?").format(
        name=numbered))
    replace = box.addButton(translate("ExportDialog", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("ExportDialog", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    replace.setObjectName(REPLACE)
    keep.setObjectName(KEEP_BOTH)
    cancel.setObjectName(CANCEL)
    for button, description in ((replace, translate("ExportDialog", "Replace the existing files with the new ones")),
                                (keep, translate("ExportDialog", "Keep the existing files; the new ones are named {name}"
                                                 ).format(name=numbered)),
                                (cancel, translate("ExportDialog", "Do not export"))):
        button.setAccessibleName(button.text().replace("&", ""))
        button.setAccessibleDescription(description)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    return box


def resolve_existing(parent: QWidget | None, folder: Path, formats: tuple[str, ...],
                     basename: str) -> ExportChoice | None:
    """Ask about existing files if there are any: the choice to export with, or None when the user cancels."""
    existing = existing_outputs(folder, basename, formats)
    if not existing:
        return ExportChoice(folder, formats, basename, False)
    numbered = next_free_basename(folder, basename, formats)
    box = existing_files_box(parent, folder, basename, existing, numbered)
    box.exec()
    answer = box.clickedButton().objectName() if box.clickedButton() is not None else CANCEL
    if answer == REPLACE:
        return ExportChoice(folder, formats, basename, True)
    if answer == KEEP_BOTH:
        return ExportChoice(folder, formats, numbered, False)
    return None


def show_in_folder(path: Path) -> None:
    """Open the file manager at the file (selecting it where the platform allows)."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603,S607 - local file manager
    elif sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])  # noqa: S603,S607
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def finished_text(result) -> str:
    """The finished box's message (rich text): the marking, the files, and up to six warnings, each warning a
    paragraph in its own direction (an Arabic pack's warnings run right to left)."""
    import html

    from ..direction import paragraph_html

    files = "<br>".join(html.escape(str(p)) for p in result.files)
    marked = translate("ExportDialog", "The pack is marked {marking}.").format(marking=result.pack.classification)
    text = f"<p>{html.escape(marked)}</p><p>{files}</p>"
    if result.warnings:
        text += f"<p>{html.escape(translate('ExportDialog', 'Warnings:'))}</p>" + "".join(
            paragraph_html(f"• {core_text.text(w.message)}") for w in result.warnings[:6])
    return text


def finished_box(parent: QWidget | None, result) -> None:
    """Say where the files are, the pack's marking and its warnings; offer to open them."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ExportDialog", "Export finished"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(finished_text(result))
    open_button = box.addButton(translate("ExportDialog", "&Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(translate("ExportDialog", "&Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.files[-1])))
    elif box.clickedButton() is folder_button:
        show_in_folder(result.files[0])


__all__ = ["ExportDialog", "ExportChoice", "resolve_existing", "existing_files_box", "finished_box", "finished_text",
           "show_in_folder", "REPLACE", "KEEP_BOTH", "CANCEL"]
