"""The bundle's clean-up, trace scan and Debian package pieces (packaging/), on small stand-ins for the bundle.

The real bundle is checked by `./run bundle` (CI): the trace scan, lintian and the fresh-root install all run
there on what ships. These tests pin the rules those steps apply.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_builder import qt_runtime, syslibs
from briefing_builder.settings import _flatten

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


finish_bundle = _load("finish_bundle")
trace_scan = _load("trace_scan")
deb = _load("deb")


# ---------------------------------------------------------------------------------------------- trace scan
def test_the_trace_scan_finds_a_build_path_in_a_file_and_inside_a_zip(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "clean.so").write_bytes(b"\x7fELF /usr/lib/x86_64-linux-gnu\0/etc/fonts\0")
    (bundle / "_internal" / "lib.so").write_bytes(b"\x7fELF\0/build/me/venv/lib\0")
    with zipfile.ZipFile(bundle / "_internal" / "base_library.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("encodings/__init__.pyc", b"co_filename /build/me/src/encodings/__init__.py")
    traces = trace_scan.scan(bundle, ["/build/me"])
    assert sorted(str(t) for t in traces) == [
        "_internal/base_library.zip (encodings/__init__.pyc): contains /build/me",
        "_internal/lib.so: contains /build/me"]


def test_the_trace_scan_matches_whole_paths_only(tmp_path):
    (tmp_path / "icu.dat").write_bytes(b"icudt73l/root.res\0/rooted\0/root2\0")
    assert trace_scan.scan(tmp_path, ["/root"]) == []
    (tmp_path / "elf").write_bytes(b"\0/root/.cargo/x\0")
    assert [t.file for t in trace_scan.scan(tmp_path, ["/root"])] == ["elf"]


def test_the_build_machine_markers_are_this_machines_paths_not_the_systems(tmp_path):
    markers = trace_scan.build_machine_markers(tmp_path, {"HOME": "/home/builder", "VIRTUAL_ENV": "/srv/venv"})
    assert str(tmp_path.resolve()) in markers and "/home/builder" in markers and "/srv/venv" in markers
    assert not {"/usr", "/", "/usr/local", "/root", ""} & set(markers)
    assert markers == sorted(markers, key=len, reverse=True)  # longest first: the most telling name is reported


# ----------------------------------------------------------------------------------------- bundle clean-up
def test_build_prefixes_are_rewritten_in_place_keeping_every_length_and_string_tail():
    data = b"\0/opt/py/3.11.7\0/opt/py/3.11.7/lib\0/opt/python\0/opt/py/3.11.7x\0"
    new, count = finish_bundle.rewrite_prefixes(data, ["/opt/py/3.11.7"])
    assert count == 2 and len(new) == len(data)
    assert new == b"\0/usr////3.11.7\0/usr////3.11.7/lib\0/opt/python\0/opt/py/3.11.7x\0"
    # A string the linker merged into the prefix's tail (libpython's version "3.11.7") is still whole.
    assert new[new.index(b"3.11.7\0"):].startswith(b"3.11.7\0")


def test_runpaths_keep_only_their_bundle_relative_entries():
    assert finish_bundle.cleaned_runpath("/home/me/.pyenv/versions/3.11.7/lib") == ""
    assert finish_bundle.cleaned_runpath("$ORIGIN:/usr/local/lib:$ORIGIN/../lib:$ORIGIN") == "$ORIGIN:$ORIGIN/../lib"


def test_broken_links_are_removed_and_good_ones_kept(tmp_path):
    (tmp_path / "libQt6Gui.so.6").write_bytes(b"x")
    (tmp_path / "good.so").symlink_to("libQt6Gui.so.6")
    (tmp_path / "libQt6OpenGL.so.6").symlink_to("PySide6/Qt/lib/libQt6OpenGL.so.6")
    assert finish_bundle.remove_broken_links(tmp_path) == [tmp_path / "libQt6OpenGL.so.6"]
    assert (tmp_path / "good.so").exists() and not (tmp_path / "libQt6OpenGL.so.6").is_symlink()


def test_icu_keeps_the_app_languages_and_what_qt_reads():
    items = ["root.res", "en.res", "en_GB.res", "fr_CA.res", "pt_BR.res", "ar_EG.res", "de.res", "zh_Hant_TW.res",
             "coll/root.res", "coll/ucadata.icu", "coll/fr.res", "coll/ar.res", "coll/zh.res", "coll/de_.res",
             "zone/en.res", "zone/ja.res", "brkitr/cjdict.dict", "lang/fr.res", "curr/pool.res", "unames.icu",
             "rfc3491.spp", "cnvalias.icu", "ibm-1252_P100-2000.cnv", "euc-tw-2014.cnv", "pool.res", "coll/res_index.res",
             "res_index.res", "supplementalData.res", "likelySubtags.res", "uts46.nrm", "nfkc.nrm"]
    sizes = {"ibm-1252_P100-2000.cnv": 1_500, "euc-tw-2014.cnv": 545_632}
    dropped = set(finish_bundle.icu_items_to_drop(items, sizes))
    assert dropped == {"de.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de_.res", "zone/ja.res",
                       "brkitr/cjdict.dict", "lang/fr.res", "curr/pool.res", "unames.icu", "rfc3491.spp",
                       "euc-tw-2014.cnv"}


# ------------------------------------------------------------------------------------------ Debian package
def test_the_shipped_system_configuration_changes_nothing_until_it_edits_it():
    example = (ROOT / "packaging" / "briefing-builder.example.toml").read_text("utf-8")
    text = deb.conffile_text(example)
    assert all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())
    assert "# name = " in text and "# [organisation]" in text


def test_the_shipped_system_configuration_is_valid_and_empty(tmp_path):
    example = (ROOT / "packaging" / "briefing-builder.example.toml").read_text("utf-8")
    path = tmp_path / "config.toml"
    path.write_text(deb.conffile_text(example), encoding="utf-8")
    assert _flatten(path, __import__("tomllib").loads(path.read_text("utf-8"))) == {}
    # Uncommenting the example's settings gives the example back: IT edits a complete, valid file.
    uncommented = "\n".join(line[2:] if line.startswith("# [") or (line.startswith("# ") and "=" in line
                                                                     and not line.startswith("# #")) else line
                            for line in deb.conffile_text(example).splitlines())
    assert "[organisation]" in uncommented


def test_depends_names_libc_with_its_version_then_each_package_once():
    deps = deb.Dependencies({"libc.so.6": "libc6", "libm.so.6": "libc6", "libGL.so.1": "libgl1",
                             "libEGL.so.1": "libegl1", "libxcb.so.1": "libxcb1", "libstdc++.so.6": "libstdc++6",
                             "libgcc_s.so.1": "libgcc-s1"}, "2.34", "12")
    assert deps.depends_field() == "libc6 (>= 2.34), libegl1, libgcc-s1, libgl1, libstdc++6 (>= 12), libxcb1"


@pytest.mark.skipif(not shutil.which("readelf"), reason="binutils (readelf) is one of ./run's test packages")
def test_system_libraries_are_what_the_elf_files_need_and_the_bundle_lacks(tmp_path):
    true = Path(shutil.which("true")).resolve()
    shutil.copy(true, tmp_path / "program")
    needed = deb.system_libraries(tmp_path)
    assert "libc.so.6" in needed and needed["libc.so.6"] == ["program"]
    libc = Path("/lib/x86_64-linux-gnu/libc.so.6")
    if libc.exists():  # a bundled copy is not a system dependency
        shutil.copy(libc, tmp_path / "libc.so.6")
        assert "libc.so.6" not in deb.system_libraries(tmp_path)


def test_every_library_the_message_names_has_a_package():
    assert {lib.package for lib in syslibs.GUI_LIBRARIES} == {"libgl1", "libegl1", "libxcb1"}
    assert len({lib.soname for lib in syslibs.GUI_LIBRARIES}) == len(syslibs.GUI_LIBRARIES)


# ----------------------------------------------------------------------------------------------- fontconfig
def test_the_bundled_fontconfig_is_used_only_where_the_machine_has_none(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    (bundle / "fontconfig").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "fonts.conf", bundle / "fontconfig" / "fonts.conf")
    system = tmp_path / "etc-fonts.conf"
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    assert qt_runtime.use_bundled_fontconfig(bundle, system_config=system)
    assert Path(qt_runtime.os.environ["FONTCONFIG_FILE"]) == bundle / "fontconfig" / "fonts.conf"
    monkeypatch.delenv("FONTCONFIG_FILE")
    system.write_text("<fontconfig/>")
    assert not qt_runtime.use_bundled_fontconfig(bundle, system_config=system)
    assert "FONTCONFIG_FILE" not in qt_runtime.os.environ
    monkeypatch.setenv("FONTCONFIG_FILE", "/etc/it/fonts.conf")
    system.unlink()
    assert not qt_runtime.use_bundled_fontconfig(bundle, system_config=system)
    assert qt_runtime.os.environ["FONTCONFIG_FILE"] == "/etc/it/fonts.conf"


def test_the_bundled_fontconfig_lists_the_bundled_fonts_relative_to_itself():
    text = (ROOT / "packaging" / "linux" / "fonts.conf").read_text("utf-8")
    assert '<dir prefix="relative">../resources/fonts</dir>' in text
    assert "/work" not in text and "/home" not in text


def test_the_bundle_carries_every_screenshot_the_user_manual_shows():
    """Help ▸ Manual finds a page's images by name among the shipped screenshots: each one the user manual shows
    is among those the spec puts in the bundle (the spec's own expression, evaluated here)."""
    import re

    spec = (ROOT / "packaging" / "briefing_builder.spec").read_text(encoding="utf-8")
    statement = re.search(r"^SHOWN_SCREENSHOTS = .*?\}$", spec, re.S | re.M).group(0)
    scope: dict = {"ROOT": ROOT, "re": re}
    exec(statement, scope)  # noqa: S102 - the repository's own spec
    manual = (ROOT / "resources" / "manual" / "manual.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", manual)
    assert shown
    assert [name for name in shown if Path(name).name not in scope["SHOWN_SCREENSHOTS"]] == []
    assert all((ROOT / "resources" / "manual" / name).resolve().is_file() for name in shown)  # also on GitHub
