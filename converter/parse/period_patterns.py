"""The phrases that name a reporting period, English, Korean, Japanese and Chinese.

Each pattern is a (kind, regex) pair; ``converter.parse.periods`` turns a match into a period by
its kind and named groups:

    y / yy        a year (``yy`` two digits before a Korean quarter: '03.2/4분기)
    rel           a year named relative to the document date (올해, 작년, 지난해)
    n / qn        a quarter, spelled (first) or in digits (3Q02, 3/4분기)
    h / hn / kh   a half (first half, 1H03, 상반기)
    c             a count of months (nine months ended ...)
    m, d / m2, d2 a month and day, month first or day first (June 30 / 30 June)
    m1, m2m       a range of months (1~9월)
    q1, q2        a range of quarters (1~3분기)
    this / yend   the year the text is about, its end
    before_this   the fiscal year before the one the text is about (직전사업연도)
    thisq         the quarter the text is about
    fy / q        a year or quarter ended on a date
"""

from __future__ import annotations

import re
from functools import cache

from converter.parse.cjk_numerals import NUMERAL_COUNT, NUMERAL_DAY, NUMERAL_MONTH, NUMERAL_YEAR
from converter.parse.dates import month_numbers
from converter.resources import data_rows

ORD = r"(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)"
YEAR = r"(?P<y>(?:19|20)\d\d)"
YY = r"(?P<y>(?:19|20)\d\d|['’]?\d\d)"
# "for 2003," names the year; "for 2003-2005", "in 2002 and 2003", "in 2,003", "for 2004/05", "in
# 2003 to 2005" do not; "from HKD 4,321 million in 2023 to HKD 4,012 million in 2024" names 2023.
NOT_A_RANGE = r"(?!\d|[,.]\d|\s*[-–~/]|\s*and\b|\s*(?:to|through)\s+(?:(?:fiscal|year|FY)\s*)?['’]?\d)"
# the mark between a quarter's number and its "4" (of four): 3/4분기, 3·4분기, 3.4분기, 3ㆍ4분기 (the
# Hangul letter araea U+318D, which Korean news types for the middle dot), 3∙4분기 (the bullet
# operator U+2219, typed for it too)
KO_OF_FOUR = r"[/·.・\u318d\u2219]"
# a quarter's number the way Korean writes it: 3분기, or with its "of four" (KO_OF_FOUR). Not the last digit of
# a count ("33분기 연속": 33 quarters), nor a count of quarters itself: "4분기 연속" (four quarters
# in a row), "3분기째" (the third quarter running), "5분기 만에" (for the first time in five
# quarters); not "1분기 동안", which is as often "during the first quarter" as "for one quarter"
KO_QUARTER = rf"""(?<!\d)(?P<qn>[1-4])\s*(?:{KO_OF_FOUR}\s*4\s*)?분기(?!\s*(?:연속|째|만에))"""
# the Korean words for the year of the text ("this year") and for the year before it
THIS_YEAR_WORDS = ("올해", "올", "금년")
PRIOR_YEAR_WORDS = ("작년", "지난해", "전년")
# what may follow such a word before the period it qualifies: 올해 들어, 올해의
_KO_REL_TAIL = r"\s*(?:들어\s*)?(?:의\s*)?"
# a year named by such a word (올 only before a period word: 올렸다 is no year; 전년 leads a
# comparison, 전년동기, rather than naming a year)
KO_REL = rf"(?:(?<![가-힣])(?P<rel>{'|'.join(THIS_YEAR_WORDS + PRIOR_YEAR_WORDS[:2])}){_KO_REL_TAIL})"
# a period phrase opening with a this-year word, the rest of it the period ("올 1분기" -> "1분기"):
# the rest opens as the Korean periods below do (a digit, 제, 지난, 상/하반기)
THIS_YEAR_LEAD = re.compile(rf"(?:{'|'.join(THIS_YEAR_WORDS)}){_KO_REL_TAIL}(?=[0-9제지상하])")
# the words an English period phrase opens with that do not change its period: "For the year",
# "in the full year" and "full-year" are one period, as are "first-quarter" and "the first quarter"
ENGLISH_PERIOD_LEAD = re.compile(r"(?:(?:for|in|during|over|of)\s+)?(?:the\s+)?(?:(?:full|whole|entire)[\s-]+(?=(?:fiscal\s+)?year\b))?",
                                 re.IGNORECASE)
