"""The title reader's scans of a 6-K's head, cut short, find what the plain scans find:

- the cover's last check box question (``title_cover.cover_end``) is sought from the last line that
  holds '12g', '101(b)(7)' or '40-f' upwards, stopping at the first that matches, not on every
  line holding 'form' downwards;
- the last signing line under a SIGNATURES heading (``_after_signatures``,
  ``_signature_lines_at``) is sought from the bottom of the heading's 30 lines upwards;
- no title is looked for when the lines after the cover are blank (``_blank_from``).

Each is compared with the plain reading (the code it replaced, kept here) on every document of
the tests and the examples, whole and cut at several places, on edge texts and random ones."""

from __future__ import annotations

import random

import pytest
from document_texts import DOCUMENTS, ingested_texts

from converter.extract import anchors, title, title_cover
from converter.extract.anchors import SIGNATURES_HEADING, head_lines
from converter.extract.mechanisms.lines import split_lines
from converter.ingest import ingest_bytes
from converter.model import SourceDocument



def _plain_after_signatures(lines, i):
    for j in range(i, min(i + 6, len(lines))):
        if SIGNATURES_HEADING.match(lines[j].text):
            last = j
            for k in range(j + 1, min(j + 30, len(lines))):
                # ('/s/' anywhere in the line since the two scans are one: 'Dated: ...  By: /s/ Jane Roe')
                if title_cover.SIGNATURE_LINE.match(lines[k].stripped.strip("| ")) or "/s/" in lines[k].text.lower():
                    last = k
            end = last + 1
            while end < len(lines) and end <= last + 3 and (lines[end].stripped.startswith("|") or lines[end].blank):
                end += 1
            return end
    return i


def _plain_cover_end(lines):
    """Every line searched, top down, the last match kept (the reading before the shortcuts)."""
    last = None
    for i, line in enumerate(lines[: title_cover.HEAD_LINES]):
        if title_cover._COVER_END.search(line.text):  # (the pattern is the module's: the scan is what is compared)
            last = i
    if last is None:
        return None
    i = last + 1
    while i < len(lines) and i <= last + 4 and not SIGNATURES_HEADING.match(lines[i].text) and (
            lines[i].blank or title_cover.ANSWER.match(lines[i].text) or not title_cover.LOWER_WORD.search(lines[i].text)):
        i += 1
    return _plain_after_signatures(lines, i)


def _plain_signature_lines(lines):
    numbers: set[int] = set()
    for i, line in enumerate(lines):
        if not SIGNATURES_HEADING.match(line.text):
            continue
        last = max((k for k in range(i, min(i + 30, len(lines)))
                    if title_cover.SIGNATURE_LINE.match(lines[k].stripped.strip("| ")) or "/s/" in lines[k].text.lower()),
                   default=i)
        end, short = last + 1, 0
        # (a signer's labelled title over the report's heading closes the block: the module's test)
        closes = title_cover._title_closes(lines[last].stripped.strip("| "), title_cover._next_words(lines, last))
        while end < len(lines) and short < 3 and (lines[end].blank or len(lines[end].stripped) < 60) and not closes:
            short += 0 if lines[end].blank else 1
            end += 1
        numbers.update(range(i, end))
    return frozenset(numbers)


def _same(text: str, limit: int = 16000) -> None:
    lines = head_lines(text, limit)
    assert title_cover.cover_end(text, lines, True) == _plain_cover_end(lines), (text[:60], limit)
    assert title_cover.signature_lines(text, lines) == _plain_signature_lines(lines), (text[:60], limit)
    for i in range(0, len(lines) + 1, 7):
        assert title_cover.after_signatures(lines, i) == _plain_after_signatures(lines, i)


def test_every_document_whole_and_cut() -> None:
    ended = signed = 0
    for text in ingested_texts():
        for limit in (16000, 3000, 1234, 400):
            _same(text, limit)
        lines = head_lines(text, 16000)
        ended += title_cover.cover_end(text, lines, True) is not None
        signed += bool(title_cover.signature_lines(text, lines))
    assert ended >= 10 and signed >= 10  # else this proves little


