"""The core's translatable messages (briefing_builder/messages.py): English as a str, the template and values
kept for the GUI, through pickling and copying; and every call in the core written so lupdate collects it."""

from __future__ import annotations

import ast
import copy
import dataclasses
import json
import pickle
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefing_builder.errors import Problem, ValidationError
from briefing_builder.messages import Message, translate
from briefing_builder.pack.model import PackWarning

PACKAGE = Path(__file__).resolve().parents[1] / "briefing_builder"


def test_a_message_reads_as_its_english_text_and_keeps_its_template_and_values():
    message = translate("PackWarning", "The section “{title}” is left out: {reason}.").format(
        title="Key facts", reason=translate("PackWarning", "no items match its filters"))
    assert message == "The section “Key facts” is left out: no items match its filters."
    assert isinstance(message, str) and message.template == "The section “{title}” is left out: {reason}."
    assert dict(message.values)["reason"].template == "no items match its filters"


def test_a_count_picks_the_english_singular_and_groups_the_number():
    many = translate("T", "%Ln annexes are left out").with_singular("One annex is left out")
    assert translate("T", "%Ln annexes are left out", None, 1234) == "1,234 annexes are left out"
    assert Message("T", many.template, None, 1, many.singular) == "One annex is left out"
    assert Message("T", many.template, None, 2, many.singular) == "2 annexes are left out"


def test_lists_join_with_commas_and_a_missing_value_stays_as_written():
    assert translate("T", "one of {names}").format(names=["a", "b", "c"]) == "one of a, b, c"
    assert translate("T", "{a} and {b}").format(a="x") == "x and {b}"


def test_a_message_survives_pickling_copying_json_and_dataclasses_asdict():
    message = translate("T", "{a} of {b}").format(a=translate("T", "part"), b=("x", "y"))
    for copied in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert isinstance(copied, Message) and copied == message and copied.values == message.values
    warning = dataclasses.asdict(PackWarning(message, kind="other"))
    assert isinstance(warning["message"], Message)
    assert json.loads(json.dumps(warning))["message"] == "part of x, y"


@given(st.text(), st.text())
def test_any_value_fills_a_template_without_being_read_as_one(where, value):
    problem = Problem(where, "title", translate("Problem", "must not be {value}").format(value=value))
    assert str(problem) == f"{where}, field 'title': must not be {value}"
    assert pickle.loads(pickle.dumps(problem.text())) == problem.text()


def test_a_validation_error_says_how_many_more_problems_in_english():
    one = ValidationError(Problem("item 'x'", "title", "is required"))
    three = ValidationError([Problem("item 'x'", "title", "is required")] * 3)
    assert str(one) == "item 'x', field 'title': is required"
    assert str(three) == "item 'x', field 'title': is required (and 2 more problems)"
    assert str(ValidationError([Problem("a", "", "b")] * 2)) == "a: b (and 1 more problem)"


def _translate_calls():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue  # the GUI translates at run time too (a context in a variable); lupdate sees its tr() calls
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # the core imports `translate` by name (`text.translate(table)`, `canvas.translate(x, y)` are others')
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
                yield path, node


def test_every_translate_call_in_the_core_is_one_lupdate_can_collect():
    """lupdate reads the call's text: context and template must be plain literals, with no keyword argument
    (a keyword there makes it a plural) and at most the four arguments Qt's translate takes."""
    bad = []
    for path, call in _translate_calls():
        where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args[:2]]
        if len(call.args) < 2 or not all(literal) or call.keywords or len(call.args) > 4:
            bad.append(where)
    assert bad == []
