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


def _walked_may_hold_dates(index, pieces: list[tuple[int, int]]) -> list[int]:
    """``may_hold_dates`` as it was first written: one walk over the pieces, the dates and the
    spans inside matches together (the plain path its bisection is compared with)."""
    from converter.extract.mechanisms.tokens import CLINGING_MARKS

    def _clinging(char: str) -> bool:
        return char.isalnum() or char in CLINGING_MARKS

    text, starts, inside_from, inside_to = index.text, index.starts, index.inside_from, index.inside_to
    found, d, r = [], 0, 0
    for i, (start, end) in enumerate(pieces):
        while d < len(starts) and starts[d] < start:
            d += 1
        while r < len(inside_to) and inside_to[r] < start:
            r += 1
        if ((d < len(starts) and starts[d] < end) or (r < len(inside_to) and inside_from[r] <= end)
                or (start > 0 and text[start - 1] != "\n" and _clinging(text[start - 1]))
                or (end < len(text) and text[end] not in "\r\n" and _clinging(text[end]))):
            found.append(i)
    return found


def _random_pieces(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Pieces in order, not overlapping, some empty, cut anywhere (inside dates and words too)."""
    cuts = sorted(rng.randrange(len(text) + 1) for _ in range(rng.randrange(1, 60)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]


def test_the_pieces_that_may_hold_dates_are_those_the_walk_names():
    """The bisection of ``may_hold_dates`` names exactly the pieces the walk over every piece
    named: each line of each document, its head's lines, and pieces cut anywhere."""
    from converter.extract.mechanisms.lines import split_lines

    rng = random.Random(7)
    named = 0
    texts = _texts() + ["x2002-11-18\nMay 2,\n2005\n11/15/2006", "on 8 November 2002 and 2002. 11. 18.", "due February 30, 2002 (no such day), on 0 February 2002", "", "\n\n"]
    for text in texts:
        index = date_index(text)
        lines = [(line.start, line.end) for line in split_lines(text)]
        for pieces in (lines, lines[:60], [(s, min(e, 37)) for s, e in lines if s < 37],
                       _random_pieces(text, rng), _random_pieces(text, rng)):
            expected = _walked_may_hold_dates(index, pieces)
            assert index.may_hold_dates(pieces) == expected, pieces
            named += len(expected)
        for lo, hi in zip(index.inside_from, index.inside_to):  # pieces that end or start at a span's edge
            for pieces in ([(max(0, lo - 5), lo)], [(hi, hi + 5)], [(max(0, lo - 1), lo), (hi, hi + 1)], [(lo, lo)],
                           [(max(0, lo - 3), lo - 1), (hi + 1, hi + 4)]):
                assert index.may_hold_dates(pieces) == _walked_may_hold_dates(index, pieces), pieces
    assert named > 100  # (pieces that hold dates were asked about)


def test_the_dates_from_the_start_of_a_text_are_those_read_with_offsets():
    """``between(0, end)`` gives the index's own dates where other starts give moved copies:
    equal to what the copy would be, for every end."""
    from converter.parse.dates import FoundDate

    for text in _texts()[:40] + ["May 2, 2005 and June 3, 2006"]:
        index = date_index(text)
        for end in sorted({0, len(text), len(text) + 5, *(d.end for d in index.dates), *(d.end - 1 for d in index.dates)}):
            copies = [FoundDate(d.value, d.start, d.end, d.text) for d in index.dates if d.end <= end]
            assert index.between(0, end) == copies, end


def test_a_folded_piece_is_the_fold_of_the_piece():
    """``folded_piece`` (cut from the document's fold where the text is ASCII) equals ``fold`` of
    the piece on every document, for the heads the readers gate on and pieces cut anywhere,
    and on texts whose lowering reads context (a Greek capital sigma) or changes lengths."""
    from converter.parse.gates import fold, folded_piece

    rng = random.Random(3)
    odd = ["ΟΔΟΣΑ ΣΑ", "İSTANBUL Office", "STRAßE ﬁRM", "Kelvin \u212a and \u017f"]
    for text in _texts() + odd:
        pieces = [(0, n) for n in (1500, 3000, 4000, 5000, 6000, len(text))]
        pieces += [(a, a + rng.randrange(0, 300)) for a in (rng.randrange(len(text) + 1) for _ in range(20))]
        pieces += [(0, i) for i in range(min(len(text), 9) + 1)]
        for start, end in pieces:
            assert folded_piece(text, start, end) == fold(text[start:end]), (text[:40], start, end)
