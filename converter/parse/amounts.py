"""Money as filings write it, English and Korean, to a value at full scale with its precision.

>>> parse_amount("KRW412.7 billion")
Amount(value=Decimal('412700000000'), currency='KRW', decimals=-8, start=0, end=16, text='KRW412.7 billion')
>>> a = parse_amount("(KRW 31.4 billion)"); (a.value, a.decimals)
(Decimal('-31400000000'), -8)
>>> a = parse_amount("4,127억원"); (a.value, a.currency, a.decimals)
(Decimal('412700000000'), 'KRW', -8)
>>> parse_amount("1조 2,000억 원").value
Decimal('1200000000000')
>>> a = parse_amount("3억 5천만원"); (a.value, a.decimals)
(Decimal('350000000'), -7)
>>> parse_amount("△427,838,371", default_currency="KRW").value
Decimal('-427838371')
>>> a = parse_amount("US$12.5 million"); (a.value, a.currency, a.decimals)
(Decimal('12500000'), 'USD', -5)
>>> parse_amount("W5,000").currency, parse_amount("NT$ 1.2 billion").currency, parse_amount("JPY 40 billion").currency
('KRW', 'TWD', 'JPY')
>>> parse_amount("418,093", default_currency="KRW", scale=Decimal("1e6"))
Amount(value=Decimal('418093000000'), currency='KRW', decimals=-6, start=0, end=7, text='418,093')
>>> [(a.text, a.value) for a in find_amounts("KRW 122.5 billion (US$ 102.7 million) in sales")]
[('KRW 122.5 billion', Decimal('122500000000')), ('US$ 102.7 million', Decimal('102700000'))]
>>> find_unit_header("(단위: 백만원)")
UnitHeader(currency='KRW', scale=Decimal('1000000'), start=0, end=9, text='(단위: 백만원)')
>>> h = find_unit_header("(in millions of Won, except per share data)"); (h.currency, h.scale)
('KRW', Decimal('1000000'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from itertools import groupby

from babel.numbers import get_currency_symbol, list_currencies

from converter.parse.cjk_amounts import cjk_currency_words, find_cjk_amounts
from converter.parse.match_starts import matches_from
from converter.parse.numbers import (
    DIGITS,
    MEMO_CHARS,
    _rows,
    figure_regex,
    find_counts,
    find_numbers,
    full_scale,
    parse_figure,
    scale_words,
)
from converter.parse.pattern_tree import read_tree

# CLDR locales whose currency symbols filings of our issuers use, in order of precedence
# ("$" is the US dollar before it is anything else).
SYMBOL_LOCALES = ("en_US", "ko_KR", "ja_JP", "en_GB")
NEGATIVE_MARKS = "-−△▼"  # △ is the Korean accounting minus; ▼ a decrease
# Before a figure written with its currency after it: no Latin letter, digit or decimal mark
# ("A380" is no figure); Korean, Japanese and Chinese glue words to figures ("약7억원",
# "売上高は6,215百万円", "出口3亿美元"), so their characters do not bar one.
_FIGURE_BOUNDARY = r"(?<![A-Za-z0-9_.,])"


@dataclass(frozen=True)
class Amount:
    value: Decimal  # full scale, signed
    currency: str  # ISO 4217
    decimals: int  # precision the text stated
    start: int  # offsets in the searched text
    end: int
    text: str


@dataclass(frozen=True)
class UnitHeader:
    """A table's unit line: every bare figure of the table is ``scale`` units of ``currency``."""

    currency: str | None
    scale: Decimal
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CurrencyToken:
    token: str
    code: str
    where: str  # before | after | both | tight (glued before the figure)
    exact_case: bool


@cache
def iso_codes() -> frozenset[str]:
    """ISO 4217 codes Babel knows, less the upper-case words the data file says are not money."""
    ignored = {r[0] for r in _rows("currencies.tsv") if r[1] == "-"}
    return frozenset(code for code in list_currencies() if code not in ignored)


