"""A range of months that is a quarter or a half ("the January-March period", "the April-June
quarter") names the same stated period as "the first quarter", "the second quarter": in an article
that states no date, a figure stated both ways is one fact on one ``StatedPeriodAxis`` member.
Invented companies and figures."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text


def _stated(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "article.txt")
    return {(f.concept, f.value, dict(f.dimensions).get("StatedPeriodAxis", "-"))
            for f in facts(converted) if f.unit is not None and f.concept in ("Revenues", "OperatingIncomeLoss")}


ARTICLES = [
    (
        "NORTHWIND FOODS Q1 PROFIT\n\nNorthwind Foods Co. reported first-quarter revenue of 48.2 billion won. "
        "The company said operating profit for the January-March period rose 3.1 percent to 4.1 billion won.\n",
        {("Revenues", "48200000000", "first quarter"), ("OperatingIncomeLoss", "4100000000", "first quarter")},
    ),
    (
        "EASTLAKE STEEL Q2\n\nEastlake Steel Corp. reported revenue of 912 billion won for the April-June quarter. "
        "Operating profit in the second quarter was 61 billion won.\n",
        {("Revenues", "912000000000", "second quarter"), ("OperatingIncomeLoss", "61000000000", "second quarter")},
    ),
]


@pytest.mark.parametrize("text, expected", ARTICLES)
def test_a_month_range_is_its_quarter(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _stated(text) == expected
