"""Anchoring never fails a document: labelled dates anywhere, the EDGAR header, ``--date``, then
``forever`` with a warning. Documents written for these tests in the layouts real filings use."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from arelle_support import assert_arelle_clean
from converter.classify import classify
from converter.extract.anchors import find_date_anchors, labelled_dates
from converter.extract.document import read_document_info
from converter.model import DocumentFamily, FilingHeader, Segment, SourceDocument
from converter.pipeline import convert_text, write_converted


def document(text: str) -> SourceDocument:
    return SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))


# (text, expected DocumentDate or None, expected BoardResolutionDate or None, expected anchor)
ANCHORS = [
    pytest.param(
        "Board of Directors' Resolution on Acquisition of Treasury Shares\n"
        "1. Number of shares to acquire : 120,000 common shares\n"
        "2. Date of BOD resolution : March 14, 2007\n",
        None, dt.date(2007, 3, 14), dt.date(2007, 3, 14), id="bod-resolution-item"),
    pytest.param(
        "9. Date of Board Resolution(Decision Date) November 29th , 2007\n"
        "- Attendance of outside directors : 2 out of 3\n",
        None, dt.date(2007, 11, 29), dt.date(2007, 11, 29), id="decision-date-ordinal"),
    pytest.param(
        "              ANNUAL REPORT ON FORM 20-F\n"
        "As filed with the Securities and Exchange Commission on June 27, 2006\n\n"
        "For the fiscal year ended December 31, 2005\n",
        dt.date(2006, 6, 27), None, dt.date(2006, 6, 27), id="as-filed-with-the-sec"),
    pytest.param(
        "태영정밀 2분기 영업이익 45억원\n입력 2004-08-12 09:31\n태영정밀은 2분기 매출 310억원을 기록했다고 12일 밝혔다.\n",
        dt.date(2004, 8, 12), None, dt.date(2004, 8, 12), id="korean-byline"),
    pytest.param(
        "동해전기는 상반기 매출이 1천20억원으로 집계됐다고 발표했다. (서울=연합뉴스) 김기자\n"
        "2002/08/14 16:05 송고\n",
        dt.date(2002, 8, 14), None, dt.date(2002, 8, 14), id="korean-wire-stamp"),
    pytest.param(
        "TAIPEI STOCK EXCHANGE MATERIAL INFORMATION\n"
        "1. Date of the board of directors' resolution: 2006/03/21\n"
        "2. Cash dividend per share: NT$2.5\n",
        None, dt.date(2006, 3, 21), dt.date(2006, 3, 21), id="taiwan-slashed-date"),
    pytest.param(
        "The undersigned agree to file jointly.\n\nDated: October 9, 2004\n\nALPHA PARTNERS, L.P.\n",
        dt.date(2004, 10, 9), None, dt.date(2004, 10, 9), id="dated-label"),
    pytest.param(
        "Merger completion\n\nThe merger took effect as planned and the new shares were listed.\n"
        "Inquiries: investor relations.\n\n                                     (14 May 2003)\n",
        dt.date(2003, 5, 14), None, dt.date(2003, 5, 14), id="date-at-the-foot"),
    pytest.param(
        "RESOLUTIONS OF THE BOARD\n|1.\n|Date and Time: April 2, 2004 at 3:00 p.m.\n|2.\n|Place: head office\n",
        dt.date(2004, 4, 2), dt.date(2004, 4, 2), dt.date(2004, 4, 2), id="resolutions-bear-their-meetings-date"),
    pytest.param(
        "NOTICE OF THE ANNUAL GENERAL MEETING\n1. Date and Time: March 20, 2007, 10 A.M.\n2. Venue: head office\n",
        None, None, dt.date(2007, 3, 20), id="a-meetings-date-only-anchors-a-notice"),
    pytest.param(
        "On May 30, 2003, the board of directors of Hanil Bank passed a resolution on the merger\n",
        None, dt.date(2003, 5, 30), dt.date(2003, 5, 30), id="on-date-the-board-resolved"),
    pytest.param(
        "On March 14, 2022, the board of directors of Hanil Financial Inc. (\"Hanil\") resolved to cancel 1,000,000 "
        "shares of its common stock.\n",
        None, dt.date(2022, 3, 14), dt.date(2022, 3, 14), id="on-date-the-board-resolved-to"),
    pytest.param(
        "Tokyo, June 20, 2006 — Sakura Holdings, Inc. resolved at the Board of Directors Meeting today that it\n"
        "will hold an extraordinary general meeting on July 28, 2006.\n",
        dt.date(2006, 6, 20), dt.date(2006, 6, 20), dt.date(2006, 6, 20), id="resolved-today-at-the-dateline"),
    pytest.param(
        "SEOUL, South Korea, Nov. 20, 2007 (PRIME NEWSWIRE) -- Sejin Foods Co., Ltd. today announced results.\n",
        dt.date(2007, 11, 20), None, dt.date(2007, 11, 20), id="dateline-with-a-wire-name"),
    pytest.param(
        "Depositary receipts have converted into shares over the period\n"
        "     Depositary Receipts (DRs): August 20, 2003 - November 28, 2004\n",
        None, None, None, id="a-range-is-no-dateline"),
    pytest.param(
        "Collateral provided\n|Debtor\n|Period\n|312 employees\n|Aug. 18, 2006\n~\nAug. 17, 2007\n|Time deposit\n",
        None, None, None, id="a-range-in-a-table-at-the-foot-is-no-date"),
    pytest.param(
        "Top Banner\nMay 12, 2005 Consolidated Financial Results for the Fiscal Year Ended March 31, 2005 Company "
        "name: SAKURA SEIKI Co., Ltd.\n\nJul 11, 2019\n\nDownload\n",
        dt.date(2005, 5, 12), None, dt.date(2005, 5, 12), id="a-date-opening-a-flattened-head"),
    pytest.param(
        "                     Date of Report:           January 19, 2004\n"
        "                     Date of earliest\n                     event reported:           January 19, 2004\n",
        None, None, dt.date(2004, 1, 19), id="date-of-report-ends-a-period"),
    pytest.param(
        "1. Filing date of the disclosure : February 3, 2005\n2. Reasons for amendment\n",
        None, None, None, id="another-documents-filing-date-is-no-anchor"),
    pytest.param(  # a news page's posting time by the date on its line
        "Hanbit Financial Group Q1 net profit up 12.8 pct\n15:29 April 21, 2021\nSEOUL, April 21 (Yonhap) -- Hanbit "
        "Financial Group Inc. on Wednesday reported its first-quarter net income.\n",
        dt.date(2021, 4, 21), None, dt.date(2021, 4, 21), id="a-date-with-its-clock-time"),
    pytest.param(
        "(주)한빛바이오 유상증자결정(제3자배정)\n2022-05-17 17:52:00 \n\n주요사항보고서\n",
        dt.date(2022, 5, 17), None, dt.date(2022, 5, 17), id="a-portals-timestamp-under-the-title"),
    pytest.param(  # a web copy's 'date' word before the page's date, opening the text
        " date 2023-08-04 The Group reported the following operating results for the first quarter.\n",
        dt.date(2023, 8, 4), None, dt.date(2023, 8, 4), id="the-word-date-opening-the-text"),
    pytest.param(  # a results summary's header run together: the date before its stock code (a
        # flattened page's number opening the line is no entry of a list of documents)
        "Sakura Foods Co., Inc. Consolidated Results\n\n2 SUMMARY OF FINANCIAL STATEMENTS (Consolidated) First "
        "quarter results for the year ending March 31, 2010 Sakura Foods Co., Inc. July 31, 2009 Stock Code: 9999 "
        "Listed exchanges: Tokyo\n",
        dt.date(2009, 7, 31), None, dt.date(2009, 7, 31), id="a-date-before-the-stock-code"),
    pytest.param(  # a copy that ran the head's lines together: the date closing the title's line
        "Consolidated Financial Results for the First Quarter of the Fiscal Year Ending March 31, 2019 "
        "[Based on Japanese GAAP] August 7, 2018\n\nSize: px\n",
        dt.date(2018, 8, 7), None, dt.date(2018, 8, 7), id="a-date-closing-the-title-line"),
    pytest.param(
        "Sakura Seiki Co., Ltd. Consolidated Results. First Quarter Ended June 30, 2009\n\nSize: px\n",
        None, None, None, id="a-period-end-closing-the-title-line-is-no-date"),
    pytest.param(  # a dateline between dashes under the title, a balance sheet's dates alone
        # on their lines below it: the dateline dates the release, never a table's column heading
        "Consolidated Results for Year Ended March 31, 2025\n- OSAKA, Japan, April 30, 2025 -\n"
        "Consolidated Statement of Financial Position\nMillions of yen\nMarch 31, 2024\nMarch 31, 2025\n"
        "Total assets\n812,345\n856,789\n",
        dt.date(2025, 4, 30), None, dt.date(2025, 4, 30), id="a-dateline-between-dashes"),
    pytest.param(  # the same dateline after the place, a dash before and after the date
        "Hanbit Marine Reports Results\n\nBUSAN -- May 2, 2025 -- Hanbit Marine today reported results.\n"
        "As of\nDecember 31, 2024\n",
        dt.date(2025, 5, 2), None, dt.date(2025, 5, 2), id="a-place-and-a-dateline-between-dashes"),
    pytest.param(  # a table's column headings, dates alone over each other: no document date
        "Hanbit Marine Balance Sheet\n\nMillions of won\nDecember 31, 2023\nDecember 31, 2024\nTotal assets\n"
        "812,345\n856,789\n",
        None, None, None, id="a-tables-column-dates-are-no-document-date"),
    pytest.param(  # a form's item set off at the right of its label: the record date is no document date
        "현금배당결정\n\n5. 배당금총액(원)                     35,000,000,000\n"
        "6. 배당기준일                         2005-12-31\n10. 이사회결의일(결정일)               2006-02-10\n",
        None, dt.date(2006, 2, 10), dt.date(2006, 2, 10), id="a-korean-forms-record-date-is-its-items"),
    pytest.param(  # a Japanese summary's header flattened one cell a line: the scheduled filing
        # date is its label's value, the release date alone after it is the summary's
        "令和6年3月期 第2四半期決算短信〔日本基準〕(連結)\n上場会社名\nコード番号\n代表者\n桜精機株式会社\n9999\n"
        "(役職名) 取締役社長\n問合せ先責任者\n四半期報告書提出予定日\n令和5年11月14日\n令和5年11月10日\n上場取引所\n東\n"
        "配当支払開始予定日\n-\n",
        dt.date(2023, 11, 10), None, dt.date(2023, 11, 10), id="a-tanshins-scheduled-date-is-its-labels"),
    pytest.param(  # the scheduled date alone under its label, no other date: no document date
        "第2四半期決算短信〔日本基準〕(連結)\n上場会社名\n桜精機株式会社\n四半期報告書提出予定日\n令和5年11月14日\n上場取引所\n東\n",
        None, None, None, id="a-scheduled-date-alone-is-no-document-date"),
    pytest.param(  # a 6-K's report: the date its board resolved what it reports
        "Hanbit Marine Co., Ltd.\n\n     On May 6, 2024, pursuant to a resolution of our board of directors,\n"
        "Hanbit Marine decided to acquire 1,234,000 shares of Sejin Logistics Co., Ltd.\n",
        None, dt.date(2024, 5, 6), dt.date(2024, 5, 6), id="on-date-pursuant-to-a-board-resolution"),
]


@pytest.mark.parametrize("text, own, resolution, anchor", ANCHORS)
def test_labelled_and_placed_dates(text, own, resolution, anchor):
    found = find_date_anchors(document(text), DocumentFamily.OTHER, None)
    assert (found.document_date.value if found.document_date else None) == own
    assert (found.resolution_date.value if found.resolution_date else None) == resolution
    assert found.anchor == anchor


COVER_6K = """                                   FORM 6-K
                        REPORT OF FOREIGN PRIVATE ISSUER
                          FOR THE MONTH OF MAY 2004
                              HANBIT MARINE CO., LTD.
                 (Translation of registrant's name into English)
     (Indicate by check mark whether the registrant files or will file annual
reports under cover of Form 20-F or Form 40-F.)
                       Form 20-F [X]      Form 40-F [ ]
{middle}
                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        HANBIT MARINE CO., LTD.

Date: June 3, 2004                      By: /s/ Min Ho Lee
                                            Name:  Min Ho Lee
                                            Title: Managing Director
{after}"""


@pytest.mark.parametrize("middle, after, own, anchor", [
    pytest.param("", "", None, dt.date(2004, 6, 3), id="signature-date-anchors-only"),
    pytest.param("                          Dated June 2, 2004\n", "", dt.date(2004, 6, 2), dt.date(2004, 6, 2),
                 id="the-covers-dated-line"),
    pytest.param("\nJUNE 1, 2004\n                         RESULTS FOR THE MONTH OF MAY\n", "", dt.date(2004, 6, 1),
                 dt.date(2004, 6, 1), id="a-date-line-after-the-cover"),
    pytest.param("\nExhibit 99.1   Announcement, dated May 28, 2004\n", "", None, dt.date(2004, 6, 3),
                 id="an-exhibits-date-is-not-the-reports"),
    pytest.param("", "\nBusan, Korea, June 2, 2004 - Hanbit Marine Co., Ltd. today reported its May sales.\n",
                 dt.date(2004, 6, 2), dt.date(2004, 6, 2), id="the-reports-dateline"),
])
def test_a_6k_bears_its_covers_or_reports_date_not_its_signatures(middle, after, own, anchor):
    found = find_date_anchors(document(COVER_6K.format(middle=middle, after=after)), DocumentFamily.COVER_6K, None)
    assert (found.document_date.value if found.document_date else None) == own
    assert found.anchor == anchor


# a filing aggregator's copy of a schedule: its header prints a publication time stamp (the
# evening before, US time) above the day the schedule was filed
AGGREGATOR_13G = """Filing Details

Accession Number:
0009999999-21-000001
Form Type:
13G Filing
Publication Date:
{published}
Filed By:
Lantern Ridge Capital
Filing Date:
{filed}
SEC Url:
13G Filing

SCHEDULE 13G

Harbor Peak Inc.
(Name of Issuer)

December 31, 2020
(Date of Event Which Requires Filing of this Statement)
"""


@pytest.mark.parametrize("family, published, filed, own, anchor", [
    pytest.param(DocumentFamily.SCHEDULE_13, "2021-02-13 19:00:00", "2021-02-14", dt.date(2021, 2, 14),
                 dt.date(2021, 2, 14), id="a-schedule-bears-its-filing-date-not-the-copys-time-stamp"),
    pytest.param(DocumentFamily.SCHEDULE_13, "2021-02-09 16:07:55", "2021-02-09", dt.date(2021, 2, 9),
                 dt.date(2021, 2, 9), id="same-day"),
])
def test_a_schedule_is_dated_by_its_filing_date(family, published, filed, own, anchor):
    text = AGGREGATOR_13G.format(published=published, filed=filed)
    found = find_date_anchors(document(text), family, None)
    assert (found.document_date.value if found.document_date else None) == own
    assert found.anchor == anchor


# a schedule's cover run onto one line by a copy that dropped its line breaks and rules
ONE_LINE_13G = ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION WASHINGTON, D.C. 20549 SCHEDULE 13G UNDER THE "
                "SECURITIES EXCHANGE ACT OF 1934 (AMENDMENT NO. ____)* LANTERN HARBOR CO., LTD. (Name of Issuer) "
                "COMMON STOCK (Title of Class of Securities) 123456789 (CUSIP Number) MARCH 5, 2001 (Date of Event "
                "Which Requires Filing of this Statement) Check the appropriate box to designate the rule pursuant "
                "to which this Schedule is filed: [_] Rule 13d-1(b) [X] Rule 13d-1(c) [_] Rule 13d-1(d)\n")


def test_a_one_line_schedule_is_placed_at_its_event_date():
    (converted,) = convert_text(ONE_LINE_13G, "13g.txt")
    facts = {o.concept: o.value for o in converted.extraction.observations}
    assert facts["EventDate"] == dt.date(2001, 3, 5) and "DocumentDate" not in facts
    assert (facts["SubjectCompanyName"], facts["SubjectSecurityClass"]) == ("LANTERN HARBOR CO., LTD.", "common stock")
    assert {(o.period.start, o.period.end) for o in converted.extraction.observations} == {
        (dt.date(2001, 3, 5), dt.date(2001, 3, 5))}


def test_date_of_report_is_the_period_end():
    text = "FORM 8-K\nCURRENT REPORT\n                     Date of Report:           January 19, 2004\n"
    found = find_date_anchors(document(text), DocumentFamily.OTHER, None)
    assert found.period_end is not None and found.period_end.value == dt.date(2004, 1, 19)
    assert found.document_date is None


def test_labelled_dates_spans_point_at_the_date():
    text = "Submission Date: 2005.03.02\n"
    (found,) = labelled_dates(text)
    assert text[found.start:found.end] == "2005.03.02"
    assert found.kind == "document"


def test_header_then_user_date_then_forever():
    text = "INVESTMENT IN OTHER CORPORATION\n1. NAME OF COMPANY : EXAMPLE SHIPPING CO.\n"
    header = FilingHeader(company_name="EXAMPLE STEEL CO", filed_as_of=dt.date(2004, 11, 25))
    assert find_date_anchors(document(text), DocumentFamily.OTHER, header).anchor == dt.date(2004, 11, 25)
    assert find_date_anchors(document(text), DocumentFamily.OTHER, header).document_date is None
    user = find_date_anchors(document(text), DocumentFamily.OTHER, None, dt.date(2004, 12, 1))
    assert (user.anchor, user.source) == (dt.date(2004, 12, 1), "user")
    none = find_date_anchors(document(text), DocumentFamily.OTHER, None)
    assert (none.anchor, none.source) == (None, "none")


def test_undated_document_is_reported_for_forever_with_a_warning():
    doc = document("Nothing here carries a date at all.\n")
    result = read_document_info(doc, classify(doc), None)
    assert result.document_period.is_forever
    assert any("forever" in w for w in result.warnings)


UNDATED = (
    "                    INVESTMENT IN OTHER CORPORATION\n\n"
    "   1. DETAILS OF THE COMPANY INVESTED\n"
    "      - NAME OF COMPANY : EXAMPLE SHIPPING CO., LTD.\n"
    "      - PAID-IN CAPITAL (KRW): 40 BILLION\n"
)


def test_undated_document_converts_into_a_forever_context(tmp_path: Path):
    (converted,) = convert_text(UNDATED, "investment.txt")
    xml = converted.xml.decode()
    assert "<xbrli:forever/>" in xml
    assert "<xbrli:instant>" not in xml  # an instant cannot be placed without a date
    assert any("forever" in w for w in converted.warnings)
    assert any(f.concept == "DocumentTitle" for f in converted.instance.facts)
    (path,) = write_converted((converted,), tmp_path)
    assert_arelle_clean(path)


def test_user_date_places_an_undated_document():
    (converted,) = convert_text(UNDATED, "investment.txt", date=dt.date(2004, 11, 24))
    xml = converted.xml.decode()
    assert "<xbrli:forever/>" not in xml
    assert re.search(r"<xbrli:startDate>2004-11-24</xbrli:startDate>", xml)
    assert not any("forever" in w for w in converted.warnings)


def test_a_20f_cover_whose_lines_end_in_a_cells_bar_is_dated_and_has_its_year():
    # a cover flattened from a table: each line ends in ' |' ('FORM 20-F |'), the filing line has
    # no 'the' before the Commission
    text = "".join(line + " |\n" for line in (
        "As filed with Securities and Exchange Commission on April 28, 2025", "", "UNITED STATES",
        "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549", "", "FORM 20-F", "",
        "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
        "For the fiscal year ended December 31, 2024", "", "Commission file number 001-99999", "",
        "HANBIT MARINE CO., LTD.", "(Exact name of Registrant as specified in its charter)"))
    doc = document(text)
    info = read_document_info(doc, classify(doc), None)
    assert info.document_type is not None and info.document_type.value == "20-F"
    assert info.document_date is not None and info.document_date.value == dt.date(2025, 4, 28)
    assert info.period_end is not None and info.period_end.value == dt.date(2024, 12, 31)
