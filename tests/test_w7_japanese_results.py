"""Japanese results in running text (invented companies and figures): 億/万 amounts whose group
reads like a year ("393億2000万円"), the period a quarterly summary's quarter names (the year to
the quarter's end: "2030年3月期第3四半期"), and the dates a period phrase prints beside it
("(29.4.1~同12.31)"), which are the period's, not a figure of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from converter.model import Period
from converter.parse.periods import find_periods
from converter.pipeline import convert_text


def _facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, value, 'start/end') of each fact without dimensions."""
    (converted,) = convert_text(text, "ja-news.txt")
    contexts = {c.id: c for c in converted.instance.contexts}
    out = set()
    for f in converted.instance.facts:
        c = contexts[f.context_id]
        if not c.dimensions and c.period.start is not None:
            out.add((f.concept, f.value, f"{c.period.start}/{c.period.end}"))
    return out


NEWS = ("このほど開かれた取締役会で2030年3月期第3四半期(29.4.1~同12.31)連結決算を承認した。"
        "売上高は1兆0234億2000万円(前年同期比8.1%増)。営業利益312億1900万円(同12.5%増)、"
        "経常利益298億0500万円(同3.3%減)、親会社株主に帰属する四半期純利益2000億円(同20.0%増)となった。\n"
        "通期では、売上高1兆4000億円(前年比5.0%増)を見込んでいる。\n")


def test_quarterly_results_in_prose() -> None:
    facts = _facts(NEWS)
    nine_months = "2029-04-01/2029-12-31"
    assert ("Revenues", "1023420000000", nine_months) in facts  # 2000万: a group, no year
    assert ("OperatingIncomeLoss", "31219000000", nine_months) in facts  # 1900万
    assert ("OrdinaryIncomeLoss", "29805000000", nine_months) in facts
    assert ("NetIncomeLoss", "200000000000", nine_months) in facts  # 2000億
    # the full year's figure is a forecast (見込んでいる): no fact
    assert not any(value == "1400000000000" for _, value, _ in facts)


