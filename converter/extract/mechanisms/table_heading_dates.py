"""The dates and months a results table's column heading names with no period word: "June 30,"
over a year, "31.03.2024", "Sept-2024". Read for ``table_headings``, which says what period
each names (a month alone names none: how long its period runs is said elsewhere, or not)."""

from __future__ import annotations

import datetime as dt
import re

from converter.parse.dates import month_numbers
from converter.parse.periods import month_end


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
