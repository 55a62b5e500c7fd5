"""Figures, counts, share counts, percentages and ratios as press releases write them.

A figure's ``decimals`` is the precision the text stated, counted the XBRL way (digits to the
right of the decimal point; negative for rounding to tens, hundreds, ...):

>>> parse_figure("45.18 million")
(Decimal('45180000'), -4)
>>> parse_figure("3,104,558")
(Decimal('3104558'), 0)
>>> parse_figure("4,127억")
(Decimal('412700000000'), -8)
>>> parse_figure("2천7백11억")
(Decimal('271100000000'), -8)
>>> parse_figure("3억 5천만")
(Decimal('350000000'), -7)
>>> parse_figure("310만 4,558")
(Decimal('3104558'), 0)
>>> parse_figure("twelve")
(Decimal('12'), 0)
>>> parse_percent("52.5%").value, parse_percent("52.5%").decimals
(Decimal('0.525'), 3)
>>> parse_percent("12 percent").value
Decimal('0.12')
>>> [(q.value, q.decimals, q.noun) for q in find_counts("with 1,187,342 paying end-users at")]
[(Decimal('1187342'), 0, 'paying end-users')]
>>> [(q.value, q.decimals) for q in find_counts("reduced to 45.18 million shares from 135.6 million shares")]
[(Decimal('45180000'), -4), (Decimal('135600000'), -5)]
>>> find_ratios("three shares of the existing common stock will be consolidated into one share")[0].value
Decimal('3')
>>> find_ratios("a 1-for-10 reverse stock split")[0].value
Decimal('10')
>>> r = find_ratios("a two-for-one stock split")[0]; (r.old, r.new)
(Decimal('1'), Decimal('2'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from converter.parse.gates import Gated, fold
from converter.parse.match_starts import matches_from
from converter.resources import data_rows


@dataclass(frozen=True)
class Quantity:
    """A number found in text: ``value`` at full scale, ``decimals`` as stated, offsets into
    the searched text; ``noun`` is the counted thing for counts ("subscribers", "shares")."""

    value: Decimal
    decimals: int
    start: int
    end: int
    text: str
    noun: str = ""


@dataclass(frozen=True)
class Ratio:
    """``old`` shares become ``new`` shares; ``value`` is old per new (3 for 3-into-1)."""

    value: Decimal
    old: Decimal
    new: Decimal
    start: int
    end: int
    text: str


def _rows(name: str) -> list[list[str]]:
    return [list(row) for row in data_rows(name)]


@cache
def scale_words() -> dict[str, tuple[int, str]]:
    """Scale word -> (power of ten, kind), from ``data/scales.tsv``."""
    return {row[0]: (int(row[1]), row[2]) for row in _rows("scales.tsv")}


@cache
def number_words() -> dict[str, tuple[Decimal, str]]:
    """Number word (lower case) -> (value, kind), from ``data/number_words.tsv``."""
    return {row[0].lower(): (Decimal(row[1]), row[2]) for row in _rows("number_words.tsv")}


# a figure in digits: 1,234,567.8, or grouped the Indian way (lakh and crore: a thousands group,
# then groups of two, "2,18,41,91,490" = 2,184,191,490), one number, never cut at its first group
DIGITS = r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,]*\d)|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"


def _korean_units(kind: str) -> str:
    return "".join(w for w, (_, k) in scale_words().items() if k == kind)


@cache
def korean_figure_regex() -> str:
    """Regex source for a figure written with Korean units: 4,127억, 1조 2,000억, 5천만."""
    small, large = _korean_units("ko_small"), _korean_units("ko_large")
    group = rf"(?:(?:{DIGITS})?[{small}])+(?:{DIGITS})?|{DIGITS}"
    return rf"(?:(?:{group})\s?[{large}](?:\s(?={DIGITS}|[{small}]))?)+(?:{group})?|(?:(?:{DIGITS})?[{small}])+(?:{DIGITS})?"


@cache
def english_scale_regex() -> str:
    """Regex source for a scale after a figure: `` billion``, ``bn``, or a glued ``M``/``B``."""
    words = sorted((w for w, (_, k) in scale_words().items() if k == "word"), key=len, reverse=True)
    letters = sorted((w for w, (_, k) in scale_words().items() if k == "letter"), key=len, reverse=True)
    return (
        rf"(?:{SCALE_GAP}(?i:{'|'.join(words)})(?![A-Za-z])|(?:{'|'.join(letters)})(?![A-Za-z0-9]))"
    )


# Between a figure and its scale word: a space or two, or a line break with the next line's
# indent ("US$ 12.3" / "million" on the next line is 12.3 million dollars, never 12.3 dollars);
# or a hyphen, as news joins them into a compound ("a Rs 500-crore order", "41-trillion won").
SCALE_GAP = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]{0,2}|-)"


@cache
def figure_regex() -> str:
    """Regex source for any figure: Korean-unit form first, else digits with an optional scale."""
    return rf"(?:{korean_figure_regex()}|{DIGITS}(?:{english_scale_regex()})?)"


def full_scale(value: Decimal) -> tuple[Decimal, int]:
    """(value written at full scale, decimals) of a Decimal whose exponent is its precision.

    >>> full_scale(Decimal("412.7").scaleb(9))
    (Decimal('412700000000'), -8)
    """
    decimals = -value.as_tuple().exponent  # type: ignore[operator]
    if decimals < 0:
        value = value.quantize(Decimal(1))
    return value, decimals


def _korean_value(text: str) -> Decimal | None:
    scales = scale_words()
    total: Decimal | None = None
    group: Decimal | None = None
    pending: Decimal | None = None
    last_large: int | None = None

    def plus(a: Decimal | None, b: Decimal) -> Decimal:
        return b if a is None else a + b

    for m in _figure_or_unit().finditer(text):
        if m[1]:
            pending = Decimal(m[1].replace(",", ""))
        elif m[2] in scales and scales[m[2]][1] == "ko_small":
            group = plus(group, (pending if pending is not None else Decimal(1)).scaleb(scales[m[2]][0]))
            pending = None
        elif m[2] in scales and scales[m[2]][1] == "ko_large":
            power = scales[m[2]][0]
            if last_large is not None and power >= last_large:
                return None  # "1천315억2천500억": a unit repeated or out of order is a misprint
            last_large = power
            if pending is not None:
                group = plus(group, pending)
            total = plus(total, (group if group is not None else Decimal(1)).scaleb(power))
            group = pending = None
        else:
            return None
    for rest in (group, pending):
        if rest is not None:
            total = plus(total, rest)
    return total


# Short texts (lines, sentences, figures) are read again by several extractors: their results
# are remembered, in bounded caches so memory stays flat over a batch.
MEMO_CHARS = 2000


def parse_figure(text: str) -> tuple[Decimal, int] | None:
    """(value, decimals) of a whole string that is one figure, else None."""
    return _remembered_figure(text) if len(text) <= 64 else _parse_figure(text)


def _parse_figure(text: str) -> tuple[Decimal, int] | None:
    text = text.strip()
    word = number_words().get(text.lower())
    if word is not None and word[1] == "cardinal":
        return word[0], 0
    korean, digits, scaled = _whole_figure_patterns()
    if korean.fullmatch(text) and not digits.fullmatch(text):
        value = _korean_value(text)
        return None if value is None else full_scale(value)
    m = scaled.fullmatch(text)
    if not m:
        return None
    number = Decimal(m[1].replace(",", ""))
    if m[2]:
        number = number.scaleb(scale_words()[_scale_key(m[2].strip().lstrip("-"))][0])  # ("500-crore")
    return full_scale(number)


_remembered_figure = lru_cache(maxsize=8192)(_parse_figure)


# The patterns above compiled once (inline, each call would build and look up its source, and
# recompile it whenever re's cache of 512 has dropped it)
@cache
def _whole_figure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A Korean figure, digits alone, digits with an English scale word (each matched whole)."""
    return (re.compile(korean_figure_regex()), re.compile(DIGITS),
            re.compile(rf"({DIGITS})({english_scale_regex()})?"))


