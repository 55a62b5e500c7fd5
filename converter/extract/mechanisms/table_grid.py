"""Results tables as laid out in the text, read into one shape: heading cells over each column,
and rows of a label and one cell per column.

Three line layouts are read here (the column-wise summaries and digests are in ``table_flat``):

- fixed-width text, EDGAR ``<TABLE>``/``<S>``/``<C>`` included (the markup lines are dropped):
  cells are runs separated by two spaces; the columns are where the figures of the body stand,
  and a heading cell belongs to the columns it lies over;
- rows of ``|``-separated cells (HTML flattened a row to a line), a row's label sometimes on the
  line before its figures; heading rows with fewer cells than columns (spanning cells) are laid
  over the columns by what their words fit ("2005" over "2Q", "2005 2Q / 2005 1Q" over
  "amount | Δ%");
- one cell per line (HTML flattened a cell to a line, ``|`` first), a row label on a line of its
  own; the heading cells before the first label are cut into rows of as many cells as a row has.

Everywhere a cell that is only ``)`` or ``%`` closes the cell before it (``table_shape.join_closers``): ``(1,245`` ``)`` is
-1,245, ``0.4`` ``%`` is 0.4%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

from converter.columns import char_columns
from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import (
    HeadingEnv,
    heading_kind,
    is_date_part,
    is_heading_cell,
    names_period,
)
from converter.extract.mechanisms.table_rows import is_line_item
from converter.extract.mechanisms.table_shape import DIGIT, Cell, Grid, GridRow, is_figure, is_prose
from converter.extract.mechanisms.table_units import is_unit_cell, unit_statements


# EDGAR's SGML table markup and rule lines: layout, not content. </TABLE> closes a table.
_MARKUP = re.compile(
    r"""^(?:\s*</?(?:TABLE|CAPTION|PAGE|FN)>.*$     # <TABLE>, </TABLE>, <CAPTION>, <PAGE>, <FN>
        | \s*(?:<[SC]>\s*)+$                       # the column markers: <S>  <C>  <C>
        | (?=[-=_\s]*$)[-=_\s]*?[-=_]{3}            # a rule: only rule characters, three in a row
    )""", re.I | re.X)  # (not "\s*[-=_\s]*[-=_]{3,}...": overlapping repeats, ms on a long line)
_TABLE_END = re.compile(r"^\s*</TABLE>", re.I)
_YEAR = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d$")


# ---------------------------------------------------------------------------------------------
# Fixed-width text
# ---------------------------------------------------------------------------------------------


class _Run(NamedTuple):
    """A cell of a fixed-width line: its text, display columns [left, right) and offset. (A
    named tuple, not a frozen dataclass: each cell of every line with a digit is one, and a
    named tuple is built without a call of ``object.__setattr__`` per field.)"""

    text: str
    left: int
    right: int
    offset: int


_LONGEST_ROW = 400  # display columns: no table row of a filing is wider


# a cell of a fixed-width line: words one space apart
# words joined by single spaces, an ideographic space (U+3000) too: "売　上　高" is one cell,
# "会社名　　株式会社" two
_CELL_TEXT = re.compile(r"[^\s]+(?:[ \u3000][^\s]+)*")


def _runs(line: Line) -> list[_Run]:
    """Cells (runs separated by two spaces or a tab) in display columns: Hangul is twice as
    wide as its characters, a tab reaches the next multiple of eight, and figures are aligned
    to what the eye sees."""
    if len(line.text) > _LONGEST_ROW:
        return [_Run(line.text.strip(), 0, _LONGEST_ROW, line.start)]  # a paragraph, not a row
    column = _display_columns(line.text)
    return [_Run(m.group(0), column[m.start()], column[m.end()], line.start + m.start())
            for m in _CELL_TEXT.finditer(line.text) if not _RULE.fullmatch(m.group(0))]


# a rule under some columns of a heading line ("-----------   June 30,"): layout, not a cell
_RULE = re.compile(r"[-=_]{3,}(?:\s+[-=_]{3,})*")


class _Widths(dict[str, int]):
    """The columns (``char_columns``) of each character met, read by ``map`` without a call of
    Python per character: a line with one curly quote or Hangul syllable is otherwise summed a
    character at a time (the distinct characters of filings are few)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = char_columns(ch)
        return width