# "the first quarter (of) this year": the year of the document's date, like 올해 (never the year
# another sentence named: "... in the first quarter of 2016. ... in the first quarter this year")
EN_THIS_YEAR = r"\s+(?:of\s+)?(?P<rel>this\s+(?:fiscal\s+)?year)\b"
# how English news joins a period to its last day: "the quarter ended June 30", and in news prose
# "the quarter that ended on June 30", "the three months that ended Sept. 30" (the same period: the
# "on" must not leave the date to be read as an instant, nor the period as the year to that date)
ENDED_ON = r"(?:(?:that\s+|which\s+)?ended|ending)(?:\s+on)?"
# a yearly Korean year: 2003년, 2003년도, or '02. before a quarter
KO_YEAR = r"(?:(?P<y>(?:19|20)\d\d)\s*년\s*(?:도\s*)?(?:의\s*)?|['’]?(?P<yy>\d\d)\s*\.\s*(?=[1-4]\s*[/·]\s*4))"


@cache
def cumulative_words(language: str, place: str) -> str:
    """The words that make a quarter's name the year to its end, placed after or before it
    (``data/cumulative_words.tsv``), as one alternation.

    >>> cumulative_words("ko", "after").split("|")[:2]
    ['누계', '누적']
    """
    return "|".join(words for lang, where, words in data_rows("cumulative_words.tsv") if (lang, where) == (language, place))


@cache
def month_name(group: str = "m") -> str:
    latin = sorted((s for s in month_numbers() if s[0].isascii()), key=len, reverse=True)
    return f"(?P<{group}>" + "|".join(re.escape(s) for s in latin) + r")(?![a-z])"


@cache
def date_source() -> str:
    """A month and day in either order, with an optional year: June 30, 2003 / 30 June 2003."""
    return (rf"(?:{month_name('m')}\s+(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{month_name('m2')})"
            rf"(?:,?\s+{YEAR})?")


def _english_years() -> tuple[tuple[str, str], ...]:
    """The English phrases of a (fiscal) year, and of the quarter or year the text is about ("for
    the quarter", "in the year"): (kind, regex source) rows of ``english``, in its order."""
    return (
        # "fiscal year 2004/05", "FY2004-05", "the 2004/05 financial year": one fiscal year across two
        # calendar years (not fiscal 2004)
        # (and "FY22-23", "financial year 2023-2024": Indian filings and news write either year in
        # two digits or four; a two-digit first year only after "FY", whose label it is)
        ("split_year", r"\b(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s?)(?P<sy1>(?:19|20)\d\d|(?<=FY)\d\d|(?<=FY\s)\d\d)"
                       r"\s*(?:/|-|–)\s*(?P<sy2>(?:19|20)?\d\d)\b(?!\s*/|-\d)"),
        # "the 2017-18 fiscal", "the 2004/05 financial year", "for the year 2015-16": Indian and British
        # business English writes the fiscal year across two calendar years so, its noun before or after
        ("split_year", r"\b(?P<sy1>(?:19|20)\d\d)\s*[/–-]\s*(?P<sy2>\d\d)\s+(?:fiscal|financial)(?:\s+year)?\b"),
        ("split_year", r"\b(?:the\s+)?year\s+(?P<sy1>(?:19|20)\d\d)\s*[/–-]\s*(?P<sy2>\d\d)\b(?!\s*/|-\d)"),
        # (a year followed by "-16" or "/16" is the first of a split year, never the calendar year)
        ("year", rf"\b(?:fiscal\s+year(?:\s+of)?|fiscal|FY|full[\s-]year|calendar\s+year)\s?{YY}\b(?!\s*[/–-]\s*\d)"),
        ("year", rf"\b(?:the\s+)?year\s+{YEAR}\b(?!\s*[/–-]\s*\d)"),
        ("year", rf"\b{YEAR}\s+(?:fiscal\s+year|full[\s-]year|annual)\b"),
        # "2008 ANNOUNCEMENT OF FINAL RESULTS", "2008 Final Results": a results announcement of that year
        ("year", rf"\b{YEAR}\s+(?:announcement\s+of\s+)?final\s+results\b"),
        ("year", rf"\bfor\s+(?:fiscal\s+(?:year\s+)?)?{YEAR}{NOT_A_RANGE}"),
        ("year_in", rf"\b(?:in|during)\s+(?:fiscal\s+(?:year\s+)?)?{YEAR}{NOT_A_RANGE}"),
        # "for the quarter", "in the quarter": the quarter the text is about
        ("quarter", r"\b(?:for|during|in|over)\s+the\s+(?P<thisq>(?:fiscal\s+)?quarter)\b(?!\s+(?:ended|ending|to|of|through)\b)"
                    r"(?![\s-]+(?:on|over|to)[\s-]|[\s-]+(?:earlier|ago)\b)"),
        ("year", r"\b(?:for|during|in|over)\s+the\s+(?P<this>(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year)"
                 r"\b(?!\s+(?:ended|ending|before|of\s+(?:19|20)\d\d)|[\s-]+(?:earlier|ago)\b|[\s-]+(?:on|over|to)[\s-]"
                 r"|\s*(?:(?:19|20)\d\d|['’]\d\d))"),  # (not "in the year-earlier period": the year before)
        # Indian business English's noun "fiscal": "For the full fiscal, net profit rose to ...", "for
        # the fiscal, ..." is the fiscal year the text is about (not "the fiscal first quarter",
        # "the full fiscal 2018-19", which name their own period)
        ("year", r"\b(?:for|during|in|over)\s+the\s+(?P<this>(?:full|whole|entire)\s+fiscal\b"
                 r"(?![\s-]+(?:year|quarter|half|period|first|second|third|fourth|\d)|\s*['’]\d)|fiscal(?=\s*[,;]))"),
    )


