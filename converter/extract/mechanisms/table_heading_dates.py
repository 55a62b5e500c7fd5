"""The dates and months a results table's column heading names with no period word: "June 30,"
over a year, "31.03.2024", "Sept-2024". Read for ``table_headings``, which says what period
each names (a month alone names none: how long its period runs is said elsewhere, or not)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from converter.model import Period
from converter.parse.dates import month_numbers
from converter.parse.eras import era_names_source, era_year
from converter.parse.periods import FiscalCalendar, fiscal_part, month_end, months_span


def _month_number(token: str) -> int | None:
    key = token.lower()
    return month_numbers().get(key) or month_numbers().get(key.rstrip("."))


_MONTH_DAY = re.compile(r"^\s*(?P<m>[A-Za-z]{3,9}\.?)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s*$|"
                        r"^\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9}\.?),?\s*$")


def month_day(text: str) -> tuple[int, int] | None:
    m = _MONTH_DAY.match(text)
    if not m:
        return None
    name, day = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
    key = name.lower().rstrip(".")
    if key not in month_numbers() and name.lower() not in month_numbers():
        return None
    month = _month_number(name)
    if not 1 <= int(day) <= month_end(2000, month).day:
        return None
    return month, int(day)


# a date written day first with dots or hyphens, "31.03.2024", "30-06-2024" (Indian results
# tables); read only where the day cannot be the month (over 12), as a period's last day is
_DAY_FIRST = re.compile(r"^\s*(?P<d>1[3-9]|2\d|3[01])[.-](?P<m>0?[1-9]|1[0-2])[.-](?P<y>(?:19|20)\d\d)\s*$")


def day_first(text: str) -> dt.date | None:
    """The day "31.03.2024" names; None for "03.04.2024" (the 3rd of April, or the 4th of March).

    >>> day_first("31.03.2024"), day_first("03.04.2024")
    (datetime.date(2024, 3, 31), None)
    """
    m = _DAY_FIRST.match(text)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


# a month, its day and a two-digit year: "Dec. 31, 23", "Mar 31 '24" (a web table's heading)
_MONTH_DAY_SHORT_YEAR = re.compile(r"""^\s*(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>[0-3]?\d)   # Dec. 31
                                       ,?\s+['’]?(?P<y>\d\d)\s*$                     # , 23""", re.X)


def written_date(text: str) -> dt.date | None:
    """The day a heading cell names in a form ``parse_date`` leaves: day first with dots or
    hyphens ("31.03.2024"), or a month, its day and a two-digit year ("Dec. 31, 23").

    >>> written_date("Dec. 31, 23"), written_date("Mar 31 '24"), written_date("Total 31, 23")
    (datetime.date(2023, 12, 31), datetime.date(2024, 3, 31), None)
    """
    found = day_first(text)
    if found is not None:
        return found
    m = _MONTH_DAY_SHORT_YEAR.match(text)
    month = _month_number(m["m"]) if m else None
    if m is None or month is None:
        return None
    try:
        return dt.date(2000 + int(m["y"]), month, int(m["d"]))
    except ValueError:
        return None


# a month and its year, no day: "Mar 2024", "Sept-2024", "Mar-24", "Dec'23" (Indian results
# tables name each column by the month its period ends; a two-digit year only after a hyphen or
# an apostrophe, for "Mar 24" is as well the 24th of March)
_MONTH_YEAR = re.compile(r"""^\s*(?P<m>[A-Za-z]{3,9})\.?                        # Mar, Sept., March
                             (?:\s*[-'’]\s*(?P<y2>\d\d)                           # -24, '24
                               |[\s-]+(?P<y4>(?:19|20)\d\d))\s*$                # 2024, -2024""", re.X)


def month_year(text: str) -> tuple[int, int] | None:
    """(month, year) of a heading that names a month and its year and nothing else.

    >>> month_year("Sept-2024"), month_year("Mar-24"), month_year("Mar 24"), month_year("Total 2024")
    ((9, 2024), (3, 2024), None, None)
    """
    m = _MONTH_YEAR.match(text)
    if m is None or m["m"].lower() not in month_numbers():
        return None
    return _month_number(m["m"]), int(m["y4"]) if m["y4"] else 2000 + int(m["y2"])


# a fiscal year written across the two calendar years it spans: "FY2023-24", "FY 23-24", "FY2023/24"
_SPLIT_FISCAL_YEAR = re.compile(r"""\bFY\s?(?P<a>(?:19|20)?\d\d)       # FY2023, FY 23
                                    \s?[-–/]\s?(?P<b>(?:19|20)?\d\d)\b  # -24, /2024""", re.I | re.X)


def split_year_named(text: str, end_month: int, named_by: str) -> str | None:
    """``text`` with its "FY2023-24" written as the calendar names that year ("FY2024" where a
    year is named by its end); ``text`` unchanged where it holds none; None where the two years
    do not follow each other, or the calendar's year ends in December (no year spans two).

    >>> split_year_named("Q4 FY2023-24", 3, "end"), split_year_named("FY 23-24", 3, "start")
    ('Q4 FY2024', 'FY2023')
    >>> split_year_named("FY2023-24", 12, "end"), split_year_named("FY2023-25", 3, "end")
    (None, None)
    """
    m = _SPLIT_FISCAL_YEAR.search(text)
    if m is None:
        return text
    first = int(m["a"]) if len(m["a"]) == 4 else 2000 + int(m["a"])
    last = int(m["b"]) if len(m["b"]) == 4 else first // 100 * 100 + int(m["b"])
    if last != first + 1 or end_month == 12:
        return None
    return f"{text[:m.start()]}FY{last if named_by == 'end' else first}{text[m.end():]}"


_FULL_DATE = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)[./-](?P<m>1[0-2]|0?[1-9])[./-](?P<d>[0-3]?\d)\.?\s*$")
# a range of two full dates: "2024/01/01To2024/09/30" (Taiwan's MOPS statements), "2024.01.01~2024.09.30"
_DATE_RANGE = re.compile(r"""^\s*(?P<y1>(?:19|20)\d\d)[./-](?P<m1>\d\d?)[./-](?P<d1>\d\d?)   # 2024/01/01
                             \s*(?:to|~|～|-|–)\s*                                           # To
                             (?P<y2>(?:19|20)\d\d)[./-](?P<m2>\d\d?)[./-](?P<d2>\d\d?)\s*$""", re.I | re.X)
