"""The provisional-results form of Korean fair disclosures (DART 영업(잠정)실적(공정공시)), printed
one cell per line (bare, or between "|"s) as web copies of its English versions give it: the
column headings, then each line item ("Sales") over its term rows ("Current" or "Specified
Quarter", then its figures; "Cumulative", the fiscal year's to the term's end, then its).

Two forms of the headings are read:
- the form's own words, "Current term", "Previous term", "Changes over previous term(%)", "Same
  term of last year", ..., then the terms' periods under the term columns only ("('22.1Q)",
  "('21.4Q)", and "-" where the form leaves the same term of last year unwritten);
- the periods themselves over the columns ("2Q 2015", "1Q 2015", "(Decrease)", ...), the change
  columns' upper cells ("% Change Increase") standing above the row of them.

The generic one-cell-per-line reader cannot read it: the periods stand under fewer cells than
the columns, and the line items carry no figure of their own. The form's words are ``term`` and
``term_row`` rows of ``data/table_headings.tsv``."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from converter.extract.mechanisms.lines import Line
from converter.extract.mechanisms.table_headings import HeadingEnv, heading_kind, heading_words, names_period
from converter.extract.mechanisms.table_shape import EMPTY, Cell, Grid, GridRow, is_figure, is_prose, join_closers
from converter.parse.periods import shift

# how many cells above the headings may hold the table's captions (its title and unit line,
# "1. Details of business performance" / "in KRW tn, %" / "Category"; over a row of periods,
# the change columns' upper cells and the label column's heading too)
_CAPTION_LINES = 6
# how many lines a line item's label may be wrapped over ("Profit to" / "the Equity" / ...)
_LABEL_LINES = 6


def may_hold_term_form(text: str) -> bool:
    """Whether ``text`` has a line that is a term row's label alone ("Current", "Cumulative",
    between "|"s or not): every table of the form has one, and most documents none, so the
    reader's scan of every line is skipped for them (one search of the text is cheaper)."""
    return _term_row_line().search(text) is not None


@cache
def _term_row_line() -> re.Pattern[str]:
    # (a superset of the cells ``_cell`` and ``heading_kind`` read as a term row: the line's
    # spaces, "|"s and ":"s around the phrase; ``term_row`` phrases of the headings table)
    phrases = "|".join(f"(?:{pattern.pattern})" for _, pattern in heading_words("term_row"))
    return re.compile(rf"^[\s|:]*(?:{phrases})[\s|:]*$", re.I | re.M)


def term_form_tables(lines: list[Line], env: HeadingEnv) -> list:
    """Every table of the form in ``lines`` (the text's non-empty lines), as ``Table``s."""
    cells = [c for c in (_cell(line) for line in lines) if c is not None]
    found = []
    i = 0
    while i < len(cells):
        read = _by_term_headings(cells, i, env) if heading_kind(cells[i].text, "term") == "current" \
            else _by_term_rows(cells, i, env) if _opens_rows(cells, i) else None
        if read is None:
            i += 1
            continue
        table, i = read
        found.append(table)
    return found


def _cell(line: Line) -> Cell | None:
    """The line as one cell, the "|"s around it off; None for a "|" alone (a rule between
    cells) or a line of several cells."""
    text = line.text.strip().strip("|").strip()
    if not text or "|" in text:
        return None
    start = line.start + line.text.find(text)
    return Cell(text, start, start + len(text))


def _is_heading(text: str) -> bool:
    return heading_kind(text, "term") is not None or heading_kind(text, "change") is not None


