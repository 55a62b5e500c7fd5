"""The figures of a document that no reader turned into a fact: the unmapped report.

Computed only when asked (``convert --report``), for every family: each amount, percentage or
number of the text that is not part of a date, a period name, a year, a phone number, an address
token or an identifier, and that no observation's source span covers, is listed with the reason
it is listed; the readers' own mentions (figures they saw but could not place) come with theirs.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from converter.model import Extraction, Mention
from converter.parse.amounts import find_amounts
from converter.parse.dates import find_dates, month_numbers
from converter.parse.numbers import Quantity, find_numbers, find_percents
from converter.parse.periods import find_periods

# Tokens whose digits are identifiers, not quantities: e-mail, web, phone, page and exhibit
# markers, and hyphenated or slashed tokens (lot numbers, postal codes, "Seocho-2").
_NOT_QUANTITIES = re.compile(
    r"""[\w.+-]+@[\w-]+(?:\.[\w-]+)+              # e-mail address
    | (?:https?://|www\.)\S+                       # web address
    | <PAGE>\s*\d*                                 # page marker
    | \bexhibit\s+(?:no\.\s*)?[\d.]+               # exhibit number
    | \+?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}        # telephone number
    | \b\d+(?:[-/]\w+)+ | \b\w+-\d+\b             # lot numbers, postal codes, file numbers
    | \d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?              # time of day
    | (?<![\d,.])[0-3]?\d\s*일(?=[\s,.에]|$)        # "27일 공시했다": a day of the month
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a year names a period, not a quantity
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?!\d|[,.]\d)")


@cache
def _month_day() -> re.Pattern[str]:
    """'June 30,' over a column of years: a day, not a figure."""
    names = sorted((re.escape(m) for m in month_numbers() if m[0].isascii()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names)})\.?\s+[0-3]?\d\b(?!\s*[,.]?\s*\d)", re.IGNORECASE)


def _figures(text: str) -> list[Quantity]:
    amounts = [Quantity(a.value, a.decimals, a.start, a.end, a.text) for a in find_amounts(text)]
    return sorted([*amounts, *find_percents(text), *find_numbers(text)], key=lambda q: (q.start, q.start - q.end))


def _not_figures(text: str, extraction: Extraction) -> list[tuple[int, int]]:
    skip = [(m.start(), m.end()) for m in _NOT_QUANTITIES.finditer(text)]
    skip += [(m.start(), m.end()) for m in _YEAR.finditer(text)]
    skip += [(d.start, d.end) for d in find_dates(text)]
    day = extraction.document_period.end
    skip += [(p.start, p.end) for p in find_periods(text, document_date=day)]
    skip += [(m.start(), m.end()) for m in _month_day().finditer(text)]
    return sorted(skip)


class _Ranges:
    """Sorted, merged ranges with an overlap test in O(log n)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [r[0] for r in merged]
        self.ends = [r[1] for r in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)  # figures come in order and never overlap a kept one


def unmapped_figures(extraction: Extraction) -> tuple[Mention, ...]:
    """The readers' mentions and every figure no fact covers, in document order."""
    document = extraction.document
    text = document.text
    skip = _Ranges(_not_figures(text, extraction))
    used = _Ranges([(o.span.start, o.span.end) for o in extraction.observations if o.span is not None])
    reported = {(m.span.start, m.span.end) for m in extraction.unmapped}
    taken = _Ranges([])
    found = list(extraction.unmapped)
    for q in _figures(text):
        if not any(ch.isdigit() for ch in q.text):
            continue  # "백만원" in a unit line is a unit, not a figure
        if skip.overlaps(q.start, q.end) or taken.overlaps(q.start, q.end):
            continue
        span = document.span(q.start, q.end)
        if used.overlaps(span.start, span.end):
            continue
        taken.add(q.start, q.end)
        if (span.start, span.end) not in reported:
            found.append(Mention(q.text, span, "no rule binds this figure to a concept"))
    return tuple(sorted(found, key=lambda m: (m.span.start, m.span.end)))
