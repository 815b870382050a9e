"""The meeting in the pack specification: validated field by field, carried by drafts, spec files and manifests."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_builder.errors import ValidationError
from briefing_builder.pack.drafts import DraftStore
from briefing_builder.pack.meeting import Attendee, Contact, Meeting, utc_offset
from briefing_builder.pack.spec import PackSpec

MEETING = Meeting(purpose="Agree next steps.", format="bilateral", venue="Placeholder venue", date="2026-12-02",
                  time="10:30", time_zone="Africa/Addis_Ababa", duration=45,
                  ours=(Attendee(name="Placeholder Minister", role="Minister"),),
                  theirs=(Attendee(person="person-a", role="Minister"), Attendee(name="Placeholder Person B")),
                  interpreters=("Placeholder Interpreter",), file_reference="REF/1", version="2",
                  prepared_by=Contact("Placeholder Official", "Africa Desk", "+44 20 0000 0000", "desk@example.org"),
                  cleared_by="Placeholder Director", date_prepared="2026-11-30")


def test_a_meeting_survives_a_saved_draft(tmp_path):
    store = DraftStore(tmp_path)
    spec = PackSpec(template="bilateral-meeting", country="ETH", meeting=MEETING)
    store.save("d1", "Draft", spec)
    assert store.load("d1")[1] == spec


def test_an_old_draft_without_a_meeting_still_loads(tmp_path):
    (tmp_path / "old.json").write_text(json.dumps({"name": "Old", "spec": {"template": "ministerial-summit",
                                                                            "country": "ETH"}}))
    name, spec = DraftStore(tmp_path).load("old")
    assert name == "Old" and spec.meeting == Meeting() and spec.annexes == ()


def test_a_typed_name_alone_is_read_as_an_attendee():
    spec = PackSpec.from_dict({"template": "t", "country": "ETH", "meeting": {"theirs": ["Placeholder Person C"]}})
    assert spec.meeting.theirs == (Attendee(name="Placeholder Person C"),)


@pytest.mark.parametrize(("change", "field"), [
    ({"time": "25:00"}, "time"), ({"time_zone": "Mars/Olympus"}, "time_zone"), ({"time_zone": ""}, "time_zone"),
    ({"format": "dinner"}, "format"), ({"duration": -5}, "duration"), ({"date": "2026-13-01"}, "date"),
    ({"ours": (Attendee(role="Adviser"),)}, "name"), ({"prepared_by": Contact(email="not an address")}, "email"),
    ({"prepared_by": Contact(telephone="call me")}, "telephone"), ({"theirs": (Attendee(person="a b"),)}, "person"),
])
def test_a_bad_meeting_field_gives_one_line_naming_it(change, field):
    import dataclasses

    spec = PackSpec(template="t", country="ETH", meeting=dataclasses.replace(MEETING, **change))
    with pytest.raises(ValidationError) as caught:
        spec.validate()
    assert caught.value.problems[0].field == field and "\n" not in str(caught.value)
    assert str(caught.value).startswith("meeting")


def test_a_meeting_of_the_wrong_shape_in_a_spec_file_names_the_field():
    with pytest.raises(ValidationError, match="meeting.*ours"):
        PackSpec.from_dict({"template": "t", "country": "ETH", "meeting": {"ours": "everyone"}})
    with pytest.raises(ValidationError, match="field 'meeting'"):
        PackSpec.from_dict({"template": "t", "country": "ETH", "meeting": ["x"]})


def test_the_utc_offset_follows_daylight_saving_on_the_meeting_date():
    assert utc_offset("2026-01-15", "10:00", "Europe/London") == "UTC+00:00"
    assert utc_offset("2026-07-15", "10:00", "Europe/London") == "UTC+01:00"
    assert utc_offset("2026-07-15", "10:00", "Africa/Addis_Ababa") == "UTC+03:00"


def test_annexes_must_be_real_pdf_or_word_files_by_content(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    missing = tmp_path / "missing.pdf"
    spec = PackSpec(template="t", country="ETH", annexes=(str(fake), str(missing)))
    problems = spec.problems()
    assert [(p.where, p.field) for p in problems] == [("annex 1", "path"), ("annex 2", "path")]
    assert "neither a PDF nor a Word" in problems[0].message and "does not exist" in problems[1].message


texts = st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=2))


@settings(max_examples=60, deadline=None)
@given(data=st.dictionaries(st.sampled_from(["purpose", "format", "venue", "date", "time", "time_zone", "duration",
                                             "ours", "theirs", "interpreters", "prepared_by", "cleared_by"]),
                            texts, max_size=6))
def test_any_meeting_in_a_spec_file_loads_or_fails_with_a_validation_error(data):
    try:
        spec = PackSpec.from_dict({"template": "t", "country": "ETH", "meeting": data})
        spec.problems()
    except ValidationError as exc:
        assert "\n" not in str(exc)
