"""The dividends of a Japanese securities report's note 配当に関する事項: one table row a resolution.

An annual report (有価証券報告書) or a quarterly report (四半期報告書), as its web copies print it,
opens with its title and period ("有価証券報告書-第12期(2030年4月1日-2031年3月31日)"), then lists
the dividends it paid and those it declared after the year in tables with a bar between cells:

    | 決議 | 株式の種類 | 配当金の総額 (百万円) | 1株当たり配当額 (円) | 基準日 | 効力発生日 |
    | 2030年6月27日 定時株主総会 | 普通株式 | 1,200 | 30.00 | 2030年3月31日 | 2030年6月28日 |

A row's dividend is that of the fiscal period its record date (基準日) closes: the fiscal year's
end (the year's 期末配当: final), its half's (中間配当: interim), a quarter's (quarterly); a record
date on the day before the year begins closes the year before. The fiscal year is the report's
(its title's period; a quarterly report's year begins 3(N-1) months before its 第N四半期), or the
one a heading right above the table states ("当連結会計年度(自 2030年4月1日 至 2031年3月31日)").
Each row gives DividendsDeclared (the total, times its heading's scale), DividendsDeclaredPerShare
and DividendRecordDate in that period, the kind on DividendKindAxis. A row whose fiscal period is
unclear (no year stated, a year not twelve months long, a record date at none of its period ends),
of a class of shares other than the common, or with a cell that is not one figure, goes to the
unmapped report with the reason. The resolution's date has no concept (BoardResolutionDate is the
resolution a document reports, not one a note lists): it is reported unmapped too.

Column headings and title words: ``data/dividend_note_columns.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.dividend_note_flat import BLANKS, NOTE_MARK, PARENTHESES, FlatRow, flat_rows
from converter.extract.mechanisms.table_shape import bar_cells
from converter.extract.mechanisms.table_units import cell_unit
from converter.model import Mention, Observation, Period, UnitSpec
from converter.parse.dates import find_dates
from converter.parse.months import add_months, month_end
from converter.resources import data_rows

__all__ = ["NoteRow", "extract_dividend_notes", "fiscal_year_of", "note_rows", "row_period"]

AXIS = "DividendKindAxis"
RULE = "dividend-note:row"
_ROLES = ("resolution", "share_class", "total", "per_share", "record_date")  # the columns a row needs
_NO_RESOLUTION_CONCEPT = "the date of a resolution the note lists: no concept (BoardResolutionDate is a document's own)"
# "第2四半期" in a quarterly report's title: which quarter its period is
_QUARTER = re.compile(r"第\s*([1-4１-４])\s*四半期")
# a Japanese figure cell: digits with thousands commas and decimals, nothing else
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


@cache
def _words() -> dict[str, re.Pattern[str]]:
    return {role: re.compile(phrase) for role, phrase in data_rows("dividend_note_columns.tsv")}


@dataclass(frozen=True)
class _Heading:
    """A table's heading row: the column of each role, the cells a row has, the total's unit."""

    roles: dict[str, int]
    width: int
    currency: str
    scale: Decimal  # the total's heading: 百万円 10^6, 千円 10^3


@dataclass(frozen=True)
class NoteRow:
    """One resolution's row: each role's cell (text, document offsets), its table's heading, and
    the fiscal year in force where the table stands (or why there is none)."""

    cells: dict[str, tuple[str, int, int]]
    heading: _Heading
    year: Period | str


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """A bar-separated line's cells (text stripped, document offsets); the empty cell a leading
    bar makes, and the one a closing bar makes, are left out."""
    out = bar_cells(line, offset)
    if out and not out[0][0]:
        out = out[1:]
    if out and not out[-1][0]:
        out = out[:-1]
    return out


def _heading(cells: list[tuple[str, int, int]]) -> _Heading | None:
    """The heading a row of cells is, if it names every column a dividend row needs and the
    units of its total ("(百万円)") and of its amount per share ("(円)"), in one currency."""
    words = _words()
    roles: dict[str, int] = {}
    for k, (text, _, _) in enumerate(cells):
        squeezed = BLANKS.sub("", text)
        for role in (*_ROLES, "effective"):
            if role not in roles and words[role].search(squeezed):
                roles[role] = k
    if not all(r in roles for r in _ROLES):
        return None
    total = PARENTHESES.findall(cells[roles["total"]][0])
    per_share = PARENTHESES.findall(cells[roles["per_share"]][0])
    units = _units(total[0], per_share[0]) if len(total) == 1 and len(per_share) == 1 else None
    return _Heading(roles, len(cells), *units) if units else None


def _units(total: str, per_share: str) -> tuple[str, Decimal] | None:
    """The currency and scale of a total's heading ("百万円") where the amount per share's ("円")
    is in the same currency, unscaled."""
    total_unit, per_share_unit = cell_unit(total), cell_unit(per_share)
    if total_unit[0] is None or per_share_unit[0] != total_unit[0] or per_share_unit[1] not in (None, Decimal(1)):
        return None
    return total_unit[0], total_unit[1] or Decimal(1)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last where it is shorter)."""
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, month_end(year, month).day))


