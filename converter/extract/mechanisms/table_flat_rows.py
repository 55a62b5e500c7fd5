"""A kessan tanshin summary flattened row after row onto one line (a web copy of the PDF): the
line items, their units (an amount and its change in percent each), then each row's period and
its figures::

    売上高 営業利益 経常利益 親会社株主に帰属する当期 純利益 百万円 % 百万円 % 百万円 % 百万円 %
    30年3月期 18,865 0.2 862 111.1 933 81.3 609 92.4 29年3月期 18,836 0.2 408 △36.9 ...

Read into a grid of line items across and periods down (``tables._transposed`` makes them
facts; a "%" column is a change only where its figures agree with the rows'). The line items
must be as many as the unit pairs, and each row as many figures as the columns.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.sentences import find_measures
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow

# the units of the columns: an amount's scale and its change, two or more times ("百万円 % 百万円 %")
_UNIT_PAIRS = re.compile(r"(?:(?P<unit>百万円|千円)\s+[%％]\s+){2,}")
# a space between two Han characters or kana: a line item's name broken by the copy
_SPACED = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
# a figure: digits with separators and decimals, a triangle or minus for a negative
_FIGURE = re.compile(r"[△▲\-−]?\d[\d,]*(?:\.\d+)?(?![\d年月日])")
# a row's period before its figures: "30年3月期", "2018年3月期", "30年3月期第3四半期"
_ROW_PERIOD = re.compile(r"(?:\d{1,4}\s*年\s*\d{1,2}\s*月期(?:\s*第\s*[1-4]\s*四半期)?)")
# how much text before the units is searched for the line items
_ITEMS_CHARS = 120


def flat_row_grids(lines: list[Line]) -> list[Grid]:
    grids: list[Grid] = []
    for line in lines:
        if "%" not in line.text and "％" not in line.text:
            continue
        for units in _UNIT_PAIRS.finditer(line.text):
            grid = _grid(line, units)
            if grid is not None:
                grids.append(grid)
    return grids


def _grid(line: Line, units: re.Match[str]) -> Grid | None:
    pairs = len(re.findall(r"[%％]", units.group(0)))
    items = _items(line.text[max(0, units.start() - _ITEMS_CHARS):units.start()], pairs)
    if items is None:
        return None
    headings = tuple(h for item in items for h in ((item, units["unit"]), (item, "%")))
    rows: list[GridRow] = []
    pos = units.end()
    while True:
        period = _ROW_PERIOD.match(line.text, pos)
        if period is None:
            break
        cells, pos = _figures(line, period.end(), 2 * pairs)
        if cells is None:
            break
        rows.append(GridRow(Cell(period.group(0), line.start + period.start(), line.start + period.end()), tuple(cells)))
        pos = _skip_spaces(line.text, pos)
    if len(rows) < 2:
        return None
    return Grid(line.start + units.start(), rows[-1].cells[-1].end, "flat_rows", (), headings, tuple(rows))  # type: ignore[union-attr]


def _items(before: str, count: int) -> list[str] | None:
    """The last ``count`` line items named right before the units, in order; None unless
    nothing but they stand between the first of them and the units."""
    joined = _SPACED.sub("", before).rstrip()
    hits = [h for h in find_measures(joined) if h.concept != "-"]
    if len(hits) < count:
        return None
    last = hits[-count:]
    if joined[last[-1].end:].strip() or any(joined[a.end:b.start].strip() for a, b in zip(last, last[1:])):
        return None
    return [joined[h.start:h.end] for h in last]


def _figures(line: Line, pos: int, count: int) -> tuple[list[Cell] | None, int]:
    cells: list[Cell] = []
    for _ in range(count):
        pos = _skip_spaces(line.text, pos)
        m = _FIGURE.match(line.text, pos)
        if m is None:
            return None, pos
        text = m.group(0).replace("△", "-").replace("▲", "-")
        cells.append(Cell(text, line.start + m.start(), line.start + m.end()))
        pos = m.end()
    return cells, pos


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos
