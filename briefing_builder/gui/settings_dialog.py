"""Settings: organisation name and logo, default classification, paper and pack language, the interface's
language (from the next start); where the data lives; backup now. Settings locked by the organisation's
configuration are shown but cannot be changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
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
from ..settings import ENV_LANGUAGE, Settings, save_user_settings
from .bidi import isolate
from .i18n import system_language
from .core_text import error_text

LOCKED_TIP = QT_TRANSLATE_NOOP("SettingsDialog", "Set by your organisation's configuration.")
LANGUAGE_NAMES = (("English", "en"), ("Français", "fr"), ("Português", "pt"), ("العربية", "ar"))  # in their own words


class SettingsDialog(QDialog):
    backup_requested = Signal()

    def __init__(self, settings: Settings, location: DataLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.result_settings: Settings | None = None
        self.organisation = QLineEdit(settings.organisation_name)
        self.logo = QLineEdit(str(settings.organisation_logo or ""))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        self.classification = QComboBox()
        self.classification.addItems(list(settings.allowed_markings))
        self.classification.setCurrentText(settings.default_classification)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(settings.paper), 0))
        self.language = QComboBox()
        for label, code in LANGUAGE_NAMES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        # The interface's language: "System" follows the computer's (today: the language named in brackets).
        self.interface_language = QComboBox()
        system_name = dict((code, label) for label, code in LANGUAGE_NAMES)[system_language()]
        self.interface_language.addItem(self.tr("System language ({language})").format(language=system_name), "")
        for label, code in LANGUAGE_NAMES:
            self.interface_language.addItem(label, code)
        self.interface_language.setCurrentIndex(
            max(self.interface_language.findData(settings.interface_language or ""), 0))
        restart = QLabel("<small>" + self.tr("The interface changes language when the app next starts.") + "</small>")
        restart.setObjectName("muted")
        restart.setWordWrap(True)
        interface_row = QVBoxLayout()  # the notice sits right under its field
        interface_row.setSpacing(2)
        interface_row.addWidget(self.interface_language)
        interface_row.addWidget(restart)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.keys = {"organisation.name": self.organisation, "organisation.logo": self.logo,
                     "classification.default": self.classification, "output.paper": self.paper,
                     "output.language": self.language, "interface.language": self.interface_language}
        # Fields are named in words (what a screen reader says), never by their configuration keys.
        self.names = {"organisation.name": self.tr("Organisation name on the cover"),
                      "organisation.logo": self.tr("Logo file"),
                      "classification.default": self.tr("Default classification"),
                      "output.paper": self.tr("Paper size"),
                      "output.language": self.tr("Pack language"), "interface.language": self.tr("Interface language")}
        for key, widget in self.keys.items():
            widget.setAccessibleName(self.names[key])
            if not settings.may_user_set(key):
                widget.setEnabled(False)
                widget.setToolTip(QCoreApplication.translate("SettingsDialog", LOCKED_TIP))
        if settings.origins.get("interface.language") == ENV_LANGUAGE:  # the environment wins over any file
            self.interface_language.setEnabled(False)
            self.interface_language.setToolTip(self.tr("Set by the environment variable {name}.").format(name=ENV_LANGUAGE))
        browse.setEnabled(settings.may_user_set("organisation.logo"))
        browse.setAccessibleName(self.tr("Choose the logo file"))
        self.logo.setAccessibleDescription(self.tr("A PNG or JPEG image printed on the cover"))

        form = QFormLayout()
        for text, field, buddy in ((self.tr("&Organisation (on the cover):"), self.organisation, self.organisation),
                                   (self.tr("Lo&go (PNG or JPEG):"), logo_row, self.logo),
                                   (self.tr("Default &classification:"), self.classification, self.classification),
                                   (self.tr("Paper si&ze:"), self.paper, self.paper),
                                   (self.tr("Pack &language:"), self.language, self.language),
                                   (self.tr("&Interface language:"), interface_row, self.interface_language)):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)

        # Paths and names are isolates: right to left, "/tmp/data" keeps its slashes where they belong.
        data = QLabel("<b>" + self.tr("Data folder:") + f"</b> {isolate(str(location.folder))}<br><small>"
                      + self.tr("chosen by: {reason}; library {file}").format(reason=isolate(location.reason),
                                                                          file=isolate(location.library_path.name))
                      + "</small>")
        data.setWordWrap(True)
        files = ", ".join(isolate(str(p)) for p in settings.files) or self.tr("none (built-in defaults)")
        config = QLabel("<small>" + self.tr("Configuration read from: {files}").format(files=files)
                        + ("<br>" + self.tr("The library is read-only in this installation.") if settings.read_only else "")
                        + "</small>")
        config.setWordWrap(True)
        backup = QPushButton(self.tr("&Back up the library now"))
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
        self.resize(600, 400)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Organisation logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def values(self) -> dict[str, object]:
        return {
            "organisation.name": self.organisation.text().strip(),
            "organisation.logo": Path(self.logo.text().strip()) if self.logo.text().strip() else None,
            "classification.default": self.classification.currentText(),
            "output.paper": self.paper.currentData(),
            "output.language": self.language.currentData(),
            "interface.language": self.interface_language.currentData() or None,  # None: follow the system
        }

    def _save(self) -> None:
        changes = {key: value for key, value in self.values().items() if self.settings.may_user_set(key)}
        if self.settings.origins.get("interface.language") == ENV_LANGUAGE:
            changes.pop("interface.language", None)  # the environment's choice is not the user's to keep
        try:
            self.result_settings = save_user_settings(self.settings, changes)
        except BriefingBuilderError as exc:
            QMessageBox.warning(self, self.tr("Settings"), error_text(exc))
            return
        self.accept()
