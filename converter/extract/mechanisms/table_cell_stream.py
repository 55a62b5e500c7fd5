"""A table whose rows ran together into one stream of "|" cells, as web copies of Taiwanese
statements print them: every cell on a line of its own ("營業收入合計 |", a lone "|" for an empty
cell), or every row on one line with a space between ("| 營業收入合計 | 5,432 | 100.00 | ... | |
營業成本 | | ..."), so no line ends a row::

    | 民國112年第2季 | | 單位:新台幣仟元 | | 會計項目 | 112年第2季 | 111年第2季 | | | 金額 | % | 金額 | % |
    | | 營業收入合計 | 4,321 | 100.00 | 4,000 | 100.00 | | 營業利益(損失) | 321 | 7.43 | 300 | 7.50 |

The row of leaf headings ("金額 | % | 金額 | %": an amount and its share of revenue under each
period) says how many columns there are; the headings above it span them evenly. After it, each
row is a label and that many cells of figures (or empty ones); empty cells between rows are the
breaks of the rows' lines. The stream ends at a cell that is neither.
"""

from __future__ import annotations

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import HeadingEnv, heading_kind, is_heading_cell, names_period
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow, is_figure

# the fewest leaf headings that make a stream a table (two periods of two leaves each)
_FEWEST_LEAVES = 4


def cell_stream_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    """The tables of the layout above, one grid each."""
    cells = _stream(lines)
    grids: list[Grid] = []
    k = 0
    while k < len(cells):
        leaves = _leaf_run(cells, k)
        if len(leaves) < _FEWEST_LEAVES:
            k += max(1, len(leaves))
            continue
        grid = _grid(cells, k, len(leaves), env)
        if grid is not None:
            grids.append(grid)
        k += len(leaves)
    return grids


def _stream(lines: list[Line]) -> list[Cell]:
    """Every cell of the lines that hold a bar, in order (the text after a line's last bar, and
    before a first bar that opens the line, is no cell)."""
    out: list[Cell] = []
    for line in lines:
        if "|" not in line.text:
            continue
        parts = line.text.split("|")[:-1]
        opens = len(parts) > 1 and not parts[0].strip()  # "| a | b |", not a lone "|" (an empty cell)
        pos = line.start
        for n, part in enumerate(parts):
            if not (n == 0 and opens):
                value = part.strip()
                lead = len(part) - len(part.lstrip())
                out.append(Cell(value, pos + lead, pos + lead + len(value)))
            pos += len(part) + 1
    return out


def _is_leaf(text: str) -> bool:
    """A leaf heading of an amount or its share ("金額", "%"): a heading cell of noise words alone
    or of a share."""
    return bool(text) and (heading_kind(text, "share") is not None or heading_kind(text, "noise") is not None)


def _leaf_run(cells: list[Cell], k: int) -> list[Cell]:
    run: list[Cell] = []
    while k + len(run) < len(cells) and _is_leaf(cells[k + len(run)].text):
        run.append(cells[k + len(run)])
    return run


def _grid(cells: list[Cell], first_leaf: int, width: int, env: HeadingEnv) -> Grid | None:
    leaves = [c.text for c in cells[first_leaf:first_leaf + width]]
    above = [c for c in cells[:first_leaf] if c.text]
    spanning: list[str] = []
    while above and len(spanning) < width and is_heading_cell(above[-1].text, env) and _names_column(above[-1].text, env):
        spanning.insert(0, above.pop().text)
    if not spanning or width % len(spanning) or len(spanning) == width:
        return None  # (headings that do not span the leaves evenly: which is whose is not told)
    share = width // len(spanning)
    headings = tuple((spanning[n // share], leaf) for n, leaf in enumerate(leaves))
    captions = tuple(c.text for c in above[-3:])
    rows = _rows(cells, first_leaf + width, width)
    if not rows:
        return None
    return Grid(cells[first_leaf].start, rows[-1].cells[-1].end if rows[-1].cells[-1] else rows[-1].label.end,  # type: ignore[union-attr]
                "stream", captions, headings, tuple(rows))


def _names_column(text: str, env: HeadingEnv) -> bool:
    """A spanning heading that says what its columns hold (a period, the year to date), not the
    label column's heading ("會計項目")."""
    return names_period(text, env) or heading_kind(text, "to_date") is not None


def _rows(cells: list[Cell], k: int, width: int) -> list[GridRow]:
    """Each label and the ``width`` cells after it, while they are figures or empty."""
    rows: list[GridRow] = []
    section: str | None = None
    while k < len(cells):
        while k < len(cells) and not cells[k].text:
            k += 1  # the break between two rows' lines
        if k >= len(cells) or is_figure(cells[k].text):
            break
        label, values = cells[k], cells[k + 1:k + 1 + width]
        if len(values) < width or any(v.text and not is_figure(v.text) for v in values):
            break
        if all(not v.text for v in values):
            section = label.text  # a line item's heading over its sub-rows ("營業收入")
        else:
            rows.append(GridRow(label, tuple(v if v.text else None for v in values), None))
        k += 1 + width
    return rows
