"""When a disclosure's figure is: the period or instant each labelled value of a board resolution
or disclosure form is placed at (``kinds.resolution`` decides whose it is and calls ``period_of``).

An instant is the date the column or a note of the text gives (before/after an action: the day
before and the day of its record or effective date; ownership after an acquisition: its date),
else the document's date "as of the resolution"; duration figures are the document's; dividends
those of the fiscal year they are paid for, an interim or quarterly one its half's or quarter's.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from converter.extract.base import DocumentContext
from converter.extract.mechanisms.dividends import kind_member, record_part
from converter.extract.mechanisms.item_labels import label_rows
from converter.extract.mechanisms.labelled_items import Item, Labelled
from converter.last_text import LastTextMemory
from converter.model import Period
from converter.parse.dates import find_dates
from converter.parse.periods import FoundPeriod, find_periods
from converter.resources import data_rows

if TYPE_CHECKING:
    from converter.extract.kinds.resolution import _Disclosure


def label_text(v: Labelled) -> str:
    return v.item.label.text if v.item.label else ""


def cells_of(item: Item) -> list:  # type: ignore[type-arg]
    return ([item.label] if item.label else []) + list(item.values)


# -- periods -----------------------------------------------------------------------------------------


_PARENTHESISED = re.compile(r"\s*\([^()]*\)")  # a label's unit or note in parentheses


def period_of(ctx: DocumentContext, doc: _Disclosure, v: Labelled, column: str, period_type: str,
            under: bool) -> Period | str:
    """The period of a value, or why it has none."""
    above = [label_text(v), *doc.reading.labels_above(v.item)]
    fiscal = _fiscal_year(ctx, doc, above)
    if period_type == "instant":
        return _instant(ctx, doc, v, column, above, fiscal)
    if v.concept.startswith("Dividends") or v.concept.endswith("PercentChange") or (under and fiscal):
        if v.concept.startswith("Dividends") and {"interim", "quarterly"}.intersection(doc.dividend_kinds):
            # an interim (중간배당) or quarterly (분기배당) dividend: of the half or quarter that
            # ends on its record date, on its kind's member
            return record_part(doc.record_date, doc.dividend_kinds) or "an interim or quarterly dividend whose record date ends no month"
        found = fiscal or _named_period(ctx, doc, v) or (_dividend_period(ctx, doc) if v.concept.startswith("Dividends")
                                                          else None)
        if found is not None:
            return found
        if v.concept.startswith("Dividends"):  # never the board's date: a dividend is of a fiscal period
            return "the dividend's fiscal period (its year, or its record date and kind) is not stated"
        return "period of the figure not stated"
    if column == "after" or (column == "before" and v.concept != "CommonStockParValuePerShare"):
        return f"value {column} the action: the concept holds one value for the document"
    return ctx.document_period  # a par value before the action is the one the shares have now


def dividend_kind_member(doc: _Disclosure, concept: str) -> tuple[tuple[str, str], ...]:
    """The DividendKindAxis member the form's 배당구분 names, for the dividend concepts."""
    return kind_member(doc.dividend_kinds) if concept.startswith("Dividends") else ()


def _dividend_period(ctx: DocumentContext, doc: _Disclosure) -> Period | str | None:
    """The fiscal period a year-end dividend is for: the one the text states for the issuer
    (a REIT's six months, "당사의 사업연도는 6개월(2031.10.01~2032.03.31)"), else the twelve months
    its record date ends, unless the text states a fiscal period of another length (then why not)."""
    ranges, lengths = _stated_terms(ctx.text, ctx.document_date)
    day = doc.record_date
    ending = {p for p in ranges if day is None or p.end == day}
    if len(ending) == 1:
        return ending.pop()
    if any(n != 12 for n in lengths) or any(not 364 <= (p.end - p.start).days <= 366 for p in ranges):
        return "the issuer's fiscal period is not a year and no period it states ends on the dividend's record date"
    return _record_year(doc)


# how far after a word of the issuer's fiscal period its range or length is read (on its line)
_TERM_REACH = 60


