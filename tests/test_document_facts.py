"""Document-level facts of every document: DocumentType from EDGAR or the text's banner,
DocumentPeriodEndDate from a cover's month, fiscal year or stated period (or the EDGAR header),
and officers named as such (OfficerName / OfficerTitle on OfficerAxis)."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.classify import classify
from converter.extract.anchors import Located
from converter.extract.document import document_type, read_document_info
from converter.extract.mechanisms.officers import find_officers
from converter.ingest import ingest_bytes
from converter.model import FilingHeader, Segment, SourceDocument
from converter.pipeline import convert_text
from factlib import facts


def document(text: str, doc_type: str | None = None) -> SourceDocument:
    return SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),), doc_type=doc_type)


@pytest.mark.parametrize("text, doc_type, expected", [
    ("anything at all", "EX-99.1", "EX-99.1"),
    ("                                                  EXHIBIT 99.1\n\n   CONTRACT FOR BONDS\n", None, "EX-99.1"),
    ("- EXHIBIT 99.2\n\n\n              CONTRACT FOR OVERSEAS ISSUANCE OF BONDS\n", None, "EX-99.2"),
    ("Exhibit 24.2\nRESOLUTIONS OF THE BOARD OF DIRECTORS\n", None, "EX-24.2"),
    ("                                    FORM 6-K\n\n         REPORT OF FOREIGN PRIVATE ISSUER\n", None, "6-K"),
    ("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nFORM 20-F/A\n(Amendment No. 1)\n", None, "20-F/A"),
    ("                                FORM 20-F\n                             (Amendment No. 2)\n", None, "20-F/A"),
    ("UNITED\nSTATES SECURITIES AND EXCHANGE COMMISSION\nFORM\n20-F\n|\n|\n(Mark\nOne)\n", None, "20-F"),
    ("-1- FORM 20-F (Mark One) REGISTRATION STATEMENT PURSUANT TO SECTION 12(b)", None, "20-F"),
    ("Washington, DC 20549 FORM 6-K REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16", None, "6-K"),
    ("                                    FORM 8-K\n\n                                 CURRENT REPORT\n", None, "8-K"),
    # a 6-K cover's check box, a web site's menu, no banner at all: no type
    ("|\nForm 20-F\n|\nX\n|\nForm 40-F\n|\nYes\n|\nNo\n", None, None),
    ("Goto main\n\nForm 6-K Current Reports\n\nResolution on Merger\n", None, None),
    ("|\nHanbit Corp.\n|\n(Translation of registrant’s name into English)\n|\nForm 20-F X Form 40-F ___\n", None, None),
])
def test_document_type(text, doc_type, expected):
    found = document_type(document(text, doc_type))
    assert (found.value if found else None) == expected


def period_end(text: str, header: FilingHeader | None = None, doc_type: str | None = None) -> dt.date | None:
    doc = document(text, doc_type)
    info = read_document_info(doc, classify(doc), header)
    return info.period_end.value if info.period_end else None


@pytest.mark.parametrize("text, expected", [
    ("FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\n              For the month of [March], 2004\n"
     "                                HANBIT CORPORATION\n", dt.date(2004, 3, 31)),
    ("FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER\nDated November 15, 2006\nFor the month of October 2006\n",
     dt.date(2006, 10, 31)),
    ("                                   FORM 20-F\n(Mark One)\nX     ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)\n"
     "For the fiscal year ended                December 31, 2005\n", dt.date(2005, 12, 31)),
    ("FORM 20-F\n|\nFor the fiscal year ended\nMarch 31, 2004\n|\nor\n", dt.date(2004, 3, 31)),
    ("                                  ANNUAL REPORT\n         (For the period from January 1, 2005 through "
     "December 31, 2005)\n\nTo: The Financial Supervisory Commission\n", dt.date(2005, 12, 31)),
    ("Acme grew in the period from January 1, 2005 to June 30, 2005, as it did before.\n", None),
])
def test_period_end(text, expected):
    assert period_end(text) == expected


def test_period_end_from_the_header_of_the_primary_document_only():
    header = FilingHeader(company_name="HANBIT CORP", form_type="6-K", period=dt.date(2005, 9, 30),
                          filed_as_of=dt.date(2005, 9, 30))
    assert period_end("HANBIT CORPORATION\n\nTable of Contents\n", header, "6-K") == dt.date(2005, 9, 30)
    assert period_end("Hanbit today announced its results.\n", header, "EX-99.1") is None
    annual = FilingHeader(company_name="HANBIT CORP", form_type="20-F", period=dt.date(2004, 12, 31))
    doc = document("HANBIT CORPORATION\n", "20-F")
    info = read_document_info(doc, classify(doc), annual)
    assert (info.document_period.start, info.document_period.end) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))


def officers(text: str, registrant: str | None = None) -> list[tuple[str, str]]:
    found = find_officers(text, Located(registrant) if registrant else None)
    for name, _ in found:
        if name.end > name.start:
            assert text[name.start:name.end] == name.value
    return [(str(name.value), str(title.value)) for name, title in found]


@pytest.mark.parametrize("text, registrant, expected", [
    ("President & CEO :        Jae Won Park\n\nHead Office :            15 Yeouido-dong, Seoul\n\n"
     "Person in Charge:        Min Ho Lee, Vice President,\n                         Head of Investor Relations Team\n",
     None, [("Jae Won Park", "President & CEO"), ("Min Ho Lee", "Vice President, Head of Investor Relations Team")]),
    ("|Sakura Seiki Co., Ltd.\n|President: Taro Sato\n|\nTSE code number: 9999\n", None, [("Taro Sato", "President")]),
    ("May 12, 2005 Results Company name: SAKURA SEIKI Co., Ltd. Representative: Ichiro Tanaka Representative "
     "Director and President Contact: Jiro Suzuki General Manager Tel: 81-3-5555-0100", None,
     [("Ichiro Tanaka", "Representative Director and President")]),
    # a header table: the name in the label's row, the title alone in the next row's first cell
    ("Press Release:\nCompany Name: | Sakura Seiki Co., Ltd. | |||\nRepresentative: | Ichiro Tanaka | |||\n"
     "Representative Director and President | ||||\nCode No.: | 9999 | |||\n", None,
     [("Ichiro Tanaka", "Representative Director and President")]),
    ("Press Release:\nRepresentative: | Ichiro Tanaka | |||\nCode No.: | 9999 | |||\n", None,
     [("Ichiro Tanaka", "Representative")]),
    # a label of two words after the value ends it ('Contact person :')
    ("May 6, 2004 Results Company name : Sakura Seiki Corporation Representative : Ichiro Tanaka, President "
     "Contact person : Jiro Suzuki, General Manager, Accounting Division Tel. (03) 5555-0100", None,
     [("Ichiro Tanaka", "President")]),
    ("                                  Contact:   Jane Roe, CFO\n                     Harbor Point, Inc.\n",
     None, [("Jane Roe", "CFO")]),
    ("                                  Contact:   John Doe, Investor Relations\n", None, []),
    ("About the company\nCompany name Hanil Bank\n\nPresident & CEO\n\nPark, Sung-Ho\n\nAddress\n", None,
     [("Park, Sung-Ho", "President & CEO")]),
    ("Tokyo, June 20, 2006 — Sakura Financial Holdings, Inc. (SFH; President and CEO: Ichiro Tanaka) resolved "
     "to merge with Minato Trust Bank, Ltd. (MTB; President and CEO: Jiro Suzuki).",
     "Sakura Financial Holdings, Inc.", [("Ichiro Tanaka", "President and CEO")]),
    ("세진정밀(대표 박영수)은 3분기 매출이 820억원을 기록했다고 밝혔다.", "세진정밀", [("박영수", "대표")]),
    ("하나전기(사장 김영호)는 상반기 매출을 기록했다고 14일 밝혔다.", "하나전기", [("김영호", "사장")]),
    ("The board granted the Company's CEO John Park stock options to buy one million shares.", None,
     [("John Park", "CEO")]),
    ("Revenues rose 8.6% from the prior quarter.\nMr. Jae Won Park, Chairman and Chief Executive Officer\n", None,
     [("Jae Won Park", "Chairman and Chief Executive Officer")]),
    # a counterparty's representative, a signatory's title, a quoted speaker: no officer
    ("1. Information on Hanil Telecom Co., Ltd.\n- Name of the Representative : Seong Ho Kim, Chief Executive Officer\n",
     None, []),
    ("By:\n|\n/s/ Max Chen\n|\nName:\n|\nMax Chen\n|\nTitle:\n|\nChief Financial Officer\n|News Release\n", None, []),
    ("\"Sales will grow,\" said Mr. Jae Won Park, Chief Executive Officer of Sejin.", None, []),
])
def test_officers(text, registrant, expected):
    assert officers(text, registrant) == expected


def test_officers_are_one_member_each():
    text = ("                                  ANNUAL REPORT\n\nPursuant to Article 186-2 of the Securities and "
            "Exchange Act of Korea, Daesung\nCable, Inc. (the \"Company\") is submitting this annual report.\n\n"
            "                                 APRIL 29, 2005\n\nPresident & CEO :        Jae Won Park\n\n"
            "Person in Charge:        Min Ho Lee, Vice President\n")
    (converted,) = convert_text(text, "report.txt")
    records = sorted((f.dimensions, f.concept, f.value) for f in facts(converted) if f.concept.startswith("Officer"))
    assert records == [
        ((("OfficerAxis", "1"),), "OfficerName", "Jae Won Park"),
        ((("OfficerAxis", "1"),), "OfficerTitle", "President & CEO"),
        ((("OfficerAxis", "2"),), "OfficerName", "Min Ho Lee"),
        ((("OfficerAxis", "2"),), "OfficerTitle", "Vice President"),
    ]


def test_a_news_article_states_its_registrant_in_korean_and_its_title():
    text = "세진정밀 3분기 매출 820억\n수정 2005-11-09 10:00\n입력 2005-11-09 10:00\n" \
           "세진정밀(대표 박영수)은 3분기 매출이 820억원을 기록했다고 9일 밝혔다.\n"
    (converted,) = convert_text(text, "news.txt")
    got = {(f.concept, f.value, f.lang) for f in facts(converted)
           if f.concept in ("EntityRegistrantName", "DocumentTitle", "DocumentDate")}
    assert got == {("EntityRegistrantName", "세진정밀", "ko"), ("DocumentTitle", "세진정밀 3분기 매출 820억", "ko"),
                   ("DocumentDate", "2005-11-09", None)}


def test_ingested_html_cover_keeps_its_type():
    html = ("<html><body><p align=center>FORM 6-K</p><p align=center>REPORT OF FOREIGN PRIVATE ISSUER</p>"
            "<p>For the month of May 2006</p><p align=center>Hanbit Corp.<br>(Translation of registrant's name "
            "into English)</p></body></html>")
    doc = ingest_bytes(html.encode(), "cover.htm").documents[0]
    assert document_type(doc).value == "6-K"


@pytest.mark.parametrize("text, expected", [
    ("Busan, Korea, June 2, 2005 - Hanbit Marine Co., Ltd. (KRX: 012345) today announced its results.",
     ("Co., Ltd.", "en")),
    ("Taipei, May 3, 2006 -- Everwin Semiconductor Corporation today announced revenue.", ("Corporation", "en")),
    ("3D 게임 '별'을 서비스하는 (주)누리소프트는 2004년 매출 120억원을 기록했다고 5일 밝혔다.", ("(주)", "ko")),
    ("2004년 4월 28일\n\n대한해운 주식회사(대표이사 김철수)는 1분기 매출액이 3,260억원이라고 밝혔다.", ("주식회사", "ko")),
    ("Taipei, May 3, 2006 -- UNIMAX today announced revenue for the quarter.", None),
])
def test_legal_form_as_the_registrant_states_it(text, expected):
    (converted,) = convert_text(text + "\n", "release.txt")
    found = [(f.value, f.lang) for f in facts(converted) if f.concept == "EntityLegalForm"]
    assert found == ([expected] if expected else [])


# --- a 6-K that furnishes several documents, and covers of other forms -----------------------

ENVELOPE = """                                    FORM 6-K
                        REPORT OF FOREIGN PRIVATE ISSUER
                          For the month of July 2006
                          HANBIT ELECTRIC CO., LTD.
                (Translation of registrant's name into English)

                     Form 20-F    X               Form 40-F
                           Yes                     No    X

                                    EXHIBITS
1.   Notice concerning a revised forecast (July 27, 2006)
{second}
                                   SIGNATURES
                                          HANBIT ELECTRIC CO., LTD.
                                          By: /s/ Jin Park
                                              Jin Park, Director
Date: July 31, 2006

<PAGE>
                                                                   July 27, 2006

                                          HANBIT ELECTRIC CO., LTD.
                                          President: Min-Ho Kim
                                          (Code number: 9999, Tokyo Stock Exchange)

                   Notice Concerning a Revised Forecast

     Hanbit Electric Co., Ltd. (the "Company") hereby announces that it has revised its forecast of
consolidated results for the fiscal year ending March 31, 2007.
"""


def envelope_facts(second: str) -> dict[str, str]:
    (converted,) = convert_text(ENVELOPE.format(second=second), "cover.txt")
    return {f.concept: f.value for f in facts(converted)
            if f.concept in ("DocumentDate", "DocumentTitle", "BoardResolutionDate") and not f.dimensions}


def test_a_6k_of_several_documents_has_no_title_or_date_of_theirs():
    """The dates and titles after a list of two documents are the exhibits', not the cover's."""
    assert envelope_facts("2.   Notice of an acquisition of shares (July 28, 2006)") == {}


def test_a_6k_of_one_document_is_that_document():
    assert envelope_facts("") == {"DocumentDate": "2006-07-27", "DocumentTitle": "Notice Concerning a Revised Forecast"}


@pytest.mark.parametrize("line, expected", [
    ("For the Quarter Ended June 30, 2004", (dt.date(2004, 4, 1), dt.date(2004, 6, 30))),
    ("(For the six months ended June 30, 2005)", (dt.date(2005, 1, 1), dt.date(2005, 6, 30))),
    ("For the nine months ended September 30, 2005", (dt.date(2005, 1, 1), dt.date(2005, 9, 30))),
    ("Our results for the quarter ended June 30, 2004 were good.", None),  # not opening a line
])
def test_a_cover_for_a_quarter(line, expected):
    from converter.extract.document import quarter_ended

    found = quarter_ended("FORM 6-K\n" + line + "\n")
    assert (found.value if found else None) == expected


def test_a_cover_run_together_keeps_its_type():
    text = "FORM 6-K SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 REPORT OF FOREIGN PRIVATE ISSUER"
    assert document_type(document(text)).value == "6-K"


@pytest.mark.parametrize("text, expected", [
    ("           Ohio                       0-19536                 34-1667423\n"
     " (State or other jurisdiction     (Commission File          (IRS Employer\n"
     "      of incorporation)                Number)           Identification No.)\n", "0-19536"),
    ("Delaware | 001-13877 | 34-1562019\n(State of incorporation) (Commission File Number) (IRS No.)\n", None),
    ("                        Commission file number: 0-24815\n", "0-24815"),
])
def test_file_number_of_an_8k_or_10k(text, expected):
    (converted,) = convert_text("FORM 8-K\nCURRENT REPORT\n\nACME TOOLS, INC.\n" + text, "8k.txt")
    assert [f.value for f in facts(converted) if f.concept == "EntityFileNumber"] == ([expected] if expected else [])


@pytest.mark.parametrize("foot, expected", [
    ("By order of the Board\nJane Roe\nCompany Secretary\n\nHong Kong, 28th March, 2006\n", "2006-03-28"),
    ("The Company will hold a call to discuss its results on\nThursday, July 31, 2003.\n", None),
])
def test_a_place_and_date_at_the_foot(foot, expected):
    text = "ACME HOLDINGS LIMITED\n\nANNOUNCEMENT OF ANNUAL RESULTS\n\nThe board announces its results.\n\n" + foot
    (converted,) = convert_text(text, "notice.txt")
    assert [f.value for f in facts(converted) if f.concept == "DocumentDate"] == ([expected] if expected else [])
