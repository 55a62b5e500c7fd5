"""A document's dates, read once: the first piece of its token index (issue 17).

Readers ask for the dates of pieces of the document again and again: each line, the 40
characters after a label, the first 4,000 characters, each sentence. ``dates_between(text,
start, end)`` answers what ``find_dates(text[start:end])`` would, offsets in the piece, from one
reading of the whole ``text`` (remembered for the last few texts), by bisection on the dates'
starts.

A piece is not always read as the whole text reads it. Where a cut falls inside a date
("18 November 2002" cut to "8 November 2002"), inside a digit run or word ("x2002-11-18" cut to
"2002-11-18", "2002" of "20025"), or beside a slash ("11/15/2006" read as year first), the piece
can hold a date the text does not, or miss one. So the index answers only for a piece whose
cuts are *clean*: no match of any date pattern spans the cut, and the characters beside it are
neither word characters nor slashes (every look-around of the date patterns, and every
``\\b``, reads only those). Then each pattern finds, in the piece, exactly its matches in the
text that lie within the piece; and dates are chosen among overlapping matches the same way.
Any other piece is read again by ``find_dates``, as before. The answer is the same either way:
``tests/test_tokens.py`` compares both on every document of the tests and examples.

>>> text = "Seoul, 18 November 2002 -- Board. x2002-11-19 and 20025 December 1, 2003."
>>> [(d.text, d.start) for d in dates_between(text, 0, 24)]
[('18 November 2002', 7)]
>>> [(d.text, d.start) for d in dates_between(text, 56, 72)]
[('December 1, 2003', 0)]
>>> date_index(text).answers(8, 24), date_index(text).answers(35, 46)  # cut in a date, after "x"
(False, False)
>>> [d.text for d in dates_between(text, 8, 24)]  # read again: what the piece itself says
['8 November 2002']
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from converter.parse.dates import FoundDate, find_dates, scan_dates


# Beside a cut, a character that a date pattern's look-around or word boundary reads is a word
# character as ``re`` defines it for text (``str.isalnum()``, or "_") or one of these. (The test
# is written out where every piece asks it, ``answers`` and ``may_hold_dates``: no call per piece.)
CLINGING_MARKS = "_/"


@dataclass(frozen=True)
class DateIndex:
    """The dates of one text, sorted by start, and where a cut would break a pattern's match."""

    text: str
    dates: tuple[FoundDate, ...]
    starts: tuple[int, ...]  # the dates' starts, for bisection
    inside_from: tuple[int, ...]  # the ranges of positions strictly inside a match, merged and
    inside_to: tuple[int, ...]  # sorted: [inside_from[i], inside_to[i]] (both included)

    def answers(self, start: int, end: int) -> bool:
        """Whether the piece ``text[start:end]`` reads as the whole text does (clean cuts)."""
        text = self.text
        if start > 0:
            char = text[start - 1]
            if char.isalnum() or char in CLINGING_MARKS or self._inside(start):
                return False
        if end >= len(text):
            return True
        char = text[end]
        return not (char.isalnum() or char in CLINGING_MARKS or self._inside(end))

    def between(self, start: int, end: int) -> list[FoundDate]:
        """The dates lying within ``[start, end)``, offsets in the piece (clean cuts only)."""
        dates = self.dates
        first = bisect.bisect_left(self.starts, start)
        if start == 0:  # offsets in the piece are the text's: the index's own dates, not copies
            if end >= len(self.text):
                return list(dates)
            last = first
            while last < len(dates) and dates[last].end <= end:
                last += 1
            return list(dates[first:last])
        found = []
        for i in range(first, len(dates)):
            date = dates[i]
            if date.end > end:
                break  # dates do not overlap: the next one ends later still
            found.append(FoundDate(date.value, date.start - start, date.end - start, date.text))
        return found

    def may_hold_dates(self, pieces: Sequence[tuple[int, int]]) -> list[int]:
        """The indices of ``pieces`` (``(start, end)`` in order, not overlapping: a text's lines)
        in which ``dates_between`` may find a date: those a date of the index starts in, and those
        that a match's inside reaches or a clinging character borders (a cut the index may not
        answer for). Any other piece holds none: it reads as the text does, and the text has no
        date there. Each date and each span inside matches up to the last piece finds its pieces
        by bisection (a text has far fewer than its lines); only the characters beside the cuts
        are read piece by piece (a few pieces more than needed may be named: never one fewer).

        >>> index = date_index("Seoul\\nMay 2,\\n2005\\nno date\\nJune 3, 2006")
        >>> index.may_hold_dates([(0, 5), (6, 12), (13, 17), (18, 25), (26, 38)])
        [1, 2, 4]
        """
        if not pieces:
            return []
        text, length = self.text, len(self.text)
        firsts = [start for start, _ in pieces]
        reach = pieces[-1][1]  # (dates and spans after the last piece touch none)
        found: set[int] = set()
        for at in self.starts[: bisect.bisect_right(self.starts, reach)]:  # a date starts in the piece
            i = bisect.bisect_right(firsts, at) - 1
            if i >= 0 and at < pieces[i][1]:
                found.add(i)
        # a match's inside [lo, hi] reaches the pieces that start by ``hi`` and end from ``lo`` on
        for lo, hi in zip(self.inside_from, self.inside_to[: bisect.bisect_right(self.inside_from, reach)]):
            i = bisect.bisect_right(firsts, hi) - 1
            while i >= 0 and pieces[i][1] >= lo:
                found.add(i)
                i -= 1
        # a clinging character beside a cut that is no line break (a line's never is)
        for i, (start, end) in enumerate(pieces):
            if start > 0:
                char = text[start - 1]
                if char != "\n" and (char.isalnum() or char in CLINGING_MARKS):
                    found.add(i)
            if end < length:
                char = text[end]
                if char not in "\r\n" and (char.isalnum() or char in CLINGING_MARKS):
                    found.add(i)
        return sorted(found)

    def _inside(self, cut: int) -> bool:
        i = bisect.bisect_right(self.inside_from, cut) - 1
        return i >= 0 and cut <= self.inside_to[i]


