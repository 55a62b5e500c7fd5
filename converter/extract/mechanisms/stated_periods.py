"""Figures whose period the text names without its year ("올 1분기" in an article that states no
date): they are reported for the forever period with a ``StatedPeriodAxis`` member holding the
phrase, one member per period however it is written (``stated_member``). Used by the prose
binders once ``prose_periods`` has found no calendar period for a figure."""

from __future__ import annotations

import re

from converter.extract.mechanisms.prose_periods import NOW, Dated, concept_kinds
from converter.model import Period
from converter.parse.dates import month_numbers
from converter.parse.period_patterns import EN_THIS_YEAR, ENGLISH_PERIOD_LEAD, KO_OF_FOUR, THIS_YEAR_LEAD
from converter.parse.periods import FiscalCalendar

STATED_PERIOD_AXIS = "StatedPeriodAxis"



def stated_period(concept: str, dated: Dated, calendar: FiscalCalendar = FiscalCalendar(),
                  year_end_known: bool = True) -> tuple[Period, tuple[tuple[str, str], ...]] | None:
    """Where a figure's period is a phrase without its year ("올 1분기" in an article that
    states no date): the forever period and the ``StatedPeriodAxis`` member holding the phrase as
    printed. The calendar period is unknown, so no period is guessed; the figure stays a figure of
    the period the text names. None for a dated figure, a present-tense one ("now") and an
    instant concept (an instant cannot be reported for forever).

    A yearless phrase means the year of the text whether or not a this-year word leads it (an
    article writes "올 상반기" once and "상반기" after), so the member is the period without that
    word: one period, one member. A last-year word stays (작년 2분기 is another period).

    >>> period, dims = stated_period("Revenues", Dated(None, "올  1분기"))
    >>> period.is_forever, dims
    (True, (('StatedPeriodAxis', '1분기'),))
    >>> stated_period("Revenues", Dated(None, "작년 2분기"))[1]
    (('StatedPeriodAxis', '작년 2분기'),)
    >>> stated_period("Subscribers", Dated(None, "6월말")) is None
    True
    """
    if dated.period is not None or dated.undated in (None, NOW) or concept_kinds()[concept][1] != "duration":
        return None
    return Period.forever(), ((STATED_PERIOD_AXIS, stated_member(dated.undated, calendar, year_end_known)),)


# the hyphen of a period word used as an adjective ("first-quarter", "second-half", "full-year")
_PERIOD_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=(?:quarter|half|year)\b)", re.IGNORECASE)
# a period word capitalized only because it opens a sentence ("First-quarter sales"); a month's
# name keeps its capital
_CAPITAL_AT_SENTENCE_START = re.compile(r"(?:First|Second|Third|Fourth|Fiscal|Year|Quarter|Half|Three|Six|Nine|Twelve|Annual)\b")


