"""Settings: organisation name and logo, default classification, paper and language; where the data lives;
backup now. Settings locked by the organisation's configuration are shown but cannot be changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from ..errors import BriefingBuilderError
from ..paths import DataLocation
from ..settings import Settings, save_user_settings

LOCKED_TIP = "Set by your organisation's configuration."


class SettingsDialog(QDialog):
    backup_requested = Signal()

    def __init__(self, settings: Settings, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.result_settings: Settings | None = None
        self.organisation = QLineEdit(settings.organisation_name)
        self.logo = QLineEdit(str(settings.organisation_logo or ""))
        browse = QPushButton("B&rowse…")
        browse.clicked.connect(self._browse)
        self.classification = QComboBox()
        self.classification.addItems(list(settings.allowed_markings))
        self.classification.setCurrentText(settings.default_classification)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(settings.paper), 0))
        self.language = QComboBox()
        for label, code in (("English", "en"), ("Français", "fr"), ("Português", "pt"), ("العربية", "ar")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.keys = {"organisation.name": self.organisation, "organisation.logo": self.logo,
                     "classification.default": self.classification, "output.paper": self.paper,
                     "output.language": self.language}
        # Fields are named in words (what a screen reader says), never by their configuration keys.
        self.names = {"organisation.name": "Organisation name on the cover", "organisation.logo": "Logo file",
                      "classification.default": "Default classification", "output.paper": "Paper size",
                      "output.language": "Pack language"}
        for key, widget in self.keys.items():
            widget.setAccessibleName(self.names[key])
            if not settings.may_user_set(key):
                widget.setEnabled(False)
                widget.setToolTip(LOCKED_TIP)
        browse.setEnabled(settings.may_user_set("organisation.logo"))
        browse.setAccessibleName("Choose the logo file")
        self.logo.setAccessibleDescription("A PNG or JPEG image printed on the cover")

        form = QFormLayout()
        for text, field, buddy in (("&Organisation (on the cover):", self.organisation, self.organisation),
                                   ("Lo&go (PNG or JPEG):", logo_row, self.logo),
                                   ("Default &classification:", self.classification, self.classification),
                                   ("Paper si&ze:", self.paper, self.paper),
                                   ("Pack &language:", self.language, self.language)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        data = QLabel(f"<b>Data folder:</b> {location.folder}<br><small>chosen by: {location.reason}; "
                      f"library {location.library_path.name}</small>")
        data.setWordWrap(True)
        files = ", ".join(str(p) for p in settings.files) or "none (built-in defaults)"
        config = QLabel(f"<small>Configuration read from: {files}"
                        + ("<br>The library is read-only in this installation." if settings.read_only else "")
                        + "</small>")
        config.setWordWrap(True)
        backup = QPushButton("&Back up the library now")
        backup.clicked.connect(self.backup_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(data)
        layout.addWidget(config)
        layout.addWidget(backup)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Organisation logo", self.logo.text(), "Images (*.png *.jpg *.jpeg)")
        if path:
            self.logo.setText(path)

    def values(self) -> dict[str, object]:
        return {
            "organisation.name": self.organisation.text().strip(),
            "organisation.logo": Path(self.logo.text().strip()) if self.logo.text().strip() else None,
            "classification.default": self.classification.currentText(),
            "output.paper": self.paper.currentData(),
            "output.language": self.language.currentData(),
        }

    def _save(self) -> None:
        changes = {key: value for key, value in self.values().items() if self.settings.may_user_set(key)}
        try:
            self.result_settings = save_user_settings(self.settings, changes)
        except BriefingBuilderError as exc:
            QMessageBox.warning(self, "Settings", str(exc))
            return
        self.accept()
