"""A summary copied from a PDF one cell per line whose columns are line items, each over its
unit and its change ("Net sales" over "Million yen | %"), and whose rows are periods (the
Japanese kessan tanshin's first table)::

    Net sales
    Operating profit
    Net income attributable
    to owners of parent
    Three months ended
    Million yen
    %
    Million yen
    %
    Million yen
    %
    June 30, 2021
    12,418
    7.9
    ...

The line items print one per line above the units, a long one broken over two lines; a PDF's
text may put the lines of a tall cell before and after the others ("Net income attributable",
"Net sales", ..., "to parent company"), and then which words head which column cannot be told.
So the line items are read only where every line that goes on from the one above (a lower-case
first letter) follows a line left open ("attributable", "of", "per"), or where the items print
as two rows of as many lines each, the lower row all continuations ("Basic" / "Diluted" over
"earnings per share" twice); and only when they are as many as the columns the units open.
The grid is then read as any table whose rows are periods (``tables``).
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import HeadingEnv, is_date_part
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow, is_figure, is_prose
from converter.extract.mechanisms.table_units import is_unit_cell

# the layout's name: its grids are line items across for certain (``tables`` reads them so)
ITEMS_ACROSS = "cell per line, line items across"
# a percent column's heading
_PERCENT = re.compile(r"[(（]?[%％][)）]?")
# a line that goes on from the line above: a lower-case first letter
_GOES_ON = re.compile(r"[a-z]")
# a line left open: its last word wants the words of the next line
_LEFT_OPEN = re.compile(r"\b(?:attributable|to|of|per|and|for|before|after|from|in)$|[-']$", re.I)
# a digit: no line item's name holds one here, every figure does
_DIGIT = re.compile(r"\d")
# how long a unit heading's line is at most ("Millions of U.S. dollars")
_UNIT_WIDTH = 30
# how many lines of line items are looked for above the units
_MOST_ITEM_LINES = 12


def _text(line: Line) -> str:
    return line.text.strip()


def _cell(line: Line) -> Cell:
    text = _text(line)
    start = line.start + line.text.find(text)
    return Cell(text, start, start + len(text))


def span_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    """The tables of the layout above (``lines``: the document's lines that hold text)."""
    grids: list[Grid] = []
    heads = _unit_headings(lines)
    i = 0
    while i < len(lines):
        if not heads[i]:
            i += 1
            continue
        units = 1
        while i + units < len(lines) and heads[i + units]:
            units += 1
        if units < 2:
            i += 1
            continue
        grid = _grid(lines, i, units, env)
        if grid is not None:
            grids.append(grid)
        i += units
    return grids


def _unit_headings(lines: list[Line]) -> list[bool]:
    """Whether each line is a unit heading, asked once a line, and only of a short line beside
    another short one: the grid needs two unit headings in a row, so a line standing alone
    among longer ones heads no grid whatever it is (most short lines: a title, a dateline)."""
    texts = [line.text.strip() for line in lines]
    short = [len(text) <= _UNIT_WIDTH for text in texts]
    last = len(lines) - 1
    return [short[i] and ((i > 0 and short[i - 1]) or (i < last and short[i + 1])) and _is_unit_heading(text)
            for i, text in enumerate(texts)]


def _is_unit_heading(text: str) -> bool:
    """A unit over a column, alone on its line: "Million yen", "%" (a few words: most lines are
    longer, and are not asked of the unit reader)."""
    # (the digit first: most short lines beside another are a table's figures, a cell per line)
    return len(text) <= _UNIT_WIDTH and (bool(_PERCENT.fullmatch(text)) or (not _DIGIT.search(text) and is_unit_cell(text)))


def _grid(lines: list[Line], first: int, width: int, env: HeadingEnv) -> Grid | None:
    units = [_text(line) for line in lines[first:first + width]]
    rows = _rows(lines, first + width, width)
    if len(rows) < 2:
        return None
    top = first
    label_heading = None  # "Three months ended", "As of": the heading of the column of periods
    if top > 0 and is_date_part(_text(lines[top - 1])) or (top > 0 and _text(lines[top - 1]).lower() in ("as of", "as at")):
        label_heading = _text(lines[top - 1])
        top -= 1
    start = top
    while start > 0 and top - start < _MOST_ITEM_LINES and _item_line(_text(lines[start - 1])):
        start -= 1
    items = _line_items([_text(line) for line in lines[start:top]], units)
    if items is None:
        return None
    headings = tuple((item, unit) if not _PERCENT.fullmatch(unit) or item_of_column else (f"{item} ({unit})",)
                     for item, unit, item_of_column in items)
    captions = tuple(c for c in (label_heading,) if c)
    end = rows[-1].cells[-1].end  # type: ignore[union-attr]
    return Grid(lines[start].start, end, ITEMS_ACROSS, captions, headings, tuple(rows))


def _item_line(text: str) -> bool:
    """A line that can be (part of) a line item's name over a column."""
    return bool(text) and len(text) <= 60 and not _DIGIT.search(text) and not is_prose(text) \
        and not _is_unit_heading(text) and not text.startswith(("(", "（"))


def _rows(lines: list[Line], at: int, width: int) -> list[GridRow]:
    """Rows of a label line and ``width`` figure lines, from ``lines[at]`` on."""
    rows: list[GridRow] = []
    while at + width < len(lines):
        label, figures = lines[at], lines[at + 1:at + 1 + width]
        if is_figure(_text(label)) or not all(is_figure(_text(f)) for f in figures):
            break
        if at + 1 + width < len(lines) and is_figure(_text(lines[at + 1 + width])):
            break  # a row of more figures than the units' columns: which is which cannot be told
        rows.append(GridRow(_cell(label), tuple(_cell(f) for f in figures)))
        at += 1 + width
    return rows


def _line_items(texts: list[str], units: list[str]) -> list[tuple[str, str, bool]] | None:
    """(line item, unit, whether the item is the column's own) per column; None where the
    lines cannot be told apart or are not as many items as the columns."""
    items = _joined(texts)
    if items is None:
        return None
    opened = [k for k, unit in enumerate(units) if not _PERCENT.fullmatch(unit)]  # a unit opens an item's columns
    if len(items) == len(units):  # one column each: a "%" is the item's own (a ratio)
        return [(item, unit, False) for item, unit in zip(items, units)]
    if len(items) == len(opened) and opened and opened[0] == 0:
        out = []
        for k, unit in enumerate(units):
            owner = sum(1 for o in opened if o <= k) - 1
            out.append((items[owner], unit, True))  # "%" under "Net sales": the change of its figures
        return out
    return None


def _joined(texts: list[str]) -> list[str] | None:
    """The line items the lines spell: a line going on from one left open joins it; two rows of
    as many lines, the lower all going on, join column by column; else None (the lines of a
    tall cell printed out of order)."""
    if not texts:
        return None
    half = len(texts) // 2
    if len(texts) % 2 == 0 and half >= 2 and not any(_GOES_ON.match(t) for t in texts[:half]) \
            and all(_GOES_ON.match(t) for t in texts[half:]):
        return [f"{a} {b}" for a, b in zip(texts[:half], texts[half:])]
    items: list[str] = []
    for text in texts:
        if _GOES_ON.match(text):
            if not items or not _LEFT_OPEN.search(items[-1]):
                return None
            items[-1] = f"{items[-1]} {text}"
        else:
            if items and _LEFT_OPEN.search(items[-1]):
                return None  # an open line followed by a new item: its words are elsewhere
            items.append(text)
    return items
