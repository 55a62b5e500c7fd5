"""Korean results news: whose and which period a figure is when the article names a part of the
business, an industry of a market, or an earlier figure in a clause of its own.

Invented texts written in the layout of Korean results news:
- a segment as the sentence's subject in its several forms ("X 부문은", "X 부문의 경우 매출은",
  "X 부문에서는", "X 사업부는"), the next sentence of the paragraph going on about it with no
  subject ("전년 동기 대비 매출은 31% 늘었고");
- a market story summing results by industry ("업종별 실적을 살펴보면 ...", "X 업종 매출액은", "정보기기는"),
  whose industries are neither the document's figures nor its registrant;
- a clause stating last year's figure before the subject ("지난해 3분기 X원의 영업이익을
  기록했던 한빛정밀은 올해 3분기 ..."), a comparison clause ("지난해 3분기 35억원 손실과 비교하면"):
  their period is that figure's, not the article's.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

from converter.extract.registrant_sentences import from_korean_subject  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("SegmentAxis"),
                    dict(o.dimensions).get("StatedPeriodAxis")) for o in found.observations}


_LEAD = "2031년 11월 5일\n한빛케미칼은 올해 3분기 매출 2조 1200억원, 영업이익 1530억원을 기록했다고 5일 밝혔다.\n"


@pytest.mark.parametrize("sentence", [
    "소재 부문은 매출 8120억원, 영업이익 412억원을 기록했다.",
    "소재 부문의 경우 매출은 8120억원, 영업이익은 412억원으로 나타났다.",
    "소재 부문의 경우, 매출은 8120억원, 영업이익은 412억원으로 나타났다.",
    "소재 부문에서는 매출 8120억원, 영업이익 412억원을 냈다.",
    "소재 사업부는 매출 8120억원, 영업이익 412억원을 기록했다.",
])
def test_a_segment_subject_in_its_forms(sentence: str) -> None:
    """However the sentence makes the segment its subject, its figures are the segment's."""
    _, facts = _facts(_LEAD + sentence + "\n", "한빛케미칼")
    assert ("Revenues", Decimal("812000000000"), "소재", None) in facts, facts
    assert ("OperatingIncomeLoss", Decimal("41200000000"), "소재", None) in facts, facts
    assert ("Revenues", Decimal("2120000000000"), None, None) in facts, facts


def test_the_next_sentence_of_the_paragraph_goes_on_about_the_segment() -> None:
    """"바이오 부문의 경우 ... 전년 동기 대비 매출은 31% 늘었고": the segment's change, not the
    company's; a new paragraph naming no part is the company's again."""
    text = _LEAD + ("바이오 부문의 경우 매출은 610억원, 영업이익은 52억원으로 나타났다. 전년 동기 대비 매출은 31% "
                    "늘었고, 영업이익은 12% 감소했다.\n")
    found, facts = _facts(text, "한빛케미칼")
    changes = {(o.concept, o.value, dict(o.dimensions).get("SegmentAxis")) for o in found.observations
               if o.concept.endswith("PercentChange")}
    assert changes == {("RevenuesPercentChange", Decimal("0.31"), "바이오"),
                       ("OperatingIncomeLossPercentChange", Decimal("-0.12"), "바이오")}, changes


_EARLIER = ("12일 한국거래소에 따르면 지난해 3분기 21억3450만원의 영업이익을 기록했던 한빛정밀은 올해 3분기 "
            "영업손실 4억2210만원을 기록해 적자전환했다.\n"
            "당기순이익도 지난해 같은 기간 기록한 31억원보다 50.5% 급감한 15억3400만원을 기록했다. 매출액도 전년 "
            "동기 대비 7.2% 줄어든 18억2100만원에 그쳤다.\n")


def test_the_period_of_a_clause_stating_an_earlier_figure_is_that_figures_only() -> None:
    """"지난해 3분기 X원의 영업이익을 기록했던 한빛정밀은 올해 3분기 ...": last year's quarter is the
    clause's figure's; the article's figures are of this year's (an undated article: the
    quarter named without its year)."""
    _, facts = _facts(_EARLIER)
    assert ("OperatingIncomeLoss", Decimal("2134500000"), None, "지난해 3분기") in facts, facts
    assert ("NetIncomeLoss", Decimal("1534000000"), None, "3분기") in facts, facts
    assert ("Revenues", Decimal("1821000000"), None, "3분기") in facts, facts
    # the main clause's figure of the same measure is a level of its own period, not a second figure
    assert ("OperatingIncomeLoss", Decimal("-422100000"), None, "3분기") in facts, facts
    assert not [f for f in facts if f[3] == "지난해 3분기" and f[0] != "OperatingIncomeLoss"], facts


