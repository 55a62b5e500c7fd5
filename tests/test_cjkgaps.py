"""Japanese, Chinese and Taiwanese documents: dates in Chinese numerals, Chinese code labels, headers
listing several exchanges, par values before their words or under Chinese labels. Documents of our
own under tests/data/cjkgaps/ (invented companies, codes and figures), converted end to end and
loaded by Arelle; the phrasings one per row."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arelle_support import assert_arelle_clean
from converter.extract.mechanisms.listings import codes
from converter.extract.mechanisms.par_values import par_values
from converter.parse.amounts import find_amounts
from converter.pipeline import convert_bytes, write_converted
from factlib import DATA, FactView, convert_one, facts

CJKGAPS = DATA / "cjkgaps"


def _facts(name: str) -> list[FactView]:
    return facts(convert_one(CJKGAPS / name))


def _listings(views: list[FactView]) -> list[tuple[str | None, str | None]]:
    """(symbol, exchange) per SecurityListingAxis member, in member order."""
    members: dict[str, dict[str, str]] = {}
    for f in views:
        axis = dict(f.dimensions).get("SecurityListingAxis")
        if axis and f.concept in ("TradingSymbol", "SecurityExchangeName"):
            members.setdefault(axis, {})[f.concept] = f.value
    return [(m.get("TradingSymbol"), m.get("SecurityExchangeName")) for _, m in sorted(members.items(), key=lambda i: int(i[0]))]


def _first(views: list[FactView], concept: str) -> FactView:
    found = [f for f in views if f.concept == concept and not f.dimensions]
    assert len(found) == 1, (concept, found)
    return found[0]


@pytest.mark.parametrize("name, date, listings, par", [
    # ROC date in numerals (中華民國九十三年十一月十二日), TWSE company code, one exchange listed
    ("tw-notice-roc-numerals.txt", "2004-11-12", [("2468", "臺灣證券交易所")], ("10", "iso4217:TWD/xbrli:shares", "0")),
    # date at the foot in numerals (二〇〇五年七月二十八日); a Shanghai code, the Hong Kong exchange
    # listed too (its codes have at most five digits: a member with its name only)
    ("cn-notice-numeral-date.txt", "2005-07-28", [("600771", "上海证券交易所"), (None, "香港联合交易所")], None),
    # 香港，二〇〇六年三月二十日 at the foot; 股份代號 with no exchange named; 每股面值港幣0.10元
    ("hk-announcement-stock-code.txt", "2006-03-20", [("2977", None)], ("0.1", "iso4217:HKD/xbrli:shares", "2")),
    # 東証・名証: one Japanese code on both exchanges; 1株当たり額面金額 50円
    ("ja-tanshin-two-exchanges.txt", "2005-05-13", [("7321", "東証"), ("7321", "名証")], ("50", "iso4217:JPY/xbrli:shares", "0")),
    # NT$10 par value common shares (the amount before its words)
    ("tw-exhibit-par-value-en.txt", None, [("2468", None)], ("10", "iso4217:TWD/xbrli:shares", "0")),
])
def test_documents(name: str, date: str | None, listings: list, par: tuple[str, str, str] | None) -> None:
    views = _facts(name)
    dates = [f.value for f in views if f.concept == "DocumentDate"]
    assert dates == ([date] if date else [])
    assert _listings(views) == listings
    pars = [(f.value, f.unit, f.decimals) for f in views if f.concept == "CommonStockParValuePerShare"]
    assert pars == ([par] if par else [])


@pytest.mark.parametrize("name, revenue, period", [
    ("tw-notice-roc-numerals.txt", "1260000000", "2004-07-01/2004-09-30"),  # 九十三年第三季
    ("cn-notice-numeral-date.txt", "4580000000", "2005-01-01/2005-06-30"),  # 二〇〇五年上半年
    ("hk-announcement-stock-code.txt", "1860000000", "2005-01-01/2005-12-31"),  # 截至二〇〇五年十二月三十一日止年度
])
def test_figures_dated_by_numeral_years(name: str, revenue: str, period: str) -> None:
    got = [(f.value, f.period) for f in _facts(name) if f.concept == "Revenues"]
    assert got == [(revenue, period)]


def test_hong_kong_dollars_before_a_figure() -> None:
    """港幣 before the figure names the Hong Kong dollar (元 after it is not the yuan then)."""
    assert [(a.currency, a.value) for a in find_amounts("營業額為港幣18.6億元")] == [("HKD", Decimal("1860000000"))]
    assert _first(_facts("hk-announcement-stock-code.txt"), "CommonStockParValuePerShare").unit == "iso4217:HKD/xbrli:shares"


@pytest.mark.parametrize("name", ["tw-notice-roc-numerals", "cn-notice-numeral-date", "hk-announcement-stock-code",
                                  "ja-tanshin-two-exchanges", "tw-exhibit-par-value-en"])
def test_arelle_loads_them_clean(name: str, tmp_path) -> None:
    path = CJKGAPS / f"{name}.txt"
    for xml in write_converted(convert_bytes(path.read_bytes(), path.name), tmp_path):
        assert_arelle_clean(xml)


@pytest.mark.parametrize("text, expected", [
    ("股票代码：600123", [(None, "600123")]),
    ("证券代码：000456        证券简称：某某股份", [(None, "000456")]),
    ("公司代號：2468\n公司名稱：某某公司", [(None, "2468")]),
    ("（股份代號：88）", [(None, "88")]),  # a short Hong Kong code: the label says it is a stock's
    ("證券代號：5432\n上市地點：臺灣證券交易所", [("臺灣證券交易所", "5432")]),
    ("A股代码：600123\n股票上市地点：上海证券交易所、香港联合交易所",
     [("上海证券交易所", "600123"), ("香港联合交易所", "")]),
    ("H股代码：00987\n股票上市地点：上海证券交易所、香港联合交易所",
     [("香港联合交易所", "00987"), ("上海证券交易所", "")]),
    ("股票代码：000456\n股票上市交易所：深圳证券交易所", [("深圳证券交易所", "000456")]),
    ("上場取引所　東証第一部・大証第一部\nコード番号　9999", [("東証第一部", "9999"), ("大証第一部", "9999")]),
    ("上場取引所：東京証券取引所市場第一部、名古屋証券取引所市場第一部\n証券コード：9999",
     [("東京証券取引所市場第一部", "9999"), ("名古屋証券取引所市場第一部", "9999")]),
    ("上場取引所　東 大 名\nコード番号　9999", [("東", "9999"), ("大", "9999"), ("名", "9999")]),
    ("上場取引所　ジャスダック\nコード番号　9999", [("ジャスダック", "9999")]),
    ("郵遞區號：10617", []),  # a postal code has no code label of a stock
    ("代號：12", []),  # no stock's label
    pytest.param("上海证券交易所股票代码：600123", [("上海证券交易所", "600123")],
                 marks=pytest.mark.xfail(strict=True, reason="an exchange named before the code label (no listing label) is not read")),
])
def test_code_phrasings(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert [(x.exchange, x.symbol) for x in codes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("registered share certificates, NT10 par value stocks", [("10", "TWD")]),
    ("30,000,000 NT$10 par value common shares", [("10", "TWD")]),
    ("ordinary shares of US$0.01 par value each", []),  # 'each', no word of shares after: left to the 20-F reader
    ("US$0.01 par value ordinary shares", [("0.01", "USD")]),
    ("NTD10 par value common stock", [("10", "TWD")]),
    ("每股面額新台幣10元", [("10", "TWD")]),
    ("普通股每股面值人民币1.00元", [("1.00", "CNY")]),
    ("每股面值港幣0.10元之普通股", [("0.10", "HKD")]),
    ("發行面額新台幣10元之普通股", [("10", "TWD")]),
    ("1株の額面金額50円", [("50", "JPY")]),
    ("US$100,000 par value of the bonds", []),  # a bond's face amount
    ("每張面額新台幣100,000元之可轉換公司債", []),  # per bond (每張), not per share
    ("Windows NT 4.0 par value", []),  # NT alone is no currency, and no word of shares follows
    ("NT$5 billion par value shares", []),  # a figure with a scale is no par value
    pytest.param("每股面額新台幣壹拾元", [("10", "TWD")],
                 marks=pytest.mark.xfail(strict=True, reason="financial numerals (壹拾) are not read")),
])
def test_par_value_phrasings(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(p.value), p.currency) for p in par_values(text)] == expected
