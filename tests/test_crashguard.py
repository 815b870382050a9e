"""No crash, ever: the refcount fault cannot abort the app, a crash in the field leaves a log, the soak runs clean."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HERE = Path(__file__).parent

# Signal emits and void calls: on PySide6 6.12.0 each one loses a reference to True or None (see crashguard).
EMITS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if sys.argv[1] == "guarded":
        from briefing_builder.crashguard import keep_singletons_alive
        assert keep_singletons_alive()
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    class Relay(QObject):
        done = Signal(int, object)
    relay, label = Relay(), QLabel()
    relay.done.connect(lambda number, result: None)
    for number in range(200_000):
        relay.done.emit(number, None)
        label.setText("x")
    print("clean")
""")


def _python(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-X", "faulthandler", *args], capture_output=True, text=True,
                          timeout=kwargs.pop("timeout", 120), **kwargs)


def test_keep_singletons_alive_puts_none_true_and_false_out_of_reach_of_lost_references():
    result = _python("-c", "import sys; from briefing_builder.crashguard import keep_singletons_alive as k; "
                           "print(k(), k(), min(sys.getrefcount(o) for o in (None, True, False)))")
    applied, again, lowest = result.stdout.split()
    if sys.version_info >= (3, 12):  # immortal already: nothing to do
        assert applied == again == "False"
    else:
        assert applied == again == "True" and int(lowest) > 2**60, result.stdout


def test_signals_and_void_calls_by_the_hundred_thousand_do_not_abort_a_guarded_process():
    result = _python("-c", EMITS, "guarded")
    assert result.returncode == 0 and result.stdout.strip() == "clean", result.stderr[-2000:]
    assert "Fatal Python error" not in result.stderr


def test_the_app_sets_up_its_crash_log_in_the_data_folder_owner_only(data_dir):
    env = {**os.environ, "BRIEFING_BUILDER_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = _python("-c", "import sys; from briefing_builder.gui.app import main; sys.exit(main(sys.argv[1]))",
                     str(data_dir), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    log = data_dir / "logs" / "crash.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert "briefing-builder" in log.read_text("utf-8") and "pid " in log.read_text("utf-8")


def test_a_fatal_error_leaves_the_stacks_of_every_thread_in_the_crash_log(tmp_path):
    script = textwrap.dedent("""
        import faulthandler, sys, threading, time
        from briefing_builder.crashguard import enable_crash_log
        enable_crash_log(sys.argv[1])
        def export_worker():
            time.sleep(60)
        threading.Thread(target=export_worker, name="export-worker", daemon=True).start()
        time.sleep(0.2)
        faulthandler._sigsegv()
    """)
    result = _python("-c", script, str(tmp_path))
    assert result.returncode != 0
    text = (tmp_path / "logs" / "crash.log").read_text("utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "export_worker" in text and "most recent call first" in text


def test_an_unhandled_exception_is_logged_too_and_an_old_loose_log_is_made_private(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    (logs / "crash.log").write_text("an older session\n", encoding="utf-8")
    os.chmod(logs / "crash.log", 0o644)
    script = ("import sys; from briefing_builder.crashguard import enable_crash_log; "
              "enable_crash_log(sys.argv[1], capture_stderr=False); "
              "raise ValueError('pack 7, field recipient: placeholder')")
    result = _python("-c", script, str(tmp_path))
    assert result.returncode == 1 and "ValueError" in result.stderr  # still shown as before
    text = (logs / "crash.log").read_text("utf-8")
    assert text.startswith("an older session\n") and "ValueError: pack 7, field recipient: placeholder" in text
    assert stat.S_IMODE((logs / "crash.log").stat().st_mode) == 0o600 and stat.S_IMODE(logs.stat().st_mode) == 0o700


def test_without_a_terminal_a_fatal_python_error_s_own_message_reaches_the_log(tmp_path):
    # CPython prints "Fatal Python error: ..." to stderr and turns faulthandler off before aborting: the
    # message of the field crash (bool_dealloc) reaches the log only because stderr is captured.
    script = ("import ctypes, sys; from briefing_builder.crashguard import enable_crash_log; "
              "enable_crash_log(sys.argv[1]); print('Qt warning', file=sys.stderr); "
              "ctypes.pythonapi.Py_FatalError(b'placeholder refcount error')")
    result = _python("-c", script, str(tmp_path))  # stderr is a pipe, as for an app started from a menu
    assert result.returncode != 0 and result.stderr == ""
    text = (tmp_path / "logs" / "crash.log").read_text("utf-8")
    assert "Qt warning" in text and "Fatal Python error: placeholder refcount error" in text
    assert "most recent call first" in text


def test_the_crash_log_is_cut_back_when_it_grows_past_its_limit(tmp_path):
    from briefing_builder import crashguard

    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "crash.log").write_bytes(b"old line\n" * (crashguard.LOG_LIMIT // 9 + 10))
    _python("-c", "import sys; from briefing_builder.crashguard import enable_crash_log; enable_crash_log(sys.argv[1])",
            str(tmp_path))
    data = (logs / "crash.log").read_bytes()
    assert len(data) <= crashguard.LOG_KEEP + 200 and data.startswith(b"old line\n")
    assert b"briefing-builder" in data.splitlines()[-1]


def _soak(data_dir: Path, tmp_path: Path, cycles: int, *flags: str) -> subprocess.CompletedProcess:
    out = tmp_path / "soak-out"
    out.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-X", "dev", str(HERE / "soak_app.py"), str(data_dir), str(out),
                           str(cycles), *flags], capture_output=True, text=True, env=env, timeout=2400)


@pytest.mark.slow
def test_soak_hundreds_of_previews_exports_page_switches_and_quits_run_clean(data_dir, tmp_path):
    from briefing_builder.output_set import recover

    runs = [_soak(data_dir, tmp_path, 60), _soak(data_dir, tmp_path, 6, "--quit-busy"),
            _soak(data_dir, tmp_path, 2, "--quit-busy", "--slow-export")]
    for run in runs:
        assert run.returncode == 0 and "Fatal Python error" not in run.stderr, run.stderr[-3000:]
    figures = [json.loads(run.stdout.strip().splitlines()[-1]) for run in runs]
    assert all(f["guarded"] for f in figures) or sys.version_info >= (3, 12)
    assert sum(f["previews"] for f in figures) >= 130 and sum(f["exports"] for f in figures) >= 33
    assert sum(f["page switches"] for f in figures) >= 200
    log = (data_dir / "logs" / "crash.log").read_text("utf-8")
    assert log.count("--- ") == 3 and "Fatal Python error" not in log and "Traceback" not in log
    # The export cut short by the last quit left its temporaries only: recovering finds no half set.
    out = tmp_path / "soak-out"
    recover(out)
    names = {p.name for p in out.iterdir()}
    assert not any(name.startswith(".") for name in names)
    for stem in {name.split(".")[0] for name in names}:  # every pack there is complete
        assert {f"{stem}.docx", f"{stem}.pdf", f"{stem}.manifest.json"} <= names, stem
    print(figures)
