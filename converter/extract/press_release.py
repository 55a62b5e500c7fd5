"""The press-release family extractor: every figure and corporate action the text states.

Order of work: results tables first (their figures are bound by column), then the prose outside
the tables sentence by sentence (press_measures), then corporate actions, listings and people.
Every number left over that is not part of a date, a period name, a phone number, an address
token or an exhibit number is reported as unmapped, with its span, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from functools import cache

from converter.extract.base import DocumentContext, Found
from converter.extract.press_actions import (
    delisting_facts,
    founding_facts,
    listing_facts,
    meeting_facts,
    par_value_facts,
    results_date_facts,
    split_facts,
)
from converter.extract.press_measures import bind_prose
from converter.extract.press_merger import merger_facts
from converter.extract.press_people import contact_facts, spokesperson_facts
from converter.extract.press_tables import bind_table, find_tables
from converter.extract.press_text import YEAR, Collected, Sentence, sentences
from converter.model import Mention, Observation
from converter.parse.dates import find_dates, month_numbers
from converter.parse.amounts import find_amounts
from converter.parse.numbers import Quantity, find_numbers, find_percents
from converter.parse.periods import find_periods

# Tokens whose digits are identifiers, not quantities: e-mail, web, phone, page and exhibit
# markers, and hyphenated or slashed tokens (lot numbers, postal codes, "Seocho-2").
_NOT_QUANTITIES = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|<PAGE>\s*\d*|\bexhibit\s+(?:no\.\s*)?[\d.]+"
    r"|\+?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,}|\b\d+(?:[-/]\w+)+|\b\w+-\d+\b|\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?"
    r"|(?<![\d,.])[0-3]?\d\s*일(?=[\s,.에]|$)",  # "27일 공시했다": a day of the month
    re.IGNORECASE,
)


@cache
def _month_day() -> re.Pattern[str]:
    names = sorted((re.escape(m) for m in month_numbers() if m[0].isascii()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(names)})\.?\s+[0-3]?\d\b(?!\s*[,.]?\s*\d)", re.I)


def _prose(text: str, skip: list[tuple[int, int]]) -> list[Sentence]:
    out, begin = [], 0
    for start, end in sorted(skip):
        out += sentences(text, begin, start)
        begin = max(begin, end)
    return out + sentences(text, begin, len(text))


def extract_press_release(ctx: DocumentContext) -> Found:
    out = Collected()
    tables = find_tables(ctx)
    for table in tables:
        bind_table(ctx, out, table)
    prose = _prose(ctx.text, [(t.start, t.end) for t in tables])
    bind_prose(ctx, out, prose)
    split_facts(ctx, out, prose)
    par_value_facts(ctx, out, prose)
    meeting_facts(ctx, out, prose)
    merger_facts(ctx, out, prose)
    delisting_facts(ctx, out, prose)
    founding_facts(ctx, out, prose)
    results_date_facts(ctx, out, prose)
    listing_facts(ctx, out)
    spokesperson_facts(ctx, out, prose)
    contact_facts(ctx, out)
    unmapped = sorted([*out.unmapped, *_leftovers(ctx, out)], key=lambda m: (m.span.start, m.span.end))
    return Found(_distinct(out.observations), tuple(unmapped),
                 tuple(out.warnings))


def _distinct(observations: list[Observation]) -> tuple[Observation, ...]:
    """One observation per fact: prose and table often state the same figure twice."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for o in observations:
        key = (o.concept, o.value, o.period, o.unit, o.decimals, o.dimensions, o.lang)
        if key not in seen:
            seen.add(key)
            out.append(o)
    return tuple(out)


def _leftovers(ctx: DocumentContext, out: Collected) -> list[Mention]:
    """Numbers of the text that no rule used, with the reason they are listed."""
    text = ctx.text
    skip = [(m.start(), m.end()) for m in _NOT_QUANTITIES.finditer(text)]
    skip += [(m.start(), m.end()) for m in YEAR.finditer(text)]
    skip += [(d.start, d.end) for d in find_dates(text)]
    skip += [(p.start, p.end) for p in find_periods(text, document_date=ctx.document_date)]
    skip += [(m.start(), m.end()) for m in _month_day().finditer(text)]  # "June 30," over year columns
    reported = {(m.span.start, m.span.end) for m in out.unmapped}
    found = []
    amounts = [Quantity(a.value, a.decimals, a.start, a.end, a.text) for a in find_amounts(text)]
    figures = sorted([*amounts, *find_percents(text), *find_numbers(text)],
                     key=lambda q: (q.start, q.start - q.end))
    taken: list[tuple[int, int]] = []
    for q in figures:
        if not re.search(r"\d", q.text):
            continue  # "백만원" in a unit line is a unit, not a figure
        if out.is_used(q.start, q.end) or any(q.start < e and s < q.end for s, e in skip + taken):
            continue
        taken.append((q.start, q.end))
        span = ctx.span(q.start, q.end)
        if (span.start, span.end) not in reported:
            found.append(Mention(q.text, span, "no rule binds this figure to a concept"))
    return found
