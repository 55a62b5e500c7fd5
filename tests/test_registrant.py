"""The registrant, best evidence first: a cover's caption, the company a text defines as "the
Company", the subject of a release's dateline or reporting sentence, a Korean lead sentence's
subject (legal-form marker stripped, in Korean), a board's heading or letterhead, the EDGAR
header. Never a fragment: a caption's label, a file number, an appositive, a heading."""

from __future__ import annotations

import pytest

from converter.extract.document import registrant_name
from converter.ingest import ingest_bytes
from converter.model import DocumentFamily, FilingHeader
from converter.pipeline import convert_text
from factlib import facts

HEAD = "                                                       Exhibit 99.1\n\nFOR IMMEDIATE RELEASE\n\n"
RELEASES = [
    # a country's possessive before the company, its name of one word or several: not the name's
    ("BUSAN, March 4 (Yonhap) -- South Korea's Hanbit Marine Co. said Friday its first-quarter net profit "
     "rose 12 percent.", "Hanbit Marine Co."),
    ("HONG KONG, May 6 (Reuters) -- Hong Kong's Daebong Shipping Ltd. said on Tuesday its sales rose.",
     "Daebong Shipping Ltd."),
    ("TAIPEI, May 6 (Reuters) -- Taiwan's Lotus Data Systems Ltd. said on Tuesday its sales rose.",
     "Lotus Data Systems Ltd."),
    # a city's possessive is the story's, a name's own possessive is the name's ("X's Laboratories")
    ("MUMBAI, May 6 (Reuters) -- Mumbai's Sarovar Textiles Ltd. said on Tuesday its sales rose.",
     "Sarovar Textiles Ltd."),
    ("Garam's Laboratories Ltd said on Saturday that its net profit rose 12% to Rs 410 crore.",
     "Garam's Laboratories Ltd"),
    ("Kumud’s Laboratories Ltd said on Saturday that its net profit rose 12% to Rs 410 crore.",
     "Kumud’s Laboratories Ltd"),
    ("Drug maker Kumud's Laboratories Ltd on Friday reported a 12% rise in its net profit.",
     "Kumud's Laboratories Ltd"),
    # defined term after another short name
    ('Seoul, Korea, April 28, 2004 -- Daewoo Shipbuilding & Marine Engineering Co., Ltd.\n'
     '(KRX: 042660) ("DSME" or "the Company") today announced its results.',
     "Daewoo Shipbuilding & Marine Engineering Co., Ltd."),
    ('SEOUL, July 22, 2003 - Namsan Financial Group Co., Ltd. ("NFG" or the "Group") reported\n'
     'net income for the first half.', "Namsan Financial Group Co., Ltd."),
    ('Pohang, Korea, October 15, 2003 - Daehan Steel Corporation (hereinafter "the Company")\n'
     'has posted record sales.', "Daehan Steel Corporation"),
    # the name wraps, a place ends with a comma before it
    ('Pursuant to Article 186-2 of the Securities and Exchange Act of Korea, Daesung\n'
     'Cable, Inc. (the "Company") is submitting this annual report.', "Daesung Cable, Inc."),
    ('         An annual report in English of Zhongyuan Power & Light\n'
     'Corporation (the "Registrant") for the year 2004.', "Zhongyuan Power & Light Corporation"),
    # no defined term: the subject of 'announced' with a legal form
    ("Seoul, Korea, January 29, 2004 -- Korea Electric Power Corporation (NYSE: KEP) today\n"
     "announced its unaudited results for fiscal year 2003.", "Korea Electric Power Corporation"),
    ("TOKYO, May 12, 2003 -- Nippon Hikari Kogyo Co., Ltd. (TSE: 6789) announced today that its\n"
     "net sales rose.", "Nippon Hikari Kogyo Co., Ltd."),
    ("NEW YORK, March 3, 2005 /PRNewswire/ -- Harbor Point Holdings, Inc. reported fourth quarter\n"
     "revenues of $12.5 million.", "Harbor Point Holdings, Inc."),
    # a wire's dateline, then a description of the company before its name
    ("SEOUL, Oct. 25 (Yonhap) -- Major South Korean financial holding firm Hanbit Financial Group Inc. said "
     "Tuesday its third-quarter net profit jumped 12.1 percent on-year.", "Hanbit Financial Group Inc."),
    ("SEOUL, May 3, 2005 -- Leading Korean steelmaker Daehan Steel Co., Ltd. announced its results.",
     "Daehan Steel Co., Ltd."),
    # a Japanese results summary's labelled name
    ("Consolidated Financial Results for the Second Quarter [Based on Japanese GAAP] November 7, 2018 Name of Listed "
     "Company: Sakura Foods Co., Ltd. Listed exchange: Tokyo Stock Exchange Code Number: 9999\n",
     "Sakura Foods Co., Ltd."),
    # a Japanese results summary's header run together: name, date, stock code
    ("1 Sakura Foods Co., Inc. Consolidated Results First Quarter Ended June 30, 2009 This document has been "
     "translated from the original Japanese.\n\n2 SUMMARY OF FINANCIAL STATEMENTS (Consolidated) First quarter results "
     "for the year ending March 31, 2010 Sakura Foods Co., Inc. July 31, 2009 Stock Code: 9999 Listed exchanges: "
     "Tokyo, Osaka\n", "Sakura Foods Co., Inc."),
    # a Japanese results page: the stock code and the name over the story, the standard after it
    ("HANBIT, Operating Profit Forecast for the Year Raised to a 12% Increase\n9999 HANBIT CO., LTD. 【J-GAAP】\n"
     "Earnings ReportHANBIT CO., LTD. <9999> [TSE Prime] announced its financial results at noon (11:30) on "
     "February 6th. The consolidated operating profit for the first quarter rose 12% to 3.2 billion yen.\n",
     "HANBIT CO., LTD."),
    # a dateline's subject needs no legal form; nor does the first sentence's
    ("Taipei, Taiwan, R.O.C., May 3, 2006 -- UNIMAX today announced revenue for the quarter.", "UNIMAX"),
    ("BUSAN, Korea, Feb. 8, 2006 (PRIME NEWSWIRE) -- Sejin Foods Co., Ltd. (Nasdaq:SJFD), a maker of\n"
     "noodles based in Korea, today announced its results.", "Sejin Foods Co., Ltd."),
    ("India's VMX just released its results for the quarter ended June 30, with sales up 4%.", "VMX"),
    # an appositive after the subject
    ("HSINCHU, Taiwan -- Profits rose at chip makers, the companies said Monday. Everwin Co, the\n"
     "No.3 foundry, said earnings rose 4 percent.", "Everwin Co"),
    # Korean releases: the marker is stripped, the name is Korean
    ("2004년 4월 28일\n\n대한해운 주식회사(대표이사 김철수)는 2004년 1분기 매출액이 3,260억원이라고 밝혔다.", "대한해운"),
    ("2003년 7월 24일\n\n㈜한빛정밀은 상반기 영업이익이 412억원으로 집계됐다고 밝혔다.", "한빛정밀"),
    ("세진정밀(대표 박영수)은 3분기 매출이 1.5% 늘어난 820억원을 기록했다고 9일 밝혔다.", "세진정밀"),
    ("3D 게임 '별'을 서비스하는 (주)누리소프트는 2004년 결산 결과 매출 120억원을 기록했다고 5일 밝혔다.", "누리소프트"),
    # a sentence wrapped over lines of fixed-width text, a figure as the next sentence's subject
    ("2003년 4월 28일 - 대성통신(주)는 2003년 1분기 매출액이 2천7백억원으로 전년 동기 대비\n12.4% 증가했다고 밝혔다. "
     "영업이익은 3백억원으로 4.1% 감소했으며,\n당기순손실은 45억원을 기록했다.", "대성통신"),
    # a headline and the page's buttons run into the lead sentence
    ("한빛전자 1분기 54억 순손실\n-\n기사 스크랩\n-\n공유\n한빛전자는 올 1분기에 0.03% 많은 3천4백억원의 매출을 "
     "냈다고 4일 밝혔다.", "한빛전자"),
    # a wire's dateline without its year, under a headline naming the company by its short name
    (" date 2020-05-13 Hanbit Q1 net income up 7.3 pct. to 293.9 bln won\nSEOUL, May 13 (Yonhap) -- Hanbit Tobacco "
     "Corp. on Wednesday reported its first-quarter net profit of 293.9 billion won.", "Hanbit Tobacco Corp."),
    # the subject particle (이/가) marks the lead company as the topic particle does; another
    # company's results follow in the digest
    ("한빛제과가 2018년 연결기준으로 매출 1조6945억 원을 거둔 것으로 잠정집계됐다고 29일 밝혔다.\n"
     "세진정밀은 2018년 연결기준으로 매출 1334억 원을 낸 것으로 잠정집계됐다.", "한빛제과"),
    ("한빛통신(012345)이 2분기 영업이익이 흑자전환했다고 24일 밝혔다.", "한빛통신"),
    # a sentence opening with 'that day' before its subject; the one before it reports nothing
    ("한빛통신(012345)이 2분기 흑자전환 소식에 강세를 보였다. 이날 한빛통신은 2분기 영업이익이 180억원이라고 밝혔다. "
     "한빛통신측은 하반기 전망을 밝게 봤다.",
     "한빛통신"),
    # a bullet before the subject ('◇')
    ("◇한빛통신은 3분기 매출이 2천억원을 기록했다고 15일 밝혔다.", "한빛통신"),
    # a short subject spelled out in a later sentence
    ("대영은 1분기 영업이익이 18억원으로 추산됐다고 28일 공정공시했다.\n대영제약은 실적상승을 기록했다고 분석했다.",
     "대영제약"),
    # the company whose board resolved, a letterhead, a results summary's label
    ("RESOLUTIONS OF\nTHE BOARD OF DIRECTORS OF\nHANSOL DISPLAY CO., LTD.\n|1.\n|Date and Time: May 3, 2005",
     "HANSOL DISPLAY CO., LTD."),
    ("1. Board Resolution on Dividends\nOn March 3, 2006, the board of directors of Daehan Financial Group made a\n"
     "resolution to pay cash dividends.", "Daehan Financial Group"),
    ("Kowloon Bay Holdings Limited (incorporated in Hong Kong with limited liability) (Stock Code: 1234)\n"
     "2005 Interim Results Announcement", "Kowloon Bay Holdings Limited"),
    ("May 12, 2005 Consolidated Financial Results for the Fiscal Year Ended March 31, 2005 Company name: "
     "SAKURA SEIKI Co., Ltd. Code number: 9999 Stock Exchange listing: Tokyo", "SAKURA SEIKI Co., Ltd."),
    ("1. About the company\n\nCompany name Hanil Bank\n\nPresident & CEO\n\nPark, Sung-Ho\n", "Hanil Bank"),
    ("2Q06 Financial Statements\n1\n|SEJIN Co. Ltd.\n|Condensed Consolidated Statements of Operations\n|Revenues",
     "SEJIN Co. Ltd."),
    ("Hanil Bank (HNLB)\n\nMonday 3 May, 2004\n\nHanil Bank\n\nMerger Agreement\n\nHanil Bank\n3 May 2004\n",
     "Hanil Bank"),
]


