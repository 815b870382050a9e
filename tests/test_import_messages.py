"""The import/export core's texts for people are translatable Messages (contexts "Import" and "Export"): the
same English as before for the CLI and logs, the interface language in the GUI; and a valid import builds none."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_builder import messages
from briefing_builder.errors import BuildError, ImportRejected, LibraryError
from briefing_builder.gui import core_text
from briefing_builder.library.io import export_document, import_document, import_file
from briefing_builder.messages import Message
from briefing_builder.output_set import OutputExists, safe_basename, write_set
from briefing_builder.render.output import check_output_folder

PACKAGE = Path(__file__).resolve().parent.parent / "briefing_builder"


def _rejected(library, tmp_path, name: str, text: str) -> ImportRejected:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(library, path)
    return caught.value


def _no_english_left(shown: str, *templates: str) -> None:
    for template in templates:
        words = [w for w in template.replace("{", " {").split() if not w.startswith("{")]
        assert " ".join(words) not in shown, (template, shown)


def test_a_csv_row_with_the_wrong_number_of_cells_is_named_by_its_line_in_english_as_before(library, tmp_path):
    error = _rejected(library, tmp_path, "items.csv", "kind,title,source\nfact,A,src\nfact,B\n")
    problem = error.problems[0]
    assert str(problem) == "items.csv line 3: has 2 cells; the header has 3"
    assert str(error) == "items.csv line 3: has 2 cells; the header has 3"
    assert isinstance(problem.where, Message) and problem.where.context == "Import"
    assert isinstance(problem.message, Message) and problem.message.context == "Import"


def test_an_unknown_csv_column_and_bad_json_read_as_before(library, tmp_path):
    error = _rejected(library, tmp_path, "items.csv", "kind,title,source,colour\n")
    assert str(error.problems[0]).startswith("items.csv line 1, field 'colour': is not a known column (known: uid, ")
    error = _rejected(library, tmp_path, "lib.json", '{"items": [1,]}')
    assert str(error) == "lib.json line 1 column 14: is not valid JSON (Expecting value)"
    assert isinstance(error.problems[0].where, Message)


def test_json_record_problems_name_the_record_as_before_and_are_messages(library):
    document = export_document(library)
    record = dict(document["items"][0])
    document["items"].append(dict(record))
    document["items"][0] = dict(record, translations={"fr": "not an object"})
    document["countries"].append({"code": "XXX", "statuses": [{"uid": 5}]})
    with pytest.raises(ImportRejected) as caught:
        import_document(library, document)
    texts = [str(p) for p in caught.value.problems]
    uid = record["uid"]
    last = len(document["items"]) - 1
    assert f"items[0] ({uid!r}) translations.fr: must be an object" in texts
    assert f"items[{last}] ({uid!r}), field 'uid': {uid!r} appears twice in the file" in texts
    country = len(document["countries"]) - 1
    assert f"countries[{country}] ('XXX'), field 'code': 'XXX' is not an ISO 3166-1 alpha-3 code" in texts
    for problem in caught.value.problems:
        if problem.where.startswith(("items[", "countries[")):
            assert isinstance(problem.where, Message) and problem.where.context == "Import", problem
            assert type(problem.where) is Message  # no validation-time place left in what is reported


def test_a_file_that_is_not_an_exchange_document_says_so_as_before(library):
    with pytest.raises(ImportRejected) as caught:
        import_document(library, {"format": "other", "format_version": 99, "items": {}})
    assert [str(p) for p in caught.value.problems] == [
        "file, field 'format': must be 'briefing-builder-library'",
        "file, field 'format_version': 99 is newer than this version of Briefing Builder reads (3)",
        "file, field 'items': must be a list"]
    with pytest.raises(LibraryError) as unread:
        import_file(library, Path("/nonexistent/lib.json"))
    assert str(unread.value) == "Cannot read /nonexistent/lib.json: No such file or directory."
    assert isinstance(unread.value.args[0], Message)


def test_a_valid_import_builds_no_message(library, monkeypatch):
    document = export_document(library)
    made = []
    original = messages.Message.format
    monkeypatch.setattr(messages.Message, "format", lambda self, *a, **k: made.append(self) or original(self, *a, **k))
    import_document(library, document)
    assert made == []


def test_export_errors_are_messages_with_the_same_english(tmp_path):
    with pytest.raises(BuildError) as caught:
        safe_basename("///")
    assert str(caught.value) == "The file name is empty once unsafe characters are removed."
    assert caught.value.args[0].context == "Export"
    with pytest.raises(BuildError) as caught:
        check_output_folder(tmp_path / "missing")
    assert str(caught.value) == f"The output folder {tmp_path / 'missing'} does not exist."
    (tmp_path / "a.pdf").write_bytes(b"x")
    (tmp_path / "a.docx").write_bytes(b"x")
    with pytest.raises(OutputExists) as caught:
        write_set(tmp_path, {"a.pdf": b"y", "a.docx": b"y"})
    assert str(caught.value) == (f"{tmp_path / 'a.pdf'} already exists (and 1 more of the pack's files); "
                                 "nothing was written.")
    assert caught.value.args[0].context == "Export"


def test_import_and_export_errors_read_in_french_and_arabic_without_english(interface, library, tmp_path):
    error = _rejected(library, tmp_path, "items.csv", "kind,title,source\nfact,A,src\nfact,B\n")
    with pytest.raises(BuildError) as missing:
        check_output_folder(tmp_path / "missing")
    (tmp_path / "a.pdf").write_bytes(b"x")
    (tmp_path / "a.docx").write_bytes(b"x")
    (tmp_path / "a.manifest.json").write_bytes(b"x")
    with pytest.raises(OutputExists) as taken:
        write_set(tmp_path, {"a.pdf": b"y", "a.docx": b"y", "a.manifest.json": b"y"})
    interface("fr")
    shown = core_text.error_text(error)
    assert shown.startswith("items.csv ligne 3") and shown.endswith("compte 2 cellules\u00a0; l’en-tête en compte 3")
    assert core_text.error_text(missing.value) == f"L’emplacement de sortie {tmp_path / 'missing'} n’existe pas."
    assert "(ainsi que 2 autres fichiers du dossier)" in core_text.error_text(taken.value)
    interface("ar")
    shown = core_text.error_text(error)
    assert "السطر 3" in shown
    _no_english_left(shown, "{file} line {line}", "has {cells} cells; the header has {columns}")
    shown = core_text.error_text(taken.value)
    _no_english_left(shown, "already exists", "more of the pack's files", "nothing was written.")
    interface("pt")
    assert "linha 3" in core_text.error_text(error)


def test_a_write_into_a_missing_folder_or_onto_a_full_disk_reads_in_the_interface_language(interface, tmp_path):
    import errno

    from briefing_builder.atomic import atomic_write, os_reason
    from briefing_builder.errors import BuildError

    with pytest.raises(BuildError) as missing:
        atomic_write(tmp_path / "missing" / "pack.pdf", b"x", error=BuildError)
    full = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert str(missing.value) == f"The folder {tmp_path / 'missing'} does not exist." and full == "No space left on device"
    interface("fr")
    assert core_text.error_text(missing.value) == f"Le dossier {tmp_path / 'missing'} n’existe pas."
    assert core_text.text(full) == "le disque est plein"
    interface("ar")
    assert core_text.text(full) == "القرص ممتلئ"


def test_a_file_that_is_not_there_says_so_in_the_interface_language(interface, library, tmp_path):
    from briefing_builder.errors import LibraryError

    with pytest.raises(LibraryError) as missing:
        import_file(library, tmp_path / "missing.json")
    assert str(missing.value).endswith(": No such file or directory.")
    interface("pt")
    shown = core_text.error_text(missing.value)
    assert shown.endswith(": ficheiro ou pasta inexistente.") and "No such" not in shown, shown