@cache
def currency_tokens() -> tuple[CurrencyToken, ...]:
    """Currency words from ``data/currencies.tsv``, then CLDR symbols via Babel (ISO codes are
    matched as any three capitals and checked against ``iso_codes()``)."""
    rows = _rows("currencies.tsv")
    tokens = {r[0]: CurrencyToken(r[0], r[1], r[2], r[3] == "exact") for r in rows if r[1] != "-"}
    for locale in SYMBOL_LOCALES:
        for code in sorted(list_currencies()):
            symbol = get_currency_symbol(code, locale)
            if symbol not in tokens and not symbol.isalpha():
                tokens[symbol] = CurrencyToken(symbol, code, "before", True)
    return tuple(sorted(tokens.values(), key=lambda t: len(t.token), reverse=True))


def currency_of(token: str) -> str | None:
    """ISO code of a currency word or symbol ("Won" -> "KRW", "US$" -> "USD"): the first of
    ``currency_tokens()`` written so, or (a word of any case) so in lower case."""
    exact, any_case = _token_places()
    places = [place for place in (exact.get(token), any_case.get(token.lower())) if place is not None]
    if places:
        return currency_tokens()[min(places)].code
    return token if token in iso_codes() else None


@cache
def _token_places() -> tuple[dict[str, int], dict[str, int]]:
    """Where each currency token first comes in ``currency_tokens()``: by its spelling, and (the
    words of any case) by its spelling in lower case."""
    exact: dict[str, int] = {}
    any_case: dict[str, int] = {}
    for place, t in enumerate(currency_tokens()):
        exact.setdefault(t.token, place)
        if not t.exact_case:
            any_case.setdefault(t.token.lower(), place)
    return exact, any_case


def _alternation(where: tuple[str, ...]) -> str:
    """The currency tokens of ``where``, longest first. A word opens behind ``(?<![A-Za-z])``:
    the words that follow one another in the list share one look-behind, ``(?<![A-Za-z])(?:A|B)``
    for ``(?<![A-Za-z])A|(?<![A-Za-z])B`` (the same alternatives in the same order, so the same
    matches; but a position where a letter stands before is refused once, not once a word,
    where each look-behind cost ``re`` as much as the rest of the try)."""
    parts: list[tuple[bool, str]] = []  # (opens behind the look-behind, the rest of the token's pattern)
    for t in currency_tokens():
        if t.where not in where:
            continue
        body = re.escape(t.token).replace(r"\ ", r"\s?")
        if not t.exact_case:
            body = f"(?i:{body})"
        if t.token[-1].isalpha() and t.token.isascii():
            body = rf"{body}(?![A-Za-z])"
        parts.append((t.token[0].isalpha(), body))
    if "both" in where:
        parts.append((True, r"[A-Z]{3}(?![A-Za-z])"))
    out: list[str] = []
    for behind, run in groupby(parts, key=lambda part: part[0]):
        bodies = [body for _, body in run]
        out += [rf"(?<![A-Za-z])(?:{'|'.join(bodies)})"] if behind else bodies
    return "|".join(out)


@cache
def _amount_patterns() -> tuple[re.Pattern[str], ...]:
    fig = figure_regex()
    sign = rf"(?P<sign>[{NEGATIVE_MARKS}▲]\s?)?"
    after = _alternation(("after", "both"))
    prefix = _prefix()
    return (
        re.compile(rf"{_figure_within_reach(prefix)}{prefix}(?P<fig>{fig})"),
        # a currency word after its figure: a space apart, or joined by a hyphen as news writes a
        # compound ("the 40 trillion-won mark"; a lower-case word only: "10-K" is no amount)
        re.compile(rf"{sign}{_FIGURE_BOUNDARY}(?P<fig>{fig})(?:\s|-(?=[a-z]))?(?P<suf>{after})"),
    )


