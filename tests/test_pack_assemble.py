"""Assembling a pack: templates, tailoring rules, overrides, classification, warnings, manifest."""

import dataclasses

import pytest

from briefing_builder.errors import BuildError, ValidationError
from briefing_builder.library import ItemDraft
from briefing_builder.pack.assemble import assemble, key_value
from briefing_builder.pack.model import BulletList, Heading, KeyFigure, Paragraph, Quote, Table
from briefing_builder.pack.spec import PackSpec
from briefing_builder.pack.templates import TemplateError, load_templates, parse_template
from briefing_builder.settings import Settings


def _text(section) -> str:
    out = []
    for block in section.blocks:
        if isinstance(block, (Paragraph, Quote)):
            out.append("".join(r.text for r in block.runs))
        elif isinstance(block, BulletList):
            out += ["".join(r.text for r in item) for item in block.items]
        elif isinstance(block, Table):
            out += ["".join(r.text for r in cell) for row in block.rows for cell in row]
        elif isinstance(block, (Heading,)):
            out.append(block.text)
        elif isinstance(block, KeyFigure):
            out.append(f"{block.value} {block.label}")
    return "\n".join(out)


def _section(pack, section_id):
    return next(s for s in pack.sections if s.id == section_id)


def test_the_three_bundled_templates_load():
    templates = load_templates()
    assert {"ministerial-summit", "bilateral-meeting", "country-profile"} <= set(templates)
    ids = [s.id for s in templates["ministerial-summit"].sections]
    assert ids == ["summary", "meeting", "objectives", "lines-to-take", "press-lines", "key-figures", "commitments",
                   "frameworks", "next-steps", "country-profile", "sources"]


def test_ministerial_pack_has_every_section_in_order(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    assert [s.id for s in pack.sections] == ["summary", "objectives", "lines-to-take", "key-figures", "commitments",
                                             "frameworks", "next-steps", "country-profile", "sources"]
    assert pack.toc_entries()[0] == (1, "Summary", "s1-summary")
    assert "Country profile: Ethiopia" in [s.title for s in pack.sections]


def test_au_member_gets_the_call_on_au_states_with_its_own_malabo_status(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    commitments = _section(pack, "commitments")
    assert "communique2019-call-3-au" in commitments.item_uids
    text = "\n".join(_text(s) for s in pack.sections)
    assert text.count("Ethiopia: not ratified, as of 8 June 2023") == 1  # once per pack, on the first item


def test_a_country_outside_the_au_does_not_get_the_au_call(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, country="FRA"))
    assert "communique2019-call-3-au" not in _section(pack, "commitments").item_uids
    assert "line-malabo-action-plan" not in _section(pack, "lines-to-take").item_uids


def test_a_ratifying_state_shows_ratified(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, country="MRT"))
    assert "Mauritania: ratified, as of 8 June 2023" in "\n".join(_text(s) for s in pack.sections)


def test_statuses_show_their_as_of_date_and_unknown_says_so(library, ministerial_spec):
    profile = _text(_section(assemble(library, ministerial_spec), "country-profile"))
    assert "8 June 2023" in profile
    assert "Unknown: no dated record" not in profile
    acrwc = next(s for s in library.country("ETH").statuses if s.topic == "acrwc")
    library.delete_status(acrwc.id)
    profile = _text(_section(assemble(library, ministerial_spec), "country-profile"))
    assert "Unknown: no dated record" in profile  # no record left on the Charter for Ethiopia


def test_items_past_review_are_warnings(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec, today="2026-12-01")
    stale = [w for w in pack.warnings if w.kind == "stale"]
    assert stale and all(w.item_uid for w in stale)
    assert any(w.item_uid == "summit2019-membership-feb2020" for w in stale)
    assert not [w for w in assemble(session_library, ministerial_spec, today="2019-12-31").warnings
                if w.kind == "stale"]


