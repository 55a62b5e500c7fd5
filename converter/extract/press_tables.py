"""Simple text tables of results: a unit line, a heading row of periods, rows of figures.

    (in billions of Won)        3Q02      3Q01     YoY
    Revenues                   410.2     301.0    36.3%
    Operating income (loss)     12.1     (21.3)     n/a

A table starts at a unit statement ("(단위: 백만원)", "(in millions of Won)", "KRW BN") and
runs until two blank lines or a line of prose. Columns are found in the heading row (period
names, or change headings such as "YoY", "% change", "증감률"); each cell goes to the heading
nearest its centre. Row labels are read with the measure vocabulary; a row no measure names is
left alone (its figures stay unmapped).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from converter.extract.base import DocumentContext
from converter.extract.lines import Line, split_lines
from converter.extract.press_measures import concept_kinds
from converter.extract.press_text import Collected, find_measures
from converter.model import PURE, Observation, Period, UnitSpec
from converter.parse.amounts import UnitHeader, find_unit_header, parse_amount
from converter.parse.numbers import DIGITS, parse_figure
from converter.parse.dates import month_numbers
from converter.parse.numbers import number_words
from converter.parse.periods import FiscalCalendar, find_periods, fiscal_part, month_end, months_ended, shift

_CHANGE_HEADINGS = (
    ("prior_year", re.compile(r"^(?:YoY|y-o-y|yoy\s*\(%\)|YoY\s*\(%\)|전년\s*(?:동기\s*)?대비|vs\.?\s*LY)$", re.I)),
    ("prior_quarter", re.compile(r"^(?:QoQ|q-o-q|QoQ\s*\(%\)|전분기\s*대비)$", re.I)),
    ("columns", re.compile(r"^(?:%\s*change|change\s*\(%\)|change|증감률|증감\s*\(%\)|growth|% chg\.?)$", re.I)),
)
_EMPTY_CELL = re.compile(r"^(?:n/?a|n\.?m\.?|-+|—|–)$", re.I)
_COUNT_SCALE = re.compile(r"\((?:in\s+)?thousands?\)|\(천\s*명\)|\('?000s?\)|\(천\)", re.I)


@dataclass(frozen=True)
class TableColumn:
    center: int
    period: Period | None  # a period column
    relation: str | None = None  # a change column: prior_year | prior_quarter | columns


@dataclass(frozen=True)
class Table:
    start: int  # document offsets of the whole table
    end: int
    unit: UnitHeader
    columns: tuple[TableColumn, ...]
    rows: tuple[Line, ...]


def _cells(line: Line) -> list[tuple[str, int, int]]:
    """(text, centre column, document offset) of the cells of a line (2+ spaces apart). The
    centre is in display columns: a Hangul heading is twice as wide as its characters, and
    the figures under it are aligned to what the eye sees."""
    def column(index: int) -> int:
        return index + sum(1 for ch in line.text[:index] if unicodedata.east_asian_width(ch) in "WF")

    return [(m.group(0), (column(m.start()) + column(m.end())) // 2, line.start + m.start())
            for m in re.finditer(r"\S+(?: \S+)*", line.text)]


_ENDED = re.compile(r"(?:(?P<c>three|six|nine|twelve|3|6|9|12)\s+months?|(?P<q>quarter)|(?P<y>(?:fiscal\s+)?year))"
                    r"\s+ended(?:\s+(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}))?", re.I)
_MONTH_DAY = re.compile(r"\b(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})\b")


def _ended_groups(above: list[Line]) -> tuple[list[tuple[int, int]], dt.date | None]:
    """Headings over year columns: ("Three Months Ended" centre, 3), ... and the end day
    ("September 30," on the same or the next line; its year comes from each column)."""
    groups: list[tuple[int, int]] = []
    month_day: tuple[int, int] | None = None
    for line in above:
        for m in _ENDED.finditer(line.text):
            count = 3 if m["q"] else 12 if m["y"] else int(number_words().get(m["c"].lower(), (m["c"],))[0])
            groups.append(((m.start() + m.end()) // 2, count))
            if m["m"] and m["m"].lower() in month_numbers():
                month_day = (month_numbers()[m["m"].lower()], int(m["d"]))
        for m in _MONTH_DAY.finditer(line.text):
            if month_day is None and m["m"].lower() in month_numbers():
                month_day = (month_numbers()[m["m"].lower()], int(m["d"]))
    if month_day is None or not 1 <= month_day[1] <= month_end(2000, month_day[0]).day:
        return groups, None  # "June 31" is no heading date (2000: a leap year keeps February 29)
    return groups, dt.date(2000, *month_day)


def _year_column(year: int, center: int, above: list[Line]) -> Period:
    """A bare year heading: the full year, or "Three Months Ended September 30," of that year."""
    groups, day = _ended_groups(above)
    if groups and day is not None:
        count = min(groups, key=lambda g: abs(g[0] - center))[1]
        # "ended February 29," over a column of a year without one: that month's end
        return months_ended(count, dt.date(year, day.month, min(day.day, month_end(year, day.month).day)))
    return fiscal_part(year, 1, 12, FiscalCalendar())


def _heading_columns(line: Line, ctx: DocumentContext, above: list[Line]) -> list[TableColumn]:
    columns = []
    for text, center, _ in _cells(line):
        year = re.fullmatch(r"(?:FY\s?)?((?:19|20)\d\d)(?:\s*년(?:\s*도)?)?", text.strip())
        if year:  # a bare year heading a column of results
            columns.append(TableColumn(center, _year_column(int(year.group(1)), center, above)))
            continue
        found = [p for p in find_periods(text, document_date=ctx.document_date) if p.period is not None]
        if found and found[0].period is not None and found[0].period.start is not None:
            columns.append(TableColumn(center, found[0].period))
            continue
        for relation, pattern in _CHANGE_HEADINGS:
            if pattern.match(text.strip()):
                columns.append(TableColumn(center, None, relation))
                break
    return columns if sum(c.period is not None for c in columns) >= 1 and len(columns) >= 2 else []


def _is_prose(line: Line) -> bool:
    return len(line.stripped) > 60 and not re.search(r"\S {2,}\S", line.stripped)


# EDGAR's SGML table markup (<TABLE>, <CAPTION>, <S> <C> column markers, <PAGE>) and rule
# lines of dashes or equals signs: layout, not content. </TABLE> closes a table.
_MARKUP = re.compile(r"^\s*(?:</?(?:TABLE|CAPTION|PAGE|FN)>.*|(?:<[SC]>\s*)+|[-=_\s]*[-=_]{3,}[-=_\s]*)$", re.I)
_TABLE_END = re.compile(r"^\s*</TABLE>", re.I)


def find_tables(ctx: DocumentContext) -> list[Table]:
    every = split_lines(ctx.text)
    lines = [line for line in every if not _MARKUP.match(line.text) or _TABLE_END.match(line.text)]
    tables: list[Table] = []
    for i, line in enumerate(lines):
        if tables and line.start < tables[-1].end:
            continue
        unit = find_unit_header(line.text)
        if unit is None or _is_prose(line):
            continue
        columns, heading_at = [], i
        for j in range(max(0, i - 3), min(len(lines), i + 4)):
            if _TABLE_END.match(lines[j].text):
                break
            columns = _heading_columns(lines[j], ctx, lines[max(0, j - 3):j])
            if columns:
                heading_at = j
                break
        if not columns:
            continue
        rows, blanks = [], 0
        for follow in lines[max(i, heading_at) + 1:]:
            if _TABLE_END.match(follow.text):
                break
            if follow.blank:
                blanks += 1
                if blanks >= 2 and rows:
                    break
                continue
            if _is_prose(follow):
                break
            blanks = 0
            rows.append(follow)
        if rows:
            first = lines[min(i, heading_at)]
            unit = UnitHeader(unit.currency, unit.scale, line.start + unit.start, line.start + unit.end, unit.text)
            tables.append(Table(first.start, rows[-1].end, unit, tuple(columns), tuple(rows)))
    return tables


def _column_of(center: int, columns: tuple[TableColumn, ...]) -> TableColumn:
    return min(columns, key=lambda c: abs(c.center - center))


def _cell_value(text: str, concept: str, table: Table, label: str) -> tuple[Decimal, int, UnitSpec] | None:
    kind = concept_kinds()[concept][0]
    if kind in ("monetary", "perShare"):
        amount = parse_amount(text, default_currency=table.unit.currency or None,
                              scale=table.unit.scale if kind == "monetary" else None)
        if amount is None:
            return None
        unit = UnitSpec.per_share(amount.currency) if kind == "perShare" else UnitSpec.currency(amount.currency)
        return amount.value, amount.decimals, unit
    stripped = text.strip()
    if "%" in stripped or "％" in stripped:
        parsed = _signed_figure(stripped.replace("%", "").replace("％", "").strip())
        return (parsed[0].scaleb(-2), parsed[1] + 2, PURE) if parsed else None
    parsed = _signed_figure(stripped)
    if parsed is None:
        return None
    if _COUNT_SCALE.search(label):
        return parsed[0].scaleb(3).quantize(Decimal(1)), parsed[1] - 3, PURE
    return parsed[0], parsed[1], PURE


def _signed_figure(text: str) -> tuple[Decimal, int] | None:
    negative = bool(re.match(r"^[(\-−△▼]", text))
    core = text.strip("()-−△▼▲ ")
    if not re.fullmatch(DIGITS, core):
        return None
    parsed = parse_figure(core)
    if parsed is None:
        return None
    return (-parsed[0] if negative else parsed[0]), parsed[1]


def bind_table(ctx: DocumentContext, out: Collected, table: Table) -> None:
    periods = [c for c in table.columns if c.period is not None]
    for row in table.rows:
        cells = _cells(row)
        if len(cells) < 2:
            continue
        label = cells[0][0]
        measures = find_measures(label)
        if not measures or measures[0].start > 2:
            continue
        sign = measures[0].sign
        for concept in (measures[0].concept, *measures[0].twins):
            for text, center, offset in cells[1:]:
                if _EMPTY_CELL.match(text.strip()):
                    continue
                column = _column_of(center, table.columns)
                _bind_cell(ctx, out, table, (concept, sign, label), column, periods, (text, offset))


def _bind_cell(ctx: DocumentContext, out: Collected, table: Table, row: tuple[str, int, str],
               column: TableColumn, periods: list[TableColumn], cell: tuple[str, int]) -> None:
    concept, sign, label = row
    text, offset = cell
    end = offset + len(text)
    if column.period is not None:
        parsed = _cell_value(text, concept, table, label)
        if parsed is None:
            return
        value, decimals, unit = parsed
        if sign < 0 and value > 0:
            value = -value
        period = Period.instant(column.period.end) if concept_kinds()[concept][1] == "instant" else column.period
        out.add(Observation(concept, value, period, unit, decimals, span=ctx.span(offset, end),
                            rule="press:table"), offset, end)
        return
    change = f"{concept}PercentChange"
    own = periods[0].period if periods else None
    if change not in concept_kinds() or own is None:
        return
    comparative = (periods[1].period if column.relation == "columns" and len(periods) > 1
                   else shift(own, column.relation) if column.relation in ("prior_year", "prior_quarter") else None)
    parsed = _signed_figure(text.strip().replace("%", "").replace("％", "").strip())
    if comparative is None or parsed is None:
        return
    if concept_kinds()[change][1] == "instant":
        own, comparative = Period.instant(own.end), Period.instant(comparative.end)
    out.add(Observation(change, parsed[0].scaleb(-2), own, PURE, parsed[1] + 2,
                        (("ComparativePeriodAxis", str(comparative)),), span=ctx.span(offset, end),
                        rule="press:table-change"), offset, end)
