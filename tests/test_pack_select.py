"""Which items a section holds: one rule (pack.select) for assemble, the CLI and the GUI."""

from briefing_builder.pack.assemble import assemble
from briefing_builder.pack.select import holds_items, select_items, stray_pins, why_no_items
from briefing_builder.pack.templates import load_template


def test_only_item_and_key_figure_sections_hold_library_items():
    template = load_template("ministerial-summit")
    kinds = {s.id: (s.kind, holds_items(s)) for s in template.sections}
    assert all(holds == (kind in ("items", "key_figures", "questions", "sensitivities", "press_lines"))
               for kind, holds in kinds.values())
    assert any(holds for _kind, holds in kinds.values()) and any(not holds for _kind, holds in kinds.values())


def test_a_section_that_holds_no_items_says_why():
    template = load_template("ministerial-summit")
    text = next(s for s in template.sections if s.kind == "text")
    items = next(s for s in template.sections if holds_items(s))
    assert why_no_items(items) == ""
    assert text.heading_in("en") in why_no_items(text) and "only" in why_no_items(text)


def test_select_items_is_what_the_assembled_pack_shows(session_library, ministerial_spec):
    template = load_template("ministerial-summit")
    pack = assemble(session_library, ministerial_spec, template=template)
    country = session_library.country("ETH")
    shown = {s.id: s.item_uids for s in pack.sections}
    for section in template.sections:
        uids = tuple(i.uid for i in select_items(session_library, template, section, ministerial_spec, country).items)
        if holds_items(section):
            assert uids == shown.get(section.id, ())  # an empty section is left out of the pack
        else:
            assert uids == ()


def test_dropped_pinned_and_reordered_items_follow_the_spec(session_library, ministerial_spec):
    template = load_template("ministerial-summit")
    section = template.section("lines-to-take")
    country = session_library.country("ETH")
    rule = [i.uid for i in select_items(session_library, template, section, ministerial_spec, country).items]
    other = next(i.uid for i in session_library.search("Malabo").items if i.uid not in rule)
    spec = ministerial_spec.with_override("lines-to-take", dropped=(rule[0],), pinned=(other, "no-such-item"),
                                          order=(other,))
    selection = select_items(session_library, template, section, spec, country)
    assert [i.uid for i in selection.items] == [other] + rule[1:]
    assert selection.missing == ("no-such-item",)


def test_items_pinned_into_a_text_section_are_found_as_stray(ministerial_spec):
    template = load_template("ministerial-summit")
    text = next(s for s in template.sections if s.kind == "text")
    items = next(s for s in template.sections if holds_items(s))
    spec = ministerial_spec.with_override(text.id, pinned=("a-1",)).with_override(items.id, pinned=("a-2",))
    assert stray_pins(template, spec) == [(text.id, "a-1")]


def test_the_cli_shows_which_sections_hold_library_items(run_cli):
    result = run_cli("templates", "show", "ministerial-summit")
    import re

    lines = {m.group(1): line for line in result.output.splitlines() if (m := re.match(r"\s*\d+\. (\w+)", line))}
    assert "(no library items)" in lines["Objectives"] and "(no library items)" in lines["Sources"]
    assert "(no library items)" not in lines["Next"]
