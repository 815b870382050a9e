"""A bare machine gets one line naming the packages to install, before Qt loads; the command line keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from briefing_builder import selftest, syslibs
from briefing_builder.cli import cli

ROOT = Path(__file__).resolve().parent.parent

# Run main.py in a fresh interpreter where libGL.so.1 "cannot be loaded", then report whether Qt was imported.
BARE_MACHINE = """
import atexit, sys
sys.path.insert(0, {root!r})
import briefing_builder.syslibs as syslibs
syslibs.can_load = lambda soname: soname != "libGL.so.1"
atexit.register(lambda: print("qt-loaded" if any(m.startswith("PySide6") for m in sys.modules) else "qt-not-loaded"))
sys.argv = ["briefing-builder", *{args!r}]
import main
main.run()
"""


def run_on_bare_machine(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", BARE_MACHINE.format(root=str(ROOT), args=list(args))],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_app_on_a_machine_without_libgl_prints_one_line_and_exits_3_before_qt_loads(tmp_path):
    result = run_on_bare_machine(tmp_path=tmp_path)
    assert result.returncode == syslibs.EXIT_MISSING_LIBRARIES == 3
    assert result.stderr.strip().splitlines() == [
        "Briefing Builder cannot open its window: this system lacks libGL.so.1. Install with: sudo apt-get "
        "install libgl1 (the command line works without them: briefing-builder --help)."]
    assert "Traceback" not in result.stderr
    assert result.stdout.strip() == "qt-not-loaded"


def test_the_command_line_works_without_the_window_libraries(tmp_path):
    version = run_on_bare_machine("--version", tmp_path=tmp_path)
    assert version.returncode == 0 and "briefing-builder, version" in version.stdout
    init = run_on_bare_machine("library", "init", "--data-dir", str(tmp_path / "lib"), tmp_path=tmp_path)
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "lib" / "library.sqlite").stat().st_size > 0
    assert init.stdout.strip().splitlines()[-1] == "qt-not-loaded"


def test_the_gui_command_refuses_the_same_way(monkeypatch):
    monkeypatch.setattr(syslibs, "can_load", lambda soname: soname not in ("libEGL.so.1", "libxcb.so.1"))
    monkeypatch.setattr(syslibs.shutil, "which", lambda _tool: None)
    result = CliRunner().invoke(cli, ["gui"])
    assert result.exit_code == 3
    assert "sudo apt-get install libegl1 libxcb1 " in result.output  # CliRunner mixes stderr into output


def test_every_missing_package_is_named_once_in_the_line():
    missing = [syslibs.SystemLibrary("libGL.so.1", "libgl1"), syslibs.SystemLibrary("libGLX.so.0", "libgl1"),
               syslibs.SystemLibrary("libEGL.so.1", "libegl1")]
    line = syslibs.missing_message(missing)
    assert "\n" not in line
    assert "lacks libGL.so.1, libGLX.so.0, libEGL.so.1." in line
    assert "sudo apt-get install libgl1 libegl1 (" in line


def test_the_loader_finds_real_libraries_and_not_invented_ones():
    assert syslibs.can_load("libc.so.6")
    assert not syslibs.can_load("libbriefing-builder-does-not-exist.so.7")
    assert syslibs.missing_gui_libraries(load=lambda _soname: True) == []
    assert [lib.package for lib in syslibs.missing_gui_libraries(load=lambda _soname: False)] == [
        "libgl1", "libegl1", "libxcb1"]


def test_nothing_is_reported_missing_off_linux(monkeypatch):
    monkeypatch.setattr(syslibs.sys, "platform", "win32")
    assert syslibs.missing_gui_libraries(load=lambda _soname: False) == []


def test_a_desktop_notification_is_shown_where_notify_send_and_a_session_exist(monkeypatch):
    calls = []
    monkeypatch.setattr(syslibs.shutil, "which", lambda tool: "/usr/bin/notify-send" if tool == "notify-send" else None)
    monkeypatch.setenv("DISPLAY", ":0")
    assert syslibs.notify("install libgl1", run=lambda args, **_kw: calls.append(args))
    assert calls and calls[0][0] == "/usr/bin/notify-send" and calls[0][-1] == "install libgl1"


def test_no_notification_without_the_tool_or_a_session(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    calls = []
    monkeypatch.setattr(syslibs.shutil, "which", lambda _tool: "/usr/bin/notify-send")
    assert not syslibs.notify("x", run=lambda args, **_kw: calls.append(args))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(syslibs.shutil, "which", lambda _tool: None)
    assert not syslibs.notify("x", run=lambda args, **_kw: calls.append(args))
    assert calls == []


def test_a_failing_notification_tool_does_not_stop_the_message(monkeypatch):
    monkeypatch.setattr(syslibs.shutil, "which", lambda _tool: "/usr/bin/notify-send")
    monkeypatch.setenv("DISPLAY", ":0")

    def broken(*_args, **_kwargs):
        raise subprocess.TimeoutExpired("notify-send", 5)

    assert not syslibs.notify("x", run=broken)
    lines = []
    missing = [syslibs.SystemLibrary("libGL.so.1", "libgl1")]
    assert syslibs.require_gui_libraries(lines.append, missing=lambda: missing) == 3
    assert len(lines) == 1


def test_the_self_test_reports_missing_window_libraries_apart_from_its_other_checks(monkeypatch):
    monkeypatch.setattr(selftest, "missing_gui_libraries",
                        lambda: [syslibs.SystemLibrary("libGL.so.1", "libgl1")])
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 3
    for check in ("resources", "library", "search", "pack", "Word file", "PDF file", "sorting", "offline"):
        assert any(line.startswith(f"  ok    {check}") for line in lines), lines
    assert any(line.startswith("  skip  preview") for line in lines)
    assert "System libraries the window needs:" in lines
    assert "  MISSING libGL.so.1" in lines
    assert lines[-1] == "Self-test passed for the command line; the window needs: sudo apt-get install libgl1"


def test_the_library_check_imports_no_qt():
    code = ("import sys; import briefing_builder.syslibs as s; s.missing_gui_libraries(); "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
