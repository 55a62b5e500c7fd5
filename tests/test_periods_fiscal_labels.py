"""Quarters named by a fiscal label ("Q4 FY23", "Q1FY24", "the fourth quarter of FY2023"), with
invented companies and figures.

Indian companies close their financial year on 31 March (Companies Act 2013): a text in rupees
("Rs 960 crore") that names its fiscal years reports in that year, so Q4 FY23 is January-March
2023. A text in another currency that states no year end cannot date "Q4 FY23" (the fourth
quarter of fiscal 2023 is October-December 2023 only for a year ending in December): its figures
stay unmapped with the reason, never on calendar quarter n of the label's year.
"""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text

JAN_MAR_2023 = "2023-01-01/2023-03-31"
APR_JUN_2023 = "2023-04-01/2023-06-30"


def _figures(text: str, day: dt.date = dt.date(2023, 5, 20)) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "news.txt", date=day)
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None or f.concept.endswith("PercentChange")}


RUPEE_QUARTERS = [
    ("Zenobia Pharma reported a 12% YoY rise in consolidated net profit to Rs 960 crore for Q4 FY23.\n",
     {("NetIncomeLoss", "9600000000", JAN_MAR_2023), ("NetIncomeLossPercentChange", "0.12", JAN_MAR_2023)}),
    ("Zenobia Pharma reported consolidated net profit of Rs 960 crore in Q1FY24.\n",
     {("NetIncomeLoss", "9600000000", APR_JUN_2023)}),
    ("Zenobia Pharma reported consolidated net profit of Rs 960 crore in the fourth quarter of FY2023.\n",
     {("NetIncomeLoss", "9600000000", JAN_MAR_2023)}),
]


@pytest.mark.parametrize("text, expected", RUPEE_QUARTERS)
def test_rupee_fiscal_quarters_follow_the_april_year(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _figures(text, dt.date(2023, 8, 20)) == expected


def test_rupee_split_years_are_the_april_year() -> None:
    text = "Results\n\nFor FY2020/21, revenue rose to Rs 2,345 crore. Profit for the year was Rs 120 crore.\n"
    assert _figures(text, dt.date(2021, 8, 20)) == {("Revenues", "23450000000", "2020-04-01/2021-03-31"),
                                                     ("NetIncomeLoss", "1200000000", "2020-04-01/2021-03-31")}


def test_a_stated_year_end_wins_over_the_statutory_year() -> None:
    text = ("Zenobia Pharma's fiscal year ends on December 31. It reported consolidated net profit of "
            "Rs 960 crore in Q4 FY22.\n")
    assert _figures(text) == {("NetIncomeLoss", "9600000000", "2022-10-01/2022-12-31")}


def test_an_unstated_year_end_leaves_fiscal_quarters_undated() -> None:
    text = "Quillon Robotics said net profit rose 12% to $96 million for Q4 FY23.\n"
    assert _figures(text, dt.date(2024, 2, 20)) == set()
    (converted,) = convert_text(text, "news.txt", date=dt.date(2024, 2, 20))
    reasons = {m.text: m.reason for m in converted.extraction.unmapped}
    assert "fiscal year whose end the document does not state" in reasons["$96 million"]
