"""The period patterns' matches in a text, read once, and the choice among overlapping phrases.

``converter.parse.periods`` turns each match into a period with the date and the fiscal
calendar it is asked with; what a text holds does not depend on them, so a sentence or a cell
asked again with another date is not searched again (``period_matches``, remembered by text).
Which patterns a text may hold is read from their gate tables (``converter.parse.gates.GatedSet``),
and each pattern that opens with a word is tried only where that word begins
(``converter.parse.match_starts``), or of the short strings its matches open with
(``converter.parse.openings``: "in", "1h"), which also gate it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from converter.parse.gates import Gated, GatedSet, fold
from converter.parse.match_starts import StemStarts
from converter.parse.openings import openings, skipped_to_by_re
from converter.parse.period_patterns import RELATIVE, english, korean

# Sentences and cells are searched again by several binders: remember the short ones (bounded).
MEMO_CHARS = 2000

PeriodMatches = tuple[tuple[tuple[str, re.Match[str]], ...], tuple[tuple[str, re.Match[str]], ...]]


class OpeningGated(Gated):
    """A gated pattern that the strings opening its matches (``converter.parse.openings``)
    gate too, where they say more than its words do (a text that holds none of them holds no
    match: "1H04" needs "1h", "2h", "h1" or "h2", where its words' gate asks only for an "h"),
    and that is tried only where one of them begins (where ``re`` would try it everywhere)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        found = openings(pattern)
        if not found:
            return
        opening = tuple(sorted((o for o in found if not any(p != o and p in o for p in found)),
                               key=lambda o: (-len(o), o)))  # (a text holding "1월." holds "1월")
        first = self.gates[0] if self.gates else ()
        if not first or min(map(len, opening)) > min(map(len, first)):
            # more selective than the first gate of its words ("1h" where that asks for "h"):
            # the opening gate comes first (a table of gated patterns is indexed by it)
            object.__setattr__(self, "gates", (opening, *self.gates))
        if self.starts is None and not skipped_to_by_re(pattern):
            # tried only where an opening begins (two letters too: "in", "at"; fewer places
            # than every position of the text, where re would try it)
            object.__setattr__(self, "starts", _shared_starts(tuple(sorted(found))))


@cache  # one per set of openings: patterns that open alike ("19", "20") share each text's pass
def _shared_starts(stems: tuple[str, ...]) -> StemStarts:
    return StemStarts(stems)


@cache
def gated_patterns() -> tuple[tuple[str, Gated], ...]:
    return tuple((kind, OpeningGated(pattern)) for kind, pattern in (*english(), *korean()))


@cache
def gated_relative() -> tuple[tuple[str, Gated], ...]:
    return tuple((relation, OpeningGated(re.compile(source, re.I))) for relation, source in RELATIVE)


@cache
def gate_tables() -> tuple[GatedSet, GatedSet]:
    """The period patterns and the relative ones, each a table that says at once which of them
    a text may hold (most texts hold the words of a few)."""
    return (GatedSet([g for _, g in gated_patterns()]), GatedSet([g for _, g in gated_relative()]))


def period_matches(text: str) -> PeriodMatches:
    """``scan_period_matches(text)``, remembered for short texts."""
    return _remembered_matches(text) if len(text) <= MEMO_CHARS else scan_period_matches(text)


@lru_cache(maxsize=2048)  # a sentence or cell is asked again with another date or current period
def _remembered_matches(text: str) -> PeriodMatches:
    return scan_period_matches(text)


def scan_period_matches(text: str) -> PeriodMatches:
    """Every match of the period patterns in ``text`` (kind, match), pattern by pattern in their
    order, and of the relative ones (relation, match): what a text holds, whatever the date."""
    folded = fold(text)
    patterns, relative = gated_patterns(), gated_relative()
    named_table, relative_table = gate_tables()
    named = tuple((patterns[i][0], m) for i in named_table.passing(folded)
                  for m in patterns[i][1].search(text, folded))
    related = tuple((relative[i][0], m) for i in relative_table.passing(folded)
                    for m in relative[i][1].search(text, folded))
    return named, related


class _Spanned(Protocol):
    start: int
    end: int


Phrase = TypeVar("Phrase", bound=_Spanned)


def longest_first(candidates: list[Phrase]) -> list[Phrase]:
    """The candidates that no longer (or as long and earlier, or as long and found first) one
    overlaps, in order of their start: a sorted list of the chosen, so each is tested against
    its neighbours only, not against every one chosen."""
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, c.start))
    chosen: list[Phrase] = []
    if any(c.start >= c.end for c in candidates):  # (no pattern matches nothing; were one to)
        for c in ordered:
            if not any(c.start < o.end and o.start < c.end for o in chosen):
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)
    starts: list[int] = []
    ends: list[int] = []
    for c in ordered:
        i = bisect.bisect_left(starts, c.start)
        # the chosen do not overlap each other: only the one starting before c, and the one
        # starting at or after it, can overlap c
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
