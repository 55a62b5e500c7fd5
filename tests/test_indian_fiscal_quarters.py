"""Quarters of an Indian company's fiscal year (April to March, Companies Act 2013) in English
business news: a quarter of a labelled fiscal year ("the last quarter of FY23", "the Oct-Dec
quarter of FY23", "the fourth quarter of FY2022-23") is that quarter, not the whole year; "the same
quarter of FY22" is the year-earlier quarter; a headline's bare "Q3" is the fiscal third quarter
(October-December), unless a month names the quarter beside it; and figures in rupees ("₹1,234
crore") are read at all. Invented companies and figures."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.fiscal_calendar import FiscalCalendar
from converter.parse.periods import find_periods
from converter.pipeline import convert_text

INDIA = FiscalCalendar(3, "end")


@pytest.mark.parametrize("text, period", [
    ("in the last quarter of FY23", "2023-01-01/2023-03-31"),
    ("in the final quarter of fiscal 2023", "2023-01-01/2023-03-31"),
    ("in the Oct-Dec quarter of FY23", "2022-10-01/2022-12-31"),
    ("in the December quarter of FY23", "2022-10-01/2022-12-31"),
    ("in the fourth quarter of FY2022-23", "2023-01-01/2023-03-31"),
    ("in the fourth quarter of the financial year 2022-23", "2023-01-01/2023-03-31"),
    ("in the third quarter of FY2023", "2022-10-01/2022-12-31"),
])
def test_a_quarter_of_a_labelled_fiscal_year_is_that_quarter(text: str, period: str) -> None:
    (found,) = find_periods(text, document_date=dt.date(2023, 5, 10), calendar=INDIA)
    assert str(found.period) == period


def _figures(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt")
    return {(f.concept, f.value, str(f.period)) for f in facts(converted) if f.unit is not None and not f.dimensions}


def _comparisons(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt")
    return {(f.concept, str(f.period), str(f.dimensions)) for f in facts(converted) if f.concept.endswith("PercentChange")}


LAST_QUARTER = (
    "Gaon Motors net profit jumps 40% in last quarter of FY23\n\n"
    "New Delhi, May 10, 2023 -- Gaon Motors Ltd reported a 40 per cent rise in net profit to Rs 560 crore in the "
    "last quarter of FY23, compared with Rs 400 crore in the same quarter of FY22. Revenue rose 15 per cent to "
    "Rs 7,200 crore. For the full year FY23, net profit was Rs 2,010 crore.\n")


def test_the_figures_of_the_last_quarter_of_a_fiscal_year() -> None:
    found = _figures(LAST_QUARTER)
    assert ("NetIncomeLoss", "5600000000", "2023-01-01/2023-03-31") in found
    assert ("NetIncomeLoss", "4000000000", "2022-01-01/2022-03-31") in found  # the same quarter of FY22
    assert ("Revenues", "72000000000", "2023-01-01/2023-03-31") in found
    assert ("NetIncomeLoss", "20100000000", "2022-04-01/2023-03-31") in found  # the full year
    assert not [f for f in found if f[0] == "Revenues" and f[2] != "2023-01-01/2023-03-31"]


HEADLINE_Q3 = (
    "Hanbit Pharma Q3 results: net profit rises 14% to ₹1,234 crore\n\n"
    "Mumbai, January 20, 2026 -- Hanbit Pharma Ltd on Tuesday reported a 14 per cent rise in net profit to "
    "₹1,234 crore for the December quarter, against ₹1,100 crore in the year-ago period. Revenue from operations "
    "rose 7 per cent to ₹9,876 crore from ₹9,145 crore a year ago. Shares closed 3% higher on the NSE.\n")


def test_a_headlines_bare_q3_is_the_indian_fiscal_third_quarter() -> None:
    found = _figures(HEADLINE_Q3)
    assert ("NetIncomeLoss", "12340000000", "2025-10-01/2025-12-31") in found
    assert ("NetIncomeLoss", "11000000000", "2024-10-01/2024-12-31") in found
    assert ("Revenues", "98760000000", "2025-10-01/2025-12-31") in found
    assert not [f for f in found if f[2] == "2025-07-01/2025-09-30"]  # never the calendar third quarter


def test_a_december_quarter_beside_q4_is_a_calendar_year() -> None:
    text = ("Saebit Cement Q4 profit up 9% at ₹520 crore\n\n"
            "Kolkata, February 10, 2026 -- Saebit Cement Ltd, which follows the calendar year, reported a net profit "
            "of ₹520 crore for the December quarter. Shares rose 4% on the BSE.\n")
    found = _figures(text)
    assert found and all(f[2] == "2025-10-01/2025-12-31" for f in found)


def test_rupee_sign_figures_are_read() -> None:
    text = ("Nuri Textiles Q2 FY26: profit after tax at ₹88 crore\n\n"
            "Surat, October 28, 2025 -- Nuri Textiles Ltd reported a profit after tax of ₹88 crore in Q2 FY26, up "
            "10 per cent from ₹80 crore in the year-ago quarter.\n")
    found = _figures(text)
    assert ("NetIncomeLoss", "880000000", "2025-07-01/2025-09-30") in found
    assert ("NetIncomeLoss", "800000000", "2024-07-01/2024-09-30") in found


LAST_INSTANCE = (
    "Garam Electronics Q2 operating profit surges on chip demand\n\n"
    "SEOUL, August 2, 2031 -- Garam Electronics Co. said its operating profit for the April-June period rose to "
    "3.12 trillion won, back above 3 trillion won; the last such occasion "
    "was the fourth quarter of 2029.\n\n"
    "Sales increased 18.6 percent year-on-year to 45.17 trillion won.\n")


def test_a_quarter_named_in_passing_is_not_the_figures() -> None:
    found = _figures(LAST_INSTANCE)
    assert ("OperatingIncomeLoss", "3120000000000", "2031-04-01/2031-06-30") in found
    assert not [f for f in found if f[2] == "2029-10-01/2029-12-31"]


def test_a_quarter_of_a_fiscal_year_whose_end_is_unsaid_has_no_calendar_quarter() -> None:
    # a dollar reporter naming "the first quarter of the fiscal year 2031" without saying when its
    # year ends: the quarter is not calendar January-March (it may be October-December)
    found = _figures("Orchard Devices reported record sales during the first quarter of the fiscal year 2031. "
                     "The company finished the quarter with revenue of $48.2 billion, up 12 percent.\n")
    assert not [f for f in found if f[2] == "2031-01-01/2031-03-31"]