EDGES = [
    "",
    "Form 20-F [X]   Form 40-F [ ]\nRule 12g3-2(b): 82-____\nTitle\n",
    "Form 20-F  X  Form\n40-F\n\nIndicate ... Rule 101(b)(7): [ ]\nYes  No X\n\nTitle Of The Report\n",
    "FORM 40-F\nform 40-f\nFORM   40-F   x\n40-F alone\nForm 20-F\n",
    "\u0130ndicate by check mark ... Rule 12G3-2(b)\nNo\nAcme Grows\n",
    "Regulation S-T Rule 101(b)(7)\n\u017fomething\nFORM 40-F\n",
    "line\n" * 200 + "Form 40-F\nAfter\n",
    "Form 20-F X Form 40-F\r\nRule 12g3-\r\n2(b)\r\nTitle\r\n",
    "Form 20-F X Form 40-F\nSIGNATURES\nBy: /s/ A\n" + "words\n" * 40 + "By: late\n",
    "SIGNATURES\n" + "x\n" * 28 + "/S/ at the edge\nDate: past it\n",
    "SIGNATURES\nBy: /s/ A\nName: A\nTitle: B\n| cell\n\n| cell\nmore\n",
    "SIGNATURES\nsigned /s/ inside\n" + "\n" * 40,
    "Form 40-F\nRule 12g3-2(b)\nNo\n\nSIGNATURES\nBy: /s/ A\n\n\n\n   \n\t\n",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str) -> None:
    for limit in sorted({len(text), 16000, *range(0, len(text) + 1, 5)}):
        _same(text, limit)


def test_random_heads() -> None:
    rng = random.Random(4)
    pieces = ["Form 40-F", "FORM 20-F [X]", "Rule 12g3-2(b): 82-", "101(b)(7)", "SIGNATURES", "S I G N A T U R E S",
              "By: /s/ Jane Roe", "Name: Jane Roe", "Title: CFO", "Date: May 2, 2007", "/S/", "| cell", "",
              "   ", "Yes  No X", "Acme Grows Again", "running text of a paragraph that goes on and on.",
              "forms", "40-f", "x" * 70]
    for _ in range(1500):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        _same(text, rng.choice((16000, rng.randrange(0, len(text) + 1))))


def _documents() -> list[SourceDocument]:
    return [document for path in DOCUMENTS for document in ingest_bytes(path.read_bytes(), path.name).documents]


def _edge_document(text: str) -> SourceDocument:
    return ingest_bytes(text.encode(), "edge.txt").documents[0]


def test_no_title_where_only_blank_lines_follow_the_cover() -> None:
    """``_blank_from`` skips only what would find no title: the title of every document, and of
    covers followed by blank lines, by nothing, or by a title, is the one read without it."""
    documents = _documents() + [_edge_document(text) for text in (
        "REPORT OF FOREIGN PRIVATE ISSUER\nForm 20-F X Form 40-F\nRule 12g3-2(b): No\n\n\n   \n",
        "REPORT OF FOREIGN PRIVATE ISSUER\nForm 20-F X Form 40-F\nRule 12g3-2(b): No\n",
        "REPORT OF FOREIGN PRIVATE ISSUER\nForm 20-F X Form 40-F\nRule 12g3-2(b): No\n\n\nACME GROWS AGAIN\n\n"
        "Acme Co., Ltd. said today that its sales grew in the quarter, as it had planned to do.\n",
    )]
    skipped = titled = 0
    for document in documents:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(title, "_blank_from", lambda lines, first: False)
            plain = title.document_title(document, None)
        assert title.document_title(document, None) == plain, document.name
        lines = head_lines(document.text, 16000)
        first = title_cover.cover_end(document.text, lines, title_cover.foreign_issuer(document.text))
        skipped += first is not None and title._blank_from(lines, first)
        titled += plain is not None
    assert skipped >= 2 and titled >= 10  # else this proves little


def test_blank_lines_open_no_block() -> None:
    lines = split_lines("Title\n\n  \n\t\n")
    assert not title._blank_from(lines, 0) and title._blank_from(lines, 1) and title._blank_from(lines, 9)


SIGNED_EDGES = [
    "SIGNATURES\n" + "x\n" * 28 + "By: /s/ at the edge\nDate: May 2, 2007\n",
    "SIGNATURES\n" + "x\n" * 29 + "By: /s/ past the edge\nDate: May 2, 2007\n",
    "SIGNATURES\nBy: /s/ A\nDate: May 2, 2007\n" + "long running text of a paragraph, dated June 3, 2007, " * 3 + "\n",
    "SIGNATURES\nDate: May 2, 2007\n\nSIGNATURES\nBy: /s/ B\nJune 3, 2007\n",
    "SIGNATURES", "", "SIGNATURES\nMay 2, 2007",
    "SIGNATURES\n" + "x\n" * 28 + "Title: CFO\nMay 2, 2007\n",  # the last signed line, the 30th
    "SIGNATURES\n" + "x\n" * 27 + "Name: A\nTitle: CFO\nMay 2, 2007\n",
]


@pytest.mark.parametrize("text", SIGNED_EDGES)
def test_signature_date_offsets_read_from_the_bottom(text: str) -> None:
    """``signature_dates.signature_date_offsets`` seeks a heading's last signed line from the
    bottom of its 30 lines up: the offsets are the plain reading's (``test_signature_date_offsets``
    compares on every document)."""
    from test_signature_date_offsets import _plain

    for cut in range(len(text) + 1):
        assert anchors.signature_date_offsets(text[:cut]) == _plain(text[:cut])
