"""The dollar of a bare 元 ("營收1,234.5億元", "每股盈餘3.21元"): the New Taiwan dollar, the renminbi
or the Hong Kong dollar as the document tells it (a currency named anywhere in it, else the wording
of one market's financial press), never the yuan by default; untold, the amounts stay unmapped with
the reason. Every company, figure and sentence is invented; the wording is that of Taiwanese,
mainland and Hong Kong financial news.
"""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.yuan_currency import OTHER_BASIS, UNTOLD, document_yuan
from converter.pipeline import convert_bytes


def converted(text: str):
    return convert_bytes(text.encode("utf-8"), "news.txt")[0]


def units(text: str) -> dict[str, str | None]:
    """concept -> unit of each amount fact of ``text``."""
    return {f.concept: f.unit_id for f in converted(text).instance.facts if f.unit_id}


# Taiwanese wording (法說會, 每股盈餘, 稅後純益), no currency named
TW_WORDING = ("瀚碧電子（9999）今日召開法說會，公布第三季財報。第三季合併營收為1,234.5億元，季增5%，"
              "稅後純益為321.4億元，每股盈餘為3.21元。\n")
# 新台幣 named once, the other amounts bare
TW_NAMED = ("瀚碧光電公布第三季營運成果，營收新台幣456.7億元，較上季成長2.1%，"
            "營業利益88.12億元，稅後淨利為65.4億元，稅後每股盈餘為1.1元。\n")
# simplified, mainland wording
CN_WORDING = "华远新材今日公布第三季度业绩，营业收入为42.7亿元，净利润为4.26亿元，基本每股收益为0.52元。\n"
# nothing tells the dollar
UNTOLD_TEXT = "翠嶺精機今日公布第三季業績，營業收入為52.3億元，淨利為6.4億元。\n"


@pytest.mark.parametrize("text, unit", [
    (TW_WORDING, "u-TWD"),
    (TW_NAMED, "u-TWD"),
    (CN_WORDING, "u-CNY"),
])
def test_bare_yuan_amounts_are_in_the_dollar_the_document_tells(text: str, unit: str) -> None:
    found = units(text)
    assert found["Revenues"] == unit and found["NetIncomeLoss"] == unit
    assert found["EarningsPerShareBasic"] == f"{unit}-per-shares"


def test_an_untold_dollar_leaves_the_amounts_unmapped_with_the_reason() -> None:
    c = converted(UNTOLD_TEXT)
    assert not [f for f in c.instance.facts if f.unit_id]
    assert {(m.text, m.reason) for m in c.extraction.unmapped} >= {("52.3億元", UNTOLD), ("6.4億元", UNTOLD)}


def test_a_sentence_counted_in_another_currency_keeps_its_bare_yuan_out() -> None:
    text = ("瀚碧電子今日召開法說會，第一季合併營收約為新台幣2,345.6億元，每股盈餘為4.56元。\n"
            "以美元計算，第一季營收為765億元，較去年同期增長10.2%。\n")
    c = converted(text)
    revenues = {(f.value, f.unit_id) for f in c.instance.facts if f.concept == "Revenues"}
    assert revenues == {("234560000000", "u-TWD")}
    assert ("765億元", OTHER_BASIS) in {(m.text, m.reason) for m in c.extraction.unmapped}


@pytest.mark.parametrize("text, code", [
    ("稅後純益612億元，每股純益6.83元", "TWD"),  # Taiwanese wording
    ("(1234-TW) 今日公布營收 812.3 億元", "TWD"),  # a Taiwanese ticker
    ("營收新台幣88.6億元，淨利9.4億元", "TWD"),  # named once
    ("营业收入427亿元，每股收益0.52元", "CNY"),  # mainland wording
    ("营业额5亿港元，同比增长12%，纯利1.2亿元", "HKD"),  # a named dollar before the wording
    ("營收5億元", None),  # nothing told
    ("人民幣2億元，每股純益1元", None),  # Taiwanese wording naming the renminbi: either
    ("新台幣3億元，人民幣2億元，淨利1億元", None),  # two dollars named
    ("每股盈餘1元，每股收益2元", None),  # the wordings of two markets
    ("no yuan here: NT$5", None),
])
def test_document_yuan(text: str, code: str | None) -> None:
    assert document_yuan(text) == code
