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
>>> str(shift(parse_period("third quarter of 2002"), "prior_year"))
'2001-07-01/2001-09-30'
>>> parse_period("for the fiscal year ended Sep. 2004") is None  # a month and year, no day
True
>>> [(f.relation, f.text) for f in find_periods("down 58.2% from the same quarter last year")]
[('prior_year', 'same quarter last year')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.model import Period
from converter.parse.dates import month_numbers, parse_date
from converter.parse.gates import Gated, fold
from converter.parse.numbers import number_words


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


@dataclass(frozen=True)
class FiscalCalendar:
    end_month: int = 12
    named_by: str = "end"  # or "start"

    def first_month(self, label: int) -> tuple[int, int]:
        """(year, month) the fiscal year called ``label`` begins."""
        if self.end_month == 12:
            return label, 1
        start_year = label - 1 if self.named_by == "end" else label
        return start_year, self.end_month + 1


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, month: int, count: int) -> Period:
    """``count`` months starting with ``year``-``month``."""
    last_year, last_month = _add_months(year, month, count - 1)
    return Period.duration(dt.date(year, month, 1), month_end(last_year, last_month))


def fiscal_part(label: int, first: int, count: int, cal: FiscalCalendar) -> Period:
    """Months ``first`` .. ``first+count-1`` (1-based) of fiscal year ``label``."""
    year, month = _add_months(*cal.first_month(label), first - 1)
    return months_span(year, month, count)


def months_ended(count: int, end: dt.date) -> Period:
    year, month = _add_months(end.year, end.month, -(count - 1))
    return Period.duration(dt.date(year, month, 1), end)


def shift(period: Period, relation: str) -> Period:
    """The comparative period ``relation`` names against ``period``."""
    months = {"prior_year": 12, "prior_quarter": 3, "prior_half": 6, "prior_month": 1}[relation]

    def back(day: dt.date, is_end: bool) -> dt.date:
        year, month = _add_months(day.year, day.month, -months)
        if is_end and day == month_end(day.year, day.month):
            return month_end(year, month)
        return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

    if period.start is None:
        return Period.instant(back(period.end, True))
    return Period.duration(back(period.start, False), back(period.end, True))


def _year(token: str) -> int:
    n = int(token.lstrip("'’"))
    return n if n >= 100 else (2000 + n if n < 50 else 1900 + n)


def _ordinal(token: str) -> int:
    token = token.lower()
    if token[0].isdigit():
        return int(token[0])
    return int(number_words()[token][0])


# ---------------------------------------------------------------------------------------------
# Patterns: each maps a match to a function (label year or None, calendar) -> Period
# ---------------------------------------------------------------------------------------------

_ORD = r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_YY = r"(?P<y>(?:19|20)\d\d|['’]?\d\d)"
# "for 2003," names the year; "for 2003-2005", "in 2002 and 2003", "in 2,003" do not.
_NOT_A_RANGE = r"(?!\d|[,.]\d|\s*[-–~]|\s*(?:to|through|and)\b)"


