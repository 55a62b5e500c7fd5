"""The date patterns tried only where a date can start find exactly what ``finditer`` finds.

``converter.parse.dates.DateStarts`` tries "18 November 2002" only where a day can stand before
a month's name, "2002-11-18", "2002.11.18" and "2002/11/18" only at a "19" or "20" four
characters before their separator, and "11/15/2006" only just before a slash. These tests hold
each shortcut to the plain search of its pattern: on texts written to catch the edges (long white
space, "day of", a day at the very start, a text whose folding changes its length, slashes at
the start) and on every document of the tests and the examples, whole and line by line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.ingest import ingest_bytes
from converter.parse import dates
from converter.parse.gates import fold
from converter.parse.match_starts import matches_from

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))
SHORTCUTS = [i for i, opening in enumerate(dates._OPENINGS) if opening is not None]


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_plain(text: str) -> None:
    folded = fold(text)
    starts = dates.DateStarts(text, folded)
    for i in SHORTCUTS:
        pattern = dates._patterns()[i]
        assert _key(starts.matches(i)) == _key(pattern.finditer(text)), (pattern.pattern[:50], text[:60])
    slashed = matches_from(dates._SLASHED_YEAR_LAST, text, starts.before_slashes())
    assert _key(slashed) == _key(dates._SLASHED_YEAR_LAST.finditer(text)), text[:60]


EDGES = [
    "18 November 2002",  # a day at the very start
    "on 18\n\n\n" + " " * 80 + "November 2002 and 3rd   DECEMBER, 2003",  # a long run of white space
    "the 30th day of August, 2005; the 1st Day\tOf\nSeptember 2006; 2 day of May 2004",
    "x18 November 2002, 118 November 2002, 4/18 November 2002",  # the look-behinds before a day
    "İstanbul, 18 November 2002 and 2002-11-19",  # folding lengthens İ: the plain search
    "2002-11-18, x2002-11-19, 12002-11-20, 2002.11.21., 2002. 11. 22, 2002/11/23, 2019-01-01",
    "2020-20-20 1919.19.19 20192019-01-01",  # years inside years
    "/11/15/2006, 1/2/2005, 15/11/2006/, 11/15/2006 and 3/31/2007/", "/", "1/", "20", "",
    "May 2002 18 May 2002 mayday 12 maY 2003",
    "3 1월 2005, 18 11월 2002",  # Korean months' names are among the names
]


@pytest.mark.parametrize("text", EDGES)
def test_each_shortcut_equals_the_plain_search_at_the_edges(text):
    _same_as_plain(text)


def test_every_document_reads_the_same_through_the_shortcuts():
    assert {dates._OPENINGS[i] for i in SHORTCUTS} == {"day", "-", ".", "/"}
    assert dates._gated_patterns()[0].starts is not None  # the months' stems: else "day" proves little
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            for piece in [document.text, *document.text.split("\n")]:
                _same_as_plain(piece)
