"""Results tables in every layout, read into one shape: rows by their labels, columns by what
their headings say they hold.

    (in billions of Won)        3Q02      3Q01     YoY
    Revenues                   410.2     301.0    36.3%
    Operating income (loss)     12.1     (21.3)     n/a

The layouts (fixed-width text and EDGAR ``<TABLE>``, ``|`` rows, one cell per line, tables
flattened column-wise onto a line, digests with a field legend) are read into a ``Table`` by
``table_grid``, ``table_cells``, ``table_cell_lines`` and ``table_flat``; ``table_headings`` says
what each column holds (its period, a change against which comparative, a note, a forecast) and
the captions the units. Here the shapes that turn rows and columns around are set right: a table whose rows are
periods and whose columns are line items, months down the side with years across, a row of the
year to date under its measure's row, rows under a line item that a note reference heads.
``table_binding`` makes the cells facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.table_cell_lines import cell_per_line_grids
from converter.extract.mechanisms.table_cell_spans import ITEMS_ACROSS
from converter.extract.mechanisms.table_flat_rows import FLAT_ROWS
from converter.extract.mechanisms.table_cells import pipe_grids
from converter.extract.mechanisms.table_grid import fixed_width_grids
from converter.extract.mechanisms.dividends import dividend_label_kind, dividend_row_kind
from converter.extract.mechanisms.table_report_kinds import table_report_months
from converter.extract.mechanisms.table_shape import Cell, Grid
from converter.extract.mechanisms.table_headings import (
    FORECAST,
    Column,
    HeadingEnv,
    column_meaning,
    heading_kind,
)
from converter.extract.mechanisms.table_calendar import document_calendar
from converter.extract.mechanisms.table_units import scale_statement, unit_statements
from converter.extract.mechanisms.table_rows import is_line_item, row_measure
from converter.extract.mechanisms.sentences import find_measures
from converter.model import Period
from converter.parse.amounts import UnitHeader, currency_of
from converter.parse.eras import stated_era
from converter.parse.dates import month_numbers
from converter.parse.periods import month_end, months_ended, months_span, shift


@dataclass(frozen=True)
class TableRow:
    label: Cell
    cells: tuple[Cell | None, ...]
    section: str | None = None
    period: Period | None = None  # the row's own period (a table whose rows are periods)
    counterparty: str | None = None  # whose figures they are, when not the registrant's
    to_date: bool = False  # "누계실적" under a measure's row: its figures are the year's to date
    dividend_kind: str | None = None  # "- Final proposed" under "Dividend per share": its kind


@dataclass(frozen=True)
class Table:
    start: int  # document offsets of the whole table
    end: int
    layout: str
    units: tuple[UnitHeader, ...]  # the units its captions state
    percent_legend: bool  # the captions say bare figures of change columns are percentages
    columns: tuple[Column, ...]
    rows: tuple[TableRow, ...]
    per_share_stated: bool = False  # a legend gives per-share figures a unit ("원" beside "억원")
    bare_scale: bool = False  # "(in thousands)": a scale stated for no particular currency


def heading_env(ctx: DocumentContext) -> HeadingEnv:
    return HeadingEnv(ctx.document_date, document_calendar(ctx.text), stated_era(ctx.text[:_ERA_CHARS]))


# how much of the document's opening is searched for the era its years are of (a title's)
_ERA_CHARS = 2000


_PERCENT_LEGEND = re.compile(r"단위[^)\]]*%|\(\s*%\s*\)|in\s+percent|unit[^)\]]*%", re.I)


def _from_grid(grid: Grid, env: HeadingEnv) -> Table:
    months = table_report_months(grid.headings)  # "2025/06 - Interim" beside "2024/06"
    columns = _to_date_columns(grid, tuple(column_meaning(list(texts), list(grid.captions), env, months)
                                           for texts in grid.headings), env)
    units = tuple(u for caption in grid.captions for u in unit_statements(caption))
    scale = next((s for caption in grid.captions if (s := scale_statement(caption)) is not None), None)
    if not units and scale is not None:  # "(in thousands)" over "$   1,234": the sign's currency
        signs = {currency_of(sign) for sign in grid.signs}
        currency = signs.pop() if len(signs) == 1 else None
        units = (UnitHeader(currency, scale, 0, 0, ""),)
    legend = any(_PERCENT_LEGEND.search(c) for c in grid.captions)
    transposed = _transposed(grid, columns, env) or _month_rows(grid, columns)
    if transposed is not None:
        columns, rows = transposed
    else:
        rows = _dividend_kind_rows(_rows_to_date(_under_note_rows(
            tuple(TableRow(r.label, r.cells, r.section) for r in grid.rows if r.label is not None), columns)))
    return Table(grid.start, grid.end, grid.layout, units, legend, columns, rows, bare_scale=scale is not None)


def _to_date_columns(grid: Grid, columns: tuple[Column, ...], env: HeadingEnv) -> tuple[Column, ...]:
    """Columns of the year to date that name no period ("本期累計", "去年同期累計" beside "114年第3季 |
    113年第3季"): the fiscal year's months to the end of the latest quarter the other columns
    name, in its year or the year before; unread when no quarter, or no fiscal calendar, says so."""
    quarters = [c.period for c in columns if c.role == "value" and c.period and span_in_months(c.period) == 3]
    if not quarters or env.calendar is None:
        return columns
    latest = max(quarters, key=lambda p: p.end).end  # type: ignore[union-attr]
    count = (latest.month - env.calendar.end_month - 1) % 12 + 1  # the months of the fiscal year so far
    out = []
    for texts, column in zip(grid.headings, columns):
        years = {heading_kind(t, "to_date") for t in texts} - {None}
        other = any(heading_kind(t, k) for t in texts for k in ("share", "change", "change_amount", "change_percent"))
        if column.role == "skip" and len(years) == 1 and not other:
            end = month_end(latest.year + int(years.pop()), latest.month)  # type: ignore[arg-type]
            column = Column("value", months_ended(count, end), currency=column.currency, scale=column.scale)
        out.append(column)
    return tuple(out)


# a row of the year's figures to date under the row of the period's (Korean provisional-results
# forms: "매출액  당해실적  2,418 ..." over "누계실적  7,012 ...")
_TO_DATE = re.compile(r"(?:누계|누적)\s*(?:실적)?")


def _rows_to_date(rows: tuple[TableRow, ...]) -> tuple[TableRow, ...]:
    """Rows, a to-date row taking the measure of the row above it."""
    out: list[TableRow] = []
    for row in rows:
        if out and _TO_DATE.fullmatch(row.label.text.strip()):
            above = out[-1]
            row = TableRow(Cell(above.label.text, row.label.start, row.label.end), row.cells, row.section,
                           row.period, row.counterparty, to_date=True)
        out.append(row)
    return tuple(out)


# a digit
_DIGIT = re.compile(r"\d")


def _dividend_kind_rows(rows: tuple[TableRow, ...]) -> tuple[TableRow, ...]:
    """Rows of a dividend's kinds under the heading of the dividend per share ("Dividend per
    share (HK cents)" over "- Final proposed" and "- Interim paid"): each the heading's measure,
    on its kind's member; "Total" the year's dividend, on none."""
    out: list[TableRow] = []
    for row in rows:
        own = dividend_label_kind(row.label.text) if row.section is None else None
        measure = row_measure(own[1], None) if own else None
        if own and measure is not None and measure.concept == "DividendsDeclaredPerShare" and measure.reason is None:
            # "Interim dividend per share (HK cents)": the dividend per share, on its kind's member
            out.append(TableRow(Cell(own[1], row.label.start, row.label.end), row.cells, None, row.period,
                                row.counterparty, row.to_date, own[0]))
            continue
        kind = dividend_row_kind(row.label.text) if row.section else None
        heading = row_measure(row.section, None) if kind else None
        if kind and heading is not None and heading.concept == "DividendsDeclaredPerShare" and heading.reason is None:
            row = TableRow(Cell(row.section, row.label.start, row.label.end), row.cells, None, row.period,  # type: ignore[arg-type]
                           row.counterparty, row.to_date, None if kind == "total" else kind)
        out.append(row)
    return tuple(out)


def _under_note_rows(rows: tuple[TableRow, ...], columns: tuple[Column, ...]) -> tuple[TableRow, ...]:
    """"Earnings per share   6" (a note reference, no figure) over "Basic   HK$0.629": the rows
    right below that name no line item of their own stand under it."""
    notes = {k for k, c in enumerate(columns) if c.reason == "a column of note references"}
    out: list[TableRow] = []
    heading: str | None = None
    for row in rows:
        figures = [k for k, cell in enumerate(row.cells) if cell is not None and _DIGIT.search(cell.text)]
        if notes and figures and set(figures) <= notes:
            heading = row.label.text
        elif heading is not None and row.section is None and row_measure(row.label.text, None) is None:
            row = TableRow(row.label, row.cells, heading, row.period, row.counterparty)
        else:
            heading = None
        out.append(row)
    return tuple(out)


def _transposed(grid: Grid, columns: tuple[Column, ...],
                env: HeadingEnv) -> tuple[tuple[Column, ...], tuple[TableRow, ...]] | None:
    """A table whose columns are line items and whose rows are periods ("구분  매출액  영업이익" over
    "2004년  5,123  612"): each column's figures are its line item's, each in its row's period;
    a change column ("YoY change (%)", "증감률") belongs to the line item before it, and so does a
    bare "%" column when its figures are the changes of that item's figures from the year before."""
    if any(c.role == "value" for c in columns):
        return None
    items: list[str | None] = []
    for texts, column in zip(grid.headings, columns):
        named = next((t for t in texts if is_line_item(t)), None)
        items.append(named or (items[-1] if items and (column.role == "change" or _bare_percent(texts)) else None))
    periods = [column_meaning([r.label.text], list(grid.captions), env) if r.label else None for r in grid.rows]
    # (two line items at least say the columns are line items; a grid read as line items across
    # over their units says it of itself, and one is enough: "Total assets" beside "Net assets")
    fewest = 1 if grid.layout in (ITEMS_ACROSS, FLAT_ROWS) else 2
    # (a row of forecasts, "2026年3月期(予想)" under the years of results, is left out; any other
    # row that names no period says the rows are no periods)
    forecasts = [p is not None and p.reason == FORECAST for p in periods]
    if sum(1 for item in items if item) < fewest or all(forecasts) or any(
            not forecast and (p is None or p.role != "value") for p, forecast in zip(periods, forecasts)):
        return None
    row_periods = [None if forecast else p.period for p, forecast in zip(periods, forecasts)]  # type: ignore[union-attr]
    roled = []
    for k, (texts, column) in enumerate(zip(grid.headings, columns)):
        if column.role == "change" or items[k] is None:
            roled.append(column)
        elif _bare_percent(texts):
            roled.append(Column("change", relation="prior_year", percent_stated=True)
                         if _changes_agree(grid, row_periods, k) else column)
        elif any(heading_kind(t, kind) for t in texts for kind in ("note", "forecast", "change_amount", "share")):
            roled.append(column)  # a note, a forecast: still not a figure of the item
        else:  # the line item's own column: its period is the row's
            roled.append(Column("value", currency=column.currency, scale=column.scale))
    rows = []
    for r, period in zip(grid.rows, row_periods):
        if period is None:
            continue  # (a forecast's row)
        for item in dict.fromkeys(i for i in items if i):
            cells = tuple(cell if items[k] == item else None for k, cell in enumerate(r.cells))
            rows.append(TableRow(Cell(item, r.label.start, r.label.end), cells, period=period))  # type: ignore[union-attr]
    return tuple(roled), tuple(rows)


_MONTH_LABEL = re.compile(r"(?P<m>[A-Za-z]{3,9})\.?")


def _month_rows(grid: Grid, columns: tuple[Column, ...]) -> tuple[tuple[Column, ...], tuple[TableRow, ...]] | None:
    """"Monthly Net Sales" over rows of months ("January", "February") and columns of years
    ("2005  2004  YoY Change"): each cell is its row's month of its column's year, of the one
    measure the caption names; a change column compares the latest year's month with the one
    a year before."""
    if not grid.rows:
        return None
    months = []
    for r in grid.rows:  # (first: most tables' rows are no months, and the captions need not be read)
        m = _MONTH_LABEL.fullmatch(r.label.text.strip()) if r.label else None
        month = month_numbers().get(m["m"].lower()) if m else None
        if month is None:
            return None
        months.append(month)
    measures = {(m.concept, m.text) for caption in grid.captions for m in find_measures(caption) if m.concept != "-"}
    if len({concept for concept, _ in measures}) != 1:
        return None
    years = [c.period.end.year if c.role == "value" and c.period is not None and span_in_months(c.period) == 12
             and c.period.end.month == 12 else None for c in columns]
    if not any(years) or any(y is None and c.role == "value" for y, c in zip(years, columns)):
        return None
    name = sorted(measures)[0][1]
    latest = max(y for y in years if y)
    rows = []
    for r, month in zip(grid.rows, months):
        for k, year in enumerate(years):
            if year is None and columns[k].role != "change":
                continue
            cells = tuple(cell if j == k else None for j, cell in enumerate(r.cells))
            period = months_span(year or latest, month, 1)
            rows.append(TableRow(Cell(name, r.label.start, r.label.end), cells, period=period))  # type: ignore[union-attr]
    plain = tuple(Column("value", currency=c.currency, scale=c.scale) if y else c for y, c in zip(years, columns))
    return plain, tuple(rows)


def _bare_percent(texts: tuple[str, ...]) -> bool:
    return bool(texts) and texts[-1].strip() in ("%", "(%)", "％", "(％)", "（％）")


def _changes_agree(grid: Grid, periods: list[Period | None], k: int) -> bool:
    """Column ``k`` holds percent changes of column ``k - 1`` from the year before: every row
    with a row of the year before agrees, and one at least."""
    verdicts = []
    for r, period in zip(grid.rows, periods):
        before = [q for q, p in zip(grid.rows, periods) if period is not None and p == shift(period, "prior_year")]
        cells = (r.cells[k - 1], before[0].cells[k - 1] if before else None, r.cells[k]) if k > 0 else (None,)
        if None in cells:
            continue
        verdict = change_agrees(*(c.text for c in cells))  # type: ignore[union-attr]
        if verdict is not None:
            verdicts.append(verdict)
    return bool(verdicts) and all(verdicts)


def find_tables(ctx: DocumentContext) -> list[Table]:
    """Every results table of the document, in order; tables never overlap."""
    from converter.extract.mechanisms.table_flat import flat_tables  # the flattened layouts
    from converter.extract.mechanisms.table_form_rows import form_row_grids  # a form's rows, one a line
    from converter.extract.mechanisms.table_space_rows import space_row_grids  # rows of cells between spaces
    from converter.extract.mechanisms.table_cell_spans import span_grids  # line items over units, a cell per line
    from converter.extract.mechanisms.table_markdown_line import markdown_line_grids  # a markdown table on one line
    from converter.extract.mechanisms.table_terms import may_hold_term_form, term_form_tables  # the provisional-results form
    from converter.extract.mechanisms.table_period_rows import period_row_tables  # periods as rows of dates
    from converter.extract.mechanisms.table_cell_stream import cell_stream_grids  # rows run into one stream of cells
    from converter.extract.mechanisms.table_flat_rows import flat_row_grids  # a tanshin summary run row after row

    env = heading_env(ctx)
    lines = split_lines(ctx.text)
    found: list[Table] = []
    piped = "|" in ctx.text  # (a line holds a "|" only where the text does: most releases hold none)
    texts = [line for line in lines if line.text.strip()]
    candidates = [*(term_form_tables(texts, env) if may_hold_term_form(ctx.text) else ()),  # (its periods
                  # stand under fewer cells than columns; read where a line is a term row's label)
                  *(period_row_tables(texts, env) if piped else ()),
                  *(_from_grid(g, env) for g in span_grids(texts, env)),  # (before the cells' own reader)
                  *(_from_grid(g, env) for g in cell_per_line_grids(lines, env, piped)),
                  *(_from_grid(g, env) for g in (pipe_grids(lines, env) if piped else ())),
                  *flat_tables(ctx, env),
                  *(_from_grid(g, env) for g in form_row_grids(lines, env)),
                  *(_from_grid(g, env) for g in fixed_width_grids(lines, env)),
                  *(_from_grid(g, env) for g in markdown_line_grids(lines)),
                  *(_from_grid(g, env) for g in space_row_grids(lines, env)),
                  *(_from_grid(g, env) for g in (cell_stream_grids(lines, env) if piped else ())),
                  *(_from_grid(g, env) for g in flat_row_grids(lines))]  # (last: the others' first)
    for table in candidates:
        if not any(table.start < t.end and t.start < table.end for t in found):
            found.append(table)
    return sorted(found, key=lambda t: t.start)


# a plain figure: a sign, digits and decimals, nothing else
_PLAIN_FIGURE = re.compile(r"[-−]?\d+(?:\.\d+)?")


def _with_rounding(text: str) -> tuple[Decimal, Decimal] | None:
    """The figure and half a unit of its last digit ("8,676" -> 8676 +- 0.5)."""
    token = text.replace(",", "").replace("%", "").strip().strip("()")
    if not _PLAIN_FIGURE.fullmatch(token):
        return None
    value = Decimal(token.replace("−", "-"))
    return value, Decimal(5).scaleb(value.as_tuple().exponent - 1)  # type: ignore[operator]


def change_agrees(now: str, before: str, change: str) -> bool | None:
    """Whether a stated percent change agrees with the two figures it compares, rounding
    allowed ("9,694", "8,676", "11.7": yes); None when one of them is no plain figure."""
    parsed = [_with_rounding(t) for t in (now, before, change)]
    if None in parsed:
        return None
    (a, da), (b, db), (c, dc) = parsed  # type: ignore[misc]
    if b - db <= 0:
        return False
    low, high = ((a - da) / (b + db) - 1) * 100, ((a + da) / (b - db) - 1) * 100
    return low - dc <= c <= high + dc


def span_in_months(period: Period) -> int:
    """How many calendar months ``period`` runs over (0 for an instant)."""
    if period.start is None:
        return 0
    return (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1

