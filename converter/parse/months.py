"""Calendar arithmetic of months and fiscal years: where a month ends, a span of months, the
months of a fiscal year, a day the calendar has. The readers of period phrases
(``converter.parse.periods``) and of table headings build their periods from these."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from converter.model import Period
from converter.parse.dates import month_numbers
from converter.parse.numbers import number_words


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


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after ``year``-``month`` (before it, for a negative ``n``)."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, month: int, count: int) -> Period:
    """``count`` months starting with ``year``-``month``."""
    last_year, last_month = add_months(year, month, count - 1)
    return Period.duration(dt.date(year, month, 1), month_end(last_year, last_month))


def fiscal_part(label: int, first: int, count: int, cal: FiscalCalendar) -> Period:
    """Months ``first`` .. ``first+count-1`` (1-based) of fiscal year ``label``."""
    year, month = add_months(*cal.first_month(label), first - 1)
    return months_span(year, month, count)


def months_ended(count: int, end: dt.date) -> Period:
    year, month = add_months(end.year, end.month, -(count - 1))
    return Period.duration(dt.date(year, month, 1), end)


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, if the calendar has it in the years dates are read in (1900-2099); what
    ``parse_date`` of the ISO form gave, without writing and reading it back.

    >>> calendar_day(2004, 2, 29), calendar_day(2003, 2, 29), calendar_day(1899, 12, 31)
    (datetime.date(2004, 2, 29), None, None)
    """
    if not 1900 <= year <= 2099:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# -- periods named by their months -------------------------------------------------------------


def date_range(g: dict[str, str | None]) -> Period | None:
    """"from January 1 to September 30, 2005", "2005.01.01 ~ 2005.12.31": the days between the
    two dates, both included (the first date's year, unsaid, is the second's); a range that
    runs backwards or over more than two years is none.

    >>> date_range({"ma": "Jan", "da": "1", "mb": "September", "db": "30", "yb": "2005"})
    Period(end=datetime.date(2005, 9, 30), start=datetime.date(2005, 1, 1))
    >>> date_range({"ya": "2005", "mna": "12", "da": "31", "yb": "2005", "mnb": "01", "db": "01"}) is None
    True
    """
    def month(name: str | None, number: str | None) -> int:
        return int(number) if number else month_numbers()[(name or "").lower()]

    end_year = int(g.get("yb") or 0)
    start = calendar_day(int(g.get("ya") or end_year), month(g.get("ma"), g.get("mna")), int(g.get("da") or 0))
    end = calendar_day(end_year, month(g.get("mb"), g.get("mnb")), int(g.get("db") or 0))
    if start is None or end is None or not start <= end <= start.replace(year=start.year + 2, day=min(start.day, 28)):
        return None
    return Period.duration(start, end)


def split_year(first: int, second: int, cal: FiscalCalendar) -> Period | None:
    """"fiscal year 2004/05": the fiscal year that begins in the first year and ends in the
    next; under a fiscal year ending in December no year spans two, and none is given.

    >>> split_year(2004, 5, FiscalCalendar(3)), split_year(2004, 5, FiscalCalendar()), split_year(2004, 6, FiscalCalendar(3))
    (Period(end=datetime.date(2005, 3, 31), start=datetime.date(2004, 4, 1)), None, None)

    Either year may be written in two digits or four ("FY22-23", "2022-2023"):

    >>> str(split_year(22, 23, FiscalCalendar(3))), str(split_year(2022, 2023, FiscalCalendar(3)))
    ('2022-04-01/2023-03-31', '2022-04-01/2023-03-31')
    """
    if first < 100:  # "FY22-23": the century the two digits name (the texts run from 1996 on)
        first += 1900 if first >= 90 else 2000
    if second >= 100:  # "2022-2023": the next calendar year in full
        second = second % 100 if second == first + 1 else -1
    if cal.end_month == 12 or (first + 1) % 100 != second:
        return None
    return months_ended(12, month_end(first + 1, cal.end_month))


def month_count(word: str) -> int:
    """A count of months in digits or in words ("11", "eleven")."""
    return int(word) if word.isdigit() else int(number_words()[word.lower()][0])


def months_to(g: dict[str, str | None], year: int | None, document_date: dt.date | None) -> Period | None:
    """"the six months to September", "the January-March quarter": the months that end with
    that month's end; its year, unsaid, the last one whose end the document date has passed."""
    month = month_numbers()[(g["m"] or "").lower()]
    if g.get("mf"):
        count = (month - month_numbers()[g["mf"].lower()]) % 12 + 1
    else:
        count = month_count(g["c"] or "")
    year = year if year is not None else _last_ended(month, document_date)
    return months_ended(count, month_end(year, month)) if year is not None else None


def quarter_ending(month: int, year: int | None, document_date: dt.date | None) -> Period | None:
    """"the June quarter", "the March 2003 quarter": the three months ending that month."""
    year = year if year is not None else _last_ended(month, document_date)
    return months_ended(3, month_end(year, month)) if year is not None else None


def _last_ended(month: int, document_date: dt.date | None) -> int | None:
    """The year of the last ``month`` whose end the document date has passed (a period named
    by its month alone: "the six months to September" of a November release is this year's).

    >>> _last_ended(9, dt.date(2005, 11, 3)), _last_ended(12, dt.date(2005, 11, 3)), _last_ended(9, None)
    (2005, 2004, None)
    """
    if document_date is None:
        return None
    return document_date.year if month_end(document_date.year, month) <= document_date else document_date.year - 1
