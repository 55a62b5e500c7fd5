"""A quote page's financial summary writes per-share rows in cents of the table's dollar with the
abbreviation "cts" ("EPS (cts) | 21.350 | ..."), under a repeated period heading that names no
currency: the figures are hundredths of the dollar the page's other headings state (invented
company and figures, in the layout such pages print)."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.extract.mechanisms.table_rows import row_measure
from converter.pipeline import convert_text

PAGE = ("2024/06 - Interim HKD(K$) | %Chg (Compare to Interim) | 2023/06 HKD(K$) | 2022/06 HKD(K$) |\n"
        "Turnover | 1,234,567 | 3.418% | 1,202,633 | 1,100,210 |\n"
        "2024/06 - Interim | %Chg (Compare to Interim) | 2023/06 | 2022/06 | |\n"
        "EPS (cts) | 12.300 | -10.870% | 13.800 | 11.100 |\n")


def test_eps_in_cts_is_cents_of_the_pages_dollar() -> None:
    (converted,) = convert_text(PAGE, "quote.txt")
    eps = {(f.value, f.period) for f in facts(converted) if f.concept == "EarningsPerShareBasic"}
    assert eps == {("0.123", "2024-01-01/2024-06-30"), ("0.138", "2023-01-01/2023-06-30"),
                   ("0.111", "2022-01-01/2022-06-30")}


@pytest.mark.parametrize("label", ["EPS (cts)", "EPS (cents)", "Basic earnings per share (cts)"])
def test_a_cents_label_scales_the_row(label: str) -> None:
    measure = row_measure(label, None)
    assert measure is not None and measure.concept == "EarningsPerShareBasic" and str(measure.scale) == "0.01"