@pytest.mark.parametrize("phrase, period", [
    ("2030年3月期第3四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第2四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 9, 30))),
    ("2030年3月期第3四半期累計", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第3四半期会計期間", Period(start=dt.date(2029, 10, 1), end=dt.date(2029, 12, 31))),
    ("2030年3月期第1四半期", Period(start=dt.date(2029, 4, 1), end=dt.date(2029, 6, 30))),
])
def test_fiscal_quarter_phrases(phrase: str, period: Period) -> None:
    (found,) = find_periods(phrase)
    assert (found.text, found.period) == (phrase, period)


def test_consolidated_cumulative_quarters_are_no_quarter() -> None:
    """当第3四半期連結累計期間: the quarters to date, never the third quarter alone."""
    (found,) = find_periods("当第3四半期連結累計期間")
    assert found.kind == "to_quarter"


def _share_facts(text: str) -> set[tuple[str, str, str]]:
    """(concept, value, instant) of each share count fact."""
    (converted,) = convert_text(text, "tanshin.txt")
    contexts = {c.id: c for c in converted.instance.contexts}
    return {(f.concept, f.value, str(contexts[f.context_id].period.end)) for f in converted.instance.facts
            if f.concept in ("SharesOutstanding", "TreasurySharesHeld")}


TANSHIN_SHARES = ("平成30年3月期 決算短信〔日本基準〕(連結)\n平成30年5月10日\n"
                  "上場会社名 株式会社ハヤテ通信 上場取引所 東\n(4) 発行済株式数(普通株式)\n"
                  "① 期末発行済株式数(自己株式を含む) 30年3月期 12,000,000 株 29年3月期 11,500,000 株\n"
                  "② 期末自己株式数 30年3月期 3,400 株 29年3月期 3,300 株\n"
                  "③ 期中平均株式数 30年3月期 11,800,000 株 29年3月期 11,400,000 株\n")
ENGLISH_SHARES = ("Consolidated Financial Results for the Fiscal Year Ended March 31, 2030\nMay 10, 2030\n"
                  "Company name: Hayate Tsushin Co., Ltd.\n(4) Number of shares issued (common stock)\n"
                  "(i) Number of shares issued at end of period (including treasury stock): "
                  "As of March 31, 2030: 12,000,000 shares As of March 31, 2029: 11,500,000 shares\n"
                  "(ii) Number of treasury stock at end of period: As of March 31, 2030: 3,400 shares "
                  "As of March 31, 2029: 3,300 shares\n"
                  "(iii) Average number of shares during the period: Fiscal year ended March 31, 2030: 11,800,000 shares\n")


@pytest.mark.parametrize("text, years", [(TANSHIN_SHARES, ("2018", "2017")), (ENGLISH_SHARES, ("2030", "2029"))])
def test_tanshin_share_counts(text: str, years: tuple[str, str]) -> None:
    """The issued count (treasury shares included) is SharesOutstanding, the treasury count
    TreasurySharesHeld, each at its period's end; the average has no concept."""
    this, last = years
    assert _share_facts(text) == {
        ("SharesOutstanding", "12000000", f"{this}-03-31"), ("SharesOutstanding", "11500000", f"{last}-03-31"),
        ("TreasurySharesHeld", "3400", f"{this}-03-31"), ("TreasurySharesHeld", "3300", f"{last}-03-31")}


def test_flattened_share_counts_are_no_facts() -> None:
    """The periods' headings printed together before the counts: which count is whose is not
    said, so none is reported."""
    flattened = TANSHIN_SHARES.split("①")[0] + \
        "① 期末発行済株式数(自己株式を含む) 30年3月期 29年3月期 12,000,000 株 11,500,000 株\n"
    assert _share_facts(flattened) == set()


@pytest.mark.parametrize("head, sentence, value, period", [
    # a comparative period heading the measure: the figure is that period's, not the text's own
    ("2030年5月10日\n株式会社ハヤテ通信\n2030年3月期の売上高は1兆2,345億円。", "前年同期の売上高は1兆993億円でした。",
     "1099300000000", "2028-04-01/2029-03-31"),
    ("2030年5月10日\n株式会社ハヤテ通信\n2030年3月期の売上高は1兆2,345億円。", "前期の売上高は1兆993億円でした。",
     "1099300000000", "2028-04-01/2029-03-31"),
    ("2030年2月10日\n株式会社ハヤテ通信\n2030年3月期第3四半期の売上高は1兆2,345億円。", "前年同期の売上高は9,993億円でした。",
     "999300000000", "2028-04-01/2028-12-31"),
])
def test_comparative_period_heading_a_measure(head: str, sentence: str, value: str, period: str) -> None:
    facts = _facts(head + sentence + "\n")
    assert ("Revenues", value, period) in facts
    assert sum(1 for concept, _, _ in facts if concept == "Revenues") == 2


def test_prior_fiscal_year_of_a_quarter_is_no_period() -> None:
    """前期 beside a quarter's figures is the fiscal year before, which the text does not date:
    its figure is left out, not put on the quarter a year back nor on the text's own."""
    text = ("2030年2月10日\n株式会社ハヤテ通信\n2030年3月期第3四半期の売上高は1兆2,345億円。"
            "前期の売上高は1兆993億円でした。\n")
    assert not any(value == "1099300000000" for _, value, _ in _facts(text))


def test_note_figure_change_is_not_the_headings_measure() -> None:
    """A flattened summary: the line items' headings, their figures, then the note of
    comprehensive income, "812百万円 (△91.7%)": that change is the note's amount's, not the
    change of the last line item the headings named (経常利益)."""
    text = ("2030年3月期 第3四半期決算短信〔日本基準〕(連結) 2030年2月2日 上場会社名 株式会社ハヤテ通信 "
            "1. 2030年3月期第3四半期の連結業績(2029年4月1日~2029年12月31日) (1) 連結経営成績(累計) 売上高 "
            "30年3月期第3四半期 29年3月期第3四半期 (注)包括利益 (%表示は、対前年同四半期増減率) 営業利益 "
            "経常利益 百万円 % 百万円 % 百万円 % 111,111 122,222 △9.1 1.2 5,555 6,666 △16.7 2.3 "
            "4,444 5,555 △20.0 3.4 30年3月期第3四半期 812百万円 (△91.7%) 29年3月期第3四半期 13,130百万円 (176.2%)\n")
    (converted,) = convert_text(text, "tanshin.txt")
    assert not [f for f in converted.instance.facts if f.value in ("-0.917", "1.762")]
