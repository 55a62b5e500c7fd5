"""Results tables whose web copy separates every cell by spaces alone: no "|", no columns that
line up, a heading line naming the periods one word each, then each row's label and figures::

    Unit: NT$ thousand
    Accounting Title 2024/3rd 2023/3rd 2024/01/01To2024/09/30 2023/01/01To2023/09/30
      Net sales revenue 3,512,804 3,890,127 10,944,612 11,207,345
     Total operating costs 2,981,433 3,240,875 9,316,208 9,802,561

A single space separates the label's words as it does the cells, so such a table is read only
where nothing is left to guess: the heading line ends in as many words as there are columns, each
a period (or a change) the heading reader reads alone, and a row is read only when its figures
are exactly as many as those columns (a label ending in a number, "... IFRS 9 -2,024 ...", gives
one figure more, and its row is left alone). The caption lines above the heading give the unit.
Tables the other readers see (fixed-width, "|", a cell per line) are theirs.
"""

from __future__ import annotations

import re

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_fiscal_terms import TERM
from converter.extract.mechanisms.table_headings import HeadingEnv, column_meaning, heads_label_column, is_heading_cell
from converter.extract.mechanisms.table_shape import Cell, Grid, GridRow, is_figure
from converter.parse.months import add_months, months_span

# a word: what stands between spaces
_WORD = re.compile(r"\S+")
# a heading's word; an issuer's fiscal term is one though written in two ("제 17기")
_HEADING_WORD = re.compile(rf"{TERM}(?:\s*말)?|\S+")
# a letter: a label holds one
_LETTER = re.compile(r"[^\W\d_]")
# a digit: a figure holds one
_DIGIT = re.compile(r"\d")
# a total's row: the rows below stand under no section (as ``table_grid`` reads them)
_TOTAL_LABEL = re.compile(r"total\b|합\s*계|총\s*계", re.I)
# how far above its first row a heading line may stand (caption and section lines between)
_HEADING_REACH = 3
# how many caption lines above the heading are read for the unit
_CAPTION_LINES = 4


def _split_row(line: Line) -> tuple[Cell, list[Cell]] | None:
    """A row's label and its figures: the words of the line after the last word that is no
    figure, when there are two at least and the label before them holds a letter."""
    if not _ends_in_two_figures(line.text):
        return None  # (most lines: their words are not cut into matches)
    return _split_figures(line)


# the characters a figure cell ends with (``table_shape.NUMERIC`` and ``EMPTY``), besides a digit
_FIGURE_ENDS = frozenset("%)]원-—–aAmM.*－=환속대소전")


def _ends_in_two_figures(text: str) -> bool:
    """Whether the last two of three words at least are figures, as every row's are (after its
    label): a look at the line's end alone, and first at its last character (most lines end in
    a letter, which no figure does)."""
    last = text[-1:]
    if last.isspace():
        last = text.rstrip()[-1:]
    if not (last.isdecimal() or last in _FIGURE_ENDS):
        return False
    tail = text.rsplit(None, 2)
    return len(tail) == 3 and all(is_figure(w) and not w.endswith(",") for w in tail[1:])


def _split_figures(line: Line) -> tuple[Cell, list[Cell]] | None:
    """``_split_row`` without its look at the line's end (the plain reading)."""
    words = list(_WORD.finditer(line.text))
    k = len(words)
    while k > 0 and is_figure(words[k - 1].group(0)) and not words[k - 1].group(0).endswith(","):
        k -= 1  # ("3," of "September 3, 2008": a date's day, no figure)
    figures = words[k:]
    if k == 0 or len(figures) < 2 or not any(_DIGIT.search(w.group(0)) for w in figures):
        return None
    if "  " in line.text[words[k - 1].end():figures[-1].end()]:
        return None  # cells set apart by wider gaps: a fixed-width table, the fixed-width reader's
    label_text = line.text[words[0].start():words[k - 1].end()]
    if not _LETTER.search(label_text):
        return None
    label = Cell(label_text, line.start + words[0].start(), line.start + words[k - 1].end())
    return label, [Cell(w.group(0), line.start + w.start(), line.start + w.end()) for w in figures]


def _heading(line: Line, width: int, captions: list[str], env: HeadingEnv) -> list[Cell] | None:
    """The last ``width`` words of ``line`` when each heads a column the heading reader reads
    alone as a period or a change, and the words before them hold no digit and no heading word
    (the label column's heading, "Accounting Title"): so which words head which column cannot
    be in doubt, and rows of fewer figures than the heading's columns find no heading."""
    words = list(_HEADING_WORD.finditer(line.text))
    if len(words) <= width or "  " in line.text[words[-width - 1].end():words[-1].end()]:
        return None
    if not any(_DIGIT.search(w.group(0)) for w in words[-width:]) or any(_DIGIT.search(w.group(0)) for w in words[:-width]):
        return None  # (first, before the heading reader is asked: no period among the columns, or a digit before them)
    cells = [Cell(w.group(0), line.start + w.start(), line.start + w.end()) for w in words[-width:]]
    if not any(column_meaning([c.text], captions, env).period is not None for c in cells):
        return None  # (a period at least is read)
    if any(is_heading_cell(w.group(0), env) and not heads_label_column(w.group(0)) for w in words[:-width]):
        return None  # a period, a figure or a change before the columns: one more column than the rows hold?
    return cells if all(_names_column(c.text, captions, env) for c in cells) else None


