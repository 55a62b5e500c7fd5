"""Whose figures a story about several companies states (continued): Korean subjects named
whatever their words, a digest's item headings, a market's aggregates, thresholds.

Invented texts written in the layouts of such news: Korean serial paragraphs whose companies
carry no stock code nor a word of their trade ("가온SDI의 3분기 영업이익은", "한울글로비스는 올
3분기 ... 영업이익이", a subject after the words qualifying it: "... 신고가를 기록했던 XYZ는"); a
segment named as where a figure was made ("전지 사업 부문에서 ... 매출을 올렸다"); an English
digest of several companies' results, one item heading each; a market's aggregate ("the combined
net profit of 420 out of 512 firms that close their books on Dec. 31", "the KOSPI-listed
companies' net profit", "코스피 상장사들의 순이익은"); and a threshold crossed ("10조원을 돌파",
"the Rs 1,000 crore mark").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_multico_subjects import _facts, _whole  # noqa: E402  (a figure's company and segment, read alike)
from test_press_release import context, extract_press_release  # noqa: E402


# -- Korean subjects named whatever their words ---------------------------------------------------

SERIAL = ("LK생활은 3분기 영업이익이 1,385억원으로 작년 동기대비 11.4% 늘었다고 23일 밝혔다. 같은 기간 매출은 "
          "1조2,174억원으로 지난해 같은 기간보다 8.6% 늘었다.\n"
          "한울글로비스는 올 3분기 연결재무제표 기준 영업이익이 1,542억원으로 작년 같은 기간보다 12.7% 증가했다. "
          "같은 기간 매출액은 2조9,816억원으로 작년 동기 대비 10.2% 증가했다.\n"
          "태양광 업황이 회복될 것이란 기대감에 최근 52주 신고가를 기록했던 XYZ는 3분기 영업이익이 적자로 전환했다. "
          "XYZ는 3분기 연결재무제표 기준 영업손실이 483억원으로 지난해 같은 기간 대비 적자전환했다고 밝혔다. "
          "XYZ는 지난 2분기에는 3,210억원의 매출에 162억원의 영업이익을 기록했지만 당기순익은 1,594억원 순손실을 "
          "기록했었다.\n")


def test_serial_paragraphs_of_companies_named_by_no_trade_word() -> None:
    """"한울글로비스는 올 3분기 ... 영업이익이", "XYZ는 지난 2분기에는 3,210억원의 매출에": the
    subject of a sentence stating results is a company whatever its name's words; its
    paragraph's figures are its own, not the registrant's."""
    found, facts = _facts(SERIAL, "LK생활")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("138500000000")}
    assert _whole(facts, "Revenues") == {Decimal("1217400000000")}
    assert not _whole(facts, "NetIncomeLoss")
    assert ("Revenues", Decimal("321000000000"), "XYZ", None) in facts
    assert ("Revenues", Decimal("2981600000000"), "한울글로비스", None) in facts


POSSESSIVE = ("대한항운은 27일 3분기 영업이익이 전년 동기 대비 231.4% 급증한 3217억원을 기록했다고 공시했다. "
              "매출 역시 24.5% 늘어난 2조8734억원을 나타냈다.\n"
              "가온SDI의 3분기 영업이익은 1164억원으로 전년 동기 대비 5.3%,순이익은 1438억원으로 58.9% 늘어났다. "
              "회사 측은 \"전지 사업 부문에서 사상 최대인 5700억원의 매출을 올렸다\"고 밝혔다.\n")


def test_a_korean_possessive_subject_and_a_segment_where_a_figure_was_made() -> None:
    """"가온SDI의 3분기 영업이익은": another company's figures; "전지 사업 부문에서 ... 5700억원의
    매출": the revenue of a part of its business, none of a company as a whole."""
    found, facts = _facts(POSSESSIVE, "대한항운")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("321700000000")}
    assert not _whole(facts, "NetIncomeLoss") and not _whole(facts, "NetIncomeLossPercentChange")
    assert ("NetIncomeLoss", Decimal("143800000000"), "가온SDI", None) in facts
    assert not [f for f in facts if f[1] == Decimal("570000000000")]


