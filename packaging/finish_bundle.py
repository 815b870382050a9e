"""Clean the onedir bundle PyInstaller made, in place: `python packaging/finish_bundle.py dist/briefing-builder`.

What PyInstaller leaves that an IT team would trip over, and what this does about it (issue 13):

1. Broken symbolic links in `_internal/` (the spec drops Qt libraries whose links PyInstaller still writes):
   removed.
2. RUNPATHs naming the build machine (libpython and the `lib-dynload` modules carry the Python prefix they
   were built in): every entry that is not `$ORIGIN`-relative is dropped with patchelf (the bootloader finds the
   bundled libraries itself).
3. Build-machine paths compiled into binaries as strings (libpython's PREFIX and EXEC_PREFIX, the RUNPATH
   strings patchelf leaves in `.dynstr`): rewritten in place to `/usr////…` (see `rewrite_prefixes`). The
   bundled interpreter never reads them (PyInstaller sets its paths), but security scanners do.
5. Private copies that wheels vendor (auditwheel's hashed names, e.g. Pillow's `libXau-154567c4.so.6.0.0`) of
   libraries the bundle or every Debian system already has (libXau, bundled for Qt; libzstd and liblzma, which
   apt depends on): the modules that need them are pointed at that soname with patchelf, and the copies removed
   (3.1 MB, most of it a 2 MB libXau). packaging/deb.py measures the system ones into Depends.
4. ICU's 32 MB data library (`libicudata.so.73`), most of which Qt never reads: rebuilt holding only the items
   Qt uses for the app's languages (see `icu_items_to_drop`), with ICU's own `icupkg` and binutils.

Run by packaging/build.sh; `packaging/trace_scan.py` then proves no build-machine path is left.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from briefing_builder.pack.spec import LANGUAGES  # noqa: E402 - the checkout's, not an installed copy

# The languages the app writes packs in and shows its window in: their collation and time-zone names are
# kept, with ICU's root locale every other locale falls back to. A language added to pack/spec.py is kept too.
APP_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)
# Whole ICU data trees Qt never opens: break iterators (Qt has its own UAX #14/#29 code), unit, currency,
# language and region display names, transliteration, spelled-out numbers (Qt's QLocale carries its own CLDR
# tables), StringPrep profiles (IDNA2003; Qt implements UTS #46 itself), character names, spoofing checks.
ICU_UNUSED_TREES = ("brkitr/", "unit/", "curr/", "lang/", "region/", "translit/", "rbnf/")
ICU_UNUSED_FILES = ("unames.icu", "confusables.cfu", "uemoji.icu")
ICU_UNUSED_SUFFIXES = (".spp",)
# Converter tables above this size are the CJK double-byte and EBCDIC mixed code pages; the app reads and
# writes UTF-8 only and Qt uses ICU converters only for QStringConverter names the app never asks for.
# The single-byte code pages (Windows, ISO 8859, DOS) stay.
ICU_LARGE_CONVERTER_BYTES = 60_000
_LOCALE_RES = re.compile(r"(?P<language>[a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res")


def elf_files(folder: Path) -> Iterator[Path]:
    """Every regular (not linked) ELF file under `folder`."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def remove_broken_links(folder: Path) -> list[Path]:
    """Delete symbolic links under `folder` whose target does not exist; returns them."""
    broken = [p for p in sorted(folder.rglob("*")) if p.is_symlink() and not p.exists()]
    for link in broken:
        link.unlink()
    return broken


def cleaned_runpath(runpath: str) -> str:
    """The RUNPATH with only its bundle-relative (`$ORIGIN...`) entries, in order, duplicates dropped."""
    kept = [entry for entry in runpath.split(":") if entry.startswith(("$ORIGIN", "${ORIGIN}"))]
    return ":".join(dict.fromkeys(kept))


def fix_runpaths(folder: Path, patchelf: str = "patchelf") -> list[tuple[Path, str, str]]:
    """Drop absolute RUNPATH entries from every ELF file; returns (file, old, new) for each one changed."""
    changed = []
    for path in elf_files(folder):
        result = subprocess.run([patchelf, "--print-rpath", str(path)], capture_output=True, text=True)
        old = result.stdout.strip() if result.returncode == 0 else ""
        new = cleaned_runpath(old)
        if old == new:
            continue
        args = ["--set-rpath", new] if new else ["--remove-rpath"]
        subprocess.run([patchelf, *args, str(path)], check=True)
        changed.append((path, old, new))
    return changed


def link_libc(folder: Path, patchelf: str = "patchelf") -> list[Path]:
    """Add libc.so.6 to the NEEDED list of shared objects that call the C library without naming it.

    Some of Python's extension modules (e.g. _uuid) are linked that way: they work (the interpreter has loaded
    libc), but Debian's lintian rejects such libraries (`library-not-linked-against-libc`).
    """
    changed = []
    for path in elf_files(folder):
        dynamic = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
        if "[libc.so.6]" in dynamic or "(DYNAMIC)" not in dynamic and "Dynamic section" not in dynamic:
            continue
        symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        if "*UND*" in symbols:  # it calls something (at least __cxa_finalize, from libc)
            subprocess.run([patchelf, "--add-needed", "libc.so.6", str(path)], check=True)
            changed.append(path)
    return changed


