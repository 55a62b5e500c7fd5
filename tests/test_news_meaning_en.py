"""English news and letters on Asian companies' results: words that change what a figure means.

A forecast is no result ("analysts had forecasted an average operating profit of X", "X seems to
have recorded"); a figure after "exceeding" is a threshold, and so is its translation in brackets;
"the memory division alone reported sales of X" is the division's figure; a letter's section
heading run into its first sentence ("Business Highlights Revenue ...") is no segment; "In US
dollars, revenue increased 7.5%" is the change of a convenience translation; "earnings per share
on a fully diluted basis" is diluted; "the said dividend" quotes nobody. The texts below are
written for these tests (invented companies, dates and figures).
"""

from __future__ import annotations

from factlib import facts

from converter.pipeline import convert_text

Q3 = "2031-07-01/2031-09-30"
FY = "2005-01-01/2005-12-31"


def _facts(text: str) -> list:
    (converted,) = convert_text(text, "article.txt")
    return facts(converted)


def _figures(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, value, period, dimensions) of the figures of a converted text."""
    return {(f.concept, f.value, f.period, ";".join(f"{a}={m}" for a, m in f.dimensions) or "-")
            for f in _facts(text) if f.unit is not None}


NEWS = (
    "SEOUL, Oct. 28, 2031 -- Hanbit Electronics Co. said Tuesday its July-September results were its best "
    "in two years. Its operating profit for the third quarter of 2031 reached 7.21 trillion won. "
    "It is the first time since 2029 that Hanbit has booked an operating profit exceeding 4 trillion "
    "won (about USD2.3 billion). Analysts had "
    "forecasted an average operating profit of 6.87 trillion won, a poll by Gamma Data showed. "
    "The memory division alone posted sales of 23.7 trillion won and an operating profit of "
    "4.31 trillion won.\n")


def test_analysts_forecast_is_no_result() -> None:
    found = _figures("SEOUL, Oct. 28, 2031 -- Hanbit Electronics Co. posted its third-quarter figures on "
                     "Tuesday: sales of 61.33 trillion won for the third quarter of 2031, up 21.4 percent. "
                     "Analysts had forecasted an average operating profit of 6.87 trillion won, a poll by "
                     "Gamma Data showed.\n")
    assert ("Revenues", "61330000000000", Q3, "-") in found
    assert not {f for f in found if f[1] == "6870000000000"}


def test_hedged_estimates_are_no_results() -> None:
    found = _figures("SEOUL, Oct. 4, 2024 -- Dasan Motors Co. seems to have recorded an operating profit of "
                     "3.42 trillion won in the third quarter of 2024, according to figures of Beta Guide. "
                     "Its net profit may have jumped 40 percent in the quarter.\n")
    assert not {f for f in found if f[1] in ("3420000000000", "0.4")}


def test_a_threshold_and_its_translation_are_no_values() -> None:
    found = _figures(NEWS)
    assert not {f for f in found if f[1] in ("4000000000000", "2300000000")}


def test_a_division_alone_is_the_division() -> None:
    found = _figures(NEWS)
    assert ("Revenues", "23700000000000", Q3, "SegmentAxis=memory") in found
    assert ("OperatingIncomeLoss", "4310000000000", Q3, "SegmentAxis=memory") in found
    assert not {f for f in found if f[1] in ("23700000000000", "4310000000000") and f[3] == "-"}


LETTER = (
    "Hanbit Textile Corporation Letter to Shareholders. Dear Shareholders, 2005 was a good year. "
    "Business Highlights Revenue for 2005 was NT$48,213 million, up 6.3% from 2004. Operating Highlights "
    "Net income for 2005 was NT$6,120 million. Fibers Revenue for 2005 was NT$20,114 million.\n")


def test_a_letters_heading_is_no_segment() -> None:
    found = _figures(LETTER)
    assert ("Revenues", "48213000000", FY, "-") in found
    assert ("NetIncomeLoss", "6120000000", FY, "-") in found
    assert ("Revenues", "20114000000", FY, "SegmentAxis=Fibers") in found
    assert not {f for f in found if "Results" in f[3] or "Highlights" in f[3]}


def test_the_change_of_a_dollar_translation_is_no_reported_change() -> None:
    found = _figures("Hanbit Textile Corporation Letter to Shareholders. Revenue for 2005 was NT$48,213 "
                     "million. In US dollars, revenue increased 7.5% to US$1,502 million.\n")
    assert ("Revenues", "48213000000", FY, "-") in found
    assert not {f for f in found if f[0] == "RevenuesPercentChange"}


def test_a_dollar_reporters_own_change_stays() -> None:
    found = _figures("Hanbit Software Inc. Letter to Shareholders. In US dollars, revenue for 2005 increased "
                     "7.5% to US$1,502 million.\n")
    assert ("RevenuesPercentChange", "0.075", FY, "ComparativePeriodAxis=2004-01-01/2004-12-31") in found


def test_eps_on_a_fully_diluted_basis_is_diluted() -> None:
    found = _figures("Hanbit Textile Corporation Letter to Shareholders. Net income for 2005 was NT$6,120 "
                     "million, and earnings per share on a fully diluted basis were NT$2.28.\n")
    assert ("EarningsPerShareDiluted", "2.28", FY, "-") in found
    assert not {f for f in found if f[0] == "EarningsPerShareBasic"}


def test_the_said_dividend_quotes_nobody() -> None:
    text = ("Hanbit Textile Corporation\nAnnual Results 2005\n\nThe Board recommends a final dividend of "
            "NT$1.20 per share for 2005. The said dividend, once the members approve it, "
            "will be paid on June 30, 2006.\n")
    found = _facts(text)
    assert not [f for f in found if f.concept.startswith("Spokesperson")]
    assert [f.value for f in found if f.concept == "EntityRegistrantName"] in ([], ["Hanbit Textile Corporation"])
