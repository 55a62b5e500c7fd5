"""What a results table's column headings say: each column's period, unit and role.

A column is read from the heading cells stacked over it (top to bottom, spanning cells
included) and the table's captions (title lines, unit lines, "For the year ended ..."). The
heading words of ``data/table_headings.tsv`` say which columns are changes, change amounts,
shares of a total or note references; the rest must name a period:

>>> import datetime as dt
>>> env = HeadingEnv(dt.date(2005, 7, 28))
>>> str(column_meaning(["2005", "2Q"], [], env).period)
'2005-04-01/2005-06-30'
>>> str(column_meaning(["Jun 30,", "2004", "KRW"], ["For the three months ended (unaudited)"], env).period)
'2004-04-01/2004-06-30'
>>> c = column_meaning(["2005 2Q / 2004 2Q", "Δ%"], [], env); (c.role, str(c.period), str(c.comparative))
('change', '2005-04-01/2005-06-30', '2004-04-01/2004-06-30')
>>> column_meaning(["QoQ"], [], env).relation
'prior_quarter'
>>> str(column_meaning(["2004"], ["FOR THE YEAR ENDED 31ST DECEMBER, 2004"], env).period)
'2004-01-01/2004-12-31'
>>> str(column_meaning(["December 31,", "2004"], [], env).period)
'2004-12-31'
>>> column_meaning(["2Q"], [], HeadingEnv(None)).reason
'the heading names no year and the document no date'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from converter.model import Period
from converter.parse.dates import month_numbers, parse_date
from converter.parse.eras import with_era
from converter.extract.mechanisms.table_fiscal_terms import term_period
from converter.extract.mechanisms.table_heading_dates import (month_day as _month_day, special_form, written_date as _written_date,
                                                             month_year as _month_year, split_year_named)
from converter.extract.mechanisms.table_report_kinds import is_year_month, month_as_end, month_heading, report_period
from converter.extract.mechanisms.table_units import cell_unit, is_unit_cell
from converter.parse.numbers import number_words
from converter.parse.periods import FiscalCalendar, find_periods, fiscal_part, month_end, months_ended
from converter.resources import data_rows


@dataclass(frozen=True)
class HeadingEnv:
    """What the document tells every table: its date and its fiscal calendar (``calendar`` None:
    the fiscal year does not end in December and the document does not say how it names one)."""

    document_date: dt.date | None
    calendar: FiscalCalendar | None = FiscalCalendar()
    era: str | None = None  # the one era the document writes with a year: its headings' bare years are of it


@dataclass(frozen=True)
class Column:
    """One column of figures. ``role``: value (figures of ``period``), change (percent changes
    of ``period`` against ``comparative``, or against the period ``relation`` names), or skip
    (change amounts, shares of a total, note references, unreadable headings: ``reason``)."""

    role: str
    period: Period | None = None
    comparative: Period | None = None
    relation: str | None = None  # prior_year | prior_quarter | prior_half | columns
    currency: str | None = None  # a unit the heading cells state for this column alone
    scale: Decimal | None = None
    percent_stated: bool = False  # the heading says its figures are percentages
    reason: str | None = None


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------


@cache
def heading_words(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(value, whole-cell pattern) rows of one kind of ``data/table_headings.tsv``."""
    return tuple((value, re.compile(rf"(?:{phrase})", re.I))
                 for k, value, phrase in data_rows("table_headings.tsv") if k == kind)


def heading_kind(text: str, kind: str) -> str | None:
    """The value of the first ``kind`` row whose phrase is the whole of ``text``."""
    cleaned = text.strip(" :")
    for value, pattern in heading_words(kind):
        if pattern.fullmatch(cleaned):
            return value
    return None


@cache
def month_alternation() -> str:
    latin = sorted((s for s in month_numbers() if s[0].isascii()), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(s) for s in latin) + r")(?![a-z])"


def month_number(token: str) -> int:
    return month_numbers()[token.lower().rstrip(".")] if token.lower().rstrip(".") in month_numbers() \
        else month_numbers()[token.lower()]


@cache
def _duration_hint() -> re.Pattern[str]:
    mon = month_alternation()
    return re.compile(
        rf"""(?:(?P<c>three|six|nine|twelve|3|6|9|12)[\s-]+months?|(?P<q>quarters?)
               |(?P<h>half[\s-]years?|six[\s-]month\s+periods?)|(?P<y>(?:fiscal\s+)?years?))  # how long
             \s+(?:period\s+)?end(?:ed|ing)                                  # "ended", "ending"
             (?:\s+(?:(?P<m>{mon})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)   # June 30 / June 30th
                    |(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{mon})        # 31st December
                    |(?P<m3>{mon})(?=,?\s+(?:19|20)\d\d)))?                  # Sep. 2004 (month end)
             (?:,?\s*(?P<year>(?:19|20)\d\d)(?!\d))?                         # and its year, if given
        """, re.I | re.X)