def rewrite_prefixes(data: bytes, prefixes: Iterable[str], replacement: str = "/usr") -> tuple[bytes, int]:
    """Rewrite the build-machine folders of `prefixes` wherever they occur as a path in `data`.

    Only each prefix's parent folder is overwritten (for `/home/me/.pyenv/versions/3.11.7`: `/home/me/.pyenv/versions`),
    with `replacement` followed by slashes up to the same length, so the path reads `/usr////…/3.11.7/lib`, no
    byte moves, and no string ends early. That matters: linkers merge string tails, and libpython's version
    string "3.11.7" *is* the tail of its PREFIX string (cutting PREFIX short with a NUL made `sys.version` empty).
    Only a prefix followed by `/`, NUL or a quote matches (`/opt/py` does not match in `/opt/python`).
    Returns the new bytes and how many occurrences were rewritten.
    """
    out = bytearray(data)
    count = 0
    for prefix in sorted(set(prefixes), key=len, reverse=True):
        head = prefix.rsplit("/", 1)[0]
        if len(head) < len(replacement):
            head = prefix
        if len(replacement) > len(head):
            raise ValueError(f"replacement {replacement!r} is longer than {head!r}")
        needle = prefix.encode()
        new_head = (replacement + "/" * (len(head) - len(replacement))).encode()
        start = out.find(needle)
        while start != -1:
            after = out[start + len(needle):start + len(needle) + 1]
            if after in (b"", b"/", b"\0", b"'", b'"'):
                out[start:start + len(head)] = new_head
                count += 1
            start = out.find(needle, start + 1)
    return bytes(out), count


def fix_embedded_prefixes(folder: Path, prefixes: Iterable[str]) -> list[tuple[Path, int]]:
    """Apply `rewrite_prefixes` to every ELF file under `folder`; returns (file, strings rewritten)."""
    prefixes = [p.rstrip("/") for p in prefixes if p.rstrip("/") not in ("", "/usr")]
    changed = []
    for path in elf_files(folder):
        data = path.read_bytes()
        if not any(p.encode() in data for p in prefixes):
            continue
        new, count = rewrite_prefixes(data, prefixes)
        if count:
            path.write_bytes(new)
            changed.append((path, count))
    return changed


def icu_items_to_drop(items: Iterable[str], item_bytes: dict[str, int] | None = None,
                      languages: Iterable[str] = APP_LANGUAGES) -> list[str]:
    """The ICU data items (as `icupkg -l` names them) the bundle leaves out; see the module docstring."""
    keep_languages = set(languages) | {"root"}
    sizes = item_bytes or {}
    drop = []
    for item in items:
        tree, _, base = item.rpartition("/")
        if (item.startswith(ICU_UNUSED_TREES) or base in ICU_UNUSED_FILES
                or base.endswith(ICU_UNUSED_SUFFIXES)):
            drop.append(item)
        elif tree == "" and base.endswith(".cnv") and sizes.get(item, 0) > ICU_LARGE_CONVERTER_BYTES:
            drop.append(item)
        elif base == "res_index.res":
            continue  # each tree's index of its locales (ICU's own, not a locale named "res")
        elif tree in ("", "coll", "zone") and (match := _LOCALE_RES.fullmatch(base)):
            if match["language"] not in keep_languages:
                drop.append(item)
    return drop


