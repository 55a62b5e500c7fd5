"""The figures of a sentence of running text, and what binds one to a measure.

Amounts (with their currency), percentages and plain numbers, less those that are dates, period
names or years; "80 cents" read in the document's one dollar; a scale word lost where a truncated
copy ends ("KRW 319 mill") makes no figure. A ``Binding`` is one figure bound to a concept with
its period (``Dated``), its role (primary, translation, comparative) and its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from converter.extract.mechanisms.figure_subjects import WHOLE, Subject
from converter.extract.mechanisms.prose_periods import Dated
from converter.extract.mechanisms.sentences import YEAR, MeasureHit, Sentence
from converter.extract.mechanisms.tokens import dates_between
from converter.model import Period
from converter.parse.amounts import Amount, find_amounts
from converter.parse.dates import find_dates
from converter.parse.gates import Gated, fold
from converter.parse.numbers import find_counts, find_numbers, find_percents, full_scale, parse_figure, scale_words
from converter.parse.periods import FoundPeriod
from converter.taxonomy.table import concept_rows

PER_SHARE = re.compile(r"\s*(?:per|a)\s+(?:(?P<kind>fully\s+diluted|diluted|basic)\s+)?(?:(?:common|equity|ordinary)\s+)?"
                       r"(?P<unit>share|ADS|American\s+depositary\s+share)s?\b", re.I)
# a scale word cut off where a truncated copy ends: "was KRW 319 mill"
_CUT_SCALE = re.compile(r"\s+(?:t(?:h(?:o(?:u(?:s(?:a(?:nd?)?)?)?)?)?|r(?:i(?:l(?:l(?:i(?:on?)?)?)?)?)?)?|"
                        r"m(?:i(?:l(?:l(?:i(?:on?)?)?)?)?)?|b(?:i(?:l(?:l(?:i(?:on?)?)?)?)?)?)\s*")
_CENTS = re.compile(r"""(?:(?<![A-Za-z])(?P<pre>HK|US|NT|S)\s?)?   # whose dollar, before it: "HK6.5 cents"
    (?<![\d.,$])(?P<n>\d{1,3}(?:\.\d+)?)\s?                        # the number of cents
    (?:(?P<dollar>HK|US|NT|S)\s?)?                                  # whose dollar: "3.40 HK cents"
    cents?\b""", re.VERBOSE)
# the dollar a cent's letters name (Hong Kong announcements write "HK cents")
_CENT_DOLLARS = {"HK": "HKD", "US": "USD", "NT": "TWD", "S": "SGD"}
# (patterns that open with a look-behind are tried at every position: a text without their
# words, "cent" or a year's first digits, is not scanned)
_CENTS_GATED = Gated(_CENTS)
_YEAR_GATED = Gated(YEAR)
# currencies whose hundredth is a cent, by their ISO codes
_DOLLARS = ("USD", "HKD", "TWD", "SGD", "AUD", "CAD", "NZD", "EUR")
# a share's price as a Korean news page quotes it after the company's name: "(31,250원 ▼70
# -0.20%)", "(7,530원 0.00%)": the price, the day's change and its ratio, none of them a result
_PRICE_QUOTE = re.compile(r"""\(\s*\d[\d,]*\s*원\s+                  # the price: 31,250원
    (?:[▲▼△▽↑↓]\s*\d[\d,]*\s+)?                                   # the day's change: ▼50
    [+-]?\d+(?:\.\d+)?\s*%\s*\)                                    # its ratio: -0.20%""", re.VERBOSE)
# "Rs. 4/-", "@ 2/- per share": South Asian bookkeeping closes a whole amount of rupees (or taka)
# with "/-" ("and no paise"). The mark belongs to its figure, so that what follows the mark
# ("per equity share") is read as following the figure.
_WHOLE_MARK = re.compile(r"\s?/-(?![-\d])")
# the currencies whose whole amounts are so written (the rupees of India, Pakistan, Sri Lanka
# and Nepal, the taka of Bangladesh), by their ISO codes
_WHOLE_MARK_CURRENCIES = ("INR", "PKR", "LKR", "NPR", "BDT")
# "94-point-16 trillion won", "18-point-07 percent", "one-point-24 trillion": a decimal figure as
# radio news in English spells it out (the whole part, "-point-", the fraction's digits)
_LEADING_DIGITS = re.compile(r"\d+")  # the fraction's digits, opening the figure read after "-point-"
_SPOKEN_POINT = re.compile(r"""(?P<whole>\d+|[A-Za-z]+)   # the whole part, in digits or a word
    -point-$                                              # right before the fraction's figure""", re.VERBOSE)
SCALED = re.compile(r"(?i:thousand|million|billion|trillion|bn|mn|tn)|[만억조万億亿兆]|\d[MBK]\b")