@pytest.mark.parametrize("registrant", [
    "Hanbit Logistics Co., Ltd.",  # known by its English name: no Korean subject can be told from it
    "한빛물류센터",  # "한빛물류" its short form, as Korean news shortens a name
])
def test_the_registrants_own_korean_subject_stays_the_registrants(registrant: str) -> None:
    """A Korean subject named by no trade word is read as a company only where it can be told
    the registrant's or not: the registrant's own sentence stays the registrant's."""
    text = "한빛물류는 3분기 영업이익이 1,385억원으로 작년 동기대비 11.4% 늘었다고 23일 밝혔다.\n"
    found, facts = _facts(text, registrant)
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("138500000000")}


# -- a digest's items -----------------------------------------------------------------------------

DIGEST = ("Several listed companies announced their results on Thursday.\n\n"
          "Messaging firm Kavya Mobile on Thursday posted a 31.64 per cent rise in consolidated profit at "
          "Rs 52.19 crore for the third quarter ended December 31, 2021.\n\n"
          "Revenue from operations increased to Rs 611.83 crore during the quarter from Rs 428.90 crore in the "
          "year-ago period.\n\n"
          "NTL reports 87 pc jump in standalone PAT to Rs 83 cr in Dec 2021 quarter\n\n"
          "Logistics firm NTL on Thursday reported a 87 per cent year-on-year jump in standalone profit after "
          "tax at Rs 83 crore for the December 2021 quarter.\n\n"
          "Revenue from operations during October-December 2021 rose 5.8 per cent y-o-y to Rs 812 crore, it said.\n\n"
          "The firm also saw its Ebitda during the December 2021 quarter jump 30.11 per cent to Rs 121 crore, "
          "from Rs 93 crore in the year-ago period.\n")


@pytest.mark.parametrize("registrant", [None, "Kavya Mobile Ltd"])
def test_a_digest_items_paragraphs_are_the_company_its_heading_names(registrant: str | None) -> None:
    """"NTL reports 87 pc jump in ...": an item heading under the digest's body names the
    company its paragraphs naming none go on about (not the registrant's)."""
    found, facts = _facts(DIGEST, registrant)
    assert not _whole(facts, "EBITDA") and not _whole(facts, "EBITDAPercentChange")
    assert not _whole(facts, "RevenuesPercentChange")
    assert Decimal("8120000000") not in _whole(facts, "Revenues")


def test_a_storys_own_headline_does_not_open_an_item() -> None:
    """The headline above the story names the company it is about; its paragraphs naming no
    company stay the story's, though a rival is named in between."""
    text = ("Daebo Steel's Q1 Profit Surges on Higher Prices\n\n"
            "Daebo Steel said Thursday its net profit for the first quarter of 2004 more than doubled to 388.4 "
            "billion won.\n\n"
            "Its rival Hanseong Iron & Steel earlier reported first-quarter net profit of 1.04 trillion won.\n\n"
            "Sales rose 25.9 percent to 2.71 trillion won in the first quarter of 2004, the company said.\n")
    found, facts = _facts(text, "Daebo Steel Co.")
    assert _whole(facts, "Revenues") == {Decimal("2710000000000")}


# -- a market's aggregates ------------------------------------------------------------------------

MARKET = (" date 2019-11-20 Buildings in Seoul.\n\n"
          "Listed companies in the country posted improved earnings in the third quarter, data showed Wednesday.\n\n"
          "In the July-September period, the combined net profit of 420 out of 512 firms that are listed on the "
          "main bourse and close their books on Dec. 31 came to 18.2 trillion won, up 42.6 percent from three "
          "months ago, according to the exchange.\n\n"
          "Their combined operating income jumped 33.1 percent to 27.9 trillion won on-quarter.\n\n"
          "During the first nine months of the year, the KOSPI-listed companies' net profit dipped 7.25 percent "
          "to 44 trillion won from a year ago.\n\n"
          "The country's secondary market also marked an earnings rebound in the third quarter. The combined "
          "net profit of 803 out of 947 listed firms increased 38.4 percent quarter-on-quarter to 1.96 "
          "trillion won.\n\n"
          "Combined net profit in the first nine months decreased 11.62 percent on-year to 3.71 trillion won.\n")


