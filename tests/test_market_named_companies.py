"""Companies a Korean story with no company of its own names in passing, with their figures: each
figure carries its company's member, or stays out; never the registrant's.

Invented texts in the layout of Korean market and round-up news: a lead naming its source and the
companies it surveyed ("한국거래소가 유가증권시장 결산법인 600곳의 3분기 실적을 분석한 결과, X는
...", "... 534개의 3분기 누적 실적을 보면 X는 ..."), a ranking's list of companies, a new look at
the whole market after an industry ("연결기준으로 살펴보면, 총 매출액은 ..."), and a round-up's next
company introduced by "역시" (also); a round-up of stock splits, each company's par value its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from factlib import facts

from converter.pipeline import convert_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None) -> set[tuple]:
    found = extract_press_release(context(text, registrant))
    return {(o.concept, str(o.value), dict(o.dimensions).get("CounterpartyAxis")) for o in found.observations
            if o.concept.endswith(("Revenues", "IncomeLoss", "PercentChange"))}


SURVEY = ("2일 한국거래소와 상장회사협의회가 유가증권시장 12월 결산법인 600곳의 개별기준 3분기 실적을 분석한 결과, "
          "가람전자는 올 3분기 영업이익은 4조1234억원에 달했다. 이는 2위 새봄화학의 2조3456억원보다 많았다.\n"
          "개별 기준 매출에서도 가람전자는 올 3분기 21조3456억원을 기록하며 1위를 차지했다.\n")
LOOK = ("15일 한국거래소가 발표한 유가증권시장 상장사 12월 결산법인 534개의 3분기 누적 실적을 보면 가람전자는 "
        "31조2000억원으로 가장 많은 영업이익을 기록했다. 10위권 중 한빛중공업과 새봄화학만 전년동기대비 영업이익이 "
        "각각 41.25%, 12.75% 감소했다.\n")


def test_a_company_after_the_survey_s_source_is_its_own() -> None:
    """"... 600곳의 실적을 분석한 결과, 가람전자는 ... 영업이익은 4조1234억원": 가람전자's, not the
    source's (한국상장회사협의회) nor the registrant's."""
    found = _facts(SURVEY)
    assert ("OperatingIncomeLoss", "4123400000000", "가람전자") in found, found
    assert ("Revenues", "21345600000000", "가람전자") in found, found
    assert not any(member is None for _, _, member in found), found


def test_a_ranking_s_companies_are_never_the_registrant() -> None:
    """"10위권 중 X와 Y만 ... 영업이익이 각각 41.25%, 12.75% 감소했다": companies of a market's
    story, no change of the registrant's."""
    found = _facts(LOOK)
    assert not any(member is None for _, _, member in found), found
    assert not any(value in ("-0.4125", "-0.1275") and member is None for _, value, member in found), found


def test_a_new_look_at_the_market_is_not_the_industry_s() -> None:
    """"연결기준으로 살펴보면, 상반기 총 매출액은 ...": the market's, not the industry named before."""
    text = ("16일 한국거래소에 따르면 코스닥 상장기업 900개사의 상반기 매출액이 늘었다. 업종별로 살펴보면, 제약은 매출이 "
            "늘었다. 가전유통은 매출이 늘고, 순이익이 감소했다.\n"
            "연결기준으로 살펴보면, 상반기 총 매출액은 61조2345억 원으로 전년 동기 대비 10.25% 증가했다.\n")
    found = _facts(text)
    assert not any(member == "가전유통" for _, _, member in found), found


@pytest.mark.parametrize("registrant", ["한빛의류", None])
def test_a_round_up_s_next_company_introduced_by_also(registrant: str | None) -> None:
    """"새봄바이오 역시 ... 매출액과 영업이익이 각각 ... 612억원, 37억원": 새봄바이오's figures, not
    those of the company named in the sentence before."""
    text = ("한빛의류의 영업이익이 해외공장의 생산확대에 힘입어 크게 늘었다.\n"
            "한빛의류는 8일 연결기준 영업이익이 지난해 같은 기간보다 12.4% 오른 512억원을 기록했다고 공시했다.\n"
            "한빛의류 관계자는 “해외 공장의 생산이 늘었다”고 설명했다. 가온제약도 신약 판매 확대로 2ㆍ4분기 매출액과 "
            "영업이익이 지난해 같은 기간보다 각각 12.5%. 31.5% 늘어난 1,234억원, 98억원을 기록했다. 당기순이익도 "
            "11.1% 늘어난 41억원이었다.\n"
            "새봄바이오 역시 지난해 2,000억원 가량의 수주실적이 올해 매출에 반영되며 매출액과 영업이익이 각각 1년 전에 "
            "비해 21.5%, 112% 증가한 612억원, 37억원을 달성하며 영업이익 흑자전환에 성공했다.\n")
    found = _facts(text, registrant)
    assert not any(value in ("61200000000", "3700000000") and member in (None, "가온제약")
                   for _, value, member in found), found


SPLITS = ("국내주식 액면분할 일정\n"
          "가람식품은 10대 1 비율의 주식 분할을 결정했다고 공시했다. 주식발행 총수는 80만 주에서 800만 주로 늘어난다.\n"
          "한빛반도체는 오는 18일 주주총회에 이를 안건으로 상정할 예정이다. 1주당 액면가 200원을 100원으로 분할하는 "
          "것으로, 액면분할 후 한빛반도체 주식 수는 2배 늘어난다.\n")


def test_a_par_value_of_another_company_in_a_round_up_stays_out() -> None:
    """A round-up of splits: "한빛반도체는 ... 1주당 액면가 200원을 100원으로 분할" is 한빛반도체's par
    value, not that of the company the story named first (its registrant)."""
    (converted,) = convert_text(SPLITS, "splits.txt")
    assert not [f for f in facts(converted) if f.concept == "CommonStockParValuePerShare"]
    (alone,) = convert_text(SPLITS.replace("한빛반도체는 오는", "가람식품은 오는").replace("후 한빛반도체", "후 가람식품"),
                            "split.txt")
    assert [f.value for f in facts(alone) if f.concept == "CommonStockParValuePerShare"] == ["200"]
