"""Fragments are no label values: a 6-K cover flattened one cell a line (its marks on lines of
their own) gives the party of its signature, not the check boxes above it run together; a
company's legal form wrapped onto a line of its own, or a table's row label over repeated cells,
is no title; a DART viewer's cover run onto the title's line is cut off; a 12(g) section
answered "None" lists no class, whatever heading follows it (cut short); a cover item whose
"value" is a bracket is left out. Invented names and figures."""

from __future__ import annotations

import re

from converter.extract.kinds.schedule_13 import _row_value
from converter.pipeline import convert_text

CELLS_6K = """FORM 6-K
|
Form 20-F
|
X
|
Form 40-F
|
Yes
|
No
|
X
|
Item
|
1.
|
Change of Largest Shareholder
|
Hanbit Precision Inc.
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
Chief Financial Officer
"""


def _facts(text: str, name: str = "report.txt") -> str:
    converted, = convert_text(text, name)
    return converted.xml.decode()


def _values(xml: str, concept: str) -> list[str]:
    return re.findall(rf"{concept} [^>]*>([^<]+)<", xml)


def test_party_of_a_cover_one_cell_a_line() -> None:
    assert _values(_facts(CELLS_6K), "SignatureParty") == ["Hanbit Precision Inc."]


WRAPPED_FORM = """ date 2019-05-02 - The above guarantee is under the loan agreement with Hanbit Precision Vina

Co., Ltd.



- The amount of 3 above is converted at the standard rate as of April 30 (1USD = KRW 1,150.40).
"""

ROW_LABEL = """( in Million)
Particulars
Dec 2024
Sep 2024
Review Status
Unreviewed
Unreviewed
Net Sales
4321.55
4210.10
"""


def test_no_title_from_fragments() -> None:
    for text in (WRAPPED_FORM, ROW_LABEL):
        assert _values(_facts(text), "DocumentTitle") == []


DART_VIEWER = """주요사항보고서(유상증자결정) 3.2 한빛정밀 주식회사 주요사항보고서 / 거래소 신고의무 사항
금융위원회 / 한국거래소 귀중 2019 년 4 월 2 일
회 사 명 : 한빛정밀 주식회사
대 표 이 사 : 윤 민 수

유상증자 결정
"""


def test_dart_viewer_cover_cut_from_the_title() -> None:
    assert _values(_facts(DART_VIEWER), "DocumentTitle") == ["주요사항보고서(유상증자결정)"]


def test_bracket_alone_is_no_cover_value() -> None:
    text = "[48215K103 CUSIP No. 4 CITIZENSHIP OR PLACE OF ORGANIZATION]"
    start = text.index("ORGANIZATION") + len("ORGANIZATION")
    assert _row_value(text, "ReportingPersonCitizenshipOrPlaceOfOrganization", start, len(text)) is None


COVER_20F = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 20-F
ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
For the fiscal year ended December 31, 2014
Commission file number 001-34567
HANBIT POWER CORPORATION
(Exact name of Registrant as specified in its charter)
Republic of Korea
(Jurisdiction of incorporation or organization)
Securities registered or to be registered pursuant to Section 12(b) of the Act:

Title of each class                                   Name of each exchange on which registered
Common stock, par value Won 2,500 per share           New York Stock Exchange

Securities registered or to be registered pursuant to Section 12(g) of the Act:

None

Securities for which there is a rep"""


def test_section_answered_none_lists_no_class() -> None:
    titles = _values(_facts(COVER_20F, "annual.txt"), "SecurityTitle")
    assert titles == ["Common stock, par value Won 2,500 per share"]