@cache
def _figure_or_unit() -> re.Pattern[str]:
    """Digits, or any other character (a Korean unit, else a misprint) of a Korean figure."""
    return re.compile(rf"({DIGITS})|(\S)")


@cache
def _figure_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_BOUNDARY_BEFORE}(?:{figure_regex()})")


def _scale_key(word: str) -> str:
    return word if word in scale_words() else word.lower()


def parse_number(text: str) -> Quantity | None:
    """The figure ``text`` consists of, as a Quantity (offsets within ``text``)."""
    parsed = parse_figure(text)
    if parsed is None:
        return None
    return Quantity(parsed[0], parsed[1], 0, len(text), text)


_BOUNDARY_BEFORE = r"(?<![\w.,$€£¥₩])"
# the same, except that a Han character or kana may come right before (Chinese and Japanese
# write no space between words: 成長18.6%)
# (a comma is a thousands mark, except right after a percentage: "각각 158.6%,412.7%", a list)
_PERCENT_BOUNDARY = r"(?<![.$€£¥₩])(?<![^%],)(?<!(?![\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])\w)"


def find_numbers(text: str) -> list[Quantity]:
    """Every figure written in digits (with its scale word or Korean units), in order.

    >>> [q.text for q in find_numbers("revenues of 412.7 billion and 4,127억원, up 52.5%")]
    ['412.7 billion', '4,127억', '52.5']
    """
    if len(text) <= MEMO_CHARS:
        return list(_remembered_numbers(text))
    return _search_numbers(text)


