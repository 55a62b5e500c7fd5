"""The SIGNATURES headings are tried only where one can start (``anchors._heading_starts``: the
line starts in the white space before the word, found in the folded text): the spans found are
those of ``SIGNATURES_HEADING.finditer`` on every document of the tests and the examples, on
edge texts (letters spaced by tabs and line breaks, blank lines and form feeds before, the long
s and the dotted and dotless i that ``re.IGNORECASE`` equates with ASCII letters, the word in
running text) and on random texts made of those pieces."""

from __future__ import annotations

import random

import pytest

from converter.extract import anchors
from document_texts import file_texts, ingested_texts


def _plain(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in anchors.SIGNATURES_HEADING.finditer(text))


def _found(text: str) -> tuple[tuple[int, int], ...]:
    return anchors.signature_headings.__wrapped__(text)


EDGES = [
    "",
    "SIGNATURES",
    "SIGNATURE\n",
    "  \n\n   SIGNATURES   \n\nPursuant to the requirements",
    "Exhibit 99.1\n\n S I G N A T U R E S\n",
    "S\tI\tG\tN\tA\tT\tU\tR\tE\n",
    "S\nI\nG\nN\nA\nT\nU\nR\nE\nS\n",
    "\r\n\r\nSIGNATURES\r\n\r\nBy: /s/ A. Person\r\n",
    "\x0c\n    SIGNATURE\n\x0c   Signatures\n",
    "The signature below is the signature of record.\n   signatures   \n",
    "Text SIGNATURES\nSIGNATURES text\n| SIGNATURES |\n",
    "\u017fIGNATURE\n\u0131gnature\nS\u0130GNATURES\n",
    "\u00a0\u2003SIGNATURES\u00a0\n\u3000SIGNATURE\n",
    "SIGNATURESSIGNATURES\nSIGNATURES\nSIGNATURES",
    "S I G N A T U R ES\nS  IGNATURES\nSI GNATURE S\n",
]


@pytest.mark.parametrize("text", EDGES)
def test_edge_texts(text: str):
    assert _found(text) == _plain(text)


def test_every_document():
    found = 0
    for text in (*ingested_texts(), *file_texts()):
        assert _found(text) == _plain(text), text[:80]
        found += bool(_plain(text))
    assert found > 20  # documents with a heading: the shortcut is tested where it finds one


def test_random_texts_of_the_edge_pieces():
    rng = random.Random(3)
    pieces = ["S", "s", "I", "\u0131", "G", "N", "A", "T", "U", "R", "E", " ", "\t", "\n", "\r\n", "\x0c",
              "\u00a0", "SIGNATURE", "SIGNATURES", "x", "|", "\u017f", "\u0130"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30)))
        assert _found(text) == _plain(text), repr(text)
