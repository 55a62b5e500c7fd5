"""Korean digests of many companies' results (the securities pages' round-ups).

Invented texts in the layouts of Korean business news: a market's digest whose lead states the
market's sums and whose later paragraphs name companies (no registrant), a round-up of several
companies' quarters none of which its lead makes the story's (no registrant either; each figure
its own company's), a company's run of figures that ends where a sentence names another company
as its subject, a share price quoted after a company's name ("(31,250원 ▼70 -0.22%)"), the
items between operating and net profit named with their amounts (특별이익, 지분법이익, 외환차익:
no net profit, no segment), a year-before period word that holds within its sentence, and a
quarter written with its "of four" ("3·4분기", "3∙4분기": the member "3분기").
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from converter.extract.mechanisms.stated_periods import stated_member
from converter.extract.registrant_sentences import from_korean_subject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_press_release import context, extract_press_release  # noqa: E402


def _facts(text: str, registrant: str | None = None):
    """(concept, value, counterparty, segment, stated period) of every fact, and the extraction."""
    found = extract_press_release(context(text, registrant))
    return found, {(o.concept, o.value, dict(o.dimensions).get("CounterpartyAxis"),
                    dict(o.dimensions).get("SegmentAxis"), dict(o.dimensions).get("StatedPeriodAxis"))
                   for o in found.observations}


MARKET_DIGEST = (
    "코스닥 상장사의 연결기준 실적이 올해 상반기 크게 개선됐다.\n\n"
    "12일 한국거래소에 따르면 코스닥 48개사의 상반기 매출은 3조1200억원으로 지난해 같은 기간보다 12.5% 늘었다. "
    "영업이익은 21.3% 증가한 2100억원으로 집계됐다.\n\n"
    "제조업종의 연결 순이익은 전년 동기 대비 120.5% 급증했다. 가람소재가 전년 동기 적자에서 흑자(853억원)로 돌아섰다. "
    "가람소재는 연결기준 실적을 낸 코스닥 기업 중 최대 순이익을 기록했다.\n")

ROUND_UP = (
    "누리자동차(123450)의 생산에 큰 영향을 받는 한빛물류(234560)는 올해 3·4분기 매출 1조2,352억원, 영업이익 678억원을 기록했다. "
    "매출은 전년 동기 대비 2.1% 감소했지만 영업이익은 3.4% 증가한 수치다. "
    "같은 날 다온기계(345670)는 올 3·4분기 연결기준 영업이익이 321억원으로 전년 동기 대비 12.3% 증가했다.\n"
    "가온건설(456780)은 매출 9,876억원, 영업이익 432억원을 기록해 전년 동기 대비 매출은 6.3% 늘었다. "
    "나래건설은 올해 3·4분기 매출 2조1,234억원, 영업이익 1,234억원, 당기순이익 583억원을 기록했다. "
    "전년 동기 대비 영업이익은 7.8% 증가했다.\n"
    "새봄식품은 연결 기준 영업이익이 전년 동기 대비 16.4% 증가한 4,318억원을 달성한 것으로 나타났다.\n")


def test_a_market_digest_has_no_registrant() -> None:
    """The lead states the market's sums ("코스닥 48개사의 상반기 매출은"); the company a later
    paragraph names is one of many, not the story's."""
    assert from_korean_subject(MARKET_DIGEST) is None
    found, facts = _facts(MARKET_DIGEST, None)
    assert not any(party is None and segment is None for _, _, party, segment, _ in facts)


def test_a_round_up_whose_lead_names_none_of_its_companies_as_the_story_has_no_registrant() -> None:
    """Five companies' quarters one after another: none is the story's, each figure its own
    company's ("가온건설(456780)은 매출 9,876억원": named with its stock code), none the document's."""
    assert from_korean_subject(ROUND_UP) is None
    found, facts = _facts(ROUND_UP, None)
    assert ("Revenues", Decimal("2123400000000"), "나래건설", None, "3분기") in facts
    assert ("NetIncomeLoss", Decimal("58300000000"), "나래건설", None, "3분기") in facts
    assert ("Revenues", Decimal("987600000000"), "가온건설", None, "3분기") in facts
    assert not any(party is None for _, _, party, _, _ in facts)  # (no figure is the document's own)


