"""Columns of a Korean statement named by the issuer's fiscal term, not by dates.

A Korean company's statements (its audit report, its DART filings, the copies on its own web
pages) head their columns with the number of the fiscal term, "제 17기", "제 16기", and state
each term's dates once, in the lines over the table::

    연결 손익계산서
    제 17 기 2019.01.01 부터 2019.12.31 까지
    제 16 기 2018.01.01 부터 2018.12.31 까지
    단위 : 원
    구분 제 17기 제 16기

The column of "제 17기" is the period its caption line states: a range of dates ("부터 ... 까지",
"~") for a statement of a period, one date "현재" (as at) for a balance sheet's "제 17기말". A
term whose dates no caption states gives no period (the issuer's count of terms tells no year).
"""

from __future__ import annotations

import re

from converter.model import Period
from converter.parse.dates import find_dates

# the issuer's fiscal term: "제 17", maybe "(당)" or "(전)" (current, prior), then "기"
TERM = r"제\s*(?P<n>\d{1,3})\s*(?:\(\s*[당전]+\s*\)\s*)?기"
# a column headed by a fiscal term: "제 17기", "제17 기", "제 17(당)기", or its end "제 16기말"
TERM_HEADING = re.compile(rf"{TERM}(?P<end>\s*말)?")
# a caption line stating a term's dates: the term first, then its dates on the line
_TERM_CAPTION = re.compile(rf"\s*{TERM}\s*(?:말)?\s*[:：]?(?P<dates>[^\n]*)")
# what joins the two dates of a range, and what follows the one date of an instant
_RANGE_JOIN = re.compile(r"\s*(?:부터|~|∼|-|–)\s*")
_AS_AT = re.compile(r"\s*현재")


def term_period(heading: str, captions: list[str]) -> Period | None:
    """The period of the column headed ``heading`` ("제 17기") that a caption line states.

    >>> caps = ["제 17 기 2019.01.01 부터 2019.12.31 까지", "제 16 기 2018.01.01 부터 2018.12.31 까지"]
    >>> str(term_period("제 16기", caps)), term_period("제 15기", caps), term_period("2019", caps)
    ('2018-01-01/2018-12-31', None, None)
    >>> str(term_period("제 17기말", ["제 17 기말 2019.12.31 현재"]))
    '2019-12-31'
    """
    m = TERM_HEADING.fullmatch(heading.strip())
    if m is None:
        return None
    stated = {p for caption in captions if (p := _stated(caption, m["n"])) is not None}
    if len(stated) != 1:
        return None  # none stated, or two lines disagree: no period
    period = stated.pop()
    return Period.instant(period.end) if m["end"] and not period.is_instant else period


def term_caption(line: str) -> bool:
    """Whether a line states a fiscal term's dates, as over a statement: a caption, no title.

    >>> term_caption("제 12 기말 2023.12.31 현재"), term_caption("제3기 정기주주총회 소집공고")
    (True, False)
    """
    m = _TERM_CAPTION.match(line)
    return m is not None and _stated(line, m["n"]) is not None


def _stated(caption: str, number: str) -> Period | None:
    """The dates a caption line states for term ``number``: two dates joined as a range, or one
    date "현재"."""
    m = _TERM_CAPTION.match(caption)
    if m is None or m["n"] != number:
        return None
    dates, text = find_dates(m["dates"]), m["dates"]
    if len(dates) == 2 and dates[0].value < dates[1].value \
            and _RANGE_JOIN.fullmatch(text[dates[0].end:dates[1].start]):
        return Period.duration(dates[0].value, dates[1].value)
    if len(dates) == 1 and _AS_AT.match(text, dates[0].end):
        return Period.instant(dates[0].value)
    return None