@dataclass(frozen=True)
class DurationHint:
    """"Three Months Ended June 30," over year columns: how many months, to which day."""

    months: int
    month: int | None = None
    day: int | None = None
    year: int | None = None

    def period(self, year: int | None) -> Period | None:
        year = year or self.year
        if year is None or self.month is None:
            return None
        day = self.day or month_end(year, self.month).day
        last = min(day, month_end(year, self.month).day)  # "February 29" over a year without one
        return months_ended(self.months, dt.date(year, self.month, last))


@lru_cache(maxsize=1024)  # a table's captions are read again for each of its columns (and rows)
def duration_hints(text: str) -> tuple[DurationHint, ...]:
    return tuple(hint for _, _, hint in duration_phrases(text))


# a Chinese heading of how long the columns' periods are and the day they end: 截至 6 月 30 日止年度
# "the year ended 30 June", 截至2025年6月30日止六個月 "the six months ended 30 June 2025"
_CJK_DURATION = re.compile(
    r"""截至\s*(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?              # "up to", the year if given
        (?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日  # the month and day it ends
        \s*止\s*(?P<len>年度|十二個月|十二个月|九個月|九个月|六個月|六个月|三個月|三个月)  # how long
    """, re.X)
# the months each length word of ``_CJK_DURATION`` names
_CJK_MONTHS = {"年": 12, "十": 12, "九": 9, "六": 6, "三": 3}


def duration_phrases(text: str) -> list[tuple[int, int, DurationHint]]:
    """(start, end, hint) of every "Three Months Ended June 30," (截至6月30日止年度) of ``text``."""
    out = []
    if "截至" in text:  # (a cheap test first: most headings are no Chinese one)
        for m in _CJK_DURATION.finditer(text):
            out.append((m.start(), m.end(), DurationHint(_CJK_MONTHS[m["len"][0]], int(m["m"]), int(m["d"]),
                                                         int(m["year"]) if m["year"] else None)))
    for m in _duration_hint().finditer(text):
        if m["c"]:
            count = int(number_words().get(m["c"].lower(), (m["c"],))[0])
        else:
            count = 3 if m["q"] else 6 if m["h"] else 12
        name = m["m"] or m["m2"] or m["m3"]
        day = m["d"] or m["d2"]
        month = month_number(name) if name else None
        if day and not 1 <= int(day) <= 31:
            continue
        out.append((m.start(), m.end(), DurationHint(count, month, int(day) if day else None,
                                                     int(m["year"]) if m["year"] else None)))
    return out


_YEAR_CELL = re.compile(r"^\s*(?:FY\s?|fiscal\s+(?:year\s+)?|CY\s?|year\s+)?(?P<y>(?:19|20)\d\d)(?:\s*[년年](?:\s*[도度])?)?\s*$", re.I)  # 2004년, 2004年(度)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|['’]\d\d|\d{2}\b")  # "2004", "'04", "04"
_QUARTER_BEFORE_FY = re.compile(r"\b([1-4])Q\s*(FY\s?['’]?\d)")  # "1Q FY2005"
# a heading cell that goes on in the cell below: "Thousands of", "Three months" over "ended"
_ENDS_WITH_OF = re.compile(r"\bof$", re.I)
_ENDS_WITH_DURATION = re.compile(r"\b(?:months?|quarters?|years?|period)$", re.I)
_ENDED_FIRST = re.compile(r"\s*end(?:ed|ing)\b", re.I)
_UNIT_MARKS = re.compile(r"[()\s]|['’]000\b")  # what a unit cell holds besides its unit words
_DIGIT = re.compile(r"\d")


# ---------------------------------------------------------------------------------------------
# Periods in headings
# ---------------------------------------------------------------------------------------------


def _calendar_period(text: str, env: HeadingEnv) -> tuple[Period | None, str | None]:
    """A period a label names within a fiscal year ("FY2004", "3Q03", "2004년 2분기")."""
    if env.calendar is None:
        return None, "the fiscal year does not end in December and the document does not say how it names one"
    cal = env.calendar
    text = with_era(text, env.era)  # "113年第3季" under a title of 民國114年
    found = [p for p in find_periods(text, document_date=env.document_date, fiscal_year_end_month=cal.end_month,
                                     named_by=cal.named_by) if p.period is not None]
    # the period phrase must be the heading, not a word of it ("Note 3 of 2004" is no column)
    if len(found) == 1 and len(found[0].text) < 0.6 * len(text.strip()):
        found = []
    if len(found) != 1:
        if env.document_date is None and not _YEAR_WRITTEN.search(text):
            return None, "the heading names no year and the document no date"
        return None, None
    return found[0].period, None


