"""The fiscal year a document reports in, as the document itself states it.

Most issuers close their books on December 31 and name a year by itself; where the text says
otherwise ("the fiscal year ending March 31, 2005 ("fiscal 2004")", "the year and fiscal fourth
quarter ended January 31, 2004", "the first quarter ended June 30", "2004年3月期"), quarters,
halves and "fiscal 2003" of that document count from the month after the year's end. Which
calendar year names the fiscal year is read from a label near the year end ("fiscal 2003" beside
a year ended January 31, 2004: named by the year it starts); without one, by the year it ends
(SEC usage).

>>> fiscal_calendar('results for the 1st quarter of the fiscal year ending March 31, 2005 ("fiscal 2004")')
FiscalCalendar(end_month=3, named_by='start')
>>> fiscal_calendar("the year and fiscal fourth quarter ended January 31, 2004. Sales for fiscal 2003")
FiscalCalendar(end_month=1, named_by='start')
>>> fiscal_calendar("revenues for the third quarter ended September 30, 2006")
FiscalCalendar(end_month=12, named_by='end')
>>> fiscal_calendar("Profit for the year ended 30 June 2006 was")
FiscalCalendar(end_month=6, named_by='end')
>>> fiscal_calendar("results for the first quarter ended June 30, 2003")
FiscalCalendar(end_month=3, named_by='end')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from converter.parse.dates import month_numbers
from converter.parse.period_patterns import date_source
from converter.parse.periods import FiscalCalendar, _ordinal

_NEAR = 300  # characters around a year end within which a fiscal label is read as its name


@cache
def _year_end_patterns() -> tuple[re.Pattern[str], ...]:
    date = date_source()
    return (
        # the fiscal year ending March 31, 2005 / the year and fiscal fourth quarter ended ...
        re.compile(rf"\b(?:fiscal\s+)?year\s+(?:and\s+[\w\s-]{{0,40}}?)?(?:ended|ending|ends)\s+(?:on\s+)?{date}", re.I),
        # fiscal year end: March 31 / a fiscal year ending in March
        re.compile(rf"\bfiscal\s+year[\s-]end(?:s|ed|ing)?\s*(?:is|:|on|in|of)?\s*(?:in\s+)?{date}", re.I),
        # 2004年3月期 (Japanese: the fiscal year ending March 2004)
        re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<km>1[0-2]|0?[1-9])\s*月\s*期"),
    )


@cache
def _quarter_end_pattern() -> re.Pattern[str]:
    """"the first quarter ended June 30": the year ends three quarters after June."""
    return re.compile(rf"\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+"
                      rf"(?:ended|ending)\s+{date_source()}", re.I)


_LABEL = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<label>(?:19|20)\d\d|['’]?\d\d)\b", re.I)


def fiscal_calendar(text: str) -> FiscalCalendar:
    """The calendar of the first fiscal year end the text states, else December, by the end."""
    return _remembered(text[:20000])


@lru_cache(maxsize=256)
def _remembered(text: str) -> FiscalCalendar:
    found = _year_end(text)
    if found is None:
        return FiscalCalendar()
    month, year, where = found
    if month == 12 or year is None:
        return FiscalCalendar(month)
    return FiscalCalendar(month, _naming(text, year, where))


def _year_end(text: str) -> tuple[int, int | None, int] | None:
    """(end month, end year or None, offset) of the earliest year end the text states."""
    hits: list[tuple[int, int, int | None]] = []
    for pattern in _year_end_patterns():
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["km"]) if g.get("km") else month_numbers()[(g.get("m") or g.get("m2") or "").lower()]
            hits.append((m.start(), month, int(g["y"]) if g.get("y") else None))
            break
    for m in _quarter_end_pattern().finditer(text):
        month = month_numbers()[(m["m"] or m["m2"]).lower()]
        end_month = (month + 3 * (4 - _ordinal(m["n"])) - 1) % 12 + 1
        year = int(m["y"]) + (1 if end_month < month else 0) if m["y"] else None
        hits.append((m.start(), end_month, year))
        break
    if not hits:
        return None
    where, month, year = min(hits)
    return month, year, where


def _naming(text: str, end_year: int, where: int) -> str:
    """"start" when the fiscal label nearest the year end is the year the fiscal year starts."""
    labels = [(abs(m.start() - where), int(m["label"].lstrip("'’")) % 100)
              for m in _LABEL.finditer(text, max(0, where - _NEAR), where + _NEAR)]
    for _, label in sorted(labels):
        if label == end_year % 100:
            return "end"
        if label == (end_year - 1) % 100:
            return "start"
    return "end"
