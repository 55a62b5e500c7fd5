"""A title that ends in its date in brackets ('Merger Completion Report (Nov. 2, 2001)') dates an
undated document. ``document._in_closing_brackets`` answers what the pattern once compiled for
each such title answered (``\\s*\\(\\s*DATE\\s*\\)\\s*`` in full): on the dates of every document of the
tests and the examples in the brackets, spaced, followed or preceded by more, and on random
tails of those pieces."""

from __future__ import annotations

import random
import re

import pytest

from converter.extract.document import _in_closing_brackets
from converter.parse.dates import find_dates
from document_texts import ingested_texts


def _plain(tail: str, date: str) -> bool:
    return bool(re.fullmatch(r"\s*\(\s*" + re.escape(date) + r"\s*\)\s*", tail))


def _dates() -> list[str]:
    return sorted({d.text for text in ingested_texts() for d in find_dates(text)})


@pytest.mark.parametrize("tail", ["(D)", " ( D )\n", "(\u3000D\u00a0)\u2003", "(D) x", "x (D)", "(D", "D)", "((D))",
                                  "(D D)", "( D\n)", "()", "(", ")", "", "(Dx)", "(xD)", "\t(\tD\t)\t"])
def test_edges(tail: str):
    date = "Nov. 2, 2001"
    assert _in_closing_brackets(tail.replace("D", date), date) == _plain(tail.replace("D", date), date)


def test_the_dates_of_every_document():
    dates = _dates()
    assert len(dates) > 100
    rng = random.Random(5)
    blanks = ["", " ", "  ", "\n", "\u00a0", "\t"]
    held = 0
    for date in dates:
        for _ in range(30):
            parts = [rng.choice(blanks), "(", rng.choice(blanks), date, rng.choice(blanks), ")", rng.choice(blanks)]
            if rng.random() < 0.4:  # a stray character, or a bracket or the date left out
                at = rng.randrange(len(parts))
                parts[at] = rng.choice(["x", ".", "(", ")", "", date[:-1], date[1:]])
            tail = "".join(parts)
            assert _in_closing_brackets(tail, date) == _plain(tail, date), (tail, date)
            held += _plain(tail, date)
    assert held > len(dates) * 10  # tails in brackets were tried, as well as tails that are not
