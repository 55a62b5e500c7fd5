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
| 2025年3月期(予想) | 31.40 | 31.40 | 62.80 | - | 2025年3月31日 |
| 2024年3月期 | 26.40 | 28.10 | 54.50 | 1,437 | 2024年3月31日 |
| 2023年3月期 | 23.20 | 24.60 | 47.80 | 1,262 | 2023年3月31日 |
| 2022年3月期 | 41.60 | 23.80 | 65.40 | 1,093 | 2022年3月31日 |
※当社株式は2021年10月1日に1対2の株式分割を実施済みです。
"""
INTERIM, FINAL = (("DividendKindAxis", "interim"),), (("DividendKindAxis", "final"),)


def test_dividend_history_by_year_kinds_total_amount() -> None:
    facts = {f for f in _facts(DIVIDEND_HISTORY) if f[0].startswith("Dividends")}
    assert facts == {
        ("DividendsDeclaredPerShare", "26.4", FY24, INTERIM), ("DividendsDeclaredPerShare", "28.1", FY24, FINAL),
        ("DividendsDeclaredPerShare", "54.5", FY24, ()), ("DividendsDeclared", "1437000000", FY24, ()),
        ("DividendsDeclaredPerShare", "23.2", FY23, INTERIM), ("DividendsDeclaredPerShare", "24.6", FY23, FINAL),
        ("DividendsDeclaredPerShare", "47.8", FY23, ()), ("DividendsDeclared", "1262000000", FY23, ()),
        # the year the split fell in: its amounts per share may be restated or not, its total stands
        ("DividendsDeclared", "1093000000", "2021-04-01/2022-03-31", ()),
    }
    reasons = {reason for text, reason in _unmapped(DIVIDEND_HISTORY) if text in ("41.60", "23.80", "65.40")}
    assert reasons and all("split" in r for r in reasons)


# a web copy that breaks the year's label over two lines and prints the heading's words flat
FLAT_HISTORY = """配当金の推移

1株当たり配当金(円)　配当性向(%)
中間 期末 年間
2026年
3月期
36.5
(予定)
36.5
(予定)
73.0
(予定)
41.7%
(予定)
2025年
3月期
33.5 36.5 70.0 39.6%
2024年
3月期
(うち特別配当 2.5) 32.5
34.5 67.0 40.4%
2023年
3月期
31.5 31.5 63.0 38.7%
"""


def test_flattened_history_forecast_and_worded_rows_left_out() -> None:
    facts = {f for f in _facts(FLAT_HISTORY) if f[0].startswith("Dividends")}
    assert facts == {
        ("DividendsDeclaredPerShare", "33.5", FY25, INTERIM), ("DividendsDeclaredPerShare", "36.5", FY25, FINAL),
        ("DividendsDeclaredPerShare", "70", FY25, ()),
        ("DividendsDeclaredPerShare", "31.5", FY23, INTERIM), ("DividendsDeclaredPerShare", "31.5", FY23, FINAL),
        ("DividendsDeclaredPerShare", "63", FY23, ()),
    }


def test_dividend_group_alone_is_the_years_and_an_uneven_table_is_not_read() -> None:
    alone = "配当の状況\n\n1株当たり年間配当金(円) 配当性向(%)\n2025年3月期 48.0 31.8\n2024年3月期 44.0 30.9\n"
    assert {f for f in _facts(alone) if f[0].startswith("Dividends")} == {
        ("DividendsDeclaredPerShare", "48", FY25, ()), ("DividendsDeclaredPerShare", "44", FY24, ())}
    # the half's and year end's do not add up to the year's: the columns are not what they seem
    uneven = "配当の推移\n| 決算期 | 中間配当 | 期末配当 | 年間配当 |\n| 2025年3月期 | 20 | 48 | 24 |\n" \
             "| 2024年3月期 | 18 | 44 | 22 |\n"
    assert not [f for f in _facts(uneven) if f[0].startswith("Dividends")]


def test_dividend_in_a_tables_footnote_is_not_the_texts() -> None:
    text = ("株式会社ミナト精機\n2031年5月10日\n2031年3月期 決算短信\n"
            "(※1) 期末配当金には創立記念配当1株当たり15円を含んでおります。\n")
    assert not [f for f in _facts(text) if f[0].startswith("Dividends") and f[1] == "15"]


ZH_NEWS = """星河科技发布2031年第三季度业绩
2031年11月15日
星河科技今日公布截至2031年9月30日止第三季度未经审计财务业绩。第三季度营业收入为人民币52.3亿元。归属于上市公司股东的净利润为人民币6.8亿元。非公认会计准则净利润为人民币8.2亿元。经调整净利润为人民币8.6亿元。扣除非经常性损益后的净利润为人民币6.1亿元。非国际财务报告准则本公司权益持有人应占盈利为人民币7.7亿元。
"""


@pytest.mark.parametrize("figure", ["人民币8.2亿", "人民币8.6亿", "人民币6.1亿", "人民币7.7亿"])
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
    ("截至二零三一年十二月三十一日止年度,每股基本及攤薄後盈利為8.7港仙。",
     {("EarningsPerShareBasic", "0.087", FY31, ()), ("EarningsPerShareDiluted", "0.087", FY31, ())}),
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


TANSHIN_DIVIDENDS = """2.配当の状況
                     年間配当金                          配当金総額   配当性向   純資産配当率
          第1四半期末 第2四半期末 第3四半期末 期末   合計   (合計)     (連結)     (連結)
                円 銭      円 銭      円 銭   円 銭   円 銭   百万円        %          %
2023年3月期        ―     11.20        ―     13.30  24.50    1,163      31.4        2.2
2024年3月期        ―     12.40        ―     14.10  26.50    1,254      32.6        2.3
2025年3月期(予想)  ―     13.00        ―     14.00  27.00               33.1
"""


def test_tanshin_dividend_table_under_its_group_word() -> None:
    # 年間配当金 over the quarters' words is their group, not a column; (合計) qualifies the total paid
    facts = {f for f in _facts(TANSHIN_DIVIDENDS) if f[0].startswith("Dividends")}
    assert facts == {
        ("DividendsDeclaredPerShare", "11.2", FY23, INTERIM), ("DividendsDeclaredPerShare", "13.3", FY23, FINAL),
        ("DividendsDeclaredPerShare", "24.5", FY23, ()),
        ("DividendsDeclaredPerShare", "12.4", FY24, INTERIM), ("DividendsDeclaredPerShare", "14.1", FY24, FINAL),
        ("DividendsDeclaredPerShare", "26.5", FY24, ()),
    }
