"""Results releases that state their figures on two bases (invented companies and figures): a
block under a non-GAAP / non-IFRS heading or lead-in ("On a non-GAAP basis:", "Non-GAAP Results",
"按非國際財務報告準則：") is no reported figure, the block of the reported basis is; a measure
named "Non-GAAP ..." is no reported measure either, and its words name no segment."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text


def _convert(text: str):  # type: ignore[no-untyped-def]
    (converted,) = convert_text(text, "release.txt", date=None)
    return converted


def _figures(converted) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(f.concept, f.value, f.unit) for f in facts(converted) if f.unit is not None}


def _unmapped(converted, figure: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.reason for m in converted.extraction.unmapped if m.text == figure]


HEAD = """Hanbit Media Holdings Announces Third Quarter 2009 Unaudited Results

SEOUL, Korea, November 10, 2009 -- Hanbit Media Holdings Limited (NASDAQ: HNBM) today reported unaudited figures for the three months ended September 30, 2009.

Third Quarter 2009 Highlights

"""

ADJUSTED_LIST = """On a non-GAAP basis:
- Operating income increased 20.5% year-over-year to RMB410.2 million.
- Net income was RMB380.4 million, up 18.0% year-over-year.
"""

REPORTED_LIST = """On a GAAP basis:
- Operating income increased 15.1% year-over-year to RMB350.6 million.
- Net income was RMB320.9 million, up 12.2% year-over-year.
"""

AFTER = """
Total net revenues increased 25.3% year-over-year to RMB1,020.5 million.
"""


@pytest.mark.parametrize("body", [ADJUSTED_LIST + "\n" + REPORTED_LIST + AFTER,
                                  REPORTED_LIST + "\n" + ADJUSTED_LIST + AFTER],
                         ids=["adjusted-first", "reported-first"])
def test_a_non_gaap_lead_in_leaves_its_list_out(body: str) -> None:
    converted = _convert(HEAD + body)
    found = _figures(converted)
    assert ("OperatingIncomeLoss", "350600000", "iso4217:CNY") in found
    assert ("NetIncomeLoss", "320900000", "iso4217:CNY") in found
    assert ("OperatingIncomeLossPercentChange", "0.151", "xbrli:pure") in found
    assert not {f for f in found if f[1] in ("410200000", "380400000", "0.205", "0.18")}
    assert any("non-GAAP basis" in r for r in _unmapped(converted, "RMB410.2 million"))
    # the paragraph after the lead-in's list is no item of it: the revenue is read
    assert ("Revenues", "1020500000", "iso4217:CNY") in found


RUN_ON = """  --  On a non-GAAP basis, which excludes share-based compensation and other one-time items: -  Operating
      income was RMB410.2 million, an increase of 20.5% year-over-year. -  Net income was
      RMB380.4 million, up 18.0% year-over-year.

  --  On a GAAP basis: -  Operating income was RMB350.6 million, an increase of 15.1%
      year-over-year. -  Net income was RMB320.9 million, up 12.2% year-over-year.