_WIDTHS = _Widths()


def _display_columns(text: str) -> list[int] | range:
    """The display column before each character of ``text`` (and after the last)."""
    if "\t" not in text:
        if text.isascii():
            return range(len(text) + 1)  # one column a character: most lines of a filing
        return list(accumulate(map(_WIDTHS.__getitem__, text), initial=0))
    column = [0]
    for ch in text:
        here = column[-1]
        column.append(here + 8 - here % 8 if ch == "\t" else here + char_columns(ch))
    return column


# a rule drawn on a line: three rule characters or more
_RULE_RUN = re.compile(r"[-=_]{3,}")


def _rule_spans(text: str) -> list[tuple[int, int]]:
    """Display-column spans of the rules drawn on a line ("-------" under a spanning heading)."""
    if len(text) > _LONGEST_ROW or not _RULE_RUN.search(text):
        return []
    column = _display_columns(text)
    return [(column[m.start()], column[m.end()]) for m in _RULE_RUN.finditer(text)]


_BARE_CURRENCY = re.compile(r"^(?:US\$|HK\$|NT\$|S\$|\$|₩|¥|€|£)$")


def _split_label(runs: list[_Run]) -> tuple[list[_Run], list[_Run]]:
    """Leading non-figure runs (the label) and the figure runs after them; a currency sign
    standing alone before a figure ("$   1,234", a column of its own in EDGAR statements) is
    layout, the unit is the table's."""
    i = 0
    while i < len(runs) and not is_figure(runs[i].text) and not _BARE_CURRENCY.match(runs[i].text):
        i += 1
    return runs[:i], [r for r in runs[i:] if not _BARE_CURRENCY.match(r.text)]


# a digit


def _is_data(runs: list[_Run]) -> bool:
    label, figures = _split_label(runs)
    if not label and all(_YEAR.match(r.text) for r in figures):
        return False  # "2004      2003": a heading row of years
    return bool(figures) and all(is_figure(r.text) for r in figures) and \
        any(DIGIT.search(r.text) for r in figures) and (bool(label) or len(figures) >= 1)


def _is_heading(runs: list[_Run], env: HeadingEnv) -> bool:
    """A row of column headings: periods and changes, or line items over the columns of a table
    whose rows are periods ("구분   매출액   영업이익   순이익")."""
    cells = [r.text for r in runs]
    if not cells or any(is_figure(c) and not names_period(c, env) for c in cells):
        return False
    body = cells[1:] if len(cells) > 1 and not is_heading_cell(cells[0], env) else cells
    # (the period test first: it is part of the heading-cell test, and most lines fail it)
    if any(names_period(c, env) or heading_kind(c, "change") for c in body) and all(
            is_heading_cell(c, env) for c in body):
        return True
    if len(cells) < 2:
        return False  # (two line items at least, below)
    items = cells if is_line_item(cells[0]) else cells[1:]  # "구분", "(KRW bn)" head the labels
    named = [c for c in items if len(c) <= 40 and is_line_item(c)]
    return len(named) >= 2 and all(c in named or heading_kind(c, "change") for c in items)