@cache
def _month_name() -> str:
    latin = sorted((s for s in month_numbers() if s[0].isascii()), key=len, reverse=True)
    return "(?P<m>" + "|".join(re.escape(s) for s in latin) + r")(?![a-z])"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    mon = _month_name()
    day = r"(?P<d>[0-3]?\d)(?!\d)"  # "Sep. 2004" has no day: "20" is the start of a year
    return tuple((kind, re.compile(src, re.I)) for kind, src in (
        ("months", rf"(?P<c>three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+(?:period\s+)?ended\s+{mon}\s+{day}(?:,?\s+{_YEAR})?"),
        ("months", rf"(?P<fy>(?:fiscal\s+)?year)\s+ended\s+{mon}\s+{day}(?:,?\s+{_YEAR})?"),
        ("months", rf"(?P<q>quarter)\s+ended\s+{mon}\s+{day}(?:,?\s+{_YEAR})?"),
        ("instant", rf"(?:\b(?:as\s+of|as\s+at|at|on)\s+)(?!the\b){mon}\s+{day}(?:,?\s+{_YEAR})?"),
        ("instant", rf"\bend\s+of\s+(?:the\s+)?{_ORD}\s+quarter(?:\s+of)?(?:\s+{_YEAR})?"),
        ("instant", rf"\bend\s+of\s+{mon}(?:,?\s+{_YEAR})?"),
        ("instant", rf"\b(?:end\s+of|year[\s-]end|end-)\s*{_YEAR}"),
        ("instant", r"\b(?:at|as\s+of|by)\s+(?:the\s+)?(?P<yend>(?:fiscal\s+)?year[\s-]end|end\s+of\s+the\s+year)\b(?![\s-]*(?:19|20)\d\d)"),
        ("quarter", rf"\b{_ORD}\s+(?:fiscal\s+)?quarter(?:\s+(?:(?:of|in)\s+)?(?:fiscal\s+(?:year\s+)?)?{_YEAR})?"),
        ("quarter", rf"\b{_YEAR}\s+{_ORD}\s+quarter"),
        ("quarter", rf"\b(?P<qn>[1-4])Q\s?{_YY}\b"),
        ("quarter", rf"\bQ(?P<qn>[1-4])\s?(?:FY\s?)?{_YY}\b"),
        ("quarter", rf"\b{_YEAR}[.\s]?(?P<qn>[1-4])Q\b"),
        ("months", rf"\bfirst\s+(?P<c>three|six|nine|twelve)\s+months(?:\s+of\s+(?:fiscal\s+)?{_YEAR})?"),
        ("half", rf"\b(?P<h>first|second)\s+half(?:\s+of)?(?:\s+(?:fiscal\s+)?{_YEAR})?"),
        ("half", rf"\b(?:(?P<hn>[12])H|H(?P<hn2>[12]))\s?{_YY}\b"),
        ("year", rf"\b(?:fiscal\s+year|fiscal|FY|full[\s-]year|calendar\s+year|the\s+year)\s?{_YY}\b"),
        ("year", rf"\b{_YEAR}\s+(?:fiscal\s+year|full[\s-]year|annual)\b"),
        ("year", rf"\bfor\s+(?:fiscal\s+(?:year\s+)?)?{_YEAR}{_NOT_A_RANGE}"),
        ("year_in", rf"\b(?:in|during)\s+(?:fiscal\s+(?:year\s+)?)?{_YEAR}{_NOT_A_RANGE}"),
        ("year", r"\b(?:for|during|in|over)\s+the\s+(?P<this>(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year)"
                 r"\b(?!\s+(?:ended|ending|earlier|ago|before)|[\s-]+(?:on|over|to)[\s-]|\s*(?:(?:19|20)\d\d|['’]\d\d))"),
        ("month", rf"\b(?:month\s+of\s+|in\s+){mon}\s+{_YEAR}"),
    ))


@cache
def _korean_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    y = r"(?:(?P<y>(?:19|20)\d\d)\s*년\s*(?:도\s*)?)"
    return tuple((kind, re.compile(src)) for kind, src in (
        ("instant", rf"{y}?(?P<m>1[0-2]|0?[1-9])\s*월\s*말"),
        ("quarter", rf"{y}?제?\s*(?P<qn>[1-4])\s*(?:/\s*4\s*)?분기"),
        ("half", rf"{y}?(?P<kh>상|하)반기"),
        ("year", r"(?P<y>(?:19|20)\d\d)\s*년\s*(?:도\s*)?(?:연간|한\s*해|전체)"),
        # "2003년 매출" names the year; "2003년 4월", "2003년 1분기", "2003년 상반기" are longer phrases
        ("year_in", r"(?P<y>(?:19|20)\d\d)\s*년(?:\s*도)?(?!\s*(?:\d|제|상반|하반|[~∼-]))"),
        ("months", rf"{y}?(?P<m1>1[0-2]|0?[1-9])\s*[~∼\-]\s*(?P<m2>1[0-2]|0?[1-9])\s*월"),
    ))


_RELATIVE = (
    ("prior_year", r"same\s+(?:quarter|period|month|time)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year"
                   r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|last\s+(?:fiscal\s+)?year"
                   r"|(?:a|one|the)\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|year[\s-]over[\s-]year|y-?o-?y|전년\s*동기|전년\s*동분기|전년(?:\s*도)?"),
    ("prior_quarter", r"(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter|quarter[\s-](?:on|over)[\s-]quarter|sequentially|q-?o-?q|전\s*분기|직전\s*분기"),
    ("prior_half", r"(?:the\s+)?(?:previous|prior|preceding)\s+half|전\s*반기"),
)


def _label_period(kind: str, m: re.Match[str], label: int, cal: FiscalCalendar) -> Period:
    g = m.groupdict()
    if kind == "quarter":
        n = int(g.get("qn") or _ordinal(g["n"]))
        return fiscal_part(label, 3 * (n - 1) + 1, 3, cal)
    if kind == "half":
        n = 2 if (g.get("h") or "").lower() == "second" or g.get("kh") == "하" else int(
            g.get("hn") or g.get("hn2") or 1)
        return fiscal_part(label, 6 * (n - 1) + 1, 6, cal)
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


