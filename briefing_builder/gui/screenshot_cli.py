"""The command line the page screenshot scripts share: `python -m <script> [OUT] [--size WxH ...]`.

Each size is shot in a fresh process (a Qt application's screen size is fixed when it starts)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def shoot_each_size(module: str, description: str, shoot: Callable[[Path, str], int], sizes: Sequence[str],
                    argv: list[str] | None = None) -> int:
    """Parse `argv`; shoot one size here, or each size in its own `python -m module` process."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "docs" / "screenshots")
    parser.add_argument("--size", action="append", metavar="WxH")
    args = parser.parse_args(argv)
    chosen = args.size or list(sizes)
    if len(chosen) == 1:
        return shoot(args.out, chosen[0])
    for size in chosen:
        code = subprocess.call([sys.executable, "-m", module, str(args.out), "--size", size])
        if code:
            return code
    return 0
