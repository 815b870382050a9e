"""The core's messages shown in the interface language (gui/core_text.py): translated through the app's
catalogues with their values, counts and lists; English where the interface is English."""

from __future__ import annotations

import pytest

from briefing_builder.errors import Problem, ValidationError
from briefing_builder.gui import core_text
from briefing_builder.messages import translate


def test_a_problem_reads_in_the_interface_language_with_its_values(interface):
    problem = Problem("item 'x'", "title", "is required")
    interface("fr")
    assert core_text.text(problem) == "item 'x', champ « title » : is required"
    interface("ar")  # starting with a Latin word, it starts with a right-to-left mark: it reads right to left
    assert core_text.text(problem) == "\u200fitem 'x'، الحقل «title»: is required"
    interface("en")
    assert core_text.text(problem) == str(problem)


def test_a_validation_error_counts_its_other_problems_in_the_language(interface):
    problems = [Problem("a", "", "b")] * 3
    interface("fr")
    assert core_text.text(ValidationError(problems)) == "a : b (et 2 autres problèmes)"
    assert core_text.text(ValidationError(problems[:2])) == "a : b (et 1 autre problème)"
    interface("en")
    assert core_text.text(ValidationError(problems[:2])) == "a: b (and 1 more problem)"


def test_lists_join_as_the_language_joins_them_and_plain_text_passes_through(interface):
    message = translate("Problem", "{where}: {message}").format(where=("A", "B", "C"), message="m")
    interface("fr")
    assert core_text.text(message) == "A, B et C : m"
    assert core_text.text("plain") == "plain"
    assert core_text.text(ValueError(message)) == "A, B et C : m"
    assert core_text.text(ValueError("other")) == "other"


def test_a_date_in_a_message_is_written_as_the_interface_language_writes_dates(interface):
    from briefing_builder.messages import IsoDate

    message = translate("PackWarning", "“{title}” was due for review on {date}; check it is still true.").format(
        title="T", date=IsoDate("2021-02-28"))
    assert message == "“T” was due for review on 2021-02-28; check it is still true."  # the CLI and manifests: ISO
    interface("fr")
    assert core_text.text(message) == "« T » devait être revu le 28 février 2021 ; vérifiez qu’il est toujours exact."
    interface("pt")
    assert "28 de fevereiro de 2021" in core_text.text(message)


def test_an_unexpected_error_is_put_into_words_in_the_interface_language(interface):
    interface("fr")
    shown = core_text.error_text(KeyError("x"))
    assert shown.startswith("Une erreur inattendue s’est produite (KeyError: 'x')") and "Rien n’a été modifié" in shown
    interface("en")
    assert core_text.error_text(KeyError("x")).startswith("Something unexpected went wrong")


def test_a_refused_input_keeps_its_problems_through_a_worker_process_pipe(interface):
    import pickle

    error = ValidationError([Problem("item", "title", "is required"), Problem("item", "body", "is too long")])
    back = pickle.loads(pickle.dumps(error))
    assert [str(p) for p in back.problems] == [str(p) for p in error.problems] and str(back) == str(error)


def test_an_export_process_failure_reaches_the_window_translatable(interface):
    """The child process sends `user_message(exc)`: a Message survives the pipe, so the GUI can translate it."""
    import pickle

    from briefing_builder.errors import BuildError, user_message

    sent = pickle.loads(pickle.dumps(user_message(BuildError(translate("Errors", "Cancelled.")))))
    interface("pt")
    assert core_text.text(sent) == "Cancelado."


def test_a_configuration_mistake_reads_in_the_interface_language(interface, tmp_path):
    from briefing_builder.errors import ConfigError
    from briefing_builder.settings import check_file

    config = tmp_path / "config.toml"
    config.write_text('[library]\nread_only = "yes"\n[output]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        check_file(config)
    assert str(caught.value) == f"In {config}: setting 'library.read_only' must be true or false."
    interface("fr")
    assert core_text.error_text(caught.value) == (
        f"Dans {config} : le paramètre « library.read_only » doit valoir true ou false.")
    interface("ar")
    assert core_text.error_text(caught.value) == f"في {config}: الإعداد «library.read_only» يجب أن يكون true أو false."


def test_an_arabic_message_that_starts_with_a_latin_value_still_reads_right_to_left(interface):
    refusal = translate("Validation", "{code} is not an ISO 3166 country code").format(code="XXX")
    interface("ar")
    shown = core_text.text(refusal)
    assert shown.startswith("\u200fXXX ") and "ISO 3166" in shown
    assert core_text.text(translate("Problem", "{where}: {message}").format(where="مكان", message="x")) \
        .startswith("مكان")  # already right to left: nothing added
    interface("fr")
    assert core_text.text(refusal).startswith("XXX ")
