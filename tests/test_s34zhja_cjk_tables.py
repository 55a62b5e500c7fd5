"""Chinese results tables that gave no fact: a Taiwanese comprehensive income statement as the
Market Observation Post System prints it ("民國114年第3季" over columns "114年第3季 | 113年第3季 |
本期累計 | 去年同期累計", each split into "金額 | %", rows "營業收入合計", "營業利益(損失)",
"稅前淨利(淨損)", NT$ thousand), and a Hong Kong quote page's results summary in Chinese ("2025/06 -
中期 港元(千$) | 與去年中期 比較 | 2024/06 港元(千$)", rows "營業額 / 收益", "股東應佔溢利 / (虧損)").
Companies and figures are invented, in the same layouts."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.extract.mechanisms.table_rows import row_measure
from converter.pipeline import convert_text

# a MOPS statement of an invented company: the ROC year stated once, in the title row
MOPS = """| 民國112年第2季 | |
| 單位:新台幣仟元 | |
| 會計項目 | 112年第2季 | 111年第2季 | 本期累計 | 去年同期累計 |
| | 金額 | % | 金額 | % | 金額 | % | 金額 | % |
| 營業收入合計 | 4,321,000 | 100.00 | 4,000,000 | 100.00 | 8,642,000 | 100.00 | 8,100,000 | 100.00 |
| 營業成本合計 | 3,000,000 | 69.43 | 2,800,000 | 70.00 | 6,000,000 | 69.43 | 5,700,000 | 70.37 |
| 營業利益(損失) | 321,000 | 7.43 | -30,000 | -0.75 | 642,000 | 7.43 | 610,000 | 7.53 |
| 稅前淨利(淨損) | 351,000 | 8.12 | 330,000 | 8.25 | 702,000 | 8.12 | 660,000 | 8.15 |
"""

# a Hong Kong quote page's interim summary of an invented company, in Chinese
QUOTE_PAGE = """| 2031/06 - 中期 港元(千$) | 與去年中期 比較 | 2030/06 港元(千$) | 2029/06 港元(千$) |
| 營業額 / 收益 | 212,300 | 5.000% | 202,190 | 198,400 |
| 銷售成本 | (101,200) | 1.100% | (100,099) | (99,870) |
| 股東應佔溢利 / (虧損) | 45,600 | -20.000% | 57,000 | (3,210) |
"""


def _figures(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "table.txt")
    return {(f.concept, f.value, f.period) for f in facts(converted) if f.concept in _FIGURES}


_FIGURES = {"Revenues", "OperatingIncomeLoss", "IncomeLossBeforeIncomeTaxes", "NetIncomeLoss",
            "RevenuesPercentChange", "NetIncomeLossPercentChange"}


def test_a_mops_statement_gives_its_quarters_in_the_titles_era() -> None:
    assert _figures(MOPS) >= {
        ("Revenues", "4321000000", "2023-04-01/2023-06-30"), ("Revenues", "4000000000", "2022-04-01/2022-06-30"),
        ("OperatingIncomeLoss", "321000000", "2023-04-01/2023-06-30"),
        ("OperatingIncomeLoss", "-30000000", "2022-04-01/2022-06-30"),
        ("IncomeLossBeforeIncomeTaxes", "351000000", "2023-04-01/2023-06-30"),
    }


def test_the_pipe_statement_gives_its_quarters_and_years_to_date() -> None:
    assert _figures(MOPS) == _QUARTERS


def test_years_to_date_with_no_quarter_beside_them_stay_unread() -> None:
    text = MOPS.replace("112年第2季 | 111年第2季", "112年上半年 | 111年上半年")
    values = {value for _, value, _ in _figures(text)}
    assert "4321000000" in values and not values & {"8642000000", "8100000000"}


def test_no_share_of_revenue_and_no_cost_row_is_a_fact() -> None:
    values = {value for _, value, _ in _figures(MOPS)}
    assert not values & {"100.00", "7.43", "1", "0.0743", "3000000000"}


def test_bare_roc_years_without_an_era_in_the_document_stay_unread() -> None:
    assert _figures(MOPS.replace("民國112年第2季", "第2季")) == set()


def test_a_chinese_quote_page_gives_the_interims_and_the_change() -> None:
    assert _figures(QUOTE_PAGE) == {
        ("Revenues", "212300000", "2031-01-01/2031-06-30"), ("Revenues", "202190000", "2030-01-01/2030-06-30"),
        ("Revenues", "198400000", "2029-01-01/2029-06-30"),
        ("RevenuesPercentChange", "0.05", "2031-01-01/2031-06-30"),
        ("NetIncomeLoss", "45600000", "2031-01-01/2031-06-30"), ("NetIncomeLoss", "57000000", "2030-01-01/2030-06-30"),
        ("NetIncomeLoss", "-3210000", "2029-01-01/2029-06-30"),
        ("NetIncomeLossPercentChange", "-0.2", "2031-01-01/2031-06-30"),
    }


@pytest.mark.parametrize(("label", "concept"), [
    ("營業收入合計", "Revenues"),  # the total closes the label
    ("營業利益(損失)", "OperatingIncomeLoss"),  # the loss word bracketed beside the profit's
    ("稅前淨利(淨損)", "IncomeLossBeforeIncomeTaxes"),
    ("股東應佔溢利 / (虧損)", "NetIncomeLoss"),  # after a slash
    ("除稅前溢利 / (虧損)", "IncomeLossBeforeIncomeTaxes"),
    ("營業額 / 收益", "Revenues"),
    ("營業成本合計", None),  # the total of another line item
    ("營業費用合計", None),
    ("合計", None),
])
def test_chinese_row_labels(label: str, concept: str | None) -> None:
    measure = row_measure(label, None)
    assert (measure.concept if measure else None) == concept


def _stream_one_line(table: str) -> str:
    """The statement's rows run onto one line, a space between them (a web copy's inline form)."""
    return " ".join(line.strip() for line in table.splitlines() if line.strip()) + "\n"


def _stream_cell_per_line(table: str) -> str:
    """The statement's cells one a line, each closed by its bar, a lone bar for an empty cell."""
    out = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        out += [f"{c} |" if c else "|" for c in cells]
    return "\n".join(out) + "\n"


