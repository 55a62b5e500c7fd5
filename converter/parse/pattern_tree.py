r"""A compiled pattern's own parse tree, read by the analyses that learn from a pattern what its
matches must hold, so that what they learn never drifts from the pattern:

- ``converter.parse.gates``: the words every match holds (a text without them is not searched);
- ``converter.parse.match_starts``: the stems that open every match, and where a pattern anchored
  at a line's start may begin;
- ``converter.parse.openings``: the short strings (two letters, small classes) that open every
  match;
- ``converter.extract.mechanisms.checkbox``: how many characters a match can hold.

The tree is the standard library's (``re._parser``, the parser ``re.compile`` itself uses). It is
not a public interface, so everything here degrades to "nothing known" when it is missing or
reads a pattern differently: each analysis then searches the pattern as ``re`` would, only
slower.

>>> [str(op) for op, _ in parse_tree(re.compile(r"\bfor\s+the"))][:2]
['AT', 'LITERAL']
>>> parse_tree(re.compile(rb"bytes")) is None, parse_tree("(unclosed") is None
(True, True)
>>> folded_literal(ord("F")), folded_literal(ord("前")), folded_literal(ord("É"))
('f', '前', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the regex parser of the standard library; without it nothing is known, and no harm
    import re._parser as _parser
except ImportError:  # pragma: no cover
    _parser = None  # type: ignore[assignment]

ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})  # items that read without consuming
REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
UNBOUNDED = getattr(_parser, "MAXREPEAT", None)  # a repeat's upper bound when it has none


def parse_tree(pattern: re.Pattern[str] | str, flags: int = 0):  # type: ignore[no-untyped-def]
    """The parsed items of ``pattern`` (compiled, or a source read with ``flags``): a sequence
    of ``(op, arg)`` pairs, ``str(op)`` naming the item; None when the parser is missing, the
    pattern is of bytes, or it cannot be read."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    if _parser is None or not isinstance(source, str):
        return None
    return _parsed(source, flags)


@lru_cache(maxsize=4096)
def _parsed(source: str, flags: int):  # type: ignore[no-untyped-def]
    """One parse per pattern: the analyses read each pattern's tree three times on average (its
    gates, stems, openings), and parsing is a tenth of a fresh process's first conversion, which
    every batch worker pays. The tree is shared, so the analyses only read it (none writes)."""
    try:
        return _parser.parse(source, flags)
    except Exception:  # noqa: BLE001  (an unreadable pattern: nothing known, searched as before)
        return None


def read_tree(pattern: re.Pattern[str] | str, analysis, default=None, flags: int = 0):  # type: ignore[no-untyped-def]
    """``analysis(items)`` of ``pattern``'s parse tree (``parse_tree(pattern, flags)``);
    ``default`` when there is none or the analysis fails on an item it was not written for.

    >>> read_tree(re.compile(r"a|b"), len), read_tree(re.compile(r"a"), lambda items: 1 / 0, "?")
    (1, '?')
    """
    items = parse_tree(pattern, flags)
    if items is None:
        return default
    try:
        return analysis(items)
    except Exception:  # noqa: BLE001  (an item the analysis does not know: nothing known)
        return default


def folded_literal(code: int) -> str | None:
    """The character a literal matches, folded as ``converter.parse.gates.fold`` folds a text
    (whatever its case under ``re.IGNORECASE``), or None for a cased non-ASCII letter (whose case
    variants ``fold`` does not promise to equate)."""
    char = chr(code)
    if char.isascii() or char.lower() == char.upper():
        return char.lower()
    return None


def first_item(items: object) -> tuple[str, object] | None:
    """The name and argument of the item a sequence opens with, inside any groups it opens
    with; None for an empty opening group or sequence."""
    while len(items):  # type: ignore[arg-type]
        op, arg = items[0]  # type: ignore[index]
        if str(op) != "SUBPATTERN":
            return str(op), arg
        items = arg[-1]
    return None
