"""English news and releases on Asian companies' results (Indian ones especially): "the quarter
that ended on June 30" is the three months to that day; a quoted person's title ends before the
clause the story runs on after it; "fully diluted earnings of X per share" is diluted; an interim
dividend "for FY22-23" is that fiscal year's; a planned amount is no spending, and a figure
compared "against X in September 2019" is no flow of that month (invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.periods import find_periods
from converter.pipeline import convert_text


def _facts(text: str, day: dt.date) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt", date=day)
    return {(f.concept, f.value, f.period) for f in facts(converted)}


# -- form 1: the quarter that ended on a date ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "in the quarter that ended on June 30, 2022",
    "for the quarter which ended June 30, 2022",
    "in the three months that ended on June 30, 2022",
    "for the quarter ended on June 30, 2022",
])
def test_the_quarter_that_ended_on_a_date_is_its_three_months(text: str) -> None:
    (found,) = [p for p in find_periods(text) if p.period is not None]
    assert (found.period.start, found.period.end) == (dt.date(2022, 4, 1), dt.date(2022, 6, 30))


def test_a_december_year_company_quarter_that_ended_is_not_the_year_to_date() -> None:
    text = ("Hanbit Telecom posts higher profit\n\n"
            "SEOUL, Oct. 28, 2005 -- Hanbit Telecom Co. said its net income rose 8 percent to 215 billion won "
            "in the quarter ended Sept. 30.\n\n"
            "Operating profit for the quarter that ended on Sept. 30 was 301 billion won.\n")
    found = _facts(text, dt.date(2005, 10, 28))
    assert ("OperatingIncomeLoss", "301000000000", "2005-07-01/2005-09-30") in found
    assert not any(period.startswith("2005-01-01") for _, _, period in found)
