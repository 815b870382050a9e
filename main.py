"""Start Briefing Builder: the desktop app with no arguments, the command line with arguments."""

import sys


def run() -> None:
    import multiprocessing

    multiprocessing.freeze_support()  # must come first in a bundle: export processes start this executable
    if len(sys.argv) > 1:
        from briefing_builder.cli import main as cli_main

        cli_main()
    else:
        from briefing_builder.syslibs import require_gui_libraries

        missing = require_gui_libraries()  # before Qt loads: a bare machine gets one line, not a traceback
        if missing:
            sys.exit(missing)
        from briefing_builder.gui.app import main as gui_main

        sys.exit(gui_main())


if __name__ == "__main__":
    run()
