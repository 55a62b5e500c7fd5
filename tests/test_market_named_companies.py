"""Companies a Korean story with no company of its own names in passing, with their figures: each
figure carries its company's member, or stays out; never the registrant's.

Invented texts in the layout of Korean market and round-up news: a lead naming its source and the
companies it surveyed ("거래소가 결산법인 420곳의 3분기 실적을 분석한 결과, X는 ...", "... 612개의
3분기 누적 실적을 보면 X는 ..."), a ranking's list of companies, a new look at the whole market
after an industry ("연결 기준으로 보면, 전체 매출액은 ..."), and a round-up's next
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


SURVEY = ("5일 거래소가 코스피 결산법인 420곳의 연결기준 3분기 실적을 분석한 결과, 가람전자는 올 3분기 "
          "영업이익은 4조1234억원을 기록했다. 이는 두 번째인 새봄화학의 2조3456억원을 크게 웃돈다.\n"
          "매출 순위에서도 가람전자는 올 3분기 21조3456억원으로 가장 많았다.\n")
LOOK = ("9일 거래소가 내놓은 코스피 상장사 결산법인 612개의 3분기 누적 실적을 보면 가람전자는 "
        "31조2100억원으로 영업이익이 가장 많았다. 상위 10곳 가운데 한빛중공업과 새봄화학은 전년동기대비 영업이익이 "
        "각각 41.25%, 12.75% 줄었다.\n")


def test_a_company_after_the_survey_s_source_is_its_own() -> None:
    """"... 420곳의 실적을 분석한 결과, 가람전자는 ... 영업이익은 4조1234억원": 가람전자's, not the
    source's (the exchange) nor the registrant's."""
    found = _facts(SURVEY)
    assert ("OperatingIncomeLoss", "4123400000000", "가람전자") in found, found
    assert ("Revenues", "21345600000000", "가람전자") in found, found
    assert not any(member is None for _, _, member in found), found


def test_a_ranking_s_companies_are_never_the_registrant() -> None:
    """"상위 10곳 가운데 X와 Y는 ... 영업이익이 각각 41.25%, 12.75% 줄었다": companies of a market's
    story, no change of the registrant's."""
    found = _facts(LOOK)
    assert not any(member is None for _, _, member in found), found
    assert not any(value in ("-0.4125", "-0.1275") and member is None for _, value, member in found), found


def test_a_new_look_at_the_market_is_not_the_industry_s() -> None:
    """"연결 기준으로 보면, 전체 매출액은 ...": the market's, not the industry named before."""
    text = ("3일 거래소에 따르면 코스닥 상장기업 900개사의 상반기 매출액이 늘었다. 업종별로 보면 제약은 매출이 "
            "늘었다. 가전유통은 매출이 늘었지만 순이익은 줄었다.\n"
            "연결 기준으로 보면, 전체 매출액은 61조2345억 원으로 전년 동기 대비 10.25% 늘었다.\n")
    found = _facts(text)
    assert not any(member == "가전유통" for _, _, member in found), found


@pytest.mark.parametrize("registrant", ["한빛의류", None])
def test_a_round_up_s_next_company_introduced_by_also(registrant: str | None) -> None:
    """"새봄바이오 역시 ... 매출액과 영업이익이 각각 ... 612억원, 37억원으로": 새봄바이오's figures, not
    those of the company named in the sentence before."""
    text = ("한빛의류, 2분기 이익 급증\n\n"
            "한빛의류는 8일 연결기준 영업이익이 지난해 같은 기간보다 12.4% 늘어난 512억원으로 집계됐다고 밝혔다.\n"
            "회사 측은 “수출 물량이 늘었다”고 말했다. 가온제약도 2ㆍ4분기 매출액과 영업이익이 작년 같은 기간보다 각각 "
            "12.5%. 31.5% 증가한 1,234억원, 98억원으로 나타났다. 순이익도 11.1% 많은 41억원이었다.\n"
            "새봄바이오 역시 작년 1,500억원 규모의 계약이 올해 실적에 잡히며 매출액과 영업이익이 각각 1년 전보다 "
            "21.5%, 112% 늘어난 612억원, 37억원으로 흑자로 돌아섰다.\n")
    found = _facts(text, registrant)
    assert not any(value in ("61200000000", "3700000000") and member in (None, "가온제약")
                   for _, value, member in found), found


SPLITS = ("상장사 주식분할 소식\n"
          "가람식품은 5대 1 비율로 주식을 나누기로 했다고 밝혔다. 발행주식 총수는 60만 주에서 300만 주가 된다.\n"
          "한빛반도체는 지난 3일 이사회에서 주식분할을 결의했다. 주당 액면가 1,000원을 500원으로 나누는 "
          "것으로, 분할이 끝나면 한빛반도체 주식 수는 두 배가 된다.\n")


def test_a_par_value_of_another_company_in_a_round_up_stays_out() -> None:
    """A round-up of splits: "한빛반도체는 ... 주당 액면가 1,000원을 500원으로 나누는" is 한빛반도체's par
    value, not that of the company the story named first (its registrant)."""
    (converted,) = convert_text(SPLITS, "splits.txt")
    assert not [f for f in facts(converted) if f.concept == "CommonStockParValuePerShare"]
    (alone,) = convert_text(SPLITS.replace("한빛반도체는 지난", "가람식품은 지난").replace("나면 한빛반도체", "나면 가람식품"),
                            "split.txt")
    assert [f.value for f in facts(alone) if f.concept == "CommonStockParValuePerShare"] == ["1000"]
