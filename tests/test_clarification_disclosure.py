"""A Korean company's clarification of a rumour or a news report (풍문 또는 보도에 대한 해명, the
answer to the exchange's inquiry): its title, its date and its company are read; what the
rumour claims (a price, a stake) is the report's, never the company's fact."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms.names import is_company_name
from converter.pipeline import convert_text
from factlib import facts

# a disclosure portal's copy of the answer: the form's name with the date and time it was
# posted, the source, the company's name glued to its marker, then the form's items
PORTAL_COPY = """풍문또는보도에대한해명(미확정) 2019-05-03 17:41:00
출처 : http://dart.example/dsaf001/main.do?rcpNo=20190503000001
가람전자(주)
1. 풍문 또는 보도의 내용 | 가람전자, 물류센터 1,200억원에 매각 추진 |
2. 풍문 또는 보도의 매체 | 한빛경제 외 |
3. 풍문 또는 보도의 발생일자 | 2019-05-02 |
4. 풍문 또는 보도의 내용에 대한 해명내용 | 당사는 재무구조 개선을 위하여 물류센터 매각을 검토하고 있으나, 현재까지 구체적으로 확정된 사항은 없습니다. 향후 구체적인 내용이 확정되는 시점 또는 1개월 이내에 재공시하도록 하겠습니다. |
5. 재공시예정일 | 2019-06-02 |
※ 관련공시 | - |
"""


def test_a_portal_copy_of_the_answer_has_its_title_date_and_company():
    (converted,) = convert_text(PORTAL_COPY, "clarification.txt")
    found = {f.concept: f.value for f in facts(converted)}
    assert found["DocumentTitle"] == "풍문또는보도에대한해명(미확정)"
    assert found["DocumentDate"] == "2019-05-03"  # posted, not the report's day nor the re-disclosure's
    assert found["EntityRegistrantName"] == "가람전자(주)"
    # the rumoured price is the report's: no amount is the company's
    assert not [f for f in facts(converted) if f.unit is not None]


@pytest.mark.parametrize("name, expected", [
    ("가람전자(주)", True),   # the marker glued after the name
    ("(주)가람전자", True),   # or before it
    ("(주)", False),          # the marker alone is no name
    ("주식회사", False),
])
def test_a_korean_name_glued_to_its_marker_is_a_company_name(name, expected):
    assert is_company_name(name) is expected
