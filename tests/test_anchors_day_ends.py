""""18 November 2002" is tried only where a day can end just before the white space before a
month's name (``dates._ends_a_day``: a digit, or the last letter of "st", "nd", "rd", "th"):
the matches are those of the pattern's plain ``finditer``, on texts that put every kind of
character before that white space (digits of other scripts, ordinals in capitals, a word, a
month's name at the start or after white space at the start) and on random texts of those
pieces."""

from __future__ import annotations

import random

import pytest

from converter.parse import dates
from converter.parse.gates import fold

DAY_FIRST = 1  # ``dates._patterns()[1]``: day, month, year


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same_as_plain(text: str) -> None:
    starts = dates.DateStarts(text, fold(text))
    assert _key(starts.matches(DAY_FIRST)) == _key(dates._patterns()[DAY_FIRST].finditer(text)), repr(text)


EDGES = [
    "  March 3, 2005", " 18 March 2005", "\n5\nMay 2005",
    "1ST MAY 2005, 2ND June 2005, 3RD July 2005, 4TH Aug 2005, 21st\tSept. 2006",
    "\uff11\uff18 November 2002, \u0661\u0668 November 2002, 1\u00b2 May 2004",  # other scripts' digits
    "in May 2005, the May 2005 notes, 18x May 2005, 18- May 2005, 18. May 2005",
    "the 30th day of August, 2005; 2nd day of\nMay 2004; 30thday of May 2004; x day of May 2004",
    " day of May 2004", "day of May 2004", "2 day  of   May 2004", "30TH DAY OF AUGUST, 2005",
]


@pytest.mark.parametrize("text", EDGES)
def test_edges(text: str):
    _same_as_plain(text)


def test_random_texts():
    rng = random.Random(11)
    pieces = ["1", "18", "3", "\uff11", "st", "ND", "rd", "th", "x", "day", "of", " ", "  ", "\n", "\t",
              "May", "march", "Sept.", "DEC", "2005", "2002", ",", ".", "-", "1\uc6d4"]
    for _ in range(4000):
        _same_as_plain("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 16))))
