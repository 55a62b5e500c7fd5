"""The shortcuts of the officers' reading answer as the plain reading does, on every document of
the tests and the examples and at the edges:

- "the Company's CEO John Doe" / "its President ...": the possessive pattern is tried only
  where 'its' or 'the' + white space + 'company' begins in the folded head, not at every t and i;
- "Mr. John Doe, Chairman": the line pattern is tried at the lines where 'Mr', 'Ms' or 'Dr'
  follows only spaces and tabs (``honorific_line_starts``, by ``str.find``), not after every
  line break.
"""

from __future__ import annotations

import doctest
import re

import pytest
from document_texts import ingested_texts

from converter.extract.mechanisms import officers

EDGES = [
    "",
    "its",
    "The Company's CEO Jane Roe said.",
    "the\u2003\n company\u2019s Chief Executive Officer Jane Roe",  # any white space, a curly quote
    "THE COMPANY'S PRESIDENT JANE ROE and its CFO John Park",
    "bathe company's CEO Jane Roe; credits CEO John Park",  # inside words: as re finds them
    "\u0130ts CEO Jane Roe; I\u0307ts CEO Jane Roe; it\u017f CEO Jane Roe",  # dotted I, long s
    "the company company's CEO Jane Roe; the  company's CEO Jane Roe",
    "company's CEO Jane Roe at the start; the" + " " * 10,
]


def _plain(text: str) -> list[tuple[int, int]]:
    possessive, _ = officers._officer_in_sentence()
    return [m.span() for m in possessive.finditer(text, 0, min(len(text), officers.HEAD))]


def _shortcut(text: str) -> list[tuple[int, int]]:
    possessive, _ = officers._officer_in_sentence()
    return [m.span() for m in officers._possessive_matches(possessive, text, min(len(text), officers.HEAD))]


def test_possessive_matches_of_every_document_are_the_plain_ones() -> None:
    for text in ingested_texts():
        for piece in (text, text[3000:]):
            assert _shortcut(piece) == _plain(piece), piece[:80]
    assert sum(len(_plain(text)) for text in EDGES) >= 8  # the edges match: else they prove little


@pytest.mark.parametrize("text", EDGES)
def test_possessive_matches_at_the_edges(text: str) -> None:
    assert _shortcut(text) == _plain(text)
    for cut in range(len(text)):
        assert _shortcut(text[cut:]) == _plain(text[cut:])


def _plain_honorific_starts(text: str, end: int) -> list[int]:
    starts = [0] if re.compile(r"[ \t]*(?:Mr|Ms|Mrs|Dr)").match(text, 0, end) else []
    return starts + [m.start() + 1 for m in re.compile(r"\n[ \t]*(?:Mr|Ms|Mrs|Dr)").finditer(text, 0, end)]


HONORIFIC_EDGES = [
    "",
    "Mr",
    "M\nr",
    "Mr. Jane Roe, Chairman\n  Ms. A\n\tDr. B\n \t Mrs. C\nsaid Mr. D\nMR. E\n\r\nMr. F",
    "Dr. A, Mr. B\r\n\u3000Mr. C\n|Mr. D\n\n\nMs",
]


def test_honorific_line_starts_are_the_plain_ones() -> None:
    found = 0
    for text in [*ingested_texts(), *HONORIFIC_EDGES]:
        for end in {len(text), min(len(text), officers.HEAD), len(text) // 2}:
            assert officers.honorific_line_starts(text, end) == _plain_honorific_starts(text, end), text[:80]
        found += bool(_plain_honorific_starts(text, len(text)))
    for text in HONORIFIC_EDGES:
        for end in range(len(text) + 1):
            assert officers.honorific_line_starts(text, end) == _plain_honorific_starts(text, end), (text, end)
    assert found >= 5  # else this proves little


def test_doctests() -> None:
    assert doctest.testmod(officers).failed == 0