def fixed_width_grids(lines: list[Line], env: HeadingEnv) -> list[Grid]:
    kept, rules = [], []  # rules: the spans of the rules drawn under each kept line
    for line in lines:
        if not _MARKUP.match(line.text) or _TABLE_END.match(line.text):
            if kept:
                rules[-1] += _rule_spans(line.text)  # a rule beside a heading: "-------   June 30,"
            kept.append(line)
            rules.append([])
        elif kept:
            rules[-1] += _rule_spans(line.text)
    runs = _LineRuns(kept)
    stops = [bool(_TABLE_END.match(line.text)) or is_prose(line.text) for line in kept]
    figures_follow = _FiguresFollow(kept, runs, stops)
    grids: list[Grid] = []
    i = 0
    while i < len(kept):
        # the cheap tests first: most lines of a release are prose, and are no heading either;
        # nor is a line no row of figures follows closely (``_fixed_grid`` would find no body)
        if stops[i] or not figures_follow(i) or not _is_heading(runs[i], env):
            i += 1
            continue
        grid, last = _fixed_grid(kept, runs, i, env, rules)
        if grid is None:
            i += 1
            continue
        grids.append(grid)
        i = last + 1
    return grids


class _LineRuns(Sequence[list[_Run]]):
    """The cells of each kept line, cut when first asked for: most lines of a release are
    prose, no table's part, and are never cut."""

    def __init__(self, kept: list[Line]) -> None:
        self.kept = kept
        self.cut: dict[int, list[_Run]] = {}

    def __len__(self) -> int:
        return len(self.kept)

    def __getitem__(self, i: int) -> list[_Run]:  # type: ignore[override]  (no slices)
        if i < 0:
            i += len(self.kept)
        if i not in self.cut:
            self.cut[i] = _runs(self.kept[i])
        return self.cut[i]


class _FiguresFollow:
    """Whether a row of figures stands within ``_BODY_REACH`` lines below line ``i``, with no
    prose line or table end before it: what ``_fixed_grid`` needs under a heading row, asked
    before the costly heading tests (each line's figure test made once; a line without a digit
    holds no figure row)."""

    def __init__(self, kept: list[Line], runs: _LineRuns, stops: list[bool]) -> None:
        self.kept, self.runs, self.stops = kept, runs, stops
        self.data: dict[int, bool] = {}

    def __call__(self, i: int) -> bool:
        for j in range(i + 1, min(len(self.kept), i + _BODY_REACH + 1)):
            if self.stops[j]:
                return False
            if j not in self.data:
                self.data[j] = bool(DIGIT.search(self.kept[j].text)) and bool(self.runs[j]) and _is_data(self.runs[j])
            if self.data[j]:
                return True
        return False


_BODY_REACH = 8  # lines from a heading row to the table's first row of figures, at most


def _fixed_grid(kept: list[Line], runs: Sequence[list[_Run]], at: int, env: HeadingEnv,
                rules: list[list[tuple[int, int]]]) -> tuple[Grid | None, int]:
    top = at
    while top - 1 >= 0 and top > at - 6 and runs[top - 1] and not _is_data(runs[top - 1]) \
            and not is_prose(kept[top - 1].text) and _headingish(runs[top - 1], env):
        top -= 1
    j, first, bottom = at + 1, None, at
    while j < len(kept) and j <= at + _BODY_REACH:
        if _TABLE_END.match(kept[j].text) or is_prose(kept[j].text):
            break
        if runs[j] and _is_data(runs[j]):
            first = j
            break
        if runs[j] and _headingish(runs[j], env) and bottom == j - 1:
            bottom = j  # "HK$   HK$", "Note   Million   Million": headings under the periods
        elif runs[j] and not (len(runs[j]) == 1 and runs[j][0].text.rstrip().endswith(":")):
            break  # a title or a sentence between: the heading row heads no table here
        j += 1
    if first is None:
        return None, at
    body, last = _fixed_body(kept, runs, bottom + 1, env)
    columns = _columns(body, runs)
    if not columns:
        return None, at
    headings, label_cells = _headings_over(runs, [k for k in range(top, bottom + 1) if runs[k]], columns, rules)
    signs = tuple(r.text for index, _ in body for r in runs[index] if _BARE_CURRENCY.match(r.text))
    rows = []
    leads = _wrapped_leads(body, kept, runs)
    for index, section in body:
        label, figures = _split_label(runs[index])
        cells: list[Cell | None] = [None] * len(columns)
        for run in figures:
            hit = _columns_under(run, columns)
            if len(hit) == 1:
                cells[hit[0]] = Cell(run.text, run.offset, run.offset + len(run.text))
        label_cell = None
        if label:
            lead = leads.get(index)
            label_cell = Cell(" ".join(([lead.text] if lead else []) + [r.text for r in label]),
                              lead.offset if lead else label[0].offset, label[-1].offset + len(label[-1].text))
            if lead is not None and section == lead.text:
                section = None
        rows.append(GridRow(label_cell, tuple(cells), section))
    captions = tuple(_captions_above(kept, runs, top)) + tuple(label_cells)
    grid = Grid(kept[top].start, kept[last].end, "fixed-width", captions,
                tuple(tuple(h) for h in headings), tuple(rows), signs)
    return grid, last