@cache
def english() -> tuple[tuple[str, re.Pattern[str]], ...]:
    mon = month_name()
    date = date_source()
    ended = rf"(?:{ENDED_ON}|to|through)"
    return tuple((kind, re.compile(src, re.I)) for kind, src in (
        ("months", rf"(?P<c>three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+(?:period\s+)?{ended}\s+{date}"),
        # "the half year ended September 30", "the half-year ended ...": six months, not a year
        ("months", rf"\b(?P<h>half[\s-]?year)\s+{ENDED_ON}\s+{date}"),
        ("months", rf"(?<!half[\s-])(?P<fy>(?:fiscal\s+)?year)\s+{ENDED_ON}\s+{date}"),
        ("months", rf"(?P<q>quarter)\s+{ENDED_ON}\s+{date}"),
        # "the 1st quarter of the fiscal year ending March 31, 2004"
        ("fyq", rf"\b{ORD}\s+(?:fiscal\s+)?quarter\s+of\s+(?:the\s+)?(?:fiscal\s+)?year\s+(?:ending|ended)\s+{date}"),
        ("instant", rf"(?:\b(?:as\s+of|as\s+at|at|on)\s+)(?!the\b){date}"),
        ("instant", rf"\bend\s+of\s+(?:the\s+)?{ORD}\s+quarter(?:\s+of)?(?:\s+{YEAR})?"),
        ("instant", rf"\bend\s+of\s+{mon}(?:,?\s+{YEAR})?"),
        ("instant", rf"\b(?:end\s+of|year[\s-]end|end-)\s*{YEAR}"),
        ("instant", r"\b(?:at|as\s+of|by)\s+(?:the\s+)?(?P<yend>(?:fiscal\s+)?year[\s-]end|end\s+of\s+the\s+year)\b(?![\s-]*(?:19|20)\d\d)"),
        # "the cumulative third quarter", "the third quarter cumulative": the year's months up to
        # that quarter's end (a Japanese issuer's 第3四半期累計 in English), not the quarter alone
        # (year-to-date, YTD: ``data/cumulative_words.tsv``)
        ("to_quarter", rf"\b(?:{cumulative_words('en', 'before')})\s+{ORD}[\s-]+(?:fiscal[\s-]+)?quarter"
                       rf"(?:\s+(?:(?:of|in)\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?{YEAR})?"),
        ("to_quarter", rf"\b{ORD}[\s-]+(?:fiscal[\s-]+)?quarter\s+(?:{cumulative_words('en', 'after')})"),
        ("quarter", rf"\b(?:fiscal\s+)?{ORD}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+(?:(?:of|in)\s+)?(?:(?:fiscal\s+(?:year\s+)?)|FY\s?|year\s+)?{YEAR}"
                    rf"|{EN_THIS_YEAR})?"),
        ("quarter", rf"\b{YEAR}\s+{ORD}\s+quarter"),
        # "the last quarter of FY23", "the fourth quarter of FY2022-23", "the Oct-Dec quarter of FY23",
        # "the December quarter of fiscal 2023": a quarter of a fiscal year named by its label
        ("fiscal_quarter", r"\b(?:(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+quarter"
                           rf"|(?:{month_name('mf')}\.?\s*[-–/]\s*)?{mon}\.?\s+quarter)"
                           r"\s+(?:of|in)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|financial\s+year\s+|FY\s?)"
                           rf"(?:(?P<sy1>(?:19|20)\d\d)\s*[-–/]\s*(?P<sy2>\d\d)|{YY})\b(?!\s*[-–/]\s*\d)"),
        ("quarter", rf"\b(?P<qn>[1-4])Q\s?(?:FY\s?)?{YY}\b"),
        ("quarter", rf"\bQ(?P<qn>[1-4])\s?(?:FY\s?)?{YY}\b"),
        ("quarter", rf"\bFY\s?{YY}\s*Q(?P<qn>[1-4])\b"),
        ("quarter", rf"\b{YEAR}[.\s]?(?P<qn>[1-4])Q\b"),
        ("quarter", r"['’](?P<y>\d\d)\.\s?(?P<qn>[1-4])Q\b"),  # '06.3Q of a Korean results table
        # 22.3Q: the same heading without its apostrophe (not a figure's decimals: no digit, point,
        # comma or currency sign before it, and the quarter's letter right after the digit)
        ("quarter", r"(?P<y>\d\d)(?<![\w.,$%'’]\d\d)\.(?P<qn>[1-4])Q\b"),
        # "(3Q)", "Q3 net sales": a quarter whose year the text leaves unsaid
        ("quarter", r"(?<![\w'’.])(?P<qn>[1-4])Q\b(?!\s*(?:FY\s?)?['’]?\d)"),
        ("quarter", r"(?<![\w'’.])Q(?P<qn>[1-4])\b(?!\s*(?:FY\s?)?['’]?\d)"),
        # "the June quarter", "the March 2003 quarter": the quarter that ends in that month
        ("quarter_end", rf"\bthe\s+{mon}(?:\s+{YEAR})?\s+quarter\b"),
        # "Rs 78 cr in Dec 2021 quarter": Indian business news leaves out "the" before a month and
        # year naming the quarter (not the month: "Dec 2021" alone is the month)
        ("quarter_end", rf"(?<![\w-]){mon}\.?\s+{YEAR}\s+quarter\b"),
        # "the quarter ended September 2021": a month and year, no day (the quarter ends that month)
        ("quarter_end", rf"\bquarter\s+(?:ended|ending)\s+{mon}\.?,?\s+{YEAR}\b(?![,.]?\s*\d)"),
        # "the six months to September", "the January-March quarter": months up to a month's end
        ("months_to", rf"\b(?P<c>three|six|nine|twelve|3|6|9|12)[\s-]+months?\s+(?:period\s+)?(?:to|ended|ending|through)\s+"
                      rf"{mon}(?!\s+[0-3]?\d\b)(?:,?\s+{YEAR})?"),
        ("months_to", rf"\b{month_name('mf')}\s*[-–/]\s*{mon}(?:\s+{YEAR})?\s+(?:quarter|period|half)\b"),
        # "from January 1, 2005 to September 30, 2005", "1 April 2004 - 31 March 2005": the days between
        ("date_range", rf"{month_name('ma')}\.?\s+(?P<da>[0-3]?\d)(?:st|nd|rd|th)?,?(?:\s+(?P<ya>(?:19|20)\d\d))?"
                       rf"\s*(?:[-–—~]|\bto\b|\bthrough\b|\buntil\b)\s*"
                       rf"{month_name('mb')}\.?\s+(?P<db>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<yb>(?:19|20)\d\d)\b"),
        ("date_range", rf"\b(?P<da>[0-3]?\d)(?:st|nd|rd|th)?\s+{month_name('ma')}\.?,?(?:\s+(?P<ya>(?:19|20)\d\d))?"
                       rf"\s*(?:[-–—~]|\bto\b|\bthrough\b|\buntil\b)\s*"
                       rf"(?P<db>[0-3]?\d)(?:st|nd|rd|th)?\s+{month_name('mb')}\.?,?\s+(?P<yb>(?:19|20)\d\d)\b"),
        # "January through November 2005", "from Jan. to Nov. 2005": the months between, both whole
        # ("May and June 2005" may be two months, each its own: only "between ... and" is a span)
        ("months_to", rf"\b{month_name('mf')}\.?\s*(?:[-–—~]|\bto\b|\bthrough\b|\bthru\b)\s*{mon}\.?,?\s+(?:of\s+)?{YEAR}\b"),
        ("months_to", rf"\bbetween\s+{month_name('mf')}\.?\s+and\s+{mon}\.?,?\s+(?:of\s+)?{YEAR}\b"),
        # "From January to June, net profit climbed ...": the months between, of the text's year
        ("months_to", rf"\b[Ff]rom\s+{month_name('mf')}\.?\s+(?:to|through)\s+{mon}\b(?!\.?\s+[0-3]?\d\b)(?!,?\s+{YEAR})"),
        # "the first nine months of 2003"; "For the nine months, sales was ..." (in a third-quarter
        # release: the year to date, not the quarter the text is about)
        ("months", rf"\bfirst\s+(?P<c>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+months"
                   rf"(?:\s+of\s+(?:fiscal\s+|year\s+)?{YEAR})?"),
        # "the first three quarters of 2022", "In the first three quarters, net profit ...": the
        # year's months to that quarter's end (the year to date of a third-quarter story)
        ("to_quarter", rf"\bfirst\s+(?P<n>two|three|2|3)\s+quarters(?:\s+of\s+(?:fiscal\s+|year\s+)?{YEAR})?"),
        # (a bare three or twelve months is any quarter or year: only six and nine are read so)
        ("months", rf"(?<=\b[Tt]he\s)(?P<c>six|nine|6|9)\s+months(?:\s+of\s+(?:fiscal\s+|year\s+)?{YEAR})?"
                   rf"(?!\s+(?:period\s+)?(?:ended|ending|to|through|until|from)\b)"),
        ("half", rf"\b(?P<h>first|second)\s+half(?:{EN_THIS_YEAR}|(?:\s+of)?(?:\s+(?:the\s+)?(?:fiscal\s+|year\s+)?{YEAR})?)"),
        ("half", rf"\b(?:(?P<hn>[12])H|H(?P<hn2>[12]))\s?{YY}\b"),
        ("half", r"['’]?(?P<y>\d\d)(?<![\w.,$%]\d\d)(?<![\w.,$%]['’]\d\d)\.(?P<hn>[12])H\b"),  # '22.1H, 22.1H
        # "H1 revenue growth", "(1H)": a half whose year the text leaves unsaid (as "Q2" a quarter)
        ("half", r"(?<![\w'’.])(?P<hn>[12])H\b(?!\s*(?:FY\s?)?['’]?\d)"),
        ("half", r"(?<![\w'’.])H(?P<hn>[12])\b(?!\s*(?:FY\s?)?['’]?\d)"),
        *_english_years(),
        ("month", rf"\b(?:(?:the\s+)?month\s+of\s+|in\s+|for\s+){mon}\s+{YEAR}"),
        # "NT$3,241 million for March 2005", "March 2005 revenue": a month and its year
        # (not "the year ended Sep. 2004", a year's end month)
        # (nor "May and June 2005": the last of two months named together is not their span)
        ("month", rf"(?<![\d,]\s)(?<!\d)(?<!ended\s)(?<!ending\s)(?<!through\s)(?<!to\s)(?<!of\s)(?<!until\s)(?<!and\s)"
                  rf"\b{mon}\.?\s+{YEAR}\b(?![,.]?\s*\d)"),
        # "the same period of 2002", "the same period in year 2001": the text's part of that year
        ("same", rf"\bsame\s+(?:period|quarter|half|months?|time)\s+(?:of|in)\s+(?:(?:the\s+)?year\s+|fiscal\s+)?{YEAR}"),
        # "the same quarter of FY22", "the corresponding period of fiscal 2022": the figure's own
        # part of that fiscal year (a quarter of FY23 against its namesake, not the whole of FY22)
        ("same_fy", rf"\b(?:same|corresponding)\s+(?:period|quarter|half)\s+(?:of|in)\s+(?:the\s+)?"
                    rf"(?:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+){YY}\b(?!\s*[-–/]\s*\d)"),
    ))


