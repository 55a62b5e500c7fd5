"""DocumentTitle: the headline or title line of a document, wherever its layout puts it, and
never a banner, the company's name alone, a date, a caption, a signature or a body sentence."""

from __future__ import annotations

import re

import pytest

from converter.extract.document import document_title
from converter.ingest import ingest_bytes
from converter.pipeline import convert_text
from factlib import values

HTML_RELEASE = """<html><body>
<p align="center"><b>NEWS RELEASE</b></p>
<p style="text-align:center"><b>Daebong Shipping Announces Fourth Quarter 2005 Results</b></p>
<p>BUSAN, Korea, January 26, 2006 -- Daebong Shipping Co., Ltd. (the "Company") today announced
that net sales for the fourth quarter of 2005 were KRW 412.5 billion.</p>
</body></html>"""

TEXT_COVER = """
                                   FORM 6-K

                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

         REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16
                  UNDER THE SECURITIES EXCHANGE ACT OF 1934

                        For the month of March 2005

                       Hanbit Marine Co., Ltd.
               (Translation of registrant's name into English)

           88 Jungang-dong, Jung-gu, Busan, Korea 600-014
                 (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover of
Form 20-F or Form 40-F.

                    Form 20-F    X            Form 40-F

Indicate by check mark whether the registrant by furnishing the information contained in this
Form is also thereby furnishing the information to the Commission pursuant to Rule 12g3-2(b)
under the Securities Exchange Act of 1934.

                    Yes                      No    X

If "Yes" is marked, indicate below the file number assigned to the registrant in connection
with Rule 12g3-2(b): 82-________.
"""

FLAT_COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Form 6-K
Report of Foreign Issuer
For the month of June, 2006
SAKURA FINANCIAL HOLDINGS, INC.
(Translation of registrant’s name into English)
2-1, Otemachi 1-chome, Chiyoda-ku
(Address of principal executive offices)
Form 20-F X Form 40-F
[Indicate by check mark whether the registrant by furnishing the information
contained in this Form is also thereby furnishing the information to the Commission
pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.]
Yes No X
SIGNATURES
Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.
Date: June 20, 2006
|SAKURA FINANCIAL HOLDINGS, INC.
|By:
|
/S/ Taro Yamada
|Name:
|Taro Yamada
|Title:
|General Manager, Corporate Planning
Sakura Financial Holdings, Inc.
Extraordinary General Meeting of Shareholders to Approve the
Share Exchange with Minato Trust Bank, Ltd.
Tokyo, June 20, 2006 — Sakura Financial Holdings, Inc. (SFH; President and CEO: Ichiro Tanaka) resolved at the Board of Directors Meeting today that it will hold an extraordinary general meeting.
"""

TRANSMITTAL = TEXT_COVER + """
     The registrant files with the Korea Exchange the notice dated
June 2, 2005. Attached is the English language version of the notice.


                  HANBIT MARINE CO., LTD. ANNOUNCES THE RESULTS
                      FOR THE FIRST QUARTER OF 2005


Busan, Korea, June 2, 2005 - Hanbit Marine Co., Ltd. today reports its results.
"""

THREE_EXHIBITS = TEXT_COVER + """
Hanbit Marine Co., Ltd. is furnishing under cover of Form 6-K:

Exhibit 99.1:  An English-language translation of documents with respect to the
               2nd Board of Directors 2005 about Investment in a
               Container Terminal in Ningbo.

Exhibit 99.2:  An English-language translation of documents with respect to the
               2nd Board of Directors 2005 about a bond issue.

Exhibit 99.3:  An English-language translation of the notice of the AGM.
"""

CASES = [
    # fixed width: a title wrapped over three lines, the middle one the page's full width
    ("""Exhibit 99.1

                    Sejin Announces Second Quarter 2004 Results;
    Sejin Maintains 2004 Annual Revenue Growth Expectations of 8% as Export
              Revenues Are Expected to Recover in 3Q04

    SEOUL--(BUSINESS WIRE)--Aug. 10, 2004--Sejin Foods Co., Ltd. (Nasdaq: SJFD)
today announced its financial results for the second quarter of 2004.
""", "Sejin Announces Second Quarter 2004 Results; Sejin Maintains 2004 Annual Revenue Growth Expectations "
     "of 8% as Export Revenues Are Expected to Recover in 3Q04"),
    # a two-column letterhead with a logo and contacts before the centred title
    ("""                                                                    Exhibit 99.1