def test_the_source_of_a_markets_sums_is_no_registrant() -> None:
    """"가람상장사협의회는 ... 상장사 487개의 실적을 분석한 뒤 ...": the subject of the lead is the
    source of the market's sums (a count of companies follows it), not a company reporting."""
    text = ("가람상장사협의회는 19일 12월결산 상장사 487개의 실적을 분석한 뒤 “1∼9월 순이익은 18조3157억원”이라고 밝혔다. "
            "누리물산은 순이익 744억원을 기록했다.")
    assert from_korean_subject(text) is None


def test_a_story_whose_lead_names_its_company_keeps_it() -> None:
    """A company named in the lead sentence is the story's, though others report after it."""
    text = ("가람모직의 3분기 영업이익이 지난해보다 14% 줄었다. 가람모직은 3분기 영업이익이 691억원을 기록했다고 밝혔다. "
            "누리금융그룹은 올 3분기 4,870억원의 당기순이익을 올렸다. 나래통신은 3분기 매출 1,164억원을 기록했다.")
    assert from_korean_subject(text).value == "가람모직"


RUN_ENDS = (
    "가람모직의 3분기 영업이익이 지난해보다 14% 줄었다. 가람모직은 3분기 영업이익이 691억원을 기록했다고 밝혔다. "
    "누리금융그룹은 올 3∙4분기 4,870억원의 당기순이익을 올렸다. "
    "인터넷 포털 다음은 3ㆍ4분기 실적 집계 결과 매출 1,164억원, 영업이익 247억원으로 나타났다.")


def test_a_companys_run_of_figures_ends_where_another_company_is_the_subject() -> None:
    """"인터넷 포털 다음은 ... 매출 1,164억원": the sentence's subject is another company (one no
    pattern tells for sure), so its figures are not those of the company before."""
    found, facts = _facts(RUN_ENDS, "가람모직")
    assert ("NetIncomeLoss", Decimal("487000000000"), "누리금융그룹", None, "3분기") in facts
    assert not any(value in (Decimal("116400000000"), Decimal("24700000000")) for _, value, *_ in facts)


def test_a_share_price_quoted_after_a_companys_name_is_no_result() -> None:
    """"△한빛바이오 (31,250원 ▼70 -0.22%)(4127억원)": the price a news page quotes is no figure of
    the measure before it, and the list's figures are not those of the company named before
    (another company than the story's: its run of figures ended with its sentences)."""
    text = ("가람전자는 상반기 매출 320억원을 기록했다고 14일 밝혔다. "
            "2위는 벤처캐피탈 가람캐피탈 (7,140원 ▼260 -3.51%)다. 가람캐피탈은 올해 상반기 매출액 97억원, 영업이익 61억원을 냈다. "
            "지난해 상반기 영업이익률(71.25%) 대비론 6.12%p 감소했다.\n"
            "이어 영업이익 상위에는 △한빛바이오 (31,250원 ▼70 -0.22%)(4127억원) △누리지주 (9,470원 ▼130 -1.35%)(2916억원) 등이 올랐다.\n")
    found, facts = _facts(text, "가람전자")
    assert ("OperatingIncomeLoss", Decimal("6100000000"), "가람캐피탈", None, "상반기") in facts
    assert not any(value in (Decimal("31250"), Decimal("412700000000"), Decimal("9470")) for _, value, *_ in facts)