# a Japanese or Chinese statement's column: the first and last day it runs over, "(自 2024年4月1日
# 至 2024年6月30日)" (from ... to ...; 2024年4月1日～2024年6月30日; an era's year, 自 平成28年4月1日),
# under the period's name
_CJK_DAY = r"""(?:(?P<y{k}>(?:19|20)\d\d)|(?P<e{k}>{eras})\s*(?P<n{k}>元|\d{{1,2}}))\s*年   # 2024年, 平成28年
               \s*(?P<m{k}>\d\d?)\s*月\s*(?P<d{k}>\d\d?)\s*日                           # 4月1日"""


@cache
def _cjk_date_range() -> re.Pattern[str]:
    eras = era_names_source()
    return re.compile(rf"""[(（]?\s*(?:自|從|从)?\s*{_CJK_DAY.format(k=1, eras=eras)}   # (自: from
                           \s*(?:至|[~～〜\-–])\s*{_CJK_DAY.format(k=2, eras=eras)}     # 至: to
                           \s*(?:止\s*)?[)）]?\s*$""", re.X)


def _range_year(m: re.Match[str], k: int) -> int:
    if m[f"y{k}"]:
        return int(m[f"y{k}"])
    return era_year(m[f"e{k}"], m[f"n{k}"]) or 0


# Column forms the prose period phrases lack: "2003.1H", "9M03", "Jan.-Mar. 2005"
_HALF_YEAR_FIRST = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s?[./]?\s?(?P<h>[12])\s?H\s*$", re.I)
_MONTH_RANGE = re.compile(r"^\s*(?P<m1>[A-Za-z]{3,9})\.?\s*[-–~]\s*(?P<m2>[A-Za-z]{3,9})\.?,?\s*['’]?(?P<y>(?:19|20)?\d\d)\s*$")
_MONTHS_TO_DATE = re.compile(r"^\s*(?P<c>3|6|9|12)M\s?['’]?(?P<y>(?:19|20)?\d\d)\s*$", re.I)


def special_form(text: str) -> Period | None:
    """The period of a heading cell of a form the prose period phrases lack: "2003.1H", "9M03",
    "Jan.-Mar. 2005", "2024.03.31", "2024/01/01To2024/09/30", "(自 2024年4月1日 至 2024年6月30日)"."""
    m = _HALF_YEAR_FIRST.match(text)
    if m:
        return fiscal_part(int(m["y"]), 6 * (int(m["h"]) - 1) + 1, 6, FiscalCalendar())
    m = _MONTHS_TO_DATE.match(text)
    if m:
        y = int(m["y"])
        return fiscal_part(y if y > 99 else 2000 + y, 1, int(m["c"]), FiscalCalendar())
    m = _MONTH_RANGE.match(text)  # "Jan.-Mar. 2005", "Apr-Jun 05"
    if m and all(x.lower() in month_numbers() for x in (m["m1"], m["m2"])):
        first, last = month_numbers()[m["m1"].lower()], month_numbers()[m["m2"].lower()]
        y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        count = (last - first) % 12 + 1
        return months_span(y if last >= first else y - 1, first, count)
    m = _FULL_DATE.match(text)
    if m:
        try:
            return Period.instant(dt.date(int(m["y"]), int(m["m"]), int(m["d"])))
        except ValueError:
            return None
    m = _DATE_RANGE.match(text) or _cjk_date_range().search(text)
    if m:
        try:
            first, last = (dt.date(_range_year(m, k), int(m[f"m{k}"]), int(m[f"d{k}"])) for k in (1, 2))
        except ValueError:
            return None
        return Period.duration(first, last) if first < last else None
    return None
