"""`BriefTable`: the PDF writer's table, which never crashes and never loses text, and its page-splitting rules.

ReportLab's `Table` can split a row across pages (`splitInRow`), but its `_splitCell` raises `IndexError` when a
cell's flowable reports that it fits whole (ReportLab 4.2-5.1, seen with the side-by-side country profiles). This
flowable keeps ReportLab's `Table` for measuring and drawing one page's worth of rows, and does the splitting itself:

- rows move to the next page whole when they fit on one page, unless that would leave more than half of this
  page's frame empty (then the row is split, as a typesetter would rather than leave a half-blank page);
- a row taller than a page is split by our own code: every cell is cut at the same height (`TextBlock.split`,
  which keeps two lines together at each end), the rest continues on the next page;
- the header row repeats at the top of every part;
- words break between words, or hyphenate (`pdf_words`): a narrow column is widened from the others' slack,
  and a word still too wide is hyphenated in the pack's language, never cut without a hyphen.

Rows and cells are kept in logical order; right-to-left tables are mirrored only when a part is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from . import pdf_words, theme
from .pdf_text import TextBlock

Cell = TextBlock
_EPSILON = 1e-6


class BriefTable(Flowable):
    """A table of `TextBlock` cells; `header` (may be None) repeats on every page it reaches.

    `frame_height` is the height of a full page's frame: what decides whether a row "fits on one page".
    `commands` are ReportLab table style commands for the whole table; `header_commands` are added when the
    part has a header row (row 0). `padding` is (top, bottom, left, right) for every cell.
    """

    def __init__(self, header: Sequence[Cell] | None, rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
                 commands: Sequence[tuple], header_commands: Sequence[tuple] = (), rtl: bool = False,
                 frame_height: float, padding: tuple[float, float, float, float] = theme.CELL_PADDING,
                 h_align: str = "LEFT", language: str = "") -> None:
        super().__init__()
        self.header = list(header) if header else None
        self.rows = [list(r) for r in rows]
        self.language = language  # the pack's: which dictionary hyphenates a word too wide for its column
        self.widths = pdf_words.fit_cells(([self.header] if self.header else []) + self.rows, widths,
                                          padding[2] + padding[3], language)
        self.commands, self.header_commands = list(commands), list(header_commands)
        self.rtl, self.frame_height, self.padding, self.hAlign = rtl, frame_height, padding, h_align
        self._table: RLTable | None = None

    # --- one page's worth of rows, as a ReportLab table
    def _copy(self, rows: list[list[Cell]]) -> BriefTable:
        return BriefTable(self.header, rows, self.widths, commands=self.commands,
                          header_commands=self.header_commands, rtl=self.rtl, frame_height=self.frame_height,
                          padding=self.padding, h_align=self.hAlign, language=self.language)

    def _rl_table(self) -> RLTable:
        rows = ([self.header] if self.header else []) + self.rows
        widths = self.widths
        if self.rtl:
            rows = [list(reversed(r)) for r in rows]
            widths = list(reversed(widths))
        top, bottom, left, right = self.padding
        commands = [("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
                    ("LEFTPADDING", (0, 0), (-1, -1), left), ("RIGHTPADDING", (0, 0), (-1, -1), right),
                    *self.commands]
        if self.header:
            commands += self.header_commands
        return RLTable(rows or [[""] * len(widths)], colWidths=widths, style=TableStyle(commands), hAlign=self.hAlign)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._table = self._rl_table()
        self.width, self.height = self._table.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)

    # --- splitting
    def _row_heights(self, available_width: float, available_height: float) -> tuple[float, list[float]]:
        self.wrap(available_width, available_height)
        heights = list(self._table._rowHeights)  # noqa: SLF001 - ReportLab's measured row heights
        return (heights[0], heights[1:]) if self.header else (0.0, heights)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head, heights = self._row_heights(available_width, available_height)
        if self.height <= available_height + _EPSILON:
            return [self]
        if self.header and head > self.frame_height / 2:  # a header too long to repeat: an ordinary first row
            self.rows, self.header = [self.header] + self.rows, None
            return self.split(available_width, available_height)
        used, fit = head, 0
        for height in heights:
            if used + height > available_height + _EPSILON:
                break
            used, fit = used + height, fit + 1
        if fit == len(self.rows):  # pragma: no cover - then the whole table fitted
            return [self]
        room = available_height - used
        row_height = heights[fit]
        fits_on_a_page = head + row_height <= self.frame_height + _EPSILON
        leaves_half_empty = room > self.frame_height / 2
        if not fits_on_a_page or leaves_half_empty:
            cut = self._split_row(self.rows[fit], room - self.padding[0] - self.padding[1] - 1)
            if cut is not None:
                first, rest = cut
                return [self._copy(self.rows[:fit] + [first]), self._copy([rest] + self.rows[fit + 1:])]
        if fit == 0:
            return []  # the next row moves whole to the next page (ReportLab then retries there)
        return [self._copy(self.rows[:fit]), self._copy(self.rows[fit:])]

    def _split_row(self, row: list[Cell], height: float) -> tuple[list[Cell], list[Cell]] | None:
        """Cut every cell of `row` at `height`; None when no cell can put anything above the cut."""
        if height <= 0:
            return None
        first, rest = [], []
        for cell, width in zip(row, self.widths):
            inner = max(width - self.padding[2] - self.padding[3], 1)
            parts = cell.split(inner, height)
            if not parts:
                first.append(cell.empty())
                rest.append(cell)
            elif len(parts) == 1:
                first.append(parts[0])
                rest.append(cell.empty())
            else:
                first.append(parts[0])
                rest.append(parts[1])
        if all(c.is_empty() for c in first):
            return None
        return first, rest


__all__ = ["BriefTable"]
