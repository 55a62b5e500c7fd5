"""Reporting periods named in prose, English and Korean.

Fiscal convention: a fiscal year ends on the last day of ``fiscal_year_end_month`` (12 for nearly
every Korean issuer: the Korean Commercial Act lets a company choose, and the calendar year is the
norm) and is named by the calendar year in which it ENDS (SEC usage: "fiscal 2003" of a March
year-end company ends 2003-03-31). Japanese issuers name a March fiscal year by the year it
STARTS ("fiscal 2002" = 2002-04-01..2003-03-31): pass ``named_by="start"``. Quarters and halves
count from the first month of the fiscal year. Where the text omits the year, it is the latest
one whose period has begun by the document date (an instant: has passed by the document date).

>>> from datetime import date
>>> d = date(2002, 10, 28)
>>> str(parse_period("third quarter of 2002"))
'2002-07-01/2002-09-30'
>>> str(parse_period("3Q02")), str(parse_period("Q3 2002")), str(parse_period("the third quarter", document_date=d))
('2002-07-01/2002-09-30', '2002-07-01/2002-09-30', '2002-07-01/2002-09-30')
>>> str(parse_period("the first half of 2003")), str(parse_period("fiscal year 2002"))
('2003-01-01/2003-06-30', '2002-01-01/2002-12-31')
>>> str(parse_period("for the nine months ended September 30, 2002"))
'2002-01-01/2002-09-30'
>>> str(parse_period("at the end of September", document_date=d)), str(parse_period("end of October 2002"))
('2002-09-30', '2002-10-31')
>>> str(parse_period("as of December 31", document_date=date(2003, 2, 5)))
'2002-12-31'
>>> str(parse_period("2002년 3분기")), str(parse_period("2002년 9월말"))
('2002-07-01/2002-09-30', '2002-09-30')
>>> str(parse_period("fiscal 2002", fiscal_year_end_month=3, named_by="start"))
'2002-04-01/2003-03-31'
>>> [str(parse_period(t, document_date=date(2004, 10, 8))) for t in ("平成16年3月期", "93年9月份", "前三季")]
['2003-04-01/2004-03-31', '2004-09-01/2004-09-30', '2004-01-01/2004-09-30']
>>> str(shift(parse_period("third quarter of 2002"), "prior_year"))
'2001-07-01/2001-09-30'
>>> parse_period("for the fiscal year ended Sep. 2004") is None  # a month and year, no day
True
>>> str(parse_period("for the six months to September", document_date=date(2004, 10, 21)))
'2004-04-01/2004-09-30'
>>> str(parse_period("the January-March quarter", document_date=date(2004, 4, 22)))
'2004-01-01/2004-03-31'
>>> [(f.relation, f.text) for f in find_periods("down 58.2% from the same quarter last year")]
[('prior_year', 'same quarter last year')]

Without a document date a phrase that leaves its year unsaid names no period: it is found with
``needs_year`` set, so a reader can say why its figure has no period. Periods the text names with
their year (``anchors``) resolve it only where one of them is that very period ("the second
quarter" beside "2Q03"):

>>> f = find_periods("올 1분기 매출")[0]; (f.period, f.needs_year, f.text)
(None, True, '올 1분기')
>>> q2 = parse_period("the second quarter of 2003")
>>> str(find_periods("in the three months to June 30", anchors=(q2,))[0].period)
'2003-04-01/2003-06-30'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from converter.model import Period
from converter.parse.cjk_numerals import arabic_groups
from converter.parse.dates import month_numbers
from converter.parse.eras import bare_era_year, era_year
from converter.parse.months import (  # the calendar arithmetic, where other modules have long found it
    FiscalCalendar,
    add_months,
    calendar_day,
    date_range,
    fiscal_part,
    month_count,
    month_end,
    months_ended,
    months_span,
    months_to,
    quarter_ending,
    split_year,
)
from converter.parse.fiscal_quarters import cjk_fiscal, fiscal_quarter, ordinal, quarter_of_year_ending
from converter.parse.numbers import number_words
from converter.parse.period_patterns import PRIOR_YEAR_WORDS
from converter.parse.period_scan import gate_tables, gated_patterns, gated_relative, longest_first, period_matches


@dataclass(frozen=True)
class FoundPeriod:
    """A period phrase: ``period`` when the phrase names one, else ``relation`` (a period
    relative to the figure's own: ``prior_year``, ``prior_quarter``) and ``period`` None."""

    period: Period | None
    start: int
    end: int
    text: str
    kind: str  # quarter | half | year | months | month | instant | relative
    relation: str | None = None
    needs_year: bool = False  # names a part of a year, but neither text nor date gives the year

    @property
    def unresolved(self) -> bool:
        """A phrase that names a period the text cannot date ("1분기" in an undated article)."""
        return self.needs_year and self.period is None


def shift(period: Period, relation: str, forward: bool = False) -> Period:
    """The comparative period ``relation`` names against ``period`` (``forward``: the period
    whose comparative ``period`` is)."""
    if relation.startswith("same_in:"):  # "the same period of 2002"
        return _same_part(period, int(relation.partition(":")[2])) or period
    if relation.startswith("same_from:"):  # "the same quarter of FY22": the fiscal year from its first month
        return _same_in_fiscal(period, relation.partition(":")[2]) or period
    months = _length_in_months(period) if relation == "prior_period" else \
        {"prior_year": 12, "prior_quarter": 3, "prior_half": 6, "prior_month": 1}[relation]
    if forward:
        months = -months

    def back(day: dt.date, is_end: bool) -> dt.date:
        year, month = add_months(day.year, day.month, -months)
        if is_end and day == month_end(day.year, day.month):
            return month_end(year, month)
        return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

    if period.start is None:
        return Period.instant(back(period.end, True))
    return Period.duration(back(period.start, False), back(period.end, True))


def _length_in_months(period: Period) -> int:
    """"전기 대비" of a period: the one of its own length just before it (a year's for an instant)."""
    if period.start is None:
        return 12
    return max(1, (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1)


def _year(token: str) -> int:
    n = int(token.lstrip("'’"))
    return n if n >= 100 else (2000 + n if n < 50 else 1900 + n)


def _stated_year(g: dict[str, str | None], document_date: dt.date | None) -> tuple[int | None, bool]:
    """(year the phrase states, whether it states one): 2003, '03, or 작년 (the year before
    the document's, so only with a document date)."""
    if g.get("y"):
        return _year(g["y"]), True  # type: ignore[arg-type]
    if g.get("era"):
        return era_year(g["era"], g["ey"]), True  # type: ignore[arg-type]
    if g.get("ey"):  # 16年3月期, 93年9月: an era year whose era the document's date tells
        return bare_era_year(g["ey"], document_date.year if document_date else None), True
    if g.get("yy"):
        return _year(g["yy"]), True  # type: ignore[arg-type]
    if g.get("rel"):
        if document_date is None:
            return None, False
        return document_date.year - (1 if g["rel"] in PRIOR_YEAR_WORDS else 0), True
    return None, False


def _label_period(kind: str, m: re.Match[str], label: int, cal: FiscalCalendar) -> Period:
    g = m.groupdict()
    if kind == "quarter":
        n = int(g.get("qn") or ordinal(g["n"]))
        return fiscal_part(label, 3 * (n - 1) + 1, 3, cal)
    if kind == "half":
        n = 2 if (g.get("h") or "").lower() == "second" or g.get("kh") in ("하", "下") else int(
            g.get("hn") or g.get("hn2") or 1)
        return fiscal_part(label, 6 * (n - 1) + 1, 6, cal)
    if kind == "to_quarter":  # "3분기 누적": the year's first nine months
        return fiscal_part(label, 1, 3 * int(g.get("qn") or ordinal(g["n"])), cal)  # 前三季 too
    if kind == "quarters":  # "1~3분기"
        first, last = int(g["q1"]), int(g["q2"])
        return fiscal_part(label, 3 * (first - 1) + 1, 3 * (last - first + 1), cal)
    return fiscal_part(label, 1, 12, cal)


def _containing_year(current: Period | None, cal: FiscalCalendar,
                     document_date: dt.date | None) -> Period | None:
    """"during the year": the fiscal year of the period the text is about, else the last
    fiscal year ended by the document date (a results release looks back)."""
    day = current.end if current is not None else document_date
    if day is None:
        return None
    for label in (day.year + 1, day.year, day.year - 1, day.year - 2):
        year = fiscal_part(label, 1, 12, cal)
        inside = year.start is not None and year.start <= day <= year.end
        if (current is not None and inside) or (current is None and year.end < day):
            return year
    return None


def _quarter_of(current: Period | None) -> Period | None:
    """"for the quarter": the period the text is about when it is a quarter, else the quarter
    that ends with it ("for the nine months ended December 31 ... for the quarter": October to
    December)."""
    if current is None or current.start is None or current.end != month_end(current.end.year, current.end.month):
        return None
    return months_ended(3, current.end)


def _period_of(kind: str, m: re.Match[str], cal: FiscalCalendar,
               document_date: dt.date | None, current: Period | None = None) -> Period | None:
    g = arabic_groups(m.groupdict())  # 九十三年九月份 read as 93年9月份
    if g.get("this"):
        return _containing_year(current, cal, document_date)
    if g.get("before_this"):
        year = _containing_year(current, cal, document_date)
        return shift(year, "prior_year") if year else None
    if g.get("thisq"):
        return _quarter_of(current)
    if g.get("yend"):
        year = _containing_year(current, cal, document_date)
        return Period.instant(year.end) if year else None
    if kind == "date_range":
        return date_range(g)
    if kind == "split_year":
        return split_year(int(g["sy1"] or 0), int(g["sy2"] or 0), cal)
    year, stated = _stated_year(g, document_date)
    if (g.get("rel") and not stated) or (g.get("ey") and year is None):
        return None
    if kind in ("jfy", "cjk_ended"):
        return cjk_fiscal(kind, g, year)
    if kind in ("same", "same_fy"):
        return None  # a relation to the figure's own period (see _search_periods)
    if kind == "fyq":
        return quarter_of_year_ending(g, year)
    if kind == "fiscal_quarter":
        return fiscal_quarter(g, year, cal)
    if kind == "months_to":
        return months_to(g, year, document_date)
    month_token = g.get("m") or g.get("m2")
    if month_token:
        month = int(month_token) if month_token.isdigit() else month_numbers()[month_token.lower()]
        if g.get("d") or g.get("d2"):
            return _dated(kind, g, month, year, document_date)
        if kind == "quarter_end":
            return quarter_ending(month, year, document_date)
        return _month_period(kind, month, year, document_date)
    if kind == "instant" and g.get("n"):
        base = _labelled("quarter", m, year, cal, document_date)
        return base and Period.instant(base.end)
    if kind == "instant":
        return Period.instant(dt.date(year, 12, 31)) if year else None
    if kind == "months":  # "first nine months of 2003", "2003년 1~9월"
        first = int(g["m1"]) if g.get("m1") else 1
        count = int(g["m2m"]) - first + 1 if g.get("m2m") else month_count(g["c"] or "")
        if count < 1:
            return None
        if g.get("m1"):
            return _from_month(year, first, count, document_date)
        return _labelled_part(m, year, count, cal, document_date)
    if kind == "quarters" and int(g["q2"]) < int(g["q1"]):
        return None
    return _labelled(kind, m, year, cal, document_date)


def _same_part(current: Period | None, year: int) -> Period | None:
    """"the same period of 2002": the part of 2002 that the text's period is of its year
    (found without the text's period, the phrase is a relation ``same_in:2002`` to the figure's)."""
    if current is None or current.end is None:
        return None
    period, years = current, current.end.year - year
    for _ in range(abs(years)):
        period = shift(period, "prior_year", forward=years < 0)
    return period


def _same_in_fiscal(current: Period, first: str) -> Period | None:
    """"the same quarter of FY22": the period whole years before ``current`` that ends within
    the fiscal year whose first month is ``first`` (YYYY-MM), if one does."""
    year, month = (int(part) for part in first.split("-"))
    years = ((current.end.year * 12 + current.end.month - 1) - (year * 12 + month - 1)) // 12
    if years < 0:
        return None
    period = current
    for _ in range(years):
        period = shift(period, "prior_year")
    return period


def _from_month(year: int | None, first: int, count: int, document_date: dt.date | None) -> Period | None:
    if year is None:
        if document_date is None:
            return None
        year = document_date.year if dt.date(document_date.year, first, 1) <= document_date else document_date.year - 1
    return months_span(year, first, count)


def _labelled_part(m: re.Match[str], year: int | None, count: int, cal: FiscalCalendar,
                   document_date: dt.date | None) -> Period | None:
    if year is not None:
        return fiscal_part(year, 1, count, cal)
    if document_date is None:
        return None
    for label in (document_date.year + 1, document_date.year, document_date.year - 1):
        period = fiscal_part(label, 1, count, cal)
        if period.start is not None and period.start <= document_date:
            return period
    return None


def _labelled(kind: str, m: re.Match[str], year: int | None, cal: FiscalCalendar,
              document_date: dt.date | None) -> Period | None:
    if year is not None:
        return _label_period(kind, m, year, cal)
    if document_date is None:
        return None
    for label in (document_date.year + 1, document_date.year, document_date.year - 1):
        period = _label_period(kind, m, label, cal)
        if period.start is not None and period.start <= document_date:
            return period
    return None


def _dated(kind: str, g: dict[str, str | None], month: int, year: int | None,
           document_date: dt.date | None) -> Period | None:
    day_token = g.get("d") or g.get("d2") or "0"
    if not 1 <= int(day_token) <= 31:
        return None  # "June 0" is no date (a typo, or a figure read as a day)
    if year is None:
        if document_date is None:
            return None
        year = document_date.year
        if dt.date(year, month, min(int(day_token), 28)) > document_date:
            year -= 1
    day = calendar_day(year, month, int(day_token))
    if day is None:
        return None
    if kind == "instant":
        return Period.instant(day)
    count = 3 if g.get("q") else 6 if g.get("h") else 12 if g.get("fy") else int(number_words().get(
        (g.get("c") or "").lower(), (g.get("c") or "0", ""))[0])
    return months_ended(count, day) if count else None


def _month_period(kind: str, month: int, year: int | None,
                  document_date: dt.date | None) -> Period | None:
    if year is None:
        if document_date is None:
            return None
        year = document_date.year
        if month_end(year, month) > document_date and kind == "instant":
            year -= 1
        elif dt.date(year, month, 1) > document_date:
            year -= 1
    if kind == "instant":
        return Period.instant(month_end(year, month))
    return months_span(year, month, 1)


def find_periods(text: str, *, document_date: dt.date | None = None,
                 fiscal_year_end_month: int = 12, named_by: str = "end",
                 current: Period | None = None, calendar: FiscalCalendar | None = None,
                 anchors: tuple[Period, ...] = ()) -> list[FoundPeriod]:
    """Every period phrase in ``text``, in order, longest first where phrases overlap.
    ``current`` is the period the text around is about ("during the year" is its year);
    ``calendar`` the document's fiscal year (else ``fiscal_year_end_month`` and ``named_by``);
    ``anchors`` the periods an undated document names with their year."""
    cal = calendar or FiscalCalendar(fiscal_year_end_month, named_by)
    if document_date is not None:
        anchors = ()
    if len(text) <= _MEMO_CHARS:
        return list(_remembered_periods(text, document_date, cal, current, anchors))
    return _search_periods(text, document_date, cal, current, anchors)


# Sentences are searched again by several binders: remember the short ones (bounded).
_MEMO_CHARS = 2000


@lru_cache(maxsize=2048)
def _remembered_periods(text: str, document_date: dt.date | None, cal: FiscalCalendar,
                        current: Period | None, anchors: tuple[Period, ...]) -> tuple[FoundPeriod, ...]:
    return tuple(_search_periods(text, document_date, cal, current, anchors))


# the scan, shared with the tests under their former names
_gated_patterns, _gated_relative, _gate_tables = gated_patterns, gated_relative, gate_tables
_longest_first = longest_first


def _search_periods(text: str, document_date: dt.date | None, cal: FiscalCalendar,
                    current: Period | None, anchors: tuple[Period, ...]) -> list[FoundPeriod]:
    named, relative = period_matches(text)
    candidates: list[FoundPeriod] = []
    for kind, m in named:
        period = _period_of(kind, m, cal, document_date, current)
        needs_year = period is None and document_date is None and _leaves_year_unsaid(kind, m)
        if needs_year and anchors:
            period = _anchored(kind, m, cal, current, anchors)
        relation = f"same_in:{m['y']}" if kind == "same" else _same_fiscal(m, cal) if kind == "same_fy" else None
        if period is not None or needs_year or relation:
            lead = len(m.group(0)) - len(m.group(0).lstrip())  # " 1분기": the phrase, not the space
            candidates.append(FoundPeriod(period, m.start() + lead, m.end(), m.group(0)[lead:], kind,
                                          relation, needs_year))
    for relation, m in relative:
        candidates.append(FoundPeriod(None, m.start(), m.end(), m.group(0), "relative", relation))
    return longest_first(candidates)


def _same_fiscal(m: re.Match[str], cal: FiscalCalendar) -> str | None:
    """"the same quarter of FY22": a relation to the figure's period, by the fiscal year's first month."""
    first = fiscal_part(_year(m["y"]), 1, 12, cal).start
    return f"same_from:{first.year}-{first.month:02d}" if first is not None else None


def _leaves_year_unsaid(kind: str, m: re.Match[str]) -> bool:
    g = m.groupdict()
    if g.get("thisq"):
        return False  # the text's own quarter, or none: no year to give
    if g.get("y") or g.get("yy") or kind in ("year_in", "same", "same_fy", "split_year", "fiscal_quarter"):
        return False
    return kind != "year" or bool(g.get("this") or g.get("rel") or g.get("before_this"))


def _anchored(kind: str, m: re.Match[str], cal: FiscalCalendar, current: Period | None,
              anchors: tuple[Period, ...]) -> Period | None:
    """The one period the undated phrase names if the year were an anchor's, where that is the
    anchor itself (or its last day): never a guess between several."""
    if m.groupdict().get("rel"):
        return None  # 작년, 올해 are years of the publication date, which no anchor gives
    found = set()
    for anchor in anchors:
        period = _period_of(kind, m, cal, anchor.end, current)
        if period is not None and (period == anchor or (period.is_instant and period.end == anchor.end)):
            found.add(period)
    return found.pop() if len(found) == 1 else None


def parse_period(text: str, *, document_date: dt.date | None = None,
                 fiscal_year_end_month: int = 12, named_by: str = "end") -> Period | None:
    """The period of the first (non-relative) period phrase in ``text``, else None."""
    for found in find_periods(text, document_date=document_date,
                              fiscal_year_end_month=fiscal_year_end_month, named_by=named_by):
        if found.period is not None:
            return found.period
    return None
