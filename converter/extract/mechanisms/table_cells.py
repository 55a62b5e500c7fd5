"""Tables whose cells are delimited, not aligned: ``|``-separated rows (see ``table_shape`` for
the shape they are read into; ``table_cell_lines`` reads tables printed one cell per line)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

from converter.extract.mechanisms.lines import Line, is_one_cell
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow, bar_cells, is_figure, is_prose, join_closers
from converter.extract.mechanisms.table_headings import (
    HeadingEnv,
    duration_hints,
    heading_kind,
    is_date_part,
    is_heading_cell,
    is_year_cell,
    names_period,
)
from converter.extract.mechanisms.table_rows import is_line_item
from converter.extract.mechanisms.table_units import is_unit_cell, unit_statements

ONE_CELL = re.compile(r"^\s*\|(?P<cell>[^|]*)$")
# a cell of the row of dashes a markdown table draws under its headings: "---", ":---", "---:"
_DASH_CELL = re.compile(r":?-{3,}:?")


def _pipe_cells(line: Line) -> list[Cell]:
    """The cells of a ``|`` row; empty cells at the ends (layout) dropped, inner ones kept."""
    cells = bar_cells(line.text, line.start)
    while cells and not cells[-1].text:
        cells.pop()
    while cells and not cells[0].text:
        cells.pop(0)
    return join_closers(cells)


# a digit
_DIGIT = re.compile(r"\d")


def _has_digits(cells: list[Cell]) -> bool:
    return any(_DIGIT.search(c.text) for c in cells)


def figures_only(cells: list[Cell]) -> bool:
    return bool(cells) and all(not c.text or is_figure(c.text) for c in cells) and _has_digits(cells)


def heading_row(cells: list[Cell], env: HeadingEnv) -> bool:
    texts = [c.text for c in cells if c.text]
    if not texts:
        return False
    body = texts[1:] if len(texts) > 1 and not is_heading_cell(texts[0], env) else texts
    if len(texts) >= 2 and all(is_line_item(t) for t in texts):
        return True  # "| | 売上高 | | 営業利益 | |": line items over the columns of a table whose rows are periods
    if len(body) >= 2 and body is not texts and all(is_line_item(t) for t in body):
        return True  # "| 決算期 | 売上高 | 営業利益 |": the same under the heading of the column of periods
    # ("金額 | % | 金額 | %": the amount and share-of-revenue leaves under each period of the row above)
    return all(is_heading_cell(t, env) for t in body) and any(
        names_period(t, env) or is_date_part(t) or heading_kind(t, "change") or is_unit_cell(t)
        or heading_kind(t, "share") for t in body)


# ---------------------------------------------------------------------------------------------
# Rows of |-separated cells
# ---------------------------------------------------------------------------------------------


def pipe_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    grids: list[Grid] = []
    block: list[Line] = []
    for index, line in enumerate([*lines, Line(-1, -1, "")]):
        if ("|" in line.text and not is_one_cell(line.text)) or (block and _bridges(lines, index, env)):
            block.append(line)
            continue
        if len(block) >= 3:
            grid = _pipe_grid(block, env)
            if grid is not None:
                above = _lines_above(lines, index - len(block))
                grid = dataclasses.replace(grid, captions=grid.captions + tuple(above))
                grids.append(_with_unit_below(grid, lines[index:index + 2]))
        block = []
    return grids


def _bridges(lines: list[Line], index: int, env: HeadingEnv) -> bool:
    """A line inside a table of '|' rows that a web copy broke one cell per line: an empty cell
    ("|") or a heading cell without its bar ("Change"), the rows of bars going on right below."""
    if index >= len(lines):
        return False  # (the end of the text)
    text = lines[index].text.strip()
    empty_cell = text == "|"
    if not text or len(text) > 40 or not (empty_cell or ("|" not in text and is_heading_cell(text, env))):
        return False  # (a blank line still ends the table)
    following = next((x for x in lines[index + 1:index + 4] if x.text.strip(" |")), None)
    return following is not None and "|" in following.text and not is_one_cell(following.text)


def _with_unit_below(grid: Grid, below: list[Line]) -> Grid:
    """A unit line printed right under the table ("(단위: 억원)", "(Unit: KRW bn)") is a caption."""
    line = next((x for x in below if x.text.strip()), None)
    if line is None or len(line.text.strip()) > 40 or not unit_statements(line.text):
        return grid
    return dataclasses.replace(grid, captions=(*grid.captions, line.text.strip()))


def _lines_above(lines: list[Line], first: int) -> list[str]:
    """Up to three lines right above a table of '|' rows, nearest first, that can caption it:
    a title or a unit line ("(Unit: NT$ million, except per share data)"), not a paragraph."""
    out: list[str] = []
    for line in reversed(lines[max(0, first - 3):first]):
        text = line.text.strip()
        if not text or "|" in text or (is_prose(text) and not unit_statements(text) and not _duration_title(text)):
            break
        out.append(text)
    return out


def _duration_title(text: str) -> bool:
    """A title line that says how long the periods of the table under it are ("Highlights of the
    third quarter ended December 31, 2025" over "Dec 31, 2025 | Dec 31, 2024"): long for a
    caption, but no sentence (one ends in a stop), and its duration is what dates the columns.

    >>> _duration_title("Financial highlights of the second quarter ended June 30, 2031")
    True
    >>> _duration_title("Sales for the three months ended June 30, 2031 rose on stronger demand in Asia.")
    False
    """
    return len(text) <= 100 and not text.endswith(".") and bool(duration_hints(text))


def _pipe_rows(block: list[Line]) -> list[tuple[str, Cell | None, list[Cell]]]:
    """(kind, label, cells) of each logical row: "data" (a label, or none, and figures) or
    "text" (no figure: a heading row, or a section label)."""
    rows: list[tuple[str, Cell | None, list[Cell]]] = []
    cells_of = [_pipe_cells(line) for line in block]
    i = 0
    while i < len(block):
        cells = cells_of[i]
        if not cells or all(_DASH_CELL.fullmatch(c.text) for c in cells):
            i += 1  # (markdown's "|---|---|" under the headings: no row, the headings stay right above the figures)
            continue
        if not any(is_figure(c.text) for c in cells if c.text):
            following = cells_of[i + 1] if i + 1 < len(block) else []
            if len(cells) == 1 and figures_only(following) and len(following) == 1:
                # "Total |" then "35.00 |", "45.00 |": a web copy broke the row one cell per line
                k = i + 1
                while k < len(block) and len(cells_of[k]) == 1 and figures_only(cells_of[k]):
                    k += 1
                if k - i > 2:
                    rows.append(("data", cells[0], [c for cs in cells_of[i + 1:k] for c in cs]))
                    i = k
                    continue
            if len(cells) == 1 and figures_only(following):  # "Operating revenue |" over its figures
                rows.append(("data", cells[0], following))
                i += 2
                continue
            rows.append(("text", None, cells))
        elif not is_figure(cells[0].text) and figures_only(cells[1:]) and not _years_run(cells[1:]):
            rows.append(("data", cells[0], cells[1:]))
        elif figures_only(cells) and not all(is_year_cell(c.text) for c in cells if c.text):
            rows.append(("data", None, cells))  # ("| | 2004 | 2003 |" is a heading row of years)
        else:
            rows.append(("text", None, cells))
        i += 1
    return rows


def _years_run(cells: list[Cell]) -> bool:
    """"| 구분 | 2024 | 2023 | 2022 |": years one after another across the row, under whatever
    the label column's heading says, are the columns' headings, no row of figures.

    >>> _years_run([Cell(y, 0, 4) for y in ("2024", "2023", "2022")]), _years_run([Cell("2024", 0, 4), Cell("1,980", 0, 5)])
    (True, False)
    """
    texts = [c.text for c in cells if c.text]
    if len(texts) < 2 or not all(is_year_cell(t) and t.isdigit() for t in texts):
        return False
    years = [int(t) for t in texts]
    steps = {b - a for a, b in zip(years, years[1:])}
    return steps in ({1}, {-1})


def _pipe_grid(block: list[Line], env: HeadingEnv) -> Grid | None:
    rows = _pipe_rows(block)
    first = next((k for k, row in enumerate(rows) if row[0] == "data"), None)
    if first is None:
        return None
    heading_rows: list[list[Cell]] = []
    k = first - 1
    if _opens_section(rows, k, env):  # ("| 經營業績 (HK$'000) | | |" under the headings: the rows' section)
        first, k = k, k - 1
    while k >= 0 and rows[k][0] == "text" and heading_row(rows[k][2], env):
        heading_rows.insert(0, [c for c in rows[k][2] if c.text])
        k -= 1
    if not heading_rows:
        return None
    width = Counter(len(cells) for kind, _, cells in rows[first:] if kind == "data").most_common(1)[0][0]
    width = _headed_pipe_width(block, rows[first:], heading_rows[-1], width, env)
    heading_rows = _one_cell_headings_joined(heading_rows, width)
    headings, captions = _stack(heading_rows, width, env)
    if headings is None:
        return None
    captions = [*captions, *_unit_rows_above(rows[:k + 1])]
    body: list[GridRow] = []
    section = None
    for kind, label, cells in rows[first:]:
        if kind == "text":
            section = " ".join(c.text for c in cells) if len(cells) == 1 else section
            continue
        cells = _to_width(cells, width)
        if len(cells) < width and cells and _written_cells(block, cells[0].start) >= width + (label is not None):
            cells = cells + [Cell("", cells[-1].end, cells[-1].end)] * (width - len(cells))  # "40.6% | | |"
        if len(cells) != width:
            continue  # a row whose cells do not line up with the columns: left out
        body.append(GridRow(label, tuple(c if c.text else None for c in cells), section))
    return Grid(block[0].start, block[-1].end, "pipe", tuple(captions), headings, tuple(body))


def _opens_section(rows: list[tuple[str, Cell | None, list[Cell]]], k: int, env: HeadingEnv) -> bool:
    """Row ``k``, right above the first row of figures, is a section's heading with the columns'
    headings above it: its label cell alone written, the row above a heading row of as many
    cells ("| 截至6月30日止年度 | 2025 | 2024 |" over "| 經營業績 (HK$'000) | | |"). Read as a
    heading row, its one cell would stand over no column and the table would not be read."""
    if k < 1 or rows[k][0] != "text" or rows[k - 1][0] != "text":
        return False
    cells, above = rows[k][2], rows[k - 1][2]
    written = [c for c in cells if c.text]
    return (len(written) == 1 and written[0] is cells[0] and not is_unit_cell(written[0].text)
            and heading_row([c for c in above if c.text], env) and len([c for c in above if c.text]) > 1)


def _unit_rows_above(rows: list[tuple[str, Cell | None, list[Cell]]]) -> list[str]:
    """A row of one cell stating the units, among the two text rows right above the headings
    ("COGS & Expenses |", "(Amount: NT$ million) |", then "3Q23 |" ...): a caption of the table,
    though no heading cell ("Amount:" is no word of a heading). So is a row of one cell that says
    how long the periods of the columns are ("| For six months ended 30 June | | |" over
    "| Results | 2031 | 2030 |": a highlights page's years are of that half)."""
    above = [[c for c in cells if c.text] for kind, _, cells in rows if kind == "text"][-2:]
    return [cells[0].text for cells in above
            if len(cells) == 1 and (unit_statements(cells[0].text) or _duration_title(cells[0].text))]


def _headed_pipe_width(block: list[Line], rows: list[tuple[str, Cell | None, list[Cell]]], leaf: list[Cell],
                       width: int, env: HeadingEnv) -> int:
    """As many columns as the heading cells when there is one more of them than the cells of
    most rows, the first names a period (not the label column's heading: "(KRW bn)"), and every
    row of fewer cells writes the rest empty ("- Final proposed | 12.00 | 10.00 | |" under
    "2024 | 2023 | Change"): else the first heading would be taken for the label column's, and
    every column would stand under the heading of the next."""
    headed = len(leaf)
    if headed != width + 1 or not names_period(leaf[0].text, env):
        return width
    for kind, label, cells in rows:
        if kind == "data" and len(cells) != headed and not (
                len(cells) < headed and cells and _written_cells(block, cells[0].start) >= headed + (label is not None)):
            return width
    return headed


def _one_cell_headings_joined(heading_rows: list[list[Cell]], width: int) -> list[list[Cell]]:
    """Headings a web copy printed one per line ("2018 (Unaudited) |" / "2017 (Unaudited) |" /
    "Change"): the last ``width`` rows of one cell each are the one row of column headings."""
    tail = heading_rows[-width:]
    if width < 2 or len(tail) != width or any(len(row) != 1 for row in tail):
        return heading_rows
    return [*heading_rows[:-width], [row[0] for row in tail]]


def _written_cells(block: list[Line], offset: int) -> int:
    """How many cells the line holding ``offset`` writes, empty ones at its end included
    ("Gross Margin | 40.6% | 37.9% | 32.7% | | |": six)."""
    line = next((line for line in block if line.start <= offset <= line.end), None)
    if line is None:
        return 0
    parts = line.text.split("|")
    while parts and not parts[0].strip():
        parts.pop(0)
    if parts and not parts[-1].strip():
        parts.pop()  # the text after the closing bar
    return len(parts)


def _to_width(cells: list[Cell], width: int) -> list[Cell]:
    """A row with empty cells more than the columns ("n/a | |": the "%" cell of a change
    nobody could compute left empty): its empty cells dropped from the right until it fits."""
    cells = list(cells)
    while len(cells) > width and any(not c.text for c in cells):
        drop = max(i for i, c in enumerate(cells) if not c.text)
        del cells[drop]
    return cells


def _stack(heading_rows: list[list[Cell]], width: int,
           env: HeadingEnv) -> tuple[tuple[tuple[str, ...], ...] | None, list[str]]:
    """Heading texts per column, top to bottom, and the label column's heading cells."""
    captions: list[str] = []
    leaf = [c.text for c in heading_rows[-1]]
    if len(leaf) == width + 1:
        captions.append(leaf.pop(0))
    if len(leaf) != width:
        return None, captions
    stacks = [[text] for text in leaf]
    for row in reversed(heading_rows[:-1]):
        upper = [c.text for c in row]
        if len(upper) == width + 1 or _label_heading_first(upper, width, env):
            captions.append(upper.pop(0))
        placed = lay_over(upper, leaf, env)
        if placed is None:
            continue  # a heading row that does not fit the columns one way only: not used
        for column, index in enumerate(placed):
            stacks[column].insert(0, upper[index])
    return tuple(tuple(s) for s in stacks), captions


def _label_heading_first(upper: list[str], width: int, env: HeadingEnv) -> bool:
    """A spanning row whose first cell heads the label column ("會計項目 | 114年第3季 | 113年第3季"
    over "金額 | % | 金額 | %"): its other cells span the columns evenly, all its cells do not."""
    spans = len(upper) - 1
    return spans > 0 and width % spans == 0 and width % len(upper) != 0 and not names_period(upper[0], env)


# ---------------------------------------------------------------------------------------------
# Spanning heading cells laid over the columns
# ---------------------------------------------------------------------------------------------


# a year or two digits: a leaf heading that names its own year
_OWN_YEAR = re.compile(r"(?:19|20)\d\d|\d\d\b")
# a comparison's word: "2Q05 vs. 2Q04", "전년 대비"
_VERSUS_WORD = re.compile(r"\bvs\.?|대비", re.I)


def _fit(upper: str, leaf: str, env: HeadingEnv) -> int:
    """How well a spanning heading fits over a leaf heading (positive: it belongs there)."""
    leaf_year = is_year_cell(leaf)
    leaf_part = names_period(leaf, env) and not leaf_year and not _OWN_YEAR.search(leaf)
    leaf_change = any(heading_kind(leaf, k) for k in ("change", "change_amount", "change_percent", "share"))
    if is_year_cell(upper):
        return 2 if leaf_part else -3 if leaf_change else 1 if is_unit_cell(leaf) else 0
    if "/" in upper or _VERSUS_WORD.search(upper) or heading_kind(upper, "change"):
        return 2 if leaf_change else -3 if (leaf_part or leaf_year) else 0
    if names_period(upper, env):
        return 1 if (leaf_change or is_unit_cell(leaf)) else -3 if (leaf_part or leaf_year) else 0
    return 0


def _items_over(items: int, leaves: list[str]) -> list[int] | None:
    """Line items spanning their figure's column and its change column ("売上高" over "百万円 | ％"):
    each item over one column that is not a percentage, a percentage under the item before it.

    >>> _items_over(3, ["百万円", "％", "百万円", "％", "円"]), _items_over(2, ["円", "円", "円"])
    ([0, 0, 1, 1, 2], None)
    """
    out: list[int] = []
    index = -1
    for leaf in leaves:
        if leaf.strip() in ("%", "％", "(%)", "（％）"):
            if index < 0:
                return None
        else:
            index += 1
        out.append(index)
    return out if index == items - 1 else None


def lay_over(upper: list[str], leaves: list[str], env: HeadingEnv) -> list[int] | None:
    """For each leaf, the index of the spanning cell over it: each spanning cell covers a run of
    one or more leaves, in order. None when no way fits, or two ways fit equally well.

    >>> from converter.extract.mechanisms.table_headings import HeadingEnv
    >>> lay_over(["2005", "2005 2Q / 2004 2Q"], ["2Q", "amount", "Δ%"], HeadingEnv(None))
    [0, 1, 1]
    """
    m, n = len(upper), len(leaves)
    if m == 0 or m > n:
        return None
    if m == n:
        return list(range(n))
    if n % m == 0 and len({tuple(leaves[i:i + n // m]) for i in range(0, n, n // m)}) == 1:
        return [i // (n // m) for i in range(n)]  # "KRW | US$ | KRW | US$" under two years: halves
    if all(is_line_item(u) for u in upper):
        return _items_over(len(upper), leaves)
    fit = [[_fit(u, leaf, env) for leaf in leaves] for u in upper]

    @lru_cache(maxsize=None)
    def best(i: int, j: int) -> tuple[int, int, tuple[int, ...]]:
        """Best (score, ways, cover) of upper[i:] over leaves[j:]."""
        if i == m:
            return (0, 1, ()) if j == n else (-10**6, 0, ())
        out = (-10**6, 0, ())
        for stop in range(j + 1, n - (m - i - 1) + 1):
            score, ways, cover = best(i + 1, stop)
            if ways == 0:
                continue
            total = score + sum(fit[i][j:stop])
            if total > out[0]:
                out = (total, ways, (i,) * (stop - j) + cover)
            elif total == out[0]:
                out = (total, out[1] + ways, out[2])
        return out

    score, ways, cover = best(0, 0)
    return list(cover) if ways == 1 and score > 0 else None
