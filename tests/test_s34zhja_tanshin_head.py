"""A kessan tanshin whose header a web copy ran onto one line ("平成30年5月11日 上場会社名 株式会社X
上場取引所 東 コード番号 ..."): the registrant is the 株式会社 name after the label, as on a header
of lines; a name spaced out after its legal form is no name. Companies are invented."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

HEAD = ("平成30年5月11日 上場会社名 {name} 上場取引所 東 コード番号 9876 URL http://www.example.co.jp/ "
        "代表者 (役職名) 代表取締役社長 (氏名) 山田 太郎\n")


@pytest.mark.parametrize(("name", "registrant"), [
    ("株式会社カナデ", "株式会社カナデ"),
    ("カナデ電機株式会社", "カナデ電機株式会社"),
    ("株式会社 カナデ 電機", None),  # spaced out: the form alone is no name
])
def test_registrant_of_a_header_run_onto_one_line(name: str, registrant: str | None) -> None:
    (converted,) = convert_text(HEAD.format(name=name), "tanshin.txt")
    names = {f.value for f in facts(converted) if f.concept == "EntityRegistrantName"}
    assert names == ({registrant} if registrant else set())


# the summary of an invented company, flattened row after row as the header above it
SUMMARY = HEAD.format(name="株式会社カナデ") .rstrip("\n") + (
    " (1) 連結経営成績 (%表示は対前期増減率) 売上高 営業利益 経常利益 親会社株主に帰属する当期 純利益"
    " 百万円 % 百万円 % 百万円 % 百万円 % 30年3月期 12,100 10.0 1,320 20.0 1,430 10.0 550 △50.0"
    " 29年3月期 11,000 1.0 1,100 △5.0 1,300 2.0 1,100 3.0 (注)包括利益 30年3月期 700百万円\n")


def test_a_summary_flattened_row_after_row() -> None:
    (converted,) = convert_text(SUMMARY, "tanshin.txt")
    got = {(f.concept, f.value, f.period) for f in facts(converted)
           if f.concept in ("Revenues", "OperatingIncomeLoss", "OrdinaryIncomeLoss", "NetIncomeLoss")}
    assert got == {
        ("Revenues", "12100000000", "2017-04-01/2018-03-31"), ("Revenues", "11000000000", "2016-04-01/2017-03-31"),
        ("OperatingIncomeLoss", "1320000000", "2017-04-01/2018-03-31"),
        ("OperatingIncomeLoss", "1100000000", "2016-04-01/2017-03-31"),
        ("OrdinaryIncomeLoss", "1430000000", "2017-04-01/2018-03-31"),
        ("OrdinaryIncomeLoss", "1300000000", "2016-04-01/2017-03-31"),
        ("NetIncomeLoss", "550000000", "2017-04-01/2018-03-31"), ("NetIncomeLoss", "1100000000", "2016-04-01/2017-03-31"),
    }


def test_a_flattened_summary_with_an_item_missing_is_not_read() -> None:
    text = SUMMARY.replace(" 経常利益", "")  # three items over four unit pairs: which is whose is not told
    (converted,) = convert_text(text, "tanshin.txt")
    assert not [f for f in facts(converted) if f.concept in ("Revenues", "OperatingIncomeLoss")]


# the same summary as a PDF's text layer gives it: a line item's name broken over the header's
# lines, a row a line, "―" where a change is not meaningful (a quarter's; invented figures)
SUMMARY_LINES = (
    "2020年3月期 第1四半期決算短信〔日本基準〕(連結)\n上場会社名 株式会社カナデ 上場取引所 東\n"
    "1. 2020年3月期第1四半期の連結業績(2019年4月1日∼2019年6月30日)\n"
    "(1) 連結経営成績(累計) (%表示は、対前年同四半期増減率)\n"
    "親会社株主に帰属する\n売上高 営業利益 経常利益\n四半期純利益\n"
    "百万円 % 百万円 % 百万円 % 百万円 %\n"
    "2020年3月期第1四半期 3,300 10.0 120 ― 150 ― 90 12.5\n"
    "2019年3月期第1四半期 3,000 △5.0 △40 ― 6 △80.0 80 ―\n"
    "(注)包括利益 2020年3月期第1四半期 300百万円 (―%)\n")


@pytest.mark.parametrize("indent", ["", "  "])  # (the units' line indented as a copy may leave it)
def test_a_summary_run_over_lines(indent: str) -> None:
    (converted,) = convert_text(SUMMARY_LINES.replace("\n百万円 %", "\n" + indent + "百万円 %"), "tanshin.txt")
    got = {(f.concept, f.value, f.period) for f in facts(converted)
           if f.concept in ("Revenues", "OperatingIncomeLoss", "OrdinaryIncomeLoss", "NetIncomeLoss")}
    now, before = "2019-04-01/2019-06-30", "2018-04-01/2018-06-30"
    assert got == {
        ("Revenues", "3300000000", now), ("Revenues", "3000000000", before),
        ("OperatingIncomeLoss", "120000000", now), ("OperatingIncomeLoss", "-40000000", before),
        ("OrdinaryIncomeLoss", "150000000", now), ("OrdinaryIncomeLoss", "6000000", before),
        ("NetIncomeLoss", "90000000", now), ("NetIncomeLoss", "80000000", before),
    }


def test_a_summary_run_over_lines_with_a_row_short_of_figures_is_not_read() -> None:
    text = SUMMARY_LINES.replace(" 150 ― 90 12.5", " 150 ― 90")  # a cell lost: which figure is whose is not told
    (converted,) = convert_text(text, "tanshin.txt")
    assert not [f for f in facts(converted) if f.concept in ("Revenues", "OperatingIncomeLoss")]


# the financial position under it: a unit per line item, an instant at each row's period's end;
# 純資産 (non-controlling interests included) and 自己資本比率 have no concept: unmapped
POSITION_LINES = SUMMARY_LINES + (
    "(2) 連結財政状態\n総資産 純資産 自己資本比率\n百万円 百万円 %\n"
    "2020年3月期第1四半期 9,800 6,100 61.5\n2019年3月期 9,500 6,000 62.0\n"
    "(参考)自己資本 2020年3月期第1四半期 6,030百万円\n")


def test_the_financial_position_run_over_lines() -> None:
    (converted,) = convert_text(POSITION_LINES, "tanshin.txt")
    got = {(f.concept, f.value, f.period) for f in facts(converted)
           if f.concept in ("Assets", "StockholdersEquity")}
    assert got == {("Assets", "9800000000", "2019-06-30"), ("Assets", "9500000000", "2019-03-31")}


@pytest.mark.parametrize("header", [
    "総資産 純資産 自己資本比率 1株当たり純資産\n百万円 百万円 % 円 銭\n",  # per-share yen after the run: its rows are not next
    "総資産 自己資本比率\n百万円 百万円 %\n",  # an item short of the units
])
def test_a_financial_position_not_told_is_not_read(header: str) -> None:
    text = POSITION_LINES.replace("総資産 純資産 自己資本比率\n百万円 百万円 %\n", header)
    (converted,) = convert_text(text, "tanshin.txt")
    assert not [f for f in facts(converted) if f.concept == "Assets"]