# the end of a label that goes on onto the next line: "Selling, general and"
_WRAPS_ON = re.compile(r"(?:\band|\bor|\bof|\bfor|\bto|\bfrom|&|,|-)$")
# a lower-case letter first: the rest of a label wrapped from the line above
_LOWER_FIRST = re.compile(r"[a-z]")
# a unit caption's words: "(단위: 억원)", "(Unit: ...)", "(in thousands ...)"
_UNIT_CAPTION = re.compile(r"단위|unit|\bin\b", re.I)
# a total's row: the rows below stand under no section
_TOTAL_LABEL = re.compile(r"total\b|합\s*계|총\s*계", re.I)


def _wrapped_leads(body: list[tuple[int, str | None]], kept: list[Line], runs: Sequence[list[_Run]]) -> dict[int, _Run]:
    """"Selling, general and" over "  administrative expenses   27,514": a label wrapped over
    two lines, the first without figures; not a section heading over the rows below."""
    leads: dict[int, _Run] = {}
    for index, _ in body:
        above = index - 1
        if above < 0 or len(runs[above]) != 1 or _is_data(runs[above]):
            continue
        label, _ = _split_label(runs[index])
        lead = runs[above][0]
        if label and (_WRAPS_ON.search(lead.text)
                      or _LOWER_FIRST.match(label[0].text)) and label[0].left >= lead.left:
            leads[index] = lead
    return leads


def _headings_over(runs: Sequence[list[_Run]], header_lines: list[int], columns: list[tuple[int, int]],
                   rules: list[list[tuple[int, int]]]) -> tuple[list[list[str]], list[str]]:
    """The heading cells over each column, top to bottom, and the cells of the label column."""
    headings: list[list[str]] = [[] for _ in columns]
    label_cells: list[str] = []
    above: list[tuple[_Run, list[int]]] = []
    for k in header_lines:
        placed: list[tuple[_Run, list[int]]] = []
        dates = [r for r in runs[k] if is_date_part(r.text)]
        for run in runs[k]:
            hit = _columns_under(run, columns)
            center = (run.left + run.right) // 2
            ruled = [(left, right) for left, right in rules[k] if left <= center < right and right - left > run.right - run.left
                     and _alone_over(run, runs[k], left, right)]
            if ruled:  # "Three months ended" over a rule as wide as the columns it heads
                spanned = _columns_under(_Run(run.text, ruled[0][0], ruled[0][1], run.offset), columns)
                hit = spanned if set(hit) <= set(spanned) else hit
            if unit_statements(run.text) and (len(hit) in (0, len(columns)) or len(unit_statements(run.text)) > 1
                                              or _UNIT_CAPTION.search(run.text)):
                label_cells.append(run.text)  # "(in thousands of U.S. dollars)": the whole table's
                continue  # ("Millions of yen" over two of four columns is those columns' unit)
            # "June 30," centred under "Three Months Ended": it spans what the cell above spans
            # (not when each column under it has a date of its own: "June 30,  March 31,  June 30,")
            wider = [h for r, h in above if r.left <= center < r.right and len(h) > len(hit) and set(hit) <= set(h)
                     and is_date_part(run.text)
                     and sum(1 for d in dates if set(_columns_under(d, columns)) & set(h)) <= 1]
            if wider:
                hit = wider[0]
            if hit:
                for c in hit:
                    headings[c].append(run.text)
                placed.append((run, hit))
            elif run.right <= columns[0][0]:
                label_cells.append(run.text)
        above = placed
    return headings, label_cells