@cache
def korean() -> tuple[tuple[str, re.Pattern[str]], ...]:
    year = rf"(?:{KO_YEAR}|{KO_REL})"
    return tuple((kind, re.compile(src)) for kind, src in (
        ("instant", rf"{year}?(?P<m>1[0-2]|0?[1-9])\s*월\s*말"),
        ("instant", r"(?:(?P<y>(?:19|20)\d\d)\s*년\s*(?:도\s*)?|(?<![가-힣])(?P<rel>작년|지난해|전년)\s*(?:도\s*)?)말"),
        # "3분기 누적", "3분기까지 누계", "누적 기준 3분기": the months of the year up to that
        # quarter's end (the words: ``data/cumulative_words.tsv``)
        ("to_quarter", rf"{year}?(?:지난\s*)?제?\s*{KO_QUARTER}\s*(?:까지\s*)?(?:의\s*)?(?:{cumulative_words('ko', 'after')})"),
        ("to_quarter", rf"(?:{cumulative_words('ko', 'before')})\s*{year}?(?:지난\s*)?제?\s*{KO_QUARTER}"),
        ("quarters", rf"{year}?(?P<q1>[1-4])\s*[~∼\-]\s*(?P<q2>[1-4])\s*분기"),
        ("quarter", rf"{year}?(?:지난\s*)?제?\s*{KO_QUARTER}"),
        ("half", rf"{year}?(?P<kh>상|하)반기"),
        ("year", r"(?P<y>(?:19|20)\d\d)\s*년\s*(?:도\s*)?(?:연간|한\s*해|전체|결산|(?:경영|영업)?실적)"),
        # "작년 매출": the year before the document's; "작년 동기", "작년 대비" are comparisons
        ("year", r"(?<![가-힣])(?P<rel>작년|지난해)(?!\s*(?:같은|동기|동분기|대비|보다|에\s*비해|말|[상하]반기|\d|의\s*\d))"),
        # "2003년 매출" names the year; "2003년 4월", "2003년 1분기", "2003년 상반기" are longer phrases
        ("year_in", r"(?P<y>(?:19|20)\d\d)\s*년(?:\s*도)?(?!\s*(?:\d|제|상반|하반|[~∼-]|말))"),
        ("months", rf"{year}?(?P<m1>1[0-2]|0?[1-9])\s*(?:월\s*)?[~∼\-]\s*(?P<m2m>1[0-2]|0?[1-9])\s*월"),
        # "2005.01.01 ~ 2005.12.31", "2005-04-01 - 2006-03-31" (a fiscal year of a Korean form)
        ("date_range", r"(?<![\d.])(?P<ya>(?:19|20)\d\d)\s*[.\-/]\s*(?P<mna>1[0-2]|0?[1-9])\s*[.\-/]\s*(?P<da>[0-3]?\d)\.?"
                       r"\s*[~∼\-–]\s*(?P<yb>(?:19|20)\d\d)\s*[.\-/]\s*(?P<mnb>1[0-2]|0?[1-9])\s*[.\-/]\s*(?P<db>[0-3]?\d)(?![\d])"),
        # a disclosure form's columns: the fiscal year it reports (당해사업연도) and the one before
        ("year", r"(?P<this>당해\s*(?:사업|회계)\s*연도)"),
        ("year", r"(?P<before_this>직전\s*(?:사업|회계)\s*연도)"),
        *cjk(),
    ))


