"""`library check`: integrity, foreign keys and the search index; damaged files give messages, not tracebacks."""

import sqlite3

from briefing_builder.library import Library


def test_healthy_library_passes_every_check(library):
    assert library.check() == []


def test_search_index_drift_is_found_and_repaired(library):
    # Change an item behind the library's back, as a crashed third-party tool might.
    library.conn.execute("UPDATE items SET title = 'zzqx changed' WHERE uid = 'summit2019-delegates'")
    library.conn.commit()
    problems = library.check()
    assert any(p.startswith("search index") for p in problems)
    library.rebuild_search_index()
    assert library.check() == []
    assert [i.uid for i in library.search("zzqx").items] == ["summit2019-delegates"]


def test_foreign_key_violations_are_reported(library):
    library.conn.execute("PRAGMA foreign_keys = OFF")
    library.conn.execute("INSERT INTO item_countries VALUES (1, 'XXX')")
    library.conn.commit()
    assert any("foreign key" in p for p in library.check())


def test_check_command_reports_ok_and_problems_with_exit_codes(run_cli, data_dir):
    ok = run_cli("library", "check")
    assert ok.exit_code == 0 and "OK" in ok.output
    conn = sqlite3.connect(data_dir / "library.sqlite")
    conn.execute("UPDATE items SET body = 'drifted' WHERE id = 2")
    conn.commit()
    conn.close()
    bad = run_cli("library", "check")
    assert bad.exit_code == 1 and "search index" in bad.output
    repaired = run_cli("library", "check", "--repair")
    assert repaired.exit_code == 0 and "after repair" in repaired.output


def test_corrupted_library_file_gives_a_one_line_error_not_a_traceback(run_cli, data_dir):
    path = data_dir / "library.sqlite"
    raw = bytearray(path.read_bytes())
    raw[0:16] = b"garbage garbage!"  # destroy the SQLite header
    path.write_bytes(bytes(raw))
    for command in (("library", "stats"), ("library", "check"), ("library", "search", "x")):
        result = run_cli(*command)
        assert result.exit_code == 1, command
        assert "Traceback" not in result.output
        assert str(path) in result.output and "Error:" in result.output


def test_truncated_library_file_is_reported_by_check(tmp_path, seeded_template):
    path = tmp_path / "library.sqlite"
    data = seeded_template.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    try:
        with Library.open(path) as lib:
            problems = lib.check()
    except Exception as exc:  # noqa: BLE001 - either outcome must be a clear library error
        from briefing_builder.errors import LibraryError

        assert isinstance(exc, (LibraryError, sqlite3.DatabaseError))
    else:
        assert problems


def test_backup_command_writes_a_consistent_copy(run_cli, data_dir):
    result = run_cli("library", "backup")
    assert result.exit_code == 0
    backups = list((data_dir / "backups").glob("library-*-manual.sqlite"))
    assert len(backups) == 1
    with Library.open(backups[0], create=False) as copy:
        assert copy.check() == [] and copy.stats().items >= 100