def _named_periods(text: str, env: HeadingEnv) -> list[Period]:
    cal = env.calendar or FiscalCalendar()
    # a period phrase that is the heading, not a word of a sentence ("2003년 한 해 동안 ...")
    text = with_era(text, env.era)
    return [p.period for p in find_periods(text, document_date=env.document_date,
                                           fiscal_year_end_month=cal.end_month, named_by=cal.named_by)
            if p.period is not None and p.relation is None and len(p.text) >= 0.6 * len(text.strip())]


def heading_period(texts: list[str], hints: list[DurationHint], env: HeadingEnv) -> tuple[Period | None, str | None]:
    """The period a column's heading cells name, with the captions' duration hints (the
    column's own "Three Months Ended" first); else (None, reason)."""
    year = month_day = None
    own: list[DurationHint] = []
    rest = []
    for text in _hint_split(texts):
        y = _YEAR_CELL.match(text)
        md = None if y else _month_day(text)
        day = None if y or md else parse_date(text.rstrip(" ,")) or _written_date(text)
        if y:
            year = int(y["y"])
        elif md:
            month_day = md
        elif day:  # "September 30, 2004": a balance-sheet date, or the end of a duration above
            year, month_day = day.year, (day.month, day.day)
        elif _is_hint_cell(text):
            own += duration_hints(text)
        else:
            rest.append(text)
    if len(rest) == 1 and year is None and month_day is None:
        ended = _month_year(rest[0])
        if ended is not None:  # "Mar-24" alone: a quarter, a half or a year ending that month?
            lengths = {h.months for h in own + hints if h.month is None}
            if len(lengths) != 1:
                return None, "the heading names the month a period ends, not how long it is"
            return months_ended(lengths.pop(), month_end(ended[1], ended[0])), None
    if rest:
        joined = " ".join(([str(year)] if year else []) + rest)
        special = special_form(joined)
        if special is not None:
            return special, None
        joined = _QUARTER_BEFORE_FY.sub(r"Q\1 \2", joined)  # "1Q FY2005" as "Q1 FY2005"
        if env.calendar is not None:  # "Q4 FY2023-24": the year as the calendar names it
            named = split_year_named(joined, env.calendar.end_month, env.calendar.named_by)
            if named is None:
                return None, "the heading names a fiscal year across two calendar years the document's year does not span"
            joined = named
        period, reason = _calendar_period(joined, env)
        if period is not None and len(rest) == 1:
            period = month_as_end(period, {h.months for h in own + hints if h.month is None})
        return period, reason or (None if period else "the heading names no period")
    hints = own + hints
    if year is None:
        whole = [h for h in own if h.year and h.month]
        if whole:
            return whole[0].period(None), None
        return None, "the heading names no year" if own or month_day else "the heading names no period"
    if month_day is not None:
        if not hints:  # "December 31, 2004" alone: a balance sheet date
            return Period.instant(dt.date(year, month_day[0], min(month_day[1], month_end(year, month_day[0]).day))), None
        return DurationHint(hints[0].months, month_day[0], month_day[1]).period(year), None
    dated = [h for h in hints if h.month is not None]
    if dated:
        return dated[0].period(year), None
    if hints and hints[0].months != 12:
        return None, "the heading names a duration but no end date"
    if env.calendar is None:
        return None, "the fiscal year does not end in December and the document does not say how it names one"
    return fiscal_part(year, 1, 12, env.calendar), None


def _hint_split(texts: list[str]) -> list[str]:
    """Each cell that is a duration followed by the month or day it ends ("Quarter ended Mar-24",
    "Year ended 31.03.2024"), as the two cells it would be printed on two lines."""
    out: list[str] = []
    for text in texts:
        m = _duration_hint().match(text.strip())
        end = text.strip()[m.end():].strip(" ,:") if m else ""
        if m and end and (_month_year(end) or _written_date(end)):
            out += [text.strip()[:m.end()], end]
        else:
            out.append(text)
    return out


def _is_hint_cell(text: str) -> bool:
    """"Three Months Ended", "Nine months ended September 30,": a duration heading cell."""
    m = _duration_hint().search(text)
    return m is not None and not text[:m.start()].strip(" (,") and not text[m.end():].strip(" ),:")


