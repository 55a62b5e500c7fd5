r"""The short strings that open every match of a pattern, read from the pattern itself.

Searching a sentence, ``re`` tries a pattern at every position of it when the pattern opens with
``\b``, a look-behind, an optional word or a word matched case-insensitively: it has no
character to skip to. Yet every match of such a pattern opens with one of a few short strings
that the pattern spells: "the" or "yea" for ``\b(?:the\s+)?year\s+(?:19|20)\d\d``, "1h", "2h",
"h1" or "h2" for ``\b(?:[12]H|H[12])``. ``openings`` reads them (so they never drift from the
pattern), folded as ``converter.parse.gates.fold`` folds a text. They serve twice: a text none
of them is in holds no match (a gate: "1H04" needs one of those four, where the gate of the
pattern's words asks only for an "h"), and the pattern need be tried only where one begins
(``converter.parse.match_starts.StemStarts``), as ``finditer`` would try it, minus the
positions where no match can open. They reach past an optional word before the first required
one, through a group, and over a class of few characters (``[1-4]Q``);
``converter.parse.match_starts.leading_stems`` keeps those that are rare enough to try a
pattern at (none of one or two letters: "in", "at" stand everywhere).

>>> import re
>>> sorted(openings(re.compile(r"\b(?:the\s+)?year\s+(?:19|20)\d\d", re.I)))
['the', 'yea']
>>> sorted(openings(re.compile(r"\b(?:(?P<hn>[12])H|H(?P<hn2>[12]))\s?\d\d", re.I)))
['1h', '2h', 'h1', 'h2']
>>> openings(re.compile(r"\b(?P<d>[0-3]?\d)\s+June"))  # a digit of any script: unknown
>>> skipped_to_by_re(re.compile(r"截至\s*\d")), skipped_to_by_re(re.compile(r"\bQ[1-4]", re.I))
(True, False)
>>> skipped_to_by_re(re.compile(r"19|20|平成")), skipped_to_by_re(re.compile(r"(?P<y>19|20)|平成"))
(True, False)
"""

from __future__ import annotations

import re

from converter.parse import gate_table
from converter.parse.pattern_tree import REPEATS, ZERO_WIDTH, first_item, folded_literal, parse_tree, read_tree

_LONGEST = 3  # characters of an opening kept: enough to be rare, few enough to stay a short list
_MOST = 64  # more openings than this: none are given (a long list gates nothing)
_CLASS_MOST = 16  # a character class of more characters than this opens anywhere

# an opening, and whether it is all the item matched (so the next item's openings continue it)
_Run = frozenset[tuple[str, bool]]


def _sequence(items: object) -> _Run | None:
    """The openings of a sequence of items: every match of it begins with one of them."""
    run: set[tuple[str, bool]] = {("", True)}
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in ZERO_WIDTH:
            continue  # reads without consuming: the next item opens the match
        item = _item(name, arg)
        if item is None:  # what follows is unknown: the strings so far open every match
            return None if any(not opening for opening, _ in run) else frozenset((o, False) for o, _ in run)
        grown: set[tuple[str, bool]] = set()
        for opening, whole in run:
            if not whole or len(opening) >= _LONGEST:
                grown.add((opening, False))
                continue
            for more, more_whole in item:
                joined = opening + more
                grown.add((joined[:_LONGEST], more_whole and len(joined) <= _LONGEST))
        run = grown
        if len(run) > _MOST:
            return None
        if not any(whole for _, whole in run):
            break
    return frozenset(run)


def _item(name: str, arg: object) -> _Run | None:
    """The openings of one item ("" where it may match nothing), or None when unknown."""
    if name == "LITERAL":
        char = folded_literal(arg)  # type: ignore[arg-type]
        return None if char is None else frozenset({(char, True)})
    if name == "IN":
        chars = _class_chars(arg)
        return None if chars is None else frozenset((c, True) for c in chars)
    if name == "SUBPATTERN":
        return _sequence(arg[-1])  # type: ignore[index]
    if name == "BRANCH":
        found: set[tuple[str, bool]] = set()
        for branch in arg[1]:  # type: ignore[index]
            openings = _sequence(branch)
            if openings is None:
                return None
            found |= openings
        return frozenset(found)
    if name in REPEATS:
        low, high, body = arg  # type: ignore[misc]
        openings = _sequence(body)
        if openings is None:
            return None
        if high != 1:  # repeated, the body matches more than its openings
            openings = frozenset((o, False) if o else (o, w) for o, w in openings)
        return openings | {("", True)} if low == 0 else openings
    return None  # a category (\d: digits of every script), any character, a back-reference


def _class_chars(members: object) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in members:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            codes = [arg]
        elif name == "RANGE" and arg[1] - arg[0] < _CLASS_MOST:  # type: ignore[index]
            codes = list(range(arg[0], arg[1] + 1))  # type: ignore[index]
        else:
            return None  # a negated class, a category, a wide range
        for code in codes:
            char = folded_literal(code)
            if char is None:
                return None
            chars.add(char)
    return chars if len(chars) <= _CLASS_MOST else None


def sequence_openings(items: object) -> frozenset[str] | None:
    """The folded strings one of which opens every match of the sequence ``items`` (a parsed
    pattern's items, or the rest of them past an anchor); None when unknown or when one is empty."""
    found = _sequence(items)
    if not found or any(not opening for opening, _ in found):
        return None
    return frozenset(opening for opening, _ in found)


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The folded strings (up to three characters) one of which opens every match of
    ``pattern``; None when unknown, when one is empty, or when one is a single ASCII character
    (a digit, a letter: it stands everywhere, and ``re`` tries the pattern as fast). From the
    committed table of what the analysis learnt (``converter.parse.gate_table``), else from the
    pattern's tree."""
    known = gate_table.known(pattern)
    return known.openings if known is not None else read_openings(pattern)


def read_openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """``openings`` read from ``pattern``'s parse tree."""
    strings = read_tree(pattern, sequence_openings)  # (an unreadable pattern is simply searched as before)
    if not strings or any(len(s) == 1 and s.isascii() for s in strings):
        return None
    return strings


def skipped_to_by_re(pattern: re.Pattern[str]) -> bool:
    """Whether ``re`` itself skips to the pattern's possible starts: it opens (no ``\\b`` or
    look-around first) with a literal, a branch or a class, of characters matched as they
    stand (case-sensitively, or characters without case: 前, 截); trying it only at its
    openings' positions would be no faster. From the committed table (``openings`` says)."""
    known = gate_table.known(pattern)
    return known.skipped if known is not None else read_skipped_to_by_re(pattern)


def read_skipped_to_by_re(pattern: re.Pattern[str]) -> bool:
    """``skipped_to_by_re`` read from ``pattern``'s parse tree."""
    first = first_item(parse_tree(pattern) or ())
    if first is None or first[0] not in ("LITERAL", "BRANCH", "IN"):
        return False
    if first[0] == "BRANCH" and not all(len(b) and str(b[0][0]) == "LITERAL" for b in first[1][1]):  # type: ignore[index]
        # re skips to the characters a branch opens with only when each alternative opens with
        # a literal (no group, class or look-around first): else it tries them at every position
        return False
    found = read_openings(pattern)
    return not pattern.flags & re.IGNORECASE or (found is not None and all(o[0].lower() == o[0].upper() for o in found))