# a Japanese or Chinese year: 2004年, 平成16年 / 民國93年, or an era year without its era (16年,
# 93年: read near the document's year, see converter.parse.eras); 年度 too; in digits or in
# Chinese numerals (二〇〇四年, 民國九十三年, 九十三年: converter.parse.cjk_numerals)
CJK_YEAR = (r"(?:(?P<y>(?:19|20)\d\d|{numeral_year})"
            r"|(?P<era>{eras})?\s*(?P<ey>元|(?<![\d,.])\d{{1,3}}|{numeral_count}))\s*年\s*度?\s*")
# a month and a day in digits or in Chinese numerals (十二月三十一日)
CJK_MONTH = rf"1[0-2]|0?[1-9]|{NUMERAL_MONTH}"
CJK_DAY = rf"\d{{1,2}}|{NUMERAL_DAY}"
# a count of months in Chinese: 三個月, 六个月, 九個月, 6個月
CJK_MONTHS = r"(?P<cc>三|六|九|十二|3|6|9|12)\s*個?个?\s*月"


def cjk() -> tuple[tuple[str, str], ...]:
    """Japanese and Chinese period phrases whose year may be an era year (kinds of _period_of)."""
    from converter.parse.eras import era_names_source

    year = CJK_YEAR.format(eras=era_names_source(), numeral_year=NUMERAL_YEAR, numeral_count=NUMERAL_COUNT)
    return (
        # 2005年3月期第1四半期, 16年3月期中間期, 平成16年3月期: a fiscal year by the month it ends
        # (決算期), or the quarters to date (第3四半期, 第3四半期累計), the quarter alone (第3四半期
        # 会計期間) or the interim half (中間期, 上期) of it. A quarter of a fiscal year so named is
        # what a quarterly results summary reports on, the year to the quarter's end (its
        # 経営成績(累計)); the three months alone are the quarter's 会計期間.
        ("jfy", rf"{year}(?P<km>{CJK_MONTH})\s*月\s*期\s*(?:の\s*)?"
                r"(?:第\s*(?P<n>[1-4一二三四])\s*四半期(?:(?P<jqtr>\s*(?:連結)?会計期間)|(?P<jcum>\s*(?:連結)?累計(?:期間)?))?"
                r"|(?P<jh>中間期?|上期|上半期))?"),
        # 2003年度第1四半期, 九十三年第三季, 第三季度: a quarter (not the quarters to date)
        ("quarter", rf"(?:{year})?第\s*(?P<n>[1-4一二三四])\s*(?:四半期|季度?)(?!\s*(?:連結)?(?:累計|累计))"),
        # 2003年上半年, 九十三年上半年, 上半期: a half
        ("half", rf"(?:{year})?(?P<kh>上|下)半(?:期|年)"),
        # 第3四半期(連結)累計(期間), 第三季度累计: the quarters of the year to date (not the quarter alone)
        ("to_quarter", rf"(?:{year})?第\s*(?P<n>[1-4一二三四])\s*(?:四半期|季度?)\s*(?:連結)?(?:累計|累计)(?:期間|期间)?"),
        # 截至2004年6月30日止六個月 / 截至2004年12月31日止年度: the months ended on a date
        ("cjk_ended", rf"截至\s*(?P<y>(?:19|20)\d\d|{NUMERAL_YEAR})\s*年\s*(?P<cm>{CJK_MONTH})\s*月\s*(?P<cd>{CJK_DAY})\s*日\s*止\s*"
                      rf"(?:{CJK_MONTHS}|(?P<cfy>年度|全年|財政年度|财政年度))"),
        # 前三季, 2004年前3季: the year's first quarters
        ("to_quarter", rf"(?:{year})?前\s*(?P<n>[1-4一二三四])\s*(?:季度?|個季度|个季度)"),
        # 93年1至9月, 1-9月, 九十三年一至九月: a range of months; Japanese news names a results
        # period by its months, 2019年4～9月期, 4〜12月期 (the wave dash U+301C as often as the
        # full-width tilde), the months of that calendar year (a range that runs past December,
        # 10～3月期, names no year's months and is left out: see converter.parse.periods)
        ("months", rf"(?:{year})?(?P<m1>{CJK_MONTH})\s*(?:至|[~∼\-－～〜])\s*(?P<m2m>{CJK_MONTH})\s*月(?:\s*期)?"),
        # 93年9月份, 2004年9月, 九十三年九月份: a month (not a date's 9月8日, not 3月期)
        ("month", rf"{year}(?P<m>{CJK_MONTH})\s*月\s*份?(?!\s*(?:\d|[一二三四五六七八九十]|期|末))"),
    )


