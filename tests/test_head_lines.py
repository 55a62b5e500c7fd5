"""A head's lines made from the document's own lines are the lines of the head cut out.

``anchors.head_lines(text, limit)`` answers ``split_lines(text[:limit])`` from the lines of the
whole text (split once per document), cutting the line that ``limit`` falls in. These tests
compare both on every document of the tests and the examples, at the limits the readers use
and at each line's edges, and on edge texts (a limit on a line break, Windows line ends, an
empty text).
"""

from __future__ import annotations

import pytest

from converter.extract.anchors import head_lines
from converter.extract.mechanisms.lines import split_lines
from document_texts import ingested_texts


@pytest.mark.parametrize("text, limit", [
    ("", 0), ("", 5), ("abc", 0), ("abc", 3), ("abc", 2), ("ab\n", 2), ("ab\n", 3), ("ab\ncd", 3),
    ("ab\r\ncd\r\n", 3), ("ab\r\ncd\r\n", 4), ("ab\r\ncd\r\n", 7), ("\n\n\n", 1), ("\n\n\n", 2),
])
def test_head_lines_at_the_edges(text, limit):
    assert head_lines(text, limit) == split_lines(text[:limit])


def test_every_document_has_the_head_lines_of_its_head():
    for text in ingested_texts():
        breaks = [i for i, char in enumerate(text[:20000]) if char == "\n"][:300]
        limits = {3000, 6000, 16000, len(text) - 1, *breaks, *(b + 1 for b in breaks), *(b - 1 for b in breaks)}
        for limit in sorted(limit for limit in limits if limit >= 0):
            assert head_lines(text, limit) == split_lines(text[:limit]), limit
