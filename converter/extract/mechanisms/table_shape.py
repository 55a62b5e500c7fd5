"""The shape every reader of results tables reads a table into (a grid: heading cells over each
column, rows of a label and one cell per column), and the tests of one cell or line that all of
them share: a figure cell, a line of running text, a cell that only closes the one before it.
The readers are ``table_grid`` (fixed-width text), ``table_cells`` (``|`` rows),
``table_cell_lines`` (a cell per line) and ``table_flat`` (column-wise summaries).

>>> is_figure(" (1,245) "), is_figure("흑자전환"), is_figure("Revenues")
(True, True, False)
>>> [c.text for c in join_closers([Cell("(1,245", 0, 6), Cell(")", 7, 8), Cell("0.4", 9, 12), Cell("%", 12, 13)])]
['(1,245)', '0.4%']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


class Cell(NamedTuple):
    """A cell's text and where it stands. (A named tuple, not a frozen dataclass: every cell of
    every grid the readers cut is one, and a named tuple is built without a call of
    ``object.__setattr__`` per field; equal cells are equal and hash alike either way.)"""

    text: str
    start: int  # document offsets
    end: int


@dataclass(frozen=True)
class GridRow:
    label: Cell | None
    cells: tuple[Cell | None, ...]  # one per column
    section: str | None = None  # the label-only line this row stands under, if any


@dataclass(frozen=True)
class Grid:
    start: int
    end: int
    layout: str
    captions: tuple[str, ...]  # lines and label-column cells above the columns
    headings: tuple[tuple[str, ...], ...]  # per column, top to bottom
    rows: tuple[GridRow, ...]
    signs: tuple[str, ...] = ()  # currency signs standing alone in the body ("$   1,234")


# A figure cell: a sign, a currency, digits, a closing bracket, a percent sign; or a dash or n/a.
NUMERIC = re.compile(
    r"""^[(\[]?\s?[-−△▼▲+]?\s?                    # opening bracket, sign
        (?:US\$|HK\$|NT\$|S\$|\$|₩|W|¥|RMB|KRW|Rs\.?)?\s?   # a currency written in the cell
        [-−]?\d[\d,]*(?:\.\d+)?                     # the digits
        (?:\s?(?:조|억|백만|천|만)?\s?원)?               # a Korean unit written in the cell: 5,123억원
        \s?%?\s?[)\]]?\s?%?$                         # percent sign, closing bracket
    """, re.X)
# (a Korean change cell that no percentage can state: 흑자전환 "turned to a profit", 적자지속 ...)
EMPTY = re.compile(r"^(?:-+|—+|–+|n/?a|N/?A|n\.?m\.?|NM|nm|\*+|－|=|(?:흑자|적자)\s*(?:전환|지속|확대|축소)|흑전|적전)$")

DIGIT = re.compile(r"\d")  # a cell holding a figure holds a digit


@lru_cache(maxsize=4096)  # a line's cells are asked again by each test of a table's rows
def is_figure(text: str) -> bool:
    text = text.strip()
    return bool(NUMERIC.match(text)) or bool(EMPTY.match(text))


# the end of a sentence (다: of a Korean one)
_SENTENCE_ENDS = (".", "!", "?", "다")
# a gap between cells: two spaces or more between words, or a |
_CELL_GAP = re.compile(r"\S {2,}\S|\|")


def is_prose(text: str) -> bool:
    """A line of running text: long, or a sentence of four words or more, with no gap of two
    spaces or ``|`` between cells."""
    stripped = text.strip()
    # (the shape first: most lines of a table are short and end in no stop, and need no gap test)
    if not (len(stripped) > 60 or (stripped.endswith(_SENTENCE_ENDS) and len(stripped.split()) >= 4)):
        return False
    return not (("  " in stripped or "|" in stripped) and _CELL_GAP.search(stripped))  # (a gap needs two spaces or a |)


# a cell that only closes the one before it: ")", "%", ")%"
_CLOSER = re.compile(r"\)?\s*%?\s*\)?")


def bar_cells(text: str, start: int) -> list[Cell]:
    """The cells of a row written with ``|`` between them, stripped, at document offsets (``text``
    starts at ``start``); the empty cells its leading and closing bars make are kept.

    >>> bar_cells("| 1,200 |  30.00 |", 10)
    [Cell(text='', start=10, end=10), Cell(text='1,200', start=12, end=17), Cell(text='30.00', start=21, end=26), Cell(text='', start=28, end=28)]
    """
    cells: list[Cell] = []
    pos = start
    for part in text.split("|"):
        stripped = part.strip()
        lead = pos + len(part) - len(part.lstrip())
        cells.append(Cell(stripped, lead, lead + len(stripped)))
        pos += len(part) + 1
    return cells


def join_closers(cells: list[Cell]) -> list[Cell]:
    """``(1,245`` + ``)`` and ``0.4`` + ``%``: one cell."""
    out: list[Cell] = []
    for cell in cells:
        if out and _CLOSER.fullmatch(cell.text.strip()) and cell.text.strip() and \
                DIGIT.search(out[-1].text):
            prev = out[-1]
            out[-1] = Cell(prev.text + cell.text.strip(), prev.start, prev.end)
        else:
            out.append(cell)
    return out
