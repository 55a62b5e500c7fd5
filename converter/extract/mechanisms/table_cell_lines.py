"""Tables printed one cell per line: "|" first on each line (a web copy of a table), or bare, as a
PDF's text gives them (the headings one per line, then each row's label and its cells one per
line). Read into the shape of ``table_shape`` as the ``|`` rows of ``table_cells`` are."""

from __future__ import annotations

import re
from collections import Counter

from converter.extract.mechanisms.lines import Line, is_one_cell
from converter.extract.mechanisms.table_cells import ONE_CELL, figures_only, heading_row
from converter.extract.mechanisms.table_shape import EMPTY, NUMERIC, Cell, Grid, GridRow, is_prose, join_closers
from converter.extract.mechanisms.table_headings import HeadingEnv, heading_kind, is_heading_cell, is_year_cell
from converter.extract.mechanisms.table_rows import is_line_item
from converter.parse.dates import parse_date




def cell_per_line_grids(lines: list[Line], env: HeadingEnv, piped: bool = True) -> list[Grid]:
    """Tables of one cell per line, "|" first or bare; ``piped`` False says no line holds a
    "|" (the text holds none), and only the bare cells are looked for."""
    grids: list[Grid] = []
    i = 0 if piped else len(lines)
    while i < len(lines):
        if not is_one_cell(lines[i].text):
            i += 1
            continue
        j = i
        while j < len(lines) and (is_one_cell(lines[j].text) or (
                lines[j].text.strip() and "|" not in lines[j].text and len(lines[j].text.strip()) <= 100
                and j + 1 < len(lines) and is_one_cell(lines[j + 1].text))):
            j += 1
        head, rows = _piped(lines[i:j])
        grid = _cell_grid(head, rows, lines[i].start, lines[j - 1].end, env)
        if grid is not None:
            grids.append(grid)
        i = max(j, i + 1)
    return grids + _bare_grids([line for line in lines if line.text.strip() and not _SEPARATOR.fullmatch(line.text)], env)


# a line of a "|" alone: the rule between two cells of a table whose cells stand on the lines
# between ("|" / "Net sales" / "|" / "1,234" / "|" / "1,456"); read as the bare cells they part
# (a row is read only when its figures are as many as the columns, so an empty cell dropped
# shifts no figure into another column: its row is left out)
_SEPARATOR = re.compile(r"\s*\|\s*")


def _one_cell(line: Line) -> Cell:
    m = ONE_CELL.match(line.text)
    assert m is not None
    text = m["cell"].strip()
    start = line.start + m.start("cell") + (len(m["cell"]) - len(m["cell"].lstrip()))
    return Cell(text, start, start + len(text))


def _whole(line: Line) -> Cell:
    text = line.text.strip()
    start = line.start + line.text.find(text)
    return Cell(text, start, start + len(text))


def _head_cell(line: Line) -> Cell:
    """A heading cell over bare rows, "|" first or not: web copies of Indian results tables print
    their headings "|Particulars (Rupees in Crores.)" / "|Sept-2024" / ..., then each row's label
    and its figures on lines of their own with no bar."""
    return _one_cell(line) if is_one_cell(line.text) else _whole(line)


def _piped(block: list[Line]) -> tuple[list[Cell], list[tuple[Cell, list[Cell]]]]:
    """Heading cells (before the first label) and rows (label, cells) of a "|" block."""
    head: list[Cell] = []
    rows: list[tuple[Cell, list[Cell]]] = []
    for line in block:
        if is_one_cell(line.text):
            (rows[-1][1] if rows else head).append(_one_cell(line))
        else:
            rows.append((_whole(line), []))
    return head, rows


# a cell that only closes a figure: ")", "%", "%)"
_CLOSER = re.compile(r"\)?\s*%?\s*\)?")


def _is_bare_figure(line: Line) -> bool:
    # (each test is anchored at the line's start, so a line of running text fails at its first
    # characters: no search of the whole line first, which a long Korean or Chinese line, holding
    # no Latin letter to stop at, read to its end)
    text = line.text.strip()
    return bool(NUMERIC.match(text) or EMPTY.match(text) or _CLOSER.fullmatch(text))