@pytest.mark.parametrize("registrant", [None, "Korea Exchange"])
def test_a_markets_aggregates_are_no_companys_figures(registrant: str | None) -> None:
    """"the combined net profit of 420 out of 512 firms", "Their combined ...", "the
    KOSPI-listed companies' net profit", "Combined net profit ...": sums over companies, left
    out with that reason."""
    found, facts = _facts(MARKET, registrant)
    assert not [f for f in facts if f[0] not in ("DocumentDate",)], facts
    assert any(m.text == "3.71 trillion won" and "a sum over companies" in m.reason for m in found.unmapped)
    assert any(m.text == "44 trillion won" and "a sum over companies" in m.reason for m in found.unmapped)


@pytest.mark.parametrize("sentence, aggregate", [
    ("Companies listed on the main bourse posted net profit of 18.2 trillion won in the third quarter of 2020.",
     True),
    ("Major Korean firms posted net profit of 18.2 trillion won in the third quarter of 2020.", True),
    # a company's name ending in "Companies", and companies named before: no market's sum
    ("Hanil Companies, Inc. posted net profit of 18.2 trillion won in the third quarter of 2020.", False),
    ("Both companies posted net profit of 18.2 trillion won in the third quarter of 2020.", False),
])
def test_a_sentence_opening_with_a_markets_companies(sentence: str, aggregate: bool) -> None:
    found, facts = _facts(sentence, "Hanil Companies, Inc.")
    assert bool(_whole(facts, "NetIncomeLoss")) is not aggregate
    assert any("a sum over companies" in m.reason for m in found.unmapped) is aggregate


def test_a_korean_markets_companies_together_are_no_company() -> None:
    text = ("한빛금융지주는 3분기 누적 영업이익이 4조1200억원으로 집계됐다고 밝혔다.\n"
            "코스피 상장사들의 3분기 누적 영업이익은 39조8712억원으로 전년 동기 대비 10.46% 증가했다. "
            "순이익은 29조5531억원으로 8.17% 늘었다.\n")
    found, facts = _facts(text, "한빛금융지주")
    assert _whole(facts, "OperatingIncomeLoss") == {Decimal("4120000000000")}
    assert not _whole(facts, "NetIncomeLoss") and not _whole(facts, "OperatingIncomeLossPercentChange")


def test_the_year_end_of_the_companies_counted_is_no_period() -> None:
    """"Hanil Corp., which closes its books on Dec. 31": the date tells the company's year end,
    the figure is of the quarter the sentence names."""
    text = (" date 2020-11-18\n\nIn the July-September period, the net profit of Hanil Corp., which closes its "
            "books on Dec. 31, came to 18.2 billion won, the company said.\n")
    found = extract_press_release(context(text, "Hanil Corp."))
    assert [(str(o.period), o.value) for o in found.observations if o.concept == "NetIncomeLoss"] == \
        [("2020-07-01/2020-09-30", Decimal("18200000000"))]


# -- thresholds -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("가온쇼핑은 올 들어 3분기 누적 총매출이 10조원을 돌파했다고 밝혔다.", "10조원"),
    ("가온쇼핑은 올 들어 3분기 만에 10조원 기록을 깼다고 밝혔다.", "10조원"),
    ("가온쇼핑은 3분기 영업이익 1조원 클럽에 가입했다고 밝혔다.", "1조원"),
    ("Kavya Motors said its quarterly revenue crossed the Rs 1,000 crore mark in the quarter ended "
     "December 31, 2021.", "Rs 1,000 crore"),
])
def test_a_threshold_crossed_is_no_stated_figure(text: str, figure: str) -> None:
    found, facts = _facts(text, "가온쇼핑" if "가온" in text else "Kavya Motors Ltd")
    assert not [f for f in facts if f[0] in ("Revenues", "OperatingIncomeLoss")], facts
    assert any(m.text == figure and "bound" in m.reason for m in found.unmapped)