@lru_cache(maxsize=4)  # the documents being converted; a reader's pieces are of one of them
def date_index(text: str) -> DateIndex:
    """The date index of ``text`` (read once per text, remembered for the last few)."""
    derived = _PREFIX_INDEXES.pop(text, None)
    return derived if derived is not None else _read_index(text)


# the index of a text's head announced by ``indexed_prefix`` (at most one), until it is asked for
_PREFIX_INDEXES: dict[str, DateIndex] = {}


def indexed_prefix(text: str, end: int) -> str:
    """``text[:end]``, whose date index, when asked for, is cut from ``text``'s where the head
    reads as the whole text does: the cut at ``end`` is clean (``answers``), or it follows white
    space and lies inside no match. No date pattern's match ends with white space (each ends
    with a digit, '.', '일' or '日'), so every match of the head ends before its last character
    and every look-ahead of one reads the head's own characters: the head's matches are the
    text's before ``end``. Its dates are then the text's dates before ``end``, and its spans
    inside matches those that end before it (no match spans the cut). A 6-K cover's own text,
    which ends where its list's first row is numbered, is read so, not scanned a second time.

    >>> text = "Dated May 2, 2007\\n99.1 Release dated June 3, 2007\\n"
    >>> head = indexed_prefix(text, 18)
    >>> date_index(head) == _read_index(head)
    True
    """
    head = text[:end]
    whole = date_index(text)
    if 0 < end < len(text) and (whole.answers(0, end) or (text[end - 1].isspace() and not whole._inside(end))):
        k = bisect.bisect_left(whole.starts, end)  # (the dates before a clean cut end before it)
        r = bisect.bisect_left(whole.inside_to, end)
        _PREFIX_INDEXES.clear()
        _PREFIX_INDEXES[head] = DateIndex(head, whole.dates[:k], whole.starts[:k], whole.inside_from[:r],
                                          whole.inside_to[:r])
    return head


def _read_index(text: str) -> DateIndex:
    scanned = scan_dates(text)
    inside_from: list[int] = []
    inside_to: list[int] = []
    for start, end in sorted(scanned.matched):
        if end - start < 2:
            continue  # nothing strictly inside
        if inside_to and start + 1 <= inside_to[-1] + 1:
            inside_to[-1] = max(inside_to[-1], end - 1)
        else:
            inside_from.append(start + 1)
            inside_to.append(end - 1)
    starts = tuple(d.start for d in scanned.dates)
    return DateIndex(text, scanned.dates, starts, tuple(inside_from), tuple(inside_to))


def dates_between(text: str, start: int, end: int) -> list[FoundDate]:
    """What ``find_dates(text[start:end])`` gives, read from ``text``'s index where the cuts are
    clean, else by reading the piece."""
    start, end = max(start, 0), min(end, len(text))
    if end <= start:
        return []
    index = date_index(text)
    if index.answers(start, end):
        return index.between(start, end)
    return find_dates(text[start:end])
