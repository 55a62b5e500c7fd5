"""The press-release family extractor: every figure and corporate action the text states.

Order of work: results tables first (their figures are bound by column), then the prose outside
the tables sentence by sentence (dividends by kind in mechanisms.dividends, then every other
measure in mechanisms.prose_measures), then corporate actions and people
(listings are read by ``mechanisms.listings`` on every kind of document).
Figures a rule saw but could not place are reported as unmapped with their reason; every other
figure no fact covers is listed by ``mechanisms.leftovers`` when a report is asked for.
"""

from __future__ import annotations

from converter.extract.base import DocumentContext, Found
from converter.extract.mechanisms.corporate_actions import (
    delisting_facts,
    founding_facts,
    meeting_facts,
    par_value_facts,
    results_date_facts,
    split_facts,
    treasury_facts,
)
from converter.extract.mechanisms.dividends import dividend_facts
from converter.extract.mechanisms.prose_measures import bind_prose
from converter.extract.mechanisms.prose_periods import ProsePeriods
from converter.extract.mechanisms.merger_prose import merger_facts
from converter.extract.mechanisms.officers_prose import officer_facts
from converter.extract.mechanisms.contacts import contact_facts
from converter.extract.mechanisms.spokespersons import spokesperson_facts
from converter.extract.mechanisms.table_binding import bind_tables
from converter.extract.mechanisms.tables import find_tables
from converter.extract.mechanisms.sentences import Collected, Sentence, sentences


def _prose(text: str, skip: list[tuple[int, int]]) -> list[Sentence]:
    out, begin = [], 0
    for start, end in sorted(skip):
        out += sentences(text, begin, start)
        begin = max(begin, end)
    return out + sentences(text, begin, len(text))


def extract_press_release(ctx: DocumentContext) -> Found:
    out = Collected()
    tables = find_tables(ctx)
    bind_tables(ctx, out, tables)
    prose = _prose(ctx.text, [(t.start, t.end) for t in tables])
    periods = ProsePeriods(ctx, prose)  # the document's calendar and anchors, read once for both
    dividend_facts(ctx, out, prose, periods.restarted())  # first: a dividend's kind decides its fact
    bind_prose(ctx, out, prose, periods.restarted())
    split_facts(ctx, out, prose)
    par_value_facts(ctx, out, prose)
    meeting_facts(ctx, out, prose)
    merger_facts(ctx, out, prose)
    delisting_facts(ctx, out, prose)
    founding_facts(ctx, out, prose)
    results_date_facts(ctx, out, prose)
    treasury_facts(ctx, out, prose)
    spokesperson_facts(ctx, out, prose)
    officer_facts(ctx, out, contact_facts(ctx, out))
    unmapped = sorted(out.unmapped, key=lambda m: (m.span.start, m.span.end))
    # A figure stated twice (prose and table) is two observations of one fact: map merges them,
    # and the report sees both places as used.
    return Found(tuple(out.observations), tuple(unmapped), tuple(out.warnings))