def registrant(body: str, header: FilingHeader | None = None,
               family: DocumentFamily | None = None, head: str = HEAD) -> str | None:
    document = ingest_bytes((head + body + "\n").encode("utf-8"), "release.txt").documents[0]
    found = registrant_name(document, header, family)
    if found is None:
        return None
    if found.end > found.start:  # its own span
        assert document.text[found.start:found.end].split()[-1].strip(",") in str(found.value)
    return str(found.value)


@pytest.mark.parametrize(("body", "name"), RELEASES, ids=[c[1][:24] for c in RELEASES])
def test_registrant_of_a_release(body, name):
    assert registrant(body) == name


COVERS = [
    # fixed width, name over the translation caption
    ("                              HANBIT MARINE CO., LTD.\n"
     "                 (Translation of registrant's name into English)\n", "HANBIT MARINE CO., LTD."),
    # 20-F: the charter name, the translation 'Not applicable'
    ("                                  DAESAN N.V.\n"
     "- ----------------------------------------------------------------------\n"
     "            (Exact name of Registrant as specified in its charter)\n\n"
     "                                Not applicable\n"
     "- ----------------------------------------------------------------------\n"
     "                (Translation of Registrant's name into English)\n", "DAESAN N.V."),
    # a file number over the charter caption; the English name over the translation's
    ("|Commission file number: 000-41234\n|(Exact name of Registrant as specified in our charter)\n"
     "|Seorin Games Inc.\n|(Translation of Registrant’s name into English)\n|The Republic of Korea\n",
     "Seorin Games Inc."),
    # words split over lines by an HTML copy
    ("Commission\nfile number: 000-41234\n(Exact\nname of Registrant as specified in our charter)\nHaneul\nSoft Inc.\n"
     "(Translation\nof Registrant’s name into English)\n", "Haneul Soft Inc."),
    # a cover collapsed onto one line
    ("SECURITIES AND EXCHANGE COMMISSION Washington, DC 20549 FORM 6-K REPORT OF FOREIGN PRIVATE ISSUER "
     "For the month of May 2004 Daeyang Precision Co., Ltd. (Translation of Registrant's Name into English) "
     "12 Sinchon-ro Seoul, Korea (Address of Principal Executive Offices)", "Daeyang Precision Co., Ltd."),
    # the cells of a flattened table out of order: the country is no name
    ("Commission file number: 000-51234\nTAEHO CO., LTD.\n(Exact name of registrant as\nspecified in its charter)\n"
     "|\nN/A\n|\nThe Republic of Korea\n|\n(Translation of\nregistrants name into English)\n", "TAEHO CO., LTD."),
    # a 6-K cover that prints no caption
    ("FORM 6-K\nREPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO\nRULE 13a-16 OR 15d-16\nFor the month of June 2006\n"
     "Daebong Telecom Corporation\n101 Sejong-ro\nJongno-gu, Seoul\n(Address of principal executive offices)\n",
     "Daebong Telecom Corporation"),
    # a 6-K cover with neither caption nor month line: the name wraps, its legal form alone under it
    ("FORM 6-K\nIndicate by check mark if the registrant is submitting the Form 6-K in paper:\n|Yes\n|No X\n"
     "If \u201cYes\u201d is marked, indicate below the file number assigned to the registrant: N/A\n"
     "Haneul\nInc.\nINDEX TO EXHIBITS\n|1.\n|Share Repurchase\n", "Haneul Inc."),
    ("FORM 6-K\n|Form 20-F X\n|Form 40-F\nDaeyang Precision\nCo., Ltd.\nEXHIBITS\n", "Daeyang Precision Co., Ltd."),
]


