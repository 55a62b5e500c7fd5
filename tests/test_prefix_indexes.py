"""A 6-K cover's own text (the head of the document before its list of documents) gets its date
index and its lines cut from the whole text's, not read again: on every document of the tests
and the examples, cut at each line start, each exhibit row, the cover's own end, every fifth
white space of the head and every 97th character, the cut index and lines are those the head
read by itself gives."""

from __future__ import annotations

import pytest

from converter.extract.mechanisms import furnished, lines, tokens
from document_texts import ingested_texts


def _cuts(text: str) -> list[int]:
    starts = [line.start for line in lines.split_lines(text)]
    rows = [row.number_span[0] for row in furnished.cover_exhibits(text)]
    own = furnished.cover_text_end(text)
    near = [at + delta for at in starts[1:40] for delta in (-2, -1, 1, 3)]  # a "\r", a word, a date cut
    spaced = [n + 1 for n, char in enumerate(text[:4000]) if char.isspace()][::5]  # after white space
    return sorted({n for n in starts + rows + near + spaced + list(range(0, len(text), 97)) + [own or 0, len(text)]
                   if 0 <= n <= len(text)})


def _derived_index(text: str, end: int) -> tokens.DateIndex | None:
    tokens._PREFIX_INDEXES.clear()
    head = tokens.indexed_prefix(text, end)
    return tokens._PREFIX_INDEXES.get(head)


def test_cut_index_is_the_heads_own() -> None:
    derived = 0
    for text in ingested_texts():
        for end in _cuts(text):
            index = _derived_index(text, end)
            if index is not None:
                derived += 1
                assert index == tokens._read_index(text[:end]), (text[:60], end)
    assert derived > 1000  # most cuts are clean: the shortcut is taken, not only declined


def test_cut_lines_are_the_heads_own() -> None:
    for text in ingested_texts():
        for end in _cuts(text):
            lines._PREFIX_LINES.clear()
            head = lines.split_prefix(text, end)
            cut = lines._PREFIX_LINES.get(head)
            if 0 < end < len(text):
                assert cut == tuple(lines._split_lines(head)), (text[:60], end)
            assert lines.split_lines(head) == lines._split_lines(head)


@pytest.mark.parametrize("text, end, clean", [
    ("Seoul, 18 November 2002 -- Board.\n99.1 Notice dated May 2, 2003\n", 34, True),  # at a row's number
    ("Seoul, 18 November 2002 -- Board.\n  99.1 Notice dated May 2, 2003\n", 36, True),  # after its indent
    ("Dated November 18,\n2002 and more", 19, False),  # inside a date written over two lines
    ("Dated 2002.11.18.\n99.1 Notice", 17, True),  # a date's closing '.', a line break after
    ("Seoul, 18 November 2002 -- Board.", 15, False),  # inside a date: read again
    ("Dated 2002-11-18x", 16, False),  # a word character beside the cut
    ("On 11/15/2006 and 12/1/2006", 15, False),  # a slash's date just after
    ("Minutes\r\nMay 2, 2007\r\n99.1 Release", 21, True),  # a "\r" left at the cut
    ("No date here at all\nnor here", 20, True),  # no date: an empty index
    ("Dated May 2, 2007", 0, False),  # an empty head
    ("Dated May 2, 2007", 17, False),  # the whole text: its own index
])
def test_edges(text: str, end: int, clean: bool) -> None:
    index = _derived_index(text, end)
    assert (index is not None) is clean
    tokens._PREFIX_INDEXES.clear()
    head = tokens.indexed_prefix(text, end)
    assert tokens.date_index(head) == tokens._read_index(head)
    lines._PREFIX_LINES.clear()
    assert lines.split_lines(lines.split_prefix(text, end)) == lines._split_lines(text[:end])


def test_announced_heads_do_not_pile_up() -> None:
    text = "Dated May 2, 2007\n" * 50
    for end in (18, 36, 54):
        tokens.indexed_prefix(text, end)
        lines.split_prefix(text, end)
    assert len(tokens._PREFIX_INDEXES) <= 1 and len(lines._PREFIX_LINES) <= 1