def _names_column(text: str, captions: list[str], env: HeadingEnv) -> bool:
    """A word that heads a column: a period, a quarter by its ordinal ("2024/3rd", read or not
    for want of a calendar), a change; never a word of running text nor a part of a date."""
    column = column_meaning([text], captions, env)
    return column.period is not None or column.role == "change" or bool(_ORDINAL_QUARTER.fullmatch(text))


def space_row_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    """The tables of the layout above, one grid each."""
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        # (the line's last character first, inline: most lines end in a letter, and a call a line costs)
        last = text[-1:]
        row = _split_figures(lines[i]) if (last.isdecimal() or last in _FIGURE_ENDS or last.isspace()) \
            and "|" not in text and _ends_in_two_figures(text) else None
        if row is None:
            i += 1
            continue
        grid, i = _grid_from(lines, i, len(row[1]), env)
        if grid is not None:
            grids.append(grid)
    return grids


def _grid_from(lines: list[Line], first: int, width: int, env: HeadingEnv) -> tuple[Grid | None, int]:
    """The grid whose first row is ``lines[first]`` (``width`` figures), and the line after it."""
    top = None
    for k in range(first - 1, max(-1, first - 1 - _HEADING_REACH), -1):
        if not lines[k].text.strip():
            continue
        captions = [line.text.strip() for line in lines[max(0, k - _CAPTION_LINES):k] if line.text.strip()]
        heading = _heading(lines[k], width, captions, env)
        if heading is not None:
            top = (k, heading, captions)
            break
    if top is None:
        return None, first + 1
    k, heading, captions = top
    rows: list[GridRow] = []
    between = [line.text.strip() for line in lines[k + 1:first] if line.text.strip()]
    section = between[-1] if between else None  # a line over the first row: its section
    j = first
    while j < len(lines):
        text = lines[j].text
        if not text.strip():
            j += 1
            continue
        row = _split_row(lines[j]) if "|" not in text else None
        if row is None:
            words = text.split()
            if not words or any(_DIGIT.search(w) for w in words) or len(text.strip()) > 80:
                break  # running text, or a line of figures that is no row: the table ends
            section = text.strip()  # "Operating expenses": a line over the rows below it
            j += 1
            continue
        label, cells = row
        if len(cells) == width:  # (a row of more or fewer figures: which is which cannot be told)
            rows.append(GridRow(label, tuple(cells), section))
        if _TOTAL_LABEL.match(label.text.strip()):
            section = None  # a total closes its section, as in fixed-width tables
        j += 1
    if len(rows) < 2:
        return None, first + 1
    end = rows[-1].cells[-1].end  # type: ignore[union-attr]
    texts = _quarters_by_their_year(heading, captions, env)
    return Grid(heading[0].start, end, "space rows", tuple(captions), tuple((t,) for t in texts), tuple(rows)), j


# a quarter named by its ordinal after its year: "2024/3rd" (Taiwan's MOPS statements)
_ORDINAL_QUARTER = re.compile(r"(?P<y>(?:19|20)\d\d)\s*/\s*(?P<q>[1-4])(?:st|nd|rd|th)")


def _quarters_by_their_year(heading: list[Cell], captions: list[str], env: HeadingEnv) -> list[str]:
    """The heading words, a quarter named by its ordinal ("2024/3rd") written as its months
    where a column of the same heading gives that year's months to date ("2024/01/01To2024/09/30":
    three quarters from January, so the third quarter is July to September); else as printed
    (how the company counts its quarters is not known, and the column is not read).

    >>> cells = [Cell(t, 0, 0) for t in ("2024/3rd", "2023/3rd", "2024/01/01To2024/09/30")]
    >>> _quarters_by_their_year(cells, [], HeadingEnv(None, None))
    ['2024/07/01~2024/09/30', '2023/3rd', '2024/01/01To2024/09/30']
    """
    spans = [column_meaning([c.text], captions, env).period for c in heading]
    texts = []
    for cell in heading:
        m = _ORDINAL_QUARTER.fullmatch(cell.text)
        texts.append(cell.text)
        if m is None:
            continue
        year, count = int(m["y"]), int(m["q"])
        for span in spans:
            if span is None or span.start is None or span.end.year != year:
                continue
            to_date = months_span(span.start.year, span.start.month, 3 * count)
            if to_date == span:  # the year to date is ``count`` quarters long: the last is the one
                last = months_span(*add_months(span.start.year, span.start.month, 3 * count - 3), 3)
                texts[-1] = f"{last.start:%Y/%m/%d}~{last.end:%Y/%m/%d}"  # type: ignore[union-attr]
                break
    return texts
