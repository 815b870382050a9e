"""The Word document carries its fonts (ECMA-376 embedded, obfuscated, subset), so it looks and paginates the
same where Noto Sans is not installed."""

from __future__ import annotations

import io
import re
import zipfile

from fontTools.ttLib import TTFont

from briefing_builder.render import docx as docx_writer
from briefing_builder.render.docx_fonts import deobfuscate, obfuscate

from test_render_both import _every_block_pack


def _parts(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def test_fonts_are_embedded_obfuscated_with_their_keys_and_declared(built):
    parts = _parts(next(p for p in built.files if p.suffix == ".docx").read_bytes())
    table = parts["word/fontTable.xml"].decode()
    rels = parts["word/_rels/fontTable.xml.rels"].decode()
    assert "<w:embedTrueTypeFonts/>" in parts["word/settings.xml"].decode()
    assert 'Extension="odttf"' in parts["[Content_Types].xml"].decode()
    embeds = re.findall(r'<w:(embed\w+) r:id="(\w+)" w:fontKey="(\{[0-9A-F-]+\})"', table)
    slots = {slot for slot, _, _ in embeds}
    assert {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"} <= slots
    for _slot, rid, key in embeds:
        target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels).group(1)
        data = parts[f"word/{target}"]
        font = TTFont(io.BytesIO(deobfuscate(data, key)))  # parses only with the right key
        assert font["name"].getDebugName(1) in ("Noto Sans", "Noto Sans Arabic")
        assert data[:32] != deobfuscate(data, key)[:32]


def test_embedded_fonts_cover_every_character_of_the_document_the_bundled_fonts_have(built):
    data = next(p for p in built.files if p.suffix == ".docx").read_bytes()
    parts = _parts(data)
    table = parts["word/fontTable.xml"].decode()
    rels = parts["word/_rels/fontTable.xml.rels"].decode()
    rid, key = re.search(r'<w:embedRegular r:id="(\w+)" w:fontKey="(\{[^"]+\})"', table).groups()
    target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels).group(1)
    subset = TTFont(io.BytesIO(deobfuscate(parts[f"word/{target}"], key))).getBestCmap()
    from briefing_builder.paths import resource_path

    full = TTFont(str(resource_path("fonts", "NotoSans-Regular.ttf"))).getBestCmap()
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", parts["word/document.xml"].decode()))
    needed = {ord(c) for c in text if ord(c) in full}
    assert needed and needed <= set(subset)
    assert len(subset) < len(full) / 2  # a subset, not the whole font


def test_obfuscation_is_the_ecma_376_xor_of_the_first_32_bytes():
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(range(40))
    out = obfuscate(data, key)
    assert out[32:] == data[32:]
    assert out[0] == data[0] ^ 0xFF and out[15] == data[15] ^ 0x00 and out[16] == data[16] ^ 0xFF
    assert deobfuscate(out, key) == data


def test_arabic_documents_embed_the_arabic_faces_and_stay_reproducible():
    pack = _every_block_pack("rtl")
    first, second = docx_writer.render_bytes(pack), docx_writer.render_bytes(pack)
    assert first == second
    assert 'w:name="Noto Sans Arabic"' in _parts(first)["word/fontTable.xml"].decode()


def test_the_base_subsets_ship_with_the_app_for_every_embedded_face():
    """`python -m briefing_builder.render.docx_fonts` must be rerun when a font or a base set changes."""
    from briefing_builder.render import docx_fonts

    for face in docx_fonts.LATIN_FACES + docx_fonts.ARABIC_FACES:
        base = docx_fonts._BASE_ARABIC if face in docx_fonts.ARABIC_FACES else docx_fonts._BASE_LATIN
        shipped = docx_fonts._shipped(face.filename, base)
        assert shipped is not None, face
        assert set(TTFont(io.BytesIO(shipped)).getBestCmap()) <= base
