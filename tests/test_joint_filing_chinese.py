"""Joint filing agreements in Chinese translation (traditional and simplified), as financial
portals publish translated EDGAR exhibits: classified as agreements, read with the English
agreement's mechanisms (labels ``姓名:`` name, ``標題:``/``职务:`` title, ``日期:`` date, ``來自:``
by), no party made the registrant. Every name and figure here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.model import DocumentFamily
from converter.pipeline import convert_text

AXIS = "ReportingPersonAxis"

# the layout of a machine-translated agreement: blank-ish lines between the lines of each page,
# "By:" rendered as "來自:" (from) or "作者:" (author), "Title:" as "標題:" (heading)
TRADITIONAL = """附錄 2
聯合申報協議

根據經修訂的1934年《證券交易法》第13d−1 (k) (1) 條,下列簽署人承認並同意,附表13D中的上述聲明 是代表每位簽署人提交的,無需提交額外的聯合申報協議。

日期:2021 年 3 月 9 日

HANBIT 管理 BV
 
   
來自:
/s/ Mira Castell
 
 
姓名:Mira Castell
 
 
標題:授權人士
 
   
   
HANBIT VENTURES II CO
 
   
作者:Hanbit Management BV,其普通合夥人
 
   
來自:
/s/ Mira Castell
 
 
姓名:Mira Castell
 
 
標題:授權人士
 
   
   
/s/ Mira Castell
 
MIRA CASTELL
 
   
   

 
彼得·羅伊
 
   

 
來自: /s/ Mira Castell
 
  姓名:Mira Castell  
 
標題:事實律師
"""

SIMPLIFIED = """联合申报协议

根据规则13d-1(k)(1),以下签署人同意代表每位签署人提交附表13G。

日期:2020 年 6 月 2 日

DELTA 资本 LP
签名: /s/ Owen Vale
姓名:Owen Vale
职务:首席执行官
"""


def _facts(text: str) -> tuple[object, dict[str, object], dict[int, dict[str, object]]]:
    converted, = convert_text(text, "jfa.txt")
    plain: dict[str, object] = {}
    members: dict[int, dict[str, object]] = {}
    for o in converted.extraction.observations:
        record = members.setdefault(int(o.dimensions[0][1]), {}) if o.dimensions else plain
        assert not o.dimensions or o.dimensions[0][0] == AXIS, o  # no other axis
        assert o.concept not in record, f"{o.concept} twice"
        record[o.concept] = o.value
    return converted, plain, members


def test_traditional_chinese_agreement_is_read_as_the_english_one() -> None:
    converted, plain, members = _facts(TRADITIONAL)
    assert converted.extraction.classification.family is DocumentFamily.JOINT_FILING_AGREEMENT
    assert "EntityRegistrantName" not in plain  # the parties are reporting persons, not the issuer
    assert plain.get("DocumentTitle") in (None, "聯合申報協議")  # no party line is the title
    assert plain["ScheduleType"] == "13D"
    assert plain["NumberOfReportingPersons"] == 4
    date = dt.date(2021, 3, 9)
    assert members == {
        1: {"ReportingPersonName": "HANBIT 管理 BV", "ReportingPersonType": "entity",
            "SignatoryName": "Mira Castell", "SignatoryCapacity": "授權人士", "SignatureDate": date},
        2: {"ReportingPersonName": "HANBIT VENTURES II CO", "ReportingPersonType": "entity",
            "SignatoryName": "Mira Castell", "SignatoryCapacity": "授權人士",
            "SignedOnBehalfOf": "Hanbit Management BV", "SignatureDate": date},
        3: {"ReportingPersonName": "MIRA CASTELL", "ReportingPersonType": "natural person",
            "SignatoryName": "MIRA CASTELL", "SignatureDate": date},
        4: {"ReportingPersonName": "彼得·羅伊", "ReportingPersonType": "natural person",
            "SignatoryName": "Mira Castell", "SignatoryCapacity": "事實律師", "SignatureDate": date},
    }


def test_no_label_line_is_a_party_or_a_name() -> None:
    _, _, members = _facts(TRADITIONAL)
    values = [v for record in members.values() for v in record.values() if isinstance(v, str)]
    assert not [v for v in values if ":" in v or "標題" in v or "姓名" in v]


def test_simplified_chinese_agreement() -> None:
    converted, plain, members = _facts(SIMPLIFIED)
    assert converted.extraction.classification.family is DocumentFamily.JOINT_FILING_AGREEMENT
    assert "EntityRegistrantName" not in plain
    assert plain.get("DocumentTitle") in (None, "联合申报协议")
    assert plain["ScheduleType"] == "13G"
    assert members[1]["ReportingPersonName"] == "DELTA 资本 LP"
    assert members[1]["SignatoryName"] == "Owen Vale"
    assert members[1]["SignatoryTitle"] == "首席执行官"


@pytest.mark.parametrize("label", ["姓名:", "標題:", "职务:", "日期:", "來自:", "姓名：", "職稱："])
def test_label_alone_is_no_party(label: str) -> None:
    from converter.extract.mechanisms.signature_lines import page_lines

    text = f"APEX 管理 BV\n來自:\n/s/ Jo Park\n{label}\n"
    kinds = [line.kind for line in page_lines(text) if line.body]
    assert kinds[:2] == ["text", "sig"]
    assert "text" not in kinds[2:]


def test_chinese_strings_are_tagged_chinese() -> None:
    converted, = convert_text(TRADITIONAL, "jfa.txt")
    langs = {o.value: o.lang for o in converted.extraction.observations if isinstance(o.value, str)}
    assert langs["彼得·羅伊"] == "zh" and langs["HANBIT 管理 BV"] == "zh" and langs["事實律師"] == "zh"
    assert langs["HANBIT VENTURES II CO"] == "en" and langs["Mira Castell"] == "en"
