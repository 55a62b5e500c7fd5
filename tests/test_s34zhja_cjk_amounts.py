"""Amounts written in Chinese numerals ("港幣三億零五百萬元") and in Hong Kong cents ("12.5港仙"),
as Hong Kong announcements in Chinese state results: read as amounts, and a sentence of them binds
as the same sentence in digits does. Companies and figures are invented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factlib import facts

from converter.parse.amounts import find_amounts
from converter.parse.cjk_amounts import cjk_amount
from converter.pipeline import convert_text


@pytest.mark.parametrize(("text", "value", "currency", "decimals"), [
    ("港幣三十億四千八百萬元", "3048000000", "HKD", -6),
    ("港幣一億四千萬元", "140000000", "HKD", -7),
    ("港币二十三亿九千三百万元", "2393000000", "HKD", -6),  # simplified
    ("人民幣二千零五十萬元", "20500000", "CNY", -5),  # 零 for the skipped hundreds
    ("港幣四億零五百萬元", "405000000", "HKD", -6),  # 零 after a group
    ("新台幣七千二百萬元", "72000000", "TWD", -6),
    ("港幣一萬零五百元", "10500", "HKD", -2),
    ("12.1港仙", "0.121", "HKD", 3),
    ("11港仙", "0.11", "HKD", 2),
])
def test_amounts(text: str, value: str, currency: str, decimals: int) -> None:
    amount = cjk_amount(text)
    assert amount is not None and (amount.value, amount.currency, amount.decimals) == (Decimal(value), currency, decimals)


@pytest.mark.parametrize("text", [
    "三十億元",  # no currency: 元 alone is the yuan, the NT dollar or the Hong Kong dollar
    "港幣千元",  # a table's unit caption
    "港幣百萬元",
    "港幣二百五萬元",  # the colloquial 250: not read
    "港幣五萬六億元",  # groups out of order
    "港幣十十億元",
])
def test_not_amounts(text: str) -> None:
    assert cjk_amount(text) is None


@pytest.mark.parametrize("text", [
    pytest.param("港幣十萬元", marks=pytest.mark.xfail(strict=True, reason="a group with no digit is read as a unit caption")),
    pytest.param("三十億港元", marks=pytest.mark.xfail(strict=True, reason="numerals before the currency word are not read")),
    pytest.param("港幣3千萬元", marks=pytest.mark.xfail(strict=True, reason="digits mixed into the numerals are not read")),
])
def test_known_limits(text: str) -> None:
    assert cjk_amount(text) is not None


def test_amounts_in_running_text() -> None:
    found = [(a.text, a.value) for a in find_amounts("盈利為港幣三億零五百萬元,較去年同期之港幣二億八千萬元;每股盈利8.5港仙")]
    assert found == [("港幣三億零五百萬元", Decimal("305000000")), ("港幣二億八千萬元", Decimal("280000000")),
                     ("8.5港仙", Decimal("0.085"))]


RELEASE = """星輝置業集團有限公司(01234):二零三一年中期業績公布

星輝置業集團有限公司公布,集團截至二零三一年六月三十日止六個月內,股東應佔溢利為港幣三億零五百萬元,較去年同期之港幣二億八千萬元增加9%。每股盈利為12.5港仙。
"""


def test_a_release_in_numerals_gives_its_results() -> None:
    (converted,) = convert_text(RELEASE, "release.txt")
    got = {(f.concept, f.value, f.period) for f in facts(converted)
           if f.concept in ("NetIncomeLoss", "EarningsPerShareBasic")}
    assert got == {("NetIncomeLoss", "305000000", "2031-01-01/2031-06-30"),
                   ("NetIncomeLoss", "280000000", "2030-01-01/2030-06-30"),
                   ("EarningsPerShareBasic", "0.125", "2031-01-01/2031-06-30")}


def test_an_underlying_profit_in_numerals_stays_unmapped() -> None:
    text = RELEASE.replace("股東應佔溢利", "股東應佔基礎盈利")
    (converted,) = convert_text(text, "release.txt")
    assert not [f for f in facts(converted) if f.concept == "NetIncomeLoss"]
