"""Japanese IR history pages (a dividend history table, a results history table by fiscal year,
forecast rows kept out), Chinese adjusted and non-recurring-excluded profits (no net income), and
a dividend in a table's footnote. Every document here is invented: names, figures and dates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from converter.pipeline import convert_text

FY23, FY24, FY25 = "2022-04-01/2023-03-31", "2023-04-01/2024-03-31", "2024-04-01/2025-03-31"


def _facts(text: str) -> set[tuple[str, str, str, tuple]]:
    (converted,) = convert_text(text, "invented.txt")
    return {(o.concept, format(Decimal(o.value).normalize(), "f") if isinstance(o.value, (Decimal, int)) else str(o.value),
             f"{o.period.start}/{o.period.end}", o.dimensions) for o in converted.extraction.observations}


def _unmapped(text: str) -> list[tuple[str, str]]:
    (converted,) = convert_text(text, "invented.txt")
    return [(m.text, m.reason) for m in converted.extraction.unmapped]


RESULTS_HISTORY = """業績の推移(連結)
(単位:百万円)
| 決算期 | 売上高 | 営業利益 | 経常利益 | 親会社株主に帰属する当期純利益 | 1株当たり当期純利益(円) |
|---|---|---|---|---|---|
| 2023年3月期 | 47,880 | 3,560 | 3,702 | 2,344 | 94.65 |
| 2024年3月期 | 50,125 | 4,012 | 4,188 | 2,790 | 112.66 |
| 2025年3月期(予) | 53,000 | 4,400 | 4,500 | 3,000 | 121.10 |
"""


def test_results_history_rows_of_fiscal_years_forecast_left_out() -> None:
    facts = _facts(RESULTS_HISTORY)
    assert ("Revenues", "50125000000", FY24, ()) in facts
    assert ("OperatingIncomeLoss", "3560000000", FY23, ()) in facts
    assert ("OrdinaryIncomeLoss", "4188000000", FY24, ()) in facts
    assert ("NetIncomeLoss", "2790000000", FY24, ()) in facts
    assert ("EarningsPerShareBasic", "112.66", FY24, ()) in facts
    assert not [f for f in facts if f[2] == FY25]  # the forecast's row
    assert not [f for f in facts if f[1] in ("53000000000", "121.1")]


DIVIDEND_HISTORY = """配当金の推移
| 年度 | 1株当たり配当金(円) | | | 配当金総額(百万円) | 基準日 |
| | 中間 | 期末 | 年間 | | |
|---|---|---|---|---|---|
| 2025年3月期(予想) | 30.00 | 30.00 | 60.00 | - | 2025年3月31日 |
| 2024年3月期 | 25.00 | 28.00 | 53.00 | 1,234 | 2024年3月31日 |
| 2023年3月期 | 22.00 | 24.00 | 46.00 | 1,100 | 2023年3月31日 |
| 2022年3月期 | 40.00 | 22.00 | 62.00 | 1,010 | 2022年3月31日 |
※2021年10月1日付で普通株式1株につき2株の割合で株式分割を行っております。
"""
INTERIM, FINAL = (("DividendKindAxis", "interim"),), (("DividendKindAxis", "final"),)


def test_dividend_history_by_year_kinds_total_amount() -> None:
    facts = {f for f in _facts(DIVIDEND_HISTORY) if f[0].startswith("Dividends")}
    assert facts == {
        ("DividendsDeclaredPerShare", "25", FY24, INTERIM), ("DividendsDeclaredPerShare", "28", FY24, FINAL),
        ("DividendsDeclaredPerShare", "53", FY24, ()), ("DividendsDeclared", "1234000000", FY24, ()),
        ("DividendsDeclaredPerShare", "22", FY23, INTERIM), ("DividendsDeclaredPerShare", "24", FY23, FINAL),
        ("DividendsDeclaredPerShare", "46", FY23, ()), ("DividendsDeclared", "1100000000", FY23, ()),
        # the year the split fell in: its amounts per share may be restated or not, its total stands
        ("DividendsDeclared", "1010000000", "2021-04-01/2022-03-31", ()),
    }
    reasons = {reason for text, reason in _unmapped(DIVIDEND_HISTORY) if text in ("40.00", "22.00", "62.00")}
    assert reasons and all("split" in r for r in reasons)


# a web copy that breaks the year's label over two lines and prints the heading's words flat
FLAT_HISTORY = """過去5年間の配当金の推移

  1株当たり配当金(円) 配当性向
