"""When the signature blocks of a section were signed, where a block prints no date of its own.

A block without a date of its own takes the ``Date:`` line above it in its signature section (or
the date of a block above, with no prose in between, in its own column), else the date of an
execution clause ending the prose above it (``... execute this Agreement as of this 30th day of
August, 2005``), else it is marked as executed "as of the date first above written" (the
agreement's date), else it takes a date set below the blocks (a footer). Split from
``signatures``, which reads the blocks themselves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from converter.extract.mechanisms.signature_lines import Line
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, fold

if TYPE_CHECKING:  # (signatures imports this module: the block's type is for annotations only)
    from converter.extract.mechanisms.signatures import SignatureBlock

TextSpan = tuple[int, int]


class ProseLines:
    """The prose lines of a view, looked up by offset (a long filing has thousands of blocks:
    each one's search must not read every line)."""

    def __init__(self, lines: list[Line]) -> None:
        self.by_end = sorted((ln for ln in lines if ln.kind == "prose"), key=lambda ln: (ln.end, ln.start))
        self.ends = [ln.end for ln in self.by_end]
        self.by_start = sorted(self.by_end, key=lambda ln: ln.start)
        self.starts = [ln.start for ln in self.by_start]

    def last_before(self, offset: int) -> Line | None:
        """The prose line ending last at or before ``offset``."""
        i = bisect.bisect_right(self.ends, offset)
        return self.by_end[i - 1] if i else None

    def first_after(self, offset: int) -> Line | None:
        """The first prose line starting at or after ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.by_start[i] if i < len(self.by_start) else None


class SharedDates:
    """Dates found on the pages (date, span), in order of their spans, looked up by offset."""

    def __init__(self, dates: list[tuple[dt.date, TextSpan]]) -> None:
        self.dates = dates
        self.starts = [d[1][0] for d in dates]

    def last_within(self, floor: int, top: int) -> tuple[dt.date, TextSpan] | None:
        """The last date lying within ``[floor, top]``."""
        for k in range(bisect.bisect_right(self.starts, top) - 1, -1, -1):
            if self.starts[k] < floor:
                return None
            if self.dates[k][1][1] <= top:
                return self.dates[k]
        return None

    def first_within(self, bottom: int, ceiling: int) -> tuple[dt.date, TextSpan] | None:
        """The first date lying within ``[bottom, ceiling]``."""
        for k in range(bisect.bisect_left(self.starts, bottom), len(self.dates)):
            if self.starts[k] > ceiling:
                return None
            if self.dates[k][1][1] <= ceiling:
                return self.dates[k]
        return None


# "as of the day and year first above written", "... the date first written above",
# "... the date set forth above": executed on the agreement's date
_AS_OF_ABOVE = re.compile(r"(?:above\s+written|written\s+above|set\s+forth\s+above)", re.I)
# each paragraph searched only where the words begin (found once in the whole text), not everywhere
_AS_OF_ABOVE_WORDS = Gated(_AS_OF_ABOVE)
# "the undersigned hereby execute this Agreement as of [this] February 14, 2005", "... on March
# 3, 2011" (the date must follow at once: "executed on behalf of" is no date)
_EXECUTED_AS_OF = re.compile(
    r"\b(?:execute[ds]?|executing|signed)\b[^.;]{0,80}?\b(?:as\s+of|on)\s+(?:this\s+|the\s+)?",
    re.IGNORECASE)


def dated(clean: str, block: SignatureBlock, prose_lines: ProseLines, dates: SharedDates,
          clauses: dict[TextSpan, object]) -> SignatureBlock:
    """An undated block takes the nearest date above it with no prose in between (in its own
    column): a date line, or the date of a block above; else the date of the execution clause
    that ends the prose above it; else, when that clause says so, it is marked as executed "as
    of the date first above written"; else it takes a date set below the blocks (a footer)."""
    if block.date is not None:
        return block
    top, bottom = block.span
    prose = prose_lines.last_before(top)
    floor = prose.end if prose else -1
    date = dates.last_within(floor, top)
    if date is None and prose is not None:
        clause = _clause(clean, prose, clauses)
        if clause is True:
            return replace(block, as_of_above=True)
        date = clause  # type: ignore[assignment]
    if date is None:
        after = prose_lines.first_after(bottom)
        ceiling = after.start if after else len(clean)
        date = dates.first_within(bottom, ceiling)
    if date is None:
        return block
    return replace(block, date=date[0], date_span=date[1])


def _clause(clean: str, prose: Line, clauses: dict[TextSpan, object]) -> object:
    """What the paragraph ending on the prose line says of the blocks below it: True for "as of
    the date first above written", else the date of its execution clause, or None; read once
    for all the blocks of a page under it (``clauses``: by the line's span)."""
    key = (prose.start, prose.end)
    if key not in clauses:
        paragraph_start = max(0, prose.start - 400)
        clauses[key] = (_AS_OF_ABOVE_WORDS.first(clean, _folded(clean), paragraph_start, prose.end) is not None
                        or _executed_as_of(clean, paragraph_start, prose.end))
    return clauses[key]


@lru_cache(maxsize=2)  # a section's text, folded once for all its paragraphs (not the document's fold)
def _folded(clean: str) -> str:
    return fold(clean)


def _executed_as_of(text: str, start: int, end: int) -> tuple[dt.date, TextSpan] | None:
    for m in _EXECUTED_AS_OF.finditer(text, start, end):
        dates = find_dates(text[m.end() : m.end() + 40])
        if dates and dates[0].start == 0:
            return dates[0].value, (m.end(), m.end() + dates[0].end)
    return None