NEWS FROM:                                    HARBOR POINT
                                              CORPORATE HEADQUARTERS
        [HARBOR POINT LOGO]                   P.O. BOX 2200
                                              DALLAS, TX  75201-2200

                                  Contact:   Jane Roe, CFO
                                             Harbor Point Holdings, Inc.
                                             214-555-0100


                       HARBOR POINT HOLDINGS REPORTS
                  FISCAL YEAR END AND FOURTH QUARTER RESULTS


DALLAS - MARCH 20, 2003 - Harbor Point Holdings, Inc. (NASDAQ:HPHX), a leading
maker of pumps, announced results for the year ended January 31, 2003.
""", "HARBOR POINT HOLDINGS REPORTS FISCAL YEAR END AND FOURTH QUARTER RESULTS"),
    # a Korean news headline over the page's sharing buttons
    ("세진정밀 1분기 32억 순손실\n-\n기사 스크랩\n-\n공유\n-\n프린트\n"
     "세진정밀은 올 1분기에 매출 1천2백억원을 기록했다고 4일 밝혔다.\n", "세진정밀 1분기 32억 순손실"),
    # a Korean headline ends with a full stop that ends no sentence
    ("누리소프트, 작년 매출 120억에 순이익 45억.\n(주)누리소프트는 2004년 매출 120억원을 기록했다고 5일 밝혔다.\n",
     "누리소프트, 작년 매출 120억에 순이익 45억."),
    # an English news headline over its dateline; page residue before it
    ("![]() | ||\n|\n|||||||\nProfits rise at Everwin, Unimax\nHSINCHU, Taiwan -- Profits at the island's chip "
     "makers rose in the June quarter, the companies said Wednesday. Everwin Co said earnings rose 4 percent.\n",
     "Profits rise at Everwin, Unimax"),
    # a resolution's title line over numbered items
    ("Board of Directors’ Resolution on Provision of Collateral\n1. Debtor : 812 employees\n"
     "2. Debt amount : KRW 15,000,000,000\n6. Date of BOD resolution : May 2, 2006\n",
     "Board of Directors’ Resolution on Provision of Collateral"),
    # a first line numbered as the first of a disclosure's items
    ("1. Board Resolution to Convene the Annual General Meeting for the Fiscal Year of 2006\n"
     "On February 9, 2007, the board of directors of Daehan Financial Group made a resolution as follows:\n"
     "1. Date and Time: March 20, 2007, 10 A.M.\n",
     "Board Resolution to Convene the Annual General Meeting for the Fiscal Year of 2006"),
    # a title running on into the company's name
    ("Exhibit 24.2\nRESOLUTIONS OF\nTHE BOARD OF DIRECTORS OF\nHANSOL DISPLAY CO., LTD.\n|1.\n"
     "|Date and Time: May 3, 2005 at 4:00 p.m.\n", "RESOLUTIONS OF THE BOARD OF DIRECTORS OF HANSOL DISPLAY CO., LTD."),
    # a flattened HTML agreement: banner, title, body
    ("EXHIBIT A TO SCHEDULE 13D/A\nAGREEMENT OF JOINT FILING\nPursuant to Rule 13d-1(k)(1), we, the undersigned, "
     "hereby agree that the attached Schedule 13D is filed on behalf of each of us.\n|Dated: May 2, 2004\n",
     "AGREEMENT OF JOINT FILING"),
    # a left-aligned title in fixed-width text, set off by blank lines
    ("EXHIBIT B\n\nJoint Filing Agreement Pursuant to Rule 13d-1\n\nThis agreement is made pursuant to Rule "
     "13d-1(k)(1) by and\namong the parties listed below, each referred to herein as a Joint Filer.\n\n"
     "                                       /s/ Jane Roe\n", "Joint Filing Agreement Pursuant to Rule 13d-1"),
    # the line under a letterhead (Hong Kong results)
    ("Docstoc\n\nHANSEONG HOLDINGS LIMITED\n\nDocument Sample\n\t\t\t\t        HANSEONG HOLDINGS LIMITED\n"
     "               2005 Interim Results Announcement\n\nGROUP RESULTS\n\nThe unaudited Group profit attributable "
     "to shareholders for the six months ended 30th June, 2005 amounted to HK$120.5 million.\n"
     "                                            -1-\n", "2005 Interim Results Announcement"),
    # an RNS page: the headline between the company's name lines
    ("Information  X\nEnter a valid email address\n\nHanil Bank (HNLB)\n\n  Print      Mail a friend\n\n"
     "Monday 3 May, 2004\n\nHanil Bank\n\nMerger Agreement\n\nHanil Bank\n3 May 2004\n\n\n\nNOTICE OF\n"
     "               Merger Agreement between Hanil Bank and Daesan Bank\n\n1. Reasons & Objectives\n", "Merger Agreement"),
    # a letterhead's address, telephone and fax lines are no title
    ("15 Namdaemun-ro 2-ga, Jung-gu\nSeoul, 100-702 Korea\nTel.822-555-0100\nFax.822-555-0199~4\nMarch 2, 2012\n"
     "To Shareholders:\nConvocation Notice of the Annual General Meeting of Shareholders\nNotice is hereby given "
     "that an Annual General Meeting of Shareholders of the Group will be held as described hereunder.\n",
     "Convocation Notice of the Annual General Meeting of Shareholders"),
    # a news portal's section over the headline, its posting stamp under it
    ("경제·금융\n\n한빛전자, 모처럼 `웃음꽃`\n\n한빛전자가 올해 2분기 영업이익이 흑자전환했다는 소식에 주가가 "
     "모처럼 강세를 보였다.\n", "한빛전자, 모처럼 `웃음꽃`"),
    # a digest's kicker in capitals over its first item's headline
    (" date 2016-11-11 Staff writer\n\nSHIPBUILDERS\n\nHanbit Marine reports sales rise\n\nHanbit Marine Co "
     "yesterday reported NT$91.09 billion in consolidated sales for last month, up 1.5 percent from a month "
     "earlier.\n\nELECTRONICS\n\nSejin net income grows\n\n", "Hanbit Marine reports sales rise"),
    # a disclosure portal's timestamp and a download link after the title on its line
    ("현금ㆍ현물배당결정 2023-02-08 14:41:00\n출처 : http://dart.example.kr/main.do?rcpNo=2023\n현금ㆍ현물배당 결정\n"
     "1. 배당구분 | 결산배당 | |\n", "현금ㆍ현물배당결정"),
    ("2007년 1/4분기 경영설명회 PDF 다운로드 새창\n\n2007년 1분기\n한빛전자 경영설명회\n", "2007년 1/4분기 경영설명회"),
    # web-page chrome over the headline: a cookie notice, a navigation menu run on into the
    # headline, a byline under it, a disclosure portal's breadcrumb and buttons, an IR section label
    ("This website uses cookies to ensure you get the best experience on our website. MORE INFO\n\n"
     "Hanbit Marine Interim Results 2025\n\nRevenue rose by 12% to HK$1,234 million in the first half.\n",
     "Hanbit Marine Interim Results 2025"),
    ("Home\nMarket News\nBreaking headlines from the exchange\nEarnings Flash\nQuick reports on results and "
     "dividends\nScreens\nStock lists filtered by metrics\nHANBIT, Operating Profit Forecast for the Year Raised "
     "to a 12% Increase\n5501 HANBIT CO., LTD.\nHANBIT CO., LTD. <5501> announced its results at noon on May 6. "
     "The consolidated operating profit for the first quarter rose 12% to 3.2 billion yen, the company said.\n",
     "HANBIT, Operating Profit Forecast for the Year Raised to a 12% Increase"),
    ("Categories\nMarket News Top 10 News\n\nOrbit Pharma Profit Jumps 90% to Rs 960 Cr\n\n"
     "Orbit Pharma reported a 90% jump in consolidated net profit to Rs 960 crore for the quarter.\n",
     "Orbit Pharma Profit Jumps 90% to Rs 960 Cr"),
    ("7 Korean firms join the trillion won club\nBy Park Min-jun\nSeven Korean firms joined the 1 trillion won "
     "profit club in the first quarter of this year, the exchange said.\n", "7 Korean firms join the trillion won club"),
    ("(LEAD) Hanbit Financial Q3 net jumps 12 pct on interest income\n(ATTN: ADDS details; CHANGES headline)\n"
     "By Lee Ji-won\nSEOUL, Oct. 25 (Yonhap) -- Hanbit Financial Group Inc. said Tuesday its third-quarter net "
     "profit jumped 12.1 percent on-year.\n", "(LEAD) Hanbit Financial Q3 net jumps 12 pct on interest income"),
    ("뉴스 > 공시\n확대확대 축소축소 프린트프린트 목록목록\n\n(주)한빛바이오 유상증자결정(제3자배정)\n"
     "2022-05-17 17:52:00 \n\n주요사항보고서\n", "(주)한빛바이오 유상증자결정(제3자배정)"),
    ("IR\n\n공고\n\n매출액 또는 손익구조 30%이상 변동\n\n2024-03-13\n\n1. 재무제표의 종류 연결\n",
     "매출액 또는 손익구조 30%이상 변동"),
    # a web page's section label, one word on the first line over the headline, is no title
    ("Filings\nLantern Harbor Holdings Announces 2025 Interim Results\n\nLantern Harbor Holdings Limited "
     "announced its unaudited results for the six months ended June 30, 2025, which rose 12%.\n",
     "Lantern Harbor Holdings Announces 2025 Interim Results"),
    # a 6-K: the report's title after the cover and what it furnishes
    (TRANSMITTAL, "HANBIT MARINE CO., LTD. ANNOUNCES THE RESULTS FOR THE FIRST QUARTER OF 2005"),
    (FLAT_COVER, "Extraordinary General Meeting of Shareholders to Approve the Share Exchange with Minato Trust Bank, Ltd."),
    # a Japanese results summary's title line, long by its accounting basis and its date (the date left out)
    ("Consolidated Financial Results for the Second Quarter of the Fiscal Year Ending March 31, 2023 "
     "[Based on Japanese GAAP] November 8, 2022\n\nName of Listed Company: Kiriko Foods Co., Ltd.\n",
     "Consolidated Financial Results for the Second Quarter of the Fiscal Year Ending March 31, 2023 "
     "[Based on Japanese GAAP]"),
]


def title(text: str, name: str = "doc.txt") -> str | None:
    document = ingest_bytes(text.encode("utf-8"), name).documents[0]
    from converter.extract.registrant import registrant_name

    registrant = registrant_name(document, None)
    found = document_title(document, str(registrant.value) if registrant else None)
    if found is None:
        return None
    assert " ".join(document.text[found.start:found.end].split()).endswith(str(found.value)[-20:])
    return str(found.value)


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][:30] for c in CASES])
def test_title(text, expected):
    assert title(text) == expected


WRAPPED_QUESTION_COVER = """UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
FORM 6-K
Report of Foreign
Private Issuer
For the month of May, 2007
Lotus Data Systems Limited
(Exact name of Registrant as specified in its charter)
Indicate by check mark registrant files or will file annual reports under cover Form 20-F or Form
40-F:
Form 20-F x Form 40-F o
Indicate by check mark whether the registrant by furnishing the information contained in this Form
is also thereby furnishing the information to the Commission pursuant to Rule 12g 3-2(b) under the
Securities Exchange Act of 1934.
Yes o No x
If “Yes” is marked, indicate below the file number assigned to registrant in connection with Rule
2g 3-2(b).
Not applicable.
"""

NOT_TITLES = [
    ("a 6-K cover alone", TEXT_COVER),
    # the cover's last question, its rule's number wrapped onto a line of its own
    ("a wrapped cover question", WRAPPED_QUESTION_COVER),
    # a heading over a paragraph whose first line runs on ('... of' / 'Lotus ... 2007,')
    ("a paragraph running on under a heading", WRAPPED_QUESTION_COVER + """TABLE OF CONTENTS