def _alone_over(run: _Run, line: list[_Run], left: int, right: int) -> bool:
    """``run`` is the only cell of its line over the rule [left, right): one rule under
    "2003   2002   2001" underlines the three headings, and spans none of them over the others."""
    return not any(other is not run and left <= (other.left + other.right) // 2 < right for other in line)


def _headingish(runs: list[_Run], env: HeadingEnv) -> bool:
    """A line over a heading row: "Three Months Ended", "September 30,", "HK$ HK$", a unit
    line; not a title ("Summary of Results"), which is a caption."""
    return all(is_heading_cell(r.text, env) or bool(unit_statements(r.text)) for r in runs)


def _fixed_body(kept: list[Line], runs: Sequence[list[_Run]], first: int, env: HeadingEnv) -> tuple[list[tuple[int, str | None]], int]:
    """(line index, section) of the body's figure rows, and the last line of the table."""
    body: list[tuple[int, str | None]] = []
    section: str | None = None
    blanks, last, k = 0, first, first
    while k < len(kept):
        line = kept[k]
        if _TABLE_END.match(line.text):
            break
        if not runs[k]:
            blanks += 1
            section = None
            if blanks >= 2:
                break
            k += 1
            continue
        if is_prose(line.text) or (k > first and _is_heading(runs[k], env)):
            break
        blanks = 0
        if _is_data(runs[k]):
            label, _ = _split_label(runs[k])
            body.append((k, section))
            if label and _TOTAL_LABEL.match(label[0].text):
                section = None
            last = k  # the table ends with its last row of figures
        elif len(runs[k]) == 1 and len(runs[k][0].text) <= 60:
            section = runs[k][0].text  # a label-only line: the rows below stand under it
            below = _split_label(runs[k + 1])[0] if k + 1 < len(kept) and runs[k + 1] else []
            if _WRAPS_ON.search(section) or (below and _LOWER_FIRST.match(below[0].text)):
                section = None  # "Selling, general and": a label wrapped onto the next line
        elif all(is_unit_cell(r.text) for r in runs[k]):
            pass  # "Yen        U.S. dollars" over the per-share rows: the columns' units again
        else:
            break
        k += 1
    return body, last


def _columns(body: list[tuple[int, str | None]], runs: Sequence[list[_Run]]) -> list[tuple[int, int]]:
    """Display-column ranges of the body's figures, overlapping ranges merged."""
    spans = sorted((r.left, r.right) for index, _ in body for r in _split_label(runs[index])[1])
    merged: list[list[int]] = []
    for left, right in spans:
        if merged and left < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    return [(left, right) for left, right in merged]


def _columns_under(run: _Run, columns: list[tuple[int, int]]) -> list[int]:
    hit = [c for c, (left, right) in enumerate(columns) if run.left < right and left < run.right]
    if hit:
        return hit
    gaps = [(min(abs(run.left - right), abs(left - run.right)), c) for c, (left, right) in enumerate(columns)]
    gap, nearest = min(gaps)
    return [nearest] if gap <= 2 and run.left >= columns[0][0] else []


def _captions_above(kept: list[Line], runs: Sequence[list[_Run]], top: int) -> list[str]:
    """Up to four short lines above the headings (blank lines skipped), nearest first; a
    sentence ending with a colon leads into the table and counts too."""
    out: list[str] = []
    blanks, k = 0, top - 1
    while k >= 0 and len(out) < 4:
        text = kept[k].text.strip()
        if not text:
            blanks += 1
            if blanks > 3:
                break
        elif is_prose(text) and not text.endswith(":") and not unit_statements(text):
            break  # ("(In millions of Korean won and thousands of US dollars, ...)" is a caption)
        elif runs[k] and _is_data(runs[k]):
            break
        else:
            out.append(text)
        k -= 1
    return out
