r"""Where a pattern's matches can start, found by a cheap pass, so the pattern is tried there only.

Python's ``re`` skips quickly to a pattern's possible starts only when the pattern opens with a
literal or a character class. A pattern that opens with ``\b``, a look-behind or a word matched
case-insensitively ("November", "for the") is tried at every position of the text instead. Most of
the date and period patterns open so. Yet every match of such a pattern begins with one of a few
words: a month's name, "for", "dur"(ing)... ``leading_stems`` reads those words' first letters
from the pattern itself (so they never drift from it); a pass for them over the case-folded text
(``converter.parse.gates.fold``: one character for each of the text's) finds every position where
a match could start, and the pattern is tried at those positions only, in order, each from where
the last match ended. That is exactly how ``finditer`` proceeds, minus the positions where no
match can start: the matches are the same (``tests/test_match_starts.py`` compares them).

A pattern tried with ``pattern.match(text, position)`` reads the text before ``position`` as the
whole-text search does (its look-behinds and ``\b`` see the characters there).

>>> import re
>>> sorted(leading_stems(re.compile(r"\b(?:for|during)\s+the\s+year", re.I)))
['dur', 'for']
>>> leading_stems(re.compile(r"\b(?:in|on)\s+the\s+year", re.I))  # two letters are everywhere
>>> leading_stems(re.compile(r"\d+\s*won"))  # opens with a class: re skips to it already
>>> leading_stems(re.compile(r"(?:19|20)\d\d\s*년"))  # opens with a literal: re skips to it
>>> starts = StemStarts(("jan", "nov"))
>>> starts.positions("janov nov")  # "nov" inside "janov" too: stems may overlap
[0, 2, 6]
"""

from __future__ import annotations

import re

from converter.parse import gate_table
from converter.parse.openings import read_openings, read_skipped_to_by_re, sequence_openings
from converter.parse.pattern_tree import REPEATS, parse_tree


