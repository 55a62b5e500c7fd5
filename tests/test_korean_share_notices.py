"""Korean notices of a new share issue (신주발행공고) written as prose, not as the DART form's
table: the par value inside the item of the new shares ("(신주의 1주당 액면가액: 500원)") or in a
sentence, the board's date in the notice's opening sentence ("<date> 개최한 당사 이사회에서 ...
결의하였기에 공고합니다"), and the filer's name on the cover of a DART form ("회 사 명 : | X(주)").
Invented companies and figures, in the layouts these notices print."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.pipeline import convert_text

NOTICE = """신주발행공고
주주 여러분께
{opening}
- 아 래 -
1. 신주의 종류와 수: 기명식 보통주식 1,250,000 주 {par}
2. 신주의 발행방법: 주주배정 후 실권주 일반공모 유상증자 방식
3. 자금조달의 목적: 운영자금
"""


def _facts(text: str) -> dict[str, set[str]]:
    (converted,) = convert_text(text, "notice.txt")
    found: dict[str, set[str]] = {}
    for f in facts(converted):
        found.setdefault(f.concept, set()).add(f.value)
    return found


OPENING = "2024년 03월 11일 개최한 당사 이사회에서 아래와 같이 신주발행을\n결의하였기에 공고합니다."


@pytest.mark.parametrize("par, value", [
    ("(신주의 1주당 액면가액: 1,000원)", "1000"),
    ("(신주의 1주당 액면가액 : 100원)", "100"),
    ("\n4. 기타: 1주당 액면가액은 5,000원이며 신주의 배당기산일은 2024년 1월 1일로 한다.", "5000"),
    ("\n기존 보통주의 액면가액은 주당 2,500원이다.", "2500"),
    ("\n분할 전 1주당 액면가액은 5,000원이며, 분할 후 액면가는 주당 500원이다.", "5000"),
])
def test_the_par_value_of_a_notice_in_prose(par: str, value: str) -> None:
    found = _facts(NOTICE.format(opening=OPENING, par=par))
    assert found.get("CommonStockParValuePerShare") == {value}


@pytest.mark.parametrize("par", [
    "(사채의 액면가액: 10,000원)",  # "액면가액" alone may be a bond's face amount: 주당 ("per share") makes it a share's
    "\n분할 후 액면가는 주당 500원이 된다.",  # the par value after a split: not the shares' one now
])
def test_no_par_value(par: str) -> None:
    found = _facts(NOTICE.format(opening=OPENING, par=par))
    assert "CommonStockParValuePerShare" not in found


@pytest.mark.parametrize("opening, date", [
    (OPENING, "2024-03-11"),
    ("2023년 9월 4일 열린 회사 이사회는 아래와 같이 신주의 발행을 의결하였습니다.", "2023-09-04"),
])
def test_the_board_date_of_a_notice_opening(opening: str, date: str) -> None:
    found = _facts(NOTICE.format(opening=opening, par="(신주의 1주당 액면가액: 500원)"))
    assert found.get("BoardResolutionDate") == {date}


def test_a_shareholders_meeting_is_no_board_resolution() -> None:
    opening = "2024년 03월 11일 개최한 임시주주총회에서 아래와 같이 결의하였기에 공고합니다."
    found = _facts(NOTICE.format(opening=opening, par=""))
    assert "BoardResolutionDate" not in found


COVER = """주요사항보고서(유상증자결정)
| 금융위원회 / 한국거래소 귀중 | 2021년 05월 17일 | |
| 회 사 명 : | (주)한빛로보텍 | |
| 대 표 이 사 : | 김하늘 | |
| 본 점 소 재 지 : | 경기도 수원시 영통구 예시로 12 | |
유상증자 결정
| 1. 신주의 종류와 수 | 보통주식 (주) |
"""


def test_the_filer_on_a_dart_cover() -> None:
    assert _facts(COVER).get("EntityRegistrantName") == {"(주)한빛로보텍"}


def test_a_decision_tables_company_name_is_no_filer() -> None:
    text = COVER.replace("회 사 명 :", "회사명 :")  # unspaced: a decision table's item (an investee)
    assert "EntityRegistrantName" not in _facts(text)
