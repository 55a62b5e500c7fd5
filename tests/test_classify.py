"""Document families from language and layout, and the document-level facts read before extraction."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.classify import classify
from converter.extract.document import read_document_info
from converter.model import DocumentFamily, Segment, SourceDocument
from factlib import DATA, SEEDS


def document(text: str, doc_type: str | None = None) -> SourceDocument:
    return SourceDocument("t.txt", text, text, (Segment(0, 0, len(text)),), doc_type=doc_type)


@pytest.mark.parametrize(
    "name,family",
    [
        ("hanaro-6k-cover-nov-2002.txt", DocumentFamily.COVER_6K),
        ("hanaro-q3-2002-operating-profit.txt", DocumentFamily.PRESS_RELEASE),
        ("thrunet-reverse-split-2002.txt", DocumentFamily.PRESS_RELEASE),
        ("hanaro-13d-joint-filing-agreement-2003.txt", DocumentFamily.JOINT_FILING_AGREEMENT),
    ],
)
def test_seed_families(name, family):
    result = classify(document((SEEDS / name).read_text()))
    assert result.family is family
    assert result.evidence


@pytest.mark.parametrize("path", sorted((DATA / "cover_6k").glob("*.txt")), ids=lambda p: p.name)
def test_written_covers_are_covers(path):
    from converter.ingest.encoding import decode

    text = decode(path.read_bytes()).text  # as ingest reads it: some covers are EUC-KR
    assert classify(document(text)).family is DocumentFamily.COVER_6K


KOREAN_RELEASE = """보도자료

                         한빛전자, 2004년 1분기 실적 발표

한빛전자(주)는 오늘 2004년 1분기 매출액이 3,260억원으로 전년 동기 대비 12% 증가했다고 밝혔다.
"""

SCHEDULE_13G = """                                  SCHEDULE 13G
                   Under the Securities Exchange Act of 1934
CUSIP No. 12345K109
1.  NAMES OF REPORTING PERSONS
    Example Capital Partners, L.P.
5.  SOLE VOTING POWER        1,250,000
"""


@pytest.mark.parametrize(
    "text,family",
    [
        (KOREAN_RELEASE, DocumentFamily.PRESS_RELEASE),
        (SCHEDULE_13G, DocumentFamily.SCHEDULE_13),
        ("Minutes of the board meeting.\nThe board approved the budget.\n", DocumentFamily.OTHER),
        ("", DocumentFamily.OTHER),
    ],
)
def test_written_families(text, family):
    assert classify(document(text)).family is family


def test_edgar_type_adds_evidence():
    result = classify(document("Some exhibit text with forward-looking statements.", doc_type="EX-99.1"))
    assert "EDGAR type EX-99.1" in result.evidence


def info(text: str, doc_type: str | None = None):
    doc = document(text, doc_type)
    return read_document_info(doc, classify(doc), None)


def test_press_release_dateline_title_and_registrant():
    text = (
        "                                                      EXHIBIT 99.1\n\n"
        "                 Gyeongnam Steel Reports Record Second Quarter\n\n"
        "Changwon, Korea, July 22, 2005 - Gyeongnam Steel Co., Ltd. (KRX: 001234) (the\n"
        '"Company") today announced its results for the second quarter of 2005.\n'
    )
    result = info(text)
    assert result.document_type.value == "EX-99.1"
    assert result.document_date.value == dt.date(2005, 7, 22)
    assert result.title.value == "Gyeongnam Steel Reports Record Second Quarter"
    assert result.registrant.value == "Gyeongnam Steel Co., Ltd."
    assert result.document_period.start == result.document_period.end == dt.date(2005, 7, 22)


def test_agreement_dated_as_of():
    text = (
        "                             JOINT FILING AGREEMENT\n\n"
        '     This Agreement, dated as of March 3, 2006, among Alpha Fund, L.P. ("Alpha")\n'
        "and Beta Advisors LLC, pursuant to Rule 13d-1(k)(1) ...\n"
    )
    result = info(text)
    assert result.document_date.value == dt.date(2006, 3, 3)
    assert result.title.value == "JOINT FILING AGREEMENT"


def test_six_k_report_month_is_the_period():
    result = info((DATA / "cover_6k" / "steelmaker-style-40f-yes.txt").read_text())
    assert (result.document_period.start, result.document_period.end) == (dt.date(2004, 2, 1), dt.date(2004, 2, 29))
    assert result.period_end.value == dt.date(2004, 2, 29)
