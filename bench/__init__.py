"""Benchmarks: `python -m bench [library|packs|gui|bundle ...]` (or `./run bench`). Figures are printed, never asserted."""