@pytest.mark.parametrize("sentence", [
    "순이익은 특별이익 52억원, 지분법이익 9억원 덕분에 늘었다.",
    "가람전자의 상반기 지분법 평가순이익은 52억원이었다.",
    "상반기 순이익이 외환차익 52억원으로 흑자 전환했다.",
    "영업외수익은 52억원으로 늘었다.",
])
def test_an_item_between_operating_and_net_profit_is_neither_net_profit_nor_a_segment(sentence: str) -> None:
    """특별이익, 지분법 (평가)이익, 외환차익, 영업외수익 with their amounts: no net income, no
    segment of it; the taxonomy has no concept for them, so their figures stay unmapped."""
    text = f"가람전자는 상반기 매출 320억원을 기록했다고 14일 밝혔다. {sentence}"
    found, facts = _facts(text, "가람전자")
    assert not any(concept == "NetIncomeLoss" for concept, *_ in facts)
    assert any(m.text == "52억원" for m in found.unmapped)


@pytest.mark.parametrize("phrase", ["3·4분기", "3/4분기", "3ㆍ4분기", "3∙4분기", "지난 3·4분기", "올 3ㆍ4분기"])
def test_a_quarter_written_with_its_of_four_is_one_member(phrase: str) -> None:
    assert stated_member(phrase) == "3분기"


def test_a_quarter_written_with_a_bullet_operator_is_that_quarter() -> None:
    """"3∙4분기" (U+2219 for the middle dot) is the third quarter, not the fourth."""
    found, facts = _facts("누리금융그룹은 올 3∙4분기 4,870억원의 당기순이익을 올렸다고 밝혔다.", "누리금융그룹")
    assert ("NetIncomeLoss", Decimal("487000000000"), None, None, "3분기") in facts


THREE_CARRIERS = (
    "통신 3사가 올해 3분기 실적에서 희비가 엇갈렸다. 가람통신과 누리텔레콤은 영업이익이 크게 줄어든 반면, "
    "한빛통신은 호실적을 달성했다.\n\n"
    "8일 통신 3사에 따르면 이날 올해 3분기 실적을 발표한 한빛통신은 3분기 연결 기준 영업이익이 4천120억원으로 집계됐다. "
    "매출액도 같은 기간 2.4% 증가해 3조1천억원을 기록했다.\n\n"
    "누리텔레콤은 3분기 연결 기준 영업이익이 11.2% 줄어들면서 1천870억원을 기록했다.\n\n"
    "가람통신은 3분기 연결 기준 영업이익이 9백억원으로 집계됐다.\n")


def test_a_subject_after_a_day_and_a_count_ends_the_run_before() -> None:
    """"8일 통신 3사에 따르면 이날 ... 실적을 발표한 한빛통신은 ...": the day and the count before
    the subject are no figures of the sentence, so its subject is read, and its figures are not
    those of the company named before (whose run ends there)."""
    from converter.extract.mechanisms.korean_subjects import korean_other_subject
    assert korean_other_subject(THREE_CARRIERS.split("\n\n")[1]) == "한빛통신"
    found, facts = _facts(THREE_CARRIERS, None)
    assert not any(value == Decimal("412000000000") and party in ("누리텔레콤", "가람통신")
                   for _, value, party, *_ in facts)
    assert ("OperatingIncomeLoss", Decimal("187000000000"), "누리텔레콤", None, "3분기") in facts


CLAUSE_SUBJECTS = (
    "가람그룹은 3분기 매출액 2조1천억원, 영업이익 1천900억원을 올렸다.\n\n"
    "한빛전자는 3분기 매출액이 5천120억원으로 4.2% 늘었다.\n\n"
    "반면 누리건설은 매출액 3천180억원으로 전기 대비 1.6% 줄어들고, 새봄제지는 순손실 43억원을 기록하며 "
    "적자 전환했다.\n")


def test_a_later_clauses_subject_in_a_digest_is_not_the_company_before() -> None:
    """"누리건설은 ... 1.6% 줄어들고, 새봄제지는 순손실 43억원을": in a digest of several companies,
    a clause naming another company as its subject after an amount ends the first company's run
    (its figure is no longer given to 누리건설)."""
    found, facts = _facts(CLAUSE_SUBJECTS, None)
    assert ("Revenues", Decimal("318000000000"), "누리건설", None, "3분기") in facts
    assert not any(value == Decimal("-4300000000") and party == "누리건설" for _, value, party, *_ in facts)
