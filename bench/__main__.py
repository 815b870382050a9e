"""Run the benchmarks: `python -m bench` (all) or `python -m bench library packs ...`."""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> None:
    names = argv or ["library", "packs", "gui", "bundle"]
    for name in names:
        start = time.perf_counter()
        if name == "library":
            from .library_bench import run
        elif name == "packs":
            from .packs_bench import run  # type: ignore[no-redef]
        elif name == "gui":
            from .gui_bench import run  # type: ignore[no-redef]
        elif name == "brief":
            from .brief_bench import run  # type: ignore[no-redef]
        elif name == "bundle":
            from .bundle_bench import run  # type: ignore[no-redef]
        else:
            raise SystemExit(f"unknown benchmark {name!r}; choose from library, packs, brief, gui, bundle")
        print(f"\n=== {name} ===")
        run()
        print(f"({name}: {time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
    # The GUI benchmark creates and destroys several windows in this one process; PySide's objects can then
    # crash the interpreter's final clean-up (the app itself, one window per process, exits cleanly). Every
    # figure is printed by now, so leave without that clean-up.
    sys.stdout.flush()
    os._exit(0)
