"""The build job: assemble a pack and write it in the formats asked for, with its manifest. No Qt.

The CLI runs it in the foreground with a progress bar; the GUI runs the same function on a worker thread.
All files are rendered in memory first and only then committed as one set by `output_set.write_set`: a failed,
cancelled or killed build leaves the folder's previous files of that name exactly as they were, or the complete
new set, never a mixture and never half a file (the protocol is in `output_set`'s docstring). Existing files are
replaced only when the caller says so (`overwrite=True`); otherwise `OutputExists` is raised before rendering.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BuildError, Cancelled
from .library import Library
from .messages import translate
from .output_set import (already_exists, MANIFEST_SUFFIX, PACK_FORMATS, OutputExists, existing_outputs, family, safe_basename,
                         write_set)
from .pack.assemble import assemble
from .pack.model import Pack, PackWarning
from .pack.spec import PackSpec
from .render import docx as docx_writer
from .render import pdf as pdf_writer
from .render.output import check_output_folder
from .settings import Settings

FORMATS = PACK_FORMATS
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    files: tuple[Path, ...]
    manifest: Path
    pack: Pack
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def warnings(self) -> tuple[PackWarning, ...]:
        return self.pack.warnings


def default_basename(spec: PackSpec) -> str:
    """e.g. 'ministerial-summit-ETH-2026-12-01' in English, 'ministerial-summit-ETH-2026-12-01-fr' in French;
    only characters safe in any file system. Every language but English (which keeps the name it always had)
    ends in its code, so one pack in several languages can share a folder (the CLI and the app both use this)."""
    language = "" if spec.language == "en" else f"-{spec.language}"
    raw = f"{spec.template}-{spec.country}-{spec.resolved_date()}{language}"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-.")[:120] or "briefing-pack"  # no spaces: shell-friendly


def page_limit_checked(pack: Pack, pdf: bytes) -> Pack:
    """`pack` with a warning (in its manifest too) when its PDF runs past the template's page limit (the one-page
    speaking note); unchanged when it fits or has no limit."""
    if not pack.page_limit:
        return pack
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages) - sum(a.pages for a in pack.annexes() if a.kind == "pdf")
    if pages <= pack.page_limit:
        return pack
    limit = translate("PackWarning", "%Ln pages", None, pack.page_limit).with_singular("one page")
    warning = PackWarning(translate("PackWarning", "The PDF runs to {pages} pages; this template should fit on "
                                    "{limit}. Shorten or hide sections, or lower their limits.").format(
                                        pages=pages, limit=limit), kind="other")
    manifest = dict(pack.manifest)
    manifest["warnings"] = list(manifest.get("warnings", [])) + [dataclasses.asdict(warning)]
    return dataclasses.replace(pack, warnings=pack.warnings + (warning,), manifest=manifest)


def build(library: Library, spec: PackSpec, out_dir: Path, *, formats: tuple[str, ...] = FORMATS,
          settings: Settings | None = None, extra_template_dirs: list[Path] | None = None,
          basename: str | None = None, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None, overwrite: bool = False) -> BuildResult:
    """Write the pack for `spec` into `out_dir` as each of `formats`, plus `<name>.manifest.json`, as one set.

    The set replaces every existing file of that name's family (see `output_set`) only if `overwrite`; otherwise
    an existing one raises `OutputExists` (a `BuildError`) before anything is rendered or written.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise BuildError(translate("Export", "Unknown format {format}; choose from {formats}.").format(
            format=repr(unknown[0] if unknown else '(none)'), formats=", ".join(FORMATS)))
    out_dir = Path(out_dir)
    check_output_folder(out_dir)
    name = safe_basename(basename) if basename else default_basename(spec)
    if not overwrite and (taken := existing_outputs(out_dir, name, formats)):
        raise OutputExists(already_exists(taken[0], len(taken) - 1))

    def report(done: int, total: int, what: str) -> None:
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(done, total, what)

    seconds: dict[str, float] = {}
    start = time.perf_counter()
    pack = assemble(library, spec, settings, extra_template_dirs=extra_template_dirs, progress=report,
                    cancelled=cancelled)
    seconds["assemble"] = time.perf_counter() - start
    outputs: dict[str, bytes] = {}
    page_hints: dict[str, int] | None = None
    if "pdf" in formats:  # first, so the Word contents can carry the same page numbers
        start = time.perf_counter()
        outputs["pdf"], page_hints = pdf_writer.render_bytes(pack, progress=report, cancelled=cancelled)
        seconds["pdf"] = time.perf_counter() - start
        pack = page_limit_checked(pack, outputs["pdf"])
    if "docx" in formats:
        start = time.perf_counter()
        outputs["docx"] = docx_writer.render_bytes(pack, page_hints=page_hints, cancelled=cancelled)
        seconds["docx"] = time.perf_counter() - start
    if cancelled and cancelled():
        raise Cancelled()
    manifest = dict(pack.manifest)
    manifest["files"] = [{"name": f"{name}.{fmt}", "format": fmt, "bytes": len(data),
                          "sha256": hashlib.sha256(data).hexdigest()} for fmt, data in outputs.items()]
    files = {f"{name}.{fmt}": outputs[fmt] for fmt in FORMATS if fmt in outputs}
    files[f"{name}{MANIFEST_SUFFIX}"] = (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True)
                                         + "\n").encode("utf-8")
    start = time.perf_counter()
    mode = settings.output_file_mode if settings is not None else None  # IT's choice, else the umask's
    written = write_set(out_dir, files, remove=[n for n in family(name) if n not in files], overwrite=overwrite,
                        mode=mode)
    seconds["commit"] = time.perf_counter() - start
    return BuildResult(tuple(written[:-1]), written[-1], pack, seconds)


def build_from_library_file(library_path: Path, spec: PackSpec, out_dir: Path, *, formats: tuple[str, ...] = FORMATS,
                            settings: Settings | None = None, extra_template_dirs: list[Path] | None = None,
                            basename: str | None = None, progress: Progress | None = None,
                            cancelled: Callable[[], bool] | None = None, overwrite: bool = False) -> BuildResult:
    """`build`, opening the library itself: what an export process runs (its arguments all pickle)."""
    with Library.open(Path(library_path), create=False) as library:
        return build(library, spec, out_dir, formats=formats, settings=settings,
                     extra_template_dirs=extra_template_dirs, basename=basename, progress=progress,
                     cancelled=cancelled, overwrite=overwrite)