Other Events
Attached as Exhibit 100 to Form 6-K are the following materials from the Report on Form 20-F of
Lotus Data Systems Limited for the year ended March 31, 2007, filed on April 27, 2007,
formatted in XBRL: (i) Consolidated Balance Sheets as of March 31, 2006 and 2007.
"""),
    ("a 6-K furnishing three documents", THREE_EXHIBITS),
    # the sentence saying what the 6-K furnishes, cut at its line's end, no defined term in it
    ("what the 6-K furnishes, cut at its line's end", TEXT_COVER + "\n<PAGE>\n\n\n"
     "     Hanbit Marine Co., Ltd. is furnishing under cover of Form\n6-K, an English translation of:\n\n"
     "     Exhibit 1:  the Company's semi-annual report for the half\n                 ended June 30, 2024.\n"),
    # the body's first sentence after the cover, its line cut at the wrap: a defined term in
    # brackets makes it a sentence's, however short the line
    ("a sentence defining its term, cut at its line's end", TEXT_COVER + "\n<PAGE>\n\n\n"
     "     Hanbit Marine Co., Ltd. (the \"Company\") is submitting with this report on Form\n"
     "6-K, an English translation of:\n\n     Exhibit 1:  the Company's semi-annual report for the half\n"
     "                 ended June 30, 2024, filed with the regulator on August 14,\n                 2024.\n"),
    ("a 20-F cover", "                                   FORM 20-F\n(Mark One)\n     ANNUAL REPORT PURSUANT TO "
                     "SECTION 13 OR 15(d)\n\n                               HANBIT MARINE CO., LTD.\n"),
    ("page number, company alone", "                                      -1-\n\n                    "
                                   "HANBIT MARINE CO., LTD.\n\nThe Company had a good year in every line of business "
                                   "and expects another one, as the board said on Monday.\n"),
    ("an agreement's paragraph", "\n\n                                    EXHIBIT A\n\nIn accordance with Rule 13d-1(k) "
                                 "under the Securities Exchange Act of 1934, as\namended, the undersigned hereby agree "
                                 "to the following:\n\n\n     (i)  the joint filing on behalf of each of them of a "
                                 "statement on Schedule\n          13D with respect to the Common Stock\n"),
    ("signatures after the body", "                                    EXHIBIT 1\n\n         Pursuant to Rule "
                                  "13d-1(k)(1)(iii) of Regulation 13D-G of the General\nRules and Regulations under the "
                                  "Securities Exchange Act of 1934, as amended,\nthe undersigned agree that the statement "
                                  "is filed on behalf of each.\n\nDated:  July 7, 2004\n\n"
                                  "                                       /s/ Jane Roe\n"
                                  "                                       -----------------------\n"
                                  "                                       Jane Roe\n"),
    # a disclosure system's template name over a form's items is no title
    ("a form template's name", "04_제3자배정증자의경우\n| 6. 신주 발행가액 |\n보통주식 (원) |\n387\n| 9. 납입일 |\n"
                               "2020년 11월 27일\n"),
    ("a portal's posting stamps over the body", "입력2006.04.02 14:12\n수정2006.04.02 14:14\n하나전기는 1·4분기 "
                                                "매출이 2천7백11억원을 기록했다고 15일 밝혔다.\n"),
    ("a Korean article that opens with its body", "하나전기는 지난 3/4분기 매출이 2,137억원으로 집계됐다고 14일 "
                                                  "발표했다. 전년 동기에 비해서는 매출은 21.5% 늘었다.\n"),
    # a long disclaimer line cut short, its date first: measured whole (only a bracketed aside and
    # the date after it make a long line a title's), the slide headings below it no title
    ("a slide deck's disclaimer over its section headings",
     " date 2022-11-04 The business result for the 3rd quarter of 2022 is currently under the audit process, "
     "however this is\n3Q 2022 Business Results\nDivisional Results\nAppendix\nIncome Statements\n(Unit: KRW bn)\n"),
    ("an English article that opens with its body", "Taiwan's VMX just released third quarter results for the "
                                                    "period ending September 30 show revenue reached NT$9.26 billion.\n"
                                                    "On a sequential basis, results rose.\n"),
]


# a body sentence's first line cut at its wrap, with neither a defined term nor the 6-K's
# furnishing phrase in it, ending on a word a title may end on ('... report on its'): the sentence
# ends on the next line with the colon that introduces its list
def test_a_verb_phrase_cut_at_its_wrap_is_no_title():
    assert title(TEXT_COVER + "\n<PAGE>\n\n\n     Hanbit Marine Co., Ltd. hereby submits the following report "
                 "on its\n6-K, an English translation of:\n\n     Exhibit 1:  the Company's semi-annual report.\n") is None


@pytest.mark.parametrize("text", [t for _, t in NOT_TITLES], ids=[n for n, _ in NOT_TITLES])
def test_no_title(text):
    assert title(text) is None


@pytest.mark.parametrize("name,text,expected", [
    ("release.htm", HTML_RELEASE, "Daebong Shipping Announces Fourth Quarter 2005 Results"),
    ("cover.txt", TRANSMITTAL, "HANBIT MARINE CO., LTD. ANNOUNCES THE RESULTS FOR THE FIRST QUARTER OF 2005"),
])
def test_title_fact_points_at_its_source(name, text, expected):
    (converted,) = convert_text(text, name)
    assert values(converted, "DocumentTitle") == [expected]
    (fact,) = [f for f in converted.instance.facts if f.concept == "DocumentTitle"]
    source = converted.extraction.document.raw[fact.span.start:fact.span.end]  # the file's own characters
    assert " ".join(re.sub(r"<[^>]*>", " ", source).split()) == expected


def test_an_uncentred_html_headline_is_still_the_first_line():
    text = HTML_RELEASE.replace(' align="center"', "").replace(' style="text-align:center"', "")
    (converted,) = convert_text(text, "release.htm")
    assert values(converted, "DocumentTitle") == ["Daebong Shipping Announces Fourth Quarter 2005 Results"]


@pytest.mark.xfail(strict=True, reason="a title run together with the letterhead and body of a flattened copy")
def test_title_inside_a_flattened_line():
    text = ("1 Kowloon Bay Holdings Limited (incorporated in Hong Kong with limited liability) (Stock Code : 1234) "
            "2005 / 06 Annual Results CHAIRMAN S STATEMENT I am pleased to present my report to the shareholders.\n")
    assert title(text) == "2005 / 06 Annual Results"


# page chrome, a table's headings or a form's cells before the headline: never the title (a
# missing title is better than a wrong one)
CHROME_AND_CELLS = [
    # a Korean news story's kicker in square brackets opens its headline; the page's timestamp
    # labels, their dates filled in by the page's script, stand alone under it
    ("kicker and timestamp labels", "[속보]한빛전자, 2분기 영업이익 12% 증가 (연결,잠정)\n입력\n수정\n◆ 2분기 영업이익 120억원\n"
     "한빛전자는 2분기 영업이익이 120억원으로 전년 동기 대비 12% 늘었다고 3일 밝혔다.\n",
     "[속보]한빛전자, 2분기 영업이익 12% 증가 (연결,잠정)"),
    # a news site's section and its general page, the breadcrumb over the headline
    ("section breadcrumb", "증권 증권일반\n\n\"한빛전자 실적 개선\"\n\n한빛전자의 지난해 매출이 10% 늘었다고 회사 측이 밝혔다.\n",
     "\"한빛전자 실적 개선\""),
    # an investor-relations site's labels for screen readers and its section over the page's heading
    ("screen-reader labels and IR section", "컨텐츠 그룹 내용\n\n컨텐츠 내용\n\n주주정보\n\n컨텐츠 그룹 내용\n\n배당 현황\n\n배당 현황을 정리한 표\n"
     "2023년 2024년\n1주당 배당금 (원) 1,000 1,200\n", "배당 현황"),
    # a results table flattened one cell a line: its row label over its figures
    ("row label over figures", "|Particulars (Rs. in Crores)\n|Jun-2025\n|Mar-2025\nNet Sales\n512.30\n498.10\nOther Income\n4.20\n3.90\n",
     None),
    # its column headings, repeated one a column, over the dates of the columns
    ("repeated column headings over dates", "(1) Quarterly statement of income\n(Thousands of yen)\nSix months ended\nSix months ended\nMay 31, 2024\n"
     "May 31, 2025\nNet sales\n1,234,567\n1,345,678\n", None),
    # a filing aggregator's header: the filing's category and date, the category again, a button
    ("aggregator header", "Capital Change • Mar 3, 2021\nCapital Change\nOpen in Viewer\n"
     + "유상증자 결정 (주)한빛전자 " * 12 + "\n| 1. 신주의 종류와 수 | 보통주식 (주) | 100,000 |\n", None),
    # a disclosure form flattened one cell a line: an item's value between the items' rows, and
    # an item's value under its row, are no title
    ("form value between rows", "| 6. 신주 발행가액 |\n보통주식 (원) |\n1,000\n| 7-1. 기준주가 산정방법 |\n"
     "최소값[이사회결의일 전일을 기산일로 하여 과거 1개월간 가중산술평균주가]\n| 7-2. 할인율 (%) |\n-\n", None),
    ("form value under its row",
     "| 18. 공정거래위원회 신고대상 여부 |\n미해당\n19. 기타 투자판단에 참고할 사항\n가. 신주의 발행가액 산정 근거\n", None),
    # a form's answer alone under a cell's wrapped label
    ("form answer", "| 17. 공매도 거래 기간 |\n해당여부 |\n아니오\n| 시작일 |\n-\n| 종료일 |\n-\n", None),
    # a disclosure portal's navigation path over the filing's title, its sections joined by arrows
    ("navigation path with arrows", "홈 > 투자정보 -> 전자공시\n확대확대 축소축소\n\n(주)한빛전자 유상증자결정(제3자배정)\n"
     "2024-03-05 16:10:00\n\n주요사항보고서\n", "(주)한빛전자 유상증자결정(제3자배정)"),
    ("english navigation path", "Home > Investors » News\n\nHanbit Marine Reports Record Orders\n\n"
     "Hanbit Marine said on Monday that its orders rose to a record in the first half of the year.\n",
     "Hanbit Marine Reports Record Orders"),
    # a web page's skip links for screen readers, printed first, over the headline
    ("skip link (Korean)", "본문 바로가기\n\n한빛전자, 상반기 순이익 12% 증가\n\n한빛일보 2024.08.19 15:05\n"
     "한빛전자의 상반기 순이익이 12% 늘었다.\n", "한빛전자, 상반기 순이익 12% 증가"),
    ("skip links (English)", "Skip to main content Skip navigation\n\nHanbit Marine Orders Rise\n\n"
     "Hanbit Marine said on Monday that its orders rose in the first half of the year.\n", "Hanbit Marine Orders Rise"),
    # a site's menu section run into the page's heading without a space
    ("menu section glued to the heading", "Investor RelationsAnnual Highlights / Segment Information\n\n"
     "Consolidated Results\n\n(Unit: Millions of yen)\n  '24/3 '25/3\nNet sales 4,321 5,432\n",
     "Annual Highlights / Segment Information"),
    # a results table whose rows run onto one line each, a label and its figures: its column
    # headings and rows are no title
    ("table rows on one line each", "Investor Relations\n  2025 2024 Change\n"
     "Revenue (HK$'000) 1,234,567 1,111,222 +11.1%\nGross profit (HK$'000) 234,567 210,000 +11.7%\n"
     "Net debt ratio 17.6% 20.5% -2.9pp\nThe directors recommend a final dividend of HK1.2 cents per share.\n", None),
]


@pytest.mark.parametrize("text, expected", [
    ("Hanbit Marine Orders Rise 12% to $1.2 Billion\n\nHanbit Marine said orders rose.\n",
     "Hanbit Marine Orders Rise 12% to $1.2 Billion"),  # a headline's figures stand among its words
    ("Sales > Forecast at Hanbit Marine\n\nHanbit Marine said sales rose.\n", "Sales > Forecast at Hanbit Marine"),
], ids=["headline with figures", "headline with a comparison sign"])
def test_headlines_with_figures_or_signs_stay_titles(text, expected):
    assert title(text) == expected


@pytest.mark.parametrize("text, expected", [c[1:] for c in CHROME_AND_CELLS], ids=[c[0] for c in CHROME_AND_CELLS])
def test_page_chrome_and_table_cells_are_no_title(text, expected):
    assert title(text) == expected


# a section label, a share-price quote, a notice board's posting stamp, a sentence wrapped over
# heading-like lines and a table's column heading wrapped in its cell are no title (the headline
# or the notice's own heading is, where there is one; else no title)
NON_TITLE_LINES = [
    ("hyphened section label over the headline",
     "Asia-Update\n\nOver 60% of Hanbit Group units set to post profit growth in July-September\n\n"
     "Shipbuilders lead the trend on orders from Europe\n\nSEOUL -- More than 60% of the group's listed units are "
     "expected to post an increase in net profit on the year in July-September, the group said on Monday.\n",
     "Over 60% of Hanbit Group units set to post profit growth in July-September"),
    ("share-price quote over a table", "KRW 41,250\n(+1.2%)\nBreakdown | 2024 | 2023 | 2022 |\n---|---|---|---|\n"
     "Revenue | 1.21 Billion | 1.12 Billion | 1.05 Billion |\nNet Income | 98.4 Million | 87.1 Million | 80.2 Million |\n"
     "EBIT\n", None),
    ("notice board's stamp and view count", "공고\n신주발행공고\n등록일 2024-03-05 조회수 4321\n주주 여러분께 신 주 발 행 공 고\n"
     "2024년 03월 05일 개최한 당사 이사회에서 아래와 같이 신주발행을\n결의하였기에 공고합니다. – 아 래 –\n"
     "1. 신주의 종류와 수: 기명식 보통주식 1,234,000주 (신주의 1주당 액면가액 : 500원) 2. 신주의 발행방법: 주주배정 후 "
     "실권주 일반공모 유상증자 방식 3. 자금조달의 목적: 운영자금\n", "신주발행공고"),
    ("sentence wrapped over a run of heading lines", "공고\n신주발행공고\n주주 여러분께 신 주 발 행 공 고\n공고 안내\n"
     "2024년 03월 05일 개최한 당사 이사회에서 아래와 같이 신주발행을\n결의하였기에 공고합니다. – 아 래 –\n"
     "1. 신주의 종류와 수: 기명식 보통주식 1,234,000주 (신주의 1주당 액면가액 : 500원) 2. 신주의 발행방법: 주주배정 후 "
     "실권주 일반공모 유상증자 방식 3. 자금조달의 목적: 운영자금\n", None),
    ("column heading wrapped in its cell", "Class of Shares: Common Stock\n|1.\n|\nStatus of repurchase\n|(1)\n|\n"
     "Status of a repurchase pursuant to a resolution at a general meeting of shareholders\nNot applicable\n"
     "|Units Held\n|Shares\nBought\nBack (KRW)\n|\n"
     "Authorization pursuant to the resolution of the Board (May 2, 2024)\n|4,000,000\n|5,000,000,000\n", None),
    # a title after a signature's last cell, its paragraph then a bar: no wrapped heading, a title
    ("title after a signature's cells", "|By\n|\n/s/ Jane Roe\n|Jane Roe\n|Senior Vice President & Chief Financial Officer\n"
     "Hanbit Marine Board of Directors Meeting Resolutions\nBusan, Korea, May 2, 2024 – Hanbit Marine today held a meeting "
     "of the Board of Directors, which approved capital appropriations of US$1,234 million.\n|\nHanbit Marine Spokesperson:\n",
     "Hanbit Marine Board of Directors Meeting Resolutions"),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in NON_TITLE_LINES], ids=[c[0] for c in NON_TITLE_LINES])
def test_labels_quotes_stamps_and_wrapped_cells_are_no_title(text, expected):
    assert title(text) == expected


# an EDGAR cover translated into Chinese (traditional or simplified): the registrant's name over
# the caption that names it, not the report's title (invented company and address; a name with
# Latin letters, as a group's initials open it, reads as a heading)
TRANSLATED_COVERS = [
    "美國\n\n證券交易委員會\n\n華盛頓特區 20549\n\n表格 6-K\n\n外國私人發行人的報告\n\n2023 年 9 月\n\n"
    "HK 韓光 有限公司\n\n(將註冊人姓名翻譯成英文)\n\n大韓民國首爾中區 12 號 04520\n\n(主要行政辦公室地址)\n",
    "美国\n\n证券交易委员会\n\n表格 6-K\n\n2023 年 9 月\n\nHK 韩光精密有限公司\n(注册人姓名的英文翻译)\n\n"
    "首尔中区 12 号\n(主要行政办公室地址)\n",
]


@pytest.mark.parametrize("text", TRANSLATED_COVERS)
def test_the_registrants_name_over_its_translated_caption_is_no_title(text):
    assert "韓光" not in (title(text) or "") and "韩光" not in (title(text) or "")


_HEADLINE = "Hanbit Electronics Reports Record Third Quarter Sales"
_OPENING = ("\n\nSEOUL, Korea, Oct. 25, 2005 -- Hanbit Electronics Co., Ltd. today announced that sales "
            "rose 12% to KRW 1.2 trillion.\n")
_KO_HEADLINE = "한빛전자, 3분기 영업이익 120억원…전년比 12%↑"
_KO_OPENING = "\n한빛전자는 3분기 영업이익이 120억원으로 전년 동기 대비 12% 늘었다고 3일 밝혔다.\n"

# a contact block, a photo's caption or the co-announcing companies over (or under) the headline:
# never the title, nor a part of it
ASIDES = [
    ("contact label with its value, lines under it", "Media contact: Jane Roe\nHanbit Electronics\n+82-2-555-0100\n\n"
     + _HEADLINE + _OPENING, _HEADLINE),
    ("further information without a colon", "For further information contact Jane Roe\nInvestor Relations, "
     "+82-2-555-0100\n\n" + _HEADLINE + _OPENING, _HEADLINE),
    ("Korean contact label", "문의: 홍보팀 김민수 과장\n02-555-0100\n\n" + _KO_HEADLINE + "\n" + _KO_OPENING, _KO_HEADLINE),
    ("photo tag over the headline", "[Photo] Hanbit Electronics CEO Kim Minsu speaks at the launch\n\n"
     + _HEADLINE + _OPENING, _HEADLINE),
    ("Korean photo credit over the headline", "사진=한빛전자 제공\n" + _KO_HEADLINE + "\n" + _KO_OPENING, _KO_HEADLINE),
    ("caption with its agency under the headline", _KO_HEADLINE + "\n가람시 한빛전자 본사 전경 / 가람뉴스\n"
     + _KO_OPENING, _KO_HEADLINE),
    ("portrait caption over the story", "김민수 한빛전자 사장.\n" + _KO_HEADLINE + "\n" + _KO_OPENING, _KO_HEADLINE),
    ("caption opened by a triangle", "▲ 한빛전자 본사 전경\n\n" + _KO_HEADLINE + "\n" + _KO_OPENING, _KO_HEADLINE),
    ("co-announcing companies one a line", "Hanbit Electronics Co., Ltd.\nGaram Telecom Inc.\nDaebong Shipping Co., Ltd.\n\n"
     "Joint Venture Agreement Signed for Busan Terminal\n\nSEOUL, Korea, Oct. 25, 2005 -- Hanbit Electronics Co., Ltd., "
     "Garam Telecom Inc. and Daebong Shipping Co., Ltd. today announced that they signed an agreement.\n",
     "Joint Venture Agreement Signed for Busan Terminal"),
    # a headline that names a company is no list of companies
    ("headline naming a company", "Hanbit Electronics Co., Ltd.\nHanbit Signs Supply Deal With Garam Telecom Inc.\n"
     + _OPENING, "Hanbit Signs Supply Deal With Garam Telecom Inc."),
    # a word of a contact in a headline opens no contact block
    ("headline with a contact word", "Hanbit Contact Lens Unit Reports Record Sales" + _OPENING,
     "Hanbit Contact Lens Unit Reports Record Sales"),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ASIDES], ids=[c[0] for c in ASIDES])
def test_contacts_captions_and_co_announcers_are_no_title(text, expected):
    assert title(text) == expected
