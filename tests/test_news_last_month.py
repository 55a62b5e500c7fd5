"""A news story's "last month" and a story on several companies whose registrant is unknown.

Invented texts in the layout of a monthly-results news story: "Revenue last month fell 4.1 percent
to X from Y in May last year" states the month before the story's (undated: the phrase as printed
on StatedPeriodAxis), compared with a year earlier, not a comparison with the month before; a
story naming several companies by their legal form, with none known as the registrant, gives its
figures to no one that can be told (left out, not put on an unknown entity).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None) -> dict[tuple[str, tuple], Decimal]:
    found = extract_press_release(context(text, registrant))
    return {(o.concept, o.dimensions, str(o.period)): o.value for o in found.observations
            if o.concept.startswith("Revenues")}


MONTHLY = ("Hanbit Cable Co said net profit for the first five months of the year was NT$2.31 billion. "
           "Revenue last month fell 4.1 percent to NT$6.2 billion from NT$6.47 billion in May last year, it said.\n")


def test_last_month_undated_is_the_stated_period_compared_with_a_year_earlier() -> None:
    facts = _facts(MONTHLY, "Hanbit Cable Co")
    stated = (("StatedPeriodAxis", "last month"),)
    assert {k[:2]: v for k, v in facts.items()} == {
        ("Revenues", stated): Decimal("6200000000"),
        ("RevenuesPercentChange", (("ComparativePeriodAxis", "-P1Y"),) + stated): Decimal("-0.041"),
    }


def test_last_month_of_a_dated_story_is_the_month_before() -> None:
    facts = _facts("June 12, 2031\n\n" + MONTHLY, "Hanbit Cable Co")
    assert ("Revenues", (), "2031-05-01/2031-05-31") in facts


@pytest.mark.parametrize("text", [
    "Revenue rose 2.5 percent from last month to NT$6.2 billion, Hanbit Cable Co said.\n",
    "지난달 대비 매출은 2.5% 늘었다.\n",
])
def test_last_month_after_a_comparison_word_is_still_the_comparison(text: str) -> None:
    assert not any(dict(k[1]).get("StatedPeriodAxis") == "last month" for k in _facts(text, "Hanbit Cable Co"))


SEVERAL = ("Hanbit Cable Co (韓光) yesterday said its earnings per share last month were NT$0.41, beating rivals "
           "Daebo Telecom Co’s (大寶) NT$0.38 and Seorin Networks Co’s (瑞林) NT$0.22.\n"
           "Revenue last month fell 4.1 percent to NT$6.2 billion from NT$6.47 billion in May last year, it said.\n")


def test_figures_of_a_story_on_several_companies_with_no_registrant_are_left_out() -> None:
    found = extract_press_release(context(SEVERAL, None))
    assert not found.observations
    assert any("one of the companies named" in m.reason for m in found.unmapped)


# -- a "while ..." clause shares the sentence's period ----------------------------------------------

WHILE_CLAUSE = ("SEOUL, April 14 (Yonhap) -- Hanbit Optics Co. reported results.\n"
                "The lens maker posted an operating loss of 41.3 billion won in 2030, narrowing from a loss of "
                "512.6 billion won a year earlier, while sales increased 2.7 percent to 13.84 trillion won.\n")


def test_while_clause_shares_the_period_the_sentence_named() -> None:
    found = extract_press_release(context(WHILE_CLAUSE, "Hanbit Optics Co."))
    revenues = {(str(o.period), o.value) for o in found.observations if o.concept == "Revenues"}
    assert revenues == {("2030-01-01/2030-12-31", Decimal("13840000000000"))}


def test_while_clause_shares_the_figures_period_not_the_comparisons() -> None:
    text = WHILE_CLAUSE.replace("a year earlier", "in 2029").replace("in 2030", "in the first half of 2030")
    found = extract_press_release(context(text, "Hanbit Optics Co."))
    revenues = {(str(o.period), o.value) for o in found.observations if o.concept == "Revenues"}
    assert revenues == {("2030-01-01/2030-06-30", Decimal("13840000000000"))}


def test_a_month_earlier_is_the_month_before_not_a_year_earlier() -> None:
    """"up 1.2 percent from a month earlier and 9.8 percent year-on-year": each change its own
    comparison, once "last month" dates the figures."""
    text = ("June 9, 2031\n\nHanbit Cable Co yesterday reported NT$8.42 billion in sales for last month, up 1.2 percent "
            "from a month earlier and 9.8 percent year-on-year.\n")
    found = extract_press_release(context(text, "Hanbit Cable Co"))
    changes = {(dict(o.dimensions)["ComparativePeriodAxis"], o.value) for o in found.observations
               if o.concept == "RevenuesPercentChange"}
    assert changes == {("2031-04-01/2031-04-30", Decimal("0.012")), ("2030-05-01/2030-05-31", Decimal("0.098"))}
