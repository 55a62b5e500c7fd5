"""Which company a clause of a results story is about: never the registrant for a market's or an
industry's sum, another company named as the subject, a division, or a company of the past.

Invented texts in the layouts of Korean and English business news: an industry's total as the
subject ("업계 전체 영업이익은"), companies counted before taken together ("이들 업체의", "두 회사의"),
a story summing the market by industry with no company of its own ("업종별로는"), the
registrant named as the subject after a dateline and a clause ("2일 ... 내놓은 가람통신은") after a
sentence about a rival, a division named with its abbreviation or as the owner of a period's
figure ("부품솔루션(PS) 부문 영업이익이", "나래사업부문의 2분기 매출은", "Its display arm saw"), and a
company of the past ("옛 가람전자는", "The former Hanbit Steel Co.").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    """(concept, value, counterparty, segment) of every fact, and the extraction."""
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis")) for o in found.observations}


def _values(facts) -> set[Decimal]:
    return {value for _, value, _, _ in facts}


# --- form 1: a market's or an industry's figure -------------------------------------------------

INDUSTRY = ("가람전자는 3분기 영업이익이 1200억원으로 작년 같은 기간보다 12% 늘었다고 9일 밝혔다.\n"
            "업계 전체 영업이익은 상반기 2조1000억원으로 집계됐다.\n"
            "가전업계의 상반기 매출은 9조원이었다.\n")


def test_an_industrys_total_is_not_the_registrants() -> None:
    """"업계 전체 영업이익은 ...", "가전업계의 상반기 매출은 ...": an industry's sum, no company's."""
    found, facts = _facts(INDUSTRY, "가람전자")
    assert ("OperatingIncomeLoss", Decimal("120000000000"), None, None) in facts
    assert not _values(facts) & {Decimal("2100000000000"), Decimal("9000000000000")}
    assert any("together" in m.reason for m in found.unmapped if "2조1000억원" in m.text)


def test_a_company_whose_name_ends_in_a_word_of_industry_is_a_company() -> None:
    """"가람산업은 3분기 매출 ...": 산업 ends many companies' names; the figures are the company's."""
    found, facts = _facts("가람산업은 올해 3분기 매출 1천230억원을 기록했다고 공시했다.\n", "가람산업")
    assert ("Revenues", Decimal("123000000000"), None, None) in facts


MARKET = ("코스닥 중견기업의 상반기 성적표가 나왔다.\n"
          "한빛리서치가 코스닥 기업 180곳의 상반기 실적을 분석한 결과 "
          "이들 업체의 순이익은 4조2000억원으로 작년보다 6.5% 줄었다.\n")


def test_companies_counted_before_taken_together_are_a_market() -> None:
    """"... 180곳의 실적을 분석한 결과 이들 업체의 순이익은 ...": the companies counted, together."""
    found, facts = _facts(MARKET)
    assert Decimal("4200000000000") not in _values(facts)
    assert Decimal("-0.065") not in _values(facts)


BY_INDUSTRY = ("상반기 순이익 감소…화학 업종 부진\n"
               "상반기 영업이익은 41조 500억 원으로 작년보다 9.7% 줄었다. 순이익은 30조 1200억 원이었다.\n"
               "업종별로는 화학 업종의 상반기 순이익이 38.6% 감소했다.\n")


def test_a_story_summing_the_market_by_industry_states_no_companys_figures() -> None:
    """A story summing results by industry ("업종별"), naming no company reporting: its figures are
    the market's, whoever the registrant would be taken to be."""
    found, facts = _facts(BY_INDUSTRY)
    assert not _values(facts) & {Decimal("41050000000000"), Decimal("30120000000000"), Decimal("-0.097")}


# --- form 2: a sentence about another company ---------------------------------------------------

RIVALS = ("통신사들의 상반기 성적이 갈렸다. 나래텔레콤과 새봄모바일은 이익이 감소한 반면, "
          "가람통신은 선방했다.\n"
          "새봄모바일은 상반기 영업이익이 2천100억원에 그쳤다.\n"
          "2일 공시에 따르면 전날 실적을 내놓은 가람통신은 상반기 영업이익이 3천450억원을 기록했다. "
          "매출은 4조1천200억원으로 2.5% 늘었다.\n")


