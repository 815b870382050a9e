"""Import shim: the Packs page now lives in `briefing_builder.gui.packs` (split by job)."""

from .packs.export_dialog import ExportDialog, show_in_folder
from .packs.item_picker import ItemPickerDialog
from .packs.outline import ITEM, ROLE_ID, ROLE_TYPE, SECTION, OutlineTree
from .packs.page import PREVIEW_DELAY_MS, PackBuilderPage

__all__ = ["PackBuilderPage", "OutlineTree", "ExportDialog", "ItemPickerDialog", "show_in_folder", "SECTION", "ITEM",
           "ROLE_ID", "ROLE_TYPE", "PREVIEW_DELAY_MS"]