RELATIVE = (
    ("prior_year", r"(?:same|corresponding)\s+(?:quarter|period|month|time|half)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|the\s+preceding|a)\s+(?:year|fiscal\b)"
                   r"|corresponding\s+(?:quarter|period|month|half)\s+last\s+(?:year|fiscal\b)"
                   r"|(?:the\s+)?(?:previous|prior|preceding)\s+(?:fiscal\s+)?year|last\s+(?:fiscal\s+)?year"
                   # Indian business English's noun "fiscal": "the same quarter of the previous fiscal"
                   r"|(?:the\s+)?(?:previous|prior|preceding|last)\s+fiscal\b(?!\s+(?:year|quarter|half|period))"
                   r"|(?:a|one|the)\s+year\s+(?:earlier|ago|before)|year-(?:earlier|ago)\b|year[\s-]on[\s-]year|year[\s-]over[\s-]year|\by-?o-?y\b"
                   # news agencies' "rose 4.2 percent on-year", "climbed 9% on the year to ..." (not "on year-end")
                   r"|(?<![\w-])on[\s-]year(?![\w-])|(?<![\w-])on\s+the\s+year(?=\s*(?:[,.;)]|to\b|and\b|$))"
                   r"|(?:지난해|작년)\s*(?:같은\s*(?:기간|분기)|동기|동분기)|전년\s*(?:같은\s*(?:기간|분기)|동기|동분기)|전년(?:\s*도)?"),
    ("prior_quarter", r"(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter(?:[’']s)?|quarter[\s-](?:on|over)[\s-]quarter"
                      r"|(?:a|one|the)\s+quarter\s+(?:earlier|ago|before)|quarter-(?:earlier|ago)\b|sequential(?:ly|\s+basis)?|\bq-?o-?q\b|전\s*분기|직전\s*분기|지난\s*분기"),
    ("prior_half", r"(?:the\s+)?(?:previous|prior|preceding)\s+half|전\s*반기"),
    # "전기대비", "전기 대비" (against the period before: the quarter before a quarter's figure, the
    # year before a year's), not "전기전자" (electricity)
    ("prior_period", r"전기(?=\s*(?:대비|比|보다|에\s*비해))"),
    ("prior_month", r"(?:the\s+)?(?:previous|prior|preceding)\s+month|last\s+month|month[\s-](?:on|over)[\s-]month|\bm-?o-?m\b|전월(?!세)|지난달"
                    r"|(?:a|one|the)\s+month\s+(?:earlier|ago|before)|month-(?:earlier|ago)\b"),
    # Japanese and Chinese: 前年同期(比), 去年同期, 上年同期, 前期比 (the fiscal year before), 上季, 上月;
    # Japanese 前期 before its particle ("前期の売上高", "前期は"; not 前期末, a balance's instant,
    # nor the Chinese 前期 "the early stage", which no Japanese particle follows)
    # Chinese 同比 "year on year" ("同比增长10.4%"): against the same period a year before, whatever
    # other period the sentence names ("上一季度为X,同比增长Y%")
    ("prior_year", r"前年同期比?|[去上]年同期|前期比|前年比|前年度比|前年度|前期(?=\s*(?:の|は|に|と|実績|決算))|同比(?=\s*(?:增|减|減|下|上|成|升|降|大|微|略|多|少))"),
    ("prior_quarter", r"上\s*一?\s*季(?!度末)|前季|前四半期比?"),
    ("prior_month", r"上\s*個?个?\s*月|前月比?"),
)
