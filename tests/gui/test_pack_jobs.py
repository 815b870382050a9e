"""The Packs page's background work, called directly (plain functions, no widgets)."""

import io
import time

from pypdf import PdfReader

from briefing_builder.gui.packs.jobs import candidates_of, outline_listing, render_preview
from briefing_builder.pack.templates import load_templates
from briefing_builder.settings import Settings


def test_the_outline_lists_every_candidate_in_rule_order_whatever_was_dropped(library, ministerial_spec):
    templates = load_templates([])
    plain = outline_listing(library, ministerial_spec, Settings(), [], templates)
    lines = dict((sid, uids) for sid, _heading, uids in plain.sections)["lines-to-take"]
    tailored = ministerial_spec.with_override("lines-to-take", dropped=(lines[0],), order=tuple(reversed(lines)))
    assert candidates_of(tailored).override("lines-to-take").dropped == ()
    listed = outline_listing(library, tailored, Settings(), [], templates)
    assert dict((sid, uids) for sid, _h, uids in listed.sections)["lines-to-take"] == lines
    assert set(lines) <= set(listed.titles) and listed.holds["lines-to-take"] and not listed.holds["sources"]


def test_the_preview_render_says_where_each_section_starts(data_dir, ministerial_spec):
    result = render_preview(data_dir / "library.sqlite", ministerial_spec, Settings(), [], time.perf_counter(),
                            lambda: False)
    reader = PdfReader(io.BytesIO(result.data))
    firsts = dict(result.section_firsts)
    assert list(firsts)[-1] == "sources" and firsts["sources"] < len(reader.pages)
    assert "Sources" in reader.pages[firsts["sources"]].extract_text()
    assert set(result.timing) == {"queued_ms", "assemble_ms", "render_ms"}
