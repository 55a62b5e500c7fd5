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


# -- form 2: a spokesperson's title that runs on ------------------------------------------------

RUN_ON_TITLES = ("Hanbit Electronics second-quarter profit rises\n\n"
                 "SEOUL, July 25, 2008 -- Hanbit Electronics Co. said net profit rose to 312 billion won in the "
                 "second quarter.\n\n"
                 "\"Demand for panels should recover later this year,\" said Kim Min-su, an analyst at Garam "
                 "Securities, adding that prices may firm in the fourth quarter.\n\n"
                 "\"The results were better than expected,\" said Park Ji-hoon, a fund manager at Nuri Asset "
                 "Management, who expects margins to widen.\n\n"
                 "\"Costs are under control,\" said Choi Yu-na, head of research at Dasol Investment, noting that "
                 "the won had weakened.\n")


def test_a_title_ends_before_the_clause_that_runs_on() -> None:
    titles = {value for concept, value, _ in _facts(RUN_ON_TITLES, dt.date(2008, 7, 25)) if concept == "SpokespersonTitle"}
    assert titles == {"an analyst at Garam Securities", "a fund manager at Nuri Asset Management",
                      "head of research at Dasol Investment"}


def test_a_title_with_a_comma_of_its_own_is_kept_whole() -> None:
    text = ("Hanbit Electronics second-quarter profit rises\n\nSEOUL, July 25, 2008 -- Hanbit Electronics Co. said "
            "net profit rose to 312 billion won in the second quarter.\n\n\"Demand for panels should recover later "
            "this year,\" said Kim Min-su, Vice President, Strategy & Planning.\n")
    titles = {value for concept, value, _ in _facts(text, dt.date(2008, 7, 25)) if concept == "SpokespersonTitle"}
    assert titles == {"Vice President, Strategy & Planning"}


# -- form 3: fully diluted earnings written before the figure -----------------------------------

def test_fully_diluted_earnings_before_the_figure_is_diluted() -> None:
    text = ("Hanbit Infotech Limited\nLetter to Shareholders\nMay 20, 2004\n\nDear Shareholders,\n\n"
            "For the year ended March 31, 2004, net profit was Rs 1,240 million and fully diluted earnings were "
            "Rs 18.40 per share.\n")
    found = _facts(text, dt.date(2004, 5, 20))
    assert ("EarningsPerShareDiluted", "18.4", "2003-04-01/2004-03-31") in found
    assert not any(concept == "EarningsPerShareBasic" for concept, _, _ in found)


# -- form 4: an interim dividend with its fiscal year -------------------------------------------

@pytest.mark.parametrize("label, period", [
    ("for FY22-23", "2022-04-01/2023-03-31"),
    ("for FY 22-23", "2022-04-01/2023-03-31"),
    ("per share FY2023-24", "2023-04-01/2024-03-31"),
    ("for the financial year 2023-2024", "2023-04-01/2024-03-31"),
])
def test_an_interim_dividend_for_a_fiscal_year_is_that_years(label: str, period: str) -> None:
    text = ("Hanbit Chemicals Q3 net profit rises\n\n"
            "MUMBAI, February 10, 2023 -- Hanbit Chemicals Ltd reported a net profit of Rs 85.2 crore for the "
            f"quarter ended December 31, 2022.\n\nThe board declared an interim dividend of Rs 5 per share {label}.\n")
    dividends = {(value, p) for concept, value, p in _facts(text, dt.date(2023, 2, 10))
                 if concept == "DividendsDeclaredPerShare"}
    assert dividends == {("5", period)}


# -- form 5: a plan is not an actual; a month's comparison point is no month's flow --------------

PLANS = ("Hanbit Steel Q2 net profit rises\n\n"
         "MUMBAI, November 5, 2019 -- Hanbit Steel Ltd reported a net profit of Rs 120 crore for the quarter "
         "ended September 30, 2019.\n\n"
         "The company is taking up a new capex programme for an aggregate amount of Rs 2,730 crore.\n\n"
         "It has earmarked Rs 150 crore for capital expenditure at its rolling mill.\n\n"
         "The company had planned Rs 900 crore of capex for the year.\n")


def test_a_planned_capex_is_no_spending() -> None:
    found = _facts(PLANS, dt.date(2019, 11, 5))
    assert not [f for f in found if f[0] == "CapitalExpenditures"]
    assert ("NetIncomeLoss", "1200000000", "2019-07-01/2019-09-30") in found


MONTH_POINTS = ("Hanbit Power Q2 net profit rises\n\n"
                "MUMBAI, November 5, 2020 -- Hanbit Power Ltd reported a net profit of Rs 120 crore for the quarter "
                "ended September 30, 2020.\n\n"
                "Its capital expenditure rose to Rs 310 crore, against Rs 250 crore in September 2019.\n\n"
                "Sales for September 2020 were Rs 480 crore, against Rs 410 crore in September 2019.\n")


def test_a_comparison_point_of_a_month_is_no_flow_of_that_month() -> None:
    found = _facts(MONTH_POINTS, dt.date(2020, 11, 5))
    assert ("CapitalExpenditures", "3100000000", "2020-07-01/2020-09-30") in found
    assert not [f for f in found if f[0] == "CapitalExpenditures" and f[2].startswith("2019")]
    # a month's own figure compared with the same month a year before is that month's
    assert ("Revenues", "4800000000", "2020-09-01/2020-09-30") in found
    assert ("Revenues", "4100000000", "2019-09-01/2019-09-30") in found