def _bare_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    """Cells one per line with no "|": a label line, then a line per figure; the heading cells
    each on a line above the first label. Two rows of as many figures at least."""
    grids: list[Grid] = []
    bare = [_is_bare_figure(line) for line in lines]  # each line's test made once
    i = 0
    while i < len(lines):
        rows: list[tuple[Cell, list[Cell]]] = []
        j = i
        # (the line tests first that most lines fail: a figure on the line below, or a table
        # begun, which a section's heading needs; a line with neither ends the loop below anyway)
        while j + 1 < len(lines) and not bare[j] and (bare[j + 1] or rows) and \
                (_row_label(lines[j].text) or (rows and _long_label(lines[j].text))):
            if not bare[j + 1]:
                if not (rows and _section_above_row(lines, bare, j)):
                    break
                rows.append((_whole(lines[j]), []))  # a section's heading ("Non-operating income")
                j += 1
                continue
            k = j + 1
            while k < len(lines) and bare[k]:
                k += 1
            rows.append((_whole(lines[j]), [_whole(line) for line in lines[j + 1:k]]))
            j = k
        while rows and not rows[-1][1]:
            rows.pop()  # (a section heading with no row under it closes no table)
            j -= 1
        widths = Counter(len(join_closers(cells)) for _, cells in rows) if len(rows) >= 2 else None
        if widths and widths.most_common(1)[0][1] >= 2 and widths.most_common(1)[0][0] >= 2:
            first = _opening_section(lines, bare, i, env)
            if first < i:  # (its rows stand under it: a part's figures, unless it heads the whole)
                rows.insert(0, (_whole(lines[first]), []))
            top = first
            while top > 0 and not is_prose(lines[top - 1].text) and is_heading_cell(_head_cell(lines[top - 1]).text, env) \
                    and not bare[top - 1]:
                top -= 1
            top = _over_ranges(lines, bare, top, env)
            above = max(0, top - 2)  # a title or unit line over the heading cells: captions
            while above < top and is_prose(lines[above].text):
                above += 1
            head = names_over_ranges([_head_cell(line) for line in lines[above:first]])
            rows = _notes_off(head, rows)
            grid = _cell_grid(head, rows, lines[top].start, lines[j - 1].end, env, "cells per line")
            if grid is not None:
                grids.append(grid)
            i = j
        else:
            i += 1
    return grids


# the longest a section's heading between a table's headings and its first row may be
_OPENING_SECTION_CHARS = 30


def _opening_section(lines: list[Line], bare: list[bool], i: int, env: HeadingEnv) -> int:
    """``i - 1`` when the line above a table's first row (line ``i``) is a section's heading with
    the columns' heading cells right above it (the periods, then 継続事業 "continuing operations",
    then 売上収益 and its figures: read as it stands, the section's name would be taken for the last
    heading cell and no column would be headed); else ``i``."""
    if i < 2 or bare[i - 1] or bare[i - 2]:
        return i
    label = _head_cell(lines[i - 1]).text  # (a heading cell may stand after a "|": "|Mar-2023")
    if "|" in lines[i - 1].text or len(label) > _OPENING_SECTION_CHARS or is_prose(label) or is_heading_cell(label, env):
        return i
    return i - 1 if is_heading_cell(_head_cell(lines[i - 2]).text, env) else i


def _section_above_row(lines: list[Line], bare: list[bool], j: int) -> bool:
    """Line ``j`` heads a section of a table already begun: a short label, then a row's label
    with its figures under it ("Non-operating income" / "Interest income" / "1,472" / "1,815").
    Up to ``_LABELS_WITHOUT_FIGURES`` such labels may follow each other: a total whose figures
    the copy lost over the next section's heading ("特別利益合計" / "特別損失" / "固定資産除却損")."""
    for k in range(j, min(j + _LABELS_WITHOUT_FIGURES, len(lines) - 2)):
        if bare[k] or len(lines[k].text.strip()) > 60 or is_prose(lines[k].text):
            return False
        if bare[k + 2] and not bare[k + 1] and _row_label(lines[k + 1].text):
            return True
    return False


# how many label lines with no figure under them a table may hold in a run (a section's total
# whose figures the copy lost, the next section's heading, and a breakdown's "(内訳)")
_LABELS_WITHOUT_FIGURES = 3


# the end of a sentence: a line of running text, not a row's label
_SENTENCE_END = re.compile(r"[.!?。다]$")


def _long_label(text: str) -> bool:
    """A long label inside a table already begun ("Share of profit of entities accounted for
    using equity method"): no longer than two lines of a label column, no sentence's end."""
    stripped = text.strip()
    return len(stripped) <= 120 and not _SENTENCE_END.search(stripped)


def _row_label(text: str) -> bool:
    """A line that can be a row's label: no running text, or a line item's long name ("Profit
    for the period attributable to owners of the parent company", longer than running text's
    test allows a label)."""
    return not is_prose(text) or (len(text) <= 120 and is_line_item(text.strip()))


