"""The date index answers exactly as ``find_dates`` on the piece would.

Every document of the tests and the examples is cut into the pieces readers ask about (each
line, the first 4,000 characters, the 40 characters after each colon) and into windows with
random ends; for each, ``dates_between`` must equal ``find_dates`` of the piece, and the index
must have answered nearly every line itself (else the comparison proves little about it).
"""

from __future__ import annotations

import random

import pytest

from converter.extract.mechanisms.tokens import date_index, dates_between
from converter.parse.dates import find_dates
from document_texts import ingested_texts


def _texts() -> list[str]:
    return list(ingested_texts())


def _pieces(text: str, rng: random.Random) -> list[tuple[int, int]]:
    pieces = [(0, min(len(text), 4000)), *_line_spans(text)]
    pieces += [(i + 1, i + 41) for i, c in enumerate(text) if c == ":"]
    for _ in range(200):
        start = rng.randrange(len(text) + 1)
        pieces.append((start, start + rng.randrange(1, 400)))
    return pieces


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _key(dates: list) -> list[tuple]:
    return [(d.value, d.start, d.end, d.text) for d in dates]


def test_every_piece_of_every_document_reads_as_the_piece_itself():
    rng = random.Random(17)
    lines = answered = 0
    for text in _texts():
        index = date_index(text)
        for start, end in _pieces(text, rng):
            end = min(end, len(text))
            assert _key(dates_between(text, start, end)) == _key(find_dates(text[start:end])), (start, end)
        for start, end in _line_spans(text):
            lines += 1
            answered += index.answers(start, end)
    assert answered > lines * 0.99, (answered, lines)  # a line is cut at its line breaks: clean


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("on 18 November 2002.", 4, 19),  # cut in a date: '8 November 2002'
        ("ref x2002-11-18 ok", 5, 15),  # after a word character: '2002-11-18' alone
        ("in 20025 December 1, 2003", 3, 7),  # a year inside a longer number: '2002'... no day
        ("dated 2002.11.18. Next", 6, 16),  # a cut before a date's closing dot
        ("paid 11/15/2006 in cash", 8, 15),  # after a slash: '15/2006'
        ("November 18, 2002", 0, 17),
    ],
)
def test_a_piece_cut_at_an_unclean_place_is_read_as_itself(text, start, end):
    assert _key(dates_between(text, start, end)) == _key(find_dates(text[start:end]))