@pytest.mark.parametrize(("body", "name"), COVERS, ids=[c[1][:24] for c in COVERS])
def test_registrant_of_a_cover(body, name):
    assert registrant(body, head="") == name


def test_the_header_when_the_text_names_no_company():
    header = FilingHeader(company_name="DAEHAN STEEL CO LTD")
    assert registrant("1. Type of shares: common\n2. Number of shares: 1,000", header, head="") == "DAEHAN STEEL CO LTD"


@pytest.mark.parametrize("body, family", [
    ("Seoul, Korea, May 2, 2004 -- The Company today announced that its board approved a dividend.", None),
    ("SEOUL, June 1, 2004 -- Analysts said the market for broadband services grew.", None),
    # a file number and a placeholder over the captions: no name
    ("Commission file number: 000-41234\n(Exact name of Registrant as specified in its charter)\nN/A\n"
     "(Translation of Registrant's name into English)\n", None),
    # a heading with a legal-form word is no letterhead
    ("                    INVESTMENT IN OTHER CORPORATION\n\n   1. NAME OF COMPANY : HANIL SHIPPING CO., LTD.\n", None),
    # a counterparty's name in a numbered item
    ("4. Company to be newly created\n   a. Company Name: Hanil Bank\n", None),
    # check-box answers repeated in a flattened cover are no name
    ("|\nForm 20-F\n|\nX\n|\nYes\n|\nNo\n|\nX\n|\nYes\n|\nNo\n|\nX\n", None),
    # the connective a 20-F cover prints twice between its check boxes is no letterhead
    ("|REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g)\nOR\n|\n|X\n|ANNUAL REPORT PURSUANT TO SECTION 13\n"
     "For the fiscal year ended December 31, 2004\nOR\n|\n|TRANSITION REPORT PURSUANT TO SECTION 13\n", None),
    # a class of shares a translated form prints in a cell of each item is no name
    ("Decision on Share Buyback\n|\n1. Number of shares to be acquired |\nCommon |\n1,500,000 |\n||||\n|\n"
     "Other |\n- |\n|\n2. Amount of shares to be acquired (Korean won) |\nCommon |\n9,000,000,000 |\n", None),
    # the other party of the deal a title announces, its name wrapped to the next line
    ("Board Resolution on Approval of the Small-scale Merger with\nMirae Cable Co., Ltd.\n"
     "1. Date of BOD resolution: March 3, 2005\n", None),
    ("Board Resolution on the Acquisition of\nHanbit Logistics Co., Ltd.\n1. Date of resolution: May 2, 2005\n", None),
    # a results table flattened one cell a line repeats its column header over each table
    ("Results\n\nSix months ended 30th June 2025\nHK$M\n2024\nHK$M\nChange\nin %\nRevenue 1,234 1,100 +12%\n\n"
     "Financial Position\n\n31st December\n2024\nHK$M\nChange\nin %\nTotal equity 9,876 9,500 +4%\n", None),
    # a name a table prints in a row's cells, one a year (its auditor), is no letterhead
    ("Consolidated\n|\nFY2024 |\nFY2023 |\nFY2022 |\n| Outside Auditor |\nHanbit Accounting |\n"
     "Hanbit Accounting |\nDaesung Audit |\n| Auditor's Opinion |\nUnqualified opinion |\n", None),
    # a legal form under a line that is no name (a check box's answer, a caption) makes none
    ("FORM 6-K\n|Yes\n|No X\nInc.\n|1.\n|Share Repurchase\n", None),
    ("FORM 6-K\n(Address of principal executive offices)\nLimited\nEXHIBITS\n", None),
    # a person or a side who said something is no company
    ("Jae Won Park said on Monday that the merger talks would resume next week.", None),
    ("회사측은 올해 매출 목표를 달성할 수 있을 것이라고 밝혔다.", None),
    # a digest of many companies' results
    ("[ ①매출액 ②경상이익 (단위:억원) ] △ 대성공업 =①600 △ 한빛전자 =①23,669(-10.3)", None),
    # a joint filing agreement is filed by its parties, not by a company it names alone
    ("AGREEMENT\n\nThe undersigned agree to file jointly.\n\nALPHA PARTNERS, L.P.\n\nBy: /s/ Jane Roe\n",
     DocumentFamily.JOINT_FILING_AGREEMENT),
])
def test_no_sure_name_no_registrant(body, family):
    assert registrant(body, family=family, head="") is None