def _year_from(start: dt.date) -> Period:
    return Period.duration(start, _add_months(start, 12) - dt.timedelta(days=1))


def fiscal_year_of(line: str) -> Period | str | None:
    """The fiscal year a report's title line or a year's heading states; a reason where it states
    a period that is no twelve months' year; None where the line is neither.

    >>> str(fiscal_year_of("有価証券報告書-第12期(2030年4月1日-2031年3月31日)"))
    '2030-04-01/2031-03-31'
    >>> str(fiscal_year_of("四半期報告書-第12期第3四半期(2030年10月1日-2030年12月31日)"))
    '2030-04-01/2031-03-31'
    >>> str(fiscal_year_of("当連結会計年度(自 2030年7月21日 至 2031年7月20日)"))
    '2030-07-21/2031-07-20'
    >>> fiscal_year_of("有価証券報告書-第1期(2030年10月1日-2031年3月31日)")
    'a fiscal year of other than twelve months (2030-10-01 to 2031-03-31)'
    """
    squeezed = BLANKS.sub("", line.strip())
    words = _words()
    kind = next((k for k in ("annual", "quarterly", "year_heading") if words[k].search(squeezed)), None)
    dates = find_dates(line) if kind else []
    if kind is None or len(dates) != 2:
        return None
    first, last = dates[0].value, dates[1].value
    if kind == "quarterly":
        quarter = _QUARTER.search(squeezed)
        if quarter is None or _add_months(first, 3) - dt.timedelta(days=1) != last:
            return f"a quarterly report whose quarter is not stated ({first} to {last})"
        first = _add_months(first, -3 * (int(quarter[1].translate(_WIDE_DIGITS)) - 1))
        last = _year_from(first).end
    year = _year_from(first)
    if year.end != last:
        return f"a fiscal year of other than twelve months ({first} to {last})"
    return year


_WIDE_DIGITS = str.maketrans("１２３４", "1234")


def row_period(record: dt.date, year: Period) -> tuple[str, Period] | str:
    """The kind and fiscal period of a dividend whose record date is ``record``, in a report on
    ``year``: the period the record date closes, of this year or the year before.

    >>> year = Period.duration(dt.date(2030, 4, 1), dt.date(2031, 3, 31))
    >>> [(k, str(p)) for k, p in (row_period(dt.date(2031, 3, 31), year), row_period(dt.date(2030, 3, 31), year))]
    [('final', '2030-04-01/2031-03-31'), ('final', '2029-04-01/2030-03-31')]
    >>> [(k, str(p)) for k, p in (row_period(dt.date(2030, 9, 30), year), row_period(dt.date(2030, 12, 31), year))]
    [('interim', '2030-04-01/2030-09-30'), ('quarterly', '2030-10-01/2030-12-31')]
    >>> row_period(dt.date(2030, 8, 15), year)
    'a record date (2030-08-15) that closes no half, quarter or year of the fiscal year 2030-04-01/2031-03-31'
    """
    assert year.start is not None
    for start in (year.start, _add_months(year.start, -12)):
        for months, kind in ((12, "final"), (6, "interim"), (3, "quarterly"), (9, "quarterly")):
            end = _add_months(start, months) - dt.timedelta(days=1)
            if record == end:
                first = start if kind != "quarterly" else _add_months(start, months - 3)
                return kind, Period.duration(first, end)
    return f"a record date ({record}) that closes no half, quarter or year of the fiscal year {year}"


