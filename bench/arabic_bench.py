"""Arabic PDF benchmark: the ministerial pack for Ethiopia from the seed library, rendered to PDF 20 times in each
language, median and spread, in CPU seconds of this process (wall time on a shared machine is mostly the other
processes). `python -m bench.arabic_bench` (run it in two checkouts to compare them).

Shaping (HarfBuzz), bidi levels and the per-run drawing of right-to-left lines cost more than left-to-right
text; this measures how much, on a real pack.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 20


def run(runs: int = RUNS, languages: tuple[str, ...] = ("en", "fr", "ar")) -> None:
    from briefing_builder.library.library import Library
    from briefing_builder.pack.assemble import assemble
    from briefing_builder.pack.spec import PackSpec
    from briefing_builder.render import pdf

    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "library.sqlite") as library:
        print(f"{'language':<10}{'first s':>10}{'median s':>10}{'min s':>10}{'max s':>10}{'pages':>7}")
        for language in languages:
            spec = PackSpec(template="ministerial-summit", country="ETH", recipient="Hon. A. Minister",
                            office="Ministry", event="Summit", date="2026-12-01", classification="RESTRICTED",
                            language=language)
            pack = assemble(library, spec)
            start = time.process_time()
            pdf.render_bytes(pack)  # the first build fills the caches (fonts, shaping), as in a running app
            first = time.process_time() - start
            times = []
            for _ in range(runs):
                start = time.process_time()
                data, _pages = pdf.render_bytes(pack)
                times.append(time.process_time() - start)
            pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
            print(f"{language:<10}{first:>10.3f}{statistics.median(times):>10.3f}{min(times):>10.3f}{max(times):>10.3f}"
                  f"{pages:>7}")


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
