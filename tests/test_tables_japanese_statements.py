"""Japanese quarterly statements of income as a web or PDF copy gives them, one cell a line:
each column's name over its days, "(自 2025年4月1日" / "至 2025年6月30日)", and either a "|"
line between the cells or none, with a note column ("注記") whose references stand on lines of
their own. Invented company and figures, in the layout of the statements of kessan tanshin and
quarterly reports (``converter.extract.mechanisms.table_cell_lines``)."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

PRIOR, CURRENT = "2024-04-01/2024-06-30", "2025-04-01/2025-06-30"
_PRIOR_HEAD = ("前第1四半期連結累計期間", "(自 2024年4月1日", "至 2024年6月30日)")
_CURRENT_HEAD = ("当第1四半期連結累計期間", "(自 2025年4月1日", "至 2025年6月30日)")


def _facts(text: str) -> set[tuple[str, str, str]]:
    (converted,) = convert_text(text, "statement.txt")
    return {(o.concept, str(o.value), str(o.period)) for o in converted.extraction.observations
            if o.rule.startswith("table:")}


def _piped(rows: list[tuple[str, ...]]) -> str:
    """The statement with a "|" line between cells and two at each row's end."""
    lines = ["四半期連結損益計算書", "|", "|", "(単位:百万円)", "|", "|", *_PRIOR_HEAD, "|", *_CURRENT_HEAD, "|", "|"]
    for label, *cells in rows:
        lines += [label, *(part for cell in cells for part in ("|", cell)), "|", "|"] if cells else [label, "|", "|", "|"]
    return "\n".join(lines) + "\n"


_PIPED_ROWS = [("売上高", "4,321", "4,765"), ("売上原価", "3,100", "3,402"),
               ("販売費及び一般管理費", ), ("給料手当", "510", "525"), ("その他", "88", "97"),
               ("販売費及び一般管理費合計", "598", "622"),
               ("営業利益", "623", "741"), ("営業外収益", ), ("受取利息", "3", "5"),
               ("営業外収益合計", "3", "5"), ("経常利益", "626", "746"),
               ("四半期純利益", "410", "505"), ("非支配株主に帰属する四半期純利益", "12", "15"),
               ("親会社株主に帰属する四半期純利益", "398", "490")]


def test_cells_between_pipe_lines_under_ranges_of_days() -> None:
    """Each column's period is the days its heading states; the rows under a section's heading
    ("営業外収益") are its parts until its total; the group's profit beside the owners' share
    is not the net income."""
    assert _facts(_piped(_PIPED_ROWS)) == {
        ("Revenues", "4321000000", PRIOR), ("Revenues", "4765000000", CURRENT),
        ("OperatingIncomeLoss", "623000000", PRIOR), ("OperatingIncomeLoss", "741000000", CURRENT),
        ("OrdinaryIncomeLoss", "626000000", PRIOR), ("OrdinaryIncomeLoss", "746000000", CURRENT),
        ("NetIncomeLoss", "398000000", PRIOR), ("NetIncomeLoss", "490000000", CURRENT)}


def _vertical(rows: list[tuple[str, ...]], head: tuple[str, ...] = (*_PRIOR_HEAD, *_CURRENT_HEAD)) -> str:
    lines = ["【要約四半期連結損益計算書】", "(単位:百万円)", "注記", *head]
    for row in rows:
        lines += row
    return "\n\n".join(lines) + "\n"


_VERTICAL_ROWS = [("売上収益", "6", "52,340", "55,120"), ("売上原価", "40,100", "42,230"),
                  ("その他の費用", "9", "45", "612"), ("営業利益", "5,210", "5,874"),
                  ("四半期利益", "3,650", "4,020"), ("四半期利益の帰属",), ("親会社の所有者", "3,500", "3,880"),
                  ("非支配持分", "150", "140"), ("四半期包括利益の帰属",), ("親会社の所有者", "3,710", "3,990"),
                  ("基本的1株当たり四半期利益(円)", "12", "95.12", "104.76"),
                  ("希薄化後1株当たり四半期利益(円)", "12", "-", "104.50")]


def test_one_value_a_line_with_note_references() -> None:
    """A row's note reference stands before its figures: a row of one cell more than the
    period columns loses it; "-" is no figure. The owners of the parent under the attribution
    of the quarter's profit are the net income, under that of the comprehensive income not."""
    assert _facts(_vertical(_VERTICAL_ROWS)) == {
        ("NetIncomeLoss", "3500000000", PRIOR), ("NetIncomeLoss", "3880000000", CURRENT),
        ("Revenues", "52340000000", PRIOR), ("Revenues", "55120000000", CURRENT),
        ("OperatingIncomeLoss", "5210000000", PRIOR), ("OperatingIncomeLoss", "5874000000", CURRENT),
        ("EarningsPerShareBasic", "95.12", PRIOR), ("EarningsPerShareBasic", "104.76", CURRENT),
        ("EarningsPerShareDiluted", "104.50", CURRENT)}


def test_a_row_whose_note_or_figure_is_missing_is_not_read() -> None:
    """"12" / "104.76" under a note column and two periods: the note and one figure, or two
    figures? Left out."""
    rows = [*_VERTICAL_ROWS[:4], ("基本的1株当たり四半期利益(円)", "12", "104.76")]
    assert not any(concept == "EarningsPerShareBasic" for concept, _, _ in _facts(_vertical(rows)))


