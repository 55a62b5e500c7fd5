"""A release's dateline: the date after its place (and before a dash, the wire's name allowed
between), or between dashes near the start of the text (``anchors``' family layouts read it)."""

from __future__ import annotations

import re
from collections.abc import Container

from converter.extract.located import Located
from converter.extract.mechanisms.tokens import dates_between

# a dateline's dash, after the wire's name if any: 'May 2, 2005 --', 'Nov. 27, 2007 (PRIME
# NEWSWIRE) --', 'March 3, 2005 /PRNewswire/ --'
_DATELINE_END = re.compile(r"[ \t,]*(?:\([A-Z][^()\n]{1,40}\)|/[^/\n]{1,40}/)?[ \t]*(?:-{1,2}|[\u2013\u2014])(?:\s|[A-Z(])")


def dateline_date(text: str, skip: Container[int] = frozenset()) -> Located | None:
    """The date of a dateline: at most a place before it on its line, a dash after it (not the
    dash of a range of dates: 'August 20, 2001 - November 28, 2002')."""
    for found in dates_between(text, 0, 3000):
        dash = _DATELINE_END.match(text, found.end)
        if not dash or found.start in skip:
            continue
        before = text[text.rfind("\n", 0, found.start) + 1 : found.start]
        after = dates_between(text, dash.end() - 1, dash.end() + 30)
        if len(before) <= 80 and ":" not in before and not (after and after[0].start <= 1):
            return Located(found.value, found.start, found.end)
    return None


# what stands before a dateline's date that dashes set off: an opening dash, maybe the place
# ('- KYOTO, Japan, May 9, 2024 -'), or the place and a dash, maybe the wire's name between
# dashes after it ('OSAKA -- May 2, 2019 --', 'OSAKA--(WIRE NEWS)--May 2, 2019--')
_DASH = r"(?:-{1,2}|[\u2013\u2014])"
_PLACE = r"[A-Z][A-Za-z.'’ ]{0,40}(?:,[ \t]*[A-Z][A-Za-z.'’ ]{0,30}){0,2}"
_BEFORE_DASHED_DATE = re.compile(
    rf"""[ \t]*(?:{_DASH}[ \t]*(?:{_PLACE},[ \t]*)?           # an opening dash, the place after it
                 | {_PLACE}[ \t]*{_DASH}[ \t]*                 # the place, a dash
                   (?:\([^()\n]{{1,40}}\)[ \t]*{_DASH}[ \t]*)?)  # the wire's name between dashes
    """, re.VERBOSE)
_AFTER_DASHED_DATE = re.compile(rf"[ \t]*{_DASH}(?:\s|$|[A-Z(])")


def dashed_dateline(text: str) -> Located | None:
    """A dateline's date between dashes near the start of the text: a release's own date,
    whatever dates its tables print alone on their lines before or after it."""
    for found in dates_between(text, 0, 3000):
        line_start = text.rfind("\n", 0, found.start) + 1
        if (_BEFORE_DASHED_DATE.fullmatch(text, line_start, found.start)
                and _AFTER_DASHED_DATE.match(text, found.end)):
            return Located(found.value, found.start, found.end)
    return None