def _cell_grid(head: list[Cell], rows: list[tuple[Cell, list[Cell]]], start: int, end: int,
               env: HeadingEnv, layout: str = "cell per line") -> Grid | None:
    rows = [(label, _row_cells(cells)) for label, cells in rows]
    head, rows = _years_row_as_headings(head, rows)
    counts = Counter(len(cells) for _, cells in rows if cells and figures_only([c for c in cells if c]))
    if not counts:
        return None
    head = _ended_over_dates([c for c in head if c.text])
    found = _headed_width(head, rows, counts, env)
    if found is None:
        return None
    width, heading_rows, head = found
    extra = max((len(cells) - width for _, cells in rows if _second_line(cells, width)), default=0)
    # a row's second line has no heading over it: its cells stand in columns of their own
    stacks = tuple(tuple(row[c] for row in heading_rows) for c in range(width)) + ((),) * extra
    body: list[GridRow] = []
    sections: list[str] = []  # the headings open above the row, the innermost last
    for label, cells in rows:
        closed = next((k for k, section in enumerate(sections) if _closes(section, label.text)), None)
        if not cells and closed is None:
            sections.append(label.text)
            continue
        if (len(cells) == width or _second_line(cells, width)) and figures_only([c for c in cells if c]):
            section = sections[closed] if closed is not None else sections[-1] if sections else None
            body.append(GridRow(label, tuple(cells) + (None,) * (width + extra - len(cells)), section))
        if closed is not None:
            # ("Total non-operating expenses": the rows below are the company's again, even when
            # the total's figures are lost; a line item whose figures are lost, read as a heading
            # inside the section, closes with it)
            del sections[closed:]
    captions = [c.text for c in head]
    return Grid(start, end, layout, tuple(captions), stacks, tuple(body))


def _years_row_as_headings(head: list[Cell], rows: list[tuple[Cell, list[Cell | None]]]
                           ) -> tuple[list[Cell], list[tuple[Cell, list[Cell | None]]]]:
    """The first row when its cells are years in order, each once ("Division" / "2023" / "2022"
    / "2021": the label column's heading, then the years over the columns; a year alone reads as
    a figure too): heading cells, not a row of figures.

    >>> row = (Cell("Division", 0, 8), [Cell("2023", 9, 13), Cell("2022", 14, 18)])
    >>> [c.text for c in _years_row_as_headings([], [row])[0]]
    ['Division', '2023', '2022']
    >>> _years_row_as_headings([], [(row[0], [Cell("2023", 9, 13), Cell("2023", 14, 18)])])[0]
    []
    """
    if not rows or len(rows[0][1]) < 2 or not all(c is not None and is_year_cell(c.text) for c in rows[0][1]):
        return head, rows
    years = [int(_DIGITS.search(c.text)[0]) for c in rows[0][1]]  # type: ignore[index,union-attr]
    steps = {(b > a) - (b < a) for a, b in zip(years, years[1:])}
    if steps not in ({1}, {-1}):
        return head, rows  # (a year twice, or out of order: a row of figures that look like years)
    label, cells = rows[0]
    return [*head, label, *cells], rows[1:]  # type: ignore[list-item]


# the row that closes a section: its total ("Total non-operating income", "Total")
_SECTION_TOTAL = re.compile(r"total\b\s*(?P<rest>.*)", re.I)


def _closes(section: str, label: str) -> bool:
    """``label`` is the total of ``section``: "Total" alone, or "Total" and the section's name
    ("Total assets" under a segment's heading totals no section, and leaves it open).

    >>> _closes("Non-operating income", "Total non-operating income"), _closes("Segment A", "Total assets")
    (True, False)
    >>> _closes("営業外費用", "営業外費用合計"), _closes("営業外費用", "支払利息")
    (True, False)
    """
    m = _SECTION_TOTAL.match(label.strip())
    if m is None:  # (Japanese and Chinese write the total after the section's name: "営業外収益合計")
        return label.strip() in (f"{section.strip()}{total}" for total in _CJK_TOTALS)
    return m["rest"].strip(" :").lower() in ("", section.strip(" :").lower())


# the words after a section's name that make its total row: 合計 (Japanese, traditional Chinese), 合计
_CJK_TOTALS = ("合計", "合计", " 合計")
# the four digits of a year
_DIGITS = re.compile(r"\d{4}")
# a heading cell that waits for its date: "Three months ended", "As of"
_OPEN_ENDED = re.compile(r"\b(?:end(?:ed|ing)|as\s+(?:of|at))$", re.I)


