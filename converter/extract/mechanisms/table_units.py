"""The units a results table's headings state: "(단위: 억원)", "(In millions of Won and
thousands of US dollars)", "HK$ Million", "(RMB'000)", and a column's own "KRW" or "US$".

>>> [(u.currency, int(u.scale)) for u in unit_statements("(In millions of Won, thousands of US$)")]
[('KRW', 1000000), ('USD', 1000)]
>>> cell_unit("Million Yen")
('JPY', Decimal('1000000'))
>>> [(u.currency, int(u.scale)) for u in unit_statements("(In millions of Korean won and thousands of US dollars)")]
[('KRW', 1000000), ('USD', 1000)]
>>> [(u.currency, u.scale) for u in unit_statements("Basic earnings per share (HK cents)")]
[('HKD', Decimal('0.01'))]
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache

from converter.parse.amounts import UnitHeader, currency_of, find_unit_header
from converter.parse.numbers import parse_figure, scale_words
from converter.resources import data_rows


# where one statement of units ends and another begins
_UNIT_STATEMENT_BREAK = re.compile(r"\band\b|,|;|\bexcept\b")


def unit_statements(text: str) -> list[UnitHeader]:
    """Every unit a heading states: "(In millions of Won and thousands of US dollars)" is two,
    "(단위: 억원, 원, %)" is one (the per-share 원 needs no scale); "Million Yen" reads either way."""
    return list(_unit_statements(text))


@lru_cache(maxsize=4096)  # a table's heading cells are asked again by each test (heading, caption, unit)
def _unit_statements(text: str) -> tuple[UnitHeader, ...]:
    out: list[UnitHeader] = []
    for piece in _UNIT_STATEMENT_BREAK.split(text):
        header = (find_unit_header(piece) or _scale_then_currency(piece) or _thousands_mark(piece) or _cents(piece)
                  or _scale_letter(piece))
        if header is not None and header.currency is not None:
            out.append(header)
    return tuple(out)


_SCALE_ONLY = re.compile(r"(?:^|\()\s*(?:amounts\s+|figures\s+)?in\s+(?P<s>thousands|millions|billions)\b(?!\s+of\b)", re.I)


def scale_statement(text: str) -> Decimal | None:
    """"(in thousands, except per share amounts)": a scale stated without a currency (the
    table's figures carry it: "$ 1,234")."""
    m = _SCALE_ONLY.search(text)
    if m is None or unit_statements(text):
        return None
    return Decimal(1).scaleb(scale_words()[m["s"].lower()][0]).quantize(Decimal(1))


@cache
def _scale_then_currency_pattern() -> re.Pattern[str]:
    words = [w for w, (_, kind) in scale_words().items() if kind == "word"]
    return re.compile(rf"(?<![A-Za-z])(?P<s>{'|'.join(sorted(words, key=len, reverse=True))})\s+(?:of\s+)?"
                      r"(?P<c>(?:(?:U\.S\.|US|Korean|New\s+Taiwan|NT|Hong\s+Kong|HK|Japanese|Chinese)\s+)?"  # US dollars
                      r"[A-Za-z$₩¥]{1,10}\$?|[A-Z]{2}\$)(?![A-Za-z])", re.I)


def _scale_then_currency(text: str) -> UnitHeader | None:
    """"Million Yen", "Millions of yen", "thousand NT$": the scale word first."""
    m = _scale_then_currency_pattern().search(text)
    if not m:
        return None
    currency = currency_of(" ".join(m["c"].split()))
    key = m["s"] if m["s"] in scale_words() else m["s"].lower()
    if currency is None or key not in scale_words():
        return None
    return UnitHeader(currency, Decimal(1).scaleb(scale_words()[key][0]).quantize(Decimal(1)),
                      m.start(), m.end(), m.group(0))


_THOUSANDS_MARK = re.compile(r"(?P<c>[A-Za-z]{0,3}\$|[A-Z]{3}|RMB|Rmb|¥|₩|€)\s?['’]000(?![\d,])"  # HK$'000, RMB'000
                             r"|(?P<ko>[천백만억]+)\s?(?P<c2>US\$|USD|달러|엔|위안)")           # 천US$, 백만달러


def _thousands_mark(text: str) -> UnitHeader | None:
    """"(HK$'000)", "(RMB'000)": thousands of a currency; "천US$" beside "백만원": a second unit."""
    m = _THOUSANDS_MARK.search(text)
    if not m:
        return None
    token = m["c"] or {"달러": "USD", "엔": "JPY", "위안": "CNY"}.get(m["c2"], m["c2"])
    currency = currency_of(token)
    if currency is None:
        return None
    power = 3 if m["c"] else (parse_figure("1" + m["ko"]) or (Decimal(1), 0))[0].adjusted()
    return UnitHeader(currency, Decimal(1).scaleb(power).quantize(Decimal(1)), m.start(), m.end(), m.group(0))


# a currency with the letter of its scale glued on or in brackets: "HK$M", "HKD(K$)" (thousands
# of HK dollars on Hong Kong quote pages), "US$mn"
_SCALE_LETTER = re.compile(r"""(?<![A-Za-z])(?P<c>[A-Z]{2}\$|[A-Z]{3})   # HK$, HKD
    (?:\s?\(\s?(?P<b>K|M|MM|B)\$?\s?\)                           # (K$), (M)
      |(?P<g>K|M|MM|B|mn|bn|m))(?![A-Za-z$])                    # or glued: HK$M
    """, re.X)


def _scale_letter(text: str) -> UnitHeader | None:
    m = _SCALE_LETTER.search(text)
    currency = currency_of(m["c"]) if m else None
    if m is None or currency is None:
        return None
    power = scale_words()[m["b"] or m["g"]][0]
    return UnitHeader(currency, Decimal(1).scaleb(power).quantize(Decimal(1)), m.start(), m.end(), m.group(0))


# "(HK cents)", "(US cents)": hundredths of a dollar, the dollar named by its letters
_CENTS = re.compile(r"(?<![A-Za-z])(?P<c>HK|US|NT|S)\$?\s*cents?\b", re.I)


def _cents(text: str) -> UnitHeader | None:
    """"Basic earnings per share (HK cents)", "每股基本盈利 (港仙)": the figures are cents of the
    dollar named; cents whose dollar the cell does not name are no unit here."""
    m = _CENTS.search(text)
    currency = currency_of(m["c"].upper() + "$") if m else None
    if m is None or currency is None:
        return _cjk_cents(text)
    return UnitHeader(currency, Decimal("0.01"), m.start(), m.end(), m.group(0))


@cache
def _cjk_cents_words() -> dict[str, str]:
    """The Chinese words of a dollar's hundredth (港仙) and the currency each is of."""
    return {word: code for kind, word, code in data_rows("cjk_money_words.tsv") if kind == "cents"}


def _cjk_cents(text: str) -> UnitHeader | None:
    """"港仙" alone or in brackets, "(港仙)": the figures are that currency's cents (a bare 仙 names
    no dollar; 港仙 inside a sentence is a figure's unit, not the cell's)."""
    for word, code in _cjk_cents_words().items():
        at = text.find(word)
        if at >= 0 and re.search(rf"(?:^|[(（])\s*{re.escape(word)}\s*(?:$|[)）])", text.strip()):
            return UnitHeader(code, Decimal("0.01"), at, at + len(word), word)
    return None


@lru_cache(maxsize=4096)  # a pure function of its cells, asked again for every row and line
def cell_unit(text: str) -> tuple[str | None, Decimal | None]:
    """The currency and scale one heading cell states ("KRW", "US$", "HK$", "Million",
    "Million Yen", "(KRW bn)"), either of them None when the cell does not state it."""
    statements = unit_statements(text)
    if len(statements) == 1:
        return statements[0].currency, statements[0].scale
    stripped = text.strip(" ()")
    currency = currency_of(stripped) if stripped else None
    key = stripped if stripped in scale_words() else stripped.lower()
    scale = (Decimal(1).scaleb(scale_words()[key][0]).quantize(Decimal(1))
             if key in scale_words() and scale_words()[key][1] == "word" else None)
    return currency, scale


# the words of a unit cell, between spaces, brackets, commas and colons
_CELL_WORDS = re.compile(r"[^\s(),:：]+")
# won with its Korean scale ("백만원"), or the scale alone ("억")
_KOREAN_UNIT_WORD = re.compile(r"[천백만억조십]*원|[천백만억조]+")


def is_unit_cell(text: str) -> bool:
    """A cell of unit words only: "KRW", "US$", "HK$ Million", "(KRW bn)", "Million Yen",
    "(In millions of Won)", "(단위: 억원)"."""
    if not all(_unit_word(w) for w in _CELL_WORDS.findall(text)):
        return False  # (the cheap test first: most cells have a word that is no unit's)
    currency, scale = cell_unit(text)
    return currency is not None or scale is not None


def _unit_word(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    return (currency_of(word) is not None or word in scale_words() or lowered in scale_words()
            or lowered in ("in", "of", "and", "korean", "us", "u.s", "dollars", "dollar", "unit", "단위")
            or bool(_KOREAN_UNIT_WORD.fullmatch(word)) or bool(_THOUSANDS_MARK.fullmatch(word))
            or bool(_CJK_UNIT_WORD.fullmatch(word)) or bool(_SCALE_LETTER.fullmatch(word))
            or word.rstrip("$") in ("K", "M", "MM", "B"))  # "HKD(K$)": the scale's letter in brackets


# a Japanese or Chinese unit caption: 百万円, 単位：百万円, 新台幣仟元, 港幣千元, 人民币百万元
_CJK_UNIT_WORD = re.compile(r"(?:單位|单位|単位)?[:：]?(?:新台幣|新台币|人民幣|人民币|港幣|港币)?"
                            r"[十百千仟万萬億亿兆]*(?:円|元|港元|美元|日元)")
