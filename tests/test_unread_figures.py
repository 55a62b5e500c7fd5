"""Figures that went unread. Results tables (``table_cells``, ``table_cell_lines``, ``table_report_kinds``, the results
readers' evidence): a multi-year summary copied one cell per line whose years stand in a row
under the label column's heading ("Division" / "2023" / "2022" ...), its unit "(Unit: KRW bn)";
Hong Kong quote-page summaries ("2024/06 - Interim HKD(K$)"). Korean lists that write the
currency once, on the last item ("매출 2천417억, 영업익 35억원": ``prose_figures``).
Invented companies and figures, laid out as the pages print them.
"""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def _table_facts(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "summary.txt")
    return {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations
            if o.rule.startswith("table:")}


# A five-year summary of an IR web page: title, unit line, the label column's heading and the
# years each on a line, then each row's label and figures.
_FIVE_YEARS = """Income Statement
(IFRS, Unit : KRW bn)
Classification
2023
2022
2021
Revenue
1,500.5
1,200.0
900.0
Operating Profit
150.0
120.5
-30.0
Net Income
100.0
80.0
-45.5
"""


def test_a_summary_whose_years_stand_in_a_row_under_the_label_heading() -> None:
    """The years read as figures too ("2023" alone): a first row of years in order, each once,
    is the row of column headings; "(Unit : KRW bn)" is the unit and the evidence of a table."""
    facts = _table_facts(_FIVE_YEARS)
    assert facts == {
        ("Revenues", "1500500000000", "2023-01-01/2023-12-31"), ("Revenues", "1200000000000", "2022-01-01/2022-12-31"),
        ("Revenues", "900000000000", "2021-01-01/2021-12-31"),
        ("OperatingIncomeLoss", "150000000000", "2023-01-01/2023-12-31"),
        ("OperatingIncomeLoss", "120500000000", "2022-01-01/2022-12-31"),
        ("OperatingIncomeLoss", "-30000000000", "2021-01-01/2021-12-31"),
        ("NetIncomeLoss", "100000000000", "2023-01-01/2023-12-31"),
        ("NetIncomeLoss", "80000000000", "2022-01-01/2022-12-31"),
        ("NetIncomeLoss", "-45500000000", "2021-01-01/2021-12-31")}


def test_years_in_ascending_order_under_a_unit_heading() -> None:
    """"HK$ million" stands where the label column's heading would, the years run up."""
    text = ("Five-year financial summary\nHK$ million\n2022\n2023\n2024\n"
            "Revenue\n3,010\n2,950\n4,120\nEarnings per Share (HK$)\n0.51\n0.47\n0.66\n")
    facts = _table_facts(text)
    assert ("Revenues", "4120000000", "2024-01-01/2024-12-31") in facts
    assert ("Revenues", "3010000000", "2022-01-01/2022-12-31") in facts
    assert ("EarningsPerShareBasic", "0.66", "2024-01-01/2024-12-31") in facts


@pytest.mark.parametrize("years", [
    "2023\n2023\n2022",  # a year twice: figures that look like years, no headings
    "2021\n2023\n2022",  # out of order
])
def test_a_first_row_of_year_like_figures_out_of_order_is_no_heading(years: str) -> None:
    text = _FIVE_YEARS.replace("2023\n2022\n2021", years, 1)
    assert _table_facts(text) == set()



# A Hong Kong quote page's summary: each column a report named by the month its period ends and
# its kind ("- Interim": six months; "- Final": the year), the unit after it ("HKD(K$)": thousands
# of Hong Kong dollars), the other years' columns by their month alone, and a "%Chg" column that
# compares with the same kind of report a year before.
_QUOTE_PAGE = """2024/06 - Interim HKD(K$) | %Chg (Compare to Interim) | 2023/06 HKD(K$) | 2022/06 HKD(K$) | |
Turnover | 1,210,000 | 10.000% | 1,100,000 | 950,500 |
Profit / (Loss) Attributable to Shareholders | 60,500 | -- | (12,250) | 40,000 |
"""


def test_a_quote_page_summary_of_interim_reports() -> None:
    facts = _table_facts(_QUOTE_PAGE)
    assert facts == {
        ("Revenues", "1210000000", "2024-01-01/2024-06-30"), ("Revenues", "1100000000", "2023-01-01/2023-06-30"),
        ("Revenues", "950500000", "2022-01-01/2022-06-30"),
        ("RevenuesPercentChange", "0.10000", "2024-01-01/2024-06-30"),
        ("NetIncomeLoss", "60500000", "2024-01-01/2024-06-30"), ("NetIncomeLoss", "-12250000", "2023-01-01/2023-06-30"),
        ("NetIncomeLoss", "40000000", "2022-01-01/2022-06-30")}


def test_a_quote_page_summary_of_final_reports() -> None:
    text = _QUOTE_PAGE.replace("/06", "/12").replace("Interim", "Final")
    facts = _table_facts(text)
    assert ("Revenues", "1210000000", "2024-01-01/2024-12-31") in facts
    assert ("NetIncomeLoss", "-12250000", "2023-01-01/2023-12-31") in facts


def test_a_month_heading_whose_kind_no_heading_names_is_no_period() -> None:
    """"2023/06" alone: the month a period ends, not how long it is; the table is not read."""
    text = _QUOTE_PAGE.replace(" - Interim", "").replace(" (Compare to Interim)", "")
    assert _table_facts(text) == set()


# ---------------------------------------------------------------------------------------------
# Korean lists that write the currency once, on the last item
# ---------------------------------------------------------------------------------------------


