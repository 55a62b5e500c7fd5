"""English results news on Korean and Indian companies (invented companies and figures): a
group's second company's figures are not the registrant's; "to" and "from" figures keep their
periods and an adverb names no segment; a percentage of another item is not the measure's
change; an adjusted change is not the reported one."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.pipeline import convert_text


def _convert(text: str):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "news.txt", date=None)
    return converted


def _figures(converted) -> set[tuple[str, str, str, tuple]]:  # type: ignore[no-untyped-def]
    return {(f.concept, f.value, f.period, f.dimensions) for f in facts(converted) if f.unit is not None}


def _unmapped(converted, figure: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.reason for m in converted.extraction.unmapped if m.text == figure]


GROUP = """Hanbit Motor posts higher quarterly profit

SEOUL, Oct. 24, 2011 -- Hanbit Motor Co. said Monday its net profit rose 14 percent to 2 trillion won in the third quarter from a year earlier.

Meanwhile, its smaller affiliate Gaon Motors said its operating profit rose 11 percent to 3.4 trillion won in the third quarter from a year earlier.

The affiliate's revenue rose 8 percent to 9 trillion won in the quarter.

Gaon's net profit fell 4 percent to 700 billion won in the quarter.

Revenue of the smaller carmaker rose 2 percent to 9.5 trillion won in the quarter.
"""


def test_an_affiliates_figures_are_never_the_registrants() -> None:
    converted = _convert(GROUP)
    found = _figures(converted)
    q3 = "2011-07-01/2011-09-30"
    gaon = (("CounterpartyAxis", "Gaon Motors"),)
    assert ("NetIncomeLoss", "2000000000000", q3, ()) in found
    assert ("OperatingIncomeLoss", "3400000000000", q3, gaon) in found
    # the story's short name of the affiliate is the same member
    assert ("NetIncomeLoss", "700000000000", q3, gaon) in found
    # named by its role only: whose it is cannot be told for sure, so it is left out
    assert not [f for f in found if f[0] == "Revenues"]
    assert any("the affiliate" in r for r in _unmapped(converted, "9 trillion won"))
    assert any("the smaller carmaker" in r for r in _unmapped(converted, "9.5 trillion won"))


def test_a_measure_owned_by_a_named_affiliate_is_its() -> None:
    text = GROUP.replace("Gaon's net profit fell 4 percent to 700 billion won in the quarter.",
                         "Net profit at affiliate Gaon Motors fell 4 percent to 700 billion won in the quarter.")
    found = _figures(_convert(text))
    assert ("NetIncomeLoss", "700000000000", "2011-07-01/2011-09-30", (("CounterpartyAxis", "Gaon Motors"),)) in found


def test_a_clause_on_the_sister_company_is_not_the_registrants() -> None:
    text = ("Hanbit Motor posts results\n\nSEOUL, Oct. 24, 2011 -- Hanbit Motor Co. said Monday its operating profit "
            "rose 9 percent to 2.5 trillion won in the third quarter, while the sister company's net profit fell "
            "3 percent to 1 trillion won.\n")
    found = _figures(_convert(text))
    assert ("OperatingIncomeLoss", "2500000000000", "2011-07-01/2011-09-30", ()) in found
    assert not [f for f in found if f[0] == "NetIncomeLoss"]


PERIODS = """Daram Cement Q3 net up 66 percent

MUMBAI, Feb 14, 2012 -- Daram Cement Ltd said its revenue rose 10 percent to Rs 1,900 crore in the third quarter.

Sales held steady; then net profit climbed to Rs 150 crore in the October-December quarter from Rs 90 crore.