@lru_cache(maxsize=4096)
def _remembered_numbers(text: str) -> tuple[Quantity, ...]:
    return tuple(_search_numbers(text))


@cache
def _figure_start_candidates() -> re.Pattern[str]:
    """Where a match of ``_figure_pattern`` can start: a digit or a Korean unit (a figure's
    first character) that no word character, decimal mark or currency sign precedes (the
    pattern's own look-behind). The pattern opens with that look-behind, so ``re`` tries it at
    every position of a text; this one opens with a class, which ``re`` skips to."""
    first = rf"\d{_korean_units('ko_small')}"
    return re.compile(rf"[{first}](?<![\w.,$€£¥₩][{first}])")


def _search_numbers(text: str) -> list[Quantity]:
    found = []
    starts = [m.start() for m in _figure_start_candidates().finditer(text)]
    for m in matches_from(_figure_pattern(), text, starts):  # what finditer finds
        raw = m.group(0).rstrip()
        parsed = parse_figure(raw)
        if parsed is not None:
            found.append(Quantity(parsed[0], parsed[1], m.start(), m.start() + len(raw), raw))
    return found


# ---------------------------------------------------------------------------------------------
# Percentages
# ---------------------------------------------------------------------------------------------

@cache
def _percent_source() -> str:
    """A percentage's figure and its sign or word. Korean newspapers write the hundreds of a
    percentage with the Korean unit, as they write amounts ("1백21.5%" is 121.5%, "2백%" 200%)."""
    small = _korean_units("ko_small")
    return rf"""
        (?P<n>
            (?:\d+\s?[{small}])+(?:{DIGITS})?   # 1백21.5, 1천2백: digits before each unit, then the rest
          | {DIGITS}                            # 52.5, 1,234.5
        )
        \s?(?:%|％|(?i:percent|per\ cent|pct\.?)(?![A-Za-z])|퍼센트|프로)   # the sign or word
        """


def _percent_value(figure: str) -> Decimal | None:
    """The figure of a percentage, its Korean units read ("1백21.5" -> 121.5)."""
    if figure[-1].isdigit() and all(c.isdigit() or c in ",." for c in figure):
        return Decimal(figure.replace(",", ""))
    return _korean_value(figure.replace(" ", ""))


def parse_percent(text: str) -> Quantity | None:
    """A whole string that is a percentage, as a ratio: "52.5%" -> 0.525 (decimals 3).

    >>> [(q.value, q.decimals) for q in map(parse_percent, ("1백21.5%", "1백7.3%", "2백%", "1천2백%"))]
    [(Decimal('1.215'), 3), (Decimal('1.073'), 3), (Decimal('2'), 0), (Decimal('12'), 0)]
    """
    found = find_percents(text.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.strip()):
        return found[0]
    return None