def test_the_registrant_named_as_the_subject_after_a_clause_ends_the_rivals_sentences() -> None:
    """"2일 ... 내놓은 가람통신은 상반기 영업이익이": the registrant, named as the subject before the
    figures, is the company of the sentence and the next, not the rival named before."""
    found, facts = _facts(RIVALS, "가람통신")
    assert ("OperatingIncomeLoss", Decimal("345000000000"), None, None) in facts
    assert ("Revenues", Decimal("4120000000000"), None, None) in facts
    assert ("OperatingIncomeLoss", Decimal("210000000000"), "새봄모바일", None) in facts


def test_the_registrant_named_after_the_figures_is_no_subject() -> None:
    """"나래텔레콤 영업이익은 1조원으로 가람통신이 ...": the registrant after the figure is an object."""
    text = ("나래텔레콤은 상반기 영업이익이 늘었다.\n"
            "나래텔레콤 영업이익은 1조원으로 가람통신이 기록한 영업이익보다 많다.\n")
    found, facts = _facts(text, "가람통신")
    assert ("OperatingIncomeLoss", Decimal("1000000000000"), None, None) not in facts


# --- form 3: a division's figure -----------------------------------------------------------------

DIVISIONS = ("가람화학은 2분기 매출이 3조1200억원으로 작년 같은 기간보다 10.5% 늘었다고 밝혔다.\n"
             "나래사업부문의 2분기 매출은 8800억원이었다.\n"
             "이 가운데 부품솔루션(PS) 부문 영업이익이 4100억원을 기록했다.\n")


def test_a_divisions_figure_is_on_the_segment_axis() -> None:
    """"나래사업부문의 2분기 매출은", "부품솔루션(PS) 부문 영업이익이": the division's, not the company's."""
    found, facts = _facts(DIVISIONS, "가람화학")
    assert ("Revenues", Decimal("3120000000000"), None, None) in facts
    assert ("Revenues", Decimal("880000000000"), None, "나래사업") in facts
    assert ("OperatingIncomeLoss", Decimal("410000000000"), None, "부품솔루션") in facts
    assert ("Revenues", Decimal("880000000000"), None, None) not in facts


def test_a_division_is_no_registrant() -> None:
    """A story opening on a division ("나래사업부문은 ... 밝혔다") names no registrant by it."""
    text = "나래사업부문은 2분기 매출 812억원을 기록했다고 밝혔다.\n작년보다 7.4% 늘었다.\n"
    assert from_korean_subject(text) is None


def test_an_english_arm_seeing_sales_fall_is_a_segment() -> None:
    """"Its display arm saw sales fall 10 percent to ...": the arm's sales."""
    text = ("Hanbit Steel Co. Reports Third Quarter Results\n\n"
            "SEOUL, Nov. 3 -- Hanbit Steel Co. said its net sales rose 12 percent to 4,200 billion won "
            "in the third quarter of 2000, from 3,750 billion won a year earlier.\n"
            "Its display arm saw sales fall 10 percent to 300 billion won in the first nine months of 2000.\n")
    found, facts = _facts(text, "Hanbit Steel Co.")
    assert ("Revenues", Decimal("300000000000"), None, "display") in facts
    assert ("Revenues", Decimal("300000000000"), None, None) not in facts


# --- form 4: a company of the past --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "가람전자는 3분기 매출이 8500억원이라고 밝혔다.\n옛 가람전자는 상반기 매출이 4200억원이었다.\n",
    "가람전자는 3분기 매출이 8500억원이라고 밝혔다.\n합병 전 가람전자의 상반기 매출은 4200억원이었다.\n",
    "가람전자는 3분기 매출이 8500억원이라고 밝혔다.\n두 회사의 상반기 합산 매출은 4200억원으로 집계됐다.\n",
])
def test_a_company_of_the_past_is_not_the_registrant(text: str) -> None:
    """"옛 가람전자는", "합병 전 가람전자의", "두 회사의 합산 매출": not the company filing now."""
    found, facts = _facts(text, "가람전자")
    assert ("Revenues", Decimal("850000000000"), None, None) in facts
    assert Decimal("420000000000") not in _values(facts)


def test_the_former_company_in_english_is_not_the_registrant() -> None:
    text = ("Hanbit Steel Co. Reports Third Quarter Results\n\n"
            "SEOUL, Nov. 3 -- Hanbit Steel Co. said its net sales rose 12 percent to 4,200 billion won "
            "in the third quarter of 2000, from 3,750 billion won a year earlier.\n"
            "The former Hanbit Steel Co., which merged into the group in 2001, reported sales of "
            "1,900 billion won in the first half of 2000.\n")
    found, facts = _facts(text, "Hanbit Steel Co.")
    assert ("Revenues", Decimal("4200000000000"), None, None) in facts
    assert Decimal("1900000000000") not in _values(facts)
