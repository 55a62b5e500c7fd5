"""The fiscal calendar a document states, read once per document for its results tables (their
headings name fiscal periods: "fiscal 2003", "1Q FY2005") and again by their binding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from converter.extract.mechanisms.table_headings import month_alternation, month_number
from converter.parse.fiscal_calendar import stated_fiscal_calendar, statutory_calendar, year_end_unstated
from converter.parse.gates import Gated, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.periods import FiscalCalendar

_FISCAL_WORDS = Gated(re.compile(r"fiscal\s+year|결산", re.I))  # the words of a statement of the fiscal year


@cache
def _fiscal_statement() -> re.Pattern[str]:
    mon = month_alternation()
    return re.compile(
        rf"""fiscal\s+year\s+(?:end(?:ed|ing|s)?|closing)\s+(?:on\s+|in\s+)?   # fiscal year ending
             (?P<m>{mon})(?:\s+(?P<d>[0-3]?\d)(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d\d))?  # March 31, 2004
             (?P<alias>[\s(“"]{{1,4}}(?:fiscal|FY)\s?(?:year\s+)?(?P<a>(?:19|20)\d\d))?  # ("fiscal 2003")
          |(?P<k>1[0-2]|0?[1-9])\s*월\s*결산                                   # 3월 결산
        """, re.I | re.X)


def fiscal_statements(text: str, folded: str) -> Iterator[re.Match[str]]:
    """``_fiscal_statement().finditer(text)`` (``folded``: ``fold(text)``), tried only where
    "fiscal" begins in a text without "결산" (the Korean statement, which opens with its month's
    digits): the pattern opens with no literal ``re`` skips to, so it was tried at every place.

    >>> [m["m"] for m in fiscal_statements("FY: fiscal year ended March 31, 2004", "fy: fiscal year ended march 31, 2004")]
    ['March']
    """
    if "결산" in folded or len(folded) != len(text):  # (folding changed the length: its places are not the text's)
        return _fiscal_statement().finditer(text)
    return matches_from(_fiscal_statement(), text, word_offsets(folded, "fiscal"))


@lru_cache(maxsize=8)  # asked by the tables and again by their binding, of the same document
def document_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal calendar the document states: December unless it says its fiscal year ends
    in another month; then how it names a fiscal year must be stated too ('fiscal year ending
    March 31, 2004 ("fiscal 2003")' names it by the year it starts), else None.

    >>> document_calendar('the fiscal year ending March 31, 2004 ("fiscal 2003")')
    FiscalCalendar(end_month=3, named_by='start')
    >>> document_calendar("Results for the Fiscal Year Ending September 30, 2004") is None
    True
    >>> document_calendar("for the year ended December 31, 2004")
    FiscalCalendar(end_month=12, named_by='end')
    >>> document_calendar("(Rs. in crore) | Q4 FY24 | Q4 FY23")  # no year end stated: the law's
    FiscalCalendar(end_month=3, named_by='end')
    """
    months: list[int] = []
    named: set[str] = set()
    folded = folded_text(text)  # (the document's, folded once for all its readers)
    if not _FISCAL_WORDS.may_match(folded) or _FISCAL_WORDS.first(text, folded) is None:  # (most texts lack "fiscal")
        if year_end_unstated(text):
            return None  # ("2020/21": not December's)
        # ("Q4 FY24" over a table "(Rs. in crore)": the year the law sets, where none is stated)
        statutory = statutory_calendar(text)
        return statutory if statutory is not None and stated_fiscal_calendar(text) == statutory else FiscalCalendar()
    for m in fiscal_statements(text, folded):
        month = int(m["k"]) if m["k"] else month_number(m["m"])
        months.append(month)
        if m["a"] and m["y"]:
            named.add("end" if m["a"] == m["y"] else "start" if int(m["a"]) == int(m["y"]) - 1 else "?")
    if not months or all(month == 12 for month in months):
        return stated_fiscal_calendar(text)  # "the fiscal year runs from April 1 to March 31"
    if len(set(months)) > 1 or len(named) != 1 or "?" in named:
        # "the third quarter of fiscal 2005, the quarter ended December 31, 2004" names it too
        stated = stated_fiscal_calendar(text) if len(set(months)) == 1 else None
        return stated if stated is not None and stated.end_month == months[0] else None
    return FiscalCalendar(months[0], named.pop())