def test_key_figures_are_callouts_with_citations(session_library, ministerial_spec):
    figures = [b for b in _section(assemble(session_library, ministerial_spec), "key-figures").blocks
               if isinstance(b, KeyFigure)]
    values = {b.value for b in figures}
    assert {"400+", "94", "5 million"} <= values and all(b.citation for b in figures)


@pytest.mark.parametrize("title,value", [("More than 400 delegates attended", "400+"), ("94 countries", "94"),
                                         ("Summit held 11-12 December 2019", ""), ("Reached 5 million users", "5 million"),
                                         ("In force since 8 June 2023", "")])
def test_key_figure_values_skip_dates(title, value):
    assert key_value(title) == value


def test_every_citation_points_to_a_listed_source(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    numbers = {ref.number for ref in pack.sources}
    assert numbers == set(range(1, len(pack.sources) + 1))
    cited = set()
    for section in pack.sections:
        for block in section.blocks:
            runs = []
            if isinstance(block, (Paragraph, Quote)):
                runs = list(block.runs)
                if isinstance(block, Quote) and block.citation:
                    cited.add(block.citation)
            elif isinstance(block, BulletList):
                runs = [r for item in block.items for r in item]
            elif isinstance(block, Table):
                runs = [r for row in block.rows for cell in row for r in cell]
            elif isinstance(block, KeyFigure) and block.citation:
                cited.add(block.citation)
            cited |= {r.citation for r in runs if r.citation}
    assert cited == numbers
    sources_text = _text(_section(pack, "sources"))
    assert all(f"[{n}]" in sources_text for n in numbers)


def test_classification_is_the_highest_of_items_and_never_lower_than_chosen(library, ministerial_spec):
    settings = Settings()
    assert assemble(library, ministerial_spec, settings).classification == "RESTRICTED"
    item = library.item("line-reaffirm-communique")
    library.update_item(item.id, dataclasses.replace(item.draft(), classification="SECRET"))
    pack = assemble(library, ministerial_spec, settings)
    assert pack.classification == "SECRET"
    assert any(w.kind == "classification" for w in pack.warnings)
    unclassified = assemble(library, dataclasses.replace(ministerial_spec, classification="UNCLASSIFIED"), settings)
    assert unclassified.classification == "SECRET"


def test_overrides_pin_drop_reorder_hide_and_add_free_text(library, ministerial_spec):
    extra, _ = library.add_item(ItemDraft(kind="fact", title="Pinned zzfact", source_uid="summit-report-2019"))
    spec = (ministerial_spec
            .with_override("lines-to-take", dropped=("line-victims-first",), pinned=(extra.uid,),
                           order=(extra.uid, "line-cross-sector"),
                           free_text="Thank the minister for hosting.\n\nRaise the 2027 conference.")
            .with_override("objectives", hidden=True))
    pack = assemble(library, spec)
    lines = _section(pack, "lines-to-take")
    assert lines.item_uids[:2] == (extra.uid, "line-cross-sector")
    assert "line-victims-first" not in lines.item_uids
    text = _text(lines)
    assert "Thank the minister for hosting." in text and "Raise the 2027 conference." in text
    assert "objectives" not in [s.id for s in pack.sections]


def test_a_pinned_item_that_no_longer_exists_is_a_warning(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec.with_override("lines-to-take", pinned=("gone-uid",)))
    assert any(w.kind == "missing" and w.item_uid == "gone-uid" for w in pack.warnings)


def test_section_order_can_be_changed(session_library, ministerial_spec):
    spec = dataclasses.replace(ministerial_spec, section_order=("country-profile", "summary"))
    assert [s.id for s in assemble(session_library, spec).sections][:2] == ["country-profile", "summary"]


def test_country_profile_pack_puts_countries_side_by_side(session_library):
    spec = PackSpec(template="country-profile", country="ETH", extra_countries=("KEN", "MRT"), date="2026-12-01")
    pack = assemble(session_library, spec)
    table = next(b for b in _section(pack, "comparison").blocks if isinstance(b, Table))
    assert table.header == ("", "Ethiopia", "Kenya", "Mauritania")
    headings = [b.text for b in _section(pack, "profiles").blocks if isinstance(b, Heading) and b.level == 2]
    assert headings == ["Ethiopia", "Kenya", "Mauritania"]


def test_bilateral_background_is_scoped_to_the_country_and_region(session_library):
    pack = assemble(session_library, PackSpec(template="bilateral-meeting", country="MDG", date="2026-12-01"))
    background = _section(pack, "background")
    items = session_library.items([session_library.item(u).id for u in background.item_uids])
    eastern = set(session_library.region_members("eastern"))
    assert items and all(set(i.countries) & eastern for i in items)


def test_french_pack_has_french_labels_and_dates(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, language="fr"))
    assert pack.sections[0].title == "Résumé" and pack.labels.contents == "Sommaire"
    assert "1er décembre 2026" in pack.cover.date_text


