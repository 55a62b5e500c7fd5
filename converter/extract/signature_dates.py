"""Where a document's signature blocks are, and the dates they hold: the SIGNATURES headings
(read once per text for the date anchors, the title and the signature sections) and where the
dates of signature blocks start (a 6-K's date is never its signature's). Split from ``anchors``,
which uses them to set a document's own date apart from its signature's.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from converter.extract.mechanisms.lines import SIGNATURES_HEADING_WORD, Line, letter_spaced, lines_holding, split_lines
from converter.extract.mechanisms.tokens import date_index, dates_between
from converter.parse.dates import blank_before
from converter.parse.gates import folded_text
from converter.parse.match_starts import matches_from

# ("*+": a line's indent is taken possessively; what follows it is never white space, so
# giving spaces back could not help a match, and re would try every shorter indent in turn)
# "|Date:" in a cell, its date after it or in the next cell ("|Date: |April 4, 2005", "|Date:\n|April 4, 2005")
_SIGNATURE_DATE = re.compile(r"^[\s|]*+date[d]?\s*:[\s|]*", re.IGNORECASE | re.MULTILINE)
SIGNATURES_HEADING = re.compile(rf"^\s*+{SIGNATURES_HEADING_WORD}\s*$", re.M | re.IGNORECASE)
# the word every SIGNATURES heading spells, looked for in the folded text: a literal "s" opens it,
# which ``re`` skips to (the heading's own pattern, opening with "^", is tried at every position)
SIGNATURE_WORD = re.compile(letter_spaced("signature"))
_SIGNED_LINE = re.compile(r"^[\s|]*+(?:by\b|/s/|name\s*:|title\s*:|date[d]?\s*:)", re.IGNORECASE)
_SIGNING = re.compile(r"^[\s|]*+(?:by\s*:?\s*(?:/s/|$)|/s/)", re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=4)  # the text being converted (and a 6-K cover's own text): read once for all
def signature_headings(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the SIGNATURES headings of ``text`` (``SIGNATURES_HEADING.finditer``), read
    once for the anchors and the signature sections, and tried only where one can start
    (``_heading_starts``: ``re`` would try the pattern, which opens with "^", at every position)."""
    starts = _heading_starts(text)
    found = SIGNATURES_HEADING.finditer(text) if starts is None else matches_from(SIGNATURES_HEADING, text, starts)
    return tuple(m.span() for m in found)


def _heading_starts(text: str) -> list[int] | None:
    """Where a SIGNATURES heading of ``text`` can start, in order: a heading opens at a line's
    start ("^"), its indent (white space, blank lines too) taken whole, then spells the word.
    So it starts at a line start in the run of white space just before the word's "S", and
    the word is found in the folded text (``fold`` maps what ``re.IGNORECASE`` equates with
    its letters to them; no "s" stands inside the word, so ``finditer`` misses none). Every
    position where the plain search could match is named: ``matches_from`` then finds what
    ``SIGNATURES_HEADING.finditer(text)`` does. None where folding changed the text's length
    (its offsets are not the text's): the plain search then.

    >>> text = "Exhibit\\n\\n   S I G N A T U R E S\\n\\nBy: the signature below\\n"
    >>> _heading_starts(text), [m.span() for m in SIGNATURES_HEADING.finditer(text)]
    ([8, 9], [(8, 32)])
    """
    folded = folded_text(text)  # (the document's own fold, when ``text`` is the whole of it)
    if len(folded) != len(text):  # (folding changed the offsets)
        return None
    starts: list[int] = []
    for word in SIGNATURE_WORD.finditer(folded):
        indent = blank_before(text, word.start())  # where the white space before the word begins
        if indent == 0:
            starts.append(0)
        line_break = text.find("\n", indent, word.start())
        while line_break >= 0:
            starts.append(line_break + 1)
            line_break = text.find("\n", line_break + 1, word.start())
    return starts


@lru_cache(maxsize=4)  # a 6-K whose own text is the whole of it reads its signature's dates twice
def signature_date_offsets(text: str, pages: tuple[int, ...] = ()) -> frozenset[int]:
    """Where the dates of signature blocks start: from a SIGNATURES heading to its last signing
    line ('By:', '/s/', 'Name:', 'Title:', 'Date:'), and on the lines within four lines of a
    'By:' or '/s/' line, on its page (``pages``: where pages start; the next page's date line
    is its document's)."""
    lines = split_lines(text)
    starts = [line.start for line in lines]
    page_starts = sorted(pages)

    def page_end(offset: int) -> int:  # where the page holding ``offset`` ends
        k = bisect.bisect_right(page_starts, offset)
        return page_starts[k] if k < len(page_starts) else len(text) + 1

    def block_lines(first: int, stop: int, end: int) -> set[int]:
        return {n for n in range(first, stop)
                if (len(lines[n].stripped) < 60 or _SIGNATURE_DATE.match(lines[n].text)) and lines[n].start < end}

    numbers: set[int] = set()
    # the short lines of a block around each signing line: a dateline's paragraph is no part of it
    for line in _signing_lines(text, lines):
        numbers |= block_lines(max(0, line.number - 4), min(line.number + 7, len(lines)), page_end(line.start))
    for heading_start, _ in signature_headings(text):
        first = bisect.bisect_right(starts, heading_start) - 1
        # the last signed line of the 30 from the heading: read from the bottom up
        last = next((n for n in range(min(first + 30, len(lines)) - 1, first - 1, -1)
                     if _SIGNED_LINE.match(lines[n].text)), first)
        numbers |= block_lines(first, min(last + 3, len(lines)), page_end(lines[last].start))
    # the dates of each line of a block, found by bisection in the dates' starts, not every date
    # of the text looked up by its line
    dated = _date_starts(text)
    return frozenset(itertools.chain.from_iterable(
        dated[bisect.bisect_left(dated, lines[n].start) : bisect.bisect_left(dated, lines[n].end)] for n in numbers))


def _signing_lines(text: str, lines: list[Line]) -> list[Line]:
    """The lines (``lines``: all those of ``text``) that ``_SIGNING`` matches ('By: /s/', '/s/'),
    in order: tried only on the lines that hold its words ('by', '/s/', found by ``str.find`` in
    the folded text, ``lines_holding``); no other line can match."""
    folded = folded_text(text)  # (the document's own fold, when ``text`` is the whole of it)
    if len(folded) != len(text):  # (folding changed the offsets)
        return [line for line in lines if _SIGNING.match(line.text)]
    return [lines[n] for n in lines_holding(folded, lines, ("by", "/s/")) if _SIGNING.match(lines[n].text)]


def _date_starts(text: str) -> Sequence[int]:
    """Where the dates of ``text`` start (those of ``dates_between(text, 0, len(text))``), read
    from its date index without copying its dates."""
    index = date_index(text)
    if text and index.answers(0, len(text)):
        return index.starts
    return [d.start for d in dates_between(text, 0, len(text))]
