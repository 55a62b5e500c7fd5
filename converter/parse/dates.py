"""Calendar dates as filings write them.

>>> parse_date("November 18, 2002")
datetime.date(2002, 11, 18)
>>> parse_date("Nov. 6, 2002")
datetime.date(2002, 11, 6)
>>> parse_date("18 November 2002")
datetime.date(2002, 11, 18)
>>> parse_date("2002년 11월 18일")
datetime.date(2002, 11, 18)
>>> parse_date("2004年11月12日"), parse_date("平成16年5月14日"), parse_date("民國93年10月8日")
(datetime.date(2004, 11, 12), datetime.date(2004, 5, 14), datetime.date(2004, 10, 8))
>>> parse_date("平成１６年５月１４日"), parse_date("16年5月14日") is None
(datetime.date(2004, 5, 14), True)
>>> parse_date("2002-11-18")
datetime.date(2002, 11, 18)
>>> parse_date("November 2002") is None
True
>>> [(d.value.isoformat(), d.text) for d in find_dates("dated as of November 17, 2003, among")]
[('2003-11-17', 'November 17, 2003')]
>>> parse_date("November 29th , 2007"), parse_date("30th day of August, 2005")
(datetime.date(2007, 11, 29), datetime.date(2005, 8, 30))
>>> parse_date("April, 18th 2005"), parse_date("18th April 2005"), parse_date("April 18th, 2005")
(datetime.date(2005, 4, 18), datetime.date(2005, 4, 18), datetime.date(2005, 4, 18))
>>> parse_date("April, 2005"), parse_date("April, 38th 2005")
(None, None)
>>> parse_date("2007/04/24"), parse_date("11/15/2006"), parse_date("15/11/2006"), parse_date("05/06/2005")
(datetime.date(2007, 4, 24), datetime.date(2006, 11, 15), datetime.date(2006, 11, 15), None)
>>> [d.text for d in find_dates("ref2002-11-18, 2002-11-19, 2002.11.20, 2002/11/21, x2002/11/22")]
['2002-11-19', '2002.11.20', '2002/11/21']
>>> parse_month("For the month of November 2002"), parse_month("For the month of [March], 2003")
((2002, 11), (2003, 3))
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from converter.parse.cjk_numerals import (NUMERAL_COUNT, NUMERAL_DAY, NUMERAL_MONTH, NUMERAL_YEAR, NUMERAL_YEAR_OPENED,
                                          numeral_value)
from converter.parse.eras import era_names_source, era_year
from converter.parse.gates import Gated, GatedSet, fold, folded_text, literal_gates
from converter.parse.match_starts import StemStarts, matches_from, word_offsets
from converter.resources import data_rows


@dataclass(frozen=True)
class FoundDate:
    value: dt.date
    start: int  # offsets in the text searched
    end: int
    text: str


@cache
def month_numbers() -> dict[str, int]:
    """Spelling (lower case) -> month number, from ``data/months.tsv``."""
    table: dict[str, int] = {}
    for number, spellings in data_rows("months.tsv"):
        for spelling in spellings.split(","):
            table[spelling.strip().lower()] = int(number)
    return table


def _latin_month() -> str:
    latin = sorted((s for s in month_numbers() if s[0].isascii()), key=len, reverse=True)
    return "(?P<month>" + "|".join(re.escape(s) for s in latin) + r")(?![a-z])"


def _month_initial() -> str:
    """A lookahead for the first letters of the months' names: the same words are matched, but
    a word that starts with no such letter is passed over at once, not tried against every name."""
    initials = sorted({s[0].lower() for s in month_numbers() if s[0].isascii()})
    return "(?=[" + "".join(re.escape(c) for c in initials) + "])"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = _latin_month()
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    # a year opening a word: "\b" then the year, written as the year's first digits and a look
    # back past them, so that the engine skips to the next "19" or "20" instead of trying "\b"
    # at every position (the same matches: the look back fails where a word character precedes)
    year_opening = r"(?P<year>(?:19|20)(?<!\w..)\d\d)"
    # a day opening a word, written so that the pattern opens with a digit and the engine skips
    # to the next digit (as year_opening): "[0-3]?\d" after "\b", the same lengths tried in the
    # same order (two digits where the first is 0-3, else one)
    day_opening = r"(?P<day>\d(?<!\w.)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"
    return (
        # November 18, 2002 / Nov. 6, 2002 / November 29th , 2007 / April, 18th 2005 (a comma
        # after the month, as a translated Korean form writes an ordinal day)
        re.compile(rf"\b{_month_initial()}{month},?\s*{day}\s*,?\s*{year}\b", re.IGNORECASE),
        # 18 November 2002 / 30th day of August, 2005
        re.compile(rf"{day_opening}\s+(?:day\s+of\s+)?{month},?\s*{year}\b", re.IGNORECASE),
        # 2002년 11월 18일
        re.compile(rf"{year}\s*년\s*(?P<month>1[0-2]|0?[1-9])\s*월\s*{day}\s*일"),
        # 2004年11月12日 (Japanese and Chinese), 平成16年5月14日 / 民國93年10月8日 (era years)
        # (the year, month and day in digits or Chinese numerals: 二〇〇五年三月十八日, 民國九十三年十月八日)
        re.compile(rf"(?:(?P<year>(?:19|20)\d\d|{NUMERAL_YEAR})|(?P<era>{era_names_source()})\s*(?P<era_year>元|\d{{1,3}}|{NUMERAL_COUNT}))"
                   rf"\s*年\s*(?P<month>\d{{1,2}}|{NUMERAL_MONTH})\s*月\s*(?P<day>\d{{1,2}}|{NUMERAL_DAY})\s*日"),  # \d: full-width digits too
        # 2002-11-18 (ISO 8601)
        re.compile(rf"{year_opening}-(?P<month>1[0-2]|0[1-9])-(?P<day>[0-3]\d)\b"),
        # 2002.11.18 / 2002. 11. 18. (Korean and Japanese usage)
        re.compile(rf"{year_opening}\.\s?(?P<month>1[0-2]|0?[1-9])\.\s?(?P<day>[0-3]?\d)\.?(?!\d)"),
        # 2007/04/24 (Taiwanese, Japanese and Korean usage: year first)
        re.compile(rf"{year_opening}/(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)(?![\d/])"),
    )


# Day and month of a slashed date with the year last: 11/15/2006 (US) or 15/11/2006 (UK). Only
# read when a number above 12 says which is the day; 05/06/2005 is left unread.
# (written to open with a digit, as day_opening: "(?<![\d/])[0-3]?\d", which re tries everywhere)
_SLASHED_YEAR_LAST = re.compile(r"(?P<a>\d(?<![\d/].)(?:(?<=[0-3])\d)?)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")


def _slashed_year_last(m: re.Match[str]) -> dt.date | None:
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_value(token: str) -> int | None:
    return month_numbers().get(token.lower(), numeral_value(token))


# Every date pattern below needs a four-digit year or an era's name: text without one holds no date.
# (Every alternative opens with a literal character, so ``re`` skips to those characters instead
# of trying each alternative at every position: "19" and "20" apart, the numeral year opened.)
@cache
def _year_gate() -> re.Pattern[str]:
    return re.compile(rf"19\d\d|20\d\d|{era_names_source()}|{'|'.join(NUMERAL_YEAR_OPENED)}")


@cache
def _year_words() -> tuple[str, ...]:
    """The words one of which every text that ``_year_gate`` finds in holds ("19", "20", an era's
    name, a Chinese numeral year's first two characters): a text without any is not searched
    (``in`` skips through a text faster than the pattern, which no literal opens). None are
    given when a word has a cased letter (``in`` would then need the folded text)."""
    gates = literal_gates(_year_gate())
    if not gates or any(char.upper() != char.lower() for word in gates[0] for char in word):
        return ()
    return gates[0]


# Lines and sentences are searched again by several extractors: remember the short ones
# (bounded, so memory stays flat over a batch; long texts are searched once anyway).
_MEMO_CHARS = 2000


def find_dates(text: str) -> list[FoundDate]:
    """Every full date (day, month and year) in ``text``, in order, without overlaps."""
    words = _year_words()
    if (words and not any(word in text for word in words)) or not _year_gate().search(text):
        return []
    if len(text) <= _MEMO_CHARS:
        return list(_remembered_dates(text))
    return list(scan_dates(text).dates)


@lru_cache(maxsize=4096)
def _remembered_dates(text: str) -> tuple[FoundDate, ...]:
    return ScannedDates.of(text).dates


@dataclass(frozen=True)
class ScannedDates:
    """What one reading of a text found: its dates, and the span of every match of a date pattern
    (also those not read as dates: "February 30", or overlapping a date read first). The spans
    say where a piece of the text, cut out, could be read differently (see
    ``converter.extract.mechanisms.tokens``)."""

    dates: tuple[FoundDate, ...]
    matched: tuple[tuple[int, int], ...]

    @staticmethod
    def of(text: str, folded: str | None = None) -> "ScannedDates":
        """What reading ``text`` finds (``folded``: ``fold(text)``, where the caller has it)."""
        matched: list[tuple[int, int]] = []
        dates = tuple(_search_dates(text, matched, folded))
        return ScannedDates(dates, tuple(matched))


@lru_cache(maxsize=4)  # a whole document's text, asked for by several readers in turn
def scan_dates(text: str) -> ScannedDates:
    """``ScannedDates.of(text)``, remembered for the last few (long) texts; read with the
    document's fold (``folded_text``, made once for all its readers), not a fold of its own."""
    return ScannedDates.of(text, folded_text(text))


class _Taken:
    """Ranges already read as dates, sorted: an overlap test in O(log n), not against each."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


@cache
def _gated_patterns() -> tuple[Gated, ...]:
    """The date patterns, each with the words it needs (a month's name, 년, a dash, a dot...):
    most lines lack some, and a pattern is then not searched at all."""
    return tuple(Gated(pattern) for pattern in _patterns())


@cache
def _gate_table() -> GatedSet:
    """The gates of the patterns after the two that a month's name leads (see ``_passing``)."""
    return GatedSet(_gated_patterns()[_MONTH_LED:])


_MONTH_LED = 2  # month-day-year and day-month-year: ``_patterns()`` begins with them
_MONTH_FIRST = 0  # month-day-year, tried where a month's name begins (``DateStarts.month_starts``)


def _passing(text: str, folded: str) -> list[int]:
    """The indices of the patterns whose gates ``folded`` passes, in order. The two that a
    month's name leads are passed on their year's gate alone ("19", "20"): they are tried only
    where a month's name begins (``DateStarts``), which the passes that find those places tell
    as surely as their gate's words would (one ``in`` for each name, on a text with none)."""
    led = list(range(_MONTH_LED)) if ("19" in text or "20" in text) else []
    return led + [_MONTH_LED + i for i in _gate_table().passing_lazily(folded)]


def _search_dates(text: str, matched: list[tuple[int, int]], folded: str | None = None) -> list[FoundDate]:
    """The dates of ``text`` (``folded``: ``fold(text)``, folded here when not given); the span
    of every pattern's match is added to ``matched``."""
    found: list[FoundDate] = []
    taken = _Taken()
    folded = fold(text) if folded is None else folded
    starts = DateStarts(text, folded)
    for i in _passing(text, folded):
        for m in starts.matches(i):
            matched.append(m.span())
            if taken.overlaps(m.start(), m.end()):
                continue
            try:
                year = numeral_value(m["year"]) if m["year"] else era_year(m["era"], m["era_year"])
                value = dt.date(year, _month_value(m["month"]), numeral_value(m["day"]))  # type: ignore[arg-type]
            except (ValueError, TypeError, IndexError):
                continue  # "February 30" is not a date
            found.append(FoundDate(value, m.start(), m.end(), m.group(0)))
            taken.add(m.start(), m.end())
    if "/" in text:
        for m in matches_from(_SLASHED_YEAR_LAST, text, starts.before_slashes()):
            matched.append(m.span())
            value = _slashed_year_last(m)
            if value and not taken.overlaps(m.start(), m.end()):
                found.append(FoundDate(value, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda d: d.start)


# -- where a date can start -------------------------------------------------------------------
#
# ``re`` skips ahead to a pattern's first literal, but a pattern that opens with a digit is tried
# at every digit, and a month's name matched case-insensitively at every position. Every match
# begins where a few cheap passes say one can: a year opening it ("2002-11-18") is a "19" or "20"
# four characters before its separator; a day opening "18 November 2002" stands just before the
# white space (and "day of") before a month's name; "11/15/2006" opens one or two characters
# before a slash. Each pattern is tried at those positions only, in order, each from where the
# last match ended (``match_starts.matches_from``): what ``finditer`` does, minus positions where
# no match can start, so the matches are the same (``tests/test_date_starts.py`` compares them).

# how the matches of each of ``_patterns()`` are found: "day" (a day before a month's name), a
# separator after a year opening the match, or None (the pattern's own search: a month's name
# opening it is found by its stems, ``DateStarts.month_starts``, a literal by ``re``)
_OPENINGS: tuple[str | None, ...] = (None, "day", None, None, "-", ".", "/")
_DAY_REACH = 4  # characters of a day before its white space: two digits and "st", "nd", "rd", "th"


@cache
def _month_stems() -> tuple[tuple[StemStarts, str | None], ...]:
    """The stems month-day-year opens with (``Gated``'s: "jan", "sep", "1월"...) in two groups:
    those written in ASCII, and the others with a character all of them hold ("월"), or None
    when they share none (then they are always looked for).

    >>> [(stems.stems[:3], held) for stems, held in _month_stems()]
    [(('apr', 'aug', 'dec'), None), (('10월', '11월', '12월'), '월')]
    """
    opening = _gated_patterns()[_MONTH_FIRST].starts
    if opening is None:
        return ()
    latin = tuple(s for s in opening.stems if s.isascii())
    other = tuple(s for s in opening.stems if not s.isascii())
    groups: list[tuple[StemStarts, str | None]] = [(StemStarts(latin), None)] if latin else []
    if other:
        shared = sorted(set(other[0]).intersection(*other), key=lambda c: (c.isascii(), c))
        groups.append((StemStarts(other), shared[0] if shared else None))
    return tuple(groups)


def _ends_a_day(char: str) -> bool:
    """Whether a day ("18", "30th", "2nd", "3rd") can end in ``char``: a digit, or the last
    letter of "st", "nd", "rd", "th" in either case (``str.isdigit`` holds for every character
    ``\\d`` matches, and for a few more)."""
    return char.isdigit() or char in "tdhTDH"


class DateStarts:
    """Where the matches of the date patterns can start in one ``text`` (``folded``: ``fold(text)``)."""

    def __init__(self, text: str, folded: str) -> None:
        self.text, self.folded = text, folded
        self._years: dict[str, list[int]] | None = None  # by the separator after them
        self._months: list[int] | None = None

    def matches(self, i: int) -> Iterator[re.Match[str]]:
        """``_patterns()[i].finditer(text)`` (its gates already passed)."""
        gated, opening = _gated_patterns()[i], _OPENINGS[i]
        if i == _MONTH_FIRST or opening == "day":
            months = self.month_starts()
            if months is None:  # (no stems, or folding changed the offsets)
                return gated.search(self.text, self.folded)
            return matches_from(gated.pattern, self.text, months if i == _MONTH_FIRST else self._days_before(months))
        if opening is None:
            return gated.search(self.text, self.folded)
        return matches_from(gated.pattern, self.text, self.years_before(opening))

    def month_starts(self) -> list[int] | None:
        """Where a month's name can begin in the folded text, in order (all the starts of the
        stems of month-day-year, which opens with the name: what its ``Gated.search`` tries),
        the stems of each group of ``_month_stems`` looked for only when the text holds the
        character they all hold (no "1월" in a text without "월"); None when there are no stems
        or folding changed the offsets."""
        if self._months is None:
            groups = _month_stems()
            if not groups or len(self.folded) != len(self.text):
                return None
            found = [stems.positions(self.folded) for stems, held in groups if held is None or held in self.folded]
            self._months = found[0] if len(found) == 1 else sorted(set().union(*found))
        return self._months

    def years_before(self, separator: str) -> list[int]:
        """Where a "19" or "20" stands four characters before ``separator`` ("-", "." or "/"),
        in order: where "2002-11-18", "2002.11.18" or "2002/11/18" can open."""
        if self._years is None:
            text, self._years = self.text, {}
            for at in sorted(word_offsets(text, "19") + word_offsets(text, "20")):  # (overlapping too: "2019")
                self._years.setdefault(text[at + 4 : at + 5], []).append(at)
        return self._years.get(separator, [])

    def before_slashes(self) -> list[int]:
        """The one or two characters before each slash: where a day or month can open "11/15/2006"."""
        return sorted({at for slash in word_offsets(self.text, "/") for at in (slash - 2, slash - 1) if at >= 0})

    def _days_before(self, months: list[int]) -> list[int]:
        """Where "18 November 2002" or "30th day of August, 2005" can open, given where a month's
        name can begin: the day (up to four characters) ends where the white space before the
        name begins, or before the white space before "day of"."""
        text, folded = self.text, self.folded
        found: set[int] = set()
        for month in months:
            blank = blank_before(text, month)
            if blank == month:
                continue  # the day is followed by white space
            if folded.endswith("of", 0, blank):  # '30th day of August'
                day = blank_before(text, blank - 2)
                if day < blank - 2 and folded.endswith("day", 0, day):
                    before_day = blank_before(text, day - 3)
                    if before_day < day - 3 and _ends_a_day(text[before_day - 1]):
                        found.update(range(max(0, before_day - _DAY_REACH), before_day))
            # (the day ends where the white space begins: a word ending otherwise opens no date)
            if blank > 0 and _ends_a_day(text[blank - 1]):
                found.update(range(max(0, blank - _DAY_REACH), blank))
        return sorted(found)


def blank_before(text: str, end: int) -> int:
    """Where the run of white space ending at ``end`` begins (``end`` when there is none); white
    space as ``re``'s ``\\s`` reads it, which is what ``str.rstrip`` strips."""
    start = end
    while start > 0:
        low = max(0, start - 32)
        kept = text[low:start].rstrip()
        start = low + len(kept)
        if kept:
            break
    return start


def parse_date(text: str) -> dt.date | None:
    """The date ``text`` consists of (surrounding spaces allowed), else None."""
    stripped = text.strip()
    for d in find_dates(stripped):
        if d.start == 0 and d.end == len(stripped):
            return d.value
    return None


@cache
def _month_year_pattern() -> re.Pattern[str]:
    # '[February], 2003': a month typed into a form's placeholder brackets
    return re.compile(rf"\b{_month_initial()}{_latin_month()}\]?\s*,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


_KOREAN_MONTH_YEAR = re.compile(r"((?:19|20)\d\d)\s*년\s*(1[0-2]|0?[1-9])\s*월")


def parse_month(text: str) -> tuple[int, int] | None:
    """(year, month) of the first "Month YYYY" or "YYYY년 M월" in ``text``."""
    m = _month_year_pattern().search(text)
    if m:
        return int(m["year"]), _month_value(m["month"])
    k = _KOREAN_MONTH_YEAR.search(text)
    if k:
        return int(k[1]), int(k[2])
    return None


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
