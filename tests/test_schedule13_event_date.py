"""A Schedule 13D/13G cover prints the date of the event that requires its filing above the
caption '(Date of Event which Requires Filing of this Statement)'. That date is the event's
(EventDate): a schedule may be filed years after it. The document's date comes only from what
dates the document itself (its signature, a filing date), else it has none. Invented documents."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.anchors import find_date_anchors
from converter.model import DocumentFamily, FilingHeader, Period, Segment, SourceDocument
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


# a cover page's rows (13D numbering: 7-11 and 13 are the person's figures)
_ROWS = """
CUSIP No. 41234K109
1   NAME OF REPORTING PERSON
    Lantern Ridge Capital L.P.
7   SOLE VOTING POWER
    0
8   SHARED VOTING POWER
    2,450,000
9   SOLE DISPOSITIVE POWER
    0
10  SHARED DISPOSITIVE POWER
    2,450,000
11  AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON
    2,450,000
13  PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)
    7.4%
14  TYPE OF REPORTING PERSON
    PN
"""

# what a filings aggregator prints above its copy: its own filing date, beside a summary table
_AGGREGATOR_TOP = """Hanbit Electronics Co., Ltd. - SC 13D
Filing Date: 2003-06-03
| Form | Filing Date | Filer |
| SC 13D | 2003-06-03 | Lantern Ridge Capital L.P. |

"""

_FIGURES = {"SoleVotingPower", "SharedVotingPower", "SoleDispositivePower", "SharedDispositivePower",
            "AggregateAmountBeneficiallyOwned", "PercentOfClass"}


@pytest.mark.parametrize("top, tail", [(_AGGREGATOR_TOP, ""), ("", _SIGNED), (_AGGREGATOR_TOP, _SIGNED)],
                         ids=["aggregator's filing date", "signed", "both"])
def test_the_cover_figures_are_as_of_the_event(top: str, tail: str) -> None:
    """The figures of rows 7-11 and 13 are the person's holdings on the day of the event the
    front page dates, not on the day the schedule is signed or an aggregator says it was filed;
    the document's own facts keep the document's date."""
    (converted,) = convert_text(top + COVER_13D.format(event="June 17, 2002", tail=_ROWS + tail), "13d.txt")
    observations = converted.extraction.observations
    event = Period.duration(dt.date(2002, 6, 17), dt.date(2002, 6, 17))
    figures = [o for o in observations if o.concept in _FIGURES]
    assert len(figures) == 6 and all(o.period == event for o in figures)
    others = [o for o in observations if o.concept in ("ReportingPersonName", "EventDate", "DocumentDate")]
    assert others and all(o.period == converted.extraction.document_period != event for o in others)


def test_without_an_event_date_the_figures_keep_the_document_period() -> None:
    text = COVER_13D.format(event="", tail=_ROWS + _SIGNED).replace(
        "(Date of Event which Requires Filing of this Statement)", "")
    (converted,) = convert_text(text, "13d.txt")
    figures = [o for o in converted.extraction.observations if o.concept in _FIGURES]
    assert figures and all(o.period == converted.extraction.document_period for o in figures)