@dataclass(frozen=True)
class Figure:
    """A number of a sentence: an amount (``currency`` set), a count or a percentage."""

    value: Decimal
    decimals: int
    start: int  # document offsets
    end: int
    text: str
    currency: str | None = None
    percent: bool = False


@dataclass
class Binding:
    concept: str
    figure: Figure
    dated: Dated
    role: str  # primary | translation | comparative
    sign: int = 1  # -1 when a loss word names the measure
    twins: tuple[str, ...] = ()  # further concepts the measure's words name
    subject: Subject = WHOLE
    unqualified: bool = False  # "EPS", "earnings per share": neither basic nor diluted said
    measure: MeasureHit | None = None

    @property
    def period(self) -> Period | None:
        return self.dated.period


@cache
def _cubes() -> dict[str, frozenset[str]]:
    """Concept -> the cubes (hypercubes) it may be reported in, from the concept table."""
    cubes: dict[str, set[str]] = {}
    for row in concept_rows():
        cubes.setdefault(row.name, set()).update(row.cubes)
    return {name: frozenset(found) for name, found in cubes.items()}


def in_cube(concept: str, cube: str) -> bool:
    return cube in _cubes().get(concept, ())


def segment_cube(concept: str) -> bool:
    return in_cube(concept, "Segment")


_ASCII_DIGIT = re.compile(r"[0-9]")


def may_hold_figures(text: str) -> bool:
    """Whether ``sentence_figures`` can find a figure in ``text``: each of them is written with a
    digit (or, in Korean, Chinese and Japanese, a numeral character), so an ASCII text without
    a digit holds none (a third of a release's sentences; their dates and periods need no
    reading for figures either).

    >>> may_hold_figures("Net income rose sharply."), may_hold_figures("up 5%"), may_hold_figures("매출 삼천억원")
    (False, True, True)
    """
    return not text.isascii() or _ASCII_DIGIT.search(text) is not None


def sentence_figures(s: Sentence, taken: list[tuple[int, int]], cents: str | None = None,
                     whole: str | None = None) -> list[Figure]:
    """Amounts, percentages and plain numbers of a sentence (not those inside dates, periods,
    or bare years such as "since 2000"); "80 cents" in ``cents``, the document's dollar; a bare
    "2/-" in ``whole``, the document's rupee (:func:`whole_mark_currency`)."""
    out: list[Figure] = []
    if cents or "cent" in s.text:  # (a cent that names its dollar needs no document's dollar)
        for m in _CENTS.finditer(s.text):
            dollar = m["dollar"] or m["pre"]
            currency = _CENT_DOLLARS[dollar] if dollar else cents
            if currency is None:
                continue
            value, decimals = Decimal(m["n"]).scaleb(-2), len((m["n"] + ".").split(".")[1]) + 2
            out.append(Figure(value, decimals, s.start + m.start(), s.start + m.end(), m.group(0), currency))
    taken = taken + [(s.start + m.start(), s.start + m.end()) for m in _YEAR_GATED.finditer(s.text, fold(s.text))]
    if "%)" in s.text or "% )" in s.text:  # (a price quote closes on its ratio)
        taken += [(s.start + m.start(), s.start + m.end()) for m in _PRICE_QUOTE.finditer(s.text)]

    def free(a: int, b: int) -> bool:
        for s_, e in taken:  # (plain loops: asked for every number of every sentence)
            if a < e and s_ < b:
                return False
        for f in out:
            if a < f.end and f.start < b:
                return False
        return True

    amounts = find_amounts(s.text)
    for a in [*amounts, *currency_left_out(s.text, amounts), *labelled_won(s.text, amounts)]:
        if _CUT_SCALE.fullmatch(s.text, a.end):
            continue  # "KRW 319 mill" at the end of a cut document: the scale word is lost
        if free(s.start + a.start, s.start + a.end):
            end = _whole_mark_end(s.text, a.end)
            out.append(Figure(a.value, a.decimals, s.start + a.start, s.start + end, s.text[a.start:end], a.currency))
    for p in find_percents(s.text):
        if free(s.start + p.start, s.start + p.end):
            out.append(Figure(p.value, p.decimals, s.start + p.start, s.start + p.end, p.text, percent=True))
    for c in [*find_counts(s.text), *find_numbers(s.text)]:
        text = (c.text[:len(c.text) - len(c.noun)] if c.noun else c.text).rstrip()
        if free(s.start + c.start, s.start + c.start + len(text)):
            end = _whole_mark_end(s.text, c.start + len(text)) if whole and not c.noun else c.start + len(text)
            currency = whole if end > c.start + len(text) else None
            out.append(Figure(c.value, c.decimals, s.start + c.start, s.start + end, s.text[c.start:end], currency))
    return _spoken_decimals(s, sorted(out, key=lambda f: f.start)) if "-point-" in s.text else \
        sorted(out, key=lambda f: f.start)


