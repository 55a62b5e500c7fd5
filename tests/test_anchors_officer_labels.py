"""An officer's "Label: value" line is searched only when a label's last word stands before one
of its colons (``officers._label_before_colon``): the matches are those of the label pattern's
plain ``finditer`` over every line with a colon that holds a label's words, on every document of
the tests and the examples (ingested and raw), on edge lines (a title only in the value, spaces
and tabs before the colon, several colons, Korean labels, 'Contact', a text whose folding
changes its length) and on random lines of such pieces."""

from __future__ import annotations

import random

import pytest

from converter.extract.mechanisms import officers
from converter.parse.gates import fold
from document_texts import file_texts, ingested_texts


def _plain(text: str) -> list[tuple]:
    pattern, gated = officers._label_pattern(), officers._label_gated()
    return [(m.span(), m.groupdict()) for start, stop in officers._lines_with_colons(text, min(len(text), officers.HEAD))
            if gated.may_match(fold(text[start:stop])) for m in pattern.finditer(text, start, stop)]


def _found(text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in officers._labelled_matches(text)]


EDGES = [
    "Title: Chief Executive Officer\nName: Jae Won Park\n",
    "President & CEO : Jae Won Park\nCFO\t\t: Min Ho Lee\n",
    "Contact: John Doe, CFO  Tel: 02-123-4567\n",
    "Date: May 2, 2005   President: Taro Sato\n",
    "Representative: Ichiro Tanaka Representative Director and President\n",
    "대표이사 : 김철수\n대표자명: 홍길동\n회장 ： 이영희\n",
    "the CEO said: sales rose\nPerson in Charge: Min Ho Lee, Vice President, Head of IR\n",
    "\u0130STANBUL Office\nPresident: Ayse Kaya\n",  # folding lengthens the text: every line searched
    "PRESIDENT:JOHN DOE\n", "ceo:", ":", "president :", "x president: y: ceo: z",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str):
    assert _found(text) == _plain(text)


def test_every_document():
    matched = 0
    for text in (*ingested_texts(), *file_texts()):
        assert _found(text) == _plain(text), text[:80]
        matched += bool(_plain(text))
    assert matched > 10  # documents with an officer's label: the comparison is not vacuous


def test_random_lines():
    rng = random.Random(31)
    pieces = ["President", "CEO", "ceo", "Chief Executive Officer", "Title", "Contact", "대표이사", "Name", ":", " : ",
              "\t", " ", "\n", "Jae Won Park", ",", "Tel", "&", "of the", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        assert _found(text) == _plain(text), repr(text)
