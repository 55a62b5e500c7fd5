"""A pattern tried only where its opening words begin finds exactly what ``finditer`` finds.

``Gated.finditer`` tries a pattern that opens with a month's name, "for", "during"... only at the
positions of those words' first letters (``converter.parse.match_starts``); the date patterns that
open with a day were rewritten to open with a digit. These tests hold both to the plain search:
on a table of texts written to catch the edges (stems inside stems, a stem at the very start or
end, a text whose folding changes its length, the look-behinds before a day), and on every
document of the tests and the examples, for every date and period pattern.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from converter.ingest import ingest_bytes
from converter.parse import dates, periods
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, fold
from converter.parse.match_starts import StemStarts, leading_stems

REPO = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "data").rglob("*.txt"))


def _all_gated() -> list[Gated]:
    return ([g for _, g in periods._gated_patterns()] + [g for _, g in periods._gated_relative()]
            + list(dates._gated_patterns()))


def _key(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def _plain(gated: Gated, text: str) -> list[tuple]:
    return _key(gated.pattern.finditer(text)) if gated.may_match(fold(text)) else []


EDGES = [
    "September 30, 2003",  # a stem at the very start
    "for the nine months ended Sept. 30, 2003 and Sep 30, 2002",  # stems sharing letters
    "the January-March quarter; the June quarter; janov November 2003",  # overlapping stems
    "İstanbul, November 18, 2002 — the six months to December",  # folding lengthens İ: plain search
    "for the year ended December 31, 2004, in the first half of 2004, during the quarter",
    "revenue for March 2005 rose; ended March 2005; and June 2005; 3 May 2004",
    "2003년 9월말, 2003년 3분기, 작년 동기 대비, 1~3분기",
    "from January 1, 2005 to September 30, 2005 and 1 April 2004 - 31 March 2005",
    "dec", "marc", "", "nov 2002 nov",
]


@pytest.mark.parametrize("text", EDGES)
def test_gated_search_equals_the_plain_search_at_the_edges(text):
    for gated in _all_gated():
        assert _key(gated.finditer(text, fold(text))) == _plain(gated, text), gated.pattern.pattern[:60]


def test_every_document_reads_the_same_through_its_stems():
    anchored = [g for g in _all_gated() if g.starts is not None]
    assert len(anchored) >= 10  # the month-led and word-led patterns (else this proves little)
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            text = document.text
            lines = [text, *text.split("\n")]
            for piece in lines:
                for gated in anchored:
                    assert _key(gated.finditer(piece, fold(piece))) == _plain(gated, piece), (path.name, piece[:60])


@pytest.mark.parametrize("source, flags, stems", [
    (r"\b(?:for|during)\s+the\s+year", re.I, ("dur", "for")),
    (r"(?<![\d,]\s)(?<!\d)\b(?:march|may|mar)\.?\s+2003", re.I, ("mar", "may")),
    (r"(?:same|corresponding)\s+quarter", re.I, ("cor", "sam")),
    (r"\b(?:in|on)\s+2003", re.I, None),  # two letters: everywhere
    (r"\d+\s*won", 0, None),  # a class first: re skips to it itself
    (r"(?:19|20)\d\d\s*년", 0, None),  # literals first, case-sensitive: re skips to them itself
    (r"(?:a|b)?cd", re.I, None),  # an optional opening, then "cd": two letters, everywhere
    (r"(?:abc)+d", re.I, ("abc",)),
    (r"\b(?:fiscal\s+)?year\s+ended", re.I, ("fis", "yea")),  # past an optional word
    (r"(?:HK|NT|US)\$\s+millions", re.I, ("hk$", "nt$", "us$")),  # through a group of two letters
    (r"\bin\s+millions", re.I, None),  # two letters: everywhere
    # a branch one of whose alternatives opens with a group or a look-behind: re tries it everywhere
    (r"(?:(?P<y>19|20)\d\d|平成)\s*年", 0, ("19", "20", "平成")),
    (r"(?<!x)19\d\d|20\d\d", 0, ("19", "20")),
    (r"합병\s*비율", re.I, None),  # characters without case: re skips to them, caseless or not
])
def test_the_stems_are_read_from_the_pattern(source, flags, stems):
    assert leading_stems(re.compile(source, flags)) == stems


def test_stems_that_overlap_are_all_found():
    assert StemStarts(("jan", "nov", "ove")).positions("janover nov") == [0, 2, 3, 8]
    assert StemStarts(("sep", "sept")).positions("sept") == [0]


@pytest.mark.parametrize("text, expected", [
    ("18 November 2002", ["18 November 2002"]),
    ("x18 November 2002", []),  # a day glued to a word is no day ("\b" before it)
    ("118 November 2002", []),  # nor a day inside a longer number
    ("41 November 2002", []),  # 41 is no day, and its 1 is glued to the 4
    ("on 4 November 2002", ["4 November 2002"]),
    ("the 30th day of August, 2005", ["30th day of August, 2005"]),
    ("11/15/2006", ["11/15/2006"]),
    ("a15/11/2006", ["15/11/2006"]),  # a letter before the day: the slashed date stands
    ("/15/11/2006", []),  # a slash before it: part of a longer path
    ("115/11/2006", []),  # 115 is no day, nor is 15 after a digit
    ("31/12/2005 and 3/15/2006", ["31/12/2005", "3/15/2006"]),
])
def test_a_day_opening_a_date_reads_as_before(text, expected):
    assert [d.text for d in find_dates(text)] == expected


def test_a_gate_table_passes_exactly_the_patterns_whose_gates_pass():
    tables = (*periods._gate_tables(), dates._gate_table())
    kept = 0
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            for piece in [document.text, *document.text.split("\n"), *EDGES]:
                folded = fold(piece)
                for table in tables:
                    expected = [i for i, g in enumerate(table.gated) if g.may_match(folded)]
                    assert table.passing(folded) == expected, piece[:60]
                    kept += len(expected)
    assert kept > 1000  # many pieces pass some gates (else the table's refusals prove little)


AMOUNT_EDGES = [
    "KRW 122.5 billion (US$ 102.7 million) in sales", "A380 and B747", "W5,000 / ₩5,000 / 5,000원",
    "−1,234 and △258억원, 전년 ▼12억원", "１２３억원 and 1２３ 억원", "USD5 EUR 6 JPY40 billion",
    "NT$ 1.2 billion, HK$3, 人民币5亿元", "- - - 3", "1,234,567.89", "abc.5 million", "$", "",
    "3억 5천만원", "천320억", "x$1", "Ｗ1,000",
]


def _amount_pattern_pairs():
    from converter.parse import amounts
    prefixed, _ = amounts._amount_patterns()
    return [(prefixed, amounts._prefixed_candidates()), (amounts._figure_starts(), amounts._figure_start_candidates())]


def _amount_pieces():
    yield from AMOUNT_EDGES
    for path in DOCUMENTS:
        for document in ingest_bytes(path.read_bytes(), path.name).documents:
            yield document.text
            yield from document.text.split("\n")


def test_amount_patterns_tried_at_their_candidates_find_what_finditer_finds():
    from converter.parse.amounts import _starts
    from converter.parse.match_starts import matches_from
    found = 0
    for piece in _amount_pieces():
        for pattern, candidates in _amount_pattern_pairs():
            expected = _key(pattern.finditer(piece))
            assert _key(matches_from(pattern, piece, _starts(candidates, piece))) == expected, piece[:60]
            found += len(expected)
    assert found > 500


def test_a_currency_token_is_read_as_the_first_of_the_ordered_list():
    from converter.parse.amounts import currency_of, currency_tokens, iso_codes

    def in_order(token):  # the reference: the list walked in order
        for t in currency_tokens():
            if t.token == token or (not t.exact_case and t.token.lower() == token.lower()):
                return t.code
        return token if token in iso_codes() else None

    spellings = {s for t in currency_tokens() for s in (t.token, t.token.lower(), t.token.upper())}
    spellings |= {"USD", "XYZ", "won", "WON", "Won", "dollars", "US $", ""}
    assert len(spellings) > 100
    for token in spellings:
        assert currency_of(token) == in_order(token), token
