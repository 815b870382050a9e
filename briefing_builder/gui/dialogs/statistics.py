"""Library ▸ Library statistics: what the library holds (`Library.stats`) and its backups, in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...library import Library, LibraryStats
from ...library.backup import list_backups, taken_at
from ...library.vocabulary import KINDS
from ..errors import present_error
from ..tasks import Tasks


def _size(size: int) -> str:
    """A file size in binary units, as the command line gives it ("120.6 KiB", "5.0 MiB"), in the interface's
    locale (decimal comma in French, "Kio"). KB here used to mean 1,024 bytes while the CLI said KiB."""
    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeIecFormat)


class LibraryStatsDialog(QDialog):
    """Filled in the background; `stats` holds the figures once they arrived."""

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Library statistics")
        self.stats: LibraryStats | None = None
        self.form = QFormLayout()
        self.waiting = QLabel("Counting…")
        self.form.addRow(self.waiting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        def read(library: Library):
            return library.stats(), list_backups(library.path)

        tasks.library(read, self._show, lambda error: present_error(self, error, "Counting the library"))

    def _show(self, result: tuple[LibraryStats, list[Path]]) -> None:
        stats, backups = result
        self.stats = stats
        self.form.removeRow(0)
        kinds = "\n".join(f"{KINDS.get(kind, kind)}: {count:,}" for kind, count in stats.items_by_kind.items())
        rows = [
            ("Items", f"{stats.items:,}"),
            ("By kind", kinds or "—"),
            ("Sources", f"{stats.sources:,}"),
            ("Countries", f"{stats.countries:,}, of which {stats.au_members:,} African Union members"),
            ("Country statuses", f"{stats.country_statuses:,}"),
            ("Items past their review date", f"{stats.stale_items:,}"),
            ("Items whose source is missing", f"{stats.items_without_source:,}"),
            ("Backups", f"{len(backups):,}" + (f", the newest taken {max(map(taken_at, backups)):%Y-%m-%d %H:%M}"
                                               if backups else "")),
            ("Library file", stats.path),
            ("File size", _size(stats.size_bytes)),
            ("Format version", str(stats.schema_version)),
        ]
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(label == "Library file")  # a long path wraps; the others fit their lines
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label}: {value}")
            self.form.addRow(f"{label}:", shown)
        self.adjustSize()