def _spoken_decimals(s: Sentence, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence with each spelled-out decimal read whole: "94-point-16 trillion
    won" is 94.16 trillion won, not 94 and minus 16 trillion. Where the whole part is not a
    number, both parts are left out (neither is the figure the text states)."""
    out: list[Figure] = []
    for f in figures:
        digits = _LEADING_DIGITS.match(f.text.lstrip("-"))
        at = f.start - s.start + f.text.startswith("-")  # (the amount reader takes the "-" as a sign)
        head = _SPOKEN_POINT.search(s.text, max(0, at - 24), at) if digits else None
        if head is None:
            out.append(f)
            continue
        fraction = digits.group()
        whole = _whole_part(head["whole"])
        if out and out[-1].end == s.start + head.start("whole") + len(head["whole"]):
            out.pop()  # the whole part, read alone as a number
        if whole is None:
            continue
        exponent = _exponent(abs(f.value) / Decimal(fraction)) if int(fraction) else None
        if exponent is None:
            continue  # ("0-point-00", or a scale that is no power of ten: nothing to trust)
        value, decimals = full_scale(Decimal(f"{whole}.{fraction}").scaleb(exponent))
        out.append(Figure(value, decimals, s.start + head.start(), f.end, s.text[head.start():f.end - s.start],
                          f.currency, f.percent))
    return out


def _whole_part(text: str) -> Decimal | None:
    """The whole part of a spelled-out decimal: digits, or a cardinal number word ("one")."""
    parsed = parse_figure(text)  # (digits or a cardinal word: what ``_SPOKEN_POINT`` lets through)
    return parsed[0] if parsed is not None else None


def _exponent(scale: Decimal) -> int | None:
    """The power of ten ``scale`` is (1, 0.01, 10**12 ...), if it is one."""
    exponent = int(scale.normalize().as_tuple().exponent)
    return exponent if scale == Decimal(1).scaleb(exponent) else None


# what closes an item of a list: a comma or a middle dot (", 영업익 18억원")
_LIST_MARK = re.compile(r"\s?[,·、]")


def currency_left_out(text: str, amounts: list[Amount]) -> list[Amount]:
    """Figures of a Korean (or Japanese) list that leave out the currency the next item writes
    ("매출 3천545억, 영업익 18억원": 원 written once, for both): a figure ending in a large unit
    (억, 조; data/scales.tsv), closed by a list mark, whose next amount ends in the same unit and
    then its currency. A figure in any other place stays a plain number.

    >>> [(a.text, a.currency) for a in currency_left_out("매출 3천545억, 영업익 18억원", find_amounts("매출 3천545억, 영업익 18억원"))]
    [('3천545억', 'KRW')]
    >>> currency_left_out("직원 3천명, 영업익 18억원", find_amounts("직원 3천명, 영업익 18억원"))
    []
    """
    if text.isascii() or not amounts:
        return []  # (no Korean or Han unit)
    out: list[Amount] = []
    for q in find_numbers(text):
        unit = q.text[-1]
        if scale_words().get(unit, (0, ""))[1] != "ko_large" or not _LIST_MARK.match(text, q.end):
            continue
        later = next((a for a in amounts if a.start >= q.end), None)
        if later is None or any(a.start < q.end and q.start < a.end for a in amounts):
            continue
        if _figure_before_currency(later.text).endswith(unit):
            out.append(Amount(q.value, later.currency, q.decimals, q.start, q.end, q.text))
    return out


# a Korean labelled line whose value is a figure of 억 or 조 with no currency after it ("매출액 :
# 5,123억", "▲영업이익: 312억(전년比 +12%)"): Korean results briefs leave the won unsaid there
_LABELLED_BARE = re.compile(r"""(?m)^[ \t]*(?:[▲△■□▶▷●○◆◇·•*-][ \t]*)?      # a bullet, if any
    (?P<label>[가-힣][가-힣 \t]{0,15}?)[ \t]*[:：][ \t]*                  # the label and its colon
    (?P<figure>\d[\d,.]*[ \t]?조(?:[ \t]?\d[\d,.]*[ \t]?억)?|\d[\d,.]*[ \t]?억)  # 1조 2,345억, 5,123억
    (?![\d가-힣]|[ \t]?(?:원|달러|엔|위안|유로))                           # no currency (nor more figure) after it""",
                            re.VERBOSE)


