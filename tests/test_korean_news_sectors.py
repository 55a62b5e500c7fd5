"""Korean news on results: the exchange's industries are no companies, a bare 억 on a labelled
line is won, the figures of a stock split, and another company quoted in a company's story.

Invented texts written in the layouts of Korean results news: a market story summing listed
companies' results by industry ("운수장비업종의 순이익은 ...", "반면 건설업은 순이익이 ...").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402

from converter.pipeline import convert_text  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations}


SECTORS = ("올 1분기 상장사 실적 집계\n"
           "12일 한국거래소에 따르면 유가증권시장 상장사 512개사의 1분기 매출액은 321조 4567억원으로 "
           "전년 동기보다 3.21% 늘었다.\n"
           "업종별로 집계한 결과 운수장비업종의 순이익은 전년동기대비 81.25% 늘어 가장 큰 폭의 증가율을 보였다.\n"
           "반면 건설업은 순이익이 1234억원 감소하면서 812억원 적자를 냈다.\n"
           "종이목재와 운수창고업은 순이익이 각각 12.34%, 23.45% 줄었다.\n")


def test_an_industry_of_the_exchange_is_no_counterparty() -> None:
    """"운수장비업종의 순이익은", "건설업은 ... 적자를 냈다": an industry's sum over its listed
    companies, left out with its reason, never a company on CounterpartyAxis; the market's
    totals stay left out as a sum over companies, as before."""
    found, facts = _facts(SECTORS)
    assert not [f for f in facts if f[2]], facts
    assert not [f for f in facts if f[1] in (Decimal("0.8125"), Decimal("-81200000000"), Decimal("81200000000"))]
    reasons = {m.text: m.reason for m in found.unmapped}
    assert "sum over companies" in reasons["81.25%"], reasons
    assert "sum over companies" in reasons["812억원"], reasons
    assert "sum over companies" in reasons["321조 4567억원"], reasons


def test_an_industry_named_in_a_companys_story_is_not_that_company_nor_another() -> None:
    """A company's story that goes on to an industry's figures: neither the company's nor a counterparty's."""
    text = ("가람전자는 1분기 매출이 1234억원으로 전년 동기보다 12.3% 늘었다고 12일 밝혔다.\n"
            "한편 전기전자업종의 영업이익은 전년동기대비 45.67% 늘었다.\n")
    found, facts = _facts(text, "가람전자")
    assert ("Revenues", Decimal("123400000000"), None) in facts
    assert not [f for f in facts if f[1] == Decimal("0.4567")], facts


def _dated(text: str, registrant: str | None = None):
    found = extract_press_release(context("2031년 4월 12일\n" + text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations}


def test_a_bare_eok_on_a_labelled_line_is_won() -> None:
    """"매출액 : 5,123억", "영업이익: 312억(전년比 +12%)": a results brief's list leaves the won
    unsaid; each line's figure is its own label's, even where the lines run on unstopped."""
    text = ("가람전자 1분기 실적\n가람전자가 1분기 실적을 발표했다.\n"
            "매출액 : 5,123억\n영업이익: 312억(전년比 +12%)\n당기순이익 : 1조 2,345억\n")
    found, facts = _dated(text, "가람전자")
    assert ("Revenues", Decimal("512300000000"), None) in facts, facts
    assert ("OperatingIncomeLoss", Decimal("31200000000"), None) in facts, facts
    assert ("NetIncomeLoss", Decimal("1234500000000"), None) in facts, facts
    assert not [f for f in facts if f[0] == "NetIncomeLoss" and f[1] == Decimal("31200000000")], facts


def test_a_bare_eok_with_a_sign_mark_or_no_measure_is_left_out() -> None:
    """"영업이익 : △12억" (△ a loss in some briefs, a fall in others), "직원수 : 3억" (no money measure)."""
    found, facts = _dated("가람전자 1분기 실적\n영업이익 : △12억\n임직원 : 3억\n", "가람전자")
    assert not [f for f in facts if abs(f[1]) in (Decimal("1200000000"), Decimal("300000000"))
                if isinstance(f[1], Decimal)], facts


COMPETITOR = ("가람전자는 3분기 매출이 1234억원, 영업이익이 123억원을 기록했다고 12일 밝혔다.\n"
              "경쟁사 한빛전자의 영업이익은 같은 기간 98억원에 그쳤다. 매출은 876억원으로 집계됐다.\n"
              "업계 3위 나래전자 역시 영업이익 54억원을 올렸다.\n"
              "같은 기간 새봄전자는 32억원의 영업이익을 냈다.\n"
              "이는 21억원의 영업이익을 낸 협력사 다온부품을 앞선 것이다.\n"
              "가람전자의 순이익은 45억원이다.\n")


def test_a_competitor_quoted_in_a_companys_story_is_another_company() -> None:
    """"경쟁사 한빛전자의 영업이익은", "업계 3위 나래전자 역시", "같은 기간 새봄전자는": each figure is
    that company's (CounterpartyAxis), and the sentence after goes on about it; a figure whose
    company is named by its role after it ("21억원의 영업이익을 낸 협력사 다온부품") is left out."""
    found, facts = _dated(COMPETITOR, "가람전자")
    assert ("Revenues", Decimal("123400000000"), None) in facts
    assert ("NetIncomeLoss", Decimal("4500000000"), None) in facts
    assert ("OperatingIncomeLoss", Decimal("9800000000"), "한빛전자") in facts
    assert ("Revenues", Decimal("87600000000"), "한빛전자") in facts
    assert ("OperatingIncomeLoss", Decimal("5400000000"), "나래전자") in facts
    assert ("OperatingIncomeLoss", Decimal("3200000000"), "새봄전자") in facts
    assert not [f for f in facts if f[1] == Decimal("2100000000")], facts
    assert not [f for f in facts if f[2] is None and f[1] in (Decimal("9800000000"), Decimal("5400000000"))]


PARTS = ("가람전자는 3분기에 매출 5조 1200억원, 영업이익 6200억원을 올렸다고 17일 발표했다.\n"
         "분야별 매출은 반도체 2조 1000억원, 통신 1조 3000억원, 생활가전 4100억원이었다.\n"
         "전분기 대비 반도체가 12.5%, 통신이 3.1% 성장했다. 반면 생활가전은 8.4% 감소했다. "
         "영업이익은 반도체 4100억원, 통신 1500억원을 기록했다.\n")


def test_a_companys_parts_named_as_industries_stay_its_segments() -> None:
    """In a company's story, "반도체", "생활가전은 ... 감소했다" are its parts (listed with their
    figures), not the exchange's industries nor other companies: the figures after stay its segments'."""
    (converted,) = convert_text(PARTS, "release.txt")
    segments = {(o.concept, o.value, dict(o.dimensions).get("SegmentAxis")) for o in converted.extraction.observations
                if "CounterpartyAxis" not in dict(o.dimensions)}
    assert ("OperatingIncomeLoss", Decimal("410000000000"), "반도체") in segments
    assert ("OperatingIncomeLoss", Decimal("150000000000"), "통신") in segments
