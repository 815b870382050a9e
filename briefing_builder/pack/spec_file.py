"""Reading a `--spec` file (JSON a person wrote, or a manifest's "spec"): every fault is one line naming the file.

`read_spec_file(path)` returns the raw table (so the command line can tell a key the file gives from one it
leaves out) and the `PackSpec`, with annexes named relative to the file resolved beside it. Truncated JSON gives
its line and column; a value of the wrong shape, or a key the app does not know (as in a template, nothing is
silently ignored), gives the field. Errors are `SpecFileError`, a `ValidationError` whose problems each start
"In the spec file …", so the command line prints them as it prints any other.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from ..errors import Problem, ValidationError
from ..messages import translate
from .annexes import annex_path, with_path
from .spec import PackSpec


class SpecFileError(ValidationError):
    """A spec file cannot be read as a pack specification; its problems name the file and the field."""


def _in_file(path: Path, problems: list[Problem]) -> SpecFileError:
    return SpecFileError([Problem(translate("Spec", "In the spec file {path}: {where}").format(
        path=str(path), where=p.where), p.field, p.message) for p in problems])


def read_spec_file(path: Path) -> tuple[dict[str, Any], PackSpec]:
    """The spec file's raw table and its `PackSpec` (not yet validated field by field: see `PackSpec.problems`)."""
    path = Path(path)
    where = translate("Spec", "In the spec file {path}").format(path=str(path))
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecFileError(Problem(where, "", translate("Spec", "is not UTF-8 text (byte {byte})").format(
            byte=f"{exc.start:,}"))) from None
    except OSError as exc:
        raise SpecFileError(Problem(where, "", translate("Spec", "cannot be read ({error})").format(
            error=str(exc.strerror or exc)))) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecFileError(Problem(where, "", translate(
            "Spec", "is not valid JSON: {error} at line {line}, column {column}").format(
                error=exc.msg, line=exc.lineno, column=exc.colno))) from None
    except RecursionError:
        raise SpecFileError(Problem(where, "", translate("Spec", "is not valid JSON: nested too deeply"))) from None
    try:
        spec = PackSpec.from_dict(data, strict=True)
    except ValidationError as exc:
        raise _in_file(path, exc.problems) from None
    if spec.annexes:  # annexes named relative to the spec file, as a user writes them
        folder = path.resolve().parent
        spec = dataclasses.replace(spec, annexes=tuple(
            with_path(a, str(folder / annex_path(a))) if annex_path(a) and not Path(annex_path(a)).is_absolute()
            else a for a in spec.annexes))  # a plain path or {"path": ..., "title": ...}
    return data, spec


def in_spec_file(path: Path, problems: list[Problem]) -> SpecFileError:
    """The problems of a spec read from `path`, each naming the file."""
    return _in_file(Path(path), problems)


__all__ = ["SpecFileError", "in_spec_file", "read_spec_file"]
