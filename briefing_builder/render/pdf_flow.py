"""Keep-with-next for the PDF writer: a heading or an item title never ends a page.

ReportLab's own `keepWithNext` wraps a flowable and the *whole* next one in `KeepTogether`: a heading before a
long table or quotation either moves with all of it (leaving most of a page blank) or, when that is taller than
a page, stays behind alone at the foot of the page. `KeepWithNext` instead keeps its `head` flowables on the
same page as the *start* of its `body`: when the head and the body's first part (as the body splits itself:
two lines of a paragraph, the first rows of a table) fit, they stay; otherwise the group moves to the next page.

`bind(story)` groups every flowable marked `keepWithNext` with what follows it, chains included (a section
heading, its rule, an item title and the item's text).
"""

from __future__ import annotations

from reportlab.platypus import ActionFlowable, Flowable, PageBreak

_EPSILON = 1e-6


def _gap(above: Flowable, below: Flowable) -> float:
    """The space the frame puts between two flowables: the larger of one's space after and the next's space
    before (frames overlap attached space)."""
    return max(float(getattr(above, "spaceAfter", 0) or 0), float(getattr(below, "spaceBefore", 0) or 0))


class KeepWithNext(Flowable):
    """`head` (flowables that must not end a page) drawn above `body`, kept on the page with body's start."""

    def __init__(self, head: list[Flowable], body: Flowable, frame_height: float) -> None:
        super().__init__()
        self.head, self.body, self.frame_height = head, body, frame_height
        for flowable in head:  # this group keeps them; ReportLab must not group them again if they are let go
            flowable.keepWithNext = 0
        self.parts = [*head, body]
        # Zero-size marks (anchors, destinations) at the start take no space: the first visible part's space
        # before becomes the group's, so that the frame overlaps it with the space after the previous flowable.
        self._leading = 0
        while self._leading < len(self.parts) - 1 and getattr(self.parts[self._leading], "_ZEROSIZE", False):
            self._leading += 1
        self.spaceBefore = max(getattr(f, "spaceBefore", 0) or 0 for f in self.parts[:self._leading + 1])
        self.spaceAfter = getattr(body, "spaceAfter", 0)
        self._sizes: list[tuple[float, float]] = []
        self._wrapped_for: tuple[float, float] | None = None  # the size `wrap` last measured the parts for

    def _gap_after(self, index: int) -> float:
        """The space between part `index` and the next (none after a leading mark: it is the group's)."""
        return 0.0 if index < self._leading else _gap(self.parts[index], self.parts[index + 1])

    def _head_height(self) -> float:
        """The head's height, including the gap down to the body, as `wrap` last measured it."""
        return sum(height + self._gap_after(index) for index, (_, height) in enumerate(self._sizes[:len(self.head)]))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # The frame wraps a flowable, then splits it (which wraps again), and nested groups wrap their inner
        # ones each time: measuring the parts (a long table, say) once per size saves a third of the calls.
        if self._wrapped_for == (available_width, available_height):
            return self.width, self.height
        self._sizes = [f.wrap(available_width, available_height) for f in self.parts]
        gaps = sum(self._gap_after(i) for i in range(len(self.parts) - 1))
        self.width = available_width
        self.height = sum(h for _, h in self._sizes) + gaps
        self._wrapped_for = (available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= available_height + _EPSILON:
            return [self]
        head = self._head_height()  # measured by the wrap just above, for this size
        self._wrapped_for = None  # the body is measured again below, for another height
        room = available_height - head
        parts = self.body.split(available_width, room) if room > 0 else []
        if len(parts) >= 2:
            first = parts[0]
            _, height = first.wrap(available_width, room)
            if height <= room + _EPSILON:
                return [KeepWithNext(self.head, first, self.frame_height), *parts[1:]]
        if available_height >= self.frame_height - 1:  # already at the top of a page: never loop, let go
            return [*self.head, self.body]
        return []  # the head and the start of the body move to the next page together

    def draw(self) -> None:
        y = self.height
        for index, (flowable, (width, height)) in enumerate(zip(self.parts, self._sizes)):
            if index:
                y -= self._gap_after(index - 1)
            y -= height
            align = getattr(flowable, "hAlign", "LEFT")
            x = {"RIGHT": self.width - width, "CENTER": (self.width - width) / 2,
                 "CENTRE": (self.width - width) / 2}.get(align, 0)
            flowable.drawOn(self.canv, x, y)


class EndWithNext(Flowable):
    """`body` (a quotation, say) drawn above `tail` (its attribution): the tail never starts a page alone. When
    both do not fit, they move to the next page together, as LibreOffice lays out a DOCX paragraph marked
    keep-with-next (measured: it moves the whole quotation, not its last lines); a body taller than a page
    splits there as it would alone, its last part kept with the tail."""

    def __init__(self, body: Flowable, tail: Flowable, frame_height: float) -> None:
        super().__init__()
        self.body, self.tail, self.frame_height = body, tail, frame_height
        self.spaceBefore = getattr(body, "spaceBefore", 0) or 0
        self.spaceAfter = getattr(tail, "spaceAfter", 0) or 0
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [self.body.wrap(available_width, available_height),
                       self.tail.wrap(available_width, available_height)]
        self.width = available_width
        self.height = self._sizes[0][1] + _gap(self.body, self.tail) + self._sizes[1][1]
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= available_height + _EPSILON:
            return [self]
        if available_height < self.frame_height - 1:
            return []  # body and tail move to the next page together
        # already at the top of a page (the pair is taller than one): split the body, keep its end with the tail
        parts = self.body.split(available_width, min(available_height, self._sizes[0][1] - 1))
        if len(parts) >= 2:
            return [*parts[:-1], EndWithNext(parts[-1], self.tail, self.frame_height)]
        return [self.body, self.tail]  # never loop: let go

    def draw(self) -> None:
        (_, body_height), (tail_width, tail_height) = self._sizes
        self.body.drawOn(self.canv, 0, self.height - body_height)
        align = getattr(self.tail, "hAlign", "LEFT")
        x = {"RIGHT": self.width - tail_width, "CENTER": (self.width - tail_width) / 2,
             "CENTRE": (self.width - tail_width) / 2}.get(align, 0)
        self.tail.drawOn(self.canv, x, 0)


def bind(story: list[Flowable], frame_height: float) -> list[Flowable]:
    """The story with each `keepWithNext` flowable grouped with the one after it (from the end, so chains nest)."""
    out: list[Flowable] = []
    for flowable in reversed(story):
        following = out[-1] if out else None
        if (getattr(flowable, "keepWithNext", 0) and following is not None
                and not isinstance(following, (PageBreak, ActionFlowable))):
            out[-1] = KeepWithNext([flowable], following, frame_height)
        else:
            out.append(flowable)
    for flowable in out:  # ReportLab would otherwise wrap them again in its own KeepTogether
        if getattr(flowable, "keepWithNext", 0):
            flowable.keepWithNext = 0
    return list(reversed(out))


__all__ = ["EndWithNext", "KeepWithNext", "bind"]