def _opens_rows(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` is a line item's label with the term row of its own figures under it."""
    return i + 1 < len(cells) and heading_kind(cells[i + 1].text, "term_row") == "own" \
        and not is_figure(cells[i].text) and not _is_heading(cells[i].text)


def _by_term_headings(cells: list[Cell], top: int, env: HeadingEnv) -> tuple[object, int] | None:
    """The table whose term headings begin at cell ``top``, and the cell after it."""
    j = top
    while j < len(cells) and _is_heading(cells[j].text):
        j += 1
    heads = cells[top:j]
    terms = [k for k, c in enumerate(heads) if heading_kind(c.text, "term")]
    under = cells[j:j + len(terms)]
    if len(heads) < 2 or len(under) < len(terms) or not all(
            EMPTY.match(c.text) or names_period(c.text, env) for c in under):
        return None  # (the terms' periods, or a dash, one under each term column)
    # (a term column is headed by its period alone: "Current term" names none)
    stacks = [[c.text] for c in heads]
    for k, cell in zip(terms, under):
        if not EMPTY.match(cell.text):
            stacks[k] = [cell.text]
    rows, to_date, end = _rows(cells, j + len(terms), len(heads))
    if not rows:
        return None
    kinds = [heading_kind(c.text, "term") for c in heads]
    return _table(cells, top, end, stacks, rows, to_date, kinds, env), end


def _by_term_rows(cells: list[Cell], first: int, env: HeadingEnv) -> tuple[object, int] | None:
    """The table whose first line item stands at cell ``first``, its columns headed by the
    periods in the cells above it; and the cell after it."""
    k = first + 2
    while k < len(cells) and is_figure(cells[k].text) or (k < len(cells) and _closes(cells[k].text)):
        k += 1
    width = len(join_closers(cells[first + 2:k]))
    top = first - width
    if width < 2 or top < 0:
        return None
    heads = cells[top:first]
    if not names_period(heads[0].text, env) or any(is_figure(c.text) and not names_period(c.text, env)
                                                   for c in heads):
        return None  # (the current term's column first, headed by its period)
    stacks = [[c.text] for c in heads]
    open_ = [n for n, c in enumerate(heads) if not names_period(c.text, env)]  # the change columns
    above = [c for c in cells[max(0, top - len(open_) - 1):top] if heading_kind(c.text, "noise") is None]
    if open_ and len(above) >= len(open_) and all(heading_kind(f"{a.text} {heads[n].text}", "change")
                                                    for a, n in zip(above[-len(open_):], open_)):
        for a, n in zip(above[-len(open_):], open_):
            stacks[n] = [f"{a.text} {heads[n].text}"]  # "% Change Increase" over "(Decrease)"
    rows, to_date, end = _rows(cells, first, width)
    if len(rows) < 2:
        return None
    return _table(cells, top, end, stacks, rows, to_date, [None] * width, env), end


def _closes(text: str) -> bool:
    """A cell that only closes the figure above it (")": "(0.42" over ")")."""
    return text in (")", "%", "%)")


def _rows(cells: list[Cell], j: int, width: int) -> tuple[list[GridRow], list[bool], int]:
    """The rows from cell ``j``: a line item (its label on one cell or wrapped over several),
    then its term rows, each a term label and ``width`` figures; the rows, whether each is the
    year's to date, and the cell after them. A label over a to-date row alone is the end of the
    item above's wrapped label ("Income before" ... "Income Tax Expense" / "Cumulative Basis")."""
    rows: list[GridRow] = []
    to_date: list[bool] = []
    item_rows = 0  # the rows of the item above
    while j < len(cells):
        k = j
        while k < len(cells) and k - j < _LABEL_LINES and not heading_kind(cells[k].text, "term_row") \
                and not is_figure(cells[k].text) and not is_prose(cells[k].text):
            k += 1
        if k == j or k >= len(cells) or not heading_kind(cells[k].text, "term_row"):
            break
        label = " ".join(c.text for c in cells[j:k])
        if heading_kind(cells[k].text, "term_row") == "to_date" and item_rows:
            label = f"{rows[-1].label.text} {label}"  # (the item above's label, wrapped)
            rows[-item_rows:] = [GridRow(Cell(label, r.label.start, r.label.end), r.cells) for r in rows[-item_rows:]]
        else:
            item_rows = 0
        read = 0
        while k < len(cells) and (kind := heading_kind(cells[k].text, "term_row")):
            figures, n = _figures(cells, k + 1, width)
            if len(figures) != width:
                break
            rows.append(GridRow(Cell(label, cells[k].start, cells[k].end), tuple(figures)))
            to_date.append(kind == "to_date")
            k = n
            read += 1
        if not read:
            break
        item_rows += read
        j = k
    return rows, to_date, j


def _figures(cells: list[Cell], n: int, width: int) -> tuple[list[Cell], int]:
    """The figures of a term row from cell ``n`` (a bracket's closer on a cell of its own joined
    to its figure), no more than ``width`` unless one more stands before the next label (a
    row of more figures than columns is not read); and the cell after them. (A footnote's
    mark "*" after the table's last figure is no figure of it.)"""
    figures: list[Cell] = []
    while n < len(cells) and (is_figure(cells[n].text) or _closes(cells[n].text)):
        if len(figures) == width and not _closes(cells[n].text):
            return (figures, n) if EMPTY.fullmatch(cells[n].text) and cells[n].text.startswith("*") \
                else (figures + [cells[n]], n + 1)
        figures = join_closers([*figures, cells[n]])
        n += 1
    return figures, n


def _table(cells: list[Cell], top: int, end: int, stacks: list[list[str]], rows: list[GridRow],
           to_date: list[bool], kinds: list[str | None], env: HeadingEnv):
    """The table of the form: its to-date rows marked; the same term of last year given the
    current term's period a year back where the form leaves it unwritten; and a change column
    after a lone period column compared with the current term's (the form's every change
    column compares the current term with the column before it)."""
    from converter.extract.mechanisms.tables import _from_grid  # (tables imports this module)

    captions = tuple(c.text for c in cells[max(0, top - _CAPTION_LINES):top] if not is_prose(c.text))
    grid = Grid(cells[top].start, cells[end - 1].end, "term form", captions,
                tuple(tuple(s) for s in stacks), tuple(rows))
    table = _from_grid(grid, env)
    if len(table.rows) == len(to_date):
        table = replace(table, rows=tuple(replace(r, to_date=d) for r, d in zip(table.rows, to_date)))
    current = table.columns[0].period
    columns = []
    for col, kind in zip(table.columns, kinds):
        if kind == "year_before" and col.period is None and current is not None:
            col = replace(col, role="value", period=shift(current, "prior_year"), reason=None)
        elif col.role == "change" and col.relation == "columns" and current is not None and columns \
                and columns[-1].role == "value" and len(columns) > 1 and columns[-2].role == "change" \
                and columns[-1].period != current:
            col = replace(col, period=current, comparative=columns[-1].period)
        columns.append(col)
    return replace(table, columns=tuple(columns))
