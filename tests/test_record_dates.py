"""DividendRecordDate: the record date of a dividend, from a disclosure form's item (배당기준일) and
from the prose of 6-K notices and board-meeting outcomes. Every text is invented, written in the
layouts and wording of those documents."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.base import DocumentContext
from converter.extract.kinds.resolution import extract_resolution
from converter.extract.mechanisms.record_dates import extract_record_dates, record_dates_in
from converter.model import Classification, DocumentFamily, Period, Segment, SourceDocument

DEPOSITARY = "record date of depositary shares (set under the deposit agreement), not of the company register"
NOT_CASH = "record date of a bonus issue or a stock dividend"

PROSE = [
    # (sentence, record date stated or None, reason it is not the dividend's or None)
    ("The record date for the interim dividend is October 21, 2031 and the payment will be made on "
     "October 23, 2031.", "2031-10-21", None),
    ("The Board of Directors has fixed Friday, July 18, 2031 as the record date for the purpose of the "
     "final dividend.", "2031-07-18", None),
    ("Hanbit Financial Group has determined that March 31, 2032 would be the record date for the "
     "determination of the shareholders who are entitled to the distribution of its year-end dividends.",
     "2032-03-31", None),
    ("The record date for the purpose of determining the entitlement of the equity shareholders for the "
     "said dividend has been fixed as August 4, 2031.", "2031-08-04", None),
    ("The dividend will be paid on May 2, 2031 to shareholders of record as of April 11, 2031.",
     "2031-04-11", None),
    # the day of the week written before the date (Indian issuers' board-meeting outcomes)
    ("The record date fixed to decide which shareholders get the interim dividend is "
     "Tuesday, 13th February 2031.", "2031-02-13", None),
    ("The record date for reckoning the shareholders entitled to receive the said final dividend shall "
     "be Thursday, 7 August 2031.", "2031-08-07", None),
    # a word other than the day of the week between the verb and the date: not read
    ("The record date for the interim dividend is expected around 7 August 2031.", None, None),
    # the depositary's record date of the ADSs, a bonus issue's: not the company register's dividend
    ("The record date for the holders of the ADSs entitled to the year-end dividend is April 3, 2032.",
     "2032-04-03", DEPOSITARY),
    ("The Company allotted bonus shares and a stock dividend to shareholders of record as of "
     "September 5, 2031.", "2031-09-05", NOT_CASH),
    # a record date of no dividend, several at once, or one with no year: nothing
    ("The record date for the extraordinary general meeting is January 9, 2032.", None, None),
    ("The record dates of the quarterly dividends will be March 31, 2031 and June 30, 2031.", None, None),
    ("The record date for the final dividend has been fixed as March 10.", None, None),
    # "record date" in a title or a reference to an earlier report is no statement of one
    ("On February 3, 2032 the Company furnished a report titled Notice of Record Date for the "
     "Shareholders Entitled to the Distribution of Dividends.", None, None),
    pytest.param("Record Date: December 31, 2031 (for the year-end dividend)", "2031-12-31", None,
                 marks=pytest.mark.xfail(strict=True, reason="a labelled record date inside prose is left to "
                                                             "the labelled-item readers, which read forms only")),
]


@pytest.mark.parametrize("sentence, day, reason", PROSE, ids=[str(row[0])[:40] for row in PROSE])
def test_record_date_in_prose(sentence: str, day: str | None, reason: str | None) -> None:
    found = record_dates_in(sentence)
    assert [(str(r.value), r.reason) for r in found] == ([(day, reason)] if day else [])
    for r in found:
        assert sentence[r.start:r.end] == r.text


def _context(text: str, day: dt.date) -> DocumentContext:
    document = SourceDocument("doc.txt", text, text, (Segment(0, 0, len(text)),))
    return DocumentContext(document, Classification(DocumentFamily.PRESS_RELEASE, 1, ()), None, day,
                           Period.duration(day, day), None)


def test_one_record_date_is_the_fact_and_the_depositarys_is_reported_unmapped() -> None:
    text = ("The Company has determined that February 21, 2031 would be the record date for the "
            "year-end dividend.\n\nThe record date for the holders of the ADSs entitled to the dividend "
            "is February 24, 2031.\n")
    found = extract_record_dates(_context(text, dt.date(2031, 2, 6)))
    assert [(o.concept, str(o.value)) for o in found.observations] == [("DividendRecordDate", "2031-02-21")]
    assert [(m.text, m.reason) for m in found.unmapped] == [("February 24, 2031", DEPOSITARY)]


def test_two_record_dates_for_dividends_give_no_fact() -> None:
    text = ("The record date for the interim dividend is June 30, 2031.\n\n"
            "The record date for the special dividend is July 15, 2031.\n")
    found = extract_record_dates(_context(text, dt.date(2031, 6, 2)))
    assert found.observations == ()
    assert {m.reason for m in found.unmapped} == {"several record dates: which dividend each is for is not stated"}


DART_DIVIDEND = """현금ㆍ현물배당 결정
1. 배당구분                     결산배당
2. 배당종류                     현금배당
3. 1주당 배당금(원)   보통주식   450
4. 배당금총액(원)                 9,000,000,000
5. 배당기준일                   2030-12-31
6. 이사회결의일(결정일)          2031-02-10
"""


def test_the_record_date_item_of_a_dividend_decision() -> None:
    found = extract_resolution(_context(DART_DIVIDEND, dt.date(2031, 2, 10)))
    dated = [(str(o.value), o.period) for o in found.observations if o.concept == "DividendRecordDate"]
    assert dated == [("2030-12-31", Period.duration(dt.date(2031, 2, 10), dt.date(2031, 2, 10)))]


def test_a_record_date_item_without_a_dividend_is_no_dividend_record_date() -> None:
    text = DART_DIVIDEND.replace("3. 1주당 배당금(원)   보통주식   450\n", "").replace(
        "4. 배당금총액(원)                 9,000,000,000\n", "")
    found = extract_resolution(_context(text, dt.date(2031, 2, 10)))
    assert not [o for o in found.observations if o.concept == "DividendRecordDate"]


# a 6-K notice of an interim dividend: the dividend in one sentence, its record date bare in the
# next, the kind in the notice's title, the figures under "Key Details" (wording of such notices)
SIX_K_INTERIM = """Resolution Regarding Hanbit Financial Holdings' Interim Dividend Payment
On July 20, 2031, the board of directors of Hanbit Financial Holdings Inc. passed a resolution recommending a cash dividend of KRW 170 per common share. The record date is June 30, 2031.
Key Details
1) Dividend per common share: KRW 170
2) Total dividend amount: KRW 123,456,789,000
"""


def test_a_bare_record_date_after_the_dividends_sentence_is_its_record_date() -> None:
    assert [str(r.value) for r in record_dates_in(SIX_K_INTERIM)] == ["2031-06-30"]
    # not after a sentence of something else, nor across a paragraph break
    assert record_dates_in("The board convened an extraordinary general meeting. The record date is May 1, 2031.") == []
    assert record_dates_in("A cash dividend of KRW 170 per share.\n\nThe record date is June 30, 2031.") == []


def test_a_6k_interim_dividend_is_of_the_half_its_prose_record_date_ends() -> None:
    found = extract_resolution(_context(SIX_K_INTERIM, dt.date(2031, 7, 20)))
    half = Period.duration(dt.date(2031, 1, 1), dt.date(2031, 6, 30))
    got = sorted((o.concept, str(o.value), o.period == half) for o in found.observations
                 if o.concept.startswith("Dividends"))
    assert got == [("DividendsDeclared", "123456789000", True), ("DividendsDeclaredPerShare", "170", True)]


def test_a_6k_dividend_naming_no_kind_is_not_placed_by_its_record_date_alone() -> None:
    text = SIX_K_INTERIM.replace("Interim Dividend Payment", "Dividend Payment")
    found = extract_resolution(_context(text, dt.date(2031, 7, 20)))
    assert not [o for o in found.observations if o.concept.startswith("Dividends")]
