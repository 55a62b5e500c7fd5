"""English business news: a percentage written as a margin is a level, never the change of the
measure before it; "operational revenue" is the company's revenue, not a segment's; a year
named in a "since" clause is a reference year, not the figures' period; "Japan Inc.",
"Corporate Japan" are a country's companies together, never one company (invented companies
and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text

LEAD = "Quillon Motors Ltd reported consolidated net profit at Rs 212 million in the quarter ended December 2022. "


def _convert(text: str, day: dt.date | None = dt.date(2023, 1, 30)):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "news.txt", date=day)
    return converted


def _figures(converted) -> set[tuple[str, str, str, tuple]]:  # type: ignore[no-untyped-def]
    return {(f.concept, f.value, f.period, f.dimensions) for f in facts(converted) if f.unit is not None}


Q3 = "2022-10-01/2022-12-31"
Q3_BEFORE = "2021-10-01/2021-12-31"


@pytest.mark.parametrize("sentence, margins", [
    # the measure's name spelt out in parentheses before "margin"
    ("EBITDA (earnings before interest, tax, depreciation and amortisation) margin improved to 18.45% in "
     "Q3FY23 from 12.3% in Q3FY22.", {("EBITDAMargin", "0.1845", Q3), ("EBITDAMargin", "0.123", Q3_BEFORE)}),
    ("Operating profit (EBIT) margin rose to 9.5% in Q3FY23.", {("OperatingMargin", "0.095", Q3)}),
    # "the margin" alone: the margin of the measure named before it
    ("EBITDA rose 20% year on year to Rs 400 million and the margin improved to 17.1% from 14.2% a year earlier.",
     {("EBITDAMargin", "0.171", Q3), ("EBITDAMargin", "0.142", Q3_BEFORE)}),
    ("EBITDA rose 20% year on year to Rs 400 million at a margin of 17.1%.", {("EBITDAMargin", "0.171", Q3)}),
    ("Operating profit rose 9% year on year to Rs 212 million, a 6.5% operating margin.",
     {("OperatingMargin", "0.065", Q3)}),
    ("Net profit rose 9% year on year to Rs 212 million, a 6.5% margin.", {("NetMargin", "0.065", Q3)}),
])
def test_a_margin_is_a_level_of_its_measure(sentence: str, margins: set[tuple[str, str, str]]) -> None:
    found = _figures(_convert(LEAD + sentence))
    assert {(c, v, p) for c, v, p, _ in found if c.endswith("Margin")} == margins
    changes = {v for c, v, _, _ in found if c.endswith("PercentChange")}
    assert not changes & {v for _, v, _ in margins}  # no margin read as a change


def test_a_measure_after_the_margin_word_is_the_changed_one() -> None:
    text = LEAD + "EBITDA was Rs 400 million, while margins and net income fell by 5% from a year earlier."
    found = _figures(_convert(text))
    assert ("NetIncomeLossPercentChange", "-0.05", Q3, (("ComparativePeriodAxis", Q3_BEFORE),)) in found


@pytest.mark.parametrize("sentence, percent, reason", [
    ("Revenue rose 20% year on year to Rs 4,000 million, while margins expanded to 17.1%.", "17.1%",
     "margin of Revenues"),
    ("EBITDA rose 20% year on year to Rs 400 million and the margin widened by 3% from a year earlier.", "3%",
     "change of the margin"),
    ("Net profit rose 9% year on year to Rs 212 million with a 2% margin improvement.", "2%", "change of the margin"),
])
def test_a_margin_without_a_concept_or_its_change_stays_unmapped(sentence: str, percent: str, reason: str) -> None:
    converted = _convert(LEAD + sentence)
    assert not [f for f in facts(converted) if f.unit is not None and f.value == str(float(percent[:-1]) / 100)]
    assert any(reason in m.reason for m in converted.extraction.unmapped if m.text == percent)


@pytest.mark.parametrize("qualifier", ["Operational revenue", "Operating revenue", "Revenue from operations"])
def test_operational_revenue_is_the_companys_revenue(qualifier: str) -> None:
    text = LEAD + (f"{qualifier} of the company during the quarter under review increased by 35% to Rs 2,340 million "
                   "from Rs 1,733 million in the corresponding quarter of previous year.")
    found = _figures(_convert(text))
    assert ("Revenues", "2340000000", Q3, ()) in found
    assert ("Revenues", "1733000000", Q3_BEFORE, ()) in found
    assert not [f for f in found if f[3] and f[3][0][0] == "SegmentAxis"]


def test_a_year_in_a_since_clause_is_no_period_of_the_figure() -> None:
    text = ("Markets\n\nTOKYO -- Hanland Trading's net profit for April-June climbed 9% on the year to about "
            "89 billion yen.\n\nThe net profit margin improved by half a percentage point to 7.2%, the highest level "
            "since the exchange began publishing the data in 2011.\n")
    converted = _convert(text, None)
    assert not [f for f in facts(converted) if f.concept == "NetMargin"]


AGGREGATE = """Corporate Korea posts record quarterly profit

SEOUL, May 9, 2023 -- Korea Inc.'s aggregate net profit for the first quarter of 2023 climbed 18% on the year to about 40 trillion won, a record for the quarter.

Revenue for the first quarter of 2023 grew by 6% to 700 trillion won. The net profit margin improved to 7.2% in the first quarter of 2023.
"""


@pytest.mark.parametrize("text", [
    AGGREGATE,
    "SEOUL, May 9, 2023 -- India Inc's net profit for the January-March quarter rose 18% to Rs 40,000 crore.\n",
    "Corporate Japan's net profit for the January-March quarter rose 18% to 9 trillion yen.\n",
])
def test_a_countrys_companies_together_are_no_company(text: str) -> None:
    converted = _convert(text, dt.date(2023, 5, 9))
    assert not _figures(converted)
    assert any("sum over companies" in m.reason for m in converted.extraction.unmapped)


def test_a_company_named_with_a_country_word_is_a_company() -> None:
    text = "Acme Korea Inc. said net profit for the first quarter of 2023 rose to 40 billion won.\n"
    assert ("NetIncomeLoss", "40000000000", "2023-01-01/2023-03-31", ()) in _figures(_convert(text, dt.date(2023, 5, 9)))


@pytest.mark.parametrize("comparison", ["on-year", "on the year", "on year"])
def test_on_year_is_against_the_year_before(comparison: str) -> None:
    """News agencies write the year-on-year comparison "rose 4.2 percent on-year" (Yonhap), "climbed
    9% on the year" (Nikkei): the change of a period named without its year is still reported."""
    text = (f"Hanbit Optics Co. said operating profit for the January-March period rose 4.2 percent {comparison} to "
            "83 billion won.\n")
    found = {(f.concept, f.value, f.dimensions) for f in facts(_convert(text, None)) if f.unit is not None}
    assert ("OperatingIncomeLossPercentChange", "0.042",
            (("ComparativePeriodAxis", "-P1Y"), ("StatedPeriodAxis", "first quarter"))) in found


def test_on_year_end_is_no_comparison() -> None:
    from converter.parse.periods import find_periods
    assert not [p for p in find_periods("based on year-end figures") if p.relation == "prior_year"]