def _prefix() -> str:
    """A sign, then a currency written before its figure."""
    sign = rf"(?P<sign>[{NEGATIVE_MARKS}▲]\s?)?"
    before, tight = _alternation(("before", "both")), _alternation(("tight",))
    return rf"{sign}(?:(?P<pre>{before})\s?|(?P<tight>{tight})(?=\s?\d)\s?)-?"


def _figure_within_reach(prefix: str) -> str:
    """A lookahead that a figure's first character (a digit or a Korean unit) lies within the
    longest ``prefix`` can be. A necessary condition, so matches are unchanged; but most
    positions of a text fail it at once instead of trying every currency word."""
    reach = read_tree(prefix, lambda items: items.getwidth()[1])
    if reach is None or reach > 40:  # (no parser: no lookahead, slower, same matches)
        return ""
    return rf"(?=(?s:.){{0,{reach}}}?[\d{_korean_digits()}])"


@cache
def _signed_figure() -> re.Pattern[str]:
    return re.compile(rf"(?P<sign>[{NEGATIVE_MARKS}▲]\s?)?(?P<fig>{figure_regex()})")


@cache
def _figure_starts() -> re.Pattern[str]:
    return re.compile(rf"(?:[{NEGATIVE_MARKS}▲]\s?)?{_FIGURE_BOUNDARY}(?:{figure_regex()})")


# Where the two patterns above can start, found by patterns that open with a character class, so
# that ``re`` skips to them (the patterns themselves open with an optional sign, a look-ahead or
# a look-behind, and are tried at every position). Each finds a superset of the starts: a sign,
# or a figure's first character (a digit, or a Korean or Han unit) that no letter, digit or
# decimal mark precedes; a sign, or a currency's first character, with a figure's first
# character within reach. The patterns are then tried at those positions only
# (``match_starts.matches_from``), which finds what ``finditer`` finds.
@cache
def _figure_start_candidates() -> re.Pattern[str]:
    figure_char = rf"\d{_korean_digits()}"
    return re.compile(rf"[{NEGATIVE_MARKS}▲{figure_char}](?<![A-Za-z0-9_.,][{figure_char}])")


@cache
def _prefixed_candidates() -> re.Pattern[str]:
    firsts = set(NEGATIVE_MARKS + "▲") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # and any ISO code
    for t in currency_tokens():
        if t.where in ("before", "both", "tight"):
            firsts |= {t.token[0]} if t.exact_case else _case_variants(t.token[0])
    reach = _figure_within_reach(_prefix())
    return re.compile(f"[{''.join(re.escape(c) for c in sorted(firsts))}]{reach}")


def _case_variants(char: str) -> set[str]:
    """The characters ``re.IGNORECASE`` matches for ``char`` (the Kelvin sign for k, the long s
    for s, the dotted and dotless I for i besides the two cases)."""
    variants = {char, char.lower(), char.upper()}
    extra = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}.get(char.lower(), "")
    return variants | set(extra)


def _starts(candidates: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in candidates.finditer(text)]


_ANY_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_DIGITS_ONLY = re.compile(DIGITS)


def _amount_at(m: re.Match[str], text: str, default_currency: str | None,
               scale: Decimal | None, up_is_negative: bool) -> Amount | None:
    token = m.groupdict().get("pre") or m.groupdict().get("tight") or m.groupdict().get("suf")
    currency = currency_of(_SPACES.sub(" ", token)) if token else default_currency
    fig = m["fig"].rstrip()
    parsed = _figure_with_scale(fig, scale)
    if currency is None or parsed is None:
        return None
    value, decimals = parsed
    mark = (m["sign"] or "").strip()
    inner = m.group(0)
    if (mark and mark in NEGATIVE_MARKS) or (mark == "▲" and up_is_negative) or "-" in inner[:inner.find(fig)]:
        value = -value
    end = m.end() if m.groupdict().get("suf") else m.start("fig") + len(fig)
    return Amount(value, currency, decimals, m.start(), end, text[m.start():end])


