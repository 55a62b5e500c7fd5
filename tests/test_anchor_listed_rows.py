"""The rows of a list of other documents are read for the date anchors only when one of their
dates could matter: the anchors are those of the rows read first.

``anchors.find_date_anchors`` leaves out the labelled dates that rows of an exhibit index give
(their dates are the exhibits'). It reads the rows only when a labelled date of a kind it
consults is there (a resolution's, a period's, a meeting's at once; a document's only when the
layout gives no date) or the document is a report on a form. These tests compare it with the
labelled dates filtered by the rows first, as it did before, on every document of the tests and
the examples, and check that a schedule dated by its signature does not read its index.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from converter.classify import classify
from converter.extract import anchors
from converter.extract.mechanisms.furnished import listed_spans
from converter.ingest import ingest_bytes
from converter.model import DocumentFamily

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))


def _documents():
    for path in DOCUMENTS:
        filing = ingest_bytes(path.read_bytes(), path.name)
        for document in filing.documents:
            yield document, classify(document).family, filing.header


def _anchors(document, family, header):
    return anchors.find_date_anchors(document, family, header,
                                     listed=functools.partial(listed_spans, document.text))


def test_the_anchors_are_those_of_the_rows_read_first(monkeypatch: pytest.MonkeyPatch):
    lazy = [_anchors(*found) for found in _documents()]
    plain = anchors.labelled_dates

    def filtered_first(text: str):  # the labelled dates less the rows' dates, all read at once
        listed = anchors._listed_dates(text, functools.partial(listed_spans, text))
        return [d for d in plain(text) if d.start not in listed]

    monkeypatch.setattr(anchors, "labelled_dates", filtered_first)
    assert [_anchors(*found) for found in _documents()] == lazy


SCHEDULE = """SCHEDULE 13G
Dated as of March 3, 2006, the statement below is filed by the reporting persons.
Exhibit 1   Joint Filing Agreement dated March 3, 2006

SIGNATURE
By: /s/ Jane Roe
Date: March 4, 2006
"""


def test_a_schedule_dated_by_its_signature_reads_no_index():
    calls = []
    document = ingest_bytes(SCHEDULE.encode(), "s.txt").documents[0]
    found = anchors.find_date_anchors(document, DocumentFamily.SCHEDULE_13, None,
                                      listed=lambda: calls.append(1) or listed_spans(document.text))
    assert found.document_date is not None and str(found.document_date.value) == "2006-03-04"
    assert anchors.labelled_dates(SCHEDULE) and calls == []  # a labelled date, yet no row read