def _ended_over_dates(head: list[Cell]) -> list[Cell]:
    """The heading cells of two rows printed row after row, where a cell of the upper row spans
    both ("Three months ended" / "Three months ended" / "Change", then "Jun. 30, 2022" / "Jun. 30,
    2023"): each open cell joined with its date, in order, so that the columns read "Three
    months ended Jun. 30, 2022", "... 2023", "Change" (read as they stand, the last row of as many
    cells as columns would put "Change" over the first). Only as many dates closing the heading
    as open cells, the open cells side by side, and no date among the cells between.

    >>> cells = [Cell(t, 0, 0) for t in ("Three months ended", "Three months ended", "Change",
    ...                                  "Jun. 30, 2022", "Jun. 30, 2023")]
    >>> [c.text for c in _ended_over_dates(cells)]
    ['Three months ended Jun. 30, 2022', 'Three months ended Jun. 30, 2023', 'Change']
    >>> len(_ended_over_dates(cells[:2] + cells[3:4]))
    3
    """
    open_ = [k for k, c in enumerate(head) if _OPEN_ENDED.search(c.text.strip())]
    n = len(open_)
    if n < 2 or open_ != list(range(open_[0], open_[0] + n)) or open_[-1] >= len(head) - n:
        return head
    dates, between = head[-n:], head[open_[-1] + 1:len(head) - n]
    if not all(parse_date(c.text.strip().rstrip(",")) for c in dates) or \
            any(parse_date(c.text.strip().rstrip(",")) or _DIGITS.search(c.text) for c in between):
        return head
    joined = {k: Cell(f"{head[k].text} {d.text}", head[k].start, d.end) for k, d in zip(open_, dates)}
    return [joined.get(k, c) for k, c in enumerate(head[:-n])]



def _headed_width(head: list[Cell], rows: list[tuple[Cell, list[Cell | None]]], counts: Counter,
                  env: HeadingEnv) -> tuple[int, list[list[str]], list[Cell]] | None:
    """The number of columns, the rows of heading cells over them and the cells left above.
    The columns are as many as the cells of most rows when that many heading cells head them;
    else as many as the cells of fewer rows when that many head them and every longer row is
    such a row with a second line under it ("Operating Profit", its figures, then its margins
    in brackets under some of them: "(12.2%)"); else the table is not read (a longer row of
    another form may hold columns no heading cell was read for: which ones cannot be told)."""
    for rank, (width, _) in enumerate(counts.most_common()):
        if rank and not all(len(cells) <= width or _second_line(cells, width) for _, cells in rows):
            continue
        heading_rows: list[list[str]] = []
        left = head
        while len(left) >= width and heading_row(left[-width:], env) and (
                not heading_rows or all(is_heading_cell(c.text, env) for c in left[-width:])):
            # (a row over the lowest one heads the columns with all its cells: a title line
            # and a unit line above the headings, "(1) Statement of income" / "(Thousands of
            # yen)", are captions, not a row of two columns whose label-cell is the title)
            heading_rows.insert(0, [c.text for c in left[-width:]])
            left = left[:-width]
        if heading_rows:
            return width, heading_rows, left
    return None


# a figure in brackets: a negative amount, or a ratio printed under a figure ("(12.2%)")
_BRACKETED = re.compile(r"\(.*\d.*\)%?")


def _second_line(cells: list[Cell | None], width: int) -> bool:
    """A row of more cells than ``width`` whose cells past the first ``width`` are a second line
    under it: each in brackets, where none of the first ``width`` is (so no cell of the first
    line can be missing, shifting a second-line cell into it), and no more than the columns."""
    first, rest = cells[:width], cells[width:]
    return (0 < len(rest) <= width and all(c is not None and _BRACKETED.fullmatch(c.text) for c in rest)
            and not any(c is not None and _BRACKETED.fullmatch(c.text) for c in first))


def _row_cells(cells: list[Cell]) -> list[Cell | None]:
    """A row's cells up to the empty cell that closes it, closers joined."""
    out: list[Cell] = []
    for cell in cells:
        if not cell.text:
            break
        out.append(cell)
    return list(join_closers(out))


# a heading cell that is a column's first and last day in brackets, "(自 2024年4月1日 至 2024年6月30日)"
_DAYS_RANGE = re.compile(r"[(（]\s*(?:自|從|从)\s*\S.*(?:至|[~～〜]).*\d\s*日\s*[)）]")


