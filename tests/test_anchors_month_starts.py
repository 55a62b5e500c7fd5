"""Where a month's name can begin (``dates.DateStarts.month_starts``) is found by the ASCII stems
("jan", "sep"...) and, only in a text holding the character they share ("월"), the Korean ones
("1월"): the positions are those of all the stems looked for in every text, and month-day-year
tried there finds what its plain ``finditer`` finds. On every document of the tests and the
examples, whole and line by line, on texts in one byte per character and wider (a curly quote),
with and without Korean months' names, and on random texts of such pieces."""

from __future__ import annotations

import random

import pytest

from converter.parse import dates
from converter.parse.gates import fold
from document_texts import ingested_texts

MONTH_FIRST = 0  # ``dates._patterns()[0]``: month, day, year


def _all_stems(folded: str) -> list[int]:
    stems = dates._gated_patterns()[MONTH_FIRST].starts.stems
    return sorted({at for stem in stems for at in dates.word_offsets(folded, stem)})


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_plain(text: str) -> None:
    folded = fold(text)
    starts = dates.DateStarts(text, folded)
    if len(folded) == len(text):
        assert starts.month_starts() == _all_stems(folded), repr(text[:60])
    assert _key(starts.matches(MONTH_FIRST)) == _key(dates._patterns()[MONTH_FIRST].finditer(text)), repr(text[:60])


EDGES = [
    "", "May 3, 2005", "\u2019May 3, 2005", "3월 5, 2005 and March 5, 2005", "11월 2, 2002 \u2019",
    "1월 1, 2001; 10월 10, 2010; 12월 12, 2012", "2005년 3월 5일", "Sept. 5, 2006 and sep 5 2006",
    "İstanbul, May 3, 2005",  # folding lengthens İ: the plain search
    "janov 5, 2005; junov 5, 2005; mayday May 5, 2005",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str):
    _same_as_plain(text)


def test_every_document():
    for text in ingested_texts():
        for piece in (text, *text.split("\n")):
            _same_as_plain(piece)


def test_random_texts():
    rng = random.Random(23)
    pieces = ["May", "jan", "SEP", "Sept.", "3월", "1", "11", "월", " ", "\n", ",", "2005", "\u2019", "x", "nov"]
    for _ in range(3000):
        _same_as_plain("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))))
