"""The command line: the documented commands, their output, and exit codes 0 / 1 / 2."""

import json

from click.testing import CliRunner

from briefing_builder.cli import cli


def test_init_then_stats_json_reports_the_seeded_library(tmp_path):
    runner = CliRunner()
    scratch = tmp_path / "scratch"
    init = runner.invoke(cli, ["--data-dir", str(scratch), "library", "init"])
    assert init.exit_code == 0 and "Created the library" in init.output
    again = runner.invoke(cli, ["library", "init", "--data-dir", str(scratch)])
    assert again.exit_code == 0 and "already exists" in again.output
    stats = json.loads(runner.invoke(cli, ["--data-dir", str(scratch), "library", "stats", "--json"]).output)
    assert stats["items"] >= 100 and stats["sources"] >= 50 and stats["countries"] == 249
    assert stats["au_members"] == 55 and stats["items_without_source"] == 0
    assert stats["data_folder_reason"] == "--data-dir"


def test_init_empty_creates_a_library_without_the_seed(tmp_path):
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "library", "init", "--empty"])
    assert result.exit_code == 0 and "0 items" in result.output


def test_search_finds_the_call_on_au_member_states(run_cli):
    result = run_cli("library", "search", "Malabo", "--limit", "50")
    assert result.exit_code == 0
    assert "AU Member States to reaffirm the Malabo Convention" in result.output
    data = json.loads(run_cli("library", "search", "Malabo", "--kind", "call", "--json").output)
    assert [i["uid"] for i in data["items"]] == ["communique2019-call-3-au"]


def test_search_accepts_hostile_text(run_cli):
    for query in ['"', "-", "a.b", "NOT", "(", "مرحبا", "😀"]:
        assert run_cli("library", "search", query).exit_code == 0


def test_search_takes_a_leading_dash_as_an_exclusion_not_an_option(run_cli):
    def uids(*args: str) -> set[str]:
        result = run_cli("library", "search", "--limit", "10000", "--json", *args)
        assert result.exit_code == 0, result.output
        return {item["uid"] for item in json.loads(result.output)["items"]}

    everything, malabo = uids(), uids("Malabo")
    assert len(malabo) == 10 and malabo < everything  # the seed's items naming Malabo
    for args in (["-Malabo"], ["--", "-Malabo"], ["--kind", "call", "-Malabo"], ["-hunger", "-Malabo"]):
        got = uids(*args)
        assert got and not got & malabo, args
    assert uids("-Malabo") == everything - malabo
    assert uids("Malabo", "-Convention") == uids("Malabo -Convention") < malabo
    assert run_cli("library", "search", "--limmit", "5").exit_code == 2  # a mistyped option is still an error


def test_show_prints_the_item_and_its_source(run_cli):
    result = run_cli("library", "show", "communique2019-call-3-au")
    assert result.exit_code == 0
    assert "para. 3" in result.output and "Communiqué of the Global Summit" in result.output
    data = json.loads(run_cli("library", "show", "communique2019-call-3-au", "--json").output)
    assert data["source"]["uid"] == "summit-communique-2019"


def test_add_edit_delete_round_trip(run_cli):
    added = json.loads(run_cli("library", "add", "--kind", "fact", "--title", "Hotline opened", "--body", "-",
                               "--source", "summit-report-2019", "--as-of", "2026-10", "--tag", "hotline",
                               "--country", "KE", "--json", input="Body from stdin").output)
    assert added["body"] == "Body from stdin" and added["countries"] == ["KEN"]
    edited = run_cli("library", "edit", str(added["id"]), "--title", "Hotline opened in Nairobi")
    assert edited.exit_code == 0 and "revision 2" in edited.output
    unchanged = run_cli("library", "edit", str(added["id"]), "--title", "Hotline opened in Nairobi")
    assert "Nothing changed" in unchanged.output
    assert run_cli("library", "delete", str(added["id"])).exit_code == 1  # no tty, no --yes
    assert run_cli("library", "delete", str(added["id"]), "--yes").exit_code == 0
    assert run_cli("library", "show", str(added["id"])).exit_code == 1


def test_user_errors_exit_1_with_one_line(run_cli):
    for args in (("library", "show", "999999"),
                 ("library", "add", "--kind", "fact", "--title", "x", "--source", "nope"),
                 ("library", "add", "--kind", "fact", "--title", "x", "--source", "summit-report-2019",
                  "--as-of", "tomorrow"),
                 ("library", "add", "--kind", "fact", "--title", "x", "--source", "summit-report-2019",
                  "--classification", "MADE UP"),
                 ("countries", "show", "Atlantis")):
        result = run_cli(*args)
        assert result.exit_code == 1, args
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.output


def test_usage_errors_exit_2(run_cli):
    assert run_cli("library", "frobnicate").exit_code == 2
    assert run_cli("library", "search", "--kind", "rumour").exit_code == 2
    assert run_cli("library", "add", "--title", "missing kind").exit_code == 2


def test_export_and_import_commands(run_cli, tmp_path):
    target = tmp_path / "export.json"
    assert run_cli("library", "export", str(target)).exit_code == 0
    other = tmp_path / "other"
    assert run_cli("library", "init", "--empty", data=other).exit_code == 0
    result = run_cli("library", "import", str(target), data=other)
    assert result.exit_code == 0 and "added" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"items": [{"uid": "a", "kind": "fact", "title": "t", "source": "x"}]}', encoding="utf-8")
    rejected = run_cli("library", "import", str(bad), data=other)
    assert rejected.exit_code == 1 and "items[0] ('a'), field 'source'" in rejected.output
    csv_target = tmp_path / "items.csv"
    assert run_cli("library", "export", str(csv_target)).exit_code == 0
    assert csv_target.read_text("utf-8").startswith("uid,kind,title")


def test_countries_list_and_show(run_cli):
    listing = run_cli("countries", "list", "--au", "--region", "central")
    assert listing.exit_code == 0 and "9 countries" in listing.output
    french = json.loads(run_cli("countries", "list", "--au", "--language", "fr", "--json").output)
    assert any(c["name"] == "Éthiopie" for c in french)
    show = run_cli("countries", "show", "ETH")
    assert "Malabo Convention" in show.output and "2023-06-08" in show.output
    data = json.loads(run_cli("countries", "show", "mrt", "--json").output)
    assert data["au_region"] == "northern"


def test_countries_add_status_and_note(run_cli):
    result = run_cli("countries", "add-status", "ETH", "--topic", "national-action-plan", "--status", "drafting",
                     "--source", "summit-report-2019", "--as-of", "2026-11")
    assert result.exit_code == 0
    assert "drafting" in run_cli("countries", "show", "ETH").output
    assert run_cli("countries", "note", "ETH", "Follow up in March").exit_code == 0


def test_sources_commands(run_cli):
    assert "summit-report-2019" in run_cli("sources", "list").output
    added = json.loads(run_cli("sources", "add", "--title", "Embassy report", "--date", "2026-11-01",
                               "--uid", "embassy-2026", "--json").output)
    assert added["uid"] == "embassy-2026"
    assert "cited 0 time" in run_cli("sources", "show", "embassy-2026").output


def test_version_is_printed(run_cli):
    from briefing_builder import __version__

    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output
