""""this year" after a sentence naming another year: "the first quarter this year" is the quarter
of the document's own year, never the year another sentence named ("the first quarter of 2016")
(invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.periods import find_periods
from converter.pipeline import convert_text

TEXT = ("Zephyr Chemicals results\n\n"
        "Zephyr Chemicals reported an operating profit of 45.6 billion won in the first quarter of 2016.\n"
        "Zephyr Chemicals posted a 1.2 trillion won operating profit in the first quarter this year, "
        "up 17.3 percent from a year earlier.\n")


def _figures(day: dt.date | None) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(TEXT, "news.txt", date=day)
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}


def test_this_year_is_the_documents_year() -> None:
    assert ("OperatingIncomeLoss", "1200000000000", "2017-01-01/2017-03-31") in _figures(dt.date(2017, 5, 28))


def test_undated_this_year_is_never_the_year_named_before() -> None:
    assert not [f for f in _figures(None) if f[1] == "1200000000000" and "2016" in f[2]]


def test_a_yearless_part_named_this_year_elsewhere_is_not_anchored_on_another_year() -> None:
    text = TEXT + "Zephyr Chemicals' revenue rose to 9.8 trillion won in the first quarter.\n"
    (converted,) = convert_text(text, "news.txt")
    assert not [f for f in facts(converted) if f.value == "9800000000000" and "2016" in f.period]


@pytest.mark.parametrize("phrase", ["in the first quarter this year", "in the first quarter of this year",
                                    "for the first half of this year"])
def test_this_year_phrases(phrase: str) -> None:
    (found,) = find_periods(phrase)
    assert found.needs_year and found.period is None
    (dated,) = find_periods(phrase, document_date=dt.date(2017, 8, 2))
    assert str(dated.period).startswith("2017-01-01")
