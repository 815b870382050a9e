"""Where data lives: --data-dir, then BRIEFING_BUILDER_HOME, then portable mode, then configuration, then user."""

from pathlib import Path

from briefing_builder import paths
from briefing_builder.paths import resolve_data_location


def test_explicit_data_dir_wins(tmp_path):
    location = resolve_data_location(tmp_path / "x", configured=tmp_path / "cfg",
                                     environ={"BRIEFING_BUILDER_HOME": str(tmp_path / "env")})
    assert (location.folder, location.reason) == (tmp_path / "x", "--data-dir")
    assert location.library_path == tmp_path / "x" / "library.sqlite"


def test_environment_variable_comes_next(tmp_path):
    location = resolve_data_location(None, configured=tmp_path / "cfg",
                                     environ={"BRIEFING_BUILDER_HOME": str(tmp_path / "env")})
    assert (location.folder, location.reason) == (tmp_path / "env", "BRIEFING_BUILDER_HOME")


def test_portable_marker_keeps_data_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    (tmp_path / paths.PORTABLE_MARKER).write_text("")
    location = resolve_data_location(None, configured=tmp_path / "cfg", environ={})
    assert (location.folder, location.reason) == (tmp_path / "data", "portable")
    assert paths.user_config_dir() == tmp_path / "data"


def test_configured_folder_then_user_default(tmp_path, isolated_user_folders):
    assert resolve_data_location(None, configured=tmp_path / "cfg", environ={}).reason == "configuration"
    default = resolve_data_location(None, configured=None, environ={})
    assert default.reason == "user default"
    assert default.folder == isolated_user_folders / "data" / "briefing-builder"


def test_resources_are_found_from_source():
    assert paths.resource_path("fonts", "NotoSans-Regular.ttf").is_file()
    assert paths.resource_path("seed", "sources.toml").is_file()


def test_environment_variable_reaches_the_cli(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from briefing_builder.cli import cli

    monkeypatch.setenv("BRIEFING_BUILDER_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(cli, ["library", "init", "--empty"])
    assert result.exit_code == 0
    assert Path(tmp_path / "home" / "library.sqlite").exists()