中間 期末 年間
2026年
3月期
35.0
(予定)
35.0
(予定)
70.0
(予定)
41.0%
(予定)
2025年
3月期
32.5 35.0 67.5 39.2%
2024年
3月期
(普通配当) 30.0
(記念配当) 5.0
30.0 65.0 40.1%
2023年
3月期
30.0 30.0 60.0 38.8%
"""


def test_flattened_history_forecast_and_worded_rows_left_out() -> None:
    facts = {f for f in _facts(FLAT_HISTORY) if f[0].startswith("Dividends")}
    assert facts == {
        ("DividendsDeclaredPerShare", "32.5", FY25, INTERIM), ("DividendsDeclaredPerShare", "35", FY25, FINAL),
        ("DividendsDeclaredPerShare", "67.5", FY25, ()),
        ("DividendsDeclaredPerShare", "30", FY23, INTERIM), ("DividendsDeclaredPerShare", "30", FY23, FINAL),
        ("DividendsDeclaredPerShare", "60", FY23, ()),
    }


def test_dividend_group_alone_is_the_years_and_an_uneven_table_is_not_read() -> None:
    alone = "株主還元\n\n1株当たり年間配当金(円) 配当性向(%)\n2025年3月期 48.0 31.5\n2024年3月期 44.0 30.9\n"
    assert {f for f in _facts(alone) if f[0].startswith("Dividends")} == {
        ("DividendsDeclaredPerShare", "48", FY25, ()), ("DividendsDeclaredPerShare", "44", FY24, ())}
    # the half's and year end's do not add up to the year's: the columns are not what they seem
    uneven = "配当の推移\n| 決算期 | 中間配当 | 期末配当 | 年間配当 |\n| 2025年3月期 | 20 | 48 | 24 |\n" \
             "| 2024年3月期 | 18 | 44 | 22 |\n"
    assert not [f for f in _facts(uneven) if f[0].startswith("Dividends")]


def test_dividend_in_a_tables_footnote_is_not_the_texts() -> None:
    text = ("株式会社ミナト精機\n2031年5月10日\n2031年3月期 決算短信\n"
            "(※2) 配当方針によりますと期末配当金は1株当たり15円となりますが、1株当たり20円を配当いたしました。\n")
    assert not [f for f in _facts(text) if f[0].startswith("Dividends") and f[1] == "15"]


ZH_NEWS = """星河科技发布2031年第三季度业绩
2031年11月15日
星河科技今日公布截至2031年9月30日止第三季度未经审计财务业绩。第三季度营业收入为人民币52.3亿元。归属于上市公司股东的净利润为人民币6.8亿元。非公认会计准则净利润为人民币8.2亿元。经调整净利润为人民币8.5亿元。扣除非经常性损益后的净利润为人民币6.1亿元。非国际财务报告准则本公司权益持有人应占盈利为人民币7.7亿元。
"""


@pytest.mark.parametrize("figure", ["人民币8.2亿", "人民币8.5亿", "人民币6.1亿", "人民币7.7亿"])
def test_chinese_adjusted_profits_are_no_net_income(figure: str) -> None:
    facts = _facts(ZH_NEWS)
    assert ("NetIncomeLoss", "680000000", "2031-07-01/2031-09-30", ()) in facts
    value = str(Decimal(figure[3:-1]) * 100000000)
    assert not [f for f in facts if f[0] == "NetIncomeLoss" and Decimal(f[1]) == Decimal(value)]
    assert any(text == figure and "no concept" in reason for text, reason in _unmapped(ZH_NEWS))


HK_HEAD = "星輝控股有限公司\n截至二零三一年十二月三十一日止年度之全年業績公告\n2032年3月20日\n"
FY31, FY30 = "2031-01-01/2031-12-31", "2030-01-01/2030-12-31"


@pytest.mark.parametrize("body, expected", [
    # a dividend per share in 港仙 with 每股 before the kind's words
    ("董事會建議派發每股末期股息12港仙。", {("DividendsDeclaredPerShare", "0.12", FY31, FINAL)}),
    # basic and diluted earnings per share stated as one figure: both concepts
    ("截至二零三一年十二月三十一日止年度,每股基本及攤薄後盈利為8.5港仙。",
     {("EarningsPerShareBasic", "0.085", FY31, ()), ("EarningsPerShareDiluted", "0.085", FY31, ())}),
    # a loss per share is a negative earnings per share
    ("截至二零三一年十二月三十一日止年度,每股基本虧損為3.2港仙。", {("EarningsPerShareBasic", "-0.032", FY31, ())}),
    ("每股基本盈利由截至二零三零年十二月三十一日止年度的每股虧損約0.35港仙,增加至截至二零三一年十二月三十一日止年度的每股盈利約1.42港仙。",
     {("EarningsPerShareBasic", "-0.0035", FY30, ())}),
])
def test_hong_kong_announcement_per_share_figures(body: str, expected: set) -> None:
    facts = {f for f in _facts(HK_HEAD + body + "\n") if f[0].startswith(("Dividends", "EarningsPer"))}
    assert facts == expected


def test_label_over_its_amount_line_is_not_the_amount_above() -> None:
    # "收益" (no measure here) over its amount, then the profit's label over its own: the revenue's
    # amount is not the profit's
    text = HK_HEAD + "財務摘要\n收益\n12.5億港元\n股東應佔溢利\n3.2億港元\n"
    assert not [f for f in _facts(text) if f[0] == "NetIncomeLoss" and f[1] == "1250000000"]


def test_margin_of_the_year_then_the_year_before_in_a_later_clause() -> None:
    # the period after the first margin opens the next clause (而截至...): it dates the second
    text = HK_HEAD + "—截至二零三一年十二月三十一日止年度,本集團的毛利率約為31.5%,而截至二零三零年十二月三十一日止年度約為29.8%。\n"
    margins = {f for f in _facts(text) if f[0] == "GrossMargin"}
    assert margins == {("GrossMargin", "0.315", FY31, ()), ("GrossMargin", "0.298", FY30, ())}
