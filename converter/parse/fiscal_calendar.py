"""The fiscal year a document reports in, as the document itself states it.

Most issuers close their books on December 31 and name a year by itself; where the text says
otherwise ("the fiscal year ending March 31, 2005 ("fiscal 2004")", "the year and fiscal fourth
quarter ended January 31, 2004", "the first quarter ended June 30", "2004年3月期"), quarters,
halves and "fiscal 2003" of that document count from the month after the year's end. Which
calendar year names the fiscal year is read from a label near the year end ("fiscal 2003" beside
a year ended January 31, 2004: named by the year it starts); without one, by the year it ends
(SEC usage).

>>> fiscal_calendar('results for the 1st quarter of the fiscal year ending March 31, 2005 ("fiscal 2004")')
FiscalCalendar(end_month=3, named_by='start')
>>> fiscal_calendar("the year and fiscal fourth quarter ended January 31, 2004. Sales for fiscal 2003")
FiscalCalendar(end_month=1, named_by='start')
>>> fiscal_calendar("revenues for the third quarter ended September 30, 2006")
FiscalCalendar(end_month=12, named_by='end')
>>> fiscal_calendar("Profit for the year ended 30 June 2006 was")
FiscalCalendar(end_month=6, named_by='end')
>>> fiscal_calendar("平成17年3月期　第1四半期財務・業績の概況")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar("results for the first quarter ended June 30, 2003")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar('(the three-month period from April 1, 2023 to June 30, 2023, hereinafter the "first quarter")')
FiscalCalendar(end_month=3, named_by='end')

A part of a fiscal year named by its label and dated in apposition says both the year's end and
its naming; so do a labelled year end and a stated span of the year:

>>> fiscal_calendar("the third quarter of fiscal 2005, the quarter ended December 31, 2004")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar("the first half of fiscal 2004 (the six months ended September 30, 2004)")
FiscalCalendar(end_month=3, named_by='start')
>>> fiscal_calendar("Results for the First Quarter of Fiscal 2031 (April 1, 2030 to June 30, 2030)")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar("The Company's fiscal year 2004 ends on March 31, 2005.")
FiscalCalendar(end_month=3, named_by='start')
>>> fiscal_calendar("The Company's fiscal year runs from April 1 to March 31.")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar("In FY2021 ended March 31, 2021, net sales rose")
FiscalCalendar(end_month=3, named_by='end')
>>> fiscal_calendar("Interim results for the six months ended 31 December 2020")
FiscalCalendar(end_month=6, named_by='end')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from converter.parse.amounts import currency_tokens, find_amounts, find_unit_header
from converter.parse.dates import month_numbers
from converter.parse.eras import era_names_source
from converter.parse.gates import Gated, folded_text
from converter.parse.match_starts import matches_from, word_offsets
from converter.parse.period_patterns import ORD, date_source, month_name
from converter.parse.fiscal_quarters import ordinal as _ordinal
from converter.parse.periods import FiscalCalendar
from converter.resources import data_rows

_NEAR = 300  # characters around a year end within which a fiscal label is read as its name


@cache
def _year_end_patterns() -> tuple[re.Pattern[str], ...]:
    date = date_source()
    return (
        # the fiscal year ending March 31, 2005 / the year and fiscal fourth quarter ended ... /
        # fiscal year 2004 ends on March 31, 2005 (the label names the year: see _labelled_end)
        # FY2021 ended March 31, 2021 / fiscal 2004, ending January 31, 2005 (its label: see _labelled_end)
        # ("half year ended September 30" ends a half, not the year: the look-behinds)
        re.compile(rf"\b(?:(?:fiscal\s+)?(?<!half\s)(?<!half-)year\s+(?:(?P<label>(?:19|20)\d\d)\s+)?|(?:FY\s?|fiscal\s+)(?P<fy>(?:19|20)\d\d),?\s+)"
                   rf"(?:and\s+[\w\s-]{{0,40}}?)?"
                   rf"(?:ended|ending|ends)\s+(?:on\s+)?{date}", re.I),
        # fiscal year end: March 31 / a fiscal year ending in March
        re.compile(rf"\bfiscal\s+year[\s-]end(?:s|ed|ing)?\s*(?:is|:|on|in|of)?\s*(?:in\s+)?{date}", re.I),
        # 2004年3月期 (Japanese: the fiscal year ending March 2004)
        # 2004年3月期 / 平成16年3月期 / 16年3月期 (the era year, or its abbreviation: only the month counts)
        re.compile(rf"(?:(?P<y>(?:19|20)\d\d)|(?:{era_names_source()})?\s*(?<![\d,.])\d{{1,2}})\s*年\s*"
                   r"(?P<km>1[0-2]|0?[1-9])\s*月\s*期"),
    )


@cache
def _quarter_end_pattern() -> re.Pattern[str]:
    """"the first quarter ended June 30": the year ends three quarters after June; "the
    three-month period from April 1, 2023 to June 30, 2023, hereinafter the "first quarter"" (a
    Japanese results release defining its quarter): likewise."""
    return re.compile(rf"""\b(?:(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+
        (?:ended|ending)\s+
        | (?:three[\s-]month\s+period|quarter)\s+from\s+[^()\n]{{3,30}}?\s+(?:to|through)\s+  # the period from ... to
          (?=[^()\n]{{3,30}}?,?\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?   # (its end date,) then
             ["“]?(?P<n2>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b))               # the quarter it names
        {date_source()}""", re.I | re.VERBOSE)


@cache
def _interim_pattern() -> re.Pattern[str]:
    """"interim results for the six months ended 31 December 2020": an interim report is of the
    first half, so the year ends six months after it."""
    return re.compile(rf"""\binterim\b[^.\n]{{0,80}}?                           # interim (report, results ...)
        \b(?:six[\s-]months?|half[\s-]year)\s+(?:period\s+)?(?:ended|ending|to)\s+{date_source()}""",
                      re.I | re.VERBOSE)


# a month's name and a day in either order, no year: April 1 / 1st April
_DAY_OF_MONTH = r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)"
# "the fiscal year runs from April 1 to March 31": the year ends on the second date
_SPAN = re.compile(rf"""\bfiscal\s+year\s+(?:runs|is|extends|lasts)?\s*from\s+      # the fiscal year runs from
    {_DAY_OF_MONTH}                                                                # April 1 / 1st April
    \s+(?:to|through|until|till)\s+{date_source()}""", re.I | re.VERBOSE)


@cache
def _dated_part_pattern() -> re.Pattern[str]:
    """"the third quarter of fiscal 2005, the quarter ended December 31, 2004", "the first half of
    fiscal 2004 (the six months ended September 30, 2004)", "the second quarter of fiscal 2003
    ended September 30, 2002", "the First Quarter of Fiscal 2025 (April 1, 2024 to June 30, 2024)" (a
    Japanese results release's heading): a labelled part of a fiscal year with its end date."""
    return re.compile(rf"""\b{ORD}\s+(?:fiscal\s+)?(?P<part>quarter|half)\s+of\s+     # the third quarter of
        (?:the\s+)?fiscal\s+(?:year\s+)?(?P<label>(?:19|20)\d\d)\b                  # fiscal 2005
        (?:\s*(?:[,(]\s*(?:i\.e\.,?\s+|that\s+is,?\s+)?(?:the\s+)?                    # , the / (the
        (?:quarter|three[\s-]months?|six[\s-]months?|half(?:[\s-]year)?|period)\s+)?   # quarter / six months
        (?:ended|ending)\s+                                                        # ended
        |\s*[(（]\s*(?:from\s+)?{_DAY_OF_MONTH}(?:,?\s+(?:19|20)\d\d)?                 # or (April 1, 2024
        \s*(?:to|through|until|[-–~])\s+)                                           # to: the part's first day
        {date_source()}""", re.I | re.VERBOSE)


@cache
def _gated() -> tuple[tuple[Gated, ...], Gated, Gated]:
    """The patterns with the words each needs ('year' and 'end', '年' and '月期', 'quarter'...): a
    text without them is not scanned for them. (The year ends, in order, the interim's and the quarter end;
    the dated part; the labelled year end, the first year end pattern.)"""
    ends = tuple(Gated(p) for p in (*_year_end_patterns(), _SPAN, _interim_pattern(), _quarter_end_pattern()))
    return ends, Gated(_dated_part_pattern()), ends[0]


_LABEL = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<label>(?:19|20)\d\d|['’]?\d\d)\b", re.I)


# "2020/21", "2020/2021", "FY2020-21", "financial year 2020-21": a fiscal year across two calendar
# years (a hyphen only after a fiscal word: "2020-21" alone may be a span of calendar years)
# (the digit before "2020/21" is tested after its first digit, not before it: a lookbehind first
# is tried at every place of the text, the digit first only where a 1 or a 2 stands)
_SPLIT_YEAR = Gated(re.compile(r"""
    (?P<a>(?:1(?<![\d/.\-]1)9|2(?<![\d/.\-]2)0)\d\d)\s?/\s?(?P<b>(?:19|20)?\d\d)(?![\d/])  # 2020/21, 2020/2021
    | \b(?:FY|fiscal(?:\s+year)?|financial\s+year)\s?(?P<c>(?:19|20)\d\d)\s?[-–](?P<d>(?:19|20)?\d\d)\b  # FY2020-21
    """, re.I | re.VERBOSE))


def year_end_unstated(text: str) -> bool:
    """The text names a fiscal year across two calendar years ("2020/21 Interim Report") and
    states no year end: its fiscal year does not end in December, and where it does end the text
    does not say, so no period of its fiscal years (a year, a half, "the year") can be dated.

    >>> year_end_unstated("2021 Annual Report. 2020/21 Interim Report")
    True
    >>> year_end_unstated("2020/21 Interim Report for the six months ended 31 December 2020. "
    ...                   "Profit for the year ended 30 June 2020")
    False
    >>> year_end_unstated("2021 Annual Report"), year_end_unstated("dated 2021/05/31; shares 2020/2022")
    (False, False)
    """
    return _year_end_unstated(text[:20000])


@lru_cache(maxsize=8)  # (a document's prose periods and its tables' headings each ask)
def _year_end_unstated(text: str) -> bool:
    if _year_end(text) is not None or _stated_naming(text) or statutory_calendar(text):
        return False
    return any(_follows(m["a"] or m["c"], m["b"] or m["d"]) for m in split_years(text, folded_text(text)))


# where a split year can begin: the first year's four digits (and a space) before each "/", and
# at each fiscal word (the hyphenated form)
_SPLIT_YEAR_OPENINGS = (("/", (4, 5)), ("fy", (0,)), ("fiscal", (0,)), ("financial", (0,)))


def split_years(text: str, folded: str) -> Iterator[re.Match[str]]:
    """``_SPLIT_YEAR.finditer(text, folded)``, the pattern tried only where a match can begin
    (``_SPLIT_YEAR_OPENINGS``): its gate (a 19 or a 20) passes nearly every text and it opens
    with no word, so it was tried at every place of the first 20,000 characters.

    >>> [m.group() for m in split_years("FY2020-21; 2020 /21", "fy2020-21; 2020 /21")]
    ['FY2020-21', '2020 /21']
    """
    if not _SPLIT_YEAR.may_match(folded):
        return iter(())
    if len(folded) != len(text):  # (folding changed the length: its places are not the text's)
        return _SPLIT_YEAR.pattern.finditer(text)
    starts: set[int] = set()
    for word, back in _SPLIT_YEAR_OPENINGS:
        at = folded.find(word)
        while at >= 0:
            starts.update(at - k for k in back)
            at = folded.find(word, at + 1)
    return matches_from(_SPLIT_YEAR.pattern, text, sorted(s for s in starts if s >= 0))


def _follows(first: str, second: str) -> bool:
    """The second year the one after the first ("2020", "21" or "2021")."""
    return (int(first) + 1) % 10 ** len(second) == int(second)


def fiscal_calendar(text: str) -> FiscalCalendar:
    """The calendar of the first fiscal year end the text states, else December, by the end."""
    return _remembered(text[:20000]) or FiscalCalendar(_year_end_month(text[:20000]))


def stated_fiscal_calendar(text: str) -> FiscalCalendar | None:
    """The calendar as the text states it, its naming included: December (named by itself), or
    another year end with the label the text gives one of its years; None when the text ends its
    year in another month without saying how it names it (a label would be a guess), or names a
    fiscal year across two calendar years ("2020/21") and states no year end.

    >>> stated_fiscal_calendar("for the nine months ended December 31, 2004. The fiscal year runs from April 1 to March 31") is None
    True
    >>> stated_fiscal_calendar("for the year ended December 31, 2004")
    FiscalCalendar(end_month=12, named_by='end')
    """
    text = text[:20000]
    stated = _stated_naming(text)
    found = _year_end(text)
    if found is None and not stated and statutory_calendar(text):
        return statutory_calendar(text)
    month = found[0] if found else stated[0][0] if stated else 12
    if month == 12:
        return None if year_end_unstated(text) else FiscalCalendar()
    named = [naming for m, naming in stated if m == month]
    return FiscalCalendar(month, named[0]) if named else None


@lru_cache(maxsize=256)
def _year_end_month(text: str) -> int:
    found = _year_end(text)
    return found[0] if found else 12


@lru_cache(maxsize=256)
def _remembered(text: str) -> FiscalCalendar | None:
    stated = _stated_naming(text)
    found = _year_end(text)
    if found is None:
        return FiscalCalendar(*stated[0]) if stated else statutory_calendar(text) or FiscalCalendar()
    month, year, where = found
    if month == 12:
        return FiscalCalendar(month)
    named = [naming for m, naming in stated if m == month]
    if named:
        return FiscalCalendar(month, named[0])
    naming = _naming(text, year, where) if year is not None else None
    return FiscalCalendar(month, naming) if naming else None


@lru_cache(maxsize=8)
def _stated_naming(text: str) -> tuple[tuple[int, str], ...]:
    """(end month, naming) of each labelled fiscal year the text dates: a part of it with its end
    date, or the year itself ("fiscal year 2004 ends on March 31, 2005")."""
    found = []
    _, dated_part, labelled_end = _gated()
    folded = folded_text(text)
    for m in dated_part.finditer(text, folded):
        if not m["y"]:
            continue
        month = month_numbers()[(m["m"] or m["m2"]).lower()]
        size = 3 if m["part"].lower() == "quarter" else 6
        index = int(m["y"]) * 12 + month - 1 + size * (12 // size - _ordinal(m["n"]))
        found.append((m.start(), index % 12 + 1, _labelled_end(int(m["label"]), index // 12)))
    for m in labelled_end.finditer(text, folded):
        label = m["label"] or m["fy"]
        if label and m["y"]:
            month = month_numbers()[(m["m"] or m["m2"]).lower()]
            found.append((m.start(), month, _labelled_end(int(label), int(m["y"]))))
    return tuple((month, naming) for _, month, naming in sorted(found) if naming)


def year_end_stated(text: str) -> bool:
    """The text says where its fiscal year ends: a year end, a dated fiscal part, or fiscal years
    named in the currency of a country whose law sets the year (``statutory_calendar``). Without
    that, "Q4 FY23" cannot be dated: the fourth quarter of fiscal 2023 is October-December 2023
    only for a year ending in December.

    >>> year_end_stated("for the year ended December 31, 2022"), year_end_stated("net profit for Q4 FY23")
    (True, False)
    """
    text = text[:20000]
    return _year_end(text) is not None or bool(_stated_naming(text)) or statutory_calendar(text) is not None


# a fiscal year's label: FY23, FY 2023, Q1FY24 (glued to the quarter), fiscal 2023, financial year 2022-23;
# and the split year of Indian business English, its noun after or before it: "the 2017-18 fiscal",
# "for the year 2015-16"
_FISCAL_LABEL = Gated(re.compile(r"""
    (?<![A-Za-z])FY\s?['’]?\d\d                                 # FY23, FY 2023, Q1FY24
    | \b(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d\b       # fiscal 2023, financial year 2022
    | \b(?:19|20)\d\d\s?[-–/]\s?\d\d\s+(?:fiscal|financial)\b     # the 2017-18 fiscal (year)
    | \byear\s+(?:19|20)\d\d\s?[-–]\s?\d\d\b(?![-–/]?\d)          # for the year 2015-16
    | (?:(?<=previous\s)|(?<=current\s)|(?<=last\s)|(?<=this\s))   # the previous fiscal, the current
      (?:fiscal|financial\s+year)\b                                 # financial year (Indian press)
    """, re.I | re.X))


# where a fiscal label can begin: at its word; "the 2017-18 fiscal" at its year's first two digits
# (tried only in a text that holds a fiscal word, the one that ends it)
_LABEL_WORDS = ("fy", "fiscal", "financial", "year")
_LABEL_CENTURIES = ("19", "20")


def names_fiscal_label(text: str, folded: str) -> bool:
    """Whether ``_FISCAL_LABEL`` finds a label in ``text`` (``folded``: ``fold(text)``), the
    pattern tried only where a label can begin: it opens with no word of its own (an alternative
    opens with a year), so ``re`` tried it at every place of the text, and most texts hold none.

    >>> names_fiscal_label("up 5% in the 2017-18 fiscal", "up 5% in the 2017-18 fiscal")
    True
    >>> names_fiscal_label("the year 2017 and 2018 figures", "the year 2017 and 2018 figures")
    False
    """
    if not _FISCAL_LABEL.may_match(folded):
        return False
    if len(folded) != len(text):  # (folding changed the length: its places are not the text's)
        return _FISCAL_LABEL.pattern.search(text) is not None
    starts = {at for word in _LABEL_WORDS for at in word_offsets(folded, word)}
    if "fiscal" in folded or "financial" in folded:
        starts.update(at for digits in _LABEL_CENTURIES for at in word_offsets(folded, digits))
    match = _FISCAL_LABEL.pattern.match
    return any(match(text, at) is not None for at in sorted(starts))


@lru_cache(maxsize=8)
def statutory_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal year the law sets for companies reporting in the currency most of the text's
    amounts are in (``data/statutory_fiscal_years.tsv``), where the text names fiscal years
    ("Q4 FY23") or its quarters by number alone ("Q3 results": see ``_numbered_quarter_calendar``)
    and states no year end of its own; else None.

    >>> statutory_calendar("Net profit rose to Rs 960 crore for Q4 FY23.")
    FiscalCalendar(end_month=3, named_by='end')
    >>> statutory_calendar("Net profit rose to Rs 960 crore in the fourth quarter.")
    FiscalCalendar(end_month=3, named_by='end')
    >>> statutory_calendar("Net profit rose to Rs 960 crore in 2023."), statutory_calendar("$5 million in Q4 FY23")
    (None, None)
    >>> statutory_calendar("(Rs. in crore) | Q4 FY24 | Q3 FY24")  # a table's figures, its caption's unit
    FiscalCalendar(end_month=3, named_by='end')
    """
    text = text[:20000]
    if not names_fiscal_label(text, folded_text(text)):
        return _numbered_quarter_calendar(text)
    return _currency_calendar(text)


@cache
def _statutory_years() -> dict[str, FiscalCalendar]:
    return {row[0]: FiscalCalendar(int(row[1]), row[2]) for row in data_rows("statutory_fiscal_years.tsv")}


@cache
def _statutory_currency_word() -> re.Pattern[str]:
    """Any word or sign of a currency whose fiscal year the law sets (its ISO code too): a text
    without one holds no amount in it, and its amounts need not be read to know. (No look-behind
    opens the pattern, so ``re`` skips to the words' first characters; the character before a
    word is tested on the few matches, in :func:`_names_statutory_currency`.)"""
    codes = set(_statutory_years())
    tokens = {(t.token, t.exact_case) for t in currency_tokens() if t.code in codes} | {(c, True) for c in codes}
    alternatives = []
    for word, exact in sorted(tokens, key=lambda t: -len(t[0])):
        body = re.escape(word) + ("(?![A-Za-z])" if word[-1].isalpha() else "")
        alternatives.append(body if exact else f"(?i:{body})")
    return re.compile("|".join(alternatives))


def _names_statutory_currency(text: str) -> bool:
    for m in _statutory_currency_word().finditer(text):
        if not (m.group()[0].isalpha() and m.start() and text[m.start() - 1].isalpha()):
            return True  # (a word standing alone, as the amount reader reads it: not "Re" of "pRe")
    return False


def _currency_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal year the law sets for the currency most of the text's amounts are in, else None."""
    if not _names_statutory_currency(text):
        return None  # (most texts: no amount can be in such a currency)
    counts: dict[str, int] = {}
    for amount in find_amounts(text):
        counts[amount.currency] = counts.get(amount.currency, 0) + 1
    header = None if counts else find_unit_header(text)
    if header is not None and header.currency:  # a table's bare figures under "(Rs. in crore)"
        counts[header.currency] = 1
    if not counts:
        return None
    currency = max(counts, key=lambda code: counts[code])
    return _statutory_years().get(currency)


# a quarter named by its number alone, its year unsaid: "Q3 results", "3Q", "third-quarter profit"
# (not "Q3FY26" nor "Q3 2025", which carry their year; not "the third quarter of 2025")
_NUMBERED_QUARTER = Gated(re.compile(r"""
    (?<![\w'’.])(?:Q(?P<a>[1-4])|(?P<b>[1-4])Q)\b(?!\s*(?:FY\s?)?['’]?\d)   # Q3, 3Q: no year after it
    | \b(?P<c>first|second|third|fourth)[\s-]+quarter\b                  # the third quarter
      (?!\s+(?:of|in|ended|ending)\b)                                     # (not "of 2025", "ended ...")
    """, re.I | re.X))


# words before a quarter named in passing, as the comparison ("up from Rs 9 crore in the December
# quarter"), which says nothing of the story's own quarter
_COMPARED_BEFORE = re.compile(r"\b(?:from|against|than|compared|versus|vs|over|previous|preceding|sequential\w*|earlier|last)\b",
                              re.I)


@cache
def _month_quarter() -> Gated:
    """A quarter named by the month it ends: "the December quarter", "the Dec 2025 quarter", "the
    October-December quarter", "the quarter ended December 31" (Indian business English)."""
    return Gated(re.compile(rf"""
        \b(?:{month_name('m0')}\.?\s*[-–]\s*)?{month_name('m')}\.?    # (October-)December
        (?:\s+(?:19|20)\d\d)?\s+quarter\b                              # (2025) quarter
        | \bquarter\s+(?:ended|ending)\s+(?:on\s+)?{month_name('m2')}    # quarter ended December
        """, re.I | re.X))


def _numbered_quarter_calendar(text: str) -> FiscalCalendar | None:
    """The calendar of a story that names its quarter by number alone ("Q3 results") in a
    currency whose country's law sets the fiscal year: that year (India's: Q3 is October to
    December), unless the quarter is also named by its month near it ("Q3 ... the December
    quarter"), which then says where the year ends: in December ("Q4 ... December quarter", a
    company on the calendar year) or as the law sets it. A month that fits neither is a quarter
    named in passing (a comparison), and the law's year stands.

    >>> _numbered_quarter_calendar("Q3 results: net profit at Rs 960 crore for the December quarter")
    FiscalCalendar(end_month=3, named_by='end')
    >>> _numbered_quarter_calendar("Q4 results: net profit at Rs 960 crore for the December quarter")
    FiscalCalendar(end_month=12, named_by='end')
    >>> _numbered_quarter_calendar("Q4 results: Rs 960 crore, up from Rs 900 crore in the December quarter")
    FiscalCalendar(end_month=3, named_by='end')
    >>> _numbered_quarter_calendar("Q3 results: net profit at $960 million"), _numbered_quarter_calendar("Rs 9 crore")
    (None, None)
    """
    folded = folded_text(text)
    numbered = _NUMBERED_QUARTER.first(text, folded) if _NUMBERED_QUARTER.may_match(folded) else None
    if numbered is None:
        return None
    statutory = _currency_calendar(text)
    if statutory is None:
        return None
    month_named = _month_quarter().first(text, folded) if _month_quarter().may_match(folded) else None
    if month_named is None or abs(month_named.start() - numbered.start()) > _NEAR \
            or _COMPARED_BEFORE.search(text, max(0, month_named.start() - 40), month_named.start()):
        return statutory
    n = int(numbered["a"] or numbered["b"] or _ordinal(numbered["c"]))
    month = month_numbers()[(month_named["m"] or month_named["m2"]).lower()]
    end_month = (month + 3 * (4 - n) - 1) % 12 + 1
    return FiscalCalendar() if end_month == 12 else statutory


def _labelled_end(label: int, end_year: int) -> str | None:
    return "end" if label == end_year else "start" if label == end_year - 1 else None


@lru_cache(maxsize=8)
def _year_end(text: str) -> tuple[int, int | None, int] | None:
    """(end month, end year or None, offset) of the earliest year end the text states."""
    hits: list[tuple[int, int, int | None]] = []
    ends, folded = _gated()[0], folded_text(text)
    for pattern in ends[:-2]:
        for m in pattern.finditer(text, folded):
            g = m.groupdict()
            month = int(g["km"]) if g.get("km") else month_numbers()[(g.get("m") or g.get("m2") or "").lower()]
            hits.append((m.start(), month, int(g["y"]) if g.get("y") else None))
            break
    for months_left, pattern in ((6, ends[-2]), (None, ends[-1])):  # the interim's half, the quarter
        for m in pattern.finditer(text, folded):
            month = month_numbers()[(m["m"] or m["m2"]).lower()]
            end_month = (month + (months_left or 3 * (4 - _ordinal(m["n"] or m["n2"]))) - 1) % 12 + 1
            year = int(m["y"]) + (1 if end_month < month else 0) if m["y"] else None
            hits.append((m.start(), end_month, year))
            break
    if not hits:
        return None
    where, month, year = min(hits)
    return month, year, where


def _naming(text: str, end_year: int, where: int) -> str | None:
    """"start" when the fiscal label nearest the year end is the year the fiscal year starts,
    "end" when it is the year it ends, None when no label is near."""
    labels = [(abs(m.start() - where), int(m["label"].lstrip("'’")) % 100)
              for m in _LABEL.finditer(text, max(0, where - _NEAR), where + _NEAR)]
    for _, label in sorted(labels):
        if label == end_year % 100:
            return "end"
        if label == (end_year - 1) % 100:
            return "start"
    return None
