"""Figures found where their first character can stand read exactly as the plain search reads.

``numbers._search_numbers`` tries its figure pattern only at the starts a class-led pattern
finds (a digit or a Korean unit that no word character, decimal mark or currency sign
precedes). On every sentence, line and random window of every document of the tests and the
examples, and on edge cases, it must find what ``finditer`` of the pattern finds.
"""

from __future__ import annotations

import random

import pytest

from converter.extract.mechanisms.sentences import sentences
from converter.parse import numbers
from document_texts import ingested_texts


def _pieces(text: str, rng: random.Random) -> list[str]:
    pieces = [text, *(s.text for s in sentences(text)), *text.split("\n")]
    for _ in range(60):
        start = rng.randrange(len(text) + 1)
        pieces.append(text[start:start + rng.randrange(1, 300)])
    return pieces


def _plain_numbers(text: str) -> list[numbers.Quantity]:
    """``_search_numbers`` as it read before: the pattern tried at every position."""
    found = []
    for m in numbers._figure_pattern().finditer(text):
        raw = m.group(0).rstrip()
        parsed = numbers.parse_figure(raw)
        if parsed is not None:
            found.append(numbers.Quantity(parsed[0], parsed[1], m.start(), m.start() + len(raw), raw))
    return found


@pytest.mark.parametrize(
    "text",
    [
        "412.7 billion", "x412.7 billion", "A380, 1,234.5 and .5 and 3.", "$5 and ₩5,000 and €3",
        "4,127억원, 1조 2,000억, 5천만, 천만 원, 백화점", "十百千仟 and 營收152.3億元",
        "１２３ and ٣٤ and 1２３",  # digits of other scripts: \d reads them too
        "", "5", "_5 and 5_", "2004-05", "US$12.3\nmillion",
    ],
)
def test_edges_read_as_before(text):
    assert numbers._search_numbers(text) == _plain_numbers(text)


def _plain_percents(text: str) -> list[numbers.Quantity]:
    """``find_percents`` as it read before: the pattern tried at every position."""
    found = []
    for m in numbers._percent_gated().pattern.finditer(text):
        value, decimals = numbers.full_scale(numbers._percent_value(m["n"]).scaleb(-2))
        found.append(numbers.Quantity(value, decimals, m.start(), m.end(), m.group(0)))
    return found


@pytest.mark.parametrize(
    ("read", "plain", "seed", "least"),
    [
        (numbers._search_numbers, _plain_numbers, 12, 5000),
        (numbers.find_percents, _plain_percents, 13, 500),
    ],
    ids=["figures", "percentages"],
)
def test_every_piece_of_every_document_reads_as_before(read, plain, seed, least):
    rng = random.Random(seed)
    found = 0
    for text in ingested_texts():
        for piece in _pieces(text, rng):
            expected = plain(piece)
            assert read(piece) == expected, piece[:80]
            found += len(expected)
    assert found > least


@pytest.mark.parametrize(
    "text",
    [
        "up 163.2% and 12 percent", "較去年同期成長18.6%，前年同期比8.2％増", "A5%, _5%, 5.5%, .5%, $5%",
        "3.2%p and 3.2 points and 3.2 포인트", "１２％ and ٣٤%", "12,345.6 per cent", "", "%", "5",
    ],
)
def test_percentage_edges_read_as_before(text):
    assert numbers.find_percents(text) == _plain_percents(text)