_QUARTERS = {
    ("Revenues", "4321000000", "2023-04-01/2023-06-30"), ("Revenues", "4000000000", "2022-04-01/2022-06-30"),
    ("OperatingIncomeLoss", "321000000", "2023-04-01/2023-06-30"),
    ("OperatingIncomeLoss", "-30000000", "2022-04-01/2022-06-30"),
    ("IncomeLossBeforeIncomeTaxes", "351000000", "2023-04-01/2023-06-30"),
    ("IncomeLossBeforeIncomeTaxes", "330000000", "2022-04-01/2022-06-30"),
    # 本期累計 / 去年同期累計: the half year to the end of the latest quarter, this year and the last
    ("Revenues", "8642000000", "2023-01-01/2023-06-30"), ("Revenues", "8100000000", "2022-01-01/2022-06-30"),
    ("OperatingIncomeLoss", "642000000", "2023-01-01/2023-06-30"),
    ("OperatingIncomeLoss", "610000000", "2022-01-01/2022-06-30"),
    ("IncomeLossBeforeIncomeTaxes", "702000000", "2023-01-01/2023-06-30"),
    ("IncomeLossBeforeIncomeTaxes", "660000000", "2022-01-01/2022-06-30"),
}


@pytest.mark.parametrize("layout", [_stream_one_line, _stream_cell_per_line])
def test_a_statement_run_into_a_stream_of_cells(layout) -> None:
    text = layout(MOPS.replace("| 營業收入合計", "| 營業收入 | | | | | | | | |\n| 營業收入合計"))
    assert "\n|" not in text.strip() or layout is _stream_cell_per_line
    assert _figures(text) == _QUARTERS


def test_a_stream_without_leaf_headings_is_no_table() -> None:
    text = _stream_one_line(MOPS.replace("| | 金額 | % | 金額 | % | 金額 | % | 金額 | % |\n", ""))
    assert _figures(text) == set()
