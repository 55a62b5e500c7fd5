"""Indian business news: a headline writes the quarter by its last month and year without "the"
("PAT to Rs 78 cr in Dec 2021 quarter") and abbreviates crore to "cr"; the quarter is the three
months to that month, and "Rs 78 cr" is 780 million rupees (invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.numbers import parse_figure
from converter.parse.periods import find_periods
from converter.pipeline import convert_text


@pytest.mark.parametrize("text, period", [
    ("Rs 78 cr in Dec 2021 quarter", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("profit for Sept. 2020 quarter", (dt.date(2020, 7, 1), dt.date(2020, 9, 30))),
    ("in the Dec 2021 quarter", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("in the quarter ended Dec 2021", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("revenue for December 2021 was", (dt.date(2021, 12, 1), dt.date(2021, 12, 31))),  # a month alone
])
def test_a_month_and_year_before_quarter_is_that_quarter(text: str, period: tuple[dt.date, dt.date]) -> None:
    (found,) = find_periods(text)
    assert (found.period.start, found.period.end) == period


def test_cr_is_crore() -> None:
    assert parse_figure("78 cr")[0] == 780_000_000


def test_a_headline_figure_of_a_month_named_quarter() -> None:
    text = ("Quillon Freight reports 94 pc jump in standalone PAT to Rs 78 cr in Dec 2021 quarter\n"
            "Quillon Freight Ltd reported a profit after tax of Rs 78 crore in the quarter ended December 2021.\n")
    (converted,) = convert_text(text, "news.txt", date=dt.date(2022, 1, 25))
    figures = {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}
    assert figures and all(f[1] == "780000000" and f[2] == "2021-10-01/2021-12-31" for f in figures)
