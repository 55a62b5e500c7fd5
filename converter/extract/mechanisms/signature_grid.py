"""Signature pages set as a table of two columns and flattened to one cell a line: the rows of
the table come in turn, each cell on its line, so the two pages' lines alternate::

    |Apex Holdings Limited          (left page's party)
    |Beta Capital Limited           (right page's party)
    |Date signed                    (a caption each)
    |Date signed
    |By: /s/ Jane Roe               (left page's signature)
    |By: /s/ John Poe               (right page's signature)
    |Name: Jane Roe
    |Name: John Poe

Read in order, the right page's party stands above the left page's signature. Such a grid is
known by two signature cells in a row with two cells of one label below them (``Name:``,
``Title:``); its lines pair up from there, up to the parties and down to the last label, and
each column is read on a copy of the page where the other column's lines are blanked (offsets
kept, as ``signature_columns.column_views`` keeps them for side-by-side pages).
"""

from __future__ import annotations

from converter.extract.mechanisms.signature_lines import Line, page_lines

# kinds of the two cells of one row of the grid that may stand above the signatures
# (the parties, a caption, a date, a role) and below them (the labels of the signer)
_ABOVE = frozenset({"text", "note", "date", "role", "behalf"})
_BELOW = frozenset({"name", "title", "date", "capacity", "note"})


def paired_cell_views(view: str) -> list[str]:
    """``view`` as one copy per column of its two-column signature grids (the left cells, then
    the right ones), or ``[view]`` where it holds none."""
    lines = [ln for ln in page_lines(view) if ln.kind != "blank"]
    if sum(1 for ln in lines if ln.cell and ln.kind == "sig") < 2:
        return [view]  # (a grid opens with a row of two signature cells: most pages hold none)
    regions = _grid_regions(lines)
    if not regions:
        return [view]
    left, right = list(view), list(view)
    for first, last in regions:
        for n, line in enumerate(lines[first:last + 1]):
            blanked = right if n % 2 == 0 else left
            blanked[line.start:line.end] = _spaces(view[line.start:line.end])
    return ["".join(left), "".join(right)]


def _spaces(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)


def _grid_regions(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line indexes of each grid: from a row of two signature cells with a row of
    two cells of one label under it, up over the rows of the parties and down over the labels."""
    regions: list[tuple[int, int]] = []
    k = 0
    while k + 3 < len(lines):
        if not (_row(lines, k, {"sig"}) and _same_label_row(lines, k + 2)):
            k += 1
            continue
        first = k
        while first >= 2 and _row(lines, first - 2, _ABOVE) and (not regions or first - 2 > regions[-1][1]):
            first -= 2
        last = k + 3
        while last + 2 < len(lines) and _same_label_row(lines, last + 1):
            last += 2
        regions.append((first, last))
        k = last + 1
    return regions


def _row(lines: list[Line], i: int, kinds: set[str] | frozenset[str]) -> bool:
    """Lines ``i`` and ``i + 1``: two cells of a row, each of one of ``kinds``."""
    a, b = lines[i], lines[i + 1]
    return a.cell and b.cell and a.kind in kinds and b.kind in kinds


def _same_label_row(lines: list[Line], i: int) -> bool:
    """Lines ``i`` and ``i + 1``: two cells of one label under the signatures (both ``Name:``)."""
    return i + 1 < len(lines) and _row(lines, i, _BELOW) and lines[i].kind == lines[i + 1].kind