def note_rows(text: str, flat: list[tuple[FlatRow | str, int, int]] | None = None) -> list[NoteRow]:
    """Every resolution row of the text's dividend tables (with bars between cells, or flattened:
    ``flat``, ``flat_rows(text)`` where the caller has it), with the fiscal year in force there:
    the last title line or year heading before the table."""
    years: list[tuple[int, Period | str]] = [(0, "the report's fiscal year is not stated")]
    heading: _Heading | None = None
    out: list[tuple[int, NoteRow]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if "|" not in line:
            heading = None
            stated = fiscal_year_of(line)
            years += [] if stated is None else [(start, stated)]
            continue
        cells = _cells(line.rstrip("\r\n"), start)
        if heading is not None and len(cells) == heading.width and not _heading(cells):
            out.append((start, NoteRow({role: cells[k] for role, k in heading.roles.items()}, heading, years[-1][1])))
        else:
            heading = _heading(cells)
    for row, start, end in flat_rows(text) if flat is None else flat:
        year = [y for at, y in years if at <= start][-1]
        units = None if isinstance(row, str) else _units(row.unit, row.per_share_unit)
        if isinstance(row, FlatRow) and units is not None:
            out.append((start, NoteRow(row.cells, _Heading({}, 0, *units), year)))
    return [row for _, row in sorted(out, key=lambda r: r[0])]


def _flat_unread(flat: list[tuple[FlatRow | str, int, int]], ctx: DocumentContext) -> list[Mention]:
    """The flattened rows whose figures cannot be told apart, for the unmapped report."""
    return [Mention(ctx.text[start:end], ctx.span(start, end), row) for row, start, end in flat
            if isinstance(row, str)]


def _figure(cell: tuple[str, int, int], scale: Decimal) -> tuple[Decimal, int] | None:
    """A cell's one figure (a note mark beside it dropped: "(注)3.0", "(注2)7,215", "18.50(注)",
    "※1 12") times ``scale``, with its decimals."""
    text = NOTE_MARK.sub("", cell[0]).strip()
    if not _FIGURE.fullmatch(text):
        return None
    places = len(text.partition(".")[2])
    return Decimal(text.replace(",", "")) * scale, places - (len(str(int(scale))) - 1)


def _row_facts(row: NoteRow, ctx: DocumentContext) -> tuple[list[Observation], list[Mention]]:
    """A row's total, amount per share and record date, in the fiscal period its record date
    closes; each figure unmapped with the reason where that period or the row is unclear."""
    cells, heading = row.cells, row.heading
    span = lambda cell: ctx.span(cell[1], cell[2])  # noqa: E731
    unmapped = [Mention(d.text, ctx.span(cells["resolution"][1] + d.start, cells["resolution"][1] + d.end),
                        _NO_RESOLUTION_CONCEPT) for d in find_dates(cells["resolution"][0])[:1]]
    total = _figure(cells["total"], heading.scale)
    per_share = _figure(cells["per_share"], Decimal(1))
    records = find_dates(cells["record_date"][0])
    reason = _row_reason(row, total, per_share, records)
    period = row_period(records[0].value, row.year) if reason is None else reason  # type: ignore[arg-type]
    if isinstance(period, str):
        return [], unmapped + [Mention(cells[r][0], span(cells[r]), period) for r in ("total", "per_share")]
    kind, fiscal = period
    dims = ((AXIS, kind),)
    assert total is not None and per_share is not None
    return [Observation("DividendsDeclared", total[0], fiscal, UnitSpec.currency(heading.currency), total[1],
                        dims, span=span(cells["total"]), rule=RULE),
            Observation("DividendsDeclaredPerShare", per_share[0], fiscal, UnitSpec.per_share(heading.currency),
                        per_share[1], dims, span=span(cells["per_share"]), rule=RULE),
            Observation("DividendRecordDate", records[0].value, fiscal, span=span(cells["record_date"]),
                        rule=RULE)], unmapped


def _row_reason(row: NoteRow, total: object, per_share: object, records: list) -> str | None:
    """Why a row's dividend is not read, if it is not."""
    if not _words()["common"].search(BLANKS.sub("", row.cells["share_class"][0])):
        return "a dividend on a class of shares other than the common shares"
    if total is None or per_share is None:
        return "a dividend row whose total or amount per share is not one figure"
    if len(records) != 1 or records[0].text != row.cells["record_date"][0].strip():
        return "a dividend row whose record date is not one date"
    if isinstance(row.year, str):
        return row.year
    return None


def extract_dividend_notes(ctx: DocumentContext) -> Found:
    """The dividends of a securities report's dividend note, one resolution a row."""
    observations: list[Observation] = []
    unmapped: list[Mention] = []
    flat = flat_rows(ctx.text)  # (read once: its rows and the ones it cannot read)
    for row in note_rows(ctx.text, flat):
        found, missed = _row_facts(row, ctx)
        observations += found
        unmapped += missed
    unmapped += _flat_unread(flat, ctx)
    return Found(tuple(observations), tuple(unmapped))
