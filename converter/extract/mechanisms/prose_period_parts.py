"""The parts of a sentence's periods that ``prose_periods`` reads its figures with: a quarter
compared with a quarter named without its year, the part of a year a comparison names, a period
labelling the figure after its colon, the period a "while ..." clause shares with its sentence, and
the cut-off dates that are no period of figures (split from ``prose_periods``, which grew past 500 lines).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from converter.extract.mechanisms.sentences import Sentence
from converter.model import Period
from converter.parse.period_patterns import KO_OF_FOUR, PRIOR_YEAR_WORDS
from converter.parse.periods import FoundPeriod, find_periods, shift

# "in the", "for": the words that lead a period phrase or end the text before one
LED = re.compile(r"(?:in|for|during)\s", re.I)
OPENED = re.compile(r"[(（]\s*$")
COLON = re.compile(r"\s*[:：]")
# The comparative period of a change in an undated document, as an ISO 8601 duration back from
# the figure's own period (its own stated without a year, the comparison's year is unknown too)
RELATION_OFFSETS = {"prior_year": "-P1Y", "prior_half": "-P6M", "prior_quarter": "-P3M", "prior_month": "-P1M"}


# any day late in a year: two quarters named without their year are read as of the same day, so
# that what lies between them is told (the year itself stays unknown)
_SOME_YEAR_END = dt.date(2001, 12, 31)


def quarters_offset(own: str, compared: str) -> str | None:
    """The offset between two quarters named without their year, where the compared one is the
    quarter before the figure's own ('3분기' against '지난 2분기', 'the third quarter' against 'the
    second quarter') or the same quarter of the year before ('작년 3분기'); else None: a first
    quarter against a fourth, whose years the text leaves unsaid, is not read as the quarter before.

    >>> quarters_offset("3분기", "지난 2분기"), quarters_offset("3분기", "작년 3분기"), quarters_offset("3분기", "1분기")
    ('-P3M', '-P1Y', None)
    """
    read = [[p.period for p in find_periods(phrase, document_date=_SOME_YEAR_END)] for phrase in (own, compared)]
    if any(len(periods) != 1 or periods[0] is None for periods in read):
        return None
    (mine,), (other,) = read
    if mine.start is None or (mine.end - mine.start).days > 95:
        return None  # (a quarter only)
    return next((RELATION_OFFSETS[r] for r in ("prior_quarter", "prior_year") if shift(mine, r) == other), None)


def prior_period_offset(own: str | None) -> str | None:
    """"전기 대비" (against the period before) of a figure whose own period is named without its
    year (``own``): the quarter before a quarter's, the half before a half's, the year before a
    year's; None for any other period (nine months: which period is "before" is not told).

    >>> prior_period_offset("지난 1분기"), prior_period_offset("상반기"), prior_period_offset("3분기 누적")
    ('-P3M', '-P6M', None)
    """
    read = [p.period for p in find_periods(own or "", document_date=_SOME_YEAR_END)]
    if len(read) != 1 or read[0] is None or read[0].start is None:
        return None
    days = (read[0].end - read[0].start).days
    return "-P3M" if 80 <= days <= 95 else "-P6M" if 175 <= days <= 190 else "-P1Y" if 360 <= days <= 370 else None


_PRIOR_YEAR_OPENING = re.compile(rf"^(?:{'|'.join(PRIOR_YEAR_WORDS)})\s*")
_QUARTER_NUMBER = re.compile(rf"(\d)\s*(?:{KO_OF_FOUR}\s*4\s*)?분기")


def cumulative_candidates(own: FoundPeriod, periods: list[FoundPeriod]) -> list[FoundPeriod]:
    """The periods of a sentence ``cumulative_compared`` can read for ``own``: the months to a
    quarter's end, and only for a quarter's figure (the comparisons are asked of these alone,
    a search each, instead of every period of every sentence that sets the text's period)."""
    return [q for q in periods if q.kind == "to_quarter"] if own.kind == "quarter" else []


def cumulative_compared(own: FoundPeriod, compared: list[FoundPeriod]) -> FoundPeriod | None:
    """"3분기 ... 지난해 3분기 누적 대비 39% 증가한": a quarter's figure compared with the year
    before's months to that quarter's end is of this year's months to that quarter too (a
    figure is compared like with like): that period, as the text would name it ("3분기 누적"),
    else None. ``compared``: the sentence's comparative periods.

    >>> own = find_periods("3분기")[0]
    >>> cumulative_compared(own, find_periods("지난해 3분기 누적")).text, cumulative_compared(own, find_periods("지난해 2분기 누적"))
    ('3분기 누적', None)
    """
    number = _QUARTER_NUMBER.search(own.text) if own.kind == "quarter" else None
    for q in compared:
        prior = _PRIOR_YEAR_OPENING.match(q.text)
        if number is None or q.kind != "to_quarter" or prior is None or \
                _QUARTER_NUMBER.search(q.text) is None or _QUARTER_NUMBER.search(q.text)[1] != number[1]:
            continue
        period = shift(q.period, "prior_year", forward=True) if q.period is not None else None
        return dataclasses.replace(q, period=period, text=q.text[prior.end():], relation=None,
                                   needs_year=period is None)
    return None


def a_year(period: Period | None) -> bool:
    """A period longer than a half: a year (or its first nine months)."""
    return period is not None and period.start is not None and (period.end - period.start).days > 200


def part_compared(p: FoundPeriod, own: Period | None) -> Period | None:
    """The period a comparison names: "HKD 0.41, down from HKD 0.46 in 2020" in a text about
    a half year compares the same half of 2020, not the whole year (a part of a year is not
    weighed against a year). Where that part does not fit the year named, None: left out."""
    if p.kind != "year_in" or not LED.match(p.text) or not a_year(p.period) or a_year(own) \
            or own is None or own.start is None or own.end is None or own.end <= p.period.end:
        return p.period
    part = own
    while part.end is not None and part.end > p.period.end:
        part = shift(part, "prior_year")
    inside = part.start is not None and p.period.start <= part.start and part.end <= p.period.end
    return part if inside else None


def labels_figure(s: Sentence, p: FoundPeriod) -> bool:
    """A period phrase opening a parenthesis before a colon labels the figure after the colon
    ("HK$12.7 million (Six months ended 30 June 2018: HK$15.6 million)", "0.31元（2003年上半年：
    0.28元）"): it is that figure's period, not the period of the figure before it."""
    return bool(OPENED.search(s.text, 0, p.start)) and bool(COLON.match(s.text, p.end))


# a clause that goes on in the sentence's period: "posted a loss of X in 2020, ..., while sales rose to Y"
_SHARING_CLAUSE = re.compile(r"\b(?:while|whereas)\b", re.I)


def sentence_period(s: Sentence, own: list[FoundPeriod], start: int, text: str) -> FoundPeriod | None:
    """The one period the sentence named before a figure of a "while ..." clause that names
    none: the clause shares it ("an operating loss of X in 2030, narrowing from Y a year
    earlier, while sales increased to Z"). None where the clause opens no such way, or the
    sentence named several periods before it."""
    opens = [m for m in _SHARING_CLAUSE.finditer(text, s.start, start)]
    if not opens:
        return None
    named = [p for p in own if s.start + p.end <= opens[-1].start()]
    if not named or any(opens[-1].start() <= s.start + p.start < start for p in own):
        return None
    periods = {(p.period, p.text if p.period is None else None) for p in named}
    return named[0] if len(periods) == 1 else None


# "Rs 48 crore in the April-June quarter of last fiscal", "... quarter a year ago": between a part
# of a year and the year before it (``a_year_before``)
_OF_YEAR_BEFORE = re.compile(r"\s*,?\s*(?:of\s+|in\s+)?")
# a year stated in the phrase: "fiscal 2023 a year earlier" is no part of the year before
_STATED_YEAR = re.compile(r"(?:19|20)\d\d|FY\s?\d\d|['’]\d\d", re.I)


def a_year_before(s: Sentence, periods: list[FoundPeriod], after: int, right: int, attached: re.Pattern[str],
                  text: str, resolved_by: Period | None) -> tuple[FoundPeriod, Period | None] | None:
    """"It had reported a net profit of Rs 53.33 crore in the July-September quarter a year ago":
    a part of a year named without its year right after the figure (ending at ``after``; before
    the next one at ``right``), then "a year ago" / "of last fiscal": the figure's own period is
    that part of the year before. The part is dated by the document's date where it is (its
    ``period``), else by the end of ``resolved_by`` (the text's period); no period where neither is.

    >>> t = "PAT was Rs 48 crore in the April-June quarter of last fiscal."
    >>> found = a_year_before(Sentence(0, len(t), t), find_periods(t), 19, len(t), re.compile(r"\\s+in\\s+the\\s+"), t,
    ...                       Period(start=dt.date(2024, 4, 1), end=dt.date(2024, 6, 30)))
    >>> found[0].text, str(found[1])
    ('April-June quarter', '2023-04-01/2023-06-30')
    """
    for p, q in zip(periods, periods[1:]):
        if not after <= s.start + p.start < right or q.relation != "prior_year" or p.relation is not None \
                or _STATED_YEAR.search(p.text) or not _OF_YEAR_BEFORE.fullmatch(s.text, p.end, q.start) \
                or not attached.fullmatch(text, after, s.start + p.start):
            continue
        part = p.period
        if part is None and resolved_by is not None and resolved_by.end is not None:
            again = [r for r in find_periods(p.text, document_date=resolved_by.end) if r.period is not None]
            part = again[0].period if len(again) == 1 else None
        return p, (shift(part, "prior_year") if part is not None and part.end is not None else None)
    return None


# "지난달 28일", "이달 15일": a Korean month phrase followed by a day names that day, not the month
# (not "28일간", a number of days)
_KO_MONTH_WORD_END = re.compile(r"(?:달|월)$")
_KO_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*일(?!\s*(?:간|동안|째))")
# "3월 말까지 공시한", "지난 6일까지 실적을 발표한": a date bounding the reports a count collects
_KO_FILED_BY = re.compile(r"""\s*(?:\d{1,2}\s*일\s*)?(?:까지|기준)\s*   # (28일)까지
    [^,.;\n]{0,24}?(?:공시|발표|제출|내놓|보고서)                            # ... 실적을 공시한""", re.VERBOSE)
# the kinds of phrase such a bound is written as (never a quarter or a half: "3분기까지" is the months to it)
_BOUND_KINDS = ("instant", "relative", "months", "quarter_end")


def cut_off(text: str, p: FoundPeriod) -> bool:
    """A period phrase that names a cut-off date, not a period of figures: a month word with its
    day ("지난달 28일까지 공시한 상장사의 1분기 매출": the 28th bounds the filings counted; the
    figures are the first quarter's), or a date the reports collected were filed by ("3월 말까지
    공시한").

    >>> [cut_off(t, find_periods(t)[0]) for t in ("지난달 28일까지 공시한", "지난달 매출", "3월 말까지 공시한", "3월 말 가입자")]
    [True, False, True, False]
    """
    if _KO_MONTH_WORD_END.search(p.text) and _KO_DAY_AFTER.match(text, p.end):
        return True
    return p.kind in _BOUND_KINDS and _KO_FILED_BY.match(text, p.end) is not None
