"""Renderers: one module per output format, each turning the same `Pack` into a file. No Qt, no library access."""