@cache
def _percent_gated() -> Gated:
    """A percentage, not a change in percentage points ("3.2%p", "3.2 포인트", "3.2 points");
    gated: its look-behinds open it, so re tries it at every position, and a text with no
    percent sign or word, most sentences, is not scanned."""
    return Gated(re.compile(rf"{_PERCENT_BOUNDARY}{_percent_source()}(?!p|\s?포인트|\s?points?\b)", re.X))


# where a percentage can start (re skips to a class): a digit that no digit, Latin letter,
# decimal mark or currency sign precedes, which the pattern's look-behinds refuse too
_PERCENT_START_CANDIDATES = re.compile(r"\d(?<![\dA-Za-z_.$€£¥₩]\d)(?<![^%],\d)")


def find_percents(text: str) -> list[Quantity]:
    """Every percentage in ``text`` as a ratio (not percentage points: "%p" is skipped).

    >>> [(q.value, q.decimals) for q in find_percents("up 163.2% and an increase of 12 percent")]
    [(Decimal('1.632'), 3), (Decimal('0.12'), 2)]

    Chinese and Japanese glue a percentage to the word before it (較去年同期成長18.6%, 前年同期比8.2％):

    >>> [q.text for q in find_percents("較去年同期成長18.6%，前年同期比8.2％増, A5%")]
    ['18.6%', '8.2％']

    Korean units inside the figure, never the digits after a unit read alone:

    >>> [(q.text, q.value) for q in find_percents("전년 동기 대비 1백21.5% 늘었고 영업손실은 51.6% 줄었다")]
    [('1백21.5%', Decimal('1.215')), ('51.6%', Decimal('0.516'))]

    A list written without spaces, never the digits after a thousands mark:

    >>> [q.text for q in find_percents("각각 8.6%,12.7% 늘었다, 1,250%")]
    ['8.6%', '12.7%', '1,250%']
    """
    found = []
    gated = _percent_gated()
    if not gated.may_match(fold(text)):
        return found
    starts = [m.start() for m in _PERCENT_START_CANDIDATES.finditer(text)]
    for m in matches_from(gated.pattern, text, starts):  # what finditer finds
        value = _percent_value(m["n"])
        if value is None:
            continue  # (a figure the reading of Korean units refuses)
        value, decimals = full_scale(value.scaleb(-2))
        found.append(Quantity(value, decimals, m.start(), m.end(), m.group(0)))
    return found


# ---------------------------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------------------------

_COUNT_NOUNS = (
    r"(?:(?:paying|registered|active|broadband|mobile|wireless|new|net|total|"
    r"internet|cellular|customers|high-speed|outstanding|common|preferred|"
    r"ADS|ordinary|treasury|issued)[\s-]+){0,3}"
    r"(?:subscribers?|end-users?|users?|customers?|members?|accounts?|lines?|"
    r"households?|shares?|ADSs?|ADRs?|employees?|persons?|people)(?![A-Za-z])"
)
_KOREAN_COUNTERS = r"(?:명|주|가구|회선|계좌)"


def find_counts(text: str) -> list[Quantity]:
    """Every figure followed by what it counts (English nouns or Korean counters 명, 주, ...).

    >>> [(q.value, q.noun) for q in find_counts("가입자 310만 4,558명을 확보")]
    [(Decimal('3104558'), '명')]
    """
    found = []
    for q in find_numbers(text):  # each figure once, then what follows it: linear in the text
        m = _counted().match(text, q.end)
        if m:
            noun = m["noun"] or m["ko"]
            found.append(Quantity(q.value, q.decimals, q.start, m.end(), text[q.start:m.end()], noun))
    return found


@cache
def _counted() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+(?P<noun>{_COUNT_NOUNS})|\s?(?P<ko>{_KOREAN_COUNTERS}))")


# ---------------------------------------------------------------------------------------------
# Ratios of stock splits and consolidations
# ---------------------------------------------------------------------------------------------


@cache
def _count_word() -> str:
    words = sorted(
        (w for w, (_, k) in number_words().items() if k == "cardinal" and w.isascii()),
        key=len,
        reverse=True,
    )
    return rf"(?:\d+(?:\.\d+)?|(?i:{'|'.join(re.escape(w) for w in words)})(?![a-z]))"


