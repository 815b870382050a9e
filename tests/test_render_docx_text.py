"""Run text for Word XML (docx_text): any string escapes to XML that an independent parser reads back as the
cleaned string, with its line breaks and tabs; the characters beyond ASCII are collected for the font subsets."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from briefing_builder.render.docx_text import WordText, script_flags
from briefing_builder.render.text import clean

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

run_text = st.one_of(
    st.text(),
    st.text(st.sampled_from(list("ab <>&\"'\t\n\r\x00\x0b\x7f\x85\u2028\ufffe\ud800éمሰ😀")), max_size=60),
)


def _read_back(escaped: str) -> str:
    """The text of `<w:r><w:t>escaped</w:t></w:r>` as a reader sees it: w:br a newline, w:tab a tab."""
    run = etree.fromstring(f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">{escaped}</w:t></w:r>')
    parts = []
    for child in run:
        name = etree.QName(child).localname
        parts.append(child.text or "" if name == "t" else "\n" if name == "br" else "\t")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(text=run_text)
def test_any_text_escapes_to_xml_that_reads_back_as_the_cleaned_text(text):
    assert _read_back(WordText().escape(text)) == clean(text)


@given(text=run_text)
def test_every_character_beyond_ascii_that_is_written_is_collected(text):
    words = WordText()
    words.escape(text)
    assert set(words.used()) == {c for c in clean(text) if not c.isascii()}


def test_plain_ascii_is_only_escaped():
    words = WordText()
    assert words.escape('Fish & chips <b>"x"</b>') == 'Fish &amp; chips &lt;b&gt;"x"&lt;/b&gt;'
    assert words.used() == ""


def test_script_flags_name_arabic_and_geez_runs():
    assert script_flags("plain") == (False, False)
    assert script_flags("café") == (False, False)
    assert script_flags("مرحبا") == (True, False)
    assert script_flags("ሰላም and مرحبا") == (True, True)