def _figure_with_scale(fig: str, scale: Decimal | None) -> tuple[Decimal, int] | None:
    parsed = parse_figure(fig)
    if parsed is None:
        return None
    if scale is None or scale == 1:
        return parsed
    power = scale.adjusted()
    if scale != Decimal(1).scaleb(power):
        raise ValueError(f"table scale {scale} is not a power of ten")
    value, decimals = parsed
    if decimals < 0:  # restore the exponent full_scale() wrote out: 4.127E+11, not 412700000000
        value = value.scaleb(decimals).quantize(Decimal(1)).scaleb(-decimals)
    return full_scale(value.scaleb(power))


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """An amount alone in parentheses that open after a space or a line start: the accounting
    minus. "2001년 2·4분기(1조 3250억원)", "전년동기(815억원)": parentheses glued to a word
    hold an apposition (the figure of that period), not a negative."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not (before.endswith("(") and after.startswith(")")):
        return False
    opener = before[:-1]
    return not opener or not (opener[-1].isalnum() or opener[-1] in ")]")


def find_amounts(text: str, *, default_currency: str | None = None,
                 up_is_negative: bool = False) -> list[Amount]:
    """Every amount of money in running text, in order.

    A figure in parentheses is negative, unless it follows another amount: then it is a
    convenience translation ("KRW 122.5 billion (US$ 102.7 million)"). With
    ``default_currency``, a bare figure with a scale word ("412.7 billion") is read as money too.
    ``up_is_negative`` reads ▲ as a minus (some Korean statements); by default it marks a rise.

    >>> [a.value for a in find_amounts("순손실 △258억원, 전년 ▼12억원")]
    [Decimal('-25800000000'), Decimal('-1200000000')]
    >>> [a.text for a in find_amounts("單位：港幣千元 百万円 營收152.3億元")]
    ['152.3億元']
    >>> [(a.text, a.value) for a in find_amounts("溢利為港幣四億零五百萬元,每股盈利8.5港仙")]
    [('港幣四億零五百萬元', Decimal('405000000')), ('8.5港仙', Decimal('0.085'))]
    """
    if len(text) <= MEMO_CHARS:
        return list(_remembered_amounts(text, default_currency, up_is_negative))
    return _search_amounts(text, default_currency, up_is_negative)


@lru_cache(maxsize=4096)
def _remembered_amounts(text: str, default_currency: str | None, up_is_negative: bool) -> tuple[Amount, ...]:
    return tuple(_search_amounts(text, default_currency, up_is_negative))


# Han scale characters (Japanese and Chinese): a figure needs digits beside them
_HAN_UNITS_ONLY = re.compile(r"[十百千仟万萬億亿兆]")


def _search_amounts(text: str, default_currency: str | None, up_is_negative: bool) -> list[Amount]:
    found: list[Amount] = _numeral_amounts(text)
    if not _ANY_DIGIT.search(text) and not any(c in text for c in _korean_digits()):
        return found  # no figure, no amount
    prefixed, suffixed = _amount_patterns()
    # a written-after currency is tried only where a figure starts (figures never overlap), so a
    # long run of figures without a currency costs one pass, not one pass per position
    starts = [m.start() for m in matches_from(_figure_starts(), text, _starts(_figure_start_candidates(), text))]
    matches = [*matches_from(prefixed, text, _starts(_prefixed_candidates(), text)),
               *(m for p in starts if (m := suffixed.match(text, p)))]
    for m in sorted(matches, key=lambda m: m.start()):
        amount = _amount_at(m, text, default_currency, None, up_is_negative)
        if amount and _HAN_UNITS_ONLY.search(amount.text) and not _ANY_DIGIT.search(amount.text):
            continue  # "港幣千元", "百万円": a table's unit caption, no amount
        if amount and not any(amount.start < a.end and a.start < amount.end for a in found):
            found.append(amount)
    if default_currency:
        found += _bare_scaled(text, default_currency, found)
    found.sort(key=lambda a: a.start)
    return [_parenthesized(a, text, found[i - 1] if i else None) for i, a in enumerate(found)]


def _numeral_amounts(text: str) -> list[Amount]:
    """Amounts in Chinese numerals and in cents ("港幣三十億四千八百萬元", "12.1港仙":
    ``converter.parse.cjk_amounts``), looked for only where a word of their currencies is."""
    if not any(word in text for word in cjk_currency_words()):
        return []
    return [Amount(a.value, a.currency, a.decimals, a.start, a.end, a.text) for a in find_cjk_amounts(text)]


@cache
def _korean_digits() -> str:
    return "".join(w for w, (_, k) in scale_words().items() if k.startswith("ko"))


def _parenthesized(amount: Amount, text: str, previous: Amount | None) -> Amount:
    if not _in_parentheses(text, amount.start, amount.end) or amount.value < 0:
        return amount
    if previous is not None and not text[previous.end:amount.start].strip(" \n(~:=,approximately"):
        return amount  # translation of the previous amount
    return Amount(-amount.value, amount.currency, amount.decimals, amount.start, amount.end,
                  amount.text)


def _bare_scaled(text: str, currency: str, taken: list[Amount]) -> list[Amount]:
    counted = find_counts(text)
    out = []
    for q in find_numbers(text):
        if _DIGITS_ONLY.fullmatch(q.text) or text[q.end:q.end + 2].lstrip().startswith(("%", "％")):
            continue
        if any(q.start < a.end and a.start < q.end for a in [*taken, *counted]):
            continue
        out.append(Amount(q.value, currency, q.decimals, q.start, q.end, q.text))
    return out


def parse_amount(text: str, *, default_currency: str | None = None,
                 scale: Decimal | None = None, up_is_negative: bool = False) -> Amount | None:
    """The amount ``text`` consists of (spaces and one pair of parentheses allowed), else None.

    ``scale`` multiplies a figure read from a table whose header states the unit
    ("(단위: 백만원)" -> Decimal('1e6')); ``default_currency`` applies when no currency is written.
    """
    stripped = text.strip()
    negative = stripped.startswith("(") and stripped.endswith(")")
    inner = stripped[1:-1].strip() if negative else stripped
    offset = text.find(inner)
    for pattern in _amount_patterns():
        m = pattern.fullmatch(inner)
        if m:
            amount = _amount_at(m, inner, default_currency, scale, up_is_negative)
            if amount is not None and amount.end == len(inner.rstrip()):
                break
    else:
        amount = _bare_amount(inner, default_currency, scale, up_is_negative)
    if amount is None:
        return None
    value = -amount.value if negative and amount.value > 0 else amount.value
    return Amount(value, amount.currency, amount.decimals, offset, offset + len(inner), inner)


def _bare_amount(inner: str, currency: str | None, scale: Decimal | None,
                 up_is_negative: bool) -> Amount | None:
    m = _signed_figure().fullmatch(inner)
    if not m or currency is None:
        return None
    return _amount_at(m, inner, currency, scale, up_is_negative)


# ---------------------------------------------------------------------------------------------
# Table unit headers
# ---------------------------------------------------------------------------------------------


@cache
def _unit_header_patterns() -> tuple[re.Pattern[str], ...]:
    words = "|".join(sorted((w for w, (_, k) in scale_words().items() if k == "word"),
                            key=len, reverse=True))
    cur = _alternation(("before", "after", "both"))
    ko_units = "".join(w for w, (_, k) in scale_words().items() if k.startswith("ko"))
    return (
        re.compile(rf"\(?\s*단위\s*[:：]\s*(?P<ko>[{ko_units}]*)\s*(?P<cur>{cur})?\s*\)?"),
        re.compile(rf"\(?\s*in\s+(?P<scale>{words})\s+of\s+(?:(?i:korean)\s+)?(?P<cur>{cur})"
                   rf"(?:[^()\n]{{0,40}})?\)?", re.I),
        re.compile(rf"\(?\s*(?:Unit\s*:\s*)?(?P<cur>{cur})\s*(?:in\s+)?(?P<scale>{words})\s*\)?",
                   re.I),
    )


@cache
def _unit_hint() -> re.Pattern[str]:
    words = "|".join(sorted((w for w, (_, k) in scale_words().items() if k == "word"), key=len, reverse=True))
    return re.compile(rf"단위|[円元]|(?<![A-Za-z])(?:{words})(?![A-Za-z])", re.I)


def find_unit_header(text: str) -> UnitHeader | None:
    """The first table unit statement in ``text``: "(단위: 백만원)", "(in millions of Won)",
    "KRW BN", "(Unit: KRW million)"."""
    if not _unit_hint().search(text):
        return None  # most lines hold no unit statement: skip the costly patterns
    headers = [
        header
        for pattern in _unit_header_patterns()
        for m in pattern.finditer(text)
        if (header := _unit_header(m)) is not None
    ] + _cjk_unit_headers(text)
    return min(headers, key=lambda h: (h.start, h.start - h.end), default=None)


# Japanese and Chinese unit captions: 百万円, (単位：百万円), 新台幣仟元, 港幣千元, 人民币百万元. A
# bare 元 is the yuan, the NT dollar or the Hong Kong dollar alike: only a named currency counts.
_CJK_UNIT = re.compile(r"""(?:(?:單位|单位|単位)\s*[:：]\s*)?            # 単位： (optional)
    (?P<named>新台幣|新台币|人民幣|人民币|港幣|港币)?\s*                 # the dollar a 元 is
    (?P<scale>[十百千仟万萬億亿兆]+)\s*                                 # the scale: 百万, 仟, 億
    (?P<unit>円|港元|美元|日元|元)                                       # the currency word
    |(?P<quoted>港元|美元|人民幣|人民币|新台幣|新台币)\s*[(（]\s*        # a quote page's 港元(千$):
    (?P<qscale>[千百万萬億亿]+)\s*\$?\s*[)）]                          # the currency, its scale in brackets""", re.VERBOSE)


