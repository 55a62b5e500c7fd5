"""Signature blocks printed side by side: two or three parties' blocks in columns of one page.

``column_views`` gives the page with every column but the first blanked, then one copy per
further column holding only that column, every copy keeping the page's offsets, so the block
readers read each party's block as if it stood alone (split from ``signature_lines``, which
reads the lines of one column).
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.signature_lines import ANY_LABEL, SIG, Line, kind_of, page_lines
from converter.parse.gates import folded_text


_LABEL = re.compile(
    rf"^\s*+(?:(?:By|Name|Title|Its|Dated?)\s*:?\s+|(?:{ANY_LABEL})\s*)",
    re.IGNORECASE)
_TWO_CELLS = re.compile(r"\S {4,}(?=\S)")
_CELL_GAP = "    "  # what every gap between two cells holds: most lines hold none
_MIN_COLUMN = 12  # boundaries closer than this are the edge and the indent of one column


def column_views(text: str) -> list[str]:
    """``text`` with every column but the first of side-by-side signature
    regions blanked, then one copy per further column holding only that column. A region is a
    run of lines with two or more cells (not a label and its value) and signatures on both sides
    of each column boundary. Every copy keeps the offsets of ``text``."""
    if not _signs_twice(text):
        return [text]  # no region: each needs a signature on both sides of its boundary
    lines = page_lines(text)
    # where the page's signatures stand on their lines: a boundary has a signature on both sides
    # only if it lies after the leftmost and at or before the rightmost of them (a page of cover
    # tables has many gaps, most of them where no signature stands right of them)
    signed_at = [m.start() for ln in lines if "/" in ln.text for m in SIG.finditer(ln.text)]
    leftmost, rightmost = min(signed_at, default=0), max(signed_at, default=-1)
    regions: list[tuple[int, int, int]] = []  # first line, last line, boundary column
    open_regions: list[tuple[int, int, int]] = []  # those that reach the line read (kept short)
    for i, line in enumerate(lines):
        if not _may_hold_two_cells(line.text):
            continue  # one cell only (the regions still open are pruned on the next line read)
        label = _LABEL.match(line.text)
        open_regions = [r for r in open_regions if r[1] >= i]
        for gap in _TWO_CELLS.finditer(line.text, label.end() if label else 0):
            if gap.end() < 25 or any(first <= i and abs(edge - gap.end()) <= 3
                                     for first, _, edge in open_regions):
                continue  # a boundary found from a line above (a third column is found below)
            if not leftmost < gap.end() <= rightmost:
                continue  # no signature on one side of it, wherever its region would end
            first, last = (_column_edge(lines, i, gap.end(), step) for step in (-1, 1))
            sides = {m.start() >= gap.end() for ln in lines[first : last + 1]
                     for m in SIG.finditer(ln.text)}
            if sides == {False, True}:
                regions.append((first, last, gap.end()))
                open_regions.append((first, last, gap.end()))
    if not regions:
        return [text]
    return _views(text, lines, regions)


def _may_hold_two_cells(text: str) -> bool:
    """Whether ``_TWO_CELLS`` may find a gap in the line ``text``: its gap of four spaces stands
    between two words, so inside the stripped line, never in its indent (most lines of a
    fixed-width page are indented, and few hold two cells)."""
    return _CELL_GAP in text.strip()


def _signs_twice(text: str) -> bool:
    """Whether ``text`` may hold two signatures (``SIG`` matches): a page's lines are disjoint
    ranges of it whose views only blank characters, so two matches on them are two '/s/' of the
    folded text that do not overlap, which ``str.count`` (the most such) would count. Most
    signature pages sign once and hold no region of columns."""
    return "/" in text and folded_text(text).count("/s/") >= 2


def _views(view: str, lines: list[Line], regions: list[tuple[int, int, int]]) -> list[str]:
    """One copy per column beyond the first (see ``column_views``); regions that share lines
    are one region with several column boundaries (three columns side by side)."""
    merged: list[tuple[int, int, list[int]]] = []
    for first, last, boundary in sorted(regions):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]), merged[-1][2] + [boundary])
        else:
            merged.append((first, last, [boundary]))
    main = list(view)
    # the second columns of every region share one copy, the third columns another: as many
    # copies as columns side by side, not one per region (a long filing has hundreds of regions)
    columns: dict[int, list[str]] = {}
    for first, last, boundaries in merged:
        cuts: list[int] = []
        for boundary in sorted(set(boundaries)):  # one column's lines start at its left edge
            if not cuts or boundary - cuts[-1] >= _MIN_COLUMN:  # or indented under it
                cuts.append(boundary)
        for n, left in enumerate(cuts):
            right = cuts[n + 1] if n + 1 < len(cuts) else None
            if n not in columns:
                columns[n] = _blank_copy(view)
            for line in lines[first : last + 1]:
                a = min(line.start + left, line.end)
                b = min(line.start + right, line.end) if right is not None else line.end
                columns[n][a:b] = view[a:b]
        for line in lines[first : last + 1]:
            cut = min(line.start + cuts[0], line.end)
            main[cut : line.end] = " " * (line.end - cut)
    return ["".join(main), *("".join(columns[n]) for n in sorted(columns))]


def _blank_copy(view: str) -> list[str]:
    """The characters of ``view`` all blanked but its line ends (a line at a time: not a
    test of each character)."""
    return list("\n".join(" " * len(line) for line in view.split("\n")))


def _column_edge(lines: list[Line], i: int, boundary: int, step: int) -> int:
    """The last line, going ``step`` from ``i``, whose content keeps clear of ``boundary``."""
    edge = i
    j = i + step
    while 0 <= j < len(lines):
        body = lines[j].text
        crossing = boundary < len(body) and body[boundary - 1 : boundary + 1].strip() == body[
            boundary - 1 : boundary + 1]
        split = body[:boundary].strip() and body[boundary:].strip()
        # a line of cells split at the boundary is read by its halves (three party names side by
        # side make a long line, no prose); a line the boundary does not split is read whole
        parts = (body[:boundary], body[boundary:]) if split else (body,)
        if crossing or any(part.strip() and kind_of(part) == "prose" for part in parts):
            break
        edge, j = j, j + step
    return edge