@pytest.mark.xfail(strict=True, reason="a subject after a fronted clause, known only by its abbreviation")
def test_subject_after_a_fronted_clause():
    body = ("Profile Established as Korea's first holding company in 2001, Hanbit Financial Group (HFG) "
            "reported KRW 3.4 trillion in revenues.")
    assert registrant(body, head="") == "Hanbit Financial Group"


def test_korean_registrant_is_reported_in_korean():
    text = "세진정밀 3분기 영업이익 45억\n\n세진정밀(대표 박영수)은 3분기 매출이 820억원을 기록했다고 9일 밝혔다.\n입력 2005-11-09 10:00\n"
    (converted,) = convert_text(text, "news.txt")
    names = [(f.value, f.lang) for f in facts(converted) if f.concept == "EntityRegistrantName"]
    assert names == [("세진정밀", "ko")]


def test_a_korean_registrant_after_its_market():
    # '코스피 상장사 X는': the market the company is listed on before its name, no part of it
    text = "코스피 상장사 한빛중공업지주는 연결 기준 작년 영업이익이 1천억원으로 잠정 집계됐다고 7일 공시했다.\n"
    assert registrant(text) == "한빛중공업지주"


def test_a_joint_filing_agreement_reports_no_registrant():
    text = ("                                   EXHIBIT A\n\n"
            "In accordance with Rule 13d-1(k) under the Securities Exchange Act of 1934, the undersigned\n"
            "agree to the joint filing of a statement on Schedule 13D with respect to the Common Stock of\n"
            "Hanbit Soft Co., Ltd., a company organized under the laws of Korea.\n\n"
            "Dated: March 2, 2005\n\nALPHA PARTNERS, L.P.\n\nBy: /s/ Jane Roe\n    Name: Jane Roe\n    Title: Director\n")
    (converted,) = convert_text(text, "jfa.txt")
    assert [f.value for f in facts(converted) if f.concept == "EntityRegistrantName"] == []


