"""The Packs page's background work, as plain functions (no widgets, no Qt): they run on the library worker or
a pool thread through `Tasks`, and only their results cross back to the UI thread.

- `outline_listing(library, spec, ...)`: every candidate item of every section (the rule's order, nothing dropped),
  with titles, the pack's warnings, stray pins and which sections hold items: what the outline shows.
- `render_preview(library_path, spec, ...)`: the PDF's bytes, the first page of each section, and the time each
  phase took (reported by `bench gui`).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...errors import NotFoundError
from ...library import Library
from ...library.vocabulary import kind_label
from ...pack.model import PackWarning
from ...pack.select import holds_items, stray_pins
from ...pack.spec import PackSpec
from ...pack.templates import Template
from ...settings import Settings


@dataclass(frozen=True)
class OutlineListing:
    sections: list[tuple[str, str, tuple[str, ...]]]  # (section id, heading, candidate uids in the rule's order)
    titles: dict[str, tuple[str, str, str | None]]  # uid -> (title, kind label, review date if past it)
    warnings: tuple[PackWarning, ...]
    stray: list[tuple[str, str, str]]  # (section id, uid, title) pinned where no item can show
    holds: dict[str, bool]  # section id -> whether it lists library items
    missing: tuple = ()  # MissingTranslation: what has no version in the pack's language (the translation editor)
    language: str = "en"  # the pack's language


def candidates_of(spec: PackSpec) -> PackSpec:
    """The spec with nothing dropped, hidden or reordered: assembling it lists every candidate in rule order."""
    return dataclasses.replace(spec, overrides={
        sid: dataclasses.replace(o, dropped=(), hidden=False, order=()) for sid, o in spec.overrides.items()})


def outline_listing(library: Library, spec: PackSpec, settings: Settings, template_dirs: list[Path],
                    templates: dict[str, Template]) -> OutlineListing:
    from ...pack.assemble import assemble  # imported on first use: keeps start-up quick

    pack = assemble(library, candidates_of(spec), settings, extra_template_dirs=template_dirs)
    template = templates[spec.template]
    titles = {}
    uids = [uid for section in pack.sections for uid in section.item_uids]
    # The outline shows each item's title as the pack prints it: its version in the pack's language if any.
    versions = library.translations_in("item", uids, pack.language) if uids and pack.language else {}
    for uid in uids:
        item = library.item(uid)
        version = versions.get(uid) if item.language != pack.language else None
        title = (version.text("title") if version is not None else "") or item.title
        titles[uid] = (title, kind_label(item.kind), item.review_by if item.is_stale() else None)
    # Each section under the title the pack prints (in its language); a section the pack leaves out (nothing to
    # show) under the template's heading in that language.
    printed = {p.id: p for p in pack.sections}
    sections = [(s.id, printed[s.id].title if s.id in printed and printed[s.id].title else
                 s.heading_in(spec.language).replace("{country}", pack.cover.country),
                 printed[s.id].item_uids if s.id in printed else ()) for s in template.sections]
    stray = []
    for section_id, uid in stray_pins(template, spec):
        try:
            stray.append((section_id, uid, library.item(uid).title))
        except NotFoundError:
            stray.append((section_id, uid, uid))
    from ...pack.localise import missing_translations

    missing = tuple(missing_translations(library, pack)) if pack.language else ()
    return OutlineListing(sections, titles, pack.warnings, stray, {s.id: holds_items(s) for s in template.sections},
                          missing, pack.language)


@dataclass(frozen=True)
class RenderedPreview:
    data: bytes
    section_firsts: list[tuple[str, int]]  # (section id, first page, zero-based), in pack order
    timing: dict[str, float]  # queued_ms, assemble_ms, render_ms


def render_preview(library_path: Path, spec: PackSpec, settings: Settings, template_dirs: list[Path],
                   requested: float, cancelled: Callable[[], bool]) -> RenderedPreview:
    """Assemble and render the pack as it will print (`requested`: perf_counter when the render was asked for)."""
    from ...pack.assemble import assemble
    from ...render.pdf import render_bytes

    started = time.perf_counter()
    with Library.open(library_path, create=False) as library:
        pack = assemble(library, spec, settings, extra_template_dirs=template_dirs, cancelled=cancelled)
    assembled = time.perf_counter()
    data, heading_pages = render_bytes(pack, cancelled=cancelled)
    firsts = [(s.id, heading_pages[s.anchor] - 1) for s in pack.sections if s.anchor in heading_pages]
    timing = {"queued_ms": (started - requested) * 1000, "assemble_ms": (assembled - started) * 1000,
              "render_ms": (time.perf_counter() - assembled) * 1000}
    return RenderedPreview(data, firsts, timing)


__all__ = ["OutlineListing", "outline_listing", "candidates_of", "RenderedPreview", "render_preview"]
