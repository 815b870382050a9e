"""Central configuration: system file, beside-the-executable file, the user's own file, the environment."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing_builder import paths
from briefing_builder.cli import cli
from briefing_builder.errors import ConfigError
from briefing_builder.settings import DEFAULT_MARKINGS, load_settings, save_user_settings


@pytest.fixture
def layers(tmp_path):
    system, beside, user = tmp_path / "system", tmp_path / "app", tmp_path / "user"
    for folder in (system, beside, user):
        folder.mkdir()
    return system, beside, user


def _load(layers):
    system, beside, user = layers
    return load_settings(app_dir=beside, system_dirs=[system], user_dir=user)


def test_defaults_without_any_file(layers):
    settings = _load(layers)
    assert settings.allowed_markings == DEFAULT_MARKINGS and settings.paper == "a4"
    assert settings.files == () and not settings.read_only


def test_each_layer_overrides_the_one_below(layers):
    system, beside, user = layers
    (system / "config.toml").write_text('[organisation]\nname = "System Ministry"\n[output]\npaper = "letter"\n'
                                        '[library]\nread_only = true\n', encoding="utf-8")
    (beside / "briefing-builder.toml").write_text('[organisation]\nname = "Embassy on a USB stick"\n', encoding="utf-8")
    settings = _load(layers)
    assert settings.organisation_name == "Embassy on a USB stick" and settings.paper == "letter" and settings.read_only
    (user / "settings.toml").write_text('[organisation]\nname = "My own office"\n', encoding="utf-8")
    settings = _load(layers)
    assert settings.organisation_name == "My own office"
    assert settings.origins["organisation.name"].endswith("settings.toml")
    assert settings.origins["output.paper"].endswith("config.toml")


def test_locked_settings_ignore_the_users_value(layers):
    system, _beside, user = layers
    (system / "config.toml").write_text('[organisation]\nname = "Ministry"\n[policy]\nlocked = ["organisation.name"]\n',
                                        encoding="utf-8")
    (user / "settings.toml").write_text('[organisation]\nname = "Rogue"\n', encoding="utf-8")
    settings = _load(layers)
    assert settings.organisation_name == "Ministry" and settings.ignored == ("organisation.name",)
    assert not settings.may_user_set("organisation.name")
    with pytest.raises(ConfigError, match="set by your organisation"):
        save_user_settings(settings, {"organisation.name": "Another"})


def test_it_only_settings_in_the_users_file_are_refused(layers):
    _system, _beside, user = layers
    (user / "settings.toml").write_text('[library]\nread_only = false\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.toml.*'library.read_only'.*only be set by IT"):
        _load(layers)


@pytest.mark.parametrize("content,message", [
    ("[organisation\nname = 1", "is not valid TOML"),
    ('[organisation]\nnmae = "x"\n', "unknown setting 'organisation.nmae'"),
    ('[output]\npaper = "A3"\n', "setting 'output.paper' must be one of"),
    ('[library]\nread_only = "yes"\n', "setting 'library.read_only' must be true or false"),
    ('[classification]\nallowed = []\n', "setting 'classification.allowed' must be a non-empty list"),
    ('[classification]\nallowed = ["OFFICIAL"]\n', "'classification.default' is 'RESTRICTED'"),
    ('organisation = "x"\n', "'organisation' must be a [section]"),
    ('[policy]\nlocked = ["nope.nope"]\n', "unknown setting 'nope.nope'"),
])
def test_a_malformed_file_is_refused_naming_the_file_and_setting(layers, content, message):
    system, _beside, _user = layers
    (system / "config.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        _load(layers)
    assert str(system / "config.toml") in str(caught.value) or "built-in" in str(caught.value)
    assert message in str(caught.value)


def test_relative_paths_are_relative_to_their_file(layers):
    _system, beside, _user = layers
    (beside / "briefing-builder.toml").write_text('[organisation]\nlogo = "logo.png"\n[library]\n'
                                                  'data_folder = "shared-data"\n', encoding="utf-8")
    settings = _load(layers)
    assert settings.organisation_logo == beside / "logo.png" and settings.data_folder == beside / "shared-data"


def test_user_settings_are_saved_and_read_back(layers):
    settings = save_user_settings(_load(layers), {"organisation.name": "Office of the Minister",
                                                  "output.paper": "letter"})
    assert (settings.organisation_name, settings.paper) == ("Office of the Minister", "letter")
    assert 'name = "Office of the Minister"' in (layers[2] / "settings.toml").read_text("utf-8")


def test_configured_data_folder_yields_to_the_environment(layers, monkeypatch, tmp_path):
    _system, beside, _user = layers
    (beside / "briefing-builder.toml").write_text('[library]\ndata_folder = "/srv/briefing"\n', encoding="utf-8")
    settings = _load(layers)
    assert paths.resolve_data_location(None, settings.data_folder, environ={}).folder == Path("/srv/briefing")
    env = {"BRIEFING_BUILDER_HOME": str(tmp_path / "env")}
    assert paths.resolve_data_location(None, settings.data_folder, environ=env).reason == "BRIEFING_BUILDER_HOME"


def test_portable_mode_keeps_data_and_settings_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    location = paths.resolve_data_location(None, Path("/srv/ignored"), environ={})
    assert location.folder == tmp_path / "data" and location.reason == "portable"
    result = CliRunner().invoke(cli, ["library", "init", "--empty"])
    assert result.exit_code == 0 and (tmp_path / "data" / "library.sqlite").exists()
    settings = save_user_settings(load_settings(app_dir=tmp_path), {"organisation.name": "USB"})
    assert (tmp_path / "data" / "settings.toml").exists() and settings.organisation_name == "USB"


def test_the_cli_reports_a_malformed_configuration_in_one_line(isolated_user_folders, tmp_path):
    (isolated_user_folders / "etc").mkdir(exist_ok=True)
    (isolated_user_folders / "etc" / "config.toml").write_text('[output]\npaper = "A3"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "library", "stats"])
    assert result.exit_code == 1
    assert "config.toml" in result.output and "output.paper" in result.output and "Traceback" not in result.output


def test_a_read_only_deployment_refuses_edits_from_the_cli(isolated_user_folders, tmp_path):
    (isolated_user_folders / "etc").mkdir(exist_ok=True)
    (isolated_user_folders / "etc" / "config.toml").write_text("[library]\nread_only = true\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--data-dir", str(tmp_path), "library", "init"]).exit_code == 0
    result = runner.invoke(cli, ["--data-dir", str(tmp_path), "library", "add", "--kind", "fact", "--title", "x",
                                 "--source", "summit-report-2019"])
    assert result.exit_code == 1 and "read-only" in result.output



def test_the_example_file_shipped_for_it_is_valid(layers):
    example = Path(__file__).parent.parent / "packaging" / "briefing-builder.example.toml"
    _system, beside, _user = layers
    (beside / "briefing-builder.toml").write_text(example.read_text("utf-8"), encoding="utf-8")
    settings = _load(layers)
    assert settings.organisation_name.startswith("Ministry") and "SECRET" in settings.allowed_markings
    assert "organisation.name" in settings.locked


def test_config_show_names_the_file_each_setting_comes_from(isolated_user_folders, tmp_path):
    (isolated_user_folders / "etc").mkdir(exist_ok=True)
    system_file = isolated_user_folders / "etc" / "config.toml"
    system_file.write_text('[output]\npaper = "letter"\n[policy]\nlocked = ["output.paper"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "config", "show", "--json"])
    assert result.exit_code == 0, result.output
    import json

    shown = json.loads(result.output)
    assert shown["settings"]["output.paper"] == {"value": "letter", "from": str(system_file)}
    assert shown["settings"]["output.language"]["from"] == "default"
    assert shown["data_folder_reason"] == "--data-dir" and shown["locked"] == ["output.paper"]
    text = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "config", "show"]).output
    assert "output.paper" in text and "[locked]" in text and str(system_file) in text


def test_config_check_refuses_a_bad_file_naming_file_and_setting(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text('[classification]\nallowed = []\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["config", "check", str(bad)])
    assert result.exit_code == 1 and str(bad) in result.output and "classification.allowed" in result.output
    user = tmp_path / "settings.toml"
    user.write_text('[library]\nread_only = false\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["config", "check", str(user)]).exit_code == 0
    result = CliRunner().invoke(cli, ["config", "check", "--user", str(user)])
    assert result.exit_code == 1 and "library.read_only" in result.output and "only be set by IT" in result.output


# --- the interface language (issue 11)
def test_the_interface_language_follows_the_system_unless_set(layers):
    assert _load(layers).interface_language is None  # the GUI then asks the system locale (gui/i18n.py)
    system, _beside, user = layers
    (user / "settings.toml").write_text('[interface]\nlanguage = "pt"\n', encoding="utf-8")
    settings = _load(layers)
    assert settings.interface_language == "pt" and settings.origins["interface.language"].endswith("settings.toml")


def test_the_environment_sets_the_interface_language_over_every_file(layers, monkeypatch):
    system, _beside, user = layers
    (system / "config.toml").write_text('[interface]\nlanguage = "fr"\n', encoding="utf-8")
    (user / "settings.toml").write_text('[interface]\nlanguage = "pt"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", "ar")
    settings = _load(layers)
    assert settings.interface_language == "ar" and settings.origins["interface.language"] == "BRIEFING_BUILDER_LANGUAGE"


@pytest.mark.parametrize("value", ["de", "French", "fr_FR"])
def test_an_unknown_interface_language_is_refused_naming_where_it_came_from(layers, monkeypatch, value):
    monkeypatch.setenv("BRIEFING_BUILDER_LANGUAGE", value)
    with pytest.raises(ConfigError, match="BRIEFING_BUILDER_LANGUAGE must be one of 'en', 'fr', 'pt', 'ar'"):
        _load(layers)
    monkeypatch.delenv("BRIEFING_BUILDER_LANGUAGE")
    _system, _beside, user = layers
    (user / "settings.toml").write_text(f'[interface]\nlanguage = "{value}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"settings.toml: setting 'interface.language' must be one of"):
        _load(layers)


def test_choosing_the_system_language_again_removes_the_user_s_choice(layers):
    settings = save_user_settings(_load(layers), {"interface.language": "fr"})
    assert settings.interface_language == "fr"
    settings = save_user_settings(settings, {"interface.language": None})
    assert settings.interface_language is None and "interface" not in settings.user_file.read_text("utf-8")
