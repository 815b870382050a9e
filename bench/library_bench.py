"""Library benchmark: import 100,000 synthetic items, then time searches as typed in a search box.

Targets on this machine class (2 cores): import of 100,000 items <= 10 s; whole-word queries p95 <= 5 ms;
the search-box query for any prefix p95 <= 20 ms.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
from pathlib import Path

from briefing_builder.library import Library, SearchFilters
from briefing_builder.library.io import import_file

from .common import latency_ms, print_table, timed

KINDS = ["fact", "excerpt", "commitment", "call", "next_step", "talking_point", "background"]
AU = ["ETH", "KEN", "NGA", "ZAF", "EGY", "GHA", "SEN", "RWA", "MAR", "TUN", "MRT", "BEN", "CIV", "ZMB", "UGA"]


def vocabulary(rng: random.Random, size: int = 6_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 11))))
    return sorted(words)


def synthetic_document(count: int, seed: int = 7) -> tuple[dict, list[str], list[float]]:
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf-like: a few words are very common
    tags = [f"tag{n}" for n in range(60)]

    def text(n: int) -> str:
        return " ".join(rng.choices(words, weights, k=n))

    items = []
    for n in range(count):
        items.append({
            "uid": f"syn-{n}", "kind": rng.choice(KINDS), "title": text(rng.randint(4, 11)).capitalize(),
            "body": text(rng.randint(30, 110)) + ".", "source": f"syn-src-{n % 200}",
            "as_of": f"20{rng.randint(10, 26):02d}-{rng.randint(1, 12):02d}",
            "review_by": f"20{rng.randint(20, 29):02d}-06-30" if rng.random() < 0.3 else None,
            "tags": sorted(rng.sample(tags, rng.randint(0, 3))), "frameworks": rng.sample(["mnr", "gsr", "gta-2019"], 1),
            "countries": sorted(rng.sample(AU, rng.randint(0, 2))), "language": "en",
        })
    sources = [{"uid": f"syn-src-{n}", "title": f"Synthetic source {n}"} for n in range(200)]
    return {"sources": sources, "items": items}, words, weights


def run(count: int = 100_000, queries: int = 300, import_runs: int = 3) -> dict:
    rng = random.Random(11)
    document, words, weights = synthetic_document(count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        del document
        import_times = []
        for attempt in range(import_runs):  # each into a new, empty library; the median is reported
            target = Path(folder) / f"library-{attempt}.sqlite"
            lib = Library.open(target, seed=False)
            seconds, report = timed(lambda: import_file(lib, path))
            assert report.added == count
            import_times.append(seconds)
            if attempt < import_runs - 1:
                lib.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
        import_seconds = statistics.median(import_times)
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = target.stat().st_size / 1e6

        sampled = rng.choices(words, weights, k=queries)  # realistic: users type common words more often
        uniform = rng.choices(words, k=queries)
        two_words = [f"{a} {b}" for a, b in zip(sampled, rng.choices(words, weights, k=queries))]
        prefix2 = [w[:2] for w in rng.choices(words, weights, k=queries)]
        prefix3 = [w[:3] for w in rng.choices(words, weights, k=queries)]
        typing = [w[:rng.randint(4, len(w))] for w in rng.choices(words, weights, k=queries) if len(w) >= 4]

        def word(q: str) -> object:
            return lib.search(q, limit=50, count_cap=1_000)

        def box(q: str) -> object:  # what the GUI's search box runs on every debounced keystroke
            return lib.search(q, typed=True, limit=100, count_cap=1_000)

        def filtered(q: str) -> object:
            return lib.search(q, SearchFilters(kinds=("fact",), countries=("ETH",)), typed=True, limit=100,
                              count_cap=1_000)

        rows = {
            "word (frequent words)": latency_ms(word, sampled),
            "word (any word)": latency_ms(word, uniform),
            "two words": latency_ms(word, two_words),
            "search box, 2-letter prefix": latency_ms(box, prefix2),
            "search box, 3-letter prefix": latency_ms(box, prefix3),
            "search box, longer prefix": latency_ms(box, typing),
            "search box + kind/country filter": latency_ms(filtered, prefix3),
            "browse (empty query, page of 100)": latency_ms(lambda q: lib.search("", limit=100, count_cap=1_000),
                                                            [""] * 50),
        }
        lib.close()
    print_table(f"Library: {count:,} synthetic items", ["measure", "value"], [
        ["import (JSON file -> library), median", f"{import_seconds:.2f} s"],
        ["import runs", ", ".join(f"{t:.2f}" for t in import_times) + " s"],
        ["import rate", f"{count / import_seconds:,.0f} items/s"],
        ["database size", f"{size_mb:.1f} MB"],
    ])
    print_table("Search latency (ms)", ["query", "median", "p95", "max", "n"],
                [[name, r["median_ms"], r["p95_ms"], r["max_ms"], r["n"]] for name, r in rows.items()])
    return {"import_s": import_seconds, "size_mb": size_mb, "search": rows}
