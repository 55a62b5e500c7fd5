"""The title of a results summary (a Japanese kessan tanshin in English, and results summaries
written after it): "Consolidated Financial Results for the Fiscal Year Ended March 31, 2006",
"Non-Consolidated Financial Results for the Six Months Ending September 30, 2005". It names the
period the summary reports on, and in a flattened copy (the whole header on one line, after the
release date) no line of its own makes it a title for ``extract.title``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from converter.parse.dates import find_dates
from converter.parse.gates import Gated, fold

HEAD = 1500  # the header of a summary: date, title, company name, code

_TITLE = re.compile(
    r"""(?:(?:Summary\s+of\s+)?(?:(?:Consolidated|Non-?\s?Consolidated|Unconsolidated)\s+)?)  # its scope
        (?:Financial\s+Results|Business\s+Results)\s+   # the summary's name
        for\s+the\s+(?P<span>fiscal\s+year|year|(?:first|second|third)\s+quarter|   # its period
          (?:three|six|nine|twelve)\s+months|first\s+half|interim\s+period|half[-\s]year)
        (?:\s+of\s+(?:the\s+)?fiscal\s+year\s+\S+)?                            # "of fiscal year 2005"
        \s+end(?:ed|ing)\s*:?\s*""", re.I | re.X)

# the words every title holds ('results', 'for', 'end'...): a head without them is read no further
_TITLE_GATE = Gated(_TITLE)

_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "first half": 6, "interim period": 6, "half-year": 6,
           "half year": 6, "fiscal year": 12, "year": 12}


@lru_cache(maxsize=4)  # asked for the title and again for the period of the same document
def results_title(text: str) -> tuple[str, int, int, dt.date, dt.date] | None:
    """(title, start, end, first day, last day) of a results summary's title in the head.

    >>> results_title("November 12, 2004 Non-Consolidated Financial Results for the Fiscal Year "
    ...               "Ending September 30, 2004 Company name: Example Co., Ltd.")[0::3]
    ('Non-Consolidated Financial Results for the Fiscal Year Ending September 30, 2004', datetime.date(2003, 10, 1))
    >>> results_title("Consolidated Financial Results for the Six Months Ended September 30, 2005\\n")[3:]
    (datetime.date(2005, 4, 1), datetime.date(2005, 9, 30))
    >>> results_title("Consolidated Financial Results for the First Quarter Ended June 30, 2006")[3:]
    (datetime.date(2006, 4, 1), datetime.date(2006, 6, 30))
    >>> results_title("our financial results for the year were strong") is None
    True
    >>> results_title("Example Inc. announced its Financial Results for the Third Quarter Ended "
    ...               "September 30, 2007.") is None  # a sentence's words, not a title
    True
    """
    head = min(len(text), HEAD)
    folded = fold(text[:head])
    if not _TITLE_GATE.may_match(folded):
        return None  # a match lies within the head: it holds the words of the title
    m = next((m for m in _titles(text, folded, head) if _stands_as_title(text, m.start())), None)
    if m is None:
        return None
    dates = find_dates(text[m.end():m.end() + 40])
    if not dates or dates[0].start != 0:
        return None
    end = dates[0].value
    words = " ".join(m["span"].lower().split())
    months = 3 if "quarter" in words else next(n for key, n in _MONTHS.items() if words.startswith(key))
    first = end.replace(day=1)
    for _ in range(months - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    if (end + dt.timedelta(days=1)).day != 1:
        return None  # a period ends on a month's last day
    title_end = m.end() + dates[0].end
    return text[m.start():title_end], m.start(), title_end, first, end


def _titles(text: str, folded: str, end: int) -> Iterator[re.Match[str]]:
    """``_TITLE.finditer(text, 0, end)`` (``folded``: ``fold(text[:end])``), tried by the gate only
    where the title's opening words begin (``Gated`` reads them from the pattern: its scope's, else
    its name's): the pattern opens with optional words, so ``re`` would try every position. (The
    head is cut at ``end``: a pattern reads a text cut there as it reads the text to ``end``.)"""
    return _TITLE_GATE.search(text[:end], folded)


def _stands_as_title(text: str, start: int) -> bool:
    """A title opens its line, or follows the release date on a flattened header line, and
    begins with a capital."""
    if not text[start].isupper():
        return False
    before = text[text.rfind("\n", 0, start) + 1:start].strip(" \t|")
    dates = find_dates(before)
    return not before or (len(dates) == 1 and dates[0].start == 0 and not before[dates[0].end:].strip(" ,|"))
