"""Library ▸ Library statistics: what the library holds (`Library.stats`) and its backups, in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...library import Library, LibraryStats
from ...library.backup import list_backups, taken_at
from ...library.vocabulary import KINDS
from ..errors import present_error
from ..bidi import isolate
from ..i18n import format_moment
from ..vocabulary import label as vocabulary_label
from ..tasks import Tasks


def _size(size: int) -> str:
    """A file size in binary units, as the command line gives it ("120.6 KiB", "5.0 MiB"), in the interface's
    locale (decimal comma in French, "Kio"); under 1 KiB in words ("512 bytes", a numerus form). KB here used to
    mean 1,024 bytes while the CLI said KiB."""
    if size < 1024:
        return QCoreApplication.translate("LibraryStatsDialog", "%Ln byte(s)", "", int(size))
    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeIecFormat)


class LibraryStatsDialog(QDialog):
    """Filled in the background; `stats` holds the figures once they arrived."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library statistics"))
        self.stats: LibraryStats | None = None
        self.form = QFormLayout()
        self.waiting = QLabel(self.tr("Counting…"))
        self.form.addRow(self.waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        def read(library: Library):
            return library.stats(), list_backups(library.path)

        tasks.library(read, self._show, lambda error: present_error(self, error, self.tr("Counting the library")))

    def _show(self, result: tuple[LibraryStats, list[Path]]) -> None:
        stats, backups = result
        self.stats = stats
        self.form.removeRow(0)
        number = QLocale().toString
        kinds = "\n".join(self.tr("{kind}: {count}").format(kind=vocabulary_label(KINDS.get(kind, kind)),
                                                            count=number(count))
                          for kind, count in stats.items_by_kind.items())
        library_file = self.tr("Library file")
        rows = [
            (self.tr("Items"), number(stats.items)),
            (self.tr("By kind"), kinds or "—"),
            (self.tr("Sources"), number(stats.sources)),
            (self.tr("Countries"), self.tr("{countries}, of which {members} African Union members").format(
                countries=number(stats.countries), members=number(stats.au_members))),
            (self.tr("Country statuses"), number(stats.country_statuses)),
            (self.tr("Items past their review date"), number(stats.stale_items)),
            (self.tr("Items whose source is missing"), number(stats.items_without_source)),
            (self.tr("Backups"), number(len(backups)) + (self.tr(", the newest taken {moment}").format(
                moment=format_moment(max(map(taken_at, backups)))) if backups else "")),
            (library_file, isolate(str(stats.path))),
            (self.tr("File size"), _size(stats.size_bytes)),
            (self.tr("Format version"), number(stats.schema_version)),
        ]
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(label == library_file)  # a long path wraps; the others fit their lines
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(self.tr("{label}: {value}").format(label=label, value=value))
            self.form.addRow(self.tr("{label}:").format(label=label), shown)
        self.adjustSize()
