"""The build job and `briefing-builder build`: files, manifest, safe output, cancel, errors."""

import hashlib
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing_builder.build import build, default_basename
from briefing_builder.cli import cli
from briefing_builder.errors import BuildError, Cancelled
from briefing_builder.output_set import OutputExists


def test_build_writes_word_pdf_and_a_manifest(built):
    names = sorted(p.name for p in built.files + (built.manifest,))
    assert names == ["ministerial-summit-ETH-2026-12-01.docx", "ministerial-summit-ETH-2026-12-01.manifest.json",
                     "ministerial-summit-ETH-2026-12-01.pdf"]
    manifest = json.loads(built.manifest.read_text("utf-8"))
    assert manifest["app_version"] and manifest["template"]["name"] == "ministerial-summit"
    for entry in manifest["files"]:
        data = (built.manifest.parent / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data)
    assert {item["uid"] for item in manifest["items"]} >= {"communique2019-call-3-au", "summit2019-delegates"}


def test_the_same_spec_and_library_give_byte_identical_files(session_library, ministerial_spec, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    one = build(session_library, ministerial_spec, first)
    two = build(session_library, ministerial_spec, second)
    for a, b in zip(one.files + (one.manifest,), two.files + (two.manifest,)):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_output_files_get_ordinary_permissions(built):
    for path in built.files:
        assert path.stat().st_mode & 0o044  # readable by others as the umask allows, not mkstemp's 0600


def _names(folder: Path) -> set[str]:
    """The folder's entries, less /proc's per-process ones (processes come and go while the test runs)."""
    return {name for name in os.listdir(folder) if not name.isdigit()}


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() == 0:  # root ignores permission bits; /proc refuses new files even to root
        return Path("/proc")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_an_unwritable_or_missing_folder_is_a_one_line_error_and_leaves_no_file(session_library, ministerial_spec,
                                                                               tmp_path):
    folder = _unwritable_folder(tmp_path)
    before = _names(folder)
    with pytest.raises(BuildError) as caught:
        build(session_library, ministerial_spec, folder)
    assert "\n" not in str(caught.value) and str(folder) in str(caught.value)
    assert _names(folder) == before
    with pytest.raises(BuildError, match="does not exist"):
        build(session_library, ministerial_spec, tmp_path / "missing")


def test_cancel_stops_the_build_and_leaves_no_file(session_library, ministerial_spec, tmp_path):
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        build(session_library, ministerial_spec, tmp_path, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_writer_leaves_no_file_in_any_format(session_library, ministerial_spec, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr("briefing_builder.render.docx.render_bytes", broken)
    with pytest.raises(RuntimeError):
        build(session_library, ministerial_spec, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_one_format_only(session_library, ministerial_spec, tmp_path):
    result = build(session_library, ministerial_spec, tmp_path, formats=("pdf",), basename="brief")
    assert [p.name for p in result.files] == ["brief.pdf"]
    with pytest.raises(BuildError, match="Unknown format"):
        build(session_library, ministerial_spec, tmp_path, formats=("odt",))


def test_file_names_are_safe(ministerial_spec):
    import dataclasses

    assert default_basename(dataclasses.replace(ministerial_spec, template="../../etc/x y")) == "etc-x-y-ETH-2026-12-01"


def test_default_file_names_carry_the_language_except_english(ministerial_spec):
    import dataclasses

    names = {lang: default_basename(dataclasses.replace(ministerial_spec, language=lang))
             for lang in ("en", "fr", "pt", "ar")}
    assert names == {"en": "ministerial-summit-ETH-2026-12-01", "fr": "ministerial-summit-ETH-2026-12-01-fr",
                     "pt": "ministerial-summit-ETH-2026-12-01-pt", "ar": "ministerial-summit-ETH-2026-12-01-ar"}


def test_a_second_language_builds_into_the_same_folder(run_cli, tmp_path):
    out = tmp_path / "packs"
    for language in ("en", "fr"):
        result = run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--format", "pdf",
                         "--date", "2026-12-01", "--language", language, "--out", str(out))
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "ministerial-summit-ETH-2026-12-01-fr.manifest.json", "ministerial-summit-ETH-2026-12-01-fr.pdf",
        "ministerial-summit-ETH-2026-12-01.manifest.json", "ministerial-summit-ETH-2026-12-01.pdf"]
    from pypdf import PdfReader

    french = PdfReader(str(out / "ministerial-summit-ETH-2026-12-01-fr.pdf"))
    assert "Éthiopie" in "".join(page.extract_text() for page in french.pages[:2])


def test_build_command_writes_files_and_prints_them(run_cli, tmp_path):
    out = tmp_path / "packs" / "summit"  # created if missing, like any save
    result = run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--format", "docx,pdf",
                     "--date", "2026-12-01", "--event", "Global Summit 2026", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output and (out / "ministerial-summit-ETH-2026-12-01.pdf").exists()
    assert "Marked RESTRICTED" in result.output


def test_build_command_errors(run_cli, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    (tmp_path.parent / "a-file").write_text("", encoding="utf-8")
    result = run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--out",
                     str(tmp_path.parent / "a-file"))
    assert result.exit_code == 2 and "is a file" in result.output  # click refuses it before anything runs
    assert run_cli("build", "--template", "nope", "--country", "ETH", "--out", str(tmp_path)).exit_code == 1
    assert run_cli("build", "--template", "ministerial-summit", "--country", "Atlantis",
                   "--out", str(tmp_path)).exit_code == 1
    assert run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--format", "odt",
                   "--out", str(tmp_path)).exit_code == 1
    assert run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--classification", "MADE UP",
                   "--out", str(tmp_path)).exit_code == 1
    assert run_cli("build", "--country", "ETH", "--out", str(tmp_path)).exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_templates_commands(run_cli):
    listing = run_cli("templates", "list")
    assert "ministerial-summit" in listing.output and "country-profile" in listing.output
    shown = run_cli("templates", "show", "ministerial-summit")
    assert shown.exit_code == 0 and "Summit key figures" in shown.output
    assert run_cli("templates", "show", "nope").exit_code == 1