def stated_member(phrase: str, calendar: FiscalCalendar = FiscalCalendar(), year_end_known: bool = True) -> str:
    """The member of a period the text names without its year: the phrase less the words that
    do not change the period, so that one period written two ways is one member.

    >>> [stated_member(p) for p in ("올  1분기", "For the year", "in the full year", "first-quarter", "the first quarter")]
    ['1분기', 'year', 'year', 'first quarter', 'first quarter']
    >>> stated_member("작년 2분기")
    '작년 2분기'

    So is a quarter or half named by the month it ends in ("the June quarter", "three months
    ended September 30"):

    >>> [stated_member(p) for p in ("the June quarter", "quarter ended March 31", "six months ended June")]
    ['second quarter', 'first quarter', 'first half']
    >>> [stated_member(p) for p in ("the first six months", "first three months", "first nine months")]
    ['first half', 'first quarter', 'first nine months']
    >>> stated_member("the June quarter", FiscalCalendar(3)), stated_member("quarter ended May 31")
    ('first quarter', 'quarter ended May 31')

    Which quarter a month ends depends on where the fiscal year ends: where the document does not
    say (``year_end_known`` false), the phrase stays as printed rather than a guessed quarter
    ("the December quarter" is the third of a year ending in March, the fourth of a calendar year):

    >>> stated_member("the December quarter", year_end_known=False)
    'December quarter'

    >>> stated_member("the first quarter of this year"), stated_member("first half this year")
    ('first quarter', 'first half')

    A range of months that is a quarter or a half of the fiscal year is that part ("the
    January-March period" is the first quarter of a year ending in December, the fourth of one
    ending in March):

    >>> stated_member("the January-March period"), stated_member("April-June quarter"), stated_member("Jan-Jun period")
    ('first quarter', 'second quarter', 'first half')
    >>> stated_member("January-March period", FiscalCalendar(3)), stated_member("February-April period")
    ('fourth quarter', 'February-April period')

    A Korean quarter is one period however the text leads it ("지난 3분기", "올해 3분기",
    "3분기") or writes its number ("3·4분기", "3/4분기": the third of four), and a range of
    months that is a quarter or a half is that part ("3분기(7~9월)"):

    >>> [stated_member(p) for p in ("지난 3분기", "지난 3·4분기", "7~9월", "1∼6월", "지난해 3분기", "8~10월")]
    ['3분기', '3분기', '3분기', '상반기', '지난해 3분기', '8~10월']
    >>> [stated_member(p) for p in ("3/4분기", "지난해 3ㆍ4분기", "3·4분기까지")]
    ['3분기', '지난해 3분기', '3분기 누적']

    The months to a quarter's end are one period however the text writes them:

    >>> [stated_member(p) for p in ("3분기까지", "올 3분기까지 누적", "3분기 누계", "누적 기준 3분기", "지난해 3분기 누적")]
    ['3분기 누적', '3분기 누적', '3분기 누적', '3분기 누적', '지난해 3분기 누적']
    """
    phrase = THIS_YEAR_LEAD.sub("", " ".join(phrase.split()), count=1)
    if not phrase.isascii():
        phrase = _KO_LAST_LEAD.sub("", phrase, count=1)  # "지난 3분기": the third quarter, as "3분기"
        phrase = _KO_OF_FOUR_QUARTER.sub(r"\g<n>", phrase)  # "3·4분기": the third quarter, as "3분기"
        to_quarter = _KO_TO_QUARTER.fullmatch(phrase)  # "3분기까지", "누적 기준 3분기": "3분기 누적"
        if to_quarter is not None and to_quarter.group(0) != to_quarter["quarter"]:
            phrase = f"{to_quarter['quarter']} 누적"
        return _korean_part_of_range(phrase, calendar) or phrase
    rest = ENGLISH_PERIOD_LEAD.sub("", phrase, count=1) or phrase
    rest = _THIS_YEAR_TAIL.sub("", rest) or rest  # "first quarter this year", as 올해 1분기
    part = _fiscal_part_of_range(rest, calendar) or _first_months(rest) \
        or (_fiscal_part_by_end(rest, calendar) if year_end_known else None)
    if part is not None:
        return part
    words = _PERIOD_WORD_HYPHEN.sub(" ", rest)  # "first-quarter"; not "January-March", a range
    return words[:1].lower() + words[1:] if _CAPITAL_AT_SENTENCE_START.match(words) else words


_THIS_YEAR_TAIL = re.compile(rf"{EN_THIS_YEAR}$", re.IGNORECASE)
# "January-March period", "Apr.-Jun. quarter": a range of months named as a period
_MONTH_RANGE = re.compile(r"(?P<first>[A-Za-z]{3,9})\.?\s*[-–/]\s*(?P<last>[A-Za-z]{3,9})\.?\s+(?:quarter|period|half)")
_PART_NAMES = {3: ("first quarter", "second quarter", "third quarter", "fourth quarter"),
               6: ("first half", "second half")}