def test_the_period_of_a_comparison_clause_is_not_the_articles() -> None:
    """"지난해 3분기 35억원 손실과 비교하면": the period of what is compared, not the period of the
    figures after it (the article names no other: they stay unmapped, not misdated)."""
    text = ("매출은 12.5% 늘었다. 지난해 3분기 35억원 손실과 비교하면 적자 규모가 크게 늘었다.\n"
            "가온 부문은 매출 410억원, 영업이익 21억원을 냈다.\n")
    _, facts = _facts(text)
    assert not [f for f in facts if f[3] == "지난해 3분기"], facts


_BY_INDUSTRY = ("업종별 실적을 살펴보면 정보기기와 정밀화학의 증가폭이 컸다.\n"
                "정보기기는 3분기까지 누적 매출액 3조1250억원을 기록했다. 영업이익은 21.5% 증가한 2120억원이다. "
                "반도체 부문은 영업이익과 순이익이 각각 11.25%, 13.5% 늘었다.\n"
                "정밀화학 업종 매출액은 전년 동기보다 12.5% 늘어난 1조2340억원으로 집계됐다. 영업이익은 31.2% "
                "증가한 812억원을 기록했다.\n")


def test_an_industry_of_a_market_is_no_ones_figure_nor_the_registrant() -> None:
    """A story summing results by industry: an industry as the subject ("정보기기는", "반도체 부문은",
    "정밀화학 업종 매출액은") and the sentences going on about it state a sum over companies,
    left out with that reason, never the document's figures; nor is it the registrant."""
    found, facts = _facts(_BY_INDUSTRY)
    assert facts == set(), facts
    reasons = {m.text: m.reason for m in found.unmapped}
    assert "a sum over companies" in reasons["1조2340억원"], reasons
    assert "a sum over companies" in reasons["2120억원"], reasons
    assert from_korean_subject(_BY_INDUSTRY) is None


def test_an_industry_word_outside_a_market_story_is_a_segment() -> None:
    """In a company's article (no industry summed), "반도체 부문은" is the company's segment."""
    text = _LEAD + "반도체 부문은 매출 8120억원, 영업이익 412억원을 기록했다.\n"
    _, facts = _facts(text, "한빛케미칼")
    assert ("Revenues", Decimal("812000000000"), "반도체", None) in facts, facts


def test_a_sentence_opening_on_respectively_pairs_with_the_amounts_before() -> None:
    """"X는 1분기 매출 A와 영업이익 B를 발표했다. 각각 전년 동기보다 p%와 q% 증가했다": the n-th
    change is of the n-th amount of the sentence before, with its company."""
    text = ("한빛전자가 1분기 매출은 3120억원으로 전년 동기 대비 12.5% 늘었다고 18일 발표했다.\n\n"
            "가온소프트는 1분기 매출 412억원과 영업이익 27억원을 발표했다. 각각 전년 동기보다 21.5%와 8.5% 증가했다.\n")
    found, _ = _facts(text, "한빛전자")
    changes = {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations
               if o.concept.endswith("PercentChange")}
    assert ("RevenuesPercentChange", Decimal("0.215"), "가온소프트") in changes, changes
    assert ("OperatingIncomeLossPercentChange", Decimal("0.085"), "가온소프트") in changes, changes


def test_the_registrant_is_the_subject_after_a_clause_stating_its_earlier_figure() -> None:
    """"... 따르면 지난해 3분기 X원의 영업이익을 기록했던 한빛정밀은 올해 3분기 ... 적자전환했다": the
    subject after the clause is the company the article is about."""
    found = from_korean_subject(_EARLIER)
    assert found is not None and found.value == "한빛정밀", found


def test_a_whole_companys_figure_after_a_segment_is_no_segments() -> None:
    """"... 부문의 경우 매출은 ... 전체 매출은 ...": a word naming the whole company ends the segment."""
    text = _LEAD + "바이오 부문의 경우 매출은 610억원으로 나타났다. 전체 매출은 전년 동기 대비 9% 늘었다.\n"
    found, _ = _facts(text, "한빛케미칼")
    changes = {(o.concept, o.value, dict(o.dimensions).get("SegmentAxis")) for o in found.observations
               if o.concept.endswith("PercentChange")}
    assert ("RevenuesPercentChange", Decimal("0.09"), "바이오") not in changes, changes