def _prose_facts(text: str) -> set[tuple[str, str]]:
    (converted,) = convert_text(text, "news.txt")
    return {(o.concept, str(o.value)) for o in converted.extraction.observations if o.unit is not None}


@pytest.mark.parametrize("sentence, expected", [
    # 원 written once for the list: the revenue's 억 is the same won
    ("가나다산업은 올해 3분기 매출 2천417억, 영업익 35억원, 당기순손실 112억원을 기록했다고 공시했다.",
     {("Revenues", "241700000000"), ("OperatingIncomeLoss", "3500000000"), ("NetIncomeLoss", "-11200000000")}),
    ("라마바전자는 1분기 매출 1조2천억, 영업이익 830억원을 냈다고 밝혔다.",
     {("Revenues", "1200000000000"), ("OperatingIncomeLoss", "83000000000")}),
])
def test_a_list_that_writes_won_once(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _prose_facts(sentence)


@pytest.mark.parametrize("sentence", [
    # the next amount is of another scale: no telling the first one's unit
    "가나다산업은 올해 3분기 매출 2천417억, 영업익 3천500만원을 기록했다고 공시했다.",
    # no list mark: the figure does not close an item of the list
    "가나다산업은 올해 3분기 매출 2천417억 영업익 35억원을 기록했다고 공시했다.",
])
def test_a_figure_without_its_unit_outside_such_a_list_stays_unread(sentence: str) -> None:
    assert not any(concept == "Revenues" for concept, _ in _prose_facts(sentence))


# ---------------------------------------------------------------------------------------------
# Dividend rows by kind under the dividend per share's heading (Hong Kong highlights)
# ---------------------------------------------------------------------------------------------


_HIGHLIGHTS = """| FINANCIAL HIGHLIGHTS | |||
| 2024 | 2023 | Change | |
| Revenue (HK$ million) | 1,250 | 1,000 | 25.0% |
| Dividend per share (HK cents) | |||
| - Final proposed | 12.00 | 10.00 | |
| - Interim paid | 6.00 | 5.00 | |
"""


def _dividend_facts(text: str) -> set[tuple[str, str, str, tuple[tuple[str, str], ...]]]:
    (converted,) = convert_text(text, "highlights.txt")
    return {(o.concept, str(o.value), str(o.period), o.dimensions) for o in converted.extraction.observations
            if o.concept.startswith("Dividends")}


def test_dividend_rows_by_kind_under_the_dividend_per_share_heading() -> None:
    final, interim = (("DividendKindAxis", "final"),), (("DividendKindAxis", "interim"),)
    assert _dividend_facts(_HIGHLIGHTS) == {
        ("DividendsDeclaredPerShare", "0.1200", "2024-01-01/2024-12-31", final),
        ("DividendsDeclaredPerShare", "0.1000", "2023-01-01/2023-12-31", final),
        ("DividendsDeclaredPerShare", "0.0600", "2024-01-01/2024-12-31", interim),
        ("DividendsDeclaredPerShare", "0.0500", "2023-01-01/2023-12-31", interim)}


@pytest.mark.parametrize("heading, label", [
    ("Earnings per share (HK cents)", "- Final proposed"),  # not a dividend's heading
    ("Dividend per share (HK cents)", "- Final results day"),  # words that are no dividend's state
])
def test_rows_that_name_no_dividend_kind_under_a_dividend_heading(heading: str, label: str) -> None:
    text = _HIGHLIGHTS.replace("Dividend per share (HK cents)", heading).replace("- Final proposed", label)
    assert not any(dims == (("DividendKindAxis", "final"),) for *_, dims in _dividend_facts(text))


def test_rows_that_leave_their_last_cells_empty_do_not_shift_the_headings() -> None:
    """Most rows of the highlights write an empty change cell ("| 12.00 | 10.00 | |"): the
    columns are still the three the headings name, not two (which put 2024's figures under 2023)."""
    facts = _table_facts(_HIGHLIGHTS)
    assert ("Revenues", "1250000000", "2024-01-01/2024-12-31") in facts
    assert ("Revenues", "1000000000", "2023-01-01/2023-12-31") in facts


def test_a_column_heading_printed_over_each_table_is_no_registrant() -> None:
    """"Change" / "in %" heads the change column of two tables: printed twice, alone on its line,
    but a column's heading, not a company's name."""
    text = ("Results\n\nSix months ended 30th June 2025\nHK$M\n2024\nHK$M\nChange\nin %\n"
            "Revenue 1,500 1,200 +25%\n\nFinancial Position\n\n30th June\n2025\nHK$M\n"
            "31st December\n2024\nHK$M\nChange\nin %\nNet debt 4,100 4,000 +3%\n")
    (converted,) = convert_text(text, "results.txt")
    names = [o.value for o in converted.extraction.observations if o.concept == "EntityRegistrantName"]
    assert "Change" not in names


def test_a_row_broken_one_cell_per_line_in_a_table_of_bars() -> None:
    """"| Total |" then "22.00 |", "18.00 |", "22.2% |": a web copy broke the row one cell per
    line; its cells are the row's, the year's total dividend on no kind's member."""
    text = _HIGHLIGHTS + "| Total |\n18.00 |\n15.00 |\n20.0% |\n"
    facts = _dividend_facts(text)
    assert ("DividendsDeclaredPerShare", "0.1800", "2024-01-01/2024-12-31", ()) in facts
    assert ("DividendsDeclaredPerShare", "0.1500", "2023-01-01/2023-12-31", ()) in facts
