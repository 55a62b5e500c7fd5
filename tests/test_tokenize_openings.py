"""The strings that open a pattern's matches (``converter.parse.openings``), and the period
patterns gated and started by them (``period_scan.OpeningGated``), read exactly as before.

Every sentence, line and random window of every document of the tests and the examples is
searched with each period pattern both ways: plainly (``finditer`` on the piece) and as the
scan now does (the opening gate, then ``match`` only where an opening begins). The matches
must be the same, and every match must open with one of its pattern's openings.
"""

from __future__ import annotations

import random
import re

import pytest

from converter.extract.mechanisms.sentences import sentences
from converter.parse.gates import Gated, fold
from converter.parse.openings import openings, skipped_to_by_re
from converter.parse.period_scan import OpeningGated, gated_patterns, gated_relative
from document_texts import ingested_texts


def _gated() -> list[Gated]:
    return [g for _, g in (*gated_patterns(), *gated_relative())]


def _pieces(text: str, rng: random.Random) -> list[str]:
    pieces = [s.text for s in sentences(text)] + text.split("\n")
    for _ in range(60):
        start = rng.randrange(len(text) + 1)
        pieces.append(text[start:start + rng.randrange(1, 300)])
    return pieces


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_every_piece_reads_as_the_plain_search_reads_it():
    rng = random.Random(26)
    found = 0
    gated = _gated()
    for text in ingested_texts():
        for piece in _pieces(text, rng):
            folded = fold(piece)
            for g in gated:
                plain = _key(g.pattern.finditer(piece))
                assert _key(g.finditer(piece, folded)) == plain, (g.pattern.pattern[:60], piece[:80])
                found += len(plain)
    assert found > 2000  # the documents do hold period phrases


def test_every_match_opens_with_an_opening_of_its_pattern():
    checked = 0
    for g in _gated():
        strings = openings(g.pattern)
        if strings is None:
            continue
        for text in ingested_texts():
            folded = fold(text)
            for m in g.pattern.finditer(text):
                assert folded.startswith(tuple(strings), m.start()), (g.pattern.pattern[:60], m.group(0))
                checked += 1
    assert checked > 500


def test_the_openings_gate_and_start_most_period_patterns():
    gated = _gated()
    opened = [g for g in gated if openings(g.pattern) is not None]
    assert len(opened) > len(gated) // 2
    half = next(g for g in gated if isinstance(g, OpeningGated) and "(?P<hn>" in g.pattern.pattern)
    assert half.gates[0] == ("1h", "2h", "h1", "h2") and half.starts is not None
    assert not half.may_match(fold("Their half-year sales, the H-shares"))


OPENINGS = [
    (r"\b(?:the\s+)?year\s+(?:19|20)\d\d", re.I, ["the", "yea"]),
    (r"\b(?:(?P<hn>[12])H|H(?P<hn2>[12]))\s?\d\d", re.I, ["1h", "2h", "h1", "h2"]),
    (r"\b(?:in|during)\s+(?:fiscal\s+)?(?:19|20)\d\d", re.I, ["dur", "in"]),
    (r"(?:prior|q-?o-?q)", re.I, ["pri", "q-o", "qo-", "qoq"]),
    (r"(?:(?P<y>(?:19|20)\d\d)\s*년|(?<![가-힣])(?P<rel>작년|전년))말", 0, ["19", "20", "작년말", "전년말"]),
    (r"Q[1-4]\b", 0, ["q1", "q2", "q3", "q4"]),  # folded: the text is folded before it is looked in
    (r"(?:x|y)+z", 0, None),  # a one-letter opening stands everywhere
    (r"\d+\s*won", 0, None),  # \d: a digit of any script, not the ten of ASCII
    (r"(?:x)?", 0, None),  # may match nothing
    (r"[^a]bc", 0, None),  # a negated class
    (r"\u00c9t\u00e9", re.I, None),  # a cased letter outside ASCII: its case variants are not folded alike
    (r"abcd|abce", 0, ["abc"]),
]


@pytest.mark.parametrize("source, flags, expected", OPENINGS)
def test_openings_of_a_pattern(source, flags, expected):
    found = openings(re.compile(source, flags))
    assert (sorted(found) if found is not None else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the \u017fecond half of 2004 rose; 1H04 and H2 2004; Q3 03 and 3Q03.",  # long s
        "\u0130n 2004 revenue rose",  # a dotted capital I: the text folds longer, searched plainly
        "1H04", "h104", "in", "",  # a phrase at the very start, or nothing
        "2003년말 작년말 전년 동기 대비 1~3분기",
        "前年同期比で5%増、上年同期、截至2004年6月30日止六個月",
    ],
)
def test_a_piece_at_the_edges_reads_as_the_plain_search(text):
    folded = fold(text)
    for g in _gated():
        assert _key(g.finditer(text, folded)) == _key(g.pattern.finditer(text)), g.pattern.pattern[:60]


def test_re_skips_to_a_case_sensitive_or_caseless_opening_itself():
    assert skipped_to_by_re(re.compile(r"前年同期|上年同期", re.I))
    assert skipped_to_by_re(re.compile(r"(?P<y>(?:19|20)\d\d)\s*년"))
    assert not skipped_to_by_re(re.compile(r"\bQ[1-4]", re.I))
    assert not skipped_to_by_re(re.compile(r"(?:first|second)\s+half", re.I))
