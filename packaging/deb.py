"""Build the Debian package from the onedir bundle: `python packaging/deb.py dist/briefing-builder`.

Writes `dist/briefing-builder_<version>_<arch>.deb` with standard tools (`dpkg-deb`, no debhelper):

- the bundle in `/opt/briefing-builder/`, a `/usr/bin/briefing-builder` link, the desktop entry, the icons
  (hicolor SVG and 256 px PNG), a manual page, `copyright` and `changelog.Debian.gz`;
- `/etc/briefing-builder/config.toml`, a conffile (dpkg keeps IT's edits on upgrade): the example configuration
  with every setting commented out, so a fresh install behaves exactly like the defaults;
- `Depends:` measured, not written by hand: every shared library the bundle's ELF files link to that the
  bundle does not carry, mapped to its package with `dpkg -S` on this (Debian 12) build machine, with the C
  library's version from the newest `GLIBC_` symbol version any of them needs. The build fails if a library
  outside the C library is needed that `briefing_builder/syslibs.py` does not check for at start-up, so the
  one-line message on a bare machine and the package's dependencies cannot drift apart.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from briefing_builder.syslibs import GUI_LIBRARIES  # noqa: E402 - the checkout, not an installed copy

PACKAGE = "briefing-builder"
INSTALL_DIR = Path("opt") / PACKAGE
MAINTAINER = os.environ.get("BB_DEB_MAINTAINER", "Briefing Builder packagers <packaging@briefing-builder.invalid>")
# Files of the bundle folder that are for the .tar.gz only (the package installs these its own way).
TARBALL_ONLY = {"share", "install-desktop.sh", "briefing-builder.example.toml"}
C_LIBRARY_PACKAGE = "libc6"
# The C and C++ runtimes: in every Debian system (Priority: required; apt itself needs them), so the start-up
# check does not look for them. The bundle carries neither.
BASE_PACKAGES = {C_LIBRARY_PACKAGE, "libstdc++6", "libgcc-s1",
                 # libsystemd and what it links (reached through libdbus), and zstd/xz (Pillow's libtiff): apt
                 # depends on every one, so they are on every Debian system too (the spec leaves them out).
                 "libsystemd0", "libgcrypt20", "libgpg-error0", "liblz4-1", "libzstd1", "liblzma5", "libcap2"}
# GLIBCXX symbol version -> the GCC release whose libstdc++ first has it (the libstdc++6 version needed).
GLIBCXX_GCC = {"3.4.26": "9", "3.4.27": "9.3", "3.4.28": "10", "3.4.29": "11", "3.4.30": "12", "3.4.31": "13",
               "3.4.32": "13.2", "3.4.33": "14"}


@dataclass(frozen=True)
class Dependencies:
    """What the bundle takes from the system: soname -> package, and the C library version it needs."""

    packages: dict[str, str]
    glibc: str
    libstdcxx: str | None = None  # the GCC version whose libstdc++ the bundle needs, if it needs one

    def depends_field(self) -> str:
        """The control file's `Depends:` value: libc6 with its minimum version, then the others sorted."""
        names = sorted(set(self.packages.values()) - {C_LIBRARY_PACKAGE})
        versioned = [f"libstdc++6 (>= {self.libstdcxx})" if n == "libstdc++6" and self.libstdcxx else n
                     for n in names]
        return ", ".join([f"{C_LIBRARY_PACKAGE} (>= {self.glibc})", *versioned])


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _dynamic(path: Path) -> tuple[list[str], str | None]:
    """(NEEDED names, SONAME) of an ELF file, read with readelf."""
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    soname = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return needed, soname[1] if soname else None


def system_libraries(bundle: Path) -> dict[str, list[str]]:
    """Sonames the bundle's ELF files link to that no file of the bundle provides -> files that need them."""
    provided: set[str] = set()
    needs: dict[str, list[str]] = {}
    for path in _elf_files(bundle):
        needed, soname = _dynamic(path)
        provided |= {path.name} | ({soname} if soname else set())
        for name in needed:
            needs.setdefault(name, []).append(str(path.relative_to(bundle)))
    return {name: files for name, files in sorted(needs.items()) if name not in provided}