def _cjk_unit_headers(text: str) -> list[UnitHeader]:
    """``_CJK_UNIT`` statements of ``text``.

    >>> [(h.currency, int(h.scale)) for h in _cjk_unit_headers("（単位：百万円）、新台幣仟元、港幣千元、千元")]
    [('JPY', 1000000), ('TWD', 1000), ('HKD', 1000)]
    >>> [(h.currency, int(h.scale)) for h in _cjk_unit_headers("2031/06 - 中期 港元(千$)")]
    [('HKD', 1000)]
    """
    out = []
    for m in _CJK_UNIT.finditer(text):
        word = m["quoted"] or m["named"] or (m["unit"] if m["unit"] != "元" else None)
        currency = currency_of(word) if word else None
        figure = parse_figure("1" + (m["scale"] or m["qscale"]))
        if currency is None or figure is None:
            continue
        out.append(UnitHeader(currency, Decimal(1).scaleb(figure[0].adjusted()).quantize(Decimal(1)),
                              m.start(), m.end(), m.group(0)))
    return out


def _unit_header(m: re.Match[str]) -> UnitHeader | None:
    groups = m.groupdict()
    currency = currency_of(_SPACES.sub(" ", groups["cur"])) if groups.get("cur") else None
    if groups.get("ko") is not None:
        if not groups["ko"] and currency is None:
            return None
        power = parse_figure("1" + groups["ko"])[0].adjusted() if groups["ko"] else 0  # type: ignore[index]
    else:
        word = groups["scale"]
        key = word if word in scale_words() else word.lower()
        if key not in scale_words():
            return None
        power = scale_words()[key][0]
    text = m.group(0).strip()
    start = m.start() + m.group(0).find(text)
    return UnitHeader(currency, Decimal(1).scaleb(power).quantize(Decimal(1)), start,
                      start + len(text), text)