def leading_stems(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The folded strings (up to three characters) one of which opens every match of
    ``pattern`` (``converter.parse.openings`` reads them, past an optional word and through a
    group), when none is a single character or two letters ("as", "in", "on": they are
    everywhere) and ``re`` does not skip to them itself; None otherwise (the pattern opens with a
    class, a digit, a one-letter word: ``re`` does well enough then). From the committed table
    of what the analysis learnt (``converter.parse.gate_table``), else from the pattern's tree."""
    known = gate_table.known(pattern)
    return known.stems if known is not None else read_leading_stems(pattern)


def read_leading_stems(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``leading_stems`` read from ``pattern``'s parse tree."""
    found = read_openings(pattern)  # (an unreadable pattern is simply searched as before)
    if not found or any(len(s) < 2 or (len(s) == 2 and s.isascii() and s.isalpha()) for s in found):
        return None
    return None if read_skipped_to_by_re(pattern) else tuple(sorted(found))


class StemStarts:
    """The positions of a folded text where one of ``stems`` begins, all of them (overlapping
    too), in order: one ``str.find`` pass for each stem (a scan in C that skips ahead, where an
    alternation of the stems is tried at every position), remembered for the last text asked
    (patterns that open alike are tried on the same text in turn)."""

    def __init__(self, stems: tuple[str, ...]) -> None:
        self.stems = stems
        self._last: tuple[str, list[int]] = ("", [])

    def positions(self, folded: str) -> list[int]:
        last_text, last_found = self._last
        if folded is last_text or folded == last_text:
            return last_found
        # (a set: two stems may start at one position, "sep" and "sept")
        found = sorted({at for stem in self.stems for at in word_offsets(folded, stem)})
        self._last = (folded, found)
        return found


def word_offsets(text: str, word: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``word`` starts in ``text[start:end]`` (whole, within it), overlapping starts
    included (a pass of ``str.find``, in C).

    >>> word_offsets("a 2019 2020", "20"), word_offsets("a 2019 2020", "20", 3, 10)
    ([2, 7, 9], [7])
    """
    end = len(text) if end is None else end
    found, at = [], text.find(word, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1, end)
    return found


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int],  # type: ignore[no-untyped-def]
                 end: int | None = None):
    """``pattern.finditer(text, 0, end)`` when every match starts at one of ``starts`` (ascending):
    the pattern tried at each start that the last match did not cover. No pattern given here
    matches the empty string (its openings are not empty)."""
    reached = 0
    match = pattern.match
    end = len(text) if end is None else end
    for start in starts:
        if start < reached:
            continue
        m = match(text, start, end)
        if m is not None:
            reached = m.end()
            yield m


_ASCII_SPACE = frozenset(" \t\n\r\f\v")


class LineOpenings:
    r"""Where a match of a pattern anchored at a line's start can begin: the pattern opens with
    ``^`` under ``re.MULTILINE``, then an optional run of blanks (a repeat of a class of spaces
    and caseless marks: ``[ \t|]*``, ``\s*``), then words whose stems are known. Every match
    begins at a line's start L, the text from L to some stem's position all blanks; those are the
    only places ``re`` need try (it tries every position of the text for ``^`` otherwise).

    >>> opening = LineOpenings.of(re.compile(r"^[ \t|]*form\s+20-F", re.I | re.M))
    >>> text = "Annual report\n | Form 20-F\nform 40-F"
    >>> list(opening.candidates(text, text.lower()))
    [14, 27]
    >>> LineOpenings.of(re.compile(r"form\s+20-F", re.I | re.M)) is None
    True
    """

    def __init__(self, blanks: frozenset[str] | None, stems: tuple[str, ...]) -> None:
        self.blanks = blanks  # None: every character ``str.isspace`` calls a space
        self.starts = StemStarts(stems)

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> "LineOpenings | None":
        tree = parse_tree(pattern) if pattern.flags & re.MULTILINE else None
        if tree is None:
            return None  # (an unreadable pattern is simply searched as before)
        items = list(tree)
        if not items or (str(items[0][0]), str(items[0][1])) != ("AT", "AT_BEGINNING"):
            return None
        blanks: frozenset[str] | None = frozenset()
        rest = items[1:]
        if rest and str(rest[0][0]) in REPEATS and rest[0][1][0] == 0:
            blanks = _blank_class(rest[0][1][2], pattern.flags)
            if blanks == frozenset():  # (a repeat of something else: no known blanks)
                return None
            rest = rest[1:]
        stems = sequence_openings(rest)
        if not stems:
            return None
        return cls(blanks, tuple(sorted(stems)))

    def candidates(self, text: str, folded: str):  # type: ignore[no-untyped-def]
        """The line starts, ascending, where a match can begin (``folded``: ``fold(text)``, of
        the same length): for each stem's position, the line starts in the run of blanks that
        ends there (one, unless the blanks hold line feeds)."""
        tried = -1
        is_blank = str.isspace if self.blanks is None else self.blanks.__contains__
        find = text.find
        for at in self.starts.positions(folded):
            start = at
            while start > 0 and is_blank(text[start - 1]):
                start -= 1
            if start > tried and (start == 0 or text[start - 1] == "\n"):
                tried = start
                yield start
            feed = find("\n", start, at)  # (only where the blanks hold line feeds)
            while feed >= 0:
                if feed + 1 > tried:
                    tried = feed + 1
                    yield tried
                feed = find("\n", feed + 1, at)


def _blank_class(body: object, flags: int) -> frozenset[str] | None:
    """The characters a one-item class body matches when they are spaces and caseless marks
    (``frozenset()`` when it is anything else); None for the class of spaces ``\\s``."""
    items = list(body)  # type: ignore[call-overload]
    if len(items) != 1 or str(items[0][0]) != "IN":
        return frozenset()
    chars: set[str] = set()
    spaces = False
    for op, arg in items[0][1]:
        name = str(op)
        if name == "LITERAL" and chr(arg).lower() == chr(arg).upper() and not chr(arg).isalnum():
            chars.add(chr(arg))
        elif name == "CATEGORY" and str(arg) == "CATEGORY_SPACE":
            spaces = True
        else:
            return frozenset()
    if spaces and not flags & re.ASCII:
        return None if all(c.isspace() for c in chars) else frozenset()
    return frozenset(chars | (_ASCII_SPACE if spaces else set()))
