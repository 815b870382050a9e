"""Helpers shared by the benchmarks: timing, percentiles, peak memory of a child process, table printing."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def latency_ms(func: Callable[[str], Any], queries: list[str]) -> dict[str, float]:
    samples = []
    for query in queries:
        start = time.perf_counter()
        func(query)
        samples.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(samples), "p95_ms": percentile(samples, 0.95),
            "max_ms": max(samples), "n": len(samples)}


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    print(f"\n{title}")
    cells = [header] + [[f"{c:,.2f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for index, row in enumerate(cells):
        print("  " + "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if index == 0:
            print("  " + "  ".join("-" * w for w in widths))


def first_paint_of(command: list[str], data_dir: Path, env: dict[str, str], runs: int = 5) -> dict:
    """Seconds from starting `command` (the app) to its main window's first paint event: median of `runs`.

    The app prints "first-paint" at that event when BRIEFING_BUILDER_STARTUP_PROBE is set, then quits. A first,
    untimed run creates the library in `data_dir`.
    """
    env = dict(os.environ, BRIEFING_BUILDER_STARTUP_PROBE="1", XDG_CONFIG_HOME=str(data_dir / "config"), **env)
    command = [*command, "--data-dir", str(data_dir)]
    subprocess.run(command, env=env, capture_output=True, timeout=120)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in process.stdout:  # type: ignore[union-attr]
            if line.startswith("first-paint"):
                times.append(time.perf_counter() - start)
                break
        process.wait(timeout=60)
    if not times:
        raise RuntimeError(f"{command[0]} never painted its window")
    return {"median_s": statistics.median(times), "runs": times}
