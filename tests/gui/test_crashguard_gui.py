"""The app's window starts with the refcount guard on (see briefing_builder.crashguard)."""

import sys


def test_the_app_window_is_guarded_against_lost_references_to_none_and_true(app_window):
    if sys.version_info < (3, 12):  # 3.12+: the singletons are immortal by themselves
        assert min(sys.getrefcount(obj) for obj in (None, True, False)) > 2**60
