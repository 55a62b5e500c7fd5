"""Where the dates of signature blocks start (``anchors.signature_date_offsets``) is what the plain
reading finds, on every document of the tests and the examples:

- a signing line ('By: /s/', '/s/') is matched only on the lines that hold its words ('by',
  '/s/' in the folded text), not on every line;
- the dates of a block's lines are read by bisection in the starts of the text's dates, not by
  looking up every date of the text by its line;
- the SIGNATURES headings are read once per text (``signature_headings``, remembered), for the
  anchors and the signature sections alike.

The plain reading below is the function as it was before both shortcuts.
"""

from __future__ import annotations

import bisect

import pytest
from document_texts import DOCUMENTS, ingested_texts

from converter.extract import anchors
from converter.extract.mechanisms.lines import split_lines
from converter.extract.mechanisms.tokens import dates_between
from converter.ingest import ingest_bytes


def _plain(text: str, pages: tuple[int, ...] = ()) -> frozenset[int]:
    lines = split_lines(text)
    starts = [line.start for line in lines]
    page_starts = sorted(pages)

    def page_end(offset: int) -> int:
        k = bisect.bisect_right(page_starts, offset)
        return page_starts[k] if k < len(page_starts) else len(text) + 1

    def block_lines(first: int, stop: int, end: int) -> set[int]:
        return {n for n in range(first, stop)
                if (len(lines[n].stripped) < 60 or anchors._SIGNATURE_DATE.match(lines[n].text)) and lines[n].start < end}

    numbers: set[int] = set()
    for line in lines:
        if anchors._SIGNING.match(line.text):
            numbers |= block_lines(max(0, line.number - 4), min(line.number + 7, len(lines)), page_end(line.start))
    for heading in anchors.SIGNATURES_HEADING.finditer(text):
        first = bisect.bisect_right(starts, heading.start()) - 1
        last = max((n for n in range(first, min(first + 30, len(lines))) if anchors._SIGNED_LINE.match(lines[n].text)),
                   default=first)
        numbers |= block_lines(first, min(last + 3, len(lines)), page_end(lines[last].start))
    return frozenset(d.start for d in dates_between(text, 0, len(text))
                     if (n := bisect.bisect_right(starts, d.start) - 1) in numbers and d.start < lines[n].end)


def _paged_documents() -> list[tuple[str, tuple[int, ...]]]:
    return [(document.text, document.page_starts[1:]) for path in DOCUMENTS
            for document in ingest_bytes(path.read_bytes(), path.name).documents]


def test_every_document_signs_its_dates_alike() -> None:
    signed = 0
    for text, pages in _paged_documents():
        for piece in (text, text[: len(text) // 2]):  # a cover's own text is cut at its list
            found = anchors.signature_date_offsets(piece, pages)
            assert found == _plain(piece, pages), piece[:80]
            assert anchors.signature_date_offsets(piece) == _plain(piece)
            signed += bool(found)
    assert signed >= 20  # else this proves little


def test_every_signing_line_is_found() -> None:
    for text in ingested_texts():
        lines = split_lines(text)
        found = anchors._signing_lines(text, lines)
        assert found == [line for line in lines if anchors._SIGNING.match(line.text)]


EDGES = [
    "",
    "By: /s/ Jane Roe\nDate: May 2, 2005",
    "SIGNATURES\n\nACME CORP.\n\nBY:\nName: Jane Roe\nTitle: CEO\nDate: March 3, 2004\n",
    "  |  by /S/ JANE ROE   |\n  | May 2, 2005 |\n",
    "Dated: 1 June 2006\n/\u017f/ Jane Roe\n",  # the long s folds to s
    "\u0130stanbul, May 2, 2005\nBy: /s/ Jane Roe\nMay 3, 2005\n",  # dotted I: folding lengthens
    "hereby agreed on May 2, 2005\nstandby\nMay 3, 2005\n",  # 'by' inside words: no signing line
    "By: /s/ Jane Roe\r\nMay 2, 2005\r\n\r\nBy:\r\nJune 1,\r\n2006\r\n",  # CRLF, a date over two lines
]


@pytest.mark.parametrize("text", EDGES)
def test_signature_dates_at_the_edges(text: str) -> None:
    assert anchors.signature_date_offsets(text) == _plain(text)
    assert anchors.signature_date_offsets(text, (len(text) // 2,)) == _plain(text, (len(text) // 2,))


def test_signature_headings_are_the_patterns_matches() -> None:
    headed = 0
    for text in ingested_texts() + tuple(EDGES) + ("\n\n  S I G N A T U R E S  \n\nSIGNATURE\n\r\n signatures",):
        spans = anchors.signature_headings(text)
        assert spans == tuple(m.span() for m in anchors.SIGNATURES_HEADING.finditer(text))
        headed += bool(spans)
    assert headed >= 20


def test_remembered_dates_answer_as_the_plain_reading() -> None:
    """``signature_date_offsets`` remembers its last texts (a 6-K whose own text is the whole of
    it reads its signature's dates with its pages, then again for the signature line's date):
    a second call, with or without pages, answers as the plain reading, and the same call is
    read once."""
    anchors.signature_date_offsets.cache_clear()
    for text, pages in _paged_documents():
        for first, second in ((pages, ()), ((), pages), (pages, pages)):
            assert anchors.signature_date_offsets(text, first) == _plain(text, first)
            assert anchors.signature_date_offsets(text, second) == _plain(text, second)
    before = anchors.signature_date_offsets.cache_info()
    text = "By: /s/ Jane Roe\nDate: May 2, 2005\n"
    assert anchors.signature_date_offsets(text) == anchors.signature_date_offsets(text)
    assert anchors.signature_date_offsets.cache_info().hits == before.hits + 1


def test_the_pages_are_part_of_what_is_remembered() -> None:
    # the next page's date line is its own document's: with the page cut before it, it is no
    # signature's date; the same text without pages reads it as one
    text = "By: /s/ Jane Roe\nTitle: CEO\nMay 2, 2005\n"
    page = text.index("May")
    assert anchors.signature_date_offsets(text, (page,)) == frozenset() == _plain(text, (page,))
    assert anchors.signature_date_offsets(text) == frozenset({page}) == _plain(text)
