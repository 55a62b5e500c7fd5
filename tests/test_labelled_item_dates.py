"""The date of a form's own item is never the document's date: a date printed under its item's
label when a table is flattened one cell a line ("2. Date of Prior Disclosure" / "|" / its date;
"[이자지급기일]" over a schedule of interest dates), while a Korean filing's cover dates itself
after its addressee ("금융위원회 / 한국거래소 귀중 2019년 4월 2일"). Invented names and dates."""

from __future__ import annotations

import re

import pytest

from converter.pipeline import convert_text

REVISION_6K = """FORM 6-K
REPORT OF FOREIGN PRIVATE ISSUER
|
Form 20-F
|
X
|
Form 40-F
|
Hanbit Precision Co., Ltd.
|
Date:
|
June 9, 2012
|
By:
|
/s/ Min Soo Yoon
|
Name:
|
MIN SOO YOON
|
Title:
|
Chief Executive Officer
|
1. Relevant Disclosure
|
Decision on Stock Split
|
{label}
|
May 21, 2012
|
3. Reason of Revision
|
Change of the schedule
"""

DART_COVER = """주요사항보고서(전환사채권 발행결정)
금융위원회 / 한국거래소 귀중 2019 년 4 월 2 일
회 사 명 : 한빛정밀 주식회사
대 표 이 사 : 윤 민 수

전환사채권 발행결정

이자는 매 3개월마다 지급하며, 2019년 7월 2일부터 만기일까지 이자지급기일 현재의 금액에 표면이율을 적용한다. 이자지급기일은 아래와 같다.[이자지급기일]

2019년 7월 2일

2019년 10월 02일, 2020년 01월 02일
"""


def _period_and_date(text: str) -> tuple[set[str], set[str]]:
    converted, = convert_text(text, "report.txt")
    xml = converted.xml.decode()
    return (set(re.findall(r"<xbrli:(?:instant|startDate)>([^<]+)<", xml)),
            set(re.findall(r"DocumentDate [^>]*>([^<]+)<", xml)))


@pytest.mark.parametrize("label", ["2. Date of Prior Disclosure", "2. Record Date"])
def test_item_date_is_not_the_reports(label: str) -> None:
    periods, documents = _period_and_date(REVISION_6K.format(label=label))
    assert "2012-05-21" not in periods | documents
    assert periods == {"2012-06-09"}


def test_dart_cover_dated_after_its_addressee() -> None:
    periods, documents = _period_and_date(DART_COVER)
    assert documents == {"2019-04-02"}
    assert periods == {"2019-04-02"}
