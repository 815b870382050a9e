"""The desktop app (PySide6): a thin layer over the library, the pack assembler and the renderers."""
