"""Every text the core makes for people is a translatable Message (messages.translate), so the interface shows it
in its language: a plain literal or an f-string in a Problem or a refusal would show English in a French window.
Read from the source (AST), so a new site written the old way fails here before a person meets it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import briefing_builder
from briefing_builder import errors

PACKAGE = Path(briefing_builder.__file__).parent
# The command line speaks English (its texts are not the interface's); messages.py defines the machinery.
NOT_INTERFACE = {"cli.py", "cli_people.py", "cli_translations.py", "selftest.py", "__main__.py", "messages.py"}
# Programmer errors no person reads (the templates' loader checks section kinds first).
NOT_FOR_PEOPLE = {"pack/brief_sections.py: raise ValueError"}
REFUSALS = {name for name, value in vars(errors).items()
            if isinstance(value, type) and issubclass(value, errors.BriefingBuilderError)} | {"ValueError"}


def _core_modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if "gui" not in path.relative_to(PACKAGE).parts and path.name not in NOT_INTERFACE)


def _english_only(node: ast.AST | None) -> bool:
    """A text that can only be English: a literal, an f-string, "..." % x, "...".format(...) or a sum of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _english_only(node.left) or _english_only(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _english_only(node.func.value)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


# Calls whose text argument (by position) is what a person reads: a refusal helper, a resolver's reason.
TEXT_ARGUMENT = {"_refuse": -1, "_fail": 2, "Resolution": 1}
# Python's own protocols and programmer errors: their texts are for developers.
NOT_REFUSALS = {"AttributeError", "TypeError"}


def _english_sites(path: Path) -> list[str]:
    """Problems (place and message), errors made or raised, refusal helpers and the library check's problem lines
    whose text can only be English."""
    found: list[tuple[int, str]] = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    raised = {id(node.exc) for node in ast.walk(tree) if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if id(node) in raised and name not in NOT_REFUSALS and node.args and _english_only(node.args[0]):
            found.append((node.lineno, f"{path.relative_to(PACKAGE)}:{node.lineno}: raise {name}"))
            continue
        texts: list[ast.AST] = []
        if name == "Problem":
            texts = [node.args[i] for i in (0, 2) if len(node.args) > i]
            texts += [k.value for k in node.keywords if k.arg in ("where", "message")]
        elif name in REFUSALS or name.endswith(("Error", "Rejected", "Exists")) and name not in NOT_REFUSALS:
            texts = node.args[:1]
        elif name in TEXT_ARGUMENT and len(node.args) > abs(TEXT_ARGUMENT[name]) - (TEXT_ARGUMENT[name] < 0):
            texts = [node.args[TEXT_ARGUMENT[name]]]
        elif name == "append" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                and node.func.value.id == "problems":
            texts = node.args[:1]
        if any(_english_only(text) for text in texts):
            found.append((node.lineno, f"{path.relative_to(PACKAGE)}:{node.lineno}: "
                                       f"{'raise ' if id(node) in raised else ''}{name}"))
    return [site for _, site in sorted(set(found))]


def test_the_check_finds_a_problem_written_in_english(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('Problem(where, "title", f"is {x}")\nraise BuildError("no")\n'
                      'Problem(where, "title", translate("Validation", "is required"))\n', encoding="utf-8")
    assert [site.split(": ")[1] for site in _english_sites_at(sample)] == ["Problem", "raise BuildError"]


def _english_sites_at(path: Path) -> list[str]:
    global PACKAGE
    saved, PACKAGE = PACKAGE, path.parent
    try:
        return _english_sites(path)
    finally:
        PACKAGE = saved


@pytest.mark.parametrize("module", _core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_problems_and_refusals_are_translatable_messages(module):
    assert [site for site in _english_sites(module) if re.sub(r":\d+:", ":", site) not in NOT_FOR_PEOPLE] == []
