"""`library people ...`: add, list, show, photo, edit, delete from the command line; errors in one line."""

from __future__ import annotations

import io
import json

from PIL import Image


def _photo(path, size=(1600, 1200)):
    Image.new("RGB", size, (120, 60, 30)).save(path, "JPEG")
    return path


def test_add_list_show_and_delete_a_person(run_cli, tmp_path):
    photo = _photo(tmp_path / "portrait.jpg")
    result = run_cli("library", "people", "add", "--uid", "person-a", "--name", "Placeholder Person A",
                     "--honorific", "H.E.", "--role", "Placeholder Minister", "--country", "eth",
                     "--name-in", "am=ቦታ ያዥ ሰው", "--bio", "Placeholder line one.", "--bio", "Placeholder line two.",
                     "--bio-source", "summit-report-2019", "--bio-as-of", "2019-12", "--language", "am",
                     "--photo", str(photo), "--photo-alt", "Placeholder Person A, minister")
    assert result.exit_code == 0, result.output
    assert "Added H.E. Placeholder Person A (person-a)" in result.output
    listed = run_cli("library", "people", "list", "ቦታ")
    assert "person-a" in listed.output and "photo" in listed.output and "1 person." in listed.output
    shown = json.loads(run_cli("library", "people", "show", "person-a", "--json").output)
    assert shown["person"]["country"] == "ETH" and len(shown["person"]["bio"]) == 2
    assert shown["person"]["bio"][1]["source_uid"] == "summit-report-2019"
    assert (shown["photo"]["mime"], shown["photo"]["width"], shown["photo"]["height"]) == ("image/jpeg", 600, 450)
    saved = tmp_path / "out.jpg"
    assert run_cli("library", "people", "photo", "person-a", "--save", str(saved)).exit_code == 0
    assert Image.open(io.BytesIO(saved.read_bytes())).size == (600, 450)
    edited = run_cli("library", "people", "edit", "person-a", "--role", "Placeholder Deputy")
    assert "revision 2" in edited.output
    deleted = run_cli("library", "people", "delete", "person-a", "--yes")
    assert deleted.exit_code == 0
    assert "person-a" not in run_cli("library", "people", "list").output


def test_a_bio_line_without_a_source_or_date_gives_every_problem_one_line_each(run_cli):
    result = run_cli("library", "people", "add", "--name", "Placeholder Person B", "--bio", "Unsourced line.")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and "more problem" not in result.output
    assert "field 'bio[0].source'" in lines[0] and "field 'bio[0].as_of'" in lines[1]
    assert all(line.startswith("Error: person 'Placeholder Person B', field ") for line in lines)
    assert "Placeholder Person B" not in run_cli("library", "people", "list").output  # nothing was added


def test_a_file_that_is_not_an_image_is_refused_as_a_photo(run_cli, tmp_path):
    run_cli("library", "people", "add", "--uid", "person-c", "--name", "Placeholder Person C")
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"%PDF-1.7 this is not a picture")
    result = run_cli("library", "people", "photo", "person-c", str(fake))
    assert result.exit_code == 1 and "not a PNG or JPEG" in result.output
    assert len(result.output.strip().splitlines()) == 1