@cache
def _fiscal_term_words() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The words of an issuer's own fiscal period and the counts of months after them
    (``data/fiscal_terms.tsv``)."""
    rows = data_rows("fiscal_terms.tsv")
    term = re.compile("|".join(words for kind, words in rows if kind == "term"), re.I)
    return term, tuple(re.compile(words, re.I) for kind, words in rows if kind == "months")


def _stated_terms(text: str, document_date: dt.date | None) -> tuple[set[Period], list[int]]:
    """The fiscal periods the text states for the issuer (a date range right after a word of its
    fiscal period, "제9기 (2031.04.01 ~ 2031.09.30)") and the lengths in months it states
    ("사업연도는 6개월").

    >>> ranges, months = _stated_terms("5. 당사의 사업연도는 6개월(2031.01.01~2031.06.30)이며, ...", None)
    >>> [str(p) for p in ranges], months
    (['2031-01-01/2031-06-30'], [6])
    """
    term, counts = _fiscal_term_words()
    ranges: set[Period] = set()
    lengths: list[int] = []
    for m in term.finditer(text):
        after = text[m.end():m.end() + _TERM_REACH].split("\n", 1)[0]
        ranges.update(f.period for f in find_periods(after, document_date=document_date)
                      if f.kind == "date_range" and f.period is not None and f.period.start is not None)
        lengths += [int(c["n"]) for pattern in counts for c in pattern.finditer(after)]
    return ranges, lengths


def _record_year(doc: _Disclosure) -> Period | None:
    """The fiscal year of a year-end dividend (결산배당): the twelve months ending on its record
    date (배당기준일), where that date ends a month."""
    day = doc.record_date
    if day is None or (doc.dividend_kind and "final" not in doc.dividend_kinds) or (day + dt.timedelta(days=1)).day != 1:
        return None
    start = dt.date(day.year, 1, 1) if day.month == 12 else dt.date(day.year - 1, day.month + 1, 1)
    return Period.duration(start, day)


def _instant(ctx: DocumentContext, doc: _Disclosure, v: Labelled, column: str, above: list[str],
             fiscal: Period | None) -> Period | str:
    for text in above:
        m = _AS_OF.search(text)
        days = find_dates(m[1]) if m else []
        if days and days[0].start == 0:
            return Period.instant(days[0].value)
        dates = find_periods(m[1], document_date=ctx.document_date) if m else []
        if dates and dates[0].period is not None and dates[0].period.is_instant:
            return dates[0].period
    lead = _table_lead_date(ctx.text, v.start)
    if lead is not None and column not in ("before", "after"):
        if any(_PRIOR.search(text) for text in above[:2]):
            return "holding before the action the table reports, whose date the text does not give"
        return Period.instant(lead)
    if fiscal is not None:
        return Period.instant(fiscal.end)  # type: ignore[arg-type]
    stated = _stated_instant(ctx, label_text(v)) if column not in ("before", "after") else None
    if stated is not None:
        return Period.instant(stated)
    day = ctx.document_date
    if column in ("before", "after"):
        if doc.action_date is None and column == "after":
            return "value after the action, whose date the text does not give"
        if doc.action_date is not None:
            day = doc.action_date - dt.timedelta(days=1) if column == "before" else doc.action_date
    elif v.concept == "OwnershipPercentage" and doc.acquisition_date is not None:
        day = doc.acquisition_date  # type: ignore[assignment]
    if day is None:
        return "no date in the document to place an instant figure at"
    return Period.instant(day)


# the sentence over a table that dates it: "The details of the treasury shares as of May 2, 2031 are as
# follows:" (an English Korean disclosure printed one cell a line under it)
_TABLE_LEAD = re.compile(r"""\bas\s+(?:of|at)\s+(?P<when>[^:;\n]{6,30}?)\s+  # the instant
                             (?:is|are|was|were)\s+as\s+(?:follows|below)\s*:?[ \t]*$  # ending the sentence""",
                         re.I | re.M | re.X)
_CELL_LINE = re.compile(r"[ \t]*(?:\|[^\n]*)?")  # a table's line: a cell's bar opens it (or a blank line)
_PRIOR = re.compile(r"\b(?:prior\s+to|before)\b", re.I)  # a heading of what was held before the action
_LEAD_REACH = 3000  # characters of a table the sentence over it may stand above a value


def _table_lead_date(text: str, start: int) -> dt.date | None:
    """The date the sentence right over the table holding ``start`` gives, where only the table's
    lines (each opening with a cell's bar) stand between them."""
    floor = max(0, start - _LEAD_REACH)
    line_start = text.rfind("\n", floor, start) + 1
    while line_start > floor:
        above = text.rfind("\n", floor, line_start - 1) + 1
        line = text[above:line_start - 1]
        if not _CELL_LINE.fullmatch(line):
            m = _TABLE_LEAD.search(line)
            days = find_dates(m["when"]) if m else []
            return days[0].value if len(days) == 1 and days[0].start == 0 else None
        line_start = above
    return None


def _stated_instant(ctx: DocumentContext, label: str) -> dt.date | None:
    """The date a note elsewhere in the document places the figure of ``label`` at: "The equity
    capital is as of the end of the latest fiscal year (December 31, 2008)"."""
    words = _PARENTHESISED.sub("", label).strip(" :-")
    return _stated_in(ctx.text, words) if len(words) >= 6 else None


def _stated_in(text: str, words: str) -> dt.date | None:
    """``_read_stated_in``, remembered for the last text (``LastTextMemory``): a filing that
    repeats its forms asks for the same label once per form, and scanning the whole text each
    time made it quadratic in its length."""
    return _STATED.answer(text, words)


