"""The cover (표지) of a Korean disclosure form (DART 주요사항보고서 / 거래소 신고의무 사항): its
labels letter-spaced one syllable apart ("대 표 이 사 :", "본 점 소 재 지 :", "(전 화)"), the
representative's name too ("홍 길 동"), as plain lines or as cells. The representative is an
officer (대표이사), the head office the registrant's address, the number under it its phone; the
person who prepared the form (작성책임자) the filing's contact, with the number under their line.
Invented companies, people, addresses and numbers, in the layout these covers print."""

from __future__ import annotations

import pytest
from factlib import facts

from converter.parse.address import parse_address
from converter.pipeline import convert_text

LINES = """주요사항보고서(전환사채권 발행결정) 한빛정밀(주) 주요사항보고서 / 거래소 신고의무 사항
금융위원회 / 한국거래소 귀중 2031년 04월 17일
회 사 명 : 한빛정밀(주)
대 표 이 사 : {ceo}
본 점 소 재 지 : 충청북도 청주시 흥덕구 예시대로 417번길 23
(전 화) 043-555-0142
(홈페이지)http://www.hanbit-example.co.kr
작 성 책 임 자 : (직 책) 공시담당 (성 명) 박 다 솜
(전 화) 043-555-0199

전환사채권 발행결정
"""

CELLS = """주요사항보고서(유상증자결정)
| 금융위원회 / 한국거래소 귀중 | 2031년 04월 17일 | |
| 회 사 명 : | 누리바이오(주) | |
| 대 표 이 사 : | {ceo} | |
| 본 점 소 재 지 : | 서울특별시 강남구 예시로 88 | |
| | (전 화) 02-555-0177 | |
유상증자 결정
"""

# the same cover as a portal prints it, the labels spaced out unevenly
WIDE = """주요사항보고서 / 거래소 신고의무 사항
금융위원회 / 한국거래소 귀중  2031년     04월     17일
회     사     명  : 주식회사 다온테크
대  표   이  사  : {ceo}
본 점  소 재 지 : 대전광역시 유성구 예시로 41

(전  화) 042-555-0123

작 성 책 임 자 : (직  책) 상무 (성  명) 강 나 래

(전  화) 042-555-0456
"""


def _facts(text: str) -> dict[str, set[str]]:
    (converted,) = convert_text(text, "cover.txt")
    found: dict[str, set[str]] = {}
    for f in facts(converted):
        found.setdefault(f.concept, set()).add(f.value)
    return found


@pytest.mark.parametrize("layout, ceo, name", [
    (LINES, "최 한 결", "최한결"),  # letter-spaced, as the label
    (LINES, "최한결", "최한결"),
    (CELLS, "윤 서 진", "윤서진"),
    (WIDE, "한 지 우", "한지우"),
])
def test_the_representative_on_a_form_cover(layout: str, ceo: str, name: str) -> None:
    found = _facts(layout.format(ceo=ceo))
    assert found.get("OfficerName") == {name}
    assert found.get("OfficerTitle") == {"대표이사"}


@pytest.mark.parametrize("ceo", [
    "최한결, 윤서진",  # two representatives: no name with a title
    "최 한 결, 윤 서 진",
    "미정",  # no person's name
])
def test_no_representative(ceo: str) -> None:
    found = _facts(LINES.format(ceo=ceo))
    assert "OfficerName" not in found
    assert "OfficerTitle" not in found


def test_the_head_office_and_its_phone_on_a_form_cover() -> None:
    found = _facts(LINES.format(ceo="최한결"))
    assert found.get("EntityAddressCity") == {"Cheongju-si", "청주시"}
    assert found.get("EntityAddressDistrict") == {"Heungdeok-gu", "흥덕구"}
    assert found.get("EntityAddressRoadName") == {"Yesi-daero 417-gil 23"}
    assert found.get("EntityPhoneNumber") == {"+82-43-555-0142"}  # not the preparer's, under it


def test_the_head_office_and_its_phone_in_cells() -> None:
    found = _facts(CELLS.format(ceo="윤서진"))
    assert found.get("EntityAddressDistrict") == {"Gangnam-gu", "강남구"}
    assert found.get("EntityAddressRoadName") == {"Yesi-ro 88"}
    assert found.get("EntityPhoneNumber") == {"+82-2-555-0177"}


def test_the_head_office_and_its_phone_spaced_out_unevenly() -> None:
    found = _facts(WIDE.format(ceo="한지우"))
    assert found.get("EntityAddressDistrict") == {"Yuseong-gu", "유성구"}
    assert found.get("EntityAddressRoadName") == {"Yesi-ro 41"}
    assert found.get("EntityPhoneNumber") == {"+82-42-555-0123"}


@pytest.mark.parametrize("address, road", [
    ("경기도 성남시 분당구 예시로 255번길 35", "Yesi-ro 255-gil 35"),  # the side street apart from its road
    ("경기도 성남시 분당구 예시로255번길 35", "Yesi-ro 255-gil 35"),
    ("서울특별시 강남구 예시로 87길 6", "Yesi-ro 87-gil 6"),
    ("서울특별시 강남구 예시로 152", "Yesi-ro 152"),  # a building's number, no side street
    ("경기도 성남시 분당구 예시로 255 9-22", None),  # 번길 left out: which number is the building's?
])
def test_a_hangul_side_street_written_apart(address: str, road: str | None) -> None:
    parsed = parse_address(address)
    assert parsed is not None and parsed.road_name == road


@pytest.mark.parametrize("layout, contact", [
    (LINES.format(ceo="최한결"), {"ContactName": {"박다솜"}, "ContactTitle": {"공시담당"},
                                 "ContactPhoneNumber": {"+82-43-555-0199"}}),
    (WIDE.format(ceo="한지우"), {"ContactName": {"강나래"}, "ContactTitle": {"상무"},
                               "ContactPhoneNumber": {"+82-42-555-0456"}}),
    ("| 회 사 명 : | 누리바이오(주) | |\n| 작 성 책 임 자 : | (직 책) 부사장 | (성 명) 오세린 |\n| (전 화) 02-555-0177 | ||\n",
     {"ContactName": {"오세린"}, "ContactTitle": {"부사장"}, "ContactPhoneNumber": {"+82-2-555-0177"}}),
    (LINES.format(ceo="최한결").replace("박 다 솜", "공시팀"), {}),  # no person's name: no contact
])
def test_the_preparer_is_the_filings_contact(layout: str, contact: dict[str, set[str]]) -> None:
    found = _facts(layout)
    assert {k: v for k, v in found.items() if k.startswith("Contact")} == contact