# ---------------------------------------------------------------------------------------------
# A column from its heading cells
# ---------------------------------------------------------------------------------------------


def column_meaning(texts: list[str], captions: list[str], env: HeadingEnv,
                   report_months: int | None = None) -> Column:
    """The column under heading cells ``texts`` (top to bottom) of a table with ``captions``;
    ``report_months``: the months of the report kind the table's headings name ("Interim")."""
    currency = scale = None
    kept: list[str] = []
    for text in _joined_units(texts):
        text = _without_noise(text)
        if not text:
            continue
        c, s = cell_unit(text)
        if c is not None or s is not None:
            currency, scale = currency or c, scale or s
            if _unit_only(text):
                continue
        kept.append(month_heading(text) or text)  # "2024/06 HKD(K$)": the unit read, the month kept
    hints = [h for caption in captions for h in duration_hints(caption)]
    hints += [DurationHint(int(months)) for caption in captions
              if (months := heading_kind(caption, "results_length")) is not None]  # "Quarterly Results"
    term = term_period(kept[0], captions) if len(kept) == 1 and "제" in kept[0] else None
    if term is not None:  # "제 17기" under "제 17 기 2019.01.01 부터 2019.12.31 까지"
        column = Column("value", term)
    elif len(kept) == 1 and is_year_month(kept[0]):
        period = report_period(kept[0], report_months)
        column = Column("value", period) if period else Column(
            "skip", reason="the heading names the month a period ends, not how long it is")
    else:
        column = _role(kept, hints, env)
    return Column(column.role, column.period, column.comparative, column.relation, currency, scale,
                  column.percent_stated, column.reason)


def _joined_units(texts: list[str]) -> list[str]:
    """"Thousands of" over "U.S. dollars", "Three months" over "ended": one heading written on
    two lines."""
    out: list[str] = []
    for text in texts:
        if out and (_ENDS_WITH_OF.search(out[-1].strip()) or (
                _ENDS_WITH_DURATION.search(out[-1].strip()) and _ENDED_FIRST.match(text))):
            out[-1] = f"{out[-1].strip()} {text.strip()}"
        else:
            out.append(text)
    return out


def _unit_only(text: str) -> bool:
    """A cell that states a unit and nothing else ("KRW", "HK$ Million", "(KRW bn)")."""
    stripped = _UNIT_MARKS.sub("", text)  # "(RMB'000)": thousands, no figure
    return bool(stripped) and not _DIGIT.search(stripped)


@cache
def _noise() -> re.Pattern[str]:
    phrases = "|".join(f"(?:{p.pattern})" for _, p in heading_words("noise"))
    return re.compile(rf"(?<![\w(])(?:{phrases})(?![\w)])", re.I)


# runs of white space, squashed to one space
_SPACES = re.compile(r"\s+")
# the reason a column (or a row of periods) of forecasts gives for its figures
FORECAST = "a forecast or plan, not a result"


def _without_noise(text: str) -> str:
    return _SPACES.sub(" ", _noise().sub(" ", text)).strip(" ,:")


def heads_label_column(text: str) -> bool:
    """Whether a heading word heads no column of figures: the label column's ('구분', 'Item',
    '項目') or a note on the whole table ('(Unaudited)'), the heading words' ``noise``.

    >>> heads_label_column("구분"), heads_label_column("Item"), heads_label_column("2024")
    (True, True, False)
    """
    return bool(text.strip()) and not _without_noise(text)


def _role(texts: list[str], hints: list[DurationHint], env: HeadingEnv) -> Column:
    if not texts:
        return Column("skip", reason="no heading over the column")
    leaf = texts[-1]
    if any(heading_kind(t, "forecast") for t in texts):
        return Column("skip", reason=FORECAST)
    if any(heading_kind(t, "note") for t in texts):
        return Column("skip", reason="a column of note references")
    comparison = _comparison(texts[:-1] or texts, env)
    if comparison is not None:
        own, comparative = comparison
        if len(texts) > 1 and heading_kind(leaf, "change_percent") is None:
            return Column("skip", reason="a change amount (no concept for it)")
        return Column("change", own, comparative, percent_stated=True)
    relation = next((heading_kind(t, "change") for t in texts if heading_kind(t, "change")), None)
    if relation is not None:
        stated = any("%" in t or "률" in t or "율" in t for t in texts)
        # "3Q03" spanning "Amount | YoY" names the changed period; a bare year over "YoY" does not
        upper = [t for t in texts if not heading_kind(t, "change") and not _YEAR_CELL.match(t)]
        own = heading_period(upper, hints, env)[0] if upper else None
        return Column("change", own, relation=relation, percent_stated=stated)
    if heading_kind(leaf, "change_amount") or heading_kind(leaf, "share"):
        return Column("skip", reason="a change amount or a share of a total (no concept for it)")
    period, reason = heading_period(texts, hints, env)
    if period is None:
        return Column("skip", reason=reason or "the heading names no period")
    return Column("value", period)


