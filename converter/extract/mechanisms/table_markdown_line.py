"""A markdown table run together onto one line of text, as summaries of announcements on web
pages print it: the heading row, the row of dashes, then every row, each "| ... |" after the one
before with nothing but a space between (the units in brackets right before it)::

    ... (HK$ Thousand) | Indicator | For the six months ended June 30, 2025 (HK$ Thousand) |
    For the six months ended June 30, 2024 (HK$ Thousand) | Change (%) | | :--- | :--- | :--- |
    :--- | | Revenue | 412,310 | 351,206 | +17.4% | | Gross Profit | 128,551 | 97,903 | +31.3% |

The row of dashes says how many columns there are; the rows are read while each has exactly
that many cells and the next starts right after it (an empty cell, a row cut short: the table
ends there, for which cell is which could no longer be told). The first column holds the labels.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow

# the row of dashes under a markdown table's headings: "| :--- | ---: | :---: |"
_DASHES = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|){2,}")
# a cell of a markdown row: the text between two bars
_CELL = re.compile(r"\|([^|\n]*)(?=\|)")
# how much of the text before the heading row is searched for the table's units
_CAPTION_CHARS = 200
# the units stated in brackets right before the table: "... Income (HK$ Thousand) | Indicator |"
_UNIT_ASIDE = re.compile(r"\([^()]{1,40}\)(?=[\s|]*$)")


def markdown_line_grids(lines: list[Line]) -> list[Grid]:
    """The tables of the layout above, one grid each."""
    grids: list[Grid] = []
    for line in lines:
        if ":--" not in line.text and "---" not in line.text:
            continue  # (most lines hold no markdown table)
        for dashes in _DASHES.finditer(line.text):
            grid = _grid(line, dashes)
            if grid is not None:
                grids.append(grid)
    return grids


def _cells(text: str, start: int, offset: int) -> list[Cell]:
    """The cells of the bars from ``start`` on, empty ones included ("| |" between rows)."""
    out = []
    for m in _CELL.finditer(text, start):
        inner = m.group(1)
        lead = len(inner) - len(inner.lstrip())
        value = inner.strip()
        out.append(Cell(value, offset + m.start(1) + lead, offset + m.start(1) + lead + len(value)))
    return out


def _grid(line: Line, dashes: re.Match[str]) -> Grid | None:
    text, width = line.text, dashes.group(0).count("|") - 1
    heading = _heading(text, dashes.start(), width, line.start)
    if heading is None:
        return None
    rows: list[GridRow] = []
    cells = _cells(text, dashes.end() - 1, line.start)  # (the dashes' closing bar opens the blank)
    k = 0
    while k + width < len(cells) and not cells[k].text:  # a blank between rows, then a row
        row = cells[k + 1:k + 1 + width]
        if len(row) < width or any(not c.text for c in row):
            break
        rows.append(GridRow(row[0], tuple(row[1:])))
        k += 1 + width
    if len(rows) < 2:
        return None
    head_start = heading[0].start - line.start
    units = _UNIT_ASIDE.search(text[max(0, head_start - _CAPTION_CHARS):head_start])
    caption = units.group(0) if units else ""  # (the running text before it is no caption)
    return Grid(heading[0].start, rows[-1].cells[-1].end, "markdown line",  # type: ignore[union-attr]
                (caption,) if caption else (), tuple((c.text,) for c in heading[1:]), tuple(rows))


def _heading(text: str, at: int, width: int, offset: int) -> list[Cell] | None:
    """The heading row right before the dashes: ``width`` cells, none empty, after a blank
    or the text before the table."""
    before = text[:at]
    bars = [m.start() for m in re.finditer(r"\|", before)]
    if len(bars) < width + 1:
        return None
    first = bars[-(width + 1)]
    cells = _cells(text[:at], first, offset)  # (the dashes' bar left out: the blank before it is no cell)
    if len(cells) != width or any(not c.text for c in cells):
        return None
    return cells
