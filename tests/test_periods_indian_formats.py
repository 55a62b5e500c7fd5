"""Indian results written the Indian way (invented companies and figures): digits grouped in
lakhs and crores ("2,18,41,91,490"), a quarter named by the month and year it ended ("the quarter
ended September 2021"), and sentences glued without a space after the full stop ("last year.A
slim rise")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from factlib import facts

from converter.extract.mechanisms.sentences import sentences
from converter.parse.amounts import find_amounts
from converter.parse.periods import parse_period
from converter.pipeline import convert_text


@pytest.mark.parametrize("text, value", [
    ("an authorised capital of ₹21,84,19,14,900 in all", Decimal("21841914900")),
    ("Rs 3,45,67,890 paid", Decimal("34567890")),
    ("Rs 12,34,567.50 paid", Decimal("1234567.50")),
    ("Rs 1,234,567 paid", Decimal("1234567")),  # the western grouping is read as before
])
def test_lakh_crore_grouping_is_one_number(text: str, value: Decimal) -> None:
    assert [a.value for a in find_amounts(text)] == [value]


def test_quarter_ended_a_month_and_year() -> None:
    assert str(parse_period("for the quarter ended September 2021")) == "2021-07-01/2021-09-30"
    assert str(parse_period("for the quarter ended Dec. 2022")) == "2022-10-01/2022-12-31"


def test_sentences_glued_after_a_full_stop() -> None:
    text = "Sales rose to Rs. 500 millions during the quarter last year.A slim rise of 5% was recorded."
    assert [s.text for s in sentences(text)] == ["Sales rose to Rs. 500 millions during the quarter last year.",
                                                  "A slim rise of 5% was recorded."]


def test_indian_summary_quarter_ended_month() -> None:
    text = ("The revenue zoomed 12.5% to Rs. 4321.50 millions for the quarter ended September 2021 as compared "
            "to Rs. 3841.30 millions during the corresponding quarter last year.A slim rise of 3.2% was "
            "recorded in the Net profit for the quarter ended September 2021 to Rs. 654.30 millions.\n")
    (converted,) = convert_text(text, "summary.txt", date=dt.date(2021, 11, 2))
    found = {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}
    assert ("Revenues", "4321500000", "2021-07-01/2021-09-30") in found
    assert not [f for f in found if f[0] == "RevenuesPercentChange" and f[1] != "0.125"]


@pytest.mark.parametrize("sentence, change", [
    ("Zenobia Pharma reported an 890% YoY jump in consolidated net profit to Rs 960 crore for Q4 FY23.", "8.9"),
    ("Zenobia Pharma reported a 12% YoY increase in net profit to Rs 960 crore for Q4 FY23.", "0.12"),
])
def test_a_change_with_its_comparison_before_the_noun(sentence: str, change: str) -> None:
    (converted,) = convert_text(sentence + "\n", "news.txt", date=dt.date(2023, 5, 20))
    changes = [f for f in facts(converted) if f.concept == "NetIncomeLossPercentChange"]
    assert [(f.value, f.period) for f in changes] == [(change, "2023-01-01/2023-03-31")]


def test_a_period_after_a_past_perfect_result_is_the_comparison() -> None:
    """"as it had reported a net profit of Rs X crore in the quarter ended June 2021": news writes
    the earlier quarter's figure in the past perfect; that quarter is the comparison, not the
    quarter the article is about, and "the quarter under review" is never dated by it."""
    text = ("IT firm Zenobia Infotech posted a net profit of Rs 812 crore, 2.1 per cent lower than in the last "
            "quarter, the company said on Friday. On a year-on-year basis the net profit rose 3.7 per cent, as it "
            "had reported a net profit of Rs 783 crore in the quarter ended June 2021.\n\n"
            "Zenobia posted a revenue growth of 12 per cent on a year-on-year basis to Rs 4,128 crore for the "
            "quarter under review.\n")
    (converted,) = convert_text(text, "news.txt", date=dt.date(2022, 7, 15))
    wrong = [f for f in facts(converted) if f.period == "2021-04-01/2021-06-30" and f.concept != "NetIncomeLoss"]
    assert not wrong, wrong  # (before: the revenue and both changes on the year-earlier quarter)
    assert not [f for f in facts(converted) if f.concept == "Revenues" and f.period.startswith("2021")]