_VERSUS = re.compile(r"\s*(?:/|vs\.?|versus|대비|compared\s+(?:with|to))\s*", re.I)


def _comparison(texts: list[str], env: HeadingEnv) -> tuple[Period, Period] | None:
    """"2005 2Q / 2004 2Q", "3Q03 vs. 3Q02", "2003 대비 2004": own period first."""
    for text in texts:
        parts = _VERSUS.split(text)
        if len(parts) != 2:
            continue
        first, second = (_part_periods(p, env) for p in parts)
        if len(first) == 1 and len(second) == 1:
            if "대비" in text:  # "2003 대비 2004": the comparative is named first
                return second[0], first[0]
            return first[0], second[0]
    return None


def _part_periods(text: str, env: HeadingEnv) -> list[Period]:
    year = _YEAR_CELL.match(text)
    if year and env.calendar is not None:
        return [fiscal_part(int(year["y"]), 1, 12, env.calendar)]
    return _named_periods(text, env)


# a quarter or a half named alone: "1Q", "Q3", "2H", "3분기", "상반기"
_QUARTER_OR_HALF = re.compile(r"[1-4]\s?Q|Q[1-4]|[12]\s?H|H[12]|[1-4]\s*분기|[상하]반기", re.I)


@lru_cache(maxsize=4096)  # a pure function of its cells, asked again for every row and line
def is_heading_cell(text: str, env: HeadingEnv) -> bool:
    """A cell that could head a column: a period, a unit, a change word, a year or a date part."""
    if len(text) > 80:
        return False  # a heading cell is a few words; a paragraph is not searched
    cleaned = _without_noise(text)
    if not cleaned:
        return True
    if any(heading_kind(cleaned, k) for k in ("change", "change_amount", "change_percent", "share", "note", "to_date")):
        return True
    if month_heading(cleaned):
        return True  # "2025/06 - Interim HKD(K$)"
    if _YEAR_CELL.match(cleaned) or _month_day(cleaned) or is_unit_cell(cleaned) or parse_date(cleaned.rstrip(" ,")):
        return True
    if _month_year(cleaned) or _written_date(cleaned) or len(_hint_split([cleaned])) == 2:
        return True  # "Sept-2024", "31.03.2024", "Quarter ended Mar-24"
    if special_form(cleaned) is not None or _comparison([cleaned], env) is not None:
        return True
    if duration_hints(cleaned) or _FRAGMENT.fullmatch(cleaned):
        return True
    return bool(_QUARTER_OR_HALF.fullmatch(cleaned)) or bool(_named_periods(cleaned, env))


# a heading phrase broken over lines: "Three months" / "ended" / "June 30,", "Thousands of" / "U.S. dollars"
_FRAGMENT = re.compile(r"(?:(?:three|six|nine|twelve|3|6|9|12)[\s-]+months?|(?:fiscal\s+)?(?:quarter|year|half[\s-]year|period)s?)"
                       r"(?:\s+end(?:ed|ing))?|end(?:ed|ing)|(?:thousands?|millions?|billions?)(?:\s+of)?", re.I)


def is_year_cell(text: str) -> bool:
    """"2004", "FY2004", "2004년": a year alone."""
    return bool(_YEAR_CELL.match(text))


def is_date_part(text: str) -> bool:
    """"June 30,", "Three Months Ended": part of a period, the rest in other cells."""
    cleaned = _without_noise(text)
    return bool(cleaned) and (_month_day(cleaned) is not None or _is_hint_cell(cleaned))


@lru_cache(maxsize=4096)  # a pure function of its cells, asked again for every row and line
def names_period(text: str, env: HeadingEnv) -> bool:
    """A heading cell that names a period or part of one (not only a unit or a change word)."""
    cleaned = _without_noise(text)
    return bool(cleaned) and (bool(_YEAR_CELL.match(cleaned)) or special_form(cleaned) is not None
                              or parse_date(cleaned.rstrip(" ,")) is not None
                              or bool(_QUARTER_OR_HALF.fullmatch(cleaned)) or bool(month_heading(cleaned))
                              or _month_year(cleaned) is not None or _written_date(cleaned) is not None
                              or len(_hint_split([cleaned])) == 2
                              or bool(_named_periods(cleaned, env)))