"""


def test_a_lead_in_run_on_into_its_first_item_leaves_its_list_out() -> None:
    """A web copy runs the lead-in and its items together ("...items: -  Operating income was
    ..."): the lead-in still opens its block, which its first item's figures are in."""
    found = _figures(_convert(HEAD + RUN_ON))
    assert ("OperatingIncomeLoss", "350600000", "iso4217:CNY") in found
    assert ("NetIncomeLoss", "320900000", "iso4217:CNY") in found
    assert not {f for f in found if f[1] in ("410200000", "380400000", "0.205", "0.18")}


SECTIONS = """Non-GAAP Financial Results

Operating income for the third quarter was RMB410.2 million, an increase of 20.5% year-over-year.

Net income for the third quarter was RMB380.4 million.

GAAP Financial Results

Operating income for the third quarter was RMB350.6 million, an increase of 15.1% year-over-year.

Net income for the third quarter was RMB320.9 million.
"""


def test_a_non_gaap_heading_leaves_its_section_out() -> None:
    found = _figures(_convert(HEAD + SECTIONS))
    assert {("OperatingIncomeLoss", "350600000", "iso4217:CNY"), ("NetIncomeLoss", "320900000", "iso4217:CNY")} <= found
    assert not {f for f in found if f[1] in ("410200000", "380400000", "0.205")}


CHINESE = """翰林科技控股有限公司公佈二零一九年第二季度未經審核財務業績

中國北京，二零一九年八月十五日 — 翰林科技控股有限公司（納斯達克：HLKJ）今日公佈截至二零一九年六月三十日止第二季度之未經審核財務業績。

非公認會計準則財務業績

淨利潤為人民幣401.2百萬元，較去年同期增長25.6%。

美國公認會計準則財務業績

淨利潤為人民幣350.8百萬元，較去年同期增長18.9%。
"""


def test_a_chinese_non_gaap_heading_leaves_its_section_out() -> None:
    found = _figures(_convert(CHINESE))
    assert ("NetIncomeLoss", "350800000", "iso4217:CNY") in found
    assert not {f for f in found if f[1] in ("401200000", "0.256")}


INLINE = """- Non-GAAP operating income increased 20.5% year-over-year to RMB410.2 million.
- Operating income increased 15.1% year-over-year to RMB350.6 million.
- On a non-GAAP basis, net income was RMB380.4 million, up 18.0% year-over-year.
- Net income was RMB320.9 million, up 12.2% year-over-year.
- Non-IFRS net profit reached RMB300.1 million, up 9.9% year-over-year.
- Non-GAAP(2) diluted earnings per ADS reached RMB5.05.
"""


def test_a_non_gaap_measure_or_clause_is_no_reported_figure() -> None:
    converted = _convert(HEAD + INLINE)
    found = _figures(converted)
    assert {("OperatingIncomeLoss", "350600000", "iso4217:CNY"), ("NetIncomeLoss", "320900000", "iso4217:CNY")} <= found
    assert not {f for f in found if f[1] in ("410200000", "380400000", "300100000", "5.05", "0.205", "0.18")}
    # "Non-IFRS" names no segment: no fact on a segment at all
    assert not [f for f in facts(converted) if any(axis == "SegmentAxis" for axis, _ in f.dimensions)]


FOOTNOTED = """Total revenues were RMB1,020.5 million, an increase of 25.3% over the third quarter of 2008.
Operating income was RMB350.6 million, an increase of 15.1% year-over-year.
On a non-GAAP[2] basis, that is before the amortization of acquired intangibles:
- Operating income was RMB410.2 million, an increase of 20.5% year-over-year.
- Diluted earnings per share were RMB5.05.

[2] Non-GAAP figures leave out the amortization of acquired intangibles.
"""


def test_a_lead_in_with_a_footnote_and_what_it_leaves_out_opens_a_block() -> None:
    converted = _convert(HEAD + FOOTNOTED)
    found = _figures(converted)
    assert {("OperatingIncomeLoss", "350600000", "iso4217:CNY"), ("Revenues", "1020500000", "iso4217:CNY")} <= found
    assert not {f for f in found if f[1] in ("410200000", "5.05", "0.205")}
    assert any("non-GAAP[2] basis" in r for r in _unmapped(converted, "RMB410.2 million"))


def test_a_chinese_non_gaap_heading_in_latin_letters_opens_a_block() -> None:
    text = CHINESE.replace("非公認會計準則財務業績", "非GAAP財務業績")
    found = _figures(_convert(text))
    assert ("NetIncomeLoss", "350800000", "iso4217:CNY") in found
    assert not {f for f in found if f[1] in ("401200000", "0.256")}


def test_a_sentence_on_the_reported_basis_ends_the_block() -> None:
    text = HEAD + ("Non-GAAP Financial Results\n\nOperating income for the third quarter was RMB410.2 million.\n"
                   "On a GAAP basis, operating income for the third quarter was RMB350.6 million.\n")
    found = _figures(_convert(text))
    assert ("OperatingIncomeLoss", "350600000", "iso4217:CNY") in found
    assert not {f for f in found if f[1] == "410200000"}


def test_a_short_chinese_sentence_of_a_non_gaap_figure_opens_no_block() -> None:
    # a sentence with no stop a heading lacks, but it states a figure: no heading, the next one is read
    text = CHINESE.split("非公認會計準則財務業績")[0] + (
        "非公認會計準則淨利潤為人民幣401.2百萬元。淨利潤為人民幣350.8百萬元，較去年同期增長18.9%。\n")
    found = _figures(_convert(text))
    assert ("NetIncomeLoss", "350800000", "iso4217:CNY") in found
