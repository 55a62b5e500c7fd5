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
