"""The dates of a 6-K's signature blocks and of its list of documents are read for its date
anchors only when a candidate for its date must be tested against them (``anchors.LazyOffsets``):
the anchors are those of the offsets read first. Compared on every document of the tests and the
examples, each read as the pipeline reads it (its own text cut where its list of documents
begins) and whole, and on covers whose only dates alone on a line or after 'Dated' are those of
their signature or of a listed document.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from converter.classify import classify
from converter.extract import anchors
from converter.extract.mechanisms.furnished import cover_text_end, listed_spans
from converter.ingest import ingest_bytes

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))
# (written here, not as files under tests/data: every text file there is a template of the bench corpus)
EDGES = {
    "cover_signed_only": """\
                                   FORM 6-K

                     SECURITIES AND EXCHANGE COMMISSION
                           Washington, D.C. 20549

                      Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16 of the
                      Securities Exchange Act of 1934

                        For the month of March 2006

                       Larkspur Shipping Company Limited
                  (Translation of registrant's name into English)

                     14 Harbour Road, Port Veltra, Ostrava

Indicate by check mark whether the registrant files or will file annual reports under cover of
Form 20-F or Form 40-F.

             Form 20-F   X               Form 40-F
                        ---                        ---

                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

                                       Larkspur Shipping Company Limited

March 14, 2006
                                       By: /s/ Oren Tamsin
                                           ---------------------------
                                           Name: Oren Tamsin
                                           Title: Chief Financial Officer

                                 EXHIBIT INDEX

Exhibit
Number    Description
99.1      Notice of the annual general meeting
          March 2, 2006
""",
    "cover_dated_and_listed": """\
                                   FORM 6-K

                      Report of Foreign Private Issuer
                Pursuant to Rule 13a-16 or 15d-16 of the
                      Securities Exchange Act of 1934

                   Dated as of February 9, 2007

                         Brightwater Mining Corporation
                  (Translation of registrant's name into English)

             Form 20-F   X               Form 40-F

This report furnishes the documents listed below.

 1.   Press release
      January 30, 2007
 2.   Dated as of January 31, 2007: the notice of a change of the auditor

                                  SIGNATURE

                                       Brightwater Mining Corporation

Date: February 10, 2007                By: /s/ Ilse Varga
                                           Name: Ilse Varga
                                           Title: Company Secretary
""",
}


def _documents(paths=DOCUMENTS):
    for path in paths:
        yield from _ingested(path.read_bytes(), path.name)


def _ingested(data: bytes, name: str):
    filing = ingest_bytes(data, name)
    for document in filing.documents:
        yield document, classify(document).family, filing.header


def _edge(name: str):
    (found,) = _ingested(EDGES[name].encode(), name + ".txt")
    return found


def _anchors(document, family, header, cut: bool = True):
    return anchors.find_date_anchors(document, family, header,
                                     own_text_end=cover_text_end(document.text) if cut else None,
                                     listed=functools.partial(listed_spans, document.text))


class _ReadAtOnce(frozenset):
    """The offsets read when made, a plain set as before: the plain path."""

    def __new__(cls, read):
        return super().__new__(cls, read())

    def offsets(self):
        return self


def _all_anchors():
    found = [*_documents(), *(_edge(name) for name in sorted(EDGES))]
    return [_anchors(*one, cut=cut) for one in found for cut in (True, False)]


def test_the_anchors_are_those_of_the_offsets_read_first(monkeypatch: pytest.MonkeyPatch):
    lazy = _all_anchors()
    monkeypatch.setattr(anchors, "LazyOffsets", _ReadAtOnce)
    assert _all_anchors() == lazy


def test_a_cover_dated_only_by_its_signature_is_not_dated_by_it():
    document, family, header = _edge("cover_signed_only")
    found = _anchors(document, family, header)
    # the date alone on a line of the signature block is the signature's, not the report's
    assert found.document_date is None and str(found.anchor) == "2006-03-14"


def test_a_cover_dated_by_its_label_is_not_dated_by_a_listed_document():
    document, family, header = _edge("cover_dated_and_listed")
    found = _anchors(document, family, header, cut=False)
    assert found.document_date is not None and str(found.document_date.value) == "2007-02-09"


@pytest.mark.parametrize("name", sorted(EDGES))
def test_the_edge_covers_read_their_offsets_when_a_candidate_needs_them(name, monkeypatch: pytest.MonkeyPatch):
    read = []
    plain = anchors.LazyOffsets.offsets

    def counted(self):
        if self._offsets is None:
            read.append(1)
        return plain(self)

    monkeypatch.setattr(anchors.LazyOffsets, "offsets", counted)
    document, family, header = _edge(name)
    _anchors(document, family, header, cut=False)
    assert read  # the candidate was tested against them: the equivalence above is not vacuous
