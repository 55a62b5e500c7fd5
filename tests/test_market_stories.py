"""Korean news about a whole market that also names companies, and the comparisons and shares
such news writes.

Invented texts written in the layout of Korean market-results news: a lead naming its source
("한국거래소에 따르면 코스피 상장사들의 3분기 실적은 ...", "... 실적을 분석한 결과"), the market's
summed figures in sentences that name no company of their own, companies named one by one after
them ("한빛케미칼의 3분기 매출액은 ...", "가온게임즈(012345)는 ..."), the share of companies in
parentheses after their count ("흑자기업은 412사(71.25%)로"), "전기대비" (against the period
before) beside "전년동기대비", and a lead opening with its dateline's day ("7일 한빛전자는 ...").
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
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("ComparativePeriodAxis")) for o in found.observations}


MARKET = ("한국거래소와 상장회사협의회가 20일 발표한 '유가증권시장 12월 결산법인 3분기 결산실적(연결 612사)'에 "
          "따르면 코스피 상장사들의 3분기 실적은 2분기보다 개선됐다. 3분기 매출은 512조 3456억 원으로 전분기보다 "
          "3.15% 증가했으며 영업이익과 순이익은 각각 41조 2345억 원, 35조 1234억 원으로 전분기 대비 각각 12.34%, "
          "21.43% 늘어났다. 612개사 중 3분기 누적 순이익 흑자기업은 412사(67.32%)로 전년 동기(420사) 대비 "
          "8곳(-1.5%포인트) 줄었다.\n"
          "한빛케미칼의 3분기 매출액은 4321억 원, 영업이익은 812억 원으로 집계됐다. 매출은 전 분기(4100억 원) 대비 "
          "5% 증가했으며 영업이익은 같은 기간 약 5배 수준으로(412%) 늘어났다.\n"
          "가온소재는 3분기에만 123억4500만원의 영업손실을 냈다.\n")


def test_a_markets_figures_are_no_ones_and_a_named_company_is_another() -> None:
    """A story whose lead states a market's summed figures: a sentence naming no company of its
    own states the market's (left out, a sum over companies), never the document's; a company
    named as a sentence's subject is another company (CounterpartyAxis), its next sentence
    goes on about it; a company not told for sure is not the one before."""
    found, facts = _facts(MARKET)
    assert {f for f in facts if f[2] is None} == set(), facts
    assert ("Revenues", Decimal("432100000000"), "한빛케미칼", None) in facts
    assert ("OperatingIncomeLoss", Decimal("81200000000"), "한빛케미칼", None) in facts
    assert ("RevenuesPercentChange", Decimal("0.05"), "한빛케미칼", "-P3M") in facts
    assert ("OperatingIncomeLossPercentChange", Decimal("4.12"), "한빛케미칼", "-P3M") in facts
    assert not [f for f in facts if f[1] == Decimal("-12345000000")], facts
    assert any(m.text == "512조 3456억 원" and "a sum over companies" in m.reason for m in found.unmapped)


def test_a_share_of_companies_after_their_count_is_no_change() -> None:
    """"흑자기업은 412사(67.32%)로 ... 8곳(-1.5%포인트)": shares of the companies counted."""
    found, facts = _facts(MARKET)
    assert not [f for f in facts if f[0].endswith("PercentChange") and f[1] in (Decimal("-0.6732"),
                                                                                 Decimal("0.6732"))]
    assert any(m.text.startswith("67.32") and "share of the companies" in m.reason for m in found.unmapped)


def test_a_company_after_the_markets_figures_in_a_paragraph_of_them() -> None:
    """"종목별로는 ... 가온게임즈(012345)는 ...": the market's subject is not carried into a
    sentence whose subject is one company."""
    text = ("17일 한국거래소와 코스닥협회에 따르면 코스닥시장 12월 결산법인의 3분기 결산 실적을 분석한 결과 "
            "개별 기준 812개사 영업이익이 1조2345억원으로 집계됐다. 이는 지난해 3분기보다 12.34% 증가한 수준이다. "
            "가온게임즈(012345)는 같은 기간 3.21% 하락했음에도 256억3100만원의 영업이익을 냈다.\n")
    found, facts = _facts(text)
    assert ("OperatingIncomeLoss", Decimal("25631000000"), "가온게임즈", None) in facts
    assert not [f for f in facts if f[2] is None], facts


def test_a_story_of_one_company_is_no_markets() -> None:
    """A story whose lead names one company, whose registrant is unknown: its figures stay its own."""
    text = ("한빛전자는 3분기 매출이 4321억원으로 작년 같은 기간보다 12.3% 늘었다고 20일 밝혔다. "
            "영업이익은 512억원으로 집계됐다.\n")
    found, facts = _facts(text)
    assert ("Revenues", Decimal("432100000000"), None, None) in facts


@pytest.mark.parametrize("sentence, offset", [
    ("매출액은 전기대비 5.12% 줄었으나 영업이익은 전년동기대비 31.4% 상승했다.", "-P3M"),
    ("매출액은 전기 대비 5.12% 줄었다.", "-P3M"),
    ("매출액은 전년동기대비 5.12% 줄었다.", "-P1Y"),
])
def test_against_the_period_before_a_quarters_figure(sentence: str, offset: str) -> None:
    """"전기대비" (against the period before) of a quarter's figure: the quarter before."""
    text = f"한빛전자는 지난 1분기 잠정 매출액이 40조원, 영업이익을 5조1000억원으로 추산했다. {sentence}\n"
    found, facts = _facts(text, "한빛전자")
    assert ("RevenuesPercentChange", Decimal("-0.0512"), None, offset) in facts