def test_arabic_pack_runs_right_to_left(session_library, ministerial_spec):
    pack = assemble(session_library, dataclasses.replace(ministerial_spec, language="ar"))
    assert pack.direction == "rtl"
    assert pack.sections[0].direction == "rtl" and pack.sections[0].title == "ملخص"


def test_unknown_country_template_or_bad_date_is_a_clear_error(session_library, ministerial_spec):
    with pytest.raises(BuildError, match="No country"):
        assemble(session_library, dataclasses.replace(ministerial_spec, country="XXX"))
    with pytest.raises(TemplateError, match="no template named"):
        assemble(session_library, dataclasses.replace(ministerial_spec, template="nope"))
    with pytest.raises(ValidationError, match="date"):
        assemble(session_library, dataclasses.replace(ministerial_spec, date="1/12/2026"))


def test_manifest_lists_every_item_with_revision_and_source(session_library, ministerial_spec):
    pack = assemble(session_library, ministerial_spec)
    manifest = pack.manifest
    assert manifest["template"]["name"] == "ministerial-summit" and len(manifest["template"]["sha256"]) == 64
    assert manifest["spec"]["country"] == "ETH" and manifest["spec"]["date"] == "2026-12-01"
    uids = {item["uid"] for item in manifest["items"]}
    assert "communique2019-call-3-au" in uids
    assert all(item["revision"] >= 1 and item["source"] for item in manifest["items"])
    assert len(manifest["content_sha256"]) == 64
    assert assemble(session_library, ministerial_spec).manifest["content_sha256"] == manifest["content_sha256"]


def test_malformed_templates_are_refused_with_file_and_field(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\ntitle = "X"\n[[section]]\nid = "a"\nkind = "items"\nheading = "A"\n'
                   'select = { kinds = ["rumour"] }\n', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"bad.toml.*section 'a'.select.kinds.*rumour"):
        parse_template(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("name = [", encoding="utf-8")
    with pytest.raises(TemplateError, match="broken.toml is not valid TOML"):
        parse_template(broken)


@pytest.mark.parametrize("extra, field", [
    ('[tailoring]\nstatus_notes = [{ framework = "acrwc" }]\n', "tailoring.status_notes 1"),
    ('tailoring = "au"\n', r"\[tailoring\]"),
    ('multi_country = "yes"\n', "multi_country"),
])
def test_template_tailoring_mistakes_are_refused_not_ignored(tmp_path, extra, field):
    path = tmp_path / "t.toml"
    head, sections = 'name = "t"\ntitle = "T"\n', '[[section]]\nid = "s"\nkind = "sources"\nheading = "Sources"\n'
    path.write_text(head + (extra if not extra.startswith("[") else "") + sections
                    + (extra if extra.startswith("[") else ""), encoding="utf-8")
    with pytest.raises(TemplateError, match=f"t.toml: {field}"):
        parse_template(path)


def test_user_templates_in_the_data_folder_are_found(tmp_path):
    (tmp_path / "mine.toml").write_text('name = "mine"\ntitle = "Mine"\n[[section]]\nid = "s"\nkind = "sources"\n'
                                        'heading = "Sources"\n', encoding="utf-8")
    assert "mine" in load_templates([tmp_path])
