"""Indian business news: a headline writes the quarter by its last month and year without "the"
("PAT to Rs 83 cr in Dec 2021 quarter") and abbreviates crore to "cr"; the quarter is the three
months to that month, and "Rs 83 cr" is 830 million rupees (invented companies and figures)."""

from __future__ import annotations

import datetime as dt

import pytest
from factlib import facts

from converter.parse.numbers import parse_figure
from converter.parse.periods import find_periods
from converter.pipeline import convert_text


@pytest.mark.parametrize("text, period", [
    ("Rs 83 cr in Dec 2021 quarter", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("profit for Sept. 2020 quarter", (dt.date(2020, 7, 1), dt.date(2020, 9, 30))),
    ("in the Dec 2021 quarter", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("in the quarter ended Dec 2021", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ("revenue for December 2021 was", (dt.date(2021, 12, 1), dt.date(2021, 12, 31))),  # a month alone
])
def test_a_month_and_year_before_quarter_is_that_quarter(text: str, period: tuple[dt.date, dt.date]) -> None:
    (found,) = find_periods(text)
    assert (found.period.start, found.period.end) == period


def test_cr_is_crore() -> None:
    assert parse_figure("83 cr")[0] == 830_000_000


def test_a_headline_figure_of_a_month_named_quarter() -> None:
    text = ("Quillon Freight reports 87 pc jump in standalone PAT to Rs 83 cr in Dec 2021 quarter\n"
            "Quillon Freight Ltd reported a profit after tax of Rs 83 crore in the quarter ended December 2021.\n")
    (converted,) = convert_text(text, "news.txt", date=dt.date(2022, 1, 25))
    figures = {(f.concept, f.value, f.period) for f in facts(converted) if f.unit is not None}
    assert figures and all(f[1] == "830000000" and f[2] == "2021-10-01/2021-12-31" for f in figures)


def _report(text: str, day: dt.date | None = dt.date(2023, 5, 10)):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "news.txt", date=day)
    return converted


QUARTER_THEN_FINAL = ("Quillon Pharma reported a 12% YoY jump in consolidated net profit to Rs 960 crore for the "
                      "quarter ended March 2023. The company's board has recommended a final dividend of Rs 40 per "
                      "equity share.\n")


def test_a_final_dividend_is_not_the_quarters() -> None:
    converted = _report(QUARTER_THEN_FINAL)
    assert not [f for f in facts(converted) if f.concept.startswith("Dividends")]
    assert any("final dividend" in m.reason for m in converted.extraction.unmapped if "40" in m.text)


def test_a_final_dividend_of_a_named_year_is_that_years() -> None:
    text = ("Quillon Pharma reported consolidated net profit of Rs 3,900 crore for the year ended March 31, 2023. "
            "The board has recommended a final dividend of Rs 40 per equity share for the year ended March 31, 2023.\n")
    found = {(f.concept, f.value, f.period) for f in facts(_report(text)) if f.concept == "DividendsDeclaredPerShare"}
    assert found == {("DividendsDeclaredPerShare", "40", "2022-04-01/2023-03-31")}


def test_an_interim_dividend_per_equity_share_of_the_quarter_is_read() -> None:
    text = ("Quillon Pharma reported consolidated net profit of Rs 960 crore for the quarter ended December 2022. "
            "The board declared an interim dividend of Rs 5 per equity share.\n")
    found = {(f.concept, f.value) for f in facts(_report(text, dt.date(2023, 1, 25)))
             if f.concept == "DividendsDeclaredPerShare"}
    assert found == {("DividendsDeclaredPerShare", "5")}


@pytest.mark.parametrize("text", [
    "Quillon Comms Ltd on Thursday posted 31.64 per cent rise in consolidated profit at Rs 52.19 crore for the "
    "third quarter ended December 31, 2021.\n",
    "Quillon Comms Ltd on Thursday posted standalone profit of Rs 52.19 crore for the third quarter ended "
    "December 31, 2021.\n",
])
def test_consolidated_profit_is_net_profit(text: str) -> None:
    found = {(f.concept, f.value, f.period) for f in facts(_report(text, dt.date(2022, 1, 28))) if f.unit is not None}
    assert found == {("NetIncomeLoss", "521900000", "2021-10-01/2021-12-31")}


@pytest.mark.parametrize("text", [
    "Quillon Comms Ltd posted consolidated profit before tax of Rs 60.10 crore for the quarter ended December 31, 2021.\n",
    "Quillon Comms Ltd said its consolidated profit margin was 12 per cent in the quarter ended December 31, 2021.\n",
])
def test_consolidated_profit_of_another_line_is_no_net_profit(text: str) -> None:
    assert not [f for f in facts(_report(text, dt.date(2022, 1, 28))) if f.concept == "NetIncomeLoss"]


# Indian business English writes a fiscal year across two calendar years, its noun before or after
# it ("for the year 2015-16", "for the 2017-18 fiscal"), and "fiscal" alone as a noun ("the same
# quarter of the previous fiscal"). Before these were read, "the year 2015-16" was calendar 2015 and
# a dividend "for the 2017-18 fiscal" took the text's other period.
@pytest.mark.parametrize("text, period", [
    ("a dividend of Rs 2 per equity share for the year 2015-16.", "2015-04-01/2016-03-31"),
    ("a dividend of Rs 2 per equity share for the 2017-18 fiscal, to be taken up at the AGM on "
     "September 25.", "2017-04-01/2018-03-31"),
    ("a dividend of Rs 2 per equity share for the 2017-18 financial year.", "2017-04-01/2018-03-31"),
    ("a dividend of Rs 2 per equity share for fiscal 2017-18.", "2017-04-01/2018-03-31"),
])
def test_a_dividend_of_a_split_fiscal_year_is_that_year(text: str, period: str) -> None:
    body = "Quillon Finance Ltd said its board has recommended " + text + "\n"
    found = {(f.value, f.period) for f in facts(_report(body, dt.date(2018, 5, 2)))
             if f.concept == "DividendsDeclaredPerShare"}
    assert found == {("2", period)}


@pytest.mark.parametrize("text", ["for the year 2015-16", "the 2017-18 fiscal", "in fiscal 2017-18"])
def test_a_split_year_is_never_its_first_calendar_year(text: str) -> None:
    assert all(p.period is None or p.period.start.month != 1 for p in find_periods(text))


@pytest.mark.parametrize("text", [
    "in the same quarter of the previous fiscal", "in the corresponding quarter of the last fiscal",
    "up from Rs 4 crore in the previous fiscal",
])
def test_the_previous_fiscal_is_the_year_before(text: str) -> None:
    assert [p.relation for p in find_periods(text)] == ["prior_year"]


def test_the_quarter_of_this_fiscal_in_rupees_is_the_statutory_years() -> None:
    text = ("Quillon Tobacco Ltd today clocked a standalone net profit of Rs 61.35 crore for the first quarter of "
            "this fiscal. It had posted a net loss of Rs 4.27 crore in the same quarter of the previous fiscal. "
            "Its revenue was Rs 712.40 crore during April-June quarter of the 2018-19 fiscal.\n")
    found = {(f.concept, f.value, f.period) for f in facts(_report(text, dt.date(2018, 8, 11)))
             if f.concept == "NetIncomeLoss" and f.value == "613500000"}
    assert {f[2] for f in found} == {"2018-04-01/2018-06-30"}



@pytest.mark.parametrize("text, day, expected", [
    pytest.param("Quillon Pharma on Thursday reported a consolidated net profit of Rs 410.50 crore for the first "
                 "quarter of the current financial year as compared to Rs 380.20 crore in the corresponding "
                 "period of the last year.\n", dt.date(2026, 7, 28),
                 {("4105000000", "2026-04-01/2026-06-30"), ("3802000000", "2025-04-01/2025-06-30")},
                 id="the-current-financial-year"),
    pytest.param("Quillon Pharma Q2 net profit up 12% at Rs 410 crore\n\nThe company had posted a net profit of "
                 "Rs 366.10 crore for the corresponding period of the previous fiscal, Quillon Pharma said.\n",
                 dt.date(2026, 11, 7), {("4100000000", "2026-07-01/2026-09-30"), ("3661000000", "2025-07-01/2025-09-30")},
                 id="the-previous-fiscal"),
])
def test_a_numbered_quarter_of_an_unnumbered_fiscal_year(text: str, day: dt.date, expected: set) -> None:
    """Indian news names the fiscal year by a word, not its number ('the current financial year', 'the
    previous fiscal'): its quarters are those of the statutory year to March, not calendar quarters."""
    found = {(f.value, f.period) for f in facts(_report(text, day)) if f.concept == "NetIncomeLoss"}
    assert found == expected


_LEAD = ("Garam Pharma on Saturday reported a 16.7 per cent jump in its consolidated net profit to Rs 606.40 crore "
         "for the quarter ended September 30.\n")
_YEAR_BEFORE = ("The company had posted a net profit of Rs 519.50 crore for the corresponding period of the previous "
                "fiscal, Garam Pharma said in a filing.\n")


@pytest.mark.parametrize("text, expected", [
    pytest.param(_LEAD + _YEAR_BEFORE, {("6064000000", "2026-07-01/2026-09-30"), ("5195000000", "2025-07-01/2025-09-30")},
                 id="the-one-period-of-the-measure"),
    pytest.param(_YEAR_BEFORE + _LEAD, {("6064000000", "2026-07-01/2026-09-30"), ("5195000000", "2025-07-01/2025-09-30")},
                 id="stated-before-the-lead"),
    pytest.param(_LEAD + "For the six months ended September 30, 2026, its net profit was Rs 1,100.20 crore.\n"
                 + _YEAR_BEFORE, {("6064000000", "2026-07-01/2026-09-30"), ("11002000000", "2026-04-01/2026-09-30")},
                 id="two-periods-of-the-measure-no-guess"),
])
def test_the_corresponding_period_of_the_previous_fiscal(text: str, expected: set) -> None:
    """'Rs 519.50 crore for the corresponding period of the previous fiscal', in a sentence naming no
    period: the year before the one period the text reports the measure for; none where it reports several."""
    found = {(f.value, f.period) for f in facts(_report(text, dt.date(2026, 11, 7))) if f.concept == "NetIncomeLoss"}
    assert found == expected