def _fiscal_part_of_range(phrase: str, calendar: FiscalCalendar) -> str | None:
    """The quarter or half of the fiscal year a range of months is, named as "the first quarter"
    is ("first quarter"); None for another phrase or range."""
    m = _MONTH_RANGE.fullmatch(phrase)
    months = month_numbers()
    if m is None or m["first"].lower() not in months or m["last"].lower() not in months:
        return None
    first, last = months[m["first"].lower()], months[m["last"].lower()]
    count = (last - first) % 12 + 1
    offset = (first - calendar.end_month - 1) % 12  # months from the fiscal year's first month
    names = _PART_NAMES.get(count)
    return names[offset // count] if names and offset % count == 0 else None


# a quarter or half named by the month it ends in: "the June quarter", "quarter ended June 30",
# "three months to September", "six months ended Dec. 31" (English and Indian business news)
_ENDING_MONTH = re.compile(r"""
    (?:(?P<month_first>[A-Za-z]{3,9})\.?\s+(?P<part_after>quarter)                # June quarter
    | (?P<part>quarter|half[\s-]year|half|(?:three|six|3|6)[\s-]months?)          # quarter, six months
      \s+(?:ended|ending|to|through|until)\s+(?:on\s+)?                           # ended (on)
      (?P<month>[A-Za-z]{3,9})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)                # June (30)""",
    re.IGNORECASE | re.VERBOSE)
_HALF_WORDS = re.compile(r"half|six|6", re.IGNORECASE)


def _fiscal_part_by_end(phrase: str, calendar: FiscalCalendar) -> str | None:
    """The quarter or half of the fiscal year a period named by its last month is ("the June
    quarter" is the second quarter of a year ending in December, the first of one ending in
    March); None for another phrase, or a month no such part ends in."""
    m = _ENDING_MONTH.fullmatch(phrase)
    month = (m["month_first"] or m["month"]).lower() if m else ""
    if m is None or month not in month_numbers():
        return None
    count = 6 if m["part"] and _HALF_WORDS.match(m["part"]) else 3
    elapsed = (month_numbers()[month] - calendar.end_month) % 12 or 12  # months of the fiscal year to its end
    names = _PART_NAMES[count]
    return names[elapsed // count - 1] if elapsed % count == 0 else None


# "the first six months", "first three months": the first half, the first quarter
_FIRST_MONTHS = re.compile(r"first\s+(?P<n>three|six|3|6)[\s-]months?", re.IGNORECASE)


def _first_months(phrase: str) -> str | None:
    """The first quarter or half a count of the year's first months is ("first six months")."""
    m = _FIRST_MONTHS.fullmatch(phrase)
    return None if m is None else "first half" if m["n"].lower() in ("six", "6") else "first quarter"


# "지난 3분기": "지난" (last) before a quarter's number names the quarter of the text's year, as
# "3분기" does ("지난해 3분기", the year before's, is another period: 해 follows 지난)
_KO_LAST_LEAD = re.compile(rf"^지난\s*(?=[1-4]\s*(?:{KO_OF_FOUR}\s*4\s*)?분기)")
# "3·4분기", "3/4분기", "3ㆍ4분기": a quarter's number and its "of four", one quarter as "3분기" writes it
_KO_OF_FOUR_QUARTER = re.compile(rf"(?<!\d)(?P<n>[1-4])\s*{KO_OF_FOUR}\s*4\s*(?=분기)")
# the months to a quarter's end: "3분기까지", "3분기까지 누적", "3분기 누계", "누적 기준 3분기"
_KO_TO_QUARTER = re.compile(r"""(?:누[계적](?:\s*기준(?:으로)?)?\s*)?              # 누적 기준
    (?P<quarter>[1-4]분기)                                                        # 3분기 (its "of four" read before)
    (?:\s*까지\s*(?:의\s*)?(?:누[계적])?|\s*(?:의\s*)?누[계적])?                    # 까지 / 누적""", re.VERBOSE)
# "7~9월", "1∼6월": a Korean range of months
_KO_MONTH_RANGE = re.compile(r"(?P<first>1[0-2]|[1-9])\s*[~∼〜～\-–]\s*(?P<last>1[0-2]|[1-9])\s*월")
_KO_PART_NAMES = {3: ("1분기", "2분기", "3분기", "4분기"), 6: ("상반기", "하반기")}


def _korean_part_of_range(phrase: str, calendar: FiscalCalendar) -> str | None:
    """The quarter or half of the fiscal year a Korean range of months is, named as the text
    names it ("7~9월" -> "3분기" in a year ending in December); None for another phrase."""
    m = _KO_MONTH_RANGE.fullmatch(phrase)
    if m is None:
        return None
    first, last = int(m["first"]), int(m["last"])
    count = (last - first) % 12 + 1
    offset = (first - calendar.end_month - 1) % 12  # months from the fiscal year's first month
    names = _KO_PART_NAMES.get(count)
    return names[offset // count] if names and offset % count == 0 else None