def test_electricity_is_no_comparison() -> None:
    """"전기전자 업종": electricity, not "the period before"."""
    text = "한빛전자는 지난 1분기 매출액이 40조원으로 전년동기대비 5.12% 줄었다고 밝혔다. 전기전자 업종은 부진했다.\n"
    found, facts = _facts(text, "한빛전자")
    assert ("RevenuesPercentChange", Decimal("-0.0512"), None, "-P1Y") in facts


def test_a_lead_opening_with_its_datelines_day() -> None:
    """"7일 한빛전자는 ... 추산했다": the company after the dateline's day is the lead's subject."""
    found = from_korean_subject("7일 한빛전자는 연결기준 지난 1분기 잠정 매출액이 40조원이라고 추산했다.\n")
    assert found is not None and found.value == "한빛전자"


def test_the_source_after_a_datelines_day_is_no_subject() -> None:
    """"15일 한국거래소가 발표한 '...'에 따르면": the source of the news, not the company reporting."""
    assert from_korean_subject("15일 한국거래소가 발표한 '결산실적'에 따르면 가온데이타가 영업이익 1위를 기록했다.\n") is None


def test_another_company_in_a_later_clause_of_a_markets_story() -> None:
    """"X의 영업이익은 ... 4.25% 하락한 반면 Y는 31.5% 상승했다": Y's change, not X's."""
    text = ("15일 한국거래소가 발표한 '코스닥시장 12월 결산법인 결산실적'에 따르면 코스닥 상장법인 812개사의 "
            "3분기 영업이익은 1조2345억원이다. 가온정밀의 영업이익은 전년 동기 대비 4.25% 하락한 반면 새봄테크는 31.5% "
            "상승했다.\n")
    found, facts = _facts(text)
    assert not [f for f in facts if f[1] == Decimal("0.315")], facts
    assert ("OperatingIncomeLossPercentChange", Decimal("-0.0425"), "가온정밀", "-P1Y") in facts
    assert any(m.text == "31.5%" and "새봄테크" in m.reason for m in found.unmapped)


def test_a_companys_own_results_of_its_books_are_no_source() -> None:
    """"한빛통신(사장 김한빛)은 올 상반기 결산결과 ...": the company's own books, not a source
    clause: the company is the lead's subject."""
    found = from_korean_subject("한빛통신(사장 김한빛)은 올 상반기 결산결과 매출 1천234억원을 기록했다고 14일 밝혔다.\n")
    assert found is not None and found.value == "한빛통신"


@pytest.mark.parametrize("text", [
    "한빛전자는 3분기 영업이익률이 6.1%로 전년 동기 대비 1.2%포인트 개선됐다고 밝혔다.\n",
    "한빛전자는 3분기 영업이익이 512억원으로 전년 동기 대비 1.2%포인트 늘었다고 밝혔다.\n",
])
def test_a_change_in_points_is_no_percent_change(text: str) -> None:
    """"1.2%포인트": a change in percentage points, never a percent change (a guard)."""
    found, facts = _facts(text, "한빛전자")
    assert not [f for f in facts if f[0].endswith("PercentChange")], facts


def test_a_quarter_compared_with_the_year_befores_months_to_it_is_cumulative() -> None:
    """"3분기 ... 지난해 3분기 누적 대비 21.5% 증가한": compared like with like, the figures from
    there on are of the months to the third quarter's end, not of the quarter alone."""
    text = ("15일 한국거래소가 발표한 '코스닥시장 12월 결산법인 결산실적'에 따르면 3분기 코스닥 상장법인 812개사의 "
            "영업이익을 분석한 결과 가온데이타가 지난해 3분기 누적 대비 21.5% 증가한 2345억 원을 기록했다. "
            "한빛정밀의 영업이익은 전년 동기 대비 4.25% 하락했다.\n")
    found = extract_press_release(context(text))
    assert [dict(o.dimensions).get("StatedPeriodAxis") for o in found.observations
            if o.concept == "OperatingIncomeLossPercentChange" and o.value == Decimal("-0.0425")] == ["3분기 누적"]