@pytest.mark.parametrize("head", [
    # the names, then the ranges: printed row after row, not column after column
    (_PRIOR_HEAD[0], _CURRENT_HEAD[0], *_PRIOR_HEAD[1:], *_CURRENT_HEAD[1:]),
    # one column's days only: the other column's period is not stated
    (_PRIOR_HEAD[0], *_CURRENT_HEAD),
])
def test_headings_that_do_not_pair_each_name_with_its_days_give_no_period(head: tuple[str, ...]) -> None:
    assert not _facts(_vertical(_VERTICAL_ROWS, head))


def test_ranges_of_days_in_era_years() -> None:
    """"(自 令和6年4月1日 / 至 令和6年6月30日)": the era's year, 2024."""
    head = (_PRIOR_HEAD[0], "(自 令和6年4月1日", "至 令和6年6月30日)", _CURRENT_HEAD[0], "(自 令和7年4月1日", "至 令和7年6月30日)")
    facts = _facts(_vertical(_VERTICAL_ROWS, head))
    assert ("Revenues", "52340000000", PRIOR) in facts and ("Revenues", "55120000000", CURRENT) in facts


# a statement whose copy lost cells: a row with one figure of two, a section's total and the
# owners' line with none, a line item with none (Japanese GAAP, one value a line, no note column)
_LOST_CELL_ROWS = [("売上高", "7,215", "7,830"), ("営業利益", "402", "455"),
                   ("営業外収益",), ("受取利息", "4", "6"), ("雑収入", "9"), ("営業外収益合計", "13", "6"),
                   ("経常利益", "415", "461"), ("特別利益",), ("固定資産売却益", "21"),
                   ("特別利益合計",), ("特別損失",), ("固定資産除却損", "3"), ("減損損失",), ("特別損失合計", "3"),
                   ("税金等調整前四半期純利益", "433", "458"), ("法人税等合計", "140", "151"),
                   ("四半期純利益", "293", "307"), ("(内訳)",), ("親会社株主に帰属する四半期純利益",),
                   ("その他の包括利益",), ("為替換算調整勘定", "12", "△5"), ("四半期包括利益", "305", "302")]


def _no_notes(rows: list[tuple[str, ...]]) -> str:
    lines = ["【四半期連結損益計算書】", "(単位:百万円)", *_PRIOR_HEAD, *_CURRENT_HEAD]
    return "\n".join([*lines, *(cell for row in rows for cell in row)]) + "\n"


def test_labels_whose_figures_the_copy_lost_end_no_table() -> None:
    """A total with no figure over the next section's heading, a line item with none: the table
    goes on, each section closes at its total, and the quarter's profit below is the net income
    (the owners' line states no figure, no minorities' line stands beside it)."""
    facts = _facts(_no_notes(_LOST_CELL_ROWS))
    assert {f for f in facts if f[0] == "NetIncomeLoss"} == {
        ("NetIncomeLoss", "293000000", PRIOR), ("NetIncomeLoss", "307000000", CURRENT)}
    assert ("OrdinaryIncomeLoss", "461000000", CURRENT) in facts


def test_the_minorities_share_with_figures_keeps_the_group_profit_out() -> None:
    """The owners' line lost its figures but the non-controlling interests' line has them: the
    quarter's profit above is the group's, not the net income."""
    rows = [*_LOST_CELL_ROWS[:17], ("(内訳)",), ("親会社株主に帰属する四半期純利益",),
            ("非支配株主に帰属する四半期純利益", "8", "11"), *_LOST_CELL_ROWS[19:]]
    assert not any(f[0] == "NetIncomeLoss" for f in _facts(_no_notes(rows)))


def _piped_with_section(section: str) -> str:
    """An IFRS statement with a "|" line between cells, a note column, and a section's heading
    between the columns' headings and the first row."""
    lines = ["【要約四半期連結損益計算書】", "|", "|", "(単位:百万円)", "|", "注記", "|",
             " ".join(_PRIOR_HEAD), "|", " ".join(_CURRENT_HEAD), "|", section, "|", "|", "|"]
    for label, *cells in [("売上収益", "7", "61,230", "64,780"), ("売上原価", "", "△48,100", "△50,220"),
                          ("営業利益", "", "6,540", "7,115"), ("四半期利益", "", "4,410", "4,902"),
                          ("四半期利益の帰属",), ("親会社の所有者", "", "4,300", "4,811")]:
        # (an empty cell: two "|" lines in a row)
        lines += [label, "|", *(part for cell in (cells or ["", "", ""]) for part in ((cell, "|") if cell else ("|",)))]
    return "\n".join(lines) + "\n"


def test_a_section_heading_over_the_first_row_of_a_piped_statement() -> None:
    """継続事業 "continuing operations" between the headings and 売上収益 heads the company's own
    lines; the columns are still the periods the headings state, the note column left out."""
    assert _facts(_piped_with_section("継続事業")) == {
        ("Revenues", "61230000000", PRIOR), ("Revenues", "64780000000", CURRENT),
        ("OperatingIncomeLoss", "6540000000", PRIOR), ("OperatingIncomeLoss", "7115000000", CURRENT),
        ("NetIncomeLoss", "4300000000", PRIOR), ("NetIncomeLoss", "4811000000", CURRENT)}


def test_a_segment_heading_over_the_first_row_keeps_its_rows_out() -> None:
    """A segment's name in that place: its rows are the segment's, not the company's."""
    assert not any(f[0] in ("Revenues", "OperatingIncomeLoss") for f in _facts(_piped_with_section("電子部品事業")))