def _read_stated_in(text: str, words: str) -> dt.date | None:
    pattern = re.compile(re.escape(words).replace(r"\ ", r"\s+") +
                         r"""[^.;\n]{0,40}?\b(?:is|are|was|were|stated|shown)?\s*
                             (?:as\s+(?:of|at)|at\s+the\s+end\s+of|on)\s+(?P<rest>[^;\n]{0,90})""", re.I | re.X)
    for m in pattern.finditer(text):
        dates = [d for d in find_dates(m["rest"]) if d.start <= 60]
        if dates:
            return dates[0].value
    return None


_STATED: LastTextMemory[dt.date | None] = LastTextMemory(_read_stated_in)


@cache
def _latest_year() -> re.Pattern[str]:
    """The @fiscal phrases of ``data/item_labels.tsv``: 'Latest Fiscal Year', '최근 사업연도'."""
    return next(row.pattern for row in label_rows() if row.concept == "@fiscal")


def _fiscal_year(ctx: DocumentContext, doc: _Disclosure, above: list[str]) -> Period | None:
    """The fiscal year a heading names: 'Latest Fiscal Year's Financial Statement' is the year
    (December year end, the Korean norm) that ended before the document's date."""
    for text in above:
        if _latest_year().search(text) and ctx.document_date is not None:
            year = ctx.document_date.year - 1
            return Period.duration(dt.date(year, 1, 1), dt.date(year, 12, 31))
        for found in _fiscal_phrases(text, ctx.document_date):
            if found.period is not None and found.kind == "year" and _FISCAL_WORDS.search(found.text):
                return found.period
    return None


def _fiscal_phrases(text: str, document_date: dt.date | None) -> list[FoundPeriod]:
    """``find_periods(text)`` where ``text`` holds a fiscal word, else []: a phrase's words are
    words of ``text``, so with none in ``text`` no phrase found holds one, and the readers here
    take only a phrase that holds one (most labels and lines hold none)."""
    return find_periods(text, document_date=document_date) if _FISCAL_WORDS.search(text) else []


def _named_period(ctx: DocumentContext, doc: _Disclosure, v: Labelled) -> Period | None:
    """A fiscal year named by the headings above the item, the prose of their sections, the
    lines just before its heading, or the document's first lines."""
    items = doc.reading.items
    above = set(v.item.parents) | {v.heading}
    texts = [c.text for i in sorted(above, reverse=True) for c in cells_of(items[i])]
    texts += [c.text for it in items if it.label is None and it.parents and it.parents[-1] in above
              for c in it.values]
    start = items[v.heading].label.start if items[v.heading].label else v.start
    texts.append(" ".join(ctx.text[max(0, start - 600):start].split()))
    texts += [c.text for it in items[:5] for c in cells_of(it)]
    if v.concept.startswith("Dividends"):  # a note anywhere: "The dividend is for the fiscal year ended ..."
        texts += dividend_sentences(ctx.text)
    for text in texts:
        for found in _fiscal_phrases(text, ctx.document_date):
            if found.period is not None and _a_fiscal_year(found) and _FISCAL_WORDS.search(found.text):
                return found.period
        m = _EARNINGS_OF_YEAR.search(text) if v.concept.startswith("Dividends") else None
        if m:
            year = int(m["year"])
            return Period.duration(dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def _a_fiscal_year(found) -> bool:  # type: ignore[no-untyped-def]
    """A year ("fiscal year 2006"), or twelve months ("the fiscal year ended December 31, 2007")."""
    period = found.period
    if found.kind == "year":
        return True
    return period.start is not None and period.end is not None and 364 <= (period.end - period.start).days <= 366


_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(.{6,30})", re.I)  # a column heading's own instant
_DIVIDEND_SENTENCE = re.compile(r"[^.\n]*(?:\n[^.\n]+)?\bdividends?\b[^.]{0,200}", re.I)
# "the distribution of 2007 earnings": a dividend paid out of a calendar year's earnings
_DIVIDEND_WORD = re.compile(r"\bdividends?\b", re.I)  # what every _DIVIDEND_SENTENCE holds


def dividend_sentences(text: str) -> list[str]:
    """The matches of ``_DIVIDEND_SENTENCE`` in ``text``, in order. A match starts on the line
    of its word of dividends or the line before, after the last full stop: the pattern is tried
    from there, not at every position of the text (where each try reads on to its line's end)."""
    found, pos = [], 0
    while word := _DIVIDEND_WORD.search(text, pos):
        at = word.start()
        newline = text.rfind("\n", pos, at)
        floor = max(pos, text.rfind(".", pos, at) + 1, text.rfind("\n", pos, newline) + 1 if newline >= 0 else pos)
        m = _DIVIDEND_SENTENCE.search(text, floor)
        if m is None:  # never: the word itself starts a match
            break
        found.append(m[0])
        pos = m.end()
    return found


_EARNINGS_OF_YEAR = re.compile(r"\b(?:distribution|appropriation)s?\s+of\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+"
                               r"(?:earnings|profits?|net\s+income)\b", re.I)


_FISCAL_WORDS = re.compile(r"fiscal|financial|business|FY|year\s+ended|회계|사업", re.I)