def labelled_won(text: str, amounts: list[Amount]) -> list[Amount]:
    """Figures of 억 or 조 with no currency on a Korean labelled line whose label names a measure
    of money ("매출액 : 5,123억", "영업이익: 312억(전년比 +12%)"): amounts in won. A figure with a
    sign mark before it is not one (△ and ▲ mean a loss in some briefs, a rise in others), nor one
    whose label names no measure ("직원수 : 3천명" has no 억).

    >>> [(a.text, a.value, a.currency) for a in labelled_won("매출액 : 5,123억\\n영업이익: 312억(전년比 +12%)", [])]
    [('5,123억', Decimal('512300000000'), 'KRW'), ('312억', Decimal('31200000000'), 'KRW')]
    >>> labelled_won("영업이익 : △12억", []), labelled_won("수주잔고 : 12억 달러", []), labelled_won("기준일 : 3억", [])
    ([], [], [])
    """
    if ":" not in text and "：" not in text or text.isascii():
        return []  # (no colon, or no Hangul: no such line)
    from converter.extract.mechanisms.sentences import find_measures
    out: list[Amount] = []
    for m in _LABELLED_BARE.finditer(text):
        start, end = m.start("figure"), m.end("figure")
        if any(a.start < end and start < a.end for a in amounts) or not find_measures(m["label"]):
            continue
        found = [a for a in find_amounts(m["figure"], default_currency="KRW") if a.end == len(m["figure"])]
        if len(found) == 1 and found[0].start == 0 and found[0].currency == "KRW":
            a = found[0]
            out.append(Amount(a.value, a.currency, a.decimals, start, end, m["figure"]))
    return out


def _figure_before_currency(text: str) -> str:
    """"18억원" -> "18억", "5억 달러" -> "5억": the figure of an amount whose currency is written
    after it ("" when none is)."""
    figure = text.rstrip()
    while figure and not figure[-1].isdigit() and figure[-1] not in scale_words():
        figure = figure[:-1].rstrip()
    return figure if figure != text.rstrip() else ""


@lru_cache(maxsize=4)  # asked by the dividend reader and the prose binder of one document
def cents_currency(text: str) -> str | None:
    """The dollar a document's "cents" are of: its one currency that has cents, if only one."""
    if next(_CENTS_GATED.finditer(text, fold(text)), None) is None:
        return None
    return _one_currency_of(text, _DOLLARS)


def _whole_mark_end(text: str, end: int) -> int:
    """Where a figure ending at ``end`` ends with its whole-amount mark ("/-"), if one follows."""
    if text.startswith("/-", end) or text.startswith(" /-", end):  # (most figures: no mark)
        m = _WHOLE_MARK.match(text, end)
        if m is not None:
            return m.end()
    return end


@lru_cache(maxsize=4)  # asked by the dividend reader and the prose binder of one document
def whole_mark_currency(text: str) -> str | None:
    """The currency of a document's bare "2/-": its one currency of :data:`_WHOLE_MARK_CURRENCIES`
    when it writes the mark at all.

    >>> whole_mark_currency("a dividend of Rs. 2.35 per share, i.e. 2/- more"), whole_mark_currency("Rs. 2.35")
    ('INR', None)
    """
    if "/-" not in text:
        return None
    return _one_currency_of(text, _WHOLE_MARK_CURRENCIES)


def _one_currency_of(text: str, codes: tuple[str, ...]) -> str | None:
    """The one currency of ``codes`` the amounts of the document's head are in, if only one."""
    found = _head_currencies(text).intersection(codes)
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=4)  # (both questions above, asked of one document, read its amounts once)
def _head_currencies(text: str) -> frozenset[str]:
    """The currencies of the amounts in the first 50,000 characters of ``text``."""
    return frozenset(a.currency for a in find_amounts(text[:50000]))


def excluded(s: Sentence, periods: list[FoundPeriod], document: str | None = None) -> list[tuple[int, int]]:
    """Ranges whose digits are dates or period names, not figures. ``document``: the text ``s``
    is a sentence of, whose date index (read once for the document, ``tokens.dates_between``)
    then answers for the sentence instead of a scan of each sentence for dates."""
    dates = find_dates(s.text) if document is None else dates_between(document, s.start, s.end)
    spans = [(s.start + d.start, s.start + d.end) for d in dates]
    spans += [(s.start + p.start, s.start + p.end) for p in periods]
    return spans


def compound(text: str, measure: MeasureHit, measures: list[MeasureHit]) -> bool:
    """A measure right after another one: "Property sales turnover", "revenue sales"."""
    return any(m.end <= measure.start and not text[m.end:measure.start].strip() for m in measures)


def allows(concept: str, subject: Subject) -> bool:
    cube = {"SegmentAxis": "Segment", "CounterpartyAxis": "Counterparty"}.get(subject.axis or "")
    return cube is None or in_cube(concept, cube)
