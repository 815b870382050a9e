"""LibreOffice opens the Word file; qpdf and poppler check the PDF. Skipped where the tools are missing (CI installs them)."""

import shutil
import subprocess

import pytest

pytestmark = pytest.mark.slow


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not _soffice(), reason="LibreOffice (libreoffice-writer-nogui) not installed")
def test_libreoffice_converts_the_docx_and_keeps_its_text(built, tmp_path):
    docx_path = next(p for p in built.files if p.suffix == ".docx")
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run([_soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile}",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
                            capture_output=True, text=True, timeout=180)
    converted = tmp_path / (docx_path.stem + ".pdf")
    # --convert-to exits 0 even when it could not load the file: the output is what counts.
    assert converted.exists() and converted.stat().st_size > 10_000, result.stdout + result.stderr
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(converted), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        for section in built.pack.sections:
            assert section.title in text
        assert "RESTRICTED" in text


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_check_passes_for_every_language(session_library, ministerial_spec, tmp_path):
    import dataclasses

    from briefing_builder.build import build

    for language in ("en", "fr", "pt", "ar"):
        result = build(session_library, dataclasses.replace(ministerial_spec, language=language), tmp_path,
                       formats=("pdf",), basename=language)
        check = subprocess.run(["qpdf", "--check", str(result.files[0])], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
