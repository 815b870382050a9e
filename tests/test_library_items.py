"""Creating, editing and deleting items: validation first, revisions, nothing written on error."""

import dataclasses

import pytest

from briefing_builder.errors import LibraryError, ReadOnlyError, ValidationError
from briefing_builder.library import ItemDraft, Library, SourceDraft


def draft(**overrides):
    values = dict(kind="fact", title="A new figure", body="Body text.", source_uid="summit-report-2019",
                  as_of="2019-12-12", tags=("b", "a"), countries=("ETH",))
    values.update(overrides)
    return ItemDraft(**values)


def test_added_item_comes_back_with_id_uid_and_revision_one(library):
    item, changes = library.add_item(draft())
    assert item.id in changes.items and item.uid.startswith("item-") and item.revision == 1
    assert library.item(item.uid) == item
    assert item.tags == ("a", "b")  # tags are a set, kept sorted
    assert item.created_at == item.updated_at and item.created_at.endswith("Z")


def test_editing_bumps_the_revision_and_keeps_created_at(library):
    item, _ = library.add_item(draft())
    edited, changes = library.update_item(item.id, dataclasses.replace(item.draft(), title="Edited"))
    assert changes.items == {item.id}
    assert (edited.title, edited.revision, edited.created_at) == ("Edited", 2, item.created_at)
    assert [i.id for i in library.search("Edited").items] == [item.id]
    assert item.id not in [i.id for i in library.search("figure").items]


def test_saving_an_unchanged_item_writes_nothing(library):
    item, _ = library.add_item(draft())
    same, changes = library.update_item(item.id, item.draft())
    assert not changes and same.revision == 1


def test_stale_edit_is_refused(library):
    item, _ = library.add_item(draft())
    library.update_item(item.id, dataclasses.replace(item.draft(), title="Someone else"))
    with pytest.raises(LibraryError, match="changed elsewhere"):
        library.update_item(item.id, dataclasses.replace(item.draft(), title="Mine"), expected_revision=1)


@pytest.mark.parametrize("field,value,message", [
    ("title", "   ", "title.*required"),
    ("kind", "rumour", "kind"),
    ("source_uid", "no-such-source", "no source"),
    ("as_of", "12/12/2019", "as_of.*date"),
    ("review_by", "2019-02-30", "not a real date"),
    ("countries", ("XXX",), "not a country"),
    ("countries", ("eth",), "alpha-3"),
    ("language", "english please", "language"),
    ("confidence", "X", "confidence"),
    ("title", "x" * 1001, "too long"),
    ("body", "\ud800 lone surrogate", "not valid Unicode"),
    ("tags", ("same", "same"), "twice"),
])
def test_invalid_fields_are_named_and_nothing_is_written(library, field, value, message):
    before = library.stats().items
    with pytest.raises(ValidationError, match=message) as caught:
        library.add_item(draft(**{field: value}))
    assert caught.value.problems[0].field in (field, field.replace("_uid", "").replace("source_uid", "source"))
    assert library.stats().items == before


def test_deleting_and_restoring_an_item(library):
    item, _ = library.add_item(draft(title="Temporary zzunique"))
    changes = library.delete_item(item.id)
    assert changes.deleted_items == {item.id}
    assert library.search("zzunique").items == ()
    restored, _ = library.restore_item(item)
    assert (restored.uid, restored.revision, restored.title) == (item.uid, item.revision, item.title)
    assert [i.uid for i in library.search("zzunique").items] == [item.uid]
    assert library.check() == []


def test_a_cited_source_cannot_be_deleted(library):
    with pytest.raises(LibraryError, match="cited"):
        library.delete_source("summit-report-2019")
    source, _ = library.add_source(SourceDraft(title="Unused"))
    assert library.delete_source(source.uid).deleted_sources == {source.id}


def test_sources_are_validated(library):
    with pytest.raises(ValidationError, match="url"):
        library.add_source(SourceDraft(title="Bad link", url="javascript:alert(1)"))


def test_read_only_deployment_refuses_edits_but_reads(data_dir):
    with Library.open(data_dir / "library.sqlite", allow_edits=False) as lib:
        assert lib.search("Malabo").total > 0
        with pytest.raises(ReadOnlyError):
            lib.add_item(draft())


def test_user_statuses_and_notes_on_countries(library):
    from briefing_builder.library import StatusDraft

    status, changes = library.add_status("ETH", StatusDraft(topic="national-action-plan", status="in preparation",
                                                            source_uid="summit-report-2019", as_of="2026-10"))
    assert changes.countries == {"ETH"}
    ethiopia = library.country("ETH")
    assert ethiopia.status("national-action-plan") == status
    library.set_country_notes("ETH", "Met the minister in October.")
    assert library.country("ETH").notes == "Met the minister in October."
    with pytest.raises(ValidationError):
        library.add_status("ETH", StatusDraft(topic="x", status="y", source_uid="nope"))