def _count_value(token: str) -> Decimal:
    parsed = parse_figure(token)
    if parsed is None:
        raise ValueError(token)
    return parsed[0]


@cache
def _ratio_patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, True when the first number is the old count)."""
    n = _count_word()
    return (
        # "three shares ... will be consolidated into one share" / "combined into"
        (re.compile(rf"(?P<a>{n})\s+(?:\w+\s+){{0,2}}shares?\b[^.]{{0,120}}?\b"
                    rf"(?:consolidated|combined|converted|exchanged)\s+(?:in)?to\s+(?P<b>{n})\s+"
                    rf"(?:new\s+)?(?:share|ADS)", re.I), True),
        # "1-for-3 reverse stock split": new-for-old
        (re.compile(rf"(?P<b>{n})[\s-]+for[\s-]+(?P<a>{n})\b", re.I), True),
        # "a ratio of 3 to 1", "3:1"
        (re.compile(rf"ratio\s+of\s+(?P<a>{n})(?:\s*(?:to|:)\s*|-to-)(?P<b>{n})\b", re.I), True),
        # "two shares ... will be split into five shares" (a forward split written out)
        (re.compile(rf"(?P<a>{n})\s+(?:\w+\s+){{0,2}}shares?\b[^.]{{0,120}}?\b"
                    rf"(?:split|divided|subdivided)\s+into\s+(?P<b>{n})\s+(?:new\s+)?shares?", re.I), True),
        # "10주를 1주로 병합"
        (re.compile(r"(?P<a>\d+)\s*주를\s*(?P<b>\d+)\s*주로"), True),
        # "consolidate every ten (10) shares into one (1) share", "consolidation of five (5)
        # shares into one (1) share": the verb first, the figure repeated in parentheses
        (re.compile(rf"""\b(?:consolidat|combin)\w*\s+(?:of\s+)?(?:(?:each|every)\s+)?
                         (?P<a>{n})(?:\s*\(\d+(?:\.\d+)?\))?\s+(?:\w+\s+){{0,2}}?shares?\b   # old shares
                         [^.]{{0,60}}?\binto\s+(?P<b>{n})(?:\s*\(\d+\))?\s+(?:new\s+)?   # into new
                         (?:\w+\s+)?shares?\b""", re.I | re.X), True),
        # "each share of common stock ... will be split into three shares": one old share
        (re.compile(rf"\b(?P<a>each|every)\s+(?:\w+\s+){{0,1}}share\b[^.]{{0,160}}?\b"
                    rf"(?:split|divided|subdivided)\s+into\s+(?P<b>{n})(?:\s*\(\d+\))?\s+(?:new\s+)?"
                    rf"(?:\w+\s+)?shares\b", re.I), True),
        # "split each share of common stock into two shares"
        (re.compile(rf"\b(?:split|divid|subdivid)\w*\s+(?P<a>each|every)\s+(?:\w+\s+)?share\b"
                    rf"(?:\s+of\s+(?:\w+\s+)?stock)?\s+into\s+(?P<b>{n})(?:\s*\(\d+\))?\s+(?:new\s+)?"
                    rf"(?:\w+\s+)?shares\b", re.I), True),
    )


@cache
def _gated_ratio_patterns() -> tuple[Gated, ...]:
    """The ratio patterns with the words each needs ("for", "shares", "ratio", "주로"): a
    sentence without them is not scanned, nor the places where no match can start."""
    return tuple(Gated(pattern) for pattern, _ in _ratio_patterns())


def find_ratios(text: str) -> list[Ratio]:
    """Split / consolidation ratios: old shares per new share ("1-for-10" -> 10)."""
    found: list[Ratio] = []
    folded = fold(text)
    for gated in _gated_ratio_patterns():
        for m in gated.finditer(text, folded):
            if any(m.start() < r.end and r.start < m.end() for r in found):
                continue
            old = Decimal(1) if m["a"].lower() in ("each", "every") else _count_value(m["a"])
            new = _count_value(m["b"])
            if old == 0 or new == 0:
                continue
            value = old / new
            found.append(Ratio(value, old, new, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda r: r.start)