# an English DART disclosure as a portal copies it: 'COMPANY : Title' on the first line, perhaps after
# the portal's stamp of the day, then the form's items (a table flattened one cell a line)
DISCLOSURE_LINES = [
    (" date 2023-05-02 HANBIT STEEL : Report on Business Performance according to Consolidated Financial "
     "Statements (Fair Disclosure)\n1. Details of business performance\nin KRW bn, %\nCategory\nCurrent term\n"
     "Previous term\nSales\nCurrent\n1,234\n1,100\n", "HANBIT STEEL"),
    (" date 2021-11-08 Daesung Wind : Decision on Entering into Trust Contract for Acquisition of Treasury Stock\n"
     "11/08/2021 | 09:12am EST\nDecision on Entering into Trust Contract\n1. Contract amount (KRW)\n"
     "7,000,000,000\n", "Daesung Wind"),
    ("Orion Bio : Notice of Annual General Meeting of Shareholders\n1. Date\n2024-03-21\n", "Orion Bio"),
]


@pytest.mark.parametrize(("body", "name"), DISCLOSURE_LINES, ids=[c[1] for c in DISCLOSURE_LINES])
def test_the_company_before_an_english_dart_disclosures_title(body, name):
    assert registrant(body, head="") == name


@pytest.mark.parametrize("body", [
    "Subject: Report on the Annual Meeting\nThe meeting was held in Seoul.\n",
    "Category : Report on operations\nCurrent term\n1,234\n",
])
def test_a_label_before_a_disclosures_title_is_no_company(body):
    assert registrant(body, head="") not in ("Subject", "Category")  # the label names no company


def test_a_tanshins_labelled_company_outweighs_a_column_heading_printed_twice():
    """A tanshin's header labels the listed company ('上場会社名 X株式会社 上場取引所 東'); the
    heading of two columns of its table, printed once a column, is no letterhead."""
    body = ("1234 ミドリ精機 2025-08-06 15:00:00\n2026年3月期 第1四半期決算短信〔日本基準〕(連結)\n2025年8月6日\n"
            "上場会社名 ミドリ精機株式会社 上場取引所 東\nコード番号 1234 URL https://www.example.jp/\n"
            "代表者 (役職名) 代表取締役社長 (氏名) 山田 一郎\n(百万円未満切捨て)\n"
            "1. 2026年3月期第1四半期の連結業績(2025年4月1日∼2025年6月30日)\n売上高 営業利益 経常利益\n"
            "百万円 % 百万円 % 百万円 %\n2026年3月期第1四半期 4,321 12.3 210 ― 234 ―\n潜在株式調整後\n"
            "1株当たり四半期純利益\n1株当たり四半期純利益\n円銭 円銭\n2026年3月期第1四半期 54.32 ―\n")
    assert registrant(body, head="") == "ミドリ精機株式会社"
