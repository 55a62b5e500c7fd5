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

Meanwhile, its smaller affiliate Gaon Motors said its operating profit rose 12 percent to 3 trillion won in the third quarter from a year earlier.

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
    assert ("OperatingIncomeLoss", "3000000000000", q3, gaon) in found
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

Leaving the gain aside, then net profit in the third quarter of the current fiscal rose to Rs 150 crore from Rs 90 crore.

Operating profit in the third quarter of the current fiscal rose to Rs 300 crore from Rs 200 crore a year earlier.
"""


def test_to_and_from_figures_keep_their_periods_and_then_is_no_segment() -> None:
    found = _figures(_convert(PERIODS))
    assert ("OperatingIncomeLoss", "3000000000", "2011-10-01/2011-12-31", ()) in found
    assert ("OperatingIncomeLoss", "2000000000", "2010-10-01/2010-12-31", ()) in found
    assert ("NetIncomeLoss", "1500000000", "2011-10-01/2011-12-31", ()) in found
    assert not [f for f in found if any(axis == "SegmentAxis" for axis, _ in f[3])]


def test_a_percentage_after_a_figure_is_no_segment() -> None:
    text = ("Daram Infra Q2 results\n\nMUMBAI, Nov 14, 2019 -- Daram Infra Ltd said its consolidated revenue for the "
            "September quarter rose 8 per cent to Rs 5,000 crore from Rs 4,600 crore a year ago.\n\nSegment wise, "
            "revenue for its toll roads was up 7 per cent and revenue from power plants was up 10 per cent on a year "
            "on year basis.\n")
    found = _figures(_convert(text))
    assert not [f for f in found if ("SegmentAxis", "cent and") in f[3]]


@pytest.mark.parametrize("sentence, other", [
    ("Net profit rose 1 per cent to Rs 500 crore in the April-June quarter from a year earlier, as other income fell 40 per cent.",
     "40 per cent"),
    ("Net profit rose to Rs 500 crore in the April-June quarter from Rs 400 crore a year earlier, with loan growth of 19.9 per cent.",
     "19.9 per cent"),
    ("Net profit rose to Rs 500 crore in the April-June quarter from Rs 400 crore a year earlier, while total income rose 12 per cent.",
     "12 per cent"),
])
def test_a_percentage_of_another_item_is_not_the_measures_change(sentence: str, other: str) -> None:
    text = f"Hanbit Bank Q1 profit edges up\n\nMUMBAI, July 20, 2013 -- Hanbit Bank Ltd said on Friday its results were in line.\n\n{sentence}\n"
    converted = _convert(text)
    changes = {f[1] for f in _figures(converted) if f[0] == "NetIncomeLossPercentChange"}
    assert changes <= {"0.01"}
    assert any("another item" in r for r in _unmapped(converted, other))


ADJUSTED = """Gaon Power Q3 net falls on high base

NEW DELHI, Feb 14, 2019 -- Gaon Power Ltd said its net profit fell 70 per cent to Rs 190 crore in the quarter ended December 31, 2018 from a year earlier.

Excluding the one-time gain of the year-earlier quarter, net profit rose 89 per cent from a year earlier, the company said.

On a like-for-like basis, revenue grew 12 per cent from a year earlier, while reported revenue rose 20 per cent to Rs 2,900 crore from a year earlier.
"""


def test_an_adjusted_change_is_not_the_reported_one() -> None:
    converted = _convert(ADJUSTED)
    found = {(f[0], f[1]) for f in _figures(converted)}
    assert ("NetIncomeLossPercentChange", "-0.7") in found
    assert ("NetIncomeLossPercentChange", "0.89") not in found
    assert ("RevenuesPercentChange", "0.2") in found
    assert ("RevenuesPercentChange", "0.12") not in found
    assert any("adjusted" in r for r in _unmapped(converted, "89 per cent"))
    assert any("like-for-like" in r for r in _unmapped(converted, "12 per cent"))
