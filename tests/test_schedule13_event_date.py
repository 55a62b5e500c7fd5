"""A Schedule 13D/13G cover prints the date of the event that requires its filing above the
caption '(Date of Event which Requires Filing of this Statement)'. That date is the event's
(EventDate): a schedule may be filed years after it. The document's date comes only from what
dates the document itself (its signature, a filing date), else it has none. Invented documents."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.anchors import find_date_anchors
from converter.model import DocumentFamily, FilingHeader, Segment, SourceDocument
from converter.pipeline import convert_text

COVER_13D = """\
                       SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                  SCHEDULE 13D
                   Under the Securities Exchange Act of 1934
                               (Amendment No. 3)*

                          Hanbit Electronics Co., Ltd.
                                (Name of Issuer)

                                  Common Stock
                         (Title of Class of Securities)

                                   41234K109
                                 (CUSIP Number)

                                 Garam Lee, Esq.
                          12 Harbour Road, Seoul, Korea
            (Name, Address and Telephone Number of Person Authorized
                     to Receive Notices and Communications)

                                {event}
-------------------------------------------------------------------------------
            (Date of Event which Requires Filing of this Statement)

If the filing person has previously filed a statement on Schedule 13G to report
the acquisition which is the subject of this Schedule 13D, and is filing this
schedule because of Rules 13d-1(e), 13d-1(f) or 13d-1(g), check the following
box [ ].
{tail}"""

_SIGNED = """
                                   SIGNATURE

After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.

Date: June 2, 2003
                                        LANTERN RIDGE CAPITAL L.P.
                                        By: /s/ Mina Park
"""


def _document(text: str) -> SourceDocument:
    return SourceDocument("13d.txt", text, text, (Segment(0, 0, len(text)),))


def _facts(text: str) -> dict[str, object]:
    (converted,) = convert_text(text, "13d.txt")
    return {o.concept: o.value for o in converted.extraction.observations}


@pytest.mark.parametrize("event", ["June 17, 2002", "JUNE 17, 2002", "June 17,  2002"])
def test_the_event_date_alone_is_no_document_date(event: str) -> None:
    found = _facts(COVER_13D.format(event=event, tail=""))
    assert found["EventDate"] == dt.date(2002, 6, 17)
    assert "DocumentDate" not in found


def test_the_signature_dates_the_schedule_not_its_event() -> None:
    found = _facts(COVER_13D.format(event="June 17, 2002", tail=_SIGNED))
    assert found["EventDate"] == dt.date(2002, 6, 17)
    assert found["DocumentDate"] == dt.date(2003, 6, 2)


def test_the_event_still_places_an_undated_schedule() -> None:
    text = COVER_13D.format(event="June 17, 2002", tail="")
    found = find_date_anchors(_document(text),
                              DocumentFamily.SCHEDULE_13, None)
    assert found.document_date is None and found.anchor == dt.date(2002, 6, 17)


def test_a_header_filing_date_places_it_before_its_event() -> None:
    text = COVER_13D.format(event="June 17, 2002", tail="")
    header = FilingHeader(company_name="HANBIT ELECTRONICS CO LTD", filed_as_of=dt.date(2003, 6, 3))
    found = find_date_anchors(_document(text),
                              DocumentFamily.SCHEDULE_13, header)
    assert found.document_date is None and found.anchor == dt.date(2003, 6, 3)
