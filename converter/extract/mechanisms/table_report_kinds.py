"""Column headings that name a results report by the month its period ends and its kind, as
Hong Kong quote pages print a company's summary: "2025/06 - Interim" (the six months ended June
2025), "2023/12 - Final" (the year ended December 2023), and beside them "2024/06" alone, whose
kind the row's other headings say ("%Chg (Compare to Interim)").

The kinds and their months are the ``report`` rows of ``data/table_headings.tsv``.

>>> str(report_period("2025/06 - Interim", None))
'2025-01-01/2025-06-30'
>>> str(report_period("2024/06", 6)), report_period("2024/06", None)
('2024-01-01/2024-06-30', None)
>>> table_report_months([("2023/12 - Final",), ("%Chg (Compare to Final)",), ("2022/12",)])
12
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.mechanisms.table_units import unit_statements
from converter.model import Period
from converter.parse.periods import month_end, months_ended
from converter.resources import data_rows

# "2025/06", "2025/06 - Interim": a year, a slash, a month, then the report's kind
_YEAR_MONTH = re.compile(r"""^\s*(?P<y>(?:19|20)\d\d)\s?/\s?(?P<m>1[0-2]|0[1-9])   # 2025/06
                             (?:\s*[-–]\s*(?P<kind>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ]*?))?\s*$  # - Interim, - 中期
                          """, re.X)


@cache
def _kinds() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((int(value), re.compile(phrase, re.I))
                 for kind, value, phrase in data_rows("table_headings.tsv") if kind == "report")


def kind_months(text: str) -> int | None:
    """How many months a report of the kind ``text`` names covers ("Interim": 6)."""
    return next((months for months, pattern in _kinds() if pattern.fullmatch(text.strip())), None)


def is_year_month(text: str) -> bool:
    """"2025/06", "2023/12 - Final": a heading of this form (its kind a known one, if named)."""
    m = _YEAR_MONTH.match(text)
    return m is not None and (m["kind"] is None or kind_months(m["kind"]) is not None)


def report_period(text: str, table_months: int | None) -> Period | None:
    """The period a "2025/06 - Interim" heading names; a bare "2024/06" takes ``table_months``,
    the kind the table's other headings name (None when they name none: no period)."""
    m = _YEAR_MONTH.match(text)
    if m is None:
        return None
    months = kind_months(m["kind"]) if m["kind"] else table_months
    if months is None:
        return None
    return months_ended(months, month_end(int(m["y"]), int(m["m"])))


# a change column's heading that names the kind it compares with: "%Chg (Compare to Interim)"
_COMPARED_KIND = re.compile(r"\(\s*compared?\s+(?:to|with)\s+(?P<kind>[A-Za-z ]+?)\s*\)", re.I)


def table_report_months(headings: tuple[tuple[str, ...], ...] | list[tuple[str, ...]]) -> int | None:
    """The months of the one report kind a table's headings name ("- Interim", "(Compare to
    Interim)"); None when they name none, or two kinds.

    >>> table_report_months([("2031/06 - 中期 港元(千$)",), ("2030/06 港元(千$)",)])
    6
    """
    found: set[int] = set()
    for stack in headings:
        for text in stack:
            m = _YEAR_MONTH.match(month_heading(text) or text)  # (the unit after it cut off)
            kind = m["kind"] if m else (c["kind"] if (c := _COMPARED_KIND.search(text)) else None)
            months = kind_months(kind) if kind else None
            if months is not None:
                found.add(months)
    return found.pop() if len(found) == 1 else None


def month_heading(text: str) -> str | None:
    """The "2025/06 - Interim" of a heading cell, the unit written after it cut off
    ("2025/06 - Interim HKD(K$)"); None when the cell is no such heading.

    >>> month_heading("2024/06 HKD(K$)"), month_heading("2024 HKD(K$)")
    ('2024/06', None)
    >>> month_heading("2031/06 - 中期 港元(千$)")  # a Chinese quote page's heading
    '2031/06 - 中期'
    """
    if not _FIRST_DIGITS.match(text):
        return None  # (most cells: the test of every unit statement spared)
    for unit in unit_statements(text):
        if not text[unit.end:].strip():
            text = text[:unit.start]
            break
    return text.strip() if is_year_month(text) else None


# a heading that opens with a year's first digits
_FIRST_DIGITS = re.compile(r"\s*(?:19|20)\d\d\s?/")


def month_as_end(period: Period, lengths: set[int]) -> Period:
    """A month under a heading that says how long the period is and names no day ("Quarter
    ended" over "Jun 2031", Indian results tables; ``lengths``: the months the headings say):
    the period ending with the month, not the month.

    >>> import datetime as dt
    >>> print(month_as_end(Period.duration(dt.date(2031, 6, 1), dt.date(2031, 6, 30)), {3}))
    2031-04-01/2031-06-30
    """
    start, end = period.start, period.end
    whole_month = start is not None and start.day == 1 and (start.year, start.month) == (end.year, end.month) \
        and end == month_end(end.year, end.month)
    if not whole_month or len(lengths) != 1:
        return period
    return months_ended(next(iter(lengths)), end)
