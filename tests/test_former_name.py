"""A note of the company's former name after its name ("(구.(주)한빛테크)", "(formerly ...)") is
no part of EntityRegistrantName: the registrant is the current name. Invented documents."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text

KOREAN_COVER = """주요사항보고서 / 거래소 신고의무 사항
금융위원회 / 한국거래소 귀중 2031년 05월 12일
회 사 명 : {name}
대 표 이 사 : 김 가 람
본 점 소 재 지 : 서울특별시 가상구 가상로 12

주식 소각 결정
1. 소각할 주식의 종류와 수 | 보통주식 (주) | 120,500 | |
9. 이사회결의일(결정일) | 2031-05-12 | ||
"""

ENGLISH_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER
                      PURSUANT TO RULE 13a-16 OR 15d-16 OF
                       THE SECURITIES EXCHANGE ACT OF 1934

                          For the month of March 2031

                          Commission File Number 1-99999

        HANBIT ELECTRONICS CO., LTD. ({note} Hanbit Tech Co., Ltd.)
                (Translation of registrant's name into English)

                  12 Gasang-ro, Gasang-gu, Seoul, Korea
                  (Address of principal executive offices)
"""


def _registrant(text: str) -> list[object]:
    (converted,) = convert_text(text, "notice.txt")
    return [o.value for o in converted.extraction.observations if o.concept == "EntityRegistrantName"]


@pytest.mark.parametrize(("printed", "name"), [
    ("(주)가람전자 (구.(주)한빛테크)", "(주)가람전자"),
    ("주식회사 가람전자 (구 한빛테크)", "주식회사 가람전자"),
    ("가람전자(주)(구:한빛테크(주))", "가람전자(주)"),
    ("가람전자(주)", "가람전자(주)"),
])
def test_korean_cover_name_without_its_former_name(printed: str, name: str) -> None:
    assert _registrant(KOREAN_COVER.format(name=printed)) == [name]


@pytest.mark.parametrize("note", ["formerly", "formerly known as", "f/k/a"])
def test_english_cover_name_without_its_former_name(note: str) -> None:
    assert _registrant(ENGLISH_COVER.format(note=note)) == ["HANBIT ELECTRONICS CO., LTD."]