def _icu_data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ICU common data blob a libicudata exports."""
    symbols = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], check=True, capture_output=True,
                             text=True).stdout
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)",
                      symbols, re.M)
    if not match:
        raise RuntimeError(f"{library}: no icudt*_dat symbol")
    value, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], check=True, capture_output=True,
                              text=True).stdout
    row = re.search(rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.M)
    if not row:
        raise RuntimeError(f"{library}: section {section} not found")
    address, offset = int(row[1], 16), int(row[2], 16)
    return name, value - address + offset, size


def trim_icu_data(library: Path, languages: Iterable[str] = APP_LANGUAGES) -> tuple[int, int, int]:
    """Replace `library` (a libicudata.so.NN) by one holding fewer items; returns (old bytes, new bytes, dropped).

    The new library exports the same symbol (`icudtNN_dat`) with the same SONAME, so libicuuc links to it as
    before; ICU checks the blob's header when it loads it.
    """
    for tool in ("icupkg", "as", "ld", "readelf"):
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is needed to trim ICU's data (apt-get install icu-devtools binutils)")
    symbol, offset, size = _icu_data_symbol(library)
    soname = library.name
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: "l" for little-endian, as icupkg names items
    old_bytes = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="bb-icu-") as scratch:
        work = Path(scratch)
        with open(library, "rb") as handle:
            handle.seek(offset)
            (work / f"{package}.dat").write_bytes(handle.read(size))
        (work / "x").mkdir()
        listing = subprocess.run(["icupkg", "-l", f"{package}.dat"], cwd=work, check=True, capture_output=True,
                                 text=True).stdout.split()
        subprocess.run(["icupkg", "-x", "*", "-d", "x", f"{package}.dat"], cwd=work, check=True,
                       capture_output=True)
        sizes = {item: (work / "x" / item).stat().st_size for item in listing if (work / "x" / item).is_file()}
        drop = icu_items_to_drop(listing, sizes, languages)
        (work / "out").mkdir()
        for _attempt in range(5):
            # An item whose base is dropped must go too (a delta converter table, a locale alias): icupkg names them.
            (work / "drop.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
            result = subprocess.run(["icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat"], cwd=work,
                                    capture_output=True, text=True)
            dependants = re.findall(r"^Item (\S+) depends on missing item", result.stdout + result.stderr, re.M)
            if result.returncode == 0 or not dependants:
                break
            drop += [item for item in dependants if item not in drop]
        if result.returncode != 0:
            raise RuntimeError(f"icupkg failed: {(result.stdout + result.stderr).strip()[:500]}")
        (work / "icudata.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
            f'\t.incbin "out/{package}.dat"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="utf-8")
        subprocess.run(["as", "-o", "icudata.o", "icudata.S"], cwd=work, check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-s", "-o", soname, "icudata.o"],
                       cwd=work, check=True)
        shutil.copyfile(work / soname, library)
    return old_bytes, library.stat().st_size, len(drop)


# hashed copy's name prefix -> the system soname used instead (see 5. above)
# libxcb stays private: a bare server has no libxcb1, and Pillow (photos, logos) must load there for the command
# line; its libXau, 2 MB of alignment padding, becomes the 14 kB libXau.so.6 the bundle carries for Qt.
SYSTEM_SONAMES = {"libXau-": "libXau.so.6", "libzstd-": "libzstd.so.1", "liblzma-": "liblzma.so.5"}
_HASHED = re.compile(r"^(lib[A-Za-z0-9_+]+-)[0-9a-f]{8}\.so[.0-9]*$")  # libXau-154567c4.so.6.0.0


def needed(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF file (readelf, from binutils)."""
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\).*\[(.+?)\]", out)


def use_system_copies(folder: Path, patchelf: str = "patchelf") -> list[tuple[str, str]]:
    """Point every ELF file needing a vendored copy listed in SYSTEM_SONAMES at the system soname, then remove
    the copies nothing needs any more. Returns (copy, soname) pairs replaced."""
    files = list(elf_files(folder))
    needs = {p: needed(p) for p in files}
    wanted_before = {n for names in needs.values() for n in names}
    copies = {p.name: p for p in files if (m := _HASHED.match(p.name)) and m.group(1) in SYSTEM_SONAMES}
    replaced = []
    for path, names in needs.items():
        for name in names:
            if name in copies:
                soname = SYSTEM_SONAMES[_HASHED.match(name).group(1)]
                subprocess.run([patchelf, "--replace-needed", name, soname, str(path)], check=True)
                replaced.append((name, soname))
    # Remove the libraries that were needed before and no longer are: the copies, then what only they needed
    # (libXau for libxcb). A library nothing named as needed to begin with (a dlopen()ed one) is left alone.
    while True:
        files = [p for p in files if p.exists()]
        wanted = {n for p in files for n in needed(p)}
        orphans = [p for p in files if p.name in wanted_before and p.name not in wanted]
        if not orphans:
            break
        for orphan in orphans:
            orphan.unlink()
    return sorted(set(replaced))


def build_prefixes() -> list[str]:
    """Paths of this build machine that binaries may have compiled in: the Python installation's prefixes."""
    import sysconfig

    found = [sys.base_prefix, sys.base_exec_prefix, sys.prefix, sysconfig.get_config_var("prefix") or ""]
    return [p for p in dict.fromkeys(found) if p]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the onedir folder, e.g. dist/briefing-builder")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    # first: PyInstaller links the copies into _internal/ too, and those links break once the copies go
    for copy, soname in use_system_copies(bundle):
        print(f"  {copy}: the system's {soname} used instead")
    for link in remove_broken_links(bundle):
        print(f"  removed broken link {link.relative_to(bundle)}")
    changed = fix_runpaths(bundle)
    print(f"  RUNPATH cleaned in {len(changed)} ELF files" + (f" (was {changed[0][1]})" if changed else ""))
    linked = link_libc(bundle)
    print(f"  libc.so.6 named as needed by {len(linked)} extension modules that use it without saying so")
    rewritten = fix_embedded_prefixes(bundle, build_prefixes())
    print(f"  build-machine prefix strings rewritten to /usr: {sum(n for _, n in rewritten)} in {len(rewritten)} files")
    for library in sorted(bundle.rglob("libicudata.so.*")):
        if library.is_file() and not library.is_symlink():
            old, new, dropped = trim_icu_data(library)
            print(f"  {library.name}: {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB ({dropped} unused ICU items left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