def test_country_profile_pack_from_the_command_line(run_cli, tmp_path):
    result = run_cli("build", "--template", "country-profile", "--country", "ETH", "--also", "KEN", "--also", "ZAF",
                     "--format", "pdf", "--out", str(tmp_path), "--date", "2026-12-01")
    assert result.exit_code == 0, result.output


def test_build_in_french_and_arabic(run_cli, tmp_path):
    for language in ("fr", "ar", "pt"):
        result = run_cli("build", "--template", "bilateral-meeting", "--country", "SEN", "--language", language,
                         "--out", str(tmp_path), "--name", f"pack-{language}", "--date", "2026-12-01")
        assert result.exit_code == 0, result.output


def test_a_spec_file_from_a_manifest_rebuilds_the_pack(run_cli, built, tmp_path):
    spec = json.loads(built.manifest.read_text("utf-8"))["spec"]
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "again"
    out.mkdir()
    result = CliRunner().invoke(cli, ["--data-dir", str(built.manifest.parent.parent / "nonexistent-data"),
                                      "build", "--spec", str(spec_file), "--template", spec["template"],
                                      "--country", spec["country"], "--date", spec["date"], "--event", spec["event"],
                                      "--recipient", spec["recipient"], "--office", spec["office"],
                                      "--classification", spec["classification"], "--out", str(out)])
    assert result.exit_code == 0, result.output


BUILD_ARGS = ("build", "--template", "ministerial-summit", "--country", "ETH", "--date", "2026-12-01")


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_build_command_refuses_to_replace_existing_files_without_overwrite(run_cli, tmp_path):
    out = tmp_path / "out"
    assert run_cli(*BUILD_ARGS, "--out", str(out), "--name", "brief").exit_code == 0
    before = _snapshot(out)
    again = run_cli(*BUILD_ARGS, "--recipient", "Someone else", "--out", str(out), "--name", "brief")
    assert again.exit_code == 1
    message = again.output.strip()
    assert "\n" not in message and "brief.docx already exists" in message and "--overwrite" in message
    assert _snapshot(out) == before  # not one byte, not one timestamp changed


def test_build_command_refuses_when_only_a_stale_file_of_the_set_exists(run_cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.docx").write_bytes(b"an older Word file of this pack")
    result = run_cli(*BUILD_ARGS, "--format", "pdf", "--out", str(out), "--name", "brief")
    assert result.exit_code == 1 and "brief.docx already exists" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["brief.docx"]


def test_build_command_with_overwrite_replaces_the_whole_set(run_cli, tmp_path):
    out = tmp_path / "out"
    assert run_cli(*BUILD_ARGS, "--out", str(out), "--name", "brief").exit_code == 0
    result = run_cli(*BUILD_ARGS, "--recipient", "Someone else", "--format", "pdf", "--out", str(out),
                     "--name", "brief", "--overwrite")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["brief.manifest.json", "brief.pdf"]  # the old DOCX went too
    manifest = json.loads((out / "brief.manifest.json").read_text("utf-8"))
    assert manifest["spec"]["recipient"] == "Someone else"
    assert [f["name"] for f in manifest["files"]] == ["brief.pdf"]
    assert manifest["files"][0]["sha256"] == hashlib.sha256((out / "brief.pdf").read_bytes()).hexdigest()


def test_build_refuses_before_rendering_when_the_set_exists(session_library, ministerial_spec, tmp_path,
                                                             monkeypatch):
    (tmp_path / "brief.pdf").write_bytes(b"old")

    def never(*_args, **_kwargs):
        raise AssertionError("rendered although the build was going to be refused")

    monkeypatch.setattr("briefing_builder.render.pdf.render_bytes", never)
    with pytest.raises(OutputExists, match="brief.pdf already exists"):
        build(session_library, ministerial_spec, tmp_path, basename="brief")
    assert (tmp_path / "brief.pdf").read_bytes() == b"old"


def test_build_with_a_numbered_name_keeps_the_number(session_library, ministerial_spec, tmp_path):
    result = build(session_library, ministerial_spec, tmp_path, basename="brief (2)", formats=("pdf",))
    assert [p.name for p in result.files] == ["brief (2).pdf"] and result.manifest.name == "brief (2).manifest.json"


def test_also_with_a_template_that_shows_one_country_is_a_one_line_error(run_cli, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", "--template", "ministerial-summit", "--country", "ETH", "--also", "NGA",
                     "--also", "NER", "--out", str(out), "--date", "2026-12-01")
    assert result.exit_code == 1
    message = result.output.strip().splitlines()
    assert len(message) == 1 and "--also" in message[0] and "ministerial-summit" in message[0], result.output
    assert "country-profile" in message[0] and "Traceback" not in result.output
    assert not out.exists()


def test_extra_countries_a_template_cannot_show_are_a_builder_warning(session_library, ministerial_spec):
    import dataclasses

    from briefing_builder.pack.assemble import assemble

    pack = assemble(session_library, dataclasses.replace(ministerial_spec, extra_countries=("NGA", "NER")))
    warnings = [w.message for w in pack.warnings if w.kind == "countries"]
    assert len(warnings) == 1 and "Nigeria" in warnings[0] and "Niger" in warnings[0], pack.warnings
    assert "one country" in warnings[0]
    single = assemble(session_library, ministerial_spec)
    assert not [w for w in single.warnings if w.kind == "countries"]
