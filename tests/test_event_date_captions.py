"""A date alone on its line under a caption naming an event (a meeting, a record date, a payment,
a book closure) or at the end of a sentence that runs into it is that event's date, never the
document's: a dividend announcement or corporate calendar that states no date of its own has no
DocumentDate, rather than an event's. A heading of the document's own ("Notice of ...",
"Results of ...") or a label of its date ("Dated as of", "As filed with ... on") over a date
still gives it. Invented documents."""

from __future__ import annotations

import pytest

from converter.pipeline import convert_text


def document_dates(text: str) -> list[str]:
    (converted,) = convert_text(text, "notice.txt")
    return [str(f.value) for f in converted.instance.facts if f.concept == "DocumentDate"]


CALENDAR = """HANBIT ELECTRONICS CO., LTD.

CORPORATE CALENDAR

{caption}
March 24, 2031
"""


@pytest.mark.parametrize("caption", [
    "Annual General Meeting",
    "Record date for final dividend",
    "Payment of final dividend",
    "Register of members closed",
])
def test_a_date_under_an_event_caption_is_no_document_date(caption: str) -> None:
    assert document_dates(CALENDAR.format(caption=caption)) == []


def test_a_date_a_sentence_runs_into_is_no_document_date() -> None:
    text = """Hanbit Electronics Co., Ltd.
Dividend Announcement

The Board of Directors has declared an interim dividend of KRW 300 per share,
payable to shareholders of record at the close of business on

                              June 30, 2031
"""
    assert document_dates(text) == []


@pytest.mark.parametrize("caption", ["Notice of Annual General Meeting", "Results of Annual General Meeting"])
def test_a_heading_of_the_document_over_its_date_still_dates_it(caption: str) -> None:
    assert document_dates(CALENDAR.format(caption=caption)) == ["2031-03-24"]


def test_a_signed_notice_keeps_its_own_date_beside_event_dates() -> None:
    text = """Hanbit Electronics Co., Ltd.

DIVIDEND ANNOUNCEMENT

The Board of Directors has declared a cash dividend of KRW 500 per share.

Record date:          December 31, 2030
Date of payment:      April 20, 2031

By order of the Board
Minsu Park
Company Secretary

Date: March 2, 2031
"""
    assert document_dates(text) == ["2031-03-02"]
