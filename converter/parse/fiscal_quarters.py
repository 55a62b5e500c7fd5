"""Quarters and parts of a fiscal year named by number: "the third quarter", 第3四半期, 三季度
(``ordinal``), a quarter of a fiscal year named by its label, number or months ("the fourth
quarter of FY2022-23", "the Oct-Dec quarter of FY23"), of a year named by its end ("the 1st
quarter of the fiscal year ending March 31, 2004"), and the Japanese and Chinese fiscal
periods (平成16年3月期, 截至2004年6月30日止六個月): the readings ``periods`` asks for them."""

from __future__ import annotations

from converter.model import Period
from converter.parse.dates import month_numbers
from converter.parse.months import (FiscalCalendar, add_months, calendar_day, fiscal_part, month_end, months_ended,
                                    months_span, split_year)
from converter.parse.numbers import number_words

_CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


def ordinal(token: str) -> int:
    token = token.lower()
    if token[0].isdigit():
        return int(token[0])
    if token in _CJK_DIGITS:
        return _CJK_DIGITS[token]
    if token in ("last", "final"):  # "the last quarter of FY23": the fourth
        return 4
    return int(number_words()[token][0])


_CJK_MONTH_COUNTS = {"三": 3, "六": 6, "九": 9, "十二": 12}


def cjk_fiscal(kind: str, g: dict[str, str | None], year: int | None) -> Period | None:
    """平成16年3月期 (the fiscal year ending March 2004), its 第1四半期 or 中間期 (first half);
    截至2004年6月30日止六個月 (the six months ended June 30, 2004)."""
    if year is None:
        return None
    if kind == "cjk_ended":
        end = calendar_day(year, int(g['cm'] or 0), int(g['cd'] or 0))
        count = 12 if g.get("cfy") else _CJK_MONTH_COUNTS.get(g.get("cc") or "") or int(g.get("cc") or 0)
        return months_ended(count, end) if end and count else None
    fiscal_year = months_ended(12, month_end(year, int(g["km"] or 0)))
    first = fiscal_year.start
    assert first is not None
    if g.get("n") and g.get("jqtr"):  # 第3四半期会計期間: the quarter's three months alone
        return months_span(*add_months(first.year, first.month, 3 * (ordinal(g["n"]) - 1)), 3)
    if g.get("n"):  # 第3四半期(累計): the first three quarters, as a quarterly summary reports them
        return months_span(first.year, first.month, 3 * ordinal(g["n"]))
    if g.get("jh"):
        return months_span(first.year, first.month, 6)
    return fiscal_year


def fiscal_quarter(g: dict[str, str | None], year: int | None, cal: FiscalCalendar) -> Period | None:
    """"the fourth quarter of FY2022-23", "the last quarter of FY23", "the Oct-Dec quarter of
    FY23": a quarter of a fiscal year named by its label, by its number or by its months."""
    if g.get("sy1"):
        fiscal_year = split_year(int(g["sy1"] or 0), int(g["sy2"] or 0), cal)
    else:
        fiscal_year = fiscal_part(year, 1, 12, cal) if year is not None else None
    if fiscal_year is None or fiscal_year.start is None:
        return None
    first = fiscal_year.start
    if g.get("n"):
        return months_span(*add_months(first.year, first.month, 3 * (ordinal(g["n"]) - 1)), 3)
    month = month_numbers()[(g.get("m") or "").lower()]
    if g.get("mf") and (month - month_numbers()[(g["mf"] or "").lower()]) % 12 != 2:
        return None  # "Oct-Dec" names a quarter; "Oct-Nov" does not
    for index in range(3, 13, 3):  # the quarter of the fiscal year that ends in that month
        end_year, end_month = add_months(first.year, first.month, index - 1)
        if end_month == month:
            return months_span(*add_months(end_year, end_month, -2), 3)
    return None  # (a month that ends none of its quarters)


def quarter_of_year_ending(g: dict[str, str | None], year: int | None) -> Period | None:
    """"the 1st quarter of the fiscal year ending March 31, 2004": April to June 2003."""
    day = g.get("d") or g.get("d2")
    month_token = g.get("m") or g.get("m2")
    if year is None or not day or not month_token:
        return None
    month = month_numbers()[month_token.lower()]
    end = calendar_day(year, month, int(day))
    if end is None:
        return None
    start_year, start_month = add_months(end.year, end.month, -11)
    n = ordinal(g["n"])  # type: ignore[arg-type]
    first_year, first_month = add_months(start_year, start_month, 3 * (n - 1))
    return months_span(first_year, first_month, 3)
