"""``SourceDocument.span`` searches the segments once per span; it must give what two calls
of ``raw_offset`` give (``_span_plain``, its definition) for every range of every document."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from converter.ingest import ingest_bytes
from converter.model import Segment, SourceDocument

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted(p for p in [*ROOT.joinpath("examples").glob("*.txt"), *ROOT.joinpath("examples").glob("*.htm*"),
                               *ROOT.joinpath("tests", "data").rglob("*.txt"), *ROOT.joinpath("tests", "data").rglob("*.htm*")])


def _document(segments: tuple[Segment, ...], text: str = "x" * 40) -> SourceDocument:
    return SourceDocument(name="t", raw="r" * 200, text=text, segments=segments)


def _every_range(document: SourceDocument, limit: int) -> None:
    for start, end in itertools.product(range(-1, limit), repeat=2):
        assert document.span(start, end) == document._span_plain(start, end), (start, end)


def test_documents_are_found():
    assert len(DOCUMENTS) > 20


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_span_agrees_with_raw_offset_on_documents(path):
    for document in ingest_bytes(path.read_bytes(), path.name).documents:
        text_length = len(document.text)
        # ranges around every segment boundary, and a sample of long ones
        edges = sorted({s.text_start + d for s in document.segments for d in (-2, -1, 0, 1, 2)} | {0, text_length})
        for start, end in itertools.product(edges[:60], edges[:60]):
            assert document.span(start, end) == document._span_plain(start, end)
        for start in range(0, text_length, max(text_length // 50, 1)):
            for end in (start + 1, start + 2, start + 17, start + 400, text_length, text_length + 3):
                assert document.span(start, end) == document._span_plain(start, end)


@pytest.mark.parametrize("segments", [
    (),  # no map at all
    (Segment(0, 0, 40),),  # one run
    (Segment(0, 5, 3), Segment(3, 20, 4), Segment(7, 30, 0), Segment(7, 31, 10), Segment(20, 60, 5)),  # gaps, empty run
    (Segment(2, 10, 3), Segment(5, 10, 3), Segment(5, 15, 2), Segment(9, 40, 1)),  # text starting late, repeated starts
])
def test_span_agrees_with_raw_offset_on_edge_maps(segments):
    _every_range(_document(segments), 30)
