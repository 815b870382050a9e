"""The Packs page, split by job: `page` (composition, drafts, undo, preview and export flow), `form` (tailoring
fields that resolve what was typed), `outline` (sections and items), `preview` (the PDF with zoom and pages),
`export_dialog` (where, and what to do about existing files), `item_picker` (add a library item), `commands`
(undoable edits)."""

from .page import PackBuilderPage

__all__ = ["PackBuilderPage"]
