"""Results tables whose web copy separates the cells by single spaces
(``converter.extract.mechanisms.table_space_rows``): read only where each heading word is a
column and each row has exactly as many figures. Invented company and figures, in the layout of
statement pages that copy a table without its grid."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

_HEAD = ("Income Statement 2023Q3 (After adopting IFRSs)\n"
         "      Financial Statement - Income Statement\n\n"
         "Unit: NT$ thousand\n")
_COLUMNS = "Accounting Title 2023/3rd 2022/3rd 2023/01/01To2023/09/30 2022/01/01To2022/09/30\n"
_ROWS = ("Income Statement\n"
         "  Net sales revenue 1,200,000 1,000,000 3,300,000 3,000,000\n"
         " Total operating revenue 1,200,000 1,000,000 3,300,000 3,000,000\n"
         "Operating expenses        \n"
         " Selling expenses 40,000 30,000 110,000 90,000\n"
         " Total operating expenses 90,000 80,000 260,000 240,000\n")
Q3_23, Q3_22, M9_23, M9_22 = ("2023-07-01/2023-09-30", "2022-07-01/2022-09-30",
                              "2023-01-01/2023-09-30", "2022-01-01/2022-09-30")


def _facts(text: str) -> tuple[set[tuple[str, str, str]], list[tuple[str, str]]]:
    (converted,) = convert_text(text, "statement.txt")
    facts = {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations
             if o.rule.startswith("table:")}
    return facts, [(m.text, m.reason) for m in converted.extraction.unmapped]


def test_rows_of_figures_between_spaces_under_a_heading_of_periods() -> None:
    """"2023/3rd" is the third quarter: the year to date beside it runs three quarters from
    January; the rows under "Operating expenses" are its parts, its total the company's."""
    facts, _ = _facts(_HEAD + _COLUMNS + _ROWS)
    assert facts == {
        ("Revenues", "1200000000", Q3_23), ("Revenues", "1000000000", Q3_22),
        ("Revenues", "3300000000", M9_23), ("Revenues", "3000000000", M9_22),
        ("OperatingExpenses", "90000000", Q3_23), ("OperatingExpenses", "80000000", Q3_22),
        ("OperatingExpenses", "260000000", M9_23), ("OperatingExpenses", "240000000", M9_22)}


def test_a_quarter_by_its_ordinal_without_the_year_to_date_is_not_read() -> None:
    """How the company counts its quarters is not known: the quarter columns stay unmapped, the
    explicit ranges are read."""
    columns = "Accounting Title 2023/3rd 2022/3rd 2023/01/01To2023/09/30 2021/01/01To2021/09/30\n"
    facts, unmapped = _facts(_HEAD + columns + _ROWS.replace("3,000,000", "2,800,000"))
    assert ("Revenues", "3300000000", M9_23) in facts
    assert not any(period == Q3_22 for _, _, period in facts)


@pytest.mark.parametrize("rows", [
    # a label that ends in a number gives its row one figure more: which is which cannot be told
    " Total operating revenue under IFRS 9 1,200,000 1,000,000 3,300,000 3,000,000\n"
    " Net sales revenue under IFRS 9 1,200,000 1,000,000 3,300,000 3,000,000\n",
    # rows of fewer figures than the heading's columns
    " Total operating revenue 1,200,000 3,300,000 3,000,000\n Net sales revenue 1,200,000 3,300,000 3,000,000\n",
])
def test_rows_that_do_not_fit_the_heading_are_not_read(rows: str) -> None:
    facts, _ = _facts(_HEAD + _COLUMNS + rows)
    assert facts == set()


def test_a_heading_whose_words_are_not_all_columns_is_not_read() -> None:
    """"Results 2023 and 2022": the heading names two periods, but with a word between them it is
    no row of column headings."""
    text = ("Unit: NT$ thousand\nResults for 2023 and 2022\n"
            " Total operating revenue 1,200,000 1,000,000\n Total operating expenses 90,000 80,000\n")
    facts, _ = _facts(text)
    assert facts == set()
