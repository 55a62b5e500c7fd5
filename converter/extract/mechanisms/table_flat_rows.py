"""A kessan tanshin summary flattened row after row onto one line (a web copy of the PDF): the
line items, their units (an amount and its change in percent each), then each row's period and
its figures::

    売上高 営業利益 経常利益 親会社株主に帰属する当期 純利益 百万円 % 百万円 % 百万円 % 百万円 %
    30年3月期 18,865 0.2 862 111.1 933 81.3 609 92.4 29年3月期 18,836 0.2 408 △36.9 ...

or the same run over lines as the PDF's text layer gives it (a line item's name broken over
the header's lines, a row a line, "―" where a change is not meaningful)::

    親会社株主に帰属する
    売上高 営業利益 経常利益
    四半期純利益
    百万円 % 百万円 % 百万円 % 百万円 %
    2019年3月期第1四半期 1,234 5.0 120 ― 130 ― 80 2.0

A line item may also have one unit alone (the financial position: 総資産 純資産 自己資本比率 over
"百万円 百万円 %", an instant at each row's period's end).

Read into a grid of line items across and periods down (``tables._transposed`` makes them
facts; a "%" column is a change only where its figures agree with the rows'). The line items
must be as many as the unit pairs, and each row as many figures as the columns.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.sentences import find_measures
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow

# the units of the columns, two or more: an amount's scale and its change each ("百万円 % 百万円 %"),
# or a unit each ("百万円 百万円 %"); per-share yen ("円 銭") are not read: the PDF's text layer
# gives the diluted figure's two-line name before the basic one's, in the wrong order
_UNITS = re.compile(r"(?:(?:百万円|千円|[%％])\s+){2,}")
# one unit of a run
_UNIT = re.compile(r"百万円|千円|[%％]")
# the name of the layout: line items across over their units
FLAT_ROWS = "flat_rows"
# a space between two Han characters or kana: a line item's name broken by the copy
_SPACED = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
# a figure: digits with separators and decimals, a triangle or minus for a negative; or a
# dash alone where the PDF states none (a change from a loss): a cell, but no figure
_FIGURE = re.compile(r"""[△▲\-−]?\d[\d,]*(?:\.\d+)?(?![\d年月日])  # a figure
                         | [―－](?=\s|$)                       # a dash alone: nothing stated""", re.X)
# the lines after a header's units searched for its rows (a row a line)
_ROW_LINES = 12
# a row's period before its figures: "30年3月期", "2018年3月期", "30年3月期第3四半期"
_ROW_PERIOD = re.compile(r"(?:\d{1,4}\s*年\s*\d{1,2}\s*月期(?:\s*第\s*[1-4]\s*四半期)?)")
# how much text before the units is searched for the line items
_ITEMS_CHARS = 120


def flat_row_grids(lines: list[Line]) -> list[Grid]:
    grids: list[Grid] = []
    for k, line in enumerate(lines):
        if "%" not in line.text and "％" not in line.text:
            continue
        for units in _UNITS.finditer(line.text):
            grid = _grid(line, units)
            if grid is None and not line.text[:units.start()].strip():  # the units a line of their own: the run over lines
                window = _window(lines, k)
                grid = _grid(window, _UNITS.match(window.text, line.start - window.start + units.start()))  # type: ignore[arg-type]
            if grid is not None:
                grids.append(grid)
    return grids


def _window(lines: list[Line], k: int) -> Line:
    """Line ``k`` with the lines before it within reach of its line items and the lines after
    it that may be its rows, as one line: each line break a space, so offsets stay the text's."""
    first = k
    while first > 0 and lines[k].start - lines[first - 1].start <= _ITEMS_CHARS:
        first -= 1
    last = min(len(lines), k + 1 + _ROW_LINES)
    text = "".join(line.text + " " * (after.start - line.end) for line, after in zip(lines[first:last], lines[first + 1:last]))
    return Line(lines[first].number, lines[first].start, text + lines[last - 1].text)


def _grid(line: Line, units: re.Match[str]) -> Grid | None:
    headings = _headings(line.text[max(0, units.start() - _ITEMS_CHARS):units.start()], _UNIT.findall(units.group(0)))
    if headings is None:
        return None
    rows: list[GridRow] = []
    pos = units.end()
    while True:
        period = _ROW_PERIOD.match(line.text, pos)
        if period is None:
            break
        cells, pos = _figures(line, period.end(), len(headings))
        if cells is None:
            break
        rows.append(GridRow(Cell(period.group(0), line.start + period.start(), line.start + period.end()), tuple(cells)))
        pos = _skip_spaces(line.text, pos)
    if len(rows) < 2:
        return None
    return Grid(line.start + units.start(), rows[-1].cells[-1].end, FLAT_ROWS, (), headings, tuple(rows))  # type: ignore[union-attr]


def _headings(before: str, units: list[str]) -> tuple[tuple[str, str], ...] | None:
    """Each column's line item and unit: an amount and its change per item where the units
    are such pairs and the items as many, else a unit per item where they are as many."""
    pairs = len(units) // 2
    if units == [units[0], "%"] * pairs and units[0] != "%" and units[0] != "％" and (items := _items(before, pairs)):
        return tuple(h for item in items for h in ((item, units[0]), (item, "%")))
    items = _items(before, len(units))
    return tuple(zip(items, units)) if items else None


def _items(before: str, count: int) -> list[str] | None:
    """The last ``count`` line items named right before the units, in order; None unless
    nothing but they stand between the first of them and the units. (An item the taxonomy has
    no concept for, 自己資本比率, holds its column: its figures stay unmapped.)"""
    joined = _SPACED.sub("", before).rstrip()
    hits = find_measures(joined)
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
        text = m.group(0).replace("△", "-").replace("▲", "-")  # (a dash alone stays a dash: no figure)
        cells.append(Cell(text, line.start + m.start(), line.start + m.end()))
        pos = m.end()
    return cells, pos


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos
