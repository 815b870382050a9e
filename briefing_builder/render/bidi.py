"""The Unicode Bidirectional Algorithm (UAX #9) for one line: embedding levels, then runs in visual order.

python-bidi 0.6 wraps the Rust `unicode-bidi` crate, a full UAX #9 (paired brackets, N0, included), but exposes
only the reordered string. Its debug output holds the resolved level of every UTF-8 byte; `levels` reads them
from it (and falls back to python-bidi's older pure-Python algorithm should that output ever change). Reordering
(rule L2) is done here on runs, so each run keeps its style and font and is shaped in its own direction; mirroring
(L4) is left to HarfBuzz, which mirrors brackets in right-to-left runs.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from functools import lru_cache

from bidi import get_display

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


@lru_cache(maxsize=20_000)
def levels(text: str, rtl: bool) -> tuple[int, ...]:
    """The resolved embedding level of each character of `text` (one paragraph) with base direction `rtl`;
    trailing whitespace at the base level (rule L1)."""
    if not text:
        return ()
    out: tuple[int, ...] | None = None
    try:
        dump = get_display(text, base_dir="R" if rtl else "L", debug=True)
        block = dump.split("levels:", 1)[1].split("paragraphs:", 1)[0]
        by_byte = [int(n) for n in _LEVEL.findall(block)]
        if len(by_byte) == len(text.encode("utf-8")):
            result, offset = [], 0
            for ch in text:
                result.append(by_byte[offset])
                offset += len(ch.encode("utf-8"))
            out = tuple(result)
    except (IndexError, ValueError, TypeError):
        out = None
    if out is None:
        out = _python_levels(text, rtl)
    base = 1 if rtl else 0
    trimmed = list(out)
    for index in range(len(text) - 1, -1, -1):  # L1: trailing whitespace goes to the paragraph level
        if text[index] in " \t":
            trimmed[index] = base
        else:
            break
    return tuple(trimmed)


def _python_levels(text: str, rtl: bool) -> tuple[int, ...]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return tuple(c["level"] for c in storage["chars"])


def visual_runs(units: Sequence[tuple[str, Hashable]], rtl: bool) -> list[tuple[str, Hashable, bool]]:
    """`units` are a line's texts in logical order, each with a key (its style); returns (text, key, rtl) runs
    in visual order, left to right, each text still in logical order and to be drawn in its direction."""
    return [(text, key, run_rtl) for _, text, key, run_rtl in indexed_runs(units, rtl)]


def indexed_runs(units: Sequence[tuple[str, Hashable]], rtl: bool,
                 line_levels: Sequence[int] | None = None) -> list[tuple[int, str, Hashable, bool]]:
    """`visual_runs`, each run with the logical position of its first character: drawing the runs in that order
    (each at its visual place) lets readers that follow the content stream, as pypdf does, give back the line
    in reading order. `line_levels`: the line's levels as resolved over its whole paragraph (UAX #9 resolves
    levels per paragraph and reorders per line); by default the line's own."""
    text = "".join(t for t, _ in units)
    lv = levels(text, rtl) if line_levels is None else line_levels
    runs: list[list] = []  # [start, end, key, level]
    position = 0
    for unit_text, key in units:
        for offset in range(len(unit_text)):
            level = lv[position + offset]
            if runs and runs[-1][2] == key and runs[-1][3] == level and runs[-1][1] == position + offset:
                runs[-1][1] += 1
            else:
                runs.append([position + offset, position + offset + 1, key, level])
        position += len(unit_text)
    if not runs:
        return []
    # L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
    highest = max(r[3] for r in runs)
    lowest_odd = min((r[3] for r in runs if r[3] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(runs):
            if runs[index][3] >= level:
                end = index
                while end < len(runs) and runs[end][3] >= level:
                    end += 1
                runs[index:end] = runs[index:end][::-1]
                index = end
            else:
                index += 1
    return [(start, text[start:end], key, level % 2 == 1) for start, end, key, level in runs]