def _newest_symbol_version(bundle: Path, prefix: str) -> str | None:
    """The newest `<prefix>x.y` symbol version any ELF file of the bundle imports (e.g. GLIBC_2.36)."""
    versions = set()
    for path in _elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        versions |= set(re.findall(rf"\b{prefix}(\d+(?:\.\d+)+)\b", out))
    return max(versions, key=lambda v: tuple(int(p) for p in v.split("."))) if versions else None


def newest_glibc_version(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file of the bundle imports (the libc6 it needs at least)."""
    return _newest_symbol_version(bundle, "GLIBC_") or "2.17"


def package_of(soname: str) -> str:
    """The Debian package that installs `soname` on this machine (ldconfig's cache, then dpkg -S)."""
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = re.findall(rf"^\s*{re.escape(soname)} \((?:libc6,)?x86-64[^)]*\) => (\S+)", cache, re.M)
    candidates = []
    for path in paths:
        candidates += [path, os.path.realpath(path)]
        candidates += [p.replace("/usr/lib/", "/lib/", 1) if p.startswith("/usr/lib/") else "/usr" + p
                       for p in (path, os.path.realpath(path))]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise RuntimeError(f"{soname}: no installed Debian package provides it (install the app's system packages "
                       "first: ./run bundle does)")


def measure_dependencies(bundle: Path) -> Dependencies:
    """Measure what the bundle needs from the system; fails if syslibs.GUI_LIBRARIES misses one of them."""
    needed = system_libraries(bundle)
    packages = {soname: package_of(soname) for soname in needed}
    checked = {library.soname for library in GUI_LIBRARIES}
    unchecked = sorted(s for s, p in packages.items() if p not in BASE_PACKAGES and s not in checked)
    if unchecked:
        raise RuntimeError(
            f"the bundle needs {', '.join(unchecked)} from the system, which briefing_builder/syslibs.py "
            f"does not check before Qt loads: add them to GUI_LIBRARIES (needed by {needed[unchecked[0]][0]})")
    glibcxx = _newest_symbol_version(bundle, "GLIBCXX_") if "libstdc++6" in packages.values() else None
    if glibcxx and glibcxx not in GLIBCXX_GCC:
        raise RuntimeError(f"GLIBCXX_{glibcxx}: add the GCC release that introduced it to GLIBCXX_GCC")
    return Dependencies(packages, newest_glibc_version(bundle), GLIBCXX_GCC.get(glibcxx or ""))


def conffile_text(example: str) -> str:
    """The system-wide configuration shipped in /etc: the example with every setting commented out."""
    lines = ["# Briefing Builder: system-wide configuration (IT). Uncomment and edit settings; dpkg keeps your",
             "# changes when the package is upgraded. Check it with: briefing-builder config check "
             "/etc/briefing-builder/config.toml", "#"]
    for line in example.splitlines():
        stripped = line.strip()
        lines.append(line if not stripped or stripped.startswith("#") else f"# {line}")
    return "\n".join(lines) + "\n"


def _manual_page(version: str) -> str:
    return f""".TH BRIEFING-BUILDER 1 "" "Briefing Builder {version}" "User Commands"
.SH NAME
briefing-builder \\- offline briefing packs from a library of sourced facts
.SH SYNOPSIS
.B briefing-builder
.RI [ COMMAND ] " " [ OPTIONS ]
.SH DESCRIPTION
With no arguments, opens the desktop app. With arguments, it is the command line:
.B briefing-builder \\-\\-help
lists the commands (library, build, templates, config).
.B briefing-builder \\-\\-self-test
checks the installation end to end without a window.
.SH FILES
.TP
.I /etc/briefing-builder/config.toml
system-wide configuration (see the comments in it).
.TP
.I ~/.local/share/briefing-builder/
the user's library, backups and drafts (owner-only).
"""


def _copyright() -> str:
    return ("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: briefing-builder\n\n"
            "Files: *\nCopyright: 2026 the Briefing Builder authors\nLicense: proprietary\n"
            " All rights reserved. The bundled fonts keep their own licences (SIL Open Font License), in\n"
            " /opt/briefing-builder/_internal/resources/fonts/, and the bundled Python, Qt (LGPL-3) and other\n"
            " libraries theirs, beside them in /opt/briefing-builder/_internal/.\n")


def _changelog(version: str) -> bytes:
    text = (f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
            "  * Package built from the PyInstaller bundle (packaging/deb.py).\n\n"
            f" -- {MAINTAINER}  Thu, 01 Jan 2026 00:00:00 +0000\n")
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def _installed_size_kib(tree: Path) -> int:
    total = 0
    for path in tree.rglob("*"):
        if "DEBIAN" in path.relative_to(tree).parts[:1]:
            continue
        total += 1 if path.is_symlink() or path.is_dir() else -(-path.stat().st_size // 1024)
    return total


def build_tree(bundle: Path, tree: Path, version: str, deps: Dependencies) -> None:
    """Lay out the package's files under `tree` (replacing it), with DEBIAN/control, conffiles and md5sums."""
    if tree.exists():
        shutil.rmtree(tree)
    app = tree / INSTALL_DIR
    shutil.copytree(bundle, app, symlinks=True, ignore=lambda d, names: [
        n for n in names if Path(d) == bundle and n in TARBALL_ONLY])
    (tree / "usr/bin").mkdir(parents=True)
    (tree / "usr/bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)  # across top-level folders: absolute
    share = tree / "usr/share"
    for folder in ("applications", "icons/hicolor/scalable/apps", "icons/hicolor/256x256/apps", "man/man1",
                   f"doc/{PACKAGE}"):
        (share / folder).mkdir(parents=True)
    shutil.copyfile(ROOT / "packaging/linux/briefing-builder.desktop", share / "applications/briefing-builder.desktop")
    shutil.copyfile(ROOT / "resources/icons/briefing-builder.svg", share / "icons/hicolor/scalable/apps/briefing-builder.svg")
    shutil.copyfile(ROOT / "resources/icons/briefing-builder-256.png", share / "icons/hicolor/256x256/apps/briefing-builder.png")
    (share / "man/man1/briefing-builder.1.gz").write_bytes(gzip.compress(_manual_page(version).encode(), 9, mtime=0))
    (share / f"doc/{PACKAGE}/copyright").write_text(_copyright(), encoding="utf-8")
    (share / f"doc/{PACKAGE}/changelog.gz").write_bytes(_changelog(version))  # a native package: no .Debian
    (share / "lintian/overrides").mkdir(parents=True)
    shutil.copyfile(ROOT / "packaging/linux/lintian-overrides", share / f"lintian/overrides/{PACKAGE}")
    etc = tree / "etc" / PACKAGE
    etc.mkdir(parents=True)
    example = (ROOT / "packaging/briefing-builder.example.toml").read_text("utf-8")
    (etc / "config.toml").write_text(conffile_text(example), encoding="utf-8")
    # Modes as Debian expects them: folders 0755, files 0644, programs and shared objects as they were built.
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & 0o111 and path.name == PACKAGE and path.parent == app
            path.chmod(0o755 if executable else 0o644)
    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "conffiles").write_text(f"/etc/{PACKAGE}/config.toml\n", encoding="utf-8")
    sums = []
    for path in sorted(tree.rglob("*")):
        rel = path.relative_to(tree)
        if rel.parts[0] in ("DEBIAN", "etc") or path.is_symlink() or path.is_dir():
            continue
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {rel}")
    (debian / "md5sums").write_text("\n".join(sums) + "\n", encoding="utf-8")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    control = {
        "Package": PACKAGE, "Version": version, "Architecture": arch, "Maintainer": MAINTAINER,
        "Installed-Size": str(_installed_size_kib(tree)), "Depends": deps.depends_field(),
        "Section": "text", "Priority": "optional",
        "Description": "offline briefing packs from a library of sourced facts\n"
                       " Briefing Builder keeps a local library of sourced facts (countries, positions,\n"
                       " communiques) and turns it into briefing packs for delegations, in Word and PDF,\n"
                       " without any network connection. It is a desktop app and a command line.",
    }
    (debian / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items()), encoding="utf-8")
    for name in ("control", "conffiles", "md5sums"):
        (debian / name).chmod(0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    deps = measure_dependencies(args.bundle)
    print("  system libraries the bundle needs: " + ", ".join(f"{s} ({p})" for s, p in deps.packages.items()))
    print(f"  Depends: {deps.depends_field()}")
    tree = ROOT / "build" / "deb" / PACKAGE
    build_tree(args.bundle, tree, version, deps)
    arch = (tree / "DEBIAN/control").read_text().split("Architecture: ", 1)[1].split("\n", 1)[0]
    target = args.out / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"  {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
          f"{target.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