Operating profit in the third quarter of the current fiscal rose to Rs 300 crore from Rs 200 crore a year earlier.
"""


def test_to_and_from_figures_keep_their_periods_and_then_is_no_segment() -> None:
    found = _figures(_convert(PERIODS))
    assert ("OperatingIncomeLoss", "3000000000", "2011-10-01/2011-12-31", ()) in found
    assert ("OperatingIncomeLoss", "2000000000", "2010-10-01/2010-12-31", ()) in found
    assert ("NetIncomeLoss", "1500000000", "2011-10-01/2011-12-31", ()) in found
    assert not [f for f in found if any(axis == "SegmentAxis" for axis, _ in f[3])]


def test_a_percentage_after_a_figure_is_no_segment() -> None:
    text = ("Daram Roadways Q2 results\n\nMUMBAI, Nov 14, 2019 -- Daram Roadways Ltd said its consolidated revenue "
            "for the September quarter rose 9 per cent to Rs 3,270 crore from Rs 3,000 crore a year ago.\n\nOf this, "
            "toll revenue climbed 6 per cent and revenue from port services grew 13 per cent over the same quarter "
            "a year ago.\n")
    found = _figures(_convert(text))
    assert not [f for f in found if ("SegmentAxis", "cent and") in f[3]]


@pytest.mark.parametrize("sentence, other", [
    ("Net profit rose 1 per cent to Rs 500 crore in the April-June quarter from a year earlier, as other income fell 35 per cent.",
     "35 per cent"),
    ("Net profit rose to Rs 500 crore in the April-June quarter from Rs 400 crore a year earlier, with loan growth of 17.5 per cent.",
     "17.5 per cent"),
    ("Net profit rose to Rs 500 crore in the April-June quarter from Rs 400 crore a year earlier, while deposits rose 12 per cent.",
     "12 per cent"),
])
def test_a_percentage_of_another_item_is_not_the_measures_change(sentence: str, other: str) -> None:
    text = f"Hanbit Bank Q1 profit edges up\n\nMUMBAI, July 20, 2013 -- Hanbit Bank Ltd said on Friday its results were in line.\n\n{sentence}\n"
    converted = _convert(text)
    changes = {f[1] for f in _figures(converted) if f[0] == "NetIncomeLossPercentChange"}
    assert changes <= {"0.01"}
    assert any("another item" in r for r in _unmapped(converted, other))


ADJUSTED = """Gaon Power Q3 net falls on high base

NEW DELHI, Feb 14, 2019 -- Gaon Power Ltd said its net profit fell 55 per cent to Rs 175 crore in the quarter ended December 31, 2018 from a year earlier.

Excluding the one-time gain of the year-earlier quarter, net profit rose 64 per cent from a year earlier, the company said.

On a like-for-like basis, revenue grew 12 per cent from a year earlier, while reported revenue rose 20 per cent to Rs 2,900 crore from a year earlier.
"""


def test_an_adjusted_change_is_not_the_reported_one() -> None:
    converted = _convert(ADJUSTED)
    found = {(f[0], f[1]) for f in _figures(converted)}
    assert ("NetIncomeLossPercentChange", "-0.55") in found
    assert ("NetIncomeLossPercentChange", "0.64") not in found
    assert ("RevenuesPercentChange", "0.2") in found
    assert ("RevenuesPercentChange", "0.12") not in found
    assert any("adjusted" in r for r in _unmapped(converted, "64 per cent"))
    assert any("like-for-like" in r for r in _unmapped(converted, "12 per cent"))


DIGEST = """Corporate results

MUMBAI, May 10, 2014 -- Hanbit Steel on Friday reported a standalone net profit of Rs 131.4 crore for the March quarter, against Rs 64.2 crore a year ago.

Cement maker Gaon Cements posted a net profit of Rs 45 crore in the March quarter, up from Rs 30 crore a year earlier. Net sales rose 8 per cent to Rs 700 crore.