def _period_of(kind: str, m: re.Match[str], cal: FiscalCalendar,
               document_date: dt.date | None, current: Period | None = None) -> Period | None:
    g = m.groupdict()
    if g.get("this"):
        return _containing_year(current, cal, document_date)
    if g.get("yend"):
        year = _containing_year(current, cal, document_date)
        return Period.instant(year.end) if year else None
    year = _year(g["y"]) if g.get("y") else None
    if g.get("m"):
        month = int(g["m"]) if g["m"].isdigit() else month_numbers()[g["m"].lower()]
        if g.get("d"):
            return _dated(kind, g, month, year, document_date)
        return _month_period(kind, month, year, document_date)
    if kind == "instant" and g.get("n"):
        base = _labelled("quarter", m, year, cal, document_date)
        return base and Period.instant(base.end)
    if kind == "instant":
        return Period.instant(dt.date(year, 12, 31)) if year else None
    if kind == "months":  # "first nine months of 2003", "2003년 1~9월"
        first = int(g["m1"]) if g.get("m1") else 1
        count = int(g["m2"]) - first + 1 if g.get("m2") else int(number_words()[g["c"].lower()][0])
        if count < 1:
            return None
        if g.get("m1"):
            return _from_month(year, first, count, document_date)
        return _labelled_part(m, year, count, cal, document_date)
    return _labelled(kind, m, year, cal, document_date)


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


def _dated(kind: str, g: dict[str, str], month: int, year: int | None,
           document_date: dt.date | None) -> Period | None:
    if not 1 <= int(g["d"]) <= 31:
        return None  # "June 0" is no date (a typo, or a figure read as a day)
    if year is None:
        if document_date is None:
            return None
        year = document_date.year
        if dt.date(year, month, min(int(g["d"]), 28)) > document_date:
            year -= 1
    day = parse_date(f"{year}-{month:02d}-{int(g['d']):02d}")
    if day is None:
        return None
    if kind == "instant":
        return Period.instant(day)
    count = 3 if g.get("q") else 12 if g.get("fy") else int(number_words().get(
        g["c"].lower(), (g["c"], ""))[0])
    return months_ended(count, day)


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
                 current: Period | None = None) -> list[FoundPeriod]:
    """Every period phrase in ``text``, in order, longest first where phrases overlap.
    ``current`` is the period the text around is about ("during the year" is its year)."""
    if len(text) <= _MEMO_CHARS:
        return list(_remembered_periods(text, document_date, fiscal_year_end_month, named_by, current))
    return _search_periods(text, document_date, fiscal_year_end_month, named_by, current)


# Sentences are searched again by several binders: remember the short ones (bounded).
_MEMO_CHARS = 2000


@lru_cache(maxsize=2048)
def _remembered_periods(text: str, document_date: dt.date | None, fiscal_year_end_month: int,
                        named_by: str, current: Period | None) -> tuple[FoundPeriod, ...]:
    return tuple(_search_periods(text, document_date, fiscal_year_end_month, named_by, current))


@cache
def _gated_patterns() -> tuple[tuple[str, Gated], ...]:
    return tuple((kind, Gated(pattern)) for kind, pattern in (*_patterns(), *_korean_patterns()))


@cache
def _gated_relative() -> tuple[tuple[str, Gated], ...]:
    return tuple((relation, Gated(re.compile(source, re.I))) for relation, source in _RELATIVE)


def _search_periods(text: str, document_date: dt.date | None, fiscal_year_end_month: int,
                    named_by: str, current: Period | None) -> list[FoundPeriod]:
    cal = FiscalCalendar(fiscal_year_end_month, named_by)
    folded = fold(text)
    candidates: list[FoundPeriod] = []
    for kind, pattern in _gated_patterns():
        for m in pattern.finditer(text, folded):
            period = _period_of(kind, m, cal, document_date, current)
            if period is not None:
                candidates.append(FoundPeriod(period, m.start(), m.end(), m.group(0), kind))
    for relation, gated in _gated_relative():
        for m in gated.finditer(text, folded):
            candidates.append(FoundPeriod(None, m.start(), m.end(), m.group(0), "relative", relation))
    chosen: list[FoundPeriod] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def parse_period(text: str, *, document_date: dt.date | None = None,
                 fiscal_year_end_month: int = 12, named_by: str = "end") -> Period | None:
    """The period of the first (non-relative) period phrase in ``text``, else None."""
    for found in find_periods(text, document_date=document_date,
                              fiscal_year_end_month=fiscal_year_end_month, named_by=named_by):
        if found.period is not None:
            return found.period
    return None