def names_over_ranges(head: list[Cell]) -> list[Cell]:
    """The heading cells of a statement printed column after column, each column's name over its
    days in brackets on the lines below ("前期" / "(自 2023年4月1日" / "至 2023年6月30日)" / "当期"
    / ...): the bracket's lines joined, then each name with its days, so that each column is one
    cell. Only when names and ranges alternate to the end, two columns at least; cells printed
    row after row (the names, then the ranges) are left as they stand.

    >>> cells = [Cell(t, 0, 0) for t in ("Notes", "Prior", "(自 2023年4月1日", "至 2023年6月30日)",
    ...                                  "Current", "(自 2024年4月1日", "至 2024年6月30日)")]
    >>> [c.text for c in names_over_ranges(cells)]
    ['Notes', 'Prior (自 2023年4月1日 至 2023年6月30日)', 'Current (自 2024年4月1日 至 2024年6月30日)']
    >>> order = [cells[1], cells[4], cells[2], cells[3], cells[5], cells[6]]
    >>> len(names_over_ranges(order))
    6
    """
    joined: list[Cell] = []
    for cell in head:  # a bracket opened on one line and closed on a later one: one cell
        previous = joined[-1].text if joined else ""
        if previous.count("(") + previous.count("（") > previous.count(")") + previous.count("）"):
            joined[-1] = Cell(f"{previous} {cell.text}", joined[-1].start, cell.end)
        else:
            joined.append(cell)
    ranges = [k for k, c in enumerate(joined) if _DAYS_RANGE.fullmatch(c.text.strip())]
    pairs = len(ranges) >= 2 and ranges[0] >= 1 and ranges[-1] == len(joined) - 1 and all(
        b - a == 2 for a, b in zip(ranges, ranges[1:]))  # name, days, name, days ... to the end
    if not pairs:
        return head
    out: list[Cell] = []
    for k, cell in enumerate(joined):
        if k in ranges:
            name = joined[k - 1]
            out.append(Cell(f"{name.text} {cell.text}", name.start, cell.end))
        elif k + 1 not in ranges:
            out.append(cell)
    return out


def _over_ranges(lines: list[Line], bare: list[bool], top: int, env: HeadingEnv) -> int:
    """The first line of the heading over a table's first row when its columns are each a name
    over its days on the lines below (``names_over_ranges``), with the heading cells above them
    ("Notes"); else ``top``. No more lines than two columns of three take, none a figure."""
    first = None
    k = top
    while k > 0 and top - k < 12 and not bare[k - 1] and len(lines[k - 1].text.strip()) <= 40:
        k -= 1
        cells = [_whole(line) for line in lines[k:top]]
        joined = names_over_ranges(cells)
        if joined is not cells and _DAYS_RANGE.search(joined[0].text):
            first = k
    if first is None:
        return top
    while first > 0 and not bare[first - 1] and is_heading_cell(lines[first - 1].text.strip(), env):
        first -= 1
    return first


# a note reference: a number of one or two digits, no sign, separator or decimals
_NOTE_REFERENCE = re.compile(r"\d{1,2}")


def _notes_off(head: list[Cell], rows: list[tuple[Cell, list[Cell]]]) -> list[tuple[Cell, list[Cell]]]:
    """Rows of a table whose columns are a note column, then figures ("Notes" / "Prior" /
    "Current"), printed one cell a line: a row's note reference stands on a line of its own
    before its figures, and a row with no note has none, so rows of one cell more than the
    columns of figures lose their first when it is a note reference; a row of as many cells
    as the columns of figures whose first could be one is left out (its note or a figure
    missing: which cannot be told). A table of no note column is left as it is.

    >>> head = [Cell(t, 0, 0) for t in ("Notes", "Prior (自 2023年4月1日 至 2023年6月30日)",
    ...                                 "Current (自 2024年4月1日 至 2024年6月30日)")]
    >>> rows = [(Cell(label, 0, 0), [Cell(t, 0, 0) for t in cells]) for label, cells in (
    ...     ("Revenue", ["4,321", "4,567"]), ("EPS", ["7", "12.34", "13.45"]), ("Other", ["8", "95"]))]
    >>> [(label.text, [c.text for c in cells]) for label, cells in _notes_off(head, rows)]
    [('Revenue', ['4,321', '4,567']), ('EPS', ['12.34', '13.45'])]
    """
    at = [k for k, c in enumerate(head) if heading_kind(c.text, "note")]
    if len(at) != 1 or len(head) - at[0] < 3:
        return rows
    columns = len(head) - at[0] - 1  # (the note column first, the columns of figures after it)
    out: list[tuple[Cell, list[Cell]]] = []
    for label, cells in rows:
        if len(cells) == columns + 1 and _NOTE_REFERENCE.fullmatch(cells[0].text.strip()):
            out.append((label, cells[1:]))
        elif not (len(cells) == columns and _NOTE_REFERENCE.fullmatch(cells[0].text.strip())):
            out.append((label, cells))
    return out
