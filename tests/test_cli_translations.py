"""The command line's translation commands: set, show, remove and list what is missing, errors in one line."""

import json


def test_translate_then_show_then_untranslate(run_cli):
    result = run_cli("library", "translate", "item", "summit2019-delegates", "--language", "sw",
                     "--title", "Zaidi ya wajumbe 400", "--translator", "Test editors", "--date", "2026-12-02")
    assert result.exit_code == 0 and "Saved the sw version" in result.output
    shown = json.loads(run_cli("library", "translations", "item", "summit2019-delegates", "--json").output)
    assert [v["language"] for v in shown] == ["ar", "fr", "pt", "sw"]
    assert shown[-1]["texts"] == [["title", "Zaidi ya wajumbe 400"]] and shown[-1]["provenance"] == "unofficial"
    assert "More than 400 delegates attended the summit" in run_cli("library", "search", "wajumbe").output
    again = run_cli("library", "translate", "item", "summit2019-delegates", "--language", "sw",
                    "--title", "Zaidi ya wajumbe 400", "--translator", "Test editors", "--date", "2026-12-02")
    assert "unchanged" in again.output
    assert run_cli("library", "untranslate", "item", "summit2019-delegates", "--language", "sw").exit_code == 0
    assert "sw" not in run_cli("library", "translations", "item", "summit2019-delegates").output


def test_missing_translations_lists_records_and_fields(run_cli):
    assert run_cli("library", "missing-translations", "--language", "fr").output.strip().endswith(
        "0 records with text missing in fr.")
    rows = json.loads(run_cli("library", "missing-translations", "--language", "sw", "--record", "source",
                              "--json").output)
    assert rows and {r["record"] for r in rows} == {"source"} and all(r["fields"] for r in rows)


def test_a_bad_version_is_refused_in_one_line_naming_record_and_field(run_cli):
    result = run_cli("library", "translate", "item", "summit2019-delegates", "--language", "sw", "--title", "x")
    assert result.exit_code == 1
    assert "item 'summit2019-delegates' translation sw, field 'translator'" in result.output
    # one line per problem, each naming the record and the field (the CLI prints every problem)
    lines = result.output.strip().splitlines()
    assert "Traceback" not in result.output and lines and all(line.startswith("Error: ") for line in lines)
    official = run_cli("library", "translate", "source", "acrwc-text", "--language", "es", "--official",
                       "--title", "Carta Africana sobre los Derechos y el Bienestar del Niño")
    assert official.exit_code == 0
    missing = run_cli("library", "translate", "item", "nowhere", "--language", "sw", "--title", "x",
                      "--translator", "T", "--date", "2026")
    assert missing.exit_code == 1 and "nowhere" in missing.output
