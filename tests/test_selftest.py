"""`briefing-builder --self-test`: passes on a good installation, fails loudly on a broken one."""

import socket

from click.testing import CliRunner

from briefing_builder import selftest
from briefing_builder.cli import cli


def test_self_test_passes_and_reports_every_check():
    result = CliRunner().invoke(cli, ["--self-test"])
    assert result.exit_code == 0, result.output
    for check in ("resources", "library", "search", "pack", "Word file", "PDF file", "sorting", "preview",
                  "offline"):
        assert f"ok    {check}" in result.output
    assert "fonts embedded" in result.output and result.output.rstrip().endswith("Self-test passed.")


def test_a_missing_resource_fails_the_self_test(monkeypatch, tmp_path):
    monkeypatch.setattr(selftest, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert any(line.startswith("  FAIL  resources") and "NotoSans-Regular.ttf" in line for line in lines)
    assert any("skipped: an earlier check failed" in line for line in lines)
    assert lines[-1] == "Self-test FAILED."


def test_a_connection_attempt_fails_the_self_test(monkeypatch):
    from briefing_builder.library import Library

    original = Library.search

    def search_then_phone_home(self, *args, **kwargs):
        try:
            socket.create_connection(("example.org", 443))
        except OSError:
            pass  # refused, but the attempt must still fail the check
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Library, "search", search_then_phone_home)
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert any(line.startswith("  FAIL  offline") and "example.org" in line for line in lines)


def test_the_network_is_back_after_the_self_test():
    saved = socket.socket.connect
    selftest.run_self_test(lambda _line: None)
    assert socket.socket.connect is saved


def test_qt_is_pointed_at_the_bundles_plugins_only_when_frozen(monkeypatch, tmp_path):
    from briefing_builder import qt_runtime

    monkeypatch.setattr(qt_runtime, "_prepared", False)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    qt_runtime.prepare_qt()  # from source: nothing to do
    assert "QT_PLUGIN_PATH" not in __import__("os").environ
    monkeypatch.setattr(qt_runtime, "is_frozen", lambda: True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    qt_runtime.prepare_qt()
    assert __import__("os").environ["QT_PLUGIN_PATH"] == str(tmp_path / "PySide6" / "Qt" / "plugins")