Daram Pharma said its consolidated net profit for the quarter ended March 31, 2014 fell 12 per cent to Rs 88 crore from Rs 100 crore a year ago.
"""


def test_a_digests_companies_each_have_their_figures() -> None:
    found = _figures(_convert(DIGEST))
    q4, q4_before = "2014-01-01/2014-03-31", "2013-01-01/2013-03-31"
    gaon, daram = (("CounterpartyAxis", "Gaon Cements"),), (("CounterpartyAxis", "Daram Pharma"),)
    assert {("NetIncomeLoss", "450000000", q4, gaon), ("NetIncomeLoss", "300000000", q4_before, gaon),
            ("Revenues", "7000000000", q4, gaon), ("NetIncomeLoss", "880000000", q4, daram),
            ("NetIncomeLoss", "1000000000", q4_before, daram)} <= found
    # the first paragraph's figures are the registrant's, the current one and the year-ago one
    assert {f[1] for f in found if f[0] == "NetIncomeLoss" and not any(a == "CounterpartyAxis" for a, _ in f[3])} \
        == {"1314000000", "642000000"}


def test_total_income_is_its_own_concept_not_revenue() -> None:
    text = ("Hanbit Bank Q3 net up\n\nMUMBAI, Jan 20, 2014 -- Hanbit Bank Ltd said its net profit rose to Rs 150 crore "
            "in the third quarter of the current fiscal from Rs 90 crore a year earlier.\n\nTotal income in the quarter "
            "rose to Rs 2,100 crore from Rs 1,900 crore a year earlier.\n")
    found = _figures(_convert(text))
    assert ("TotalIncome", "21000000000", "2013-10-01/2013-12-31", ()) in found
    assert ("TotalIncome", "19000000000", "2012-10-01/2012-12-31", ()) in found
    assert not [f for f in found if f[0] == "Revenues"]


def test_a_half_year_ended_on_a_date_is_six_months() -> None:
    text = ("Hanbit Bank H1 net up\n\nMUMBAI, Oct 16, 2009 -- Hanbit Bank Ltd said its net profit for the half year "
            "ended September 30, 2009 rose to Rs 318 crore from Rs 265 crore a year earlier.\n")
    found = _figures(_convert(text))
    assert ("NetIncomeLoss", "3180000000", "2009-04-01/2009-09-30", ()) in found
    assert not [f for f in found if f[2] == "2008-10-01/2009-09-30"]


def test_a_clause_of_what_a_measure_includes_names_no_segment() -> None:
    text = ("Hanbit Foods Q3 results\n\nMUMBAI, Jan 20, 2014 -- Hanbit Foods Ltd said its net profit rose to Rs 150 crore "
            "in the third quarter of the current fiscal from Rs 90 crore a year earlier, while total expenses were at "
            "Rs 1,300 crore and total income, which also includes other revenue, was at Rs 1,658 crore.\n")
    found = _figures(_convert(text))
    assert not [f for f in found if f[0] == "Revenues"]


def test_words_closing_an_adjusted_clause_leave_the_reported_figures() -> None:
    text = ("Hanbit Soft Q4 results\n\nMUMBAI, Apr 23, 2021 -- Hanbit Soft Ltd said its quarterly revenue climbed 2.4% "
            "from the December quarter to Rs 5,120 crore in the March quarter, and its cloud services rose 18.5% at "
            "constant exchange rates.\n")
    converted = _convert(text)
    found = {(f[0], f[1]) for f in _figures(converted)}
    assert {("Revenues", "51200000000"), ("RevenuesPercentChange", "0.024")} <= found
    assert ("RevenuesPercentChange", "0.185") not in found
    assert any("constant exchange rates" in r for r in _unmapped(converted, "18.5%"))


def test_an_adjusting_clause_set_off_after_a_lead_in_is_adjusted() -> None:
    """Words that adjust a figure may open a clause after a lead-in ("..., she noted, adding that
    if the one-off income were taken out of the base quarter of 2029, earnings rose to X from Y"):
    set off by a comma with no figure before them, they open the clause, whose figures are
    adjusted. Words qualifying a measure before its figure, with no comma after them ("net profit
    without the one-off gain fell 60 per cent to X"), leave it the reported one, as before."""
    text = ("Daram Grid Q1 profit falls\n\nNEW DELHI, Jul 30, 2030 -- Daram Grid Ltd said its net profit without "
            "the one-off gain fell 60 per cent to Rs 90.5 crore in the quarter ended June 30, 2030.\n\n"
            "\"Last year we booked a large settlement,\" the finance head noted, adding that if the one-off income were "
            "taken out of the base quarter of 2029, earnings for the first quarter rose to Rs 95 crore from Rs 70 crore.\n")
    converted = _convert(text)
    found = {(f[0], f[1]) for f in _figures(converted)}
    assert ("NetIncomeLoss", "905000000") in found, found
    assert not {("NetIncomeLoss", "950000000"), ("NetIncomeLoss", "700000000")} & found, found
    assert any("adjusted" in r for r in _unmapped(converted, "Rs 95 crore")), converted.extraction.unmapped
