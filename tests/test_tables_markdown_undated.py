"""Markdown ``|`` tables on pages that state no date of their own (web copies of investor pages,
financial-data sites): the row of dashes under the headings, a heading row of years beside the
label column's heading, a title line that says how long the dated columns are. The columns name
their periods; the page's missing date does not take them away, and a column of a bare date
stays a balance-sheet date unless the title says how long a period ends on it.

Every company, figure and date here is invented.
"""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def _table_facts(text: str) -> tuple[set[tuple[str, str, str]], dict[str, str]]:
    (converted,) = convert_text(text, "page.txt")
    facts = {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations
             if o.rule.startswith("table:")}
    return facts, {m.text: m.reason for m in converted.extraction.unmapped}


_YEARS_KO = ("손익계산서\n(단위 : 억원)\n"
             "| 구분 | 2031 | 2030 | 2029 |\n"
             "|---|---|---|---|\n"
             "| 매출액 | 4,321 | 3,987 | 3,456 |\n"
             "| 영업이익 | 210 | 187 | 154 |\n"
             "| 당기순이익 | 161 | 143 | 122 |\n")

_QUARTER_TITLE = ("Investor snapshot\n"
                  "Highlights of the second quarter ended June 30, 2031\n"
                  "INR cr\n"
                  "| Particulars | Jun 30, 2031 | Jun 30, 2030 | Growth % YoY | Mar 31, 2031 | Growth % QoQ |\n"
                  "|---|---|---|---|---|---|\n"
                  "| Revenues | 5,432 | 5,000 | 8.6 | 5,300 | 2.5 |\n"
                  "| Operating Profit | 876 | 800 | 9.5 | 850 | 3.1 |\n"
                  "| Net Profit (after non-controlling interests) | 612 | 580 | 5.5 | 601 | 1.8 |\n"
                  "| Adjusted Net Profit (after non-controlling interests) | 655 | 580 | - | 601 | - |\n")

_DATES_ONLY = _QUARTER_TITLE.replace("Highlights of the second quarter ended June 30, 2031\n", "")


@pytest.mark.parametrize("text, fact", [
    # the dash row is no row; "구분 | 2031 | 2030 | 2029" is the heading row (a year's run), no figures
    (_YEARS_KO, ("Revenues", "432100000000", "2031-01-01/2031-12-31")),
    (_YEARS_KO, ("OperatingIncomeLoss", "15400000000", "2029-01-01/2029-12-31")),
    (_YEARS_KO, ("NetIncomeLoss", "14300000000", "2030-01-01/2030-12-31")),
    # the title's "second quarter ended" says how long the periods ending on the columns' dates are
    (_QUARTER_TITLE, ("Revenues", "54320000000", "2031-04-01/2031-06-30")),
    (_QUARTER_TITLE, ("Revenues", "50000000000", "2030-04-01/2030-06-30")),
    (_QUARTER_TITLE, ("OperatingIncomeLoss", "8500000000", "2031-01-01/2031-03-31")),
    (_QUARTER_TITLE, ("RevenuesPercentChange", "0.086", "2031-04-01/2031-06-30")),
    (_QUARTER_TITLE, ("OperatingIncomeLossPercentChange", "0.031", "2031-04-01/2031-06-30")),
    # the owners' share, after the non-controlling interests: the net income (the adjusted one is not)
    (_QUARTER_TITLE, ("NetIncomeLoss", "6120000000", "2031-04-01/2031-06-30")),
    (_QUARTER_TITLE, ("NetIncomeLoss", "6010000000", "2031-01-01/2031-03-31")),
])
def test_undated_page_columns_give_their_periods(text: str, fact: tuple[str, str, str]) -> None:
    facts, _ = _table_facts(text)
    assert fact in facts


def test_the_adjusted_net_profit_is_no_net_income() -> None:
    facts, _ = _table_facts(_QUARTER_TITLE)
    assert not any(value == "6550000000" for _, value, _ in facts)


def test_the_years_heading_row_is_no_row_of_figures() -> None:
    facts, unmapped = _table_facts(_YEARS_KO)
    assert not any(value in ("2031", "2030", "2029") for _, value, _ in facts)
    assert "2031" not in unmapped


def test_bare_dates_without_a_duration_stay_balance_sheet_dates() -> None:
    """"Jun 30, 2031" alone can end a quarter, a half or a year: flows under it are left out,
    with the reason."""
    facts, unmapped = _table_facts(_DATES_ONLY)
    assert not any(concept in ("Revenues", "OperatingIncomeLoss") for concept, _, _ in facts)
    assert "balance-sheet date" in unmapped["5,432"]
    assert not any(concept.endswith("PercentChange") for concept, _, _ in facts)  # 8.6 between two dates
    assert "balance-sheet dates" in unmapped["8.6"]


@pytest.mark.parametrize("heading", ["2032E", "2032F", "2032 (est.)", "2032년 전망", "2032年予想", "2032 목표"])
def test_a_forecast_column_of_an_undated_page_stays_out(heading: str) -> None:
    """No date says the page's last year is past; the forecast's mark keeps its column out."""
    facts, _ = _table_facts(_YEARS_KO.replace("| 2031 |", f"| {heading} |", 1))
    assert not any(period.startswith("2032") or value == "432100000000" for _, value, period in facts)
